import { eq } from "drizzle-orm";
import { circuits, vbrs } from "../../../db/schema";
import { specMbps } from "../../domain/enums";
import { checkVbrAddresses } from "../../domain/validators";
import { checkBandwidthSettable, checkMayModify } from "../../domain/vbr-attributes";
import { unwrap } from "../../domain/verdict";
import { modifyVirtualBorderRouterAttributeInput } from "../../inputs/vbrs";
import { loadVbr } from "./loaders";
import { lockCircuit } from "./locks";
import { defineOperation } from "./operation";
import { vbrStateOf } from "./states";
import { moveVlan } from "./vlan-allocations";

/**
 * Modify a VBR. Only values that differ from the current ones count as changes, so a form may send every
 * field back. The owner changes name, description and addresses (checked as a whole, as on create); the
 * circuit owner changes CircuitCode and a legacy VBR's VlanId.
 */
export const modifyVirtualBorderRouterAttribute = defineOperation({
  action: "ModifyVirtualBorderRouterAttribute",
  kind: "write",
  input: modifyVirtualBorderRouterAttributeInput,
  async run({ tx, account }, q): Promise<Record<string, never>> {
    const access = await loadVbr(tx, account, q.regionId, q.vbrId, {
      key: "InvalidVbrId.NotFound#Modify",
      field: "VbrId",
    });
    const { vbr, circuit } = access;
    await lockCircuit(tx, circuit.id);
    const changed = <T>(next: T | undefined, current: T) => next !== undefined && next !== current;
    const change = {
      name: changed(q.name, vbr.name),
      description: changed(q.description, vbr.description),
      localGatewayIp: changed(q.localGatewayIp, vbr.localGatewayIp),
      peerGatewayIp: changed(q.peerGatewayIp, vbr.peerGatewayIp),
      peeringSubnetMask: changed(q.peeringSubnetMask, vbr.peeringSubnetMask),
      vlanId: changed(q.vlanId, access.vlanId),
      circuitCode: changed(q.circuitCode, circuit.circuitCode),
    };
    unwrap(checkMayModify(vbrStateOf(access), change));
    const bandwidthMbps = access.hostedConnection
      ? specMbps(access.hostedConnection.spec)
      : vbr.bandwidthMbps;
    if (changed(q.bandwidth, bandwidthMbps) && q.bandwidth !== undefined) {
      unwrap(checkBandwidthSettable(vbrStateOf(access), q.bandwidth, circuit.capacityMbps));
    }

    const addresses = {
      localGatewayIp: q.localGatewayIp ?? vbr.localGatewayIp,
      peerGatewayIp: q.peerGatewayIp ?? vbr.peerGatewayIp,
      peeringSubnetMask: q.peeringSubnetMask ?? vbr.peeringSubnetMask,
    };
    if (change.localGatewayIp || change.peerGatewayIp || change.peeringSubnetMask)
      unwrap(checkVbrAddresses(addresses, "modify"));
    if (change.vlanId && q.vlanId !== undefined)
      await moveVlan(tx, vbr.vlanAllocationId, circuit.id, q.vlanId, vbr.ownerUid);
    // A VBR's CircuitCode is the carrier's code of the circuit under it, so it is kept on the circuit.
    if (change.circuitCode) {
      await tx.update(circuits).set({ circuitCode: q.circuitCode }).where(eq(circuits.id, circuit.id));
    }
    await tx
      .update(vbrs)
      .set({
        name: q.name ?? vbr.name,
        description: q.description ?? vbr.description,
        bandwidthMbps: access.hostedConnection ? vbr.bandwidthMbps : (q.bandwidth ?? vbr.bandwidthMbps),
        ...addresses,
      })
      .where(eq(vbrs.id, vbr.id));
    return {};
  },
  resource: (q) => ({ type: "vbr", id: q.vbrId }),
});
