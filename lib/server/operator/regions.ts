// Regions and access points are data: the operator adds them, the console and the API list what is here.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { accessPoints, regions } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { defineOperatorOperation } from "./operation";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/i, "InvalidParameter");
const displayName = z.string().trim().min(1).max(64);

export const createRegion = defineOperatorOperation({
  action: "CreateRegion",
  kind: "write",
  input: z.object({
    id: slug,
    nameEn: displayName,
    nameZh: displayName,
    // The flavour of the region's resource IDs (pc-bp1… in cn-hangzhou).
    idPrefix: z.string().regex(/^[a-z0-9]{3}$/, "InvalidParameter"),
    sortOrder: z.number().int().min(0).max(10_000).default(100),
  }),
  async run({ tx }, input) {
    if (await first(tx.select().from(regions).where(eq(regions.id, input.id)))) {
      throw domainError("Operator.ResourceExists", { args: [input.id], field: "id" });
    }
    await tx.insert(regions).values(input);
    return input;
  },
  resource: (input) => ({ type: "region", id: input.id }),
});

export const createAccessPoint = defineOperatorOperation({
  action: "CreateAccessPoint",
  kind: "write",
  input: z.object({ id: slug, regionId: slug, nameEn: displayName, nameZh: displayName }),
  async run({ tx }, input) {
    if (!(await first(tx.select().from(regions).where(eq(regions.id, input.regionId))))) {
      throw domainError("Operator.ResourceNotFound", { args: [input.regionId], field: "regionId" });
    }
    if (await first(tx.select().from(accessPoints).where(eq(accessPoints.id, input.id)))) {
      throw domainError("Operator.ResourceExists", { args: [input.id], field: "id" });
    }
    await tx.insert(accessPoints).values(input);
    return input;
  },
  resource: (input) => ({ type: "access_point", id: input.id }),
});

export const listRegions = defineOperatorOperation({
  action: "ListRegions",
  kind: "read",
  input: z.object({}).default({}),
  async run({ tx }) {
    const regionRows = await tx.select().from(regions).orderBy(asc(regions.sortOrder), asc(regions.id));
    const points = await tx.select().from(accessPoints).orderBy(asc(accessPoints.id));
    return regionRows.map((region) => ({
      ...region,
      accessPoints: points.filter((point) => point.regionId === region.id),
    }));
  },
});
