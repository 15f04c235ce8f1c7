import { eq } from "drizzle-orm";
import { hostedConnections } from "../../../db/schema";
import { reservedSpec } from "../../domain/capacity";
import { requestSpec, updateVlan } from "../../domain/hosted-connection-state";
import { checkSpecAllowed } from "../../domain/privilege";
import { unwrap } from "../../domain/verdict";
import { updateVirtualPhysicalConnectionInput } from "../../inputs/shared-ports";
import { assertRoomForSpec } from "./circuit-usage";
import { loadHostedConnection } from "./loaders";
import { lockCircuit } from "./locks";
import { defineOperation } from "./operation";
import { notifyPortParty } from "./port-notifications";
import { hasPrivilege, hostedConnectionStateOf } from "./states";
import { moveVlan } from "./vlan-allocations";

/**
 * "Modify Shared Port": a new VLAN applies at once (a VBR on the port follows, it shares the allocation);
 * an ExpectSpec is reserved now and becomes the Spec when paid.
 */
export const updateVirtualPhysicalConnection = defineOperation({
  action: "UpdateVirtualPhysicalConnection",
  kind: "write",
  input: updateVirtualPhysicalConnectionInput,
  async run({ tx, account, ctx }, q): Promise<Record<string, never>> {
    const access = await loadHostedConnection(tx, account, q.regionId, q.instanceId, {
      key: "ResourceNotFound.PhysicalConnectionId",
      field: "InstanceId",
    });
    const { hc, circuit } = access;
    await lockCircuit(tx, circuit.id);
    const state = hostedConnectionStateOf(hc, access.vbr !== null);
    unwrap(updateVlan(state, access.role));

    if (q.expectSpec !== undefined) {
      unwrap(requestSpec(state, access.role));
      const pending = q.expectSpec === hc.spec ? null : q.expectSpec;
      if (pending) {
        unwrap(
          checkSpecAllowed({
            spec: pending,
            privilegeValid: hasPrivilege(account, ctx.now),
            highSpecAllowed: account.highSpecAllowed,
            field: "ExpectSpec",
          }),
        );
        await assertRoomForSpec(tx, circuit, hc.id, reservedSpec(hc.spec, pending), "ExpectSpec");
      }
      await tx.update(hostedConnections).set({ expectSpec: pending }).where(eq(hostedConnections.id, hc.id));
      if (pending !== hc.expectSpec) {
        await notifyPortParty(tx, hc, circuit, "tenant", "bandwidthChanged", ctx.now, {
          from: hc.spec,
          to: pending ?? hc.spec,
        });
      }
    }
    if (q.vlanId !== access.vlanId && hc.vlanAllocationId !== null) {
      await moveVlan(tx, hc.vlanAllocationId, circuit.id, q.vlanId, hc.tenantUid);
      await notifyPortParty(tx, hc, circuit, "tenant", "vlanChanged", ctx.now, {
        from: access.vlanId ?? "",
        to: q.vlanId,
      });
    }
    return {};
  },
  resource: (q) => ({ type: "hosted_connection", id: q.instanceId }),
});
