import { eq } from "drizzle-orm";
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
import { defineOperation } from "./operation";
import { hasPrivilege } from "./states";
import { allocateVlan } from "./vlan-allocations";

type Output = { virtualPhysicalConnection: string };

/** "Create Shared Port": the partner offers a shared port on its circuit; it waits for the tenant's acceptance. */
export const createVirtualPhysicalConnection = defineOperation({
  action: "CreateVirtualPhysicalConnection",
  kind: "write",
  input: createVirtualPhysicalConnectionInput,
  run({ tx, account, ctx }, q): Output {
    assertCanCreateVpconn(account);
    const region = loadRegion(tx, q.regionId);
    const circuit = loadOwnCircuit(tx, account, q.regionId, q.physicalConnectionId);
    if (circuit.status !== "Enabled") {
      throw domainError("InvalidPhysicalConnectionId.NotEnabled", { field: "PhysicalConnectionId" });
    }
    assertSpecAllowed({
      spec: q.spec,
      privilegeValid: hasPrivilege(account, ctx.now),
      highSpecAllowed: account.highSpecAllowed,
    });
    const tenant = tx.select().from(accounts).where(eq(accounts.uid, q.vpconnAliUid)).get() ?? null;
    assertTenantEligible({ partner: account, tenant });
    if (q.tags?.length && payerRole(q.orderMode) === "tenant") {
      throw domainError("IllegalParam.Tags#TenantPays", { field: "Tags" });
    }
    const resourceGroupId = loadOwnResourceGroup(tx, account, q.resourceGroupId);
    assertRoomForNewPort(tx, circuit, q.spec);
    const vlanAllocationId = allocateVlan(tx, circuit.id, q.vlanId);

    const id = newPhysicalConnectionId(region.idPrefix);
    const { status, vpconnStatus, paid } = initialState(q.orderMode);
    tx.insert(hostedConnections)
      .values({
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
      })
      .run();
    if (q.tags?.length) {
      tx.insert(tags)
        .values(q.tags.map((tag) => ({ resourceType: "hosted_connection" as const, resourceId: id, ...tag })))
        .run();
    }
    return { virtualPhysicalConnection: id };
  },
  resource: (_input, output) => output && { type: "hosted_connection", id: output.virtualPhysicalConnection },
});
