import { CIRCUITS, expect, listUrl, test, USERS } from "./fixtures";
import { bell, signedIn } from "./live-helpers";
import { HZ, tenantPort, tenantPorts } from "./tenant-helpers";

// VLAN 2531 on unicom-hz-01 is this file's.
const DAY_MS = 24 * 60 * 60 * 1000;

test("an offer the tenant leaves unaccepted lapses after the days the partner chose, and the partner hears", async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const name = "lapse-offer";
  const partner = await signedIn(browser, USERS.unicom.email);
  await partner.page.goto(listUrl(HZ));
  await partner.page.getByRole("button", { name: `Create Shared Port on ${CIRCUITS.unicomHz01}` }).click();
  const panel = partner.page.getByRole("dialog", { name: "Create Shared Port" });
  await panel.getByLabel("Account ID").fill(USERS.acme.uid);
  await panel.getByLabel("VLAN ID").fill("2531");
  await panel.getByLabel("Shared Physical Connection Bandwidth Limit").selectOption("50M");
  await panel.getByLabel("Name", { exact: true }).fill(name);
  await expect(panel.getByLabel("Offer valid for (days)")).toHaveValue("7");
  await panel.getByLabel("Offer valid for (days)").fill("1");
  await panel.getByRole("button", { name: "OK" }).click();
  await partner.page.getByRole("dialog", { name: "Confirm" }).getByRole("button", { name: "OK" }).click();
  await expect(partner.page.getByText(/created: Pending for Acceptance/)).toBeVisible();

  const tenant = await signedIn(browser, USERS.acme.email);
  const offers = tenant.page.getByRole("region", { name: /Pending offers/ });
  await expect(offers.getByRole("listitem").filter({ hasText: name })).toContainText(
    /lapses (tomorrow|in 1 day|in 2[34] hours) unless accepted/,
  );
  await expect(tenantPort(tenant.page, name)).toContainText("Pending for Acceptance");

  const moved = await request.post("/api/test/clock", { data: { advanceMs: DAY_MS + 2 * 60_000 } });
  expect(moved.status()).toBe(200);
  expect(((await moved.json()) as { ran: string[] }).ran).toContain("lapse-offers");

  await tenant.page.reload();
  await expect(tenantPorts(tenant.page).getByText(name)).toHaveCount(0);
  await partner.page.reload();
  await bell(partner.page).click();
  const told = partner.page
    .getByRole("list", { name: "Notifications" })
    .getByRole("listitem")
    .filter({ hasText: `Shared port offer ${name} to Acme lapsed unaccepted.` });
  await expect(told).toHaveCount(1);
  await told.getByRole("link", { name: /^View history / }).click();
  await expect(partner.page.getByRole("main")).toContainText("Lapsed");
  await partner.context.close();
  await tenant.context.close();
});
