// Resource Management: reached from "Manage Resource Group" in the Create Shared Port panel; a partner
// creates, renames and deletes its groups and moves a shared port between them (MoveResourceGroup), and
// the ports list filters by group. VLANs 2990-2999 on unicom-hz-02 belong to this spec; its port is withdrawn.
import type { Page } from "@playwright/test";
import { createVirtualPhysicalConnection, deletePhysicalConnection } from "../lib/server/operations";
import { CIRCUITS, dataRows, expect, idOf, listUrl, logOn, REGIONS, rowOf, test, USERS } from "./fixtures";
import { runAs } from "./run-operation";

const HZ = REGIONS.hangzhou.id;
const PORT_NAME = "rg-flow-port";

const groupTable = (page: Page) => page.getByRole("table", { name: "Resource groups", exact: true });
const portTable = (page: Page) => page.getByRole("table", { name: "Shared ports and their resource groups" });

async function createGroup(page: Page, name: string) {
  await page.getByRole("button", { name: "Create Resource Group" }).click();
  const dialog = page.getByRole("dialog", { name: "Create Resource Group" });
  await dialog.getByLabel("Resource Group Name").fill(name);
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(page.getByText(`Resource group ${name} created.`)).toBeVisible();
  await expect(rowOf(groupTable(page), name)).toBeVisible();
}

async function movePort(page: Page, group: string) {
  await portTable(page)
    .getByRole("button", { name: `Move ${PORT_NAME} to another resource group` })
    .click();
  const dialog = page.getByRole("dialog", { name: `Move ${PORT_NAME} to Resource Group` });
  await dialog.getByLabel("Target Resource Group").selectOption({ label: group });
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(page.getByText(`${PORT_NAME} moved to ${group}.`)).toBeVisible();
}

test.describe("Resource Management", () => {
  let portId = "";
  test.beforeAll(async () => {
    ({ virtualPhysicalConnection: portId } = await runAs(USERS.unicom.uid, createVirtualPhysicalConnection, {
      regionId: HZ,
      physicalConnectionId: idOf("circuit", CIRCUITS.unicomHz02),
      vpconnAliUid: USERS.acme.uid,
      vlanId: 2990,
      spec: "50M",
      name: PORT_NAME,
    }));
  });
  test.afterAll(async () => {
    await runAs(USERS.unicom.uid, deletePhysicalConnection, { regionId: HZ, physicalConnectionId: portId });
  });

  test("a partner manages its groups and moves a shared port between them; a group in use is not deleted", async ({
    page,
  }) => {
    await logOn(page, USERS.unicom.email);
    await page.goto(listUrl(HZ));
    await page.getByRole("button", { name: `Create Shared Port on ${CIRCUITS.unicomHz02}` }).click();
    await page
      .getByRole("dialog", { name: "Create Shared Port" })
      .getByRole("link", { name: "Manage Resource Group" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${HZ}/resource-groups$`));
    await expect(page.getByRole("heading", { level: 1, name: "Resource Management" })).toBeVisible();
    await expect(rowOf(groupTable(page), "default resource group")).toBeVisible();

    await createGroup(page, "Backbone");
    await createGroup(page, "Edge");
    // Names are unique in the account, whatever their case.
    await page.getByRole("button", { name: "Create Resource Group" }).click();
    const again = page.getByRole("dialog", { name: "Create Resource Group" });
    await again.getByLabel("Resource Group Name").fill("backbone");
    await again.getByRole("button", { name: "OK" }).click();
    await expect(again.getByText("You already have a resource group with this name.")).toBeVisible();
    await again.getByRole("button", { name: "Cancel" }).click();

    await groupTable(page).getByRole("button", { name: "Rename resource group Edge" }).click();
    const rename = page.getByRole("dialog", { name: "Rename Resource Group" });
    await rename.getByLabel("Resource Group Name").fill("Edge West");
    await rename.getByRole("button", { name: "OK" }).click();
    await expect(rowOf(groupTable(page), "Edge West")).toBeVisible();

    await movePort(page, "Backbone");
    await expect(rowOf(portTable(page), PORT_NAME)).toContainText("Backbone");
    await expect(rowOf(groupTable(page), "Backbone")).toContainText("1");

    await page.getByLabel("Resource Group", { exact: true }).selectOption({ label: "Backbone" });
    await expect(page).toHaveURL(/group=rg-/);
    await expect(dataRows(portTable(page))).toHaveCount(1);
    await expect(rowOf(portTable(page), PORT_NAME)).toBeVisible();
    await page.getByLabel("Resource Group", { exact: true }).selectOption({ label: "Edge West" });
    await expect(portTable(page).getByText("No shared ports in this resource group.")).toBeVisible();
    await page.getByLabel("Resource Group", { exact: true }).selectOption({ label: "All resource groups" });

    const deleteBackbone = groupTable(page).getByRole("button", { name: "Delete resource group Backbone" });
    await expect(deleteBackbone).toHaveAttribute("aria-disabled", "true");
    await expect(deleteBackbone).toHaveAccessibleDescription(/still contains 1 resources/);
    await expect(
      groupTable(page).getByRole("button", { name: "Delete resource group default resource group" }),
    ).toHaveAttribute("aria-disabled", "true");

    await movePort(page, "Edge West");
    await expect(deleteBackbone).not.toHaveAttribute("aria-disabled", "true");
    await deleteBackbone.click();
    await page
      .getByRole("dialog", { name: "Delete Resource Group" })
      .getByRole("button", { name: "OK" })
      .click();
    await expect(page.getByText("Resource group Backbone deleted.")).toBeVisible();
    await expect(rowOf(groupTable(page), "Backbone")).toHaveCount(0);
  });
});
