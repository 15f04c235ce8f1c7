import { and, count, eq, inArray, or } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { circuits, vbrs } from "../../../db/schema";
import { VBR_STATUSES } from "../../domain/enums";
import { regionIdSchema } from "../../inputs/ids";
import {
  anyCaseEnum,
  idListSchema,
  pageNumberSchema,
  searchSchema,
  taggedWith,
  tagFilterSchema,
} from "./filters";
import { loadRegion } from "./loaders";
import { defineOperation } from "./operation";
import { contains, selectVbrPage, type VbrDto } from "./records";

const input = z.object({
  regionId: regionIdSchema,
  pageNumber: pageNumberSchema,
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
  /** False (the API default): only the caller's own VBRs. True adds VBRs on the caller's circuits. */
  includeCrossAccountVbr: z.boolean().default(false),
  search: searchSchema,
  filters: z
    .object({
      /** Matches a hosted VBR by its shared port and any VBR by its circuit. */
      physicalConnectionId: idListSchema,
      vbrId: idListSchema,
      status: z.array(anyCaseEnum(VBR_STATUSES)).max(6).optional(),
      name: z.array(z.string().max(128)).max(20).optional(),
      accessPointId: idListSchema,
      /** No VBR here is attached to an Express Cloud Connect: any eccId matches none. */
      eccId: idListSchema,
      /** Every VBR here is of type pconn (its record's Type). */
      type: z.array(z.string().max(64)).max(10).optional(),
    })
    .default({}),
  /** A VBR's record shows no resource group: a ResourceGroupId matches none. */
  resourceGroupId: z.string().trim().max(64).optional(),
  tags: tagFilterSchema,
});

const VBR_TYPE = "pconn";

export type DescribeVirtualBorderRoutersOutput = {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  items: VbrDto[];
};

export const describeVirtualBorderRouters = defineOperation({
  action: "DescribeVirtualBorderRouters",
  kind: "read",
  input,
  async run({ tx, account }, q): Promise<DescribeVirtualBorderRoutersOutput> {
    await loadRegion(tx, q.regionId);
    const f = q.filters;
    const none = { pageNumber: q.pageNumber, pageSize: q.pageSize, totalCount: 0, items: [] };
    if (f.eccId || q.resourceGroupId !== undefined) return none;
    if (f.type && !f.type.some((t) => t.toLowerCase() === VBR_TYPE)) return none;
    const ownCircuits = tx
      .select({ id: circuits.id })
      .from(circuits)
      .where(eq(circuits.ownerUid, account.uid));
    const regionCircuits = tx
      .select({ id: circuits.id })
      .from(circuits)
      .where(eq(circuits.regionId, q.regionId));
    const where = and(
      q.includeCrossAccountVbr
        ? or(eq(vbrs.ownerUid, account.uid), inArray(vbrs.circuitId, ownCircuits))
        : eq(vbrs.ownerUid, account.uid),
      inArray(vbrs.circuitId, regionCircuits),
      f.physicalConnectionId &&
        or(
          inArray(vbrs.hostedConnectionId, f.physicalConnectionId),
          inArray(vbrs.circuitId, f.physicalConnectionId),
        ),
      f.vbrId && inArray(vbrs.id, f.vbrId),
      f.status && inArray(vbrs.status, f.status),
      f.name && inArray(vbrs.name, f.name),
      f.accessPointId &&
        inArray(
          vbrs.circuitId,
          tx
            .select({ id: circuits.id })
            .from(circuits)
            .where(inArray(circuits.accessPointId, f.accessPointId)),
        ),
      ...taggedWith(tx, "vbr", vbrs.id, q.tags),
      q.search ? or(contains(vbrs.id, q.search), contains(vbrs.name, q.search)) : undefined,
    );
    const totalCount = (await first(tx.select({ n: count() }).from(vbrs).where(where)))?.n ?? 0;
    const items = await selectVbrPage(tx, where, q.pageSize, (q.pageNumber - 1) * q.pageSize);
    return { pageNumber: q.pageNumber, pageSize: q.pageSize, totalCount, items };
  },
});
