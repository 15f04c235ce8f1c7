import { and, count, eq, inArray, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { circuits, hostedConnections, vbrs } from "../../../db/schema";
import { VBR_STATUSES } from "../../domain/enums";
import { domainError } from "../../domain/errors";
import { regionIdSchema, requiredIdSchema } from "../../inputs/ids";
import { anyCaseEnum, idListSchema, pageNumberSchema } from "./filters";
import type { Tx } from "./context";
import { loadRegion } from "./loaders";
import { defineOperation } from "./operation";
import { liveHostedConnection, selectVbrPage, type VbrDto } from "./records";

const input = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: requiredIdSchema,
  pageNumber: pageNumberSchema,
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
  filters: z
    .object({
      vbrId: idListSchema,
      status: z.array(anyCaseEnum(VBR_STATUSES)).max(6).optional(),
      name: z.array(z.string().max(128)).max(20).optional(),
    })
    .default({}),
});

export type DescribeVbrsForPhysicalConnectionOutput = {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  items: VbrDto[];
};

/**
 * DescribeVirtualBorderRoutersForPhysicalConnection: every VBR on the partner's circuit (the tenants' VBRs
 * on its shared ports and legacy VBRs alike), or the VBR on a shared port, for either of its parties.
 */
export const describeVirtualBorderRoutersForPhysicalConnection = defineOperation({
  action: "DescribeVirtualBorderRoutersForPhysicalConnection",
  kind: "read",
  input,
  async run({ tx, account }, q): Promise<DescribeVbrsForPhysicalConnectionOutput> {
    await loadRegion(tx, q.regionId);
    const circuit = await first(tx.select().from(circuits).where(eq(circuits.id, q.physicalConnectionId)));
    const ownCircuit = circuit?.ownerUid === account.uid && circuit.regionId === q.regionId;
    if (!ownCircuit && !(await seesPort(tx, account.uid, q.regionId, q.physicalConnectionId))) {
      throw domainError("InvalidPhysicalConnectionId.NotFound", { field: "PhysicalConnectionId" });
    }
    const f = q.filters;
    const where = and(
      ownCircuit
        ? eq(vbrs.circuitId, q.physicalConnectionId)
        : eq(vbrs.hostedConnectionId, q.physicalConnectionId),
      f.vbrId && inArray(vbrs.id, f.vbrId),
      f.status && inArray(vbrs.status, f.status),
      f.name && inArray(vbrs.name, f.name),
    ) as SQL;
    const totalCount = (await first(tx.select({ n: count() }).from(vbrs).where(where)))?.n ?? 0;
    const items = await selectVbrPage(tx, where, q.pageSize, (q.pageNumber - 1) * q.pageSize);
    return { pageNumber: q.pageNumber, pageSize: q.pageSize, totalCount, items };
  },
});

/** A live shared port in the region whose tenant, or whose circuit's owner, is this account. */
async function seesPort(tx: Tx, uid: string, regionId: string, id: string): Promise<boolean> {
  const row = await first(
    tx
      .select({ id: hostedConnections.id })
      .from(hostedConnections)
      .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
      .where(
        and(
          eq(hostedConnections.id, id),
          liveHostedConnection,
          eq(circuits.regionId, regionId),
          or(eq(hostedConnections.tenantUid, uid), eq(circuits.ownerUid, uid)),
        ),
      ),
  );
  return row !== undefined;
}
