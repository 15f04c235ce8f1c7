import type { Page } from "@playwright/test";
import {
  confirmPhysicalConnection,
  createPhysicalConnectionOccupancyOrder,
  createVirtualPhysicalConnection,
  deletePhysicalConnection,
  listVirtualPhysicalConnections,
} from "../lib/server/operations";
import { CIRCUITS, detailUrl, expect, idOf, listUrl, logOn, REGIONS, test, USERS } from "./fixtures";
import { runAs } from "./run-operation";
import { releasePort } from "./tenant-helpers";

// The contract every action dialog keeps (components/ui/action-dialog.tsx), on real dialogs.
// VLANs 2950-2979 on unicom-hz-02 belong to this spec; the ports it makes are deleted again.

const HZ = REGIONS.hangzhou.id;
const VLAN = "2960";

async function openCreateSharedPort(page: Page) {
  const trigger = page.getByRole("button", { name: `Create Shared Port on ${CIRCUITS.unicomHz02}` });
  await trigger.click();
  return { trigger, panel: page.getByRole("dialog", { name: "Create Shared Port" }) };
}

test.describe("action dialogs", () => {
  test.beforeEach(async ({ page }) => {
    await logOn(page, USERS.unicom.email);
  });

  test("Create Shared Port opens fresh after Cancel, focused on its first field; Esc and Cancel return the focus", async ({
    page,
  }) => {
    await page.goto(listUrl(HZ));
    const { trigger, panel } = await openCreateSharedPort(page);
    await expect(panel.getByLabel("Account ID")).toBeFocused();
    await panel.getByLabel("Account ID").fill(USERS.acme.uid);
    await panel.getByLabel("Pay by Current Account").check();
    await panel.getByLabel("VLAN ID").fill(VLAN);
    await panel.getByLabel("Shared Physical Connection Bandwidth Limit").selectOption("100M");
    await panel.getByRole("button", { name: "Cancel" }).click();
    await expect(panel).toBeHidden();
    await expect(trigger).toBeFocused();

    await trigger.click();
    await expect(panel.getByLabel("Account ID")).toBeFocused();
    await expect(panel.getByLabel("Account ID")).toHaveValue("");
    await expect(panel.getByLabel("Pay by Other Account")).toBeChecked();
    await expect(panel.getByLabel("VLAN ID")).toHaveValue("");
    await expect(panel.getByLabel("Shared Physical Connection Bandwidth Limit")).toHaveValue("");

    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test("Enter submits; a missing bandwidth is refused beside its field before the confirmation, never reused", async ({
    page,
  }) => {
    await page.goto(listUrl(HZ));
    const { panel } = await openCreateSharedPort(page);
    const bandwidth = panel.getByLabel("Shared Physical Connection Bandwidth Limit");
    await panel.getByLabel("Account ID").fill(USERS.acme.uid);
    await panel.getByLabel("VLAN ID").fill(VLAN);
    await panel.getByLabel("VLAN ID").press("Enter");
    // Checked in the browser with the operation's own schema: nothing reached the server, nothing to confirm.
    await expect(bandwidth).toHaveAttribute("aria-invalid", "true");
    await expect(bandwidth).toHaveAccessibleDescription(/Choose a bandwidth specification\./);
    await expect(bandwidth).toBeFocused();
    await expect(page.getByRole("dialog", { name: "Confirm" })).toHaveCount(0);

    await bandwidth.selectOption("50M");
    await panel.getByLabel("VLAN ID").press("Enter");
    const confirm = page.getByRole("dialog", { name: "Confirm" });
    await expect(confirm).toContainText(`on VLAN ${VLAN} with 50 Mbps`);
    await expect(confirm.getByRole("button", { name: "OK" })).toBeFocused();
    // Esc on the confirmation goes back to the form as it was.
    await page.keyboard.press("Escape");
    await expect(panel.getByLabel("VLAN ID")).toHaveValue(VLAN);
    await expect(bandwidth).toHaveValue("50M");

    await panel.getByLabel("VLAN ID").press("Enter");
    await expect(confirm.getByRole("button", { name: "OK" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText(/created: Pending for Acceptance/)).toBeVisible();
    await expect(page.getByRole("dialog")).toHaveCount(0);

    const circuit = idOf("circuit", CIRCUITS.unicomHz02);
    const { items } = await runAs(USERS.unicom.uid, listVirtualPhysicalConnections, {
      regionId: HZ,
      physicalConnectionId: circuit,
      vlanIds: [VLAN],
    });
    expect(items.map((p) => ({ vlanId: p.vlanId, spec: p.spec }))).toEqual([{ vlanId: 2960, spec: "50M" }]);
    await runAs(USERS.unicom.uid, deletePhysicalConnection, {
      regionId: HZ,
      physicalConnectionId: items[0]?.id,
    });
  });

  test("a refusal from the server lands beside its field, which takes the focus", async ({ page }) => {
    await page.goto(listUrl(HZ));
    const { panel } = await openCreateSharedPort(page);
    await panel.getByLabel("Account ID").fill(USERS.acme.uid);
    // VLAN 201 is acme-hz-backup's on this circuit: only the server knows it is taken.
    await panel.getByLabel("VLAN ID").fill("201");
    await panel.getByLabel("Shared Physical Connection Bandwidth Limit").selectOption("50M");
    await panel.getByRole("button", { name: "OK" }).click();
    await page.getByRole("dialog", { name: "Confirm" }).getByRole("button", { name: "OK" }).click();
    const vlan = panel.getByLabel("VLAN ID");
    await expect(vlan).toHaveAttribute("aria-invalid", "true");
    await expect(vlan).toHaveAccessibleDescription(/already used by another shared port or VBR/);
    await expect(vlan).toBeFocused();
    await expect(panel.getByText("InvalidVlanId.Used")).toBeVisible();
  });

  test("Apply for Privileges opens with Valid again after Invalid was chosen, and refuses an empty reason beside it", async ({
    page,
  }) => {
    await page.goto(`/${HZ}/quota-center`);
    const apply = page.getByRole("button", { name: "Apply" });
    await apply.click();
    const dialog = page.getByRole("dialog", { name: "Apply for Privileges" });
    await dialog.getByLabel("Invalid", { exact: true }).check();
    await dialog.getByLabel("Reason").fill("Not needed any more");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(apply).toBeFocused();

    await apply.click();
    await expect(dialog.getByLabel("Valid", { exact: true })).toBeChecked();
    await expect(dialog.getByLabel("Valid", { exact: true })).toBeFocused();
    await expect(dialog.getByLabel("Reason")).toHaveValue("");
    await dialog.getByRole("button", { name: "OK" }).click();
    const reason = dialog.getByLabel("Reason");
    await expect(reason).toHaveAttribute("aria-invalid", "true");
    await expect(reason).toHaveAccessibleDescription(/Enter a valid value\./);
    await expect(reason).toBeFocused();
    await expect(dialog).toBeVisible();
  });
});

test("a refusal that only names its field reads as a sentence beside it", async ({ page }) => {
  const { virtualPhysicalConnection: portId } = await runAs(
    USERS.unicom.uid,
    createVirtualPhysicalConnection,
    {
      regionId: HZ,
      physicalConnectionId: idOf("circuit", CIRCUITS.unicomHz02),
      vpconnAliUid: USERS.acme.uid,
      vlanId: 2961,
      spec: "50M",
      name: "acme-dialog-words",
    },
  );
  await runAs(USERS.acme.uid, confirmPhysicalConnection, { regionId: HZ, physicalConnectionId: portId });
  await runAs(USERS.acme.uid, createPhysicalConnectionOccupancyOrder, {
    regionId: HZ,
    physicalConnectionId: portId,
    autoPay: true,
  });

  await logOn(page, USERS.acme.email);
  await page.goto(detailUrl(HZ, portId));
  await page.getByRole("button", { name: "Create VBR" }).click();
  const panel = page.getByRole("dialog", { name: "Create VBR" });
  await expect(panel.getByLabel("Name", { exact: true })).toBeFocused();
  await panel.getByLabel("Name", { exact: true }).press("Enter");
  // The operation refuses a missing address with MissingParameter(LocalGatewayIp); beside the field that
  // is a sentence, with the code for support.
  const local = panel.getByLabel("Alibaba Cloud Side IPv4 Address");
  await expect(local).toHaveAttribute("aria-invalid", "true");
  await expect(local).toHaveAccessibleDescription(/This value is required\. MissingParameter$/);
  await expect(local).toBeFocused();
  await expect(panel).not.toContainText("LocalGatewayIp");
  await releasePort(USERS.acme.uid, portId);
});
