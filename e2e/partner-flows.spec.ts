import type { Page } from "@playwright/test";
import {
  confirmPhysicalConnection,
  createPhysicalConnectionOccupancyOrder,
  createVirtualBorderRouter,
} from "../lib/server/operations";
import {
  CIRCUITS,
  detailUrl,
  expect,
  idOf,
  listUrl,
  logOn,
  REGIONS,
  moreAction,
  rowOf,
  test,
  USERS,
} from "./fixtures";
import { portTransformedFrom, runAs } from "./run-operation";

const HZ = REGIONS.hangzhou.id;

async function openCreatePanelFromList(page: Page, circuit: string) {
  await page.goto(listUrl(HZ));
  await page.getByRole("button", { name: `Create Shared Port on ${circuit}` }).click();
  return page.getByRole("dialog", { name: "Create Shared Port" });
}

async function fillAndSubmit(
  page: Page,
  panel: ReturnType<Page["getByRole"]>,
  fields: { uid: string; vlan: string; spec: string; name?: string; partnerPays?: boolean },
) {
  await panel.getByLabel("Account ID").fill(fields.uid);
  if (fields.partnerPays) await panel.getByLabel("Pay by Current Account").check();
  await panel.getByLabel("VLAN ID").fill(fields.vlan);
  await panel.getByLabel("Shared Physical Connection Bandwidth Limit").selectOption(fields.spec);
  if (fields.name) await panel.getByLabel("Name", { exact: true }).fill(fields.name);
  await panel.getByRole("button", { name: "OK" }).click();
  await page.getByRole("dialog", { name: "Confirm" }).getByRole("button", { name: "OK" }).click();
}

function sharedTable(page: Page) {
  return page.getByRole("table", { name: "Shared ports on this circuit" });
}

