import type { Page } from "@playwright/test";
import {
  attachVbrToVpconn,
  createPhysicalConnectionOccupancyOrder,
  createVpconnFromVbr,
  deletePhysicalConnection,
} from "../lib/server/operations";
import {
  CIRCUITS,
  detailUrl,
  expect,
  expectNotFound,
  idOf,
  listUrl,
  logOn,
  moreAction,
  rowOf,
  test,
  USERS,
} from "./fixtures";
import { runAs } from "./run-operation";
import {
  activeAcmePort,
  HZ,
  logOut,
  offerSharedPort,
  legacyVbr,
  releasePort,
  tenantPort,
  tenantPorts,
} from "./tenant-helpers";

// VLANs 2401-2499 on unicom-hz-01 are this file's; every test releases the ports it makes.

async function openCreateVbr(page: Page) {
  await page.getByRole("button", { name: "Create VBR" }).click();
  return page.getByRole("dialog", { name: "Create VBR" });
}

test("a shared port's whole life: offer, Accept and Pay, VBR, stop access, recover, delete with a refund", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = "acme-lifecycle";
  const vbrName = "acme-lifecycle-vbr";

  await logOn(page, USERS.unicom.email);
  await offerSharedPort(page, {
    circuit: CIRCUITS.unicomHz01,
    uid: USERS.acme.uid,
    vlan: "2401",
    spec: "100M",
    name,
  });
  await logOut(page);

  // Acme sees the offer: in the pending offers, with its age, and in the list with who offered it.
  await logOn(page, USERS.acme.email);
  const offers = page.getByRole("region", { name: /Pending offers/ });
  await expect(offers.getByRole("listitem").filter({ hasText: name })).toContainText(
    /from China Unicom on unicom-hz-01, VLAN 2401, 100 Mbps, offered (\d+ seconds? ago|now)/,
  );
  const row = tenantPort(page, name);
  await expect(row).toContainText("China Unicom · unicom-hz-01");
  await expect(row.getByRole("cell", { name: "Pending for Acceptance", exact: true })).toBeVisible();

  await row.getByRole("button", { name: `Accept and Pay ${name}` }).click();
  const accept = page.getByRole("dialog", { name: "Accept" });
  await expect(accept).toContainText("confirm the order and pay the port usage fee");
  await accept.getByRole("button", { name: "OK" }).click();
  const order = page.getByRole("dialog", { name: "Confirm Order" });
  await expect(order).toContainText("China (Hangzhou)");
  await expect(order).toContainText("100 Mbps");
  await expect(order).toContainText("Demo pricing");
  await order.getByLabel("Period").selectOption("2");
  await expect(order).toContainText("CN¥1,000.00");
  await order.getByRole("button", { name: "Buy Now" }).click();
  await expect(order).toBeHidden();
  await expect(row.getByRole("cell", { name: "Active", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Complete", exact: true })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: name })).toHaveCount(0);

  // Create VBR on the port's VBR section: the VLAN is the partner's and cannot be changed.
  const portId = idOf("sharedPort", name);
  await row.getByRole("link", { name: portId }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const panel = await openCreateVbr(page);
  await expect(panel.getByLabel("Current Account")).toBeChecked();
  await expect(panel.getByLabel("Shared Physical Connection", { exact: true })).toBeChecked();
  await expect(panel.getByLabel("Shared port ID")).toHaveValue(portId);
  await expect(panel.getByLabel("VLAN ID")).toHaveValue("2401");
  await expect(panel.getByLabel("VLAN ID")).not.toBeEditable();
  await panel.getByLabel("Name", { exact: true }).fill(vbrName);
  await panel.getByLabel("Alibaba Cloud Side IPv4 Address").fill("10.0.0.1");
  await panel.getByLabel("Client-side IPv4 Interconnect IP").fill("10.0.0.2");
  await panel.getByLabel("IPv4 Subnet Mask").fill("255.255.255.252");
  await panel.getByRole("button", { name: "OK" }).click();
  await expect(panel).toBeHidden();
  const vbrs = page.getByRole("table", { name: "VBR of this shared port" });
  const vbr = rowOf(vbrs, vbrName);
  await expect(vbr).toContainText("Active");
  await expect(vbr).toContainText("100 Mbps");
  await expect(vbr).toContainText("10.0.0.1 / 10.0.0.2");
  await expect(vbr).toContainText("2401");
  const createVbr = page.getByRole("button", { name: "Create VBR" });
  await expect(createVbr).toHaveAttribute("aria-disabled", "true");
  await expect(createVbr).toHaveAccessibleDescription(/already has a VBR/);

  await vbr.getByRole("button", { name: `Edit ${vbrName}` }).click();
  const edit = page.getByRole("dialog", { name: "Edit VBR" });
  await edit.getByLabel("Description").fill("Primary link to the Hangzhou data center");
  await edit.getByRole("button", { name: "OK" }).click();
  await expect(edit).toBeHidden();
  await expect(vbr).toContainText("Primary link to the Hangzhou data center");

  // Stop access and Delete are refused while the VBR exists, and say why.
  await page.goto(listUrl(HZ));
  const disable = row.getByRole("button", { name: `Disable ${name}` });
  const remove = row.getByRole("button", { name: `Delete ${name}` });
  for (const refused of [disable, remove]) {
    await expect(refused).toHaveAttribute("aria-disabled", "true");
    await expect(refused).toHaveAccessibleDescription(/Delete the VBR first/);
  }
  // Refused actions stay in place: clicking one anyway opens nothing.
  await disable.click({ force: true });
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.goto(detailUrl(HZ, portId));
  await vbr.getByRole("button", { name: `Delete ${vbrName}` }).click();
  await page.getByRole("dialog", { name: "Delete VBR" }).getByRole("button", { name: "OK" }).click();
  await expect(vbr).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText("No VBR yet.")).toBeVisible();

  await page.goto(listUrl(HZ));
  await disable.click();
  const stop = page.getByRole("dialog", { name: "Stop Instance Access" });
  await expect(stop).toContainText("make sure that the VBR associated with it is deleted");
  await expect(stop).toContainText("not released, and a disabled shared port is still billed");
  await expect(stop).toContainText("Only the partner can recover it");
  await stop.getByRole("button", { name: "OK" }).click();
  await expect(stop).toBeHidden();
  // Terminating settles on its own: the page follows without a reload.
  await expect(row.getByRole("cell", { name: "Disabled", exact: true })).toBeVisible({ timeout: 15_000 });
  await logOut(page);

  await logOn(page, USERS.unicom.email);
  await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
  const partnerRow = rowOf(page.getByRole("table", { name: "Shared ports on this circuit" }), name);
  await expect(partnerRow).toContainText("Disabled");
  await (await moreAction(partnerRow, `Recover ${name}`)).click();
  await page.getByRole("dialog", { name: "Recover" }).getByRole("button", { name: "OK" }).click();
  await expect(partnerRow).toContainText("Active");
  await logOut(page);

  // Deleting a port still inside its paid period ends on the refund of the unused part.
  await logOn(page, USERS.acme.email);
  await expect(row.getByRole("cell", { name: "Active", exact: true })).toBeVisible();
  await remove.click();
  const deletion = page.getByRole("dialog", { name: "Confirm Deletion" });
  await expect(deletion).toContainText("still within its paid period");
  await deletion.getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(new RegExp(`/cn-hangzhou/orders/refunds/${portId}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Refund" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Unsubscription complete" })).toBeVisible();
  const summary = page.getByRole("region", { name: "Unsubscription complete" });
  await expect(summary).toContainText(/Refund amount: CN¥99\d\.\d\d/);
  await expect(page.getByRole("table", { name: "Refund lines" })).toContainText("CN¥1,000.00");

  await page.getByRole("link", { name: "Orders" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  const paidOrder = rowOf(page.getByRole("table", { name: "Orders" }), portId);
  await expect(paidOrder).toContainText("New purchase");
  await expect(paidOrder).toContainText("2 months");
  await expect(paidOrder).toContainText("CN¥1,000.00");
  await expect(paidOrder.getByRole("cell", { name: "Paid", exact: true })).toBeVisible();
  await expect(paidOrder.getByRole("link", { name: /CN¥99\d\.\d\d/ })).toBeVisible();

  await page.goto(listUrl(HZ));
  await expect(tenantPorts(page)).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
});

test("a port the partner paid for is only accepted, without an order", async ({ page }) => {
  const name = "acme-partner-paid-offer";
  await logOn(page, USERS.unicom.email);
  await offerSharedPort(page, {
    circuit: CIRCUITS.unicomHz01,
    uid: USERS.acme.uid,
    vlan: "2402",
    spec: "50M",
    name,
    partnerPays: true,
  });
  await runAs(USERS.unicom.uid, createPhysicalConnectionOccupancyOrder, {
    regionId: HZ,
    physicalConnectionId: idOf("sharedPort", name),
    autoPay: true,
  });
  await logOut(page);

  await logOn(page, USERS.acme.email);
  const row = tenantPort(page, name);
  await row.getByRole("button", { name: `Accept and Pay ${name}` }).click();
  const accept = page.getByRole("dialog", { name: "Accept" });
  await expect(accept).toContainText("The partner has already paid");
  await accept.getByRole("button", { name: "OK" }).click();
  await expect(page.getByText(`Shared port ${idOf("sharedPort", name)} accepted: Active.`)).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(row.getByRole("cell", { name: "Active", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Complete", exact: true })).toBeVisible();

  // The refund of a partner-paid port is the partner's: the tenant stays on its list.
  await row.getByRole("button", { name: `Delete ${name}` }).click();
  const deletion = page.getByRole("dialog", { name: "Confirm Deletion" });
  await expect(deletion).toContainText("refunded to the partner");
  await deletion.getByRole("button", { name: "OK" }).click();
  await expect(row).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${listUrl(HZ)}$`));
});

test("an accepted port waits for payment and is paid later from the list or the Orders page", async ({
  page,
}) => {
  const name = "acme-pay-later";
  await logOn(page, USERS.unicom.email);
  await offerSharedPort(page, {
    circuit: CIRCUITS.unicomHz01,
    uid: USERS.acme.uid,
    vlan: "2403",
    spec: "50M",
    name,
  });
  await logOut(page);

  await logOn(page, USERS.acme.email);
  const row = tenantPort(page, name);
  await row.getByRole("button", { name: `Accept and Pay ${name}` }).click();
  await page.getByRole("dialog", { name: "Accept" }).getByRole("button", { name: "OK" }).click();
  const order = page.getByRole("dialog", { name: "Confirm Order" });
  await order.getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByRole("cell", { name: "Waiting for Payment", exact: true })).toBeVisible();
  await row.getByRole("button", { name: `Pay for ${name}` }).click();
  await expect(order).toBeVisible();
  await order.getByRole("button", { name: "Cancel" }).click();

  const portId = idOf("sharedPort", name);
  await page.goto(detailUrl(HZ, portId));
  await expect(page.getByRole("status").filter({ hasText: "waits for payment" })).toBeVisible();
  const createVbr = page.getByRole("button", { name: "Create VBR" });
  await expect(createVbr).toHaveAttribute("aria-disabled", "true");
  await expect(createVbr).toHaveAccessibleDescription(/accepted and paid/);

  // An order made without paying it (AutoPay false, as the API allows) is paid on the Orders page.
  const { orderId } = await runAs(USERS.acme.uid, createPhysicalConnectionOccupancyOrder, {
    regionId: HZ,
    physicalConnectionId: portId,
    pricingCycle: "Year",
    period: 1,
  });
  await page.getByRole("link", { name: "Orders" }).click();
  const unpaid = rowOf(page.getByRole("table", { name: "Orders" }), orderId);
  await expect(unpaid.getByRole("cell", { name: "Unpaid", exact: true })).toBeVisible();
  await expect(unpaid).toContainText("1 year");
  // A year of 50M bills 10 months of CN¥300.00.
  await expect(unpaid).toContainText("CN¥3,000.00");
  await unpaid.getByRole("button", { name: `Pay order ${orderId}` }).click();
  const pay = page.getByRole("dialog", { name: "Pay Order" });
  await expect(pay).toContainText("CN¥3,000.00");
  await pay.getByRole("button", { name: "OK" }).click();
  await expect(unpaid.getByRole("cell", { name: "Paid", exact: true })).toBeVisible();
  await expect(unpaid.getByRole("button", { name: `Pay order ${orderId}` })).toHaveCount(0);

  await page.goto(listUrl(HZ));
  await expect(row.getByRole("cell", { name: "Active", exact: true })).toBeVisible();
  await runAs(USERS.acme.uid, deletePhysicalConnection, { regionId: HZ, physicalConnectionId: portId });
});

test("a port transformed from the tenant's VBR waits for the partner's Confirm, which keeps the VBR's settings", async ({
  page,
}) => {
  const vbrName = "globex-legacy-2";
  const vbrId = legacyVbr(USERS.globex.uid, vbrName, 2410);
  const { virtualPhysicalConnection: portId } = await runAs(USERS.unicom.uid, createVpconnFromVbr, {
    regionId: HZ,
    vbrId,
  });

  await logOn(page, USERS.globex.email);
  const row = rowOf(tenantPorts(page), portId);
  await row.getByRole("button", { name: /^Accept and Pay / }).click();
  await page.getByRole("dialog", { name: "Accept" }).getByRole("button", { name: "OK" }).click();
  await page.getByRole("dialog", { name: "Confirm Order" }).getByRole("button", { name: "Buy Now" }).click();
  await expect(
    page.getByText(`The partner must now confirm the shared port. Your VBR ${vbrId} is then associated`),
  ).toBeVisible();
  await expect(row.getByRole("cell", { name: "Active", exact: true })).toBeVisible();
  await expect(row).toContainText("Waiting for the partner's confirmation");

  await page.goto(detailUrl(HZ, portId));
  await expect(
    page.getByRole("status").filter({ hasText: "has not confirmed this shared port yet" }),
  ).toBeVisible();
  const createVbr = page.getByRole("button", { name: "Create VBR" });
  await expect(createVbr).toHaveAttribute("aria-disabled", "true");
  // Beside "No VBR yet" the reason tells what is true: the tenant's own VBR joins on the partner's Confirm.
  await expect(createVbr).toHaveAccessibleDescription(
    /^Your existing VBR joins this shared port after China Unicom confirms it/,
  );

  await runAs(USERS.unicom.uid, attachVbrToVpconn, { regionId: HZ, vpconnId: portId, vbrId });
  await page.reload();
  const vbr = rowOf(page.getByRole("table", { name: "VBR of this shared port" }), vbrName);
  await expect(vbr).toContainText("10.9.0.1 / 10.9.0.2");
  await expect(vbr).toContainText("255.255.255.252");
  await expect(vbr).toContainText("2410");
  await expect(page.getByText("has not confirmed this shared port yet")).toHaveCount(0);
  await releasePort(USERS.globex.uid, portId);
});

test("Create VBR refuses every invalid address next to its field", async ({ page }) => {
  const name = "acme-address-rules";
  const portId = await activeAcmePort(name, 2404);
  await logOn(page, USERS.acme.email);
  await page.goto(detailUrl(HZ, portId));
  const panel = await openCreateVbr(page);
  const local = panel.getByLabel("Alibaba Cloud Side IPv4 Address");
  const peer = panel.getByLabel("Client-side IPv4 Interconnect IP");
  const mask = panel.getByLabel("IPv4 Subnet Mask");
  const cases = [
    {
      values: ["10.0.0.256", "10.0.0.2", "255.255.255.252"],
      field: local,
      message: /Enter a valid IPv4 address for the Alibaba Cloud side\./,
    },
    {
      values: ["10.0.0.1", "10.0.0", "255.255.255.252"],
      field: peer,
      message: /Enter a valid IPv4 address for the client side\./,
    },
    {
      values: ["10.0.0.1", "10.0.1.2", "255.255.255.252"],
      field: peer,
      message: /Both addresses must be in the same subnet of this mask\./,
    },
    {
      values: ["10.0.0.0", "10.0.0.2", "255.255.255.252"],
      field: local,
      message: /network or broadcast address/,
    },
    {
      values: ["10.0.0.1", "10.0.0.3", "255.255.255.252"],
      field: peer,
      message: /network or broadcast address/,
    },
    {
      values: ["10.0.0.1", "10.0.0.2", "255.255.254.0"],
      field: mask,
      message: /Enter a subnet mask from 255\.255\.255\.0 \(\/24\) to 255\.255\.255\.252 \(\/30\)/,
    },
    {
      values: ["10.0.0.1", "10.0.0.2", "255.255.255.254"],
      field: mask,
      message: /Enter a subnet mask from 255\.255\.255\.0 \(\/24\) to 255\.255\.255\.252 \(\/30\)/,
    },
    {
      values: ["10.0.0.1", "10.0.0.1", "255.255.255.252"],
      field: peer,
      message: /The client-side address must differ from the Alibaba Cloud side address\./,
    },
  ];
  for (const { values, field, message } of cases) {
    await local.fill(values[0] ?? "");
    await peer.fill(values[1] ?? "");
    await mask.fill(values[2] ?? "");
    await panel.getByRole("button", { name: "OK" }).click();
    await expect(field, `refusal of ${values.join(" / ")}`).toHaveAttribute("aria-invalid", "true");
    // The description is the field's hint followed by the refusal.
    await expect(field).toHaveAccessibleDescription(message);
    await expect(panel).toBeVisible();
  }
  // A /24 mask with two host addresses is accepted.
  await local.fill("192.168.7.1");
  await peer.fill("192.168.7.254");
  await mask.fill("255.255.255.0");
  await panel.getByRole("button", { name: "OK" }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole("table", { name: "VBR of this shared port" })).toContainText(
    "192.168.7.1 / 192.168.7.254",
  );
  await releasePort(USERS.acme.uid, portId);
});

test("Globex never sees Acme's shared ports, orders or refunds", async ({ page }) => {
  const name = "acme-private";
  const portId = await activeAcmePort(name, 2405);
  await runAs(USERS.acme.uid, deletePhysicalConnection, { regionId: HZ, physicalConnectionId: portId });
  const livePortId = await activeAcmePort("acme-private-live", 2406);

  await logOn(page, USERS.globex.email);
  await expect(tenantPorts(page)).toBeVisible();
  await expect(page.getByText("acme-private-live")).toHaveCount(0);
  await expect(page.getByText(livePortId)).toHaveCount(0);
  await expectNotFound(page, detailUrl(HZ, livePortId), "acme-private-live");
  await expectNotFound(page, `/${HZ}/orders/refunds/${portId}`, name);

  await page.goto(`/${HZ}/orders`);
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await expect(page.getByText(portId)).toHaveCount(0);
  await expect(page.getByText(livePortId)).toHaveCount(0);

  const statuses = await page.request.get(`/api/console/statuses?region=${HZ}&pc=${livePortId}`);
  expect(await statuses.json()).toEqual({ physicalConnections: { [livePortId]: null }, vbrs: {} });

  await runAs(USERS.acme.uid, deletePhysicalConnection, { regionId: HZ, physicalConnectionId: livePortId });
});

test("a bandwidth change the partner requests on a paid port is paid by the tenant, or withdrawn by the partner", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = "acme-spec-change";
  const port = await activeAcmePort(name, 2411);
  const circuitPage = detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01));
  const partnerRow = () => rowOf(page.getByRole("table", { name: "Shared ports on this circuit" }), name);
  const requestSpec = async (spec: string) => {
    await partnerRow()
      .getByRole("button", { name: `Edit ${name}` })
      .click();
    const edit = page.getByRole("dialog", { name: "Modify Shared Port" });
    await edit.getByLabel("New bandwidth").selectOption(spec);
    await edit.getByRole("button", { name: "OK" }).click();
    await expect(edit).toBeHidden();
  };

  // The partner requests 100M on Acme's paid 50M port; both sides see it waiting for Acme's payment.
  await logOn(page, USERS.unicom.email);
  await page.goto(circuitPage);
  await requestSpec("100M");
  await expect(partnerRow()).toContainText("Requested: 100 Mbps, pending payment");
  await expect(
    partnerRow().getByRole("button", { name: `Pay for the bandwidth change of ${name}` }),
  ).toHaveCount(0);
  await logOut(page);

  await logOn(page, USERS.acme.email);
  const row = tenantPort(page, name);
  await expect(row).toContainText("Requested: 100 Mbps, pending payment");
  await page.goto(detailUrl(HZ, port));
  await expect(
    page.getByRole("status").filter({ hasText: "Requested bandwidth 100 Mbps (now 50 Mbps)" }),
  ).toBeVisible();
  await page.getByRole("button", { name: `Pay for the bandwidth change of ${name}` }).click();
  const pay = page.getByRole("dialog", { name: "Pay for Bandwidth Change" });
  // 100M − 50M is CN¥200.00 a month; paid right after the month began, nearly all of it is due.
  await expect(pay).toContainText(/from 50 Mbps to 100 Mbps.*: CN¥(19\d|200)\.\d\d/);
  await pay.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByText(`${name} now has 100 Mbps.`)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Requested bandwidth" })).toHaveCount(0);

  await page.goto(`/${HZ}/orders`);
  const upgrade = rowOf(page.getByRole("table", { name: "Orders" }), port).filter({ hasText: "Upgrade" });
  await expect(upgrade).toContainText("100 Mbps");
  await expect(upgrade.getByRole("cell", { name: "Paid", exact: true })).toBeVisible();
  await logOut(page);

  // A second request the partner withdraws: the port keeps 100M and nothing is owed.
  await logOn(page, USERS.unicom.email);
  await page.goto(circuitPage);
  await requestSpec("200M");
  await expect(partnerRow()).toContainText("Requested: 200 Mbps, pending payment");
  await (await moreAction(partnerRow(), `Cancel the bandwidth change of ${name}`)).click();
  await page
    .getByRole("dialog", { name: "Cancel Bandwidth Change" })
    .getByRole("button", { name: "OK" })
    .click();
  await expect(page.getByText(`Bandwidth change of ${name} cancelled.`)).toBeVisible();
  await expect(partnerRow()).not.toContainText("pending payment");
  await expect(partnerRow()).toContainText("100 Mbps");
  await releasePort(USERS.acme.uid, port);
});
