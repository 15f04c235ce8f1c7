import { and, eq } from "drizzle-orm";
import { first } from "../../../db/rows";
import { accounts, hostedConnections } from "../../../db/schema";
import { checkCircuitEnabled } from "../../domain/circuit";
import { domainError } from "../../domain/errors";
import { initialState } from "../../domain/hosted-connection-state";
import { DEFAULT_OFFER_VALIDITY_DAYS, offerExpiry } from "../../domain/offer-expiry";
import { checkCanCreateVpconn, checkSpecAllowed } from "../../domain/privilege";
import { checkTenantEligible } from "../../domain/tenant-eligibility";
import { checkConvertible } from "../../domain/transform";
import { unwrap } from "../../domain/verdict";
import { createVpconnFromVbrInput } from "../../inputs/shared-ports";
import { newPhysicalConnectionId } from "../ids";
import { assertRoomForNewPort } from "./circuit-usage";
import { loadOwnResourceGroup, loadRegion, loadVbr } from "./loaders";
import { lockCircuit } from "./locks";
import { defineOperation } from "./operation";
import { notifyPortParty } from "./port-notifications";
import { liveHostedConnection } from "./records";
import { hasPrivilege } from "./states";
import { isUniqueViolation } from "./unique-violation";

type Output = { virtualPhysicalConnection: string };

/**
 * "Transform to Shared Port": a new shared port for the owner of a legacy VBR on the caller's circuit. It
 * shares the VBR's VLAN and takes the smallest Spec that carries the VBR's cap; the VBR moves onto it
 * with AttachVbrToVpconn once the tenant has accepted and the port is paid.
 */
export const createVpconnFromVbr = defineOperation({
  action: "CreateVpconnFromVbr",
  kind: "write",
  input: createVpconnFromVbrInput,
  async run({ tx, account, ctx }, q): Promise<Output> {
    unwrap(checkCanCreateVpconn(account));
    const region = await loadRegion(tx, q.regionId);
    const { vbr, circuit, callerIsCircuitOwner } = await loadVbr(tx, account, q.regionId, q.vbrId, {
      key: "InvalidVbrId.NotFound",
      field: "VbrId",
    });
    if (!callerIsCircuitOwner) throw domainError("InvalidVbrId.NotFound", { field: "VbrId" });
    await lockCircuit(tx, circuit.id);
    unwrap(checkCircuitEnabled(circuit));
    const tenant = (await first(tx.select().from(accounts).where(eq(accounts.uid, vbr.ownerUid)))) ?? null;
    unwrap(checkTenantEligible({ partner: account, tenant }));
    const converted = await first(
      tx
        .select({ id: hostedConnections.id })
        .from(hostedConnections)
        .where(and(eq(hostedConnections.sourceVbrId, vbr.id), liveHostedConnection))
        .limit(1),
    );
    const spec = unwrap(
      checkConvertible(
        {
          onHostedConnection: vbr.hostedConnectionId !== null,
          converted: converted !== undefined,
          status: vbr.status,
          bandwidthMbps: vbr.bandwidthMbps,
        },
        { trafficBillingEnabled: tenant?.trafficBillingEnabled ?? false },
      ),
    );
    unwrap(
      checkSpecAllowed({
        spec,
        privilegeValid: hasPrivilege(account, ctx.now),
        highSpecAllowed: account.highSpecAllowed,
        field: "Bandwidth",
      }),
    );
    await assertRoomForNewPort(tx, circuit, spec);

    const id = newPhysicalConnectionId(region.idPrefix);
    const { status, vpconnStatus, paid } = initialState(q.orderMode);
    try {
      await tx.insert(hostedConnections).values({
        id,
        circuitId: circuit.id,
        tenantUid: vbr.ownerUid,
        vlanAllocationId: vbr.vlanAllocationId,
        spec,
        orderMode: q.orderMode,
        status,
        vpconnStatus,
        paid,
        resourceGroupId: await loadOwnResourceGroup(tx, account, undefined),
        sourceVbrId: vbr.id,
        createdByUid: account.uid,
        createdAt: ctx.now,
        offerExpiresAt: offerExpiry(ctx.now, DEFAULT_OFFER_VALIDITY_DAYS),
      });
    } catch (error) {
      // Another port already holds this VBR's VLAN allocation: it was converted concurrently.
      if (isUniqueViolation(error, "hosted_connections")) throw domainError("OperationFailed.VbrBindedPconn");
      throw error;
    }
    await notifyPortParty(
      tx,
      { id, name: null, tenantUid: vbr.ownerUid },
      circuit,
      "tenant",
      "offerReceived",
      ctx.now,
    );
    return { virtualPhysicalConnection: id };
  },
  resource: (_q, output) => output && { type: "hosted_connection", id: output.virtualPhysicalConnection },
});
