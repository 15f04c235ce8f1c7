import { and, eq } from "drizzle-orm";
import { circuits } from "../../../db/schema";
import { DomainError, domainError, type ErrorCode, isDomainError } from "../../domain/errors";
import { checkCanCreateVpconn } from "../../domain/privilege";
import { unwrap } from "../../domain/verdict";
import { nextFreeVlan } from "../../domain/vlan";
import { type BulkRow, bulkCreateInput, orderModeOf, tagsOf } from "../../inputs/bulk-provisioning";
import { inputError } from "../../inputs/input-error";
import { createVirtualPhysicalConnectionInput } from "../../inputs/shared-ports";
import type { Scope } from "./context";
import { createVirtualPhysicalConnection } from "./create-virtual-physical-connection";
import { lockCircuit } from "./locks";
import { defineOperation } from "./operation";
import { vlanSpaceOf } from "./vlan-allocations";

/** One CSV row's answer; `row` is its line in the file (the header is line 1). */
export type BulkRowResult =
  | { row: number; ok: true; id: string; circuitId: string; vlanId: number }
  | { row: number; ok: false; code: string; key: ErrorCode; field?: string };

/**
 * How a bulk run that must not commit ends: a dry run (DryRunOperation), or a real run with a refused row
 * (nothing is created). It carries every row's answer out of the rolled-back transaction.
 */
export class BulkOutcome extends DomainError {
  constructor(
    key: ErrorCode,
    readonly results: BulkRowResult[],
  ) {
    super(key);
  }
}

/**
 * Console only: Create Shared Port for every row of a partner's CSV, in one transaction, each row through
 * the same operation body (so the same rules and codes). Earlier rows' ports and VLANs count for later
 * rows, so "auto" VLANs never clash and capacity is checked cumulatively. Every check of Create Shared
 * Port runs before its first write, and it holds the circuit's lock, so a refused row writes nothing.
 * A dry run, or a run with any refused row, rolls back and answers every row (BulkOutcome).
 */
export const bulkCreateVirtualPhysicalConnections = defineOperation({
  action: "BulkCreateVirtualPhysicalConnections",
  kind: "write",
  input: bulkCreateInput,
  async run(scope, q): Promise<{ results: BulkRowResult[] }> {
    const { tx, account } = scope;
    unwrap(checkCanCreateVpconn(account));
    const owned = await tx
      .select({ id: circuits.id, name: circuits.name })
      .from(circuits)
      .where(and(eq(circuits.ownerUid, account.uid), eq(circuits.regionId, q.regionId)));
    const results: BulkRowResult[] = [];
    for (const [index, row] of q.csv.entries()) {
      const line = index + 2;
      try {
        const circuitId = owned.find((c) => c.id === row.circuit || c.name === row.circuit)?.id;
        const created = await createRow(scope, q.regionId, row, circuitId);
        results.push({ row: line, ok: true, ...created });
      } catch (error) {
        if (!isDomainError(error)) throw error;
        results.push({ row: line, ok: false, code: error.code, key: error.key, field: error.field });
      }
    }
    if (q.dryRun) throw new BulkOutcome("DryRunOperation", results);
    if (results.some((r) => !r.ok)) throw new BulkOutcome("OperationFailed.BulkRowsRefused", results);
    return { results };
  },
});

async function createRow(scope: Scope, regionId: string, row: BulkRow, circuitId: string | undefined) {
  const physicalConnectionId = circuitId ?? row.circuit;
  let vlanId: string | undefined = row.vlan || undefined;
  if (/^auto$/i.test(row.vlan ?? "")) {
    if (!circuitId) {
      throw domainError("ResourceNotFound.PhysicalConnectionId", {
        args: [row.circuit ?? ""],
        field: "PhysicalConnectionId",
      });
    }
    await lockCircuit(scope.tx, circuitId);
    const free = nextFreeVlan([await vlanSpaceOf(scope.tx, circuitId)], row.accountId ?? "");
    if (free === null) throw domainError("InvalidVlanId.Used", { field: "VlanId" });
    vlanId = String(free);
  }
  const parsed = createVirtualPhysicalConnectionInput.safeParse(
    {
      regionId,
      physicalConnectionId,
      vpconnAliUid: row.accountId || undefined,
      vlanId,
      spec: row.spec || undefined,
      orderMode: orderModeOf(row.payer),
      name: row.name || undefined,
      description: row.description || undefined,
      tags: tagsOf(row.tags),
    },
    { reportInput: true },
  );
  if (!parsed.success) throw inputError(parsed.error);
  const out = await createVirtualPhysicalConnection.run(scope, parsed.data);
  return {
    id: out.virtualPhysicalConnection,
    circuitId: parsed.data.physicalConnectionId,
    vlanId: parsed.data.vlanId,
  };
}