test.describe("partner flows", () => {
  // Each test walks a whole flow through several dialogs and page loads.
  test.describe.configure({ timeout: 90_000 });

  test.beforeEach(async ({ page }) => {
    await logOn(page, USERS.unicom.email);
  });

  test("applies for the hosted-connection privilege in Quota Center", async ({ page }) => {
    await page.getByRole("link", { name: "Quota Center" }).click();
    await expect(page.getByRole("heading", { name: "Express Connect privileges" })).toBeVisible();
    await page.getByRole("button", { name: "Apply" }).click();
    const dialog = page.getByRole("dialog", { name: "Apply for Privileges" });
    await expect(dialog.getByText("ec/can_buy_1G_vpconn")).toBeVisible();
    await dialog.getByLabel("Valid", { exact: true }).check();
    await dialog
      .getByLabel("Reason")
      .fill("Unicom customer Acme (1210123456123456) requires a 100 Mbit/s connection.");
    await dialog.getByLabel("Yes").check();
    await dialog.getByRole("button", { name: "OK" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Privilege granted for one day.")).toBeVisible();
    const history = page.getByRole("table", { name: "Applications" });
    await expect(rowOf(history, "requires a 100 Mbit/s connection")).toContainText("Approved");
  });

  test("creates a shared port from the circuit row and from the circuit's tab", async ({ page }) => {
    await fillAndSubmit(page, await openCreatePanelFromList(page, CIRCUITS.unicomHz01), {
      uid: USERS.acme.uid,
      vlan: "1201",
      spec: "100M",
      name: "acme-from-list",
    });
    await expect(page.getByText(/created: Pending for Acceptance/)).toBeVisible();

    await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz02)));
    await page.getByRole("button", { name: "Create Shared Port", exact: true }).click();
    await fillAndSubmit(page, page.getByRole("dialog", { name: "Create Shared Port" }), {
      uid: USERS.globex.uid,
      vlan: "1202",
      spec: "50M",
      name: "globex-from-tab",
    });
    await expect(rowOf(sharedTable(page), "globex-from-tab")).toContainText("Pending for Acceptance");

    await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
    const row = rowOf(sharedTable(page), "acme-from-list");
    await expect(row).toContainText("1201");
    await expect(row).toContainText(USERS.acme.uid);
    await expect(row).toContainText("Pending for Acceptance");
  });

  test("refuses a duplicate VLAN, a cross-site tenant, a RAM user and exceeded capacity, next to the field", async ({
    page,
  }) => {
    const panel = await openCreatePanelFromList(page, CIRCUITS.unicomHz01);
    await fillAndSubmit(page, panel, { uid: USERS.acme.uid, vlan: "101", spec: "50M" });
    await expect(
      panel.getByText("This VLAN ID is already used by another shared port or VBR on this circuit."),
    ).toBeVisible();
    await expect(panel.getByLabel("VLAN ID")).toHaveAttribute("aria-invalid", "true");

    await panel.getByLabel("VLAN ID").fill("1210");
    await panel.getByLabel("Account ID").fill(USERS.initech.uid);
    await panel.getByRole("button", { name: "OK" }).click();
    await page.getByRole("dialog", { name: "Confirm" }).getByRole("button", { name: "OK" }).click();
    await expect(panel.getByText(/Cross-site hosted connection is not allowed/)).toBeVisible();

    await panel.getByLabel("Account ID").fill("2210000000000004");
    await panel.getByRole("button", { name: "OK" }).click();
    await page.getByRole("dialog", { name: "Confirm" }).getByRole("button", { name: "OK" }).click();
    await expect(panel.getByText(/must belong to a primary account: not a RAM user/)).toBeVisible();

    // unicom-bj-01 holds 1 Gbps: a 1G port fills it, the next 50M does not fit.
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await page.getByRole("combobox", { name: "Region" }).selectOption({ label: REGIONS.beijing.name });
    await expect(page).toHaveURL(new RegExp(listUrl(REGIONS.beijing.id)));
    await page.getByRole("button", { name: `Create Shared Port on ${CIRCUITS.unicomBj01}` }).click();
    const bj = page.getByRole("dialog", { name: "Create Shared Port" });
    await fillAndSubmit(page, bj, { uid: USERS.globex.uid, vlan: "1301", spec: "1G" });
    await expect(page.getByText(/created: Pending for Acceptance/)).toBeVisible();
    // The full circuit is now refused before submitting: every bandwidth is disabled with the reason.
    await page.getByRole("button", { name: `Create Shared Port on ${CIRCUITS.unicomBj01}` }).click();
    const bandwidth = bj.getByLabel("Shared Physical Connection Bandwidth Limit");
    await expect(
      bandwidth.getByRole("option", { name: "50 Mbps (exceeds the free capacity, 0 Mbps free)" }),
    ).toBeDisabled();
  });

  test("edits the VLAN of a shared port, refusing one in use", async ({ page }) => {
    await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
    await page.getByRole("button", { name: "Edit globex-offer" }).click();
    const dialog = page.getByRole("dialog", { name: "Modify Shared Port" });
    await dialog.getByLabel("VLAN ID").fill("101");
    await dialog.getByRole("button", { name: "OK" }).click();
    await expect(dialog.getByText(/already used/)).toBeVisible();
    await dialog.getByLabel("VLAN ID").fill("1220");
    await dialog.getByRole("button", { name: "OK" }).click();
    await expect(dialog).toBeHidden();
    await expect(rowOf(sharedTable(page), "globex-offer")).toContainText("1220");
  });

  test("sets a bandwidth cap, transforms a legacy VBR and confirms it after the tenant accepts", async ({
    page,
  }) => {
    await page.goto(`${detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz02))}?tab=vbr`);
    const vbrs = page.getByRole("table", { name: "VBRs on this circuit" });
    const legacy = rowOf(vbrs, "globex-legacy-vbr");
    await expect(legacy).toContainText("Speed Unlimited");
    const transform = legacy.getByRole("button", { name: "Transform globex-legacy-vbr to Shared Port" });
    await expect(transform).toHaveAttribute("aria-disabled", "true");
    // The console says what to do, never Alibaba's "The param of Bandwidth [Speed Unlimited] is illegal."
    await expect(transform).toHaveAccessibleDescription(/^Set a Bandwidth Cap first/);

    await legacy.getByRole("button", { name: "Bandwidth Settings of globex-legacy-vbr" }).click();
    const settings = page.getByRole("dialog", { name: "Bandwidth Settings" });
    await settings.getByLabel("Bandwidth Cap").selectOption({ label: "200 Mbps" });
    await settings.getByRole("button", { name: "OK" }).click();
    await expect(settings).toBeHidden();
    await expect(legacy).toContainText("200 Mbps");

    await transform.click();
    await page
      .getByRole("dialog", { name: "Transform to Shared Port" })
      .getByRole("button", { name: "OK" })
      .click();
    await expect(
      page.getByText(/created from globex-legacy-vbr: waiting for the tenant to accept/),
    ).toBeVisible();
    await expect(transform).toHaveAttribute("aria-disabled", "true");
    const confirm = legacy.getByRole("button", { name: "Confirm globex-legacy-vbr" });
    await expect(confirm).toHaveAttribute("aria-disabled", "true");

    // The tenant's side: Globex accepts and pays the new port.
    const port = portTransformedFrom("globex-legacy-vbr");
    await runAs(USERS.globex.uid, confirmPhysicalConnection, { regionId: HZ, physicalConnectionId: port });
    await runAs(USERS.globex.uid, createPhysicalConnectionOccupancyOrder, {
      regionId: HZ,
      physicalConnectionId: port,
      autoPay: true,
    });

    await page.reload();
    await expect(confirm).not.toHaveAttribute("aria-disabled", "true");
    await confirm.click();
    await page.getByRole("dialog", { name: "Confirm" }).getByRole("button", { name: "OK" }).click();
    await expect(page.getByText("globex-legacy-vbr is now associated with its shared port.")).toBeVisible();
    await expect(legacy).not.toContainText("Shared VBR (not a shared port)");
    await expect(legacy).toContainText("192.168.10.1 / 192.168.10.2");
    await expect(legacy).toContainText("202");
  });

  test("pays a partner-paid port, disables and recovers it, deletes its VBR after disabling it, then the port", async ({
    page,
  }) => {
    await fillAndSubmit(page, await openCreatePanelFromList(page, CIRCUITS.unicomHz02), {
      uid: USERS.acme.uid,
      vlan: "1230",
      spec: "100M",
      name: "acme-partner-paid",
      partnerPays: true,
    });
    await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz02)));
    const row = rowOf(sharedTable(page), "acme-partner-paid");
    await row.getByRole("button", { name: "Pay for acme-partner-paid" }).click();
    const pay = page.getByRole("dialog", { name: "Pay Usage Fee" });
    await pay.getByLabel("Period").selectOption("3");
    await pay.getByRole("button", { name: "Buy Now" }).click();
    await expect(page.getByText("Usage fee of acme-partner-paid paid.")).toBeVisible();
    await expect(row.getByRole("button", { name: "Pay for acme-partner-paid" })).toHaveCount(0);

    // The tenant only accepts: the port goes straight to Active.
    const port = idOf("sharedPort", "acme-partner-paid");
    await runAs(USERS.acme.uid, confirmPhysicalConnection, { regionId: HZ, physicalConnectionId: port });
    await page.reload();
    await expect(row).toContainText("Active");

    await (await moreAction(row, "Disable acme-partner-paid")).click();
    const terminate = page.getByRole("dialog", { name: "Terminate Physical Connection" });
    await expect(terminate).toContainText("continue to incur charges");
    await terminate.getByRole("button", { name: "OK" }).click();
    await expect(terminate).toBeHidden();
    await expect(row).toContainText("Disabled", { timeout: 15_000 });

    await (await moreAction(row, "Recover acme-partner-paid")).click();
    await page.getByRole("dialog", { name: "Recover" }).getByRole("button", { name: "OK" }).click();
    await expect(row).toContainText("Active");

    // The tenant builds its VBR: now the port cannot be disabled or deleted until the VBR is gone.
    await runAs(USERS.acme.uid, createVirtualBorderRouter, {
      regionId: HZ,
      physicalConnectionId: port,
      vlanId: 1230,
      localGatewayIp: "10.1.0.1",
      peerGatewayIp: "10.1.0.2",
      peeringSubnetMask: "255.255.255.252",
      name: "acme-partner-paid-vbr",
    });
    await page.reload();
    await expect(await moreAction(row, "Disable acme-partner-paid")).toHaveAttribute("aria-disabled", "true");
    await expect(page.getByRole("menuitem", { name: "Delete acme-partner-paid" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await page.keyboard.press("Escape");

    await page.getByRole("tab", { name: "VBR" }).click();
    const vbr = rowOf(page.getByRole("table", { name: "VBRs on this circuit" }), "acme-partner-paid-vbr");
    await expect(vbr.getByRole("button", { name: "Delete acme-partner-paid-vbr" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await expect(
      vbr.getByRole("button", { name: "Delete acme-partner-paid-vbr" }),
    ).toHaveAccessibleDescription(/^Disable the VBR first/);
    await vbr.getByRole("button", { name: "Disable acme-partner-paid-vbr" }).click();
    const terminateVbr = page.getByRole("dialog", { name: "Terminating the VBR" });
    await terminateVbr.getByRole("button", { name: "OK" }).click();
    await expect(terminateVbr).toBeHidden();
    await expect(vbr).toContainText("Disabled", { timeout: 15_000 });
    // A Disabled VBR's greyed Disable says so; it is not "changing status".
    await expect(
      vbr.getByRole("button", { name: "Disable acme-partner-paid-vbr" }),
    ).toHaveAccessibleDescription(/^This VBR is already disabled/);
    await vbr.getByRole("button", { name: "Delete acme-partner-paid-vbr" }).click();
    const deleteVbr = page.getByRole("dialog", { name: "Delete VBR" });
    await deleteVbr.getByRole("button", { name: "OK" }).click();
    // While a dialog is open the page behind it is hidden from the accessibility tree.
    await expect(deleteVbr).toBeHidden();
    await expect(vbr).toHaveCount(0, { timeout: 15_000 });

    await page.getByRole("tab", { name: "Shared Physical Connection" }).click();
    await (await moreAction(row, "Delete acme-partner-paid")).click();
    const deletion = page.getByRole("dialog", { name: "Confirm Deletion" });
    await expect(deletion).toContainText("when you pay for it, you go to the refund page");
    await deletion.getByRole("button", { name: "OK" }).click();
    // Paid by the partner and still inside its period: the partner lands on its refund, as a tenant does.
    await expect(page).toHaveURL(new RegExp(`/${HZ}/orders/refunds/${port}$`));
    await expect(page.getByText("acme-partner-paid deleted: unsubscription complete.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Unsubscription complete" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Refund lines" })).toContainText("CN¥1,500.00");
    await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz02)));
    await expect(rowOf(sharedTable(page), "acme-partner-paid")).toHaveCount(0);
  });
});
