import { detailUrl, expect, listUrl, logOn, test, USERS } from "./fixtures";
import { activeAcmePort, HZ, tenantPort } from "./tenant-helpers";

// Renew: the payer chooses a period, sees the price and the new expiry, pays, and the port's expiry moves.
test("the tenant renews its port from the list, and the order shows the period it bought", async ({ page }) => {
  const name = "acme-renew-me";
  const id = await activeAcmePort(name, 2801);
  await logOn(page, USERS.acme.email);
  await page.goto(listUrl(HZ));
  const row = tenantPort(page, name);
  await expect(row).toContainText(/\d+ days left/);
  await row.getByRole("button", { name: `Renew ${name}` }).click();

  const dialog = page.getByRole("dialog", { name: "Renew" });
  await dialog.getByLabel("Pricing cycle").selectOption("Month");
  await dialog.getByLabel("Period").selectOption("2");
  // 50M costs 300.00 a month: two months.
  await expect(dialog).toContainText("CN¥600.00");
  await expect(dialog.getByLabel("Period").getByRole("option")).toHaveCount(9);
  await dialog.getByLabel("Pricing cycle").selectOption("Year");
  await expect(dialog.getByLabel("Period").getByRole("option")).toHaveCount(3);
  // A year is billed as ten months.
  await expect(dialog).toContainText("CN¥3,000.00");
  await dialog.getByLabel("Pricing cycle").selectOption("Month");
  await dialog.getByLabel("Period").selectOption("2");
  await dialog.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByText(`${name} is renewed until`)).toBeVisible();
  await expect(dialog).toHaveCount(0);
  // One month bought at first, two more now: some 90 days left.
  await expect(row).toContainText(/(8[89]|9[0-3]) days left/);

  await page.goto(`/${HZ}/orders`);
  const orders = page.getByRole("table", { name: "Orders" });
  const renewal = orders.getByRole("row").filter({ hasText: id }).filter({ hasText: "2 months" });
  await expect(renewal).toContainText("CN¥600.00");
  await expect(renewal).toContainText("Paid");
  // The period it bought, from the old expiry to the new one.
  await expect(renewal.getByRole("cell").nth(3)).toContainText("–");
});

test("the payer switches auto-renewal on the port's page; the partner of a tenant-paid port only reads it", async ({
  page,
}) => {
  const name = "acme-auto-renew";
  const id = await activeAcmePort(name, 2802);
  await logOn(page, USERS.acme.email);
  await page.goto(detailUrl(HZ, id));
  const toggle = page.getByRole("switch", { name: `Auto-renewal of ${name}` });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await toggle.click();
  await expect(page.getByText(`Auto-renewal of ${name} is on`)).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("button", { name: `Renew ${name}` })).toBeVisible();
});

test("the partner does not renew a port its tenant pays for", async ({ page }) => {
  const name = "acme-not-partners";
  const id = await activeAcmePort(name, 2803);
  await logOn(page, USERS.unicom.email);
  await page.goto(detailUrl(HZ, id));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("button", { name: `Renew ${name}` })).toHaveCount(0);
  await expect(page.getByRole("switch")).toHaveCount(0);
});
