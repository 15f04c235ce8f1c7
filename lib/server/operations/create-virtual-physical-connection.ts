import { eq } from "drizzle-orm";
import { first } from "../../../db/rows";
import { accounts, hostedConnections, tags } from "../../../db/schema";
import { payerRole } from "../../domain/enums";
import { domainError } from "../../domain/errors";
import { initialState } from "../../domain/hosted-connection-state";
import { assertCanCreateVpconn, assertSpecAllowed } from "../../domain/privilege";
import { assertTenantEligible } from "../../domain/tenant-eligibility";
import { createVirtualPhysicalConnectionInput } from "../../inputs/shared-ports";
import { newPhysicalConnectionId } from "../ids";
import { assertRoomForNewPort } from "./circuit-usage";
import { loadOwnCircuit, loadOwnResourceGroup, loadRegion } from "./loaders";
import { lockCircuit } from "./locks";
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
    assertCanCreateVpconn(account);
    const region = await loadRegion(tx, q.regionId);
    const circuit = await loadOwnCircuit(tx, account, q.regionId, q.physicalConnectionId);
    await lockCircuit(tx, circuit.id);
    if (circuit.status !== "Enabled") {
      throw domainError("InvalidPhysicalConnectionId.NotEnabled", { field: "PhysicalConnectionId" });
    }
    assertSpecAllowed({
      spec: q.spec,
      privilegeValid: hasPrivilege(account, ctx.now),
      highSpecAllowed: account.highSpecAllowed,
    });
    const tenant = (await first(tx.select().from(accounts).where(eq(accounts.uid, q.vpconnAliUid)))) ?? null;
    assertTenantEligible({ partner: account, tenant });
    if (q.tags?.length && payerRole(q.orderMode) === "tenant") {
      throw domainError("IllegalParam.Tags#TenantPays", { field: "Tags" });
    }
    const resourceGroupId = await loadOwnResourceGroup(tx, account, q.resourceGroupId);
    await assertRoomForNewPort(tx, circuit, q.spec);
    const vlanAllocationId = await allocateVlan(tx, circuit.id, q.vlanId);

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
    });
    if (q.tags?.length) {
      await tx
        .insert(tags)
        .values(
          q.tags.map((tag) => ({ resourceType: "hosted_connection" as const, resourceId: id, ...tag })),
        );
    }
    return { virtualPhysicalConnection: id };
  },
  resource: (_input, output) => output && { type: "hosted_connection", id: output.virtualPhysicalConnection },
});
