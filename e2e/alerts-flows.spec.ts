// The Alerts tab: a tenant creates an alert rule on its shared port, copies the signing secret shown once,
// sees the rule's state, disables and deletes it; a partner alerts on its circuit. Rules are per account,
// so this spec changes nothing another spec reads.
import type { Page } from "@playwright/test";
import {
  CIRCUITS,
  detailUrl,
  expect,
  idOf,
  logOn,
  REGIONS,
  rowOf,
  SHARED_PORTS,
  test,
  USERS,
} from "./fixtures";

const HZ = REGIONS.hangzhou.id;

async function openAlertsTab(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole("tab", { name: "Alerts" }).click();
  await expect(page.getByRole("tab", { name: "Alerts" })).toHaveAttribute("aria-selected", "true");
}

test("a tenant creates an alert rule on its shared port and sees its state", async ({ page }) => {
  // Two log ons' worth of steps: the default 30 s is too short for this flow on a loaded machine.
  test.setTimeout(90_000);
  await logOn(page, USERS.acme.email);
  await openAlertsTab(page, detailUrl(HZ, idOf("sharedPort", SHARED_PORTS.acmeHzProd)));
  const rules = page.getByRole("table", { name: `Alert rules of Shared port ${SHARED_PORTS.acmeHzProd}` });
  await expect(rules).toContainText("No alert rules yet.");

  await page
    .getByRole("button", { name: `Create Alert Rule for Shared port ${SHARED_PORTS.acmeHzProd}` })
    .click();
  const dialog = page.getByRole("dialog", { name: "Create Alert Rule" });
  await dialog.getByLabel("Rule Name").fill("e2e inbound high");
  await dialog.getByLabel("Metric").selectOption({ label: "Inbound rate from the IDC (RateInFromIDC)" });
  await dialog.getByLabel("Statistic").selectOption("Maximum");
  await dialog.getByLabel("Threshold").fill("800000000");
  await dialog.getByLabel("Consecutive Periods").fill("2");
  // A private address is refused beside its field (whose hint says why), with nothing created.
  await dialog.getByLabel("Webhook URLs").fill("http://127.0.0.1:9/hook");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(dialog.getByLabel("Webhook URLs")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByText("Enter a valid value.")).toBeVisible();
  await expect(dialog.getByText(/loopback and private addresses are refused/)).toBeVisible();
  await dialog.getByLabel("Webhook URLs").fill("https://hooks.example.com/alerts");
  await dialog.getByRole("button", { name: "Create" }).click();

  const secret = page.getByRole("dialog", { name: "Webhook Signing Secret" });
  await expect(secret.getByText(/^whsec_/)).toBeVisible();
  await secret.getByRole("button", { name: "Done" }).click();
  await expect(secret).toBeHidden();

  const row = rowOf(rules, "e2e inbound high");
  await expect(row).toContainText("Insufficient Data");
  await expect(row).toContainText("Maximum > 800,000,000");
  await expect(row).toContainText("Console, 1 webhook");
  await expect(row).toContainText("Enabled");
  await expect(page.getByRole("table", { name: /Alert history of Shared port/ })).toContainText(
    "No state changes yet.",
  );
  await expect(page.getByRole("table", { name: /Webhook deliveries of Shared port/ })).toContainText(
    "No webhook deliveries yet.",
  );

  await row.getByRole("button", { name: "Disable e2e inbound high" }).click();
  await page.getByRole("dialog", { name: "Disable Alert Rule" }).getByRole("button", { name: "OK" }).click();
  await expect(row).toContainText("Disabled");
  await row.getByRole("button", { name: "Delete e2e inbound high" }).click();
  await page.getByRole("dialog", { name: "Delete Alert Rule" }).getByRole("button", { name: "OK" }).click();
  await expect(rules).toContainText("No alert rules yet.");
});

test("a partner alerts on its circuit; a link-down rule on a port needs no threshold", async ({ page }) => {
  test.setTimeout(90_000);
  await logOn(page, USERS.unicom.email);
  await openAlertsTab(page, detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
  await page.getByRole("button", { name: `Create Alert Rule for Circuit ${CIRCUITS.unicomHz01}` }).click();
  const dialog = page.getByRole("dialog", { name: "Create Alert Rule" });
  await dialog.getByLabel("Rule Name").fill("e2e circuit busy");
  await dialog.getByLabel("Threshold").fill("9000000000");
  await dialog.getByRole("button", { name: "Create" }).click();
  await page
    .getByRole("dialog", { name: "Webhook Signing Secret" })
    .getByRole("button", { name: "Done" })
    .click();
  const circuitRules = page.getByRole("table", { name: `Alert rules of Circuit ${CIRCUITS.unicomHz01}` });
  await expect(rowOf(circuitRules, "e2e circuit busy")).toContainText("Insufficient Data");

  await openAlertsTab(page, detailUrl(HZ, idOf("sharedPort", SHARED_PORTS.acmeHzProd)));
  await page
    .getByRole("button", { name: `Create Alert Rule for Shared port ${SHARED_PORTS.acmeHzProd}` })
    .click();
  const link = page.getByRole("dialog", { name: "Create Alert Rule" });
  await link.getByLabel("Rule Name").fill("e2e link down");
  await link.getByLabel("Metric").selectOption({ label: "Link state: link down (PortLinkStatus)" });
  await expect(link.getByLabel("Threshold")).toHaveCount(0);
  await link.getByRole("button", { name: "Create" }).click();
  await page
    .getByRole("dialog", { name: "Webhook Signing Secret" })
    .getByRole("button", { name: "Done" })
    .click();
  const portRules = page.getByRole("table", {
    name: `Alert rules of Shared port ${SHARED_PORTS.acmeHzProd}`,
  });
  await expect(rowOf(portRules, "e2e link down")).toContainText("Minimum < 1");
});
