import { vbrs } from "../../../db/schema";
import { domainError } from "../../domain/errors";
import { checkVbrAddresses } from "../../domain/validators";
import { checkInheritedBandwidth } from "../../domain/vbr-attributes";
import { checkInheritedVlan, createOnHostedConnection } from "../../domain/vbr-state";
import { unwrap } from "../../domain/verdict";
import { createVirtualBorderRouterInput } from "../../inputs/vbrs";
import { newRouteTableId, newVbrId, newVlanInterfaceId } from "../ids";
import { loadHostedConnection, loadRegion } from "./loaders";
import { defineOperation } from "./operation";
import { hostedConnectionStateOf } from "./states";
import { isUniqueViolation } from "./unique-violation";

/** "Create VBR" on a shared port: one per port, on the port's VLAN, active at once. */
export const createVirtualBorderRouter = defineOperation({
  action: "CreateVirtualBorderRouter",
  kind: "write",
  input: createVirtualBorderRouterInput,
  async run({ tx, account, ctx }, q): Promise<{ vbrId: string }> {
    const region = await loadRegion(tx, q.regionId);
    const { hc, vbr, role, vlanId } = await loadHostedConnection(
      tx,
      account,
      q.regionId,
      q.physicalConnectionId,
      {
        key: "InvalidPhysicalConnectionId.NotFound",
        field: "PhysicalConnectionId",
      },
    );
    const { status } = unwrap(
      createOnHostedConnection(hostedConnectionStateOf(hc, vbr !== null), ctx.now, role),
    );
    if (vlanId === null || hc.vlanAllocationId === null)
      throw domainError("InvalidPhysicalConnectionId.NotEnabled");
    unwrap(checkInheritedVlan(q.vlanId, vlanId));
    unwrap(checkInheritedBandwidth(q.bandwidth, hc.spec));
    unwrap(checkVbrAddresses(q));

    const id = newVbrId(region.idPrefix);
    try {
      await tx.insert(vbrs).values({
        id,
        ownerUid: account.uid,
        circuitId: hc.circuitId,
        hostedConnectionId: hc.id,
        vlanAllocationId: hc.vlanAllocationId,
        name: q.name ?? null,
        description: q.description ?? null,
        status,
        localGatewayIp: q.localGatewayIp ?? null,
        peerGatewayIp: q.peerGatewayIp ?? null,
        peeringSubnetMask: q.peeringSubnetMask ?? null,
        routeTableId: newRouteTableId(region.idPrefix),
        vlanInterfaceId: newVlanInterfaceId(region.idPrefix),
        createdAt: ctx.now,
        activatedAt: ctx.now,
      });
    } catch (error) {
      if (isUniqueViolation(error, "vbrs")) throw domainError("QuotaExceeded.VPCONN#VbrPerVpconn");
      throw error;
    }
    return { vbrId: id };
  },
  resource: (_q, output) => output && { type: "vbr", id: output.vbrId },
});
