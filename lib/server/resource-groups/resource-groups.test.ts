import assert from "node:assert/strict";
import { test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { isDomainError } from "../../domain/errors";
import { listVirtualPhysicalConnections } from "../operations/list-virtual-physical-connections";
import { moveResourceGroup } from "../operations/move-resource-group";
import { runOperation } from "../operations/operation";
import { contextFor } from "../operations/test-helpers";
import { createResourceGroup, deleteResourceGroup, listResourceGroups, renameResourceGroup } from "./index";

const db = await createTestDb();
const unicom = () => contextFor(db, DEMO_ACCOUNTS.unicom.uid);
const PROD = DEMO_HOSTED_CONNECTIONS.acmeHzProd;

async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    assert.ok(isDomainError(error), String(error));
    return error.key;
  }
  return assert.fail("the call succeeded");
}

test("create, rename, move a port in and out, then delete: refused while the group holds it", async () => {
  const { resourceGroupId: id } = await runOperation(createResourceGroup, unicom(), { name: "Network Ops" });
  assert.match(id, /^rg-[a-z0-9]{15}$/);
  assert.equal(
    await refusal(runOperation(createResourceGroup, unicom(), { name: "network ops" })),
    "InvalidResourceGroupName.Duplicate",
  );
  assert.equal(
    await refusal(runOperation(createResourceGroup, unicom(), { name: "bad/name" })),
    "InvalidResourceGroupName.Malformed",
  );
  await runOperation(renameResourceGroup, unicom(), { resourceGroupId: id, name: "NOC" });

  const move = (to: string) =>
    runOperation(moveResourceGroup, unicom(), {
      regionId: "cn-hangzhou",
      resourceId: PROD,
      resourceType: "PhysicalConnection",
      newResourceGroupId: to,
    });
  await move(id);
  const inGroup = await runOperation(listVirtualPhysicalConnections, unicom(), {
    regionId: "cn-hangzhou",
    resourceGroupId: id,
  });
  assert.deepEqual(
    inGroup.items.map((p) => p.id),
    [PROD],
  );
  const groups = await runOperation(listResourceGroups, unicom(), {});
  assert.deepEqual(
    groups.map((g) => [g.name, g.isDefault, g.resourceCount]),
    [
      ["default resource group", true, 0],
      ["NOC", false, 1],
    ],
  );
  assert.equal(
    await refusal(runOperation(deleteResourceGroup, unicom(), { resourceGroupId: id })),
    "DeleteConflict.ResourceGroup.Resource",
  );
  assert.equal(
    await refusal(runOperation(deleteResourceGroup, unicom(), { resourceGroupId: groups[0]?.id ?? "" })),
    "DeleteConflict.ResourceGroup.Default",
  );
  await move(groups[0]?.id ?? "");
  await runOperation(deleteResourceGroup, unicom(), { resourceGroupId: id });
  assert.deepEqual(
    (await runOperation(listResourceGroups, unicom(), {})).map((g) => g.name),
    ["default resource group"],
  );
});

test("another account's group is not found, to rename, delete or move into", async () => {
  const acme = contextFor(db, DEMO_ACCOUNTS.acme.uid);
  const [acmeGroup] = await runOperation(listResourceGroups, acme, {});
  assert.ok(acmeGroup);
  assert.equal(
    await refusal(runOperation(renameResourceGroup, unicom(), { resourceGroupId: acmeGroup.id, name: "x" })),
    "InvalidResourceGroupId.NotFound",
  );
  assert.equal(
    await refusal(runOperation(deleteResourceGroup, unicom(), { resourceGroupId: acmeGroup.id })),
    "InvalidResourceGroupId.NotFound",
  );
});
