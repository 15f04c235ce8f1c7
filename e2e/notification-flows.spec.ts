import { confirmPhysicalConnection, deletePhysicalConnection } from "../lib/server/operations";
import { detailUrl, expect, test, USERS } from "./fixtures";
import { bell, offerToAcme, signedIn, unreadCount } from "./live-helpers";
import { runAs } from "./run-operation";
import { HZ } from "./tenant-helpers";

// VLANs 2511-2519 on unicom-hz-01 are this file's.

test("the tenant's bell counts a new offer; the list links to it, marks it read, and opens a deleted port's history", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const tenant = await signedIn(browser, USERS.acme.email);
  const before = await unreadCount(tenant.page);
  const name = "notify-offer";
  const id = await offerToAcme(name, 2511);
  // Without a reload, the bell's name carries the new count.
  await expect(bell(tenant.page)).toHaveAccessibleName(`Notifications, ${before + 1} unread`);

  await bell(tenant.page).click();
  await expect(tenant.page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const list = tenant.page.getByRole("list", { name: "Notifications" });
  const newest = list.getByRole("listitem").first();
  await expect(newest).toContainText(`China Unicom offered you shared port ${name}. Accept it to start using it.`);
  await expect(newest).toContainText("Unread");
  await newest.getByRole("link", { name: `Open ${id}` }).click();
  await expect(tenant.page).toHaveURL(detailUrl(HZ, id));
  await expect(tenant.page.getByRole("heading", { level: 1, name })).toBeVisible();

  await tenant.page.goBack();
  await newest.getByRole("button", { name: `Mark as read: ${id}` }).click();
  await expect(newest).toContainText("Read");
  await expect(newest.getByRole("button", { name: /^Mark as read/ })).toHaveCount(0);
  await expect(bell(tenant.page)).toHaveAccessibleName(
    before === 0 ? "Notifications, none unread" : `Notifications, ${before} unread`,
  );

  // The partner withdraws the offer: the notification now opens the port's history, never a 404.
  await runAs(USERS.unicom.uid, deletePhysicalConnection, { regionId: HZ, physicalConnectionId: id });
  await tenant.page.reload();
  const history = list.getByRole("listitem").filter({ hasText: name }).first().getByRole("link", {
    name: `View history ${id}`,
  });
  const href = await history.getAttribute("href");
  expect(href).toBe(`/${HZ}/notifications/history/${id}`);
  expect((await tenant.page.goto(href ?? ""))?.status()).toBe(200);
  await expect(tenant.page.getByRole("heading", { level: 1, name: `History of ${id}` })).toBeVisible();
  await expect(tenant.page.getByRole("main")).toContainText("Deleted");
  await expect(tenant.page.getByRole("table", { name: "Operation Log" })).toContainText("DeletePhysicalConnection");
  await tenant.context.close();
});

test("the partner hears that the tenant accepted, and Mark all as read empties the count", async ({ browser }) => {
  test.setTimeout(90_000);
  const name = "notify-accept";
  const id = await offerToAcme(name, 2512);
  const partner = await signedIn(browser, USERS.unicom.email);
  const before = await unreadCount(partner.page);
  await runAs(USERS.acme.uid, confirmPhysicalConnection, { regionId: HZ, physicalConnectionId: id });
  await expect(bell(partner.page)).toHaveAccessibleName(`Notifications, ${before + 1} unread`);
  await bell(partner.page).click();
  const newest = partner.page.getByRole("list", { name: "Notifications" }).getByRole("listitem").first();
  await expect(newest).toContainText(`Acme accepted shared port ${name}.`);
  await partner.page.getByRole("link", { name: /^Unread \(\d+\)$/ }).click();
  const shown = partner.page.getByRole("list", { name: "Notifications" }).getByRole("listitem");
  await expect(shown.first()).toBeVisible();
  await expect(shown.filter({ hasText: /^Read/ })).toHaveCount(0);
  await partner.page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(bell(partner.page)).toHaveAccessibleName("Notifications, none unread");
  await expect(partner.page.getByText("No notifications.")).toBeVisible();
  await runAs(USERS.acme.uid, deletePhysicalConnection, { regionId: HZ, physicalConnectionId: id });
  await partner.context.close();
});

test("Notify Result: Yes on a privilege application tells the partner the result", async ({ browser }) => {
  const partner = await signedIn(browser, USERS.unicom.email);
  const before = await unreadCount(partner.page);
  await partner.page.goto(`/${HZ}/quota-center`);
  await partner.page.getByRole("button", { name: "Apply" }).click();
  const dialog = partner.page.getByRole("dialog", { name: "Apply for Privileges" });
  await dialog.getByLabel("Valid", { exact: true }).check();
  await dialog.getByLabel("Reason").fill("Unicom customer Acme (1210123456123456) requires 50 Mbit/s.");
  await dialog.getByLabel("Yes").check();
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog).toBeHidden();
  await expect(bell(partner.page)).toHaveAccessibleName(`Notifications, ${before + 1} unread`);
  await bell(partner.page).click();
  const newest = partner.page.getByRole("list", { name: "Notifications" }).getByRole("listitem").first();
  await expect(newest).toContainText("Your application for ec/can_buy_1G_vpconn was Valid.");
  await newest.getByRole("link", { name: /^Open / }).click();
  await expect(partner.page).toHaveURL(`/${HZ}/quota-center`);
  await partner.context.close();
});
