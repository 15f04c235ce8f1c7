import { createVirtualBorderRouter } from "../lib/server/operations";
import { detailUrl, expect, test, USERS } from "./fixtures";
import { bell, detailValue, offerToAcme, signedIn, unreadCount } from "./live-helpers";
import { runAs } from "./run-operation";
import { activeAcmePort, HZ, tenantPort, tenantPorts } from "./tenant-helpers";

// VLANs 2521-2529 on unicom-hz-01 are this file's.

test("the tenant declines an offer with a reason: it leaves both consoles, its VLAN is free, the partner reads why", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const name = "decline-offer";
  const id = await offerToAcme(name, 2521);
  const partner = await signedIn(browser, USERS.unicom.email);
  const before = await unreadCount(partner.page);

  const tenant = await signedIn(browser, USERS.acme.email);
  const row = tenantPort(tenant.page, name);
  // Decline answers the partner; Delete is a different action and stays beside it.
  await expect(row.getByRole("button", { name: `Delete ${name}` })).toBeVisible();
  await row.getByRole("button", { name: `Decline ${name}` }).click();
  const dialog = tenant.page.getByRole("dialog", { name: "Decline Shared Port" });
  await expect(dialog).toContainText("its VLAN and bandwidth go back to China Unicom");
  await dialog.getByLabel("Reason (optional)").fill("The price is above our budget");
  await dialog.getByRole("button", { name: "Decline" }).click();
  await expect(tenant.page.getByText(`Shared port ${id} declined.`)).toBeVisible();
  await expect(tenantPorts(tenant.page).getByText(name)).toHaveCount(0);

  // The partner's bell and list tell it, with the reason; the link opens the offer's history.
  await expect(bell(partner.page)).toHaveAccessibleName(`Notifications, ${before + 1} unread`);
  await bell(partner.page).click();
  const newest = partner.page.getByRole("list", { name: "Notifications" }).getByRole("listitem").first();
  await expect(newest).toContainText(
    `Acme declined shared port ${name}. Reason: The price is above our budget`,
  );
  await newest.getByRole("link", { name: `View history ${id}` }).click();
  await expect(partner.page.getByRole("heading", { level: 1, name: `History of ${id}` })).toBeVisible();
  await expect(partner.page.getByRole("main")).toContainText("Declined");
  await expect(partner.page.getByRole("main")).toContainText("The price is above our budget");
  await expect(partner.page.getByRole("table", { name: "Operation Log" })).toContainText(
    "DeclinePhysicalConnection",
  );

  // The VLAN is the partner's to offer again.
  const again = await offerToAcme("decline-again", 2521);
  expect(again).not.toBe(id);
  await partner.context.close();
  await tenant.context.close();
});

test("changing the VLAN under a live VBR warns the partner first and tells the tenant after", async ({ browser }) => {
  test.setTimeout(90_000);
  const name = "vlan-warn";
  const id = await activeAcmePort(name, 2522);
  await runAs(USERS.acme.uid, createVirtualBorderRouter, {
    regionId: HZ,
    physicalConnectionId: id,
    vlanId: 2522,
    localGatewayIp: "10.25.22.1",
    peerGatewayIp: "10.25.22.2",
    peeringSubnetMask: "255.255.255.252",
    name: "vlan-warn-vbr",
  });
  const tenant = await signedIn(browser, USERS.acme.email);
  const before = await unreadCount(tenant.page);

  const partner = await signedIn(browser, USERS.unicom.email);
  await partner.page.goto(detailUrl(HZ, id));
  await partner.page.getByRole("button", { name: `Edit ${name}` }).click();
  const edit = partner.page.getByRole("dialog", { name: "Modify Shared Port" });
  const warning = edit.getByRole("note");
  await expect(warning).toHaveCount(0);
  await edit.getByLabel("VLAN ID").fill("2523");
  await expect(warning).toContainText(
    "A VBR is live on this shared port. Changing the VLAN from 2522 to 2523 interrupts the tenant's traffic",
  );
  await edit.getByLabel("VLAN ID").fill("2522");
  await expect(warning).toHaveCount(0);
  await edit.getByLabel("VLAN ID").fill("2523");
  await edit.getByRole("button", { name: "OK" }).click();
  await expect(edit).toBeHidden();
  await expect(detailValue(partner.page, "VLAN ID")).toHaveText("2523");

  await expect(bell(tenant.page)).toHaveAccessibleName(`Notifications, ${before + 1} unread`);
  await bell(tenant.page).click();
  await expect(
    tenant.page.getByRole("list", { name: "Notifications" }).getByRole("listitem").first(),
  ).toContainText(
    `China Unicom changed the VLAN of shared port ${name} from 2522 to 2523. Change the VLAN on your on-premises router too.`,
  );
  await partner.context.close();
  await tenant.context.close();
});
