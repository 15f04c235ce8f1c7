import { and, eq } from "drizzle-orm";
import { first } from "../../../db/rows";
import { hostedConnections } from "../../../db/schema";
import type { ErrorCode } from "../../domain/errors";
import { checkVlanFor, nextFreeVlan } from "../../domain/vlan";
import { describeVlanAvailabilityInput } from "../../inputs/planning";
import { loadOwnCircuit } from "./loaders";
import { defineOperation } from "./operation";
import { liveHostedConnection } from "./records";
import { vlanSpaceOf } from "./vlan-allocations";

export type VlanAvailabilityDto = {
  id: string;
  vlanId: number | null;
  /** Why the create or modify operation would refuse the VLAN (its catalog key), or null when it is free. */
  refusal: ErrorCode | null;
  /** The VLAN "Next free" fills in for this tenant, or null when the circuit has none. */
  nextFree: number | null;
};

/**
 * Console only: the VLAN rules of Create and Modify Shared Port asked ahead of submitting, with the same
 * domain rule (checkVlanFor). Without a tenant yet, any tenant's reservation counts as someone else's.
 */
export const describeVlanAvailability = defineOperation({
  action: "DescribeVlanAvailability",
  kind: "read",
  input: describeVlanAvailabilityInput,
  async run({ tx, account }, q): Promise<{ items: VlanAvailabilityDto[] }> {
    const circuit = await loadOwnCircuit(tx, account, q.regionId, q.physicalConnectionId);
    const port = q.instanceId
      ? await first(
          tx
            .select({
              tenantUid: hostedConnections.tenantUid,
              allocationId: hostedConnections.vlanAllocationId,
            })
            .from(hostedConnections)
            .where(
              and(
                eq(hostedConnections.id, q.instanceId),
                eq(hostedConnections.circuitId, circuit.id),
                liveHostedConnection,
              ),
            ),
        )
      : undefined;
    const tenantUid = port?.tenantUid ?? q.vpconnAliUid ?? "";
    const space = await vlanSpaceOf(tx, circuit.id, port?.allocationId ?? undefined);
    const verdict = q.vlanId === undefined ? undefined : checkVlanFor(space, q.vlanId, tenantUid);
    return {
      items: [
        {
          id: circuit.id,
          vlanId: q.vlanId ?? null,
          refusal: verdict && !verdict.ok ? verdict.error.key : null,
          nextFree: nextFreeVlan([space], tenantUid),
        },
      ],
    };
  },
});
