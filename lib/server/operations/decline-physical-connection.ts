import { decline } from "../../domain/hosted-connection-state";
import { unwrap } from "../../domain/verdict";
import { declinePhysicalConnectionInput } from "../../inputs/offers";
import { endOffer } from "./end-offer";
import { loadHostedConnection } from "./loaders";
import { lockCircuit } from "./locks";
import { defineOperation } from "./operation";
import { notifyPortParty } from "./port-notifications";
import { hostedConnectionStateOf } from "./states";

/**
 * Console only, not an Alibaba API action: the tenant declines a pending offer, optionally saying why.
 * The offer ends Rejected (distinct from Delete), its VLAN and capacity are freed, a partner that paid
 * ahead is refunded, and the partner is told, with the reason.
 */
export const declinePhysicalConnection = defineOperation({
  action: "DeclinePhysicalConnection",
  kind: "write",
  input: declinePhysicalConnectionInput,
  async run({ tx, account, ctx }, q): Promise<Record<string, never>> {
    const { hc, circuit, vbr, role } = await loadHostedConnection(
      tx,
      account,
      q.regionId,
      q.physicalConnectionId,
      { key: "InvalidPhysicalConnectionId.NotFound#Records", field: "PhysicalConnectionId" },
    );
    const patch = unwrap(decline(hostedConnectionStateOf(hc, vbr !== null), role));
    await lockCircuit(tx, circuit.id);
    const reason = q.reason ? q.reason : null;
    await endOffer(tx, hc, patch, ctx.now, reason);
    await notifyPortParty(tx, hc, circuit, "partner", "offerDeclined", ctx.now, { reason: reason ?? "" });
    return {};
  },
  resource: (q) => ({ type: "hosted_connection", id: q.physicalConnectionId }),
});
