import { asc, count, eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { accessPoints } from "../../../db/schema";
import { regionIdSchema } from "../../inputs/ids";
import { pageNumberSchema } from "./filters";
import { loadRegion } from "./loaders";
import { defineOperation } from "./operation";

const input = z.object({
  regionId: regionIdSchema,
  pageNumber: pageNumberSchema,
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
  acceptLanguage: z.enum(["zh-CN", "en-US"]).default("zh-CN"),
});

/** Listed by its region: an access point is the region's answer, as DescribeRegions lists regions. */
export type AccessPointDto = { accessPointId: string; name: string; regionId: string };

export type DescribeAccessPointsOutput = {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  items: AccessPointDto[];
};

/** DescribeAccessPoints: the region's access points, named in AcceptLanguage (Chinese by default, as the API's). */
export const describeAccessPoints = defineOperation({
  action: "DescribeAccessPoints",
  kind: "read",
  input,
  async run({ tx }, q): Promise<DescribeAccessPointsOutput> {
    await loadRegion(tx, q.regionId);
    const where = eq(accessPoints.regionId, q.regionId);
    const totalCount = (await first(tx.select({ n: count() }).from(accessPoints).where(where)))?.n ?? 0;
    const rows = await tx
      .select()
      .from(accessPoints)
      .where(where)
      .orderBy(asc(accessPoints.id))
      .limit(q.pageSize)
      .offset((q.pageNumber - 1) * q.pageSize);
    return {
      pageNumber: q.pageNumber,
      pageSize: q.pageSize,
      totalCount,
      items: rows.map((row) => ({
        accessPointId: row.id,
        name: q.acceptLanguage === "en-US" ? row.nameEn : row.nameZh,
        regionId: row.regionId,
      })),
    };
  },
});
