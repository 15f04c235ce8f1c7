import { eq } from "drizzle-orm";
import { first } from "../../../db/rows";
import { accounts, hostedConnections, tags } from "../../../db/schema";
import { checkCircuitEnabled } from "../../domain/circuit";
import { checkOfferTags, initialState } from "../../domain/hosted-connection-state";
import { offerExpiry } from "../../domain/offer-expiry";
import { checkCanCreateVpconn, checkSpecAllowed } from "../../domain/privilege";
import { checkTenantEligible } from "../../domain/tenant-eligibility";
import { unwrap } from "../../domain/verdict";
import { createVirtualPhysicalConnectionInput } from "../../inputs/shared-ports";
import { newPhysicalConnectionId } from "../ids";
import { assertRoomForNewPort } from "./circuit-usage";
import { loadOwnCircuit, loadOwnResourceGroup, loadRegion } from "./loaders";
import { lockCircuit } from "./locks";
import { notifyPortParty } from "./port-notifications";
import { defineOperation } from "./operation";
import { hasPrivilege } from "./states";
import { allocateVlan } from "./vlan-allocations";

type Output = { virtualPhysicalConnection: string };

/** "Create Shared Port": the partner offers a shared port on its circuit; it waits for the tenant's acceptance. */
export const createVirtualPhysicalConnection = defineOperation({
  action: "CreateVirtualPhysicalConnection",
  kind: "write",
  input: createVirtualPhysicalConnectionInput,
  async run({ tx, account, ctx }, q): Promise<Output> {
    unwrap(checkCanCreateVpconn(account));
    const region = await loadRegion(tx, q.regionId);
    const circuit = await loadOwnCircuit(tx, account, q.regionId, q.physicalConnectionId);
    await lockCircuit(tx, circuit.id);
    unwrap(checkCircuitEnabled(circuit));
    unwrap(
      checkSpecAllowed({
        spec: q.spec,
        privilegeValid: hasPrivilege(account, ctx.now),
        highSpecAllowed: account.highSpecAllowed,
      }),
    );
    const tenant = (await first(tx.select().from(accounts).where(eq(accounts.uid, q.vpconnAliUid)))) ?? null;
    unwrap(checkTenantEligible({ partner: account, tenant }));
    unwrap(checkOfferTags(q.tags?.length ?? 0, q.orderMode));
    const resourceGroupId = await loadOwnResourceGroup(tx, account, q.resourceGroupId);
    await assertRoomForNewPort(tx, circuit, q.spec);
    const vlanAllocationId = await allocateVlan(tx, circuit.id, q.vlanId, q.vpconnAliUid);

    const id = newPhysicalConnectionId(region.idPrefix);
    const { status, vpconnStatus, paid } = initialState(q.orderMode);
    await tx.insert(hostedConnections).values({
      id,
      circuitId: circuit.id,
      tenantUid: q.vpconnAliUid,
      vlanAllocationId,
      spec: q.spec,
      orderMode: q.orderMode,
      status,
      vpconnStatus,
      paid,
      name: q.name ?? null,
      description: q.description ?? null,
      resourceGroupId,
      createdByUid: account.uid,
      createdAt: ctx.now,
      offerExpiresAt: offerExpiry(ctx.now, q.offerValidityDays),
    });
    if (q.tags?.length) {
      await tx
        .insert(tags)
        .values(
          q.tags.map((tag) => ({ resourceType: "hosted_connection" as const, resourceId: id, ...tag })),
        );
    }
    await notifyPortParty(
      tx,
      { id, name: q.name ?? null, tenantUid: q.vpconnAliUid },
      circuit,
      "tenant",
      "offerReceived",
      ctx.now,
    );
    return { virtualPhysicalConnection: id };
  },
  resource: (_input, output) => output && { type: "hosted_connection", id: output.virtualPhysicalConnection },
});
