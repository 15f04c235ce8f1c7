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
import { legacyVbr, logOut } from "./tenant-helpers";

const HZ = REGIONS.hangzhou.id;
// The demo traffic generator pushes a day of history for every live port when the server starts.
const GENERATOR_MS = 90_000;
const ROLLUP_MS = 120_000;

/** The Monitoring tab of a shared port or circuit, once the generator's history has arrived. */
async function openMonitoring(page: Page, id: string, caption: RegExp): Promise<void> {
  await page.goto(detailUrl(HZ, id));
  await page.getByRole("tab", { name: "Monitoring" }).click();
  await expect(page.getByRole("tab", { name: "Monitoring" })).toHaveAttribute("aria-selected", "true");
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("figure", { name: caption })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: GENERATOR_MS });
}

// Several log-ons, and waits for the generator and the roll-up job, on a machine that may be busy.
test.describe.configure({ timeout: 240_000 });

test.describe("Monitoring", () => {
  test("a tenant's port shows the generator's traffic, ranges switch, hover shows units, an empty range says so", async ({
    page,
  }) => {
    await logOn(page, USERS.acme.email);
    const port = idOf("sharedPort", SHARED_PORTS.acmeHzProd);
    await openMonitoring(page, port, /^Bandwidth of Shared port acme-hz-prod/);
    const range = page.getByRole("group", { name: "Time range" });
    await expect(range.getByRole("button", { name: "1 hour" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText("Refreshes every minute")).toBeVisible();
    for (const name of [
      /^Bandwidth of/,
      /^Utilisation of .*: the busier direction as a percentage of 1\.00 Gbps$/,
      /^Packet rate of/,
      /^Dropped packets of/,
      /^Bytes of/,
    ]) {
      await expect(page.getByRole("figure", { name })).toBeVisible();
    }
    const latest = page.getByRole("table", { name: "Latest values" });
    await expect(latest.getByRole("row", { name: /^Bandwidth/ })).toContainText(/\d [KMG]?bps/);
    await expect(latest.getByRole("row", { name: /^Utilisation/ })).toContainText(/\d%/);

    // Hovering a chart shows each line's value with its unit.
    const bandwidth = page.getByRole("figure", { name: /^Bandwidth of/ });
    await bandwidth.locator(".u-over").hover({ position: { x: 200, y: 50 } });
    await expect(bandwidth.getByRole("row", { name: /^Outbound \(to IDC\)/ })).toContainText(/\d [KMG]?bps/);

    // Longer ranges read the 5-minute rollups, which the roll-up job makes a minute after a push.
    await expect(async () => {
      await range.getByRole("button", { name: "1 hour" }).click();
      await range.getByRole("button", { name: "7 days" }).click();
      await expect(range.getByRole("button", { name: "7 days" })).toHaveAttribute("aria-pressed", "true");
      await expect(page.getByRole("figure", { name: /15 minutes per point/ })).toBeVisible({
        timeout: 5_000,
      });
    }).toPass({ timeout: ROLLUP_MS });
    await expect(page.getByText("Refreshes every minute")).toBeHidden();

    // A custom range before the generator's history: nothing was reported.
    await range.getByRole("button", { name: "Custom" }).click();
    const day = 24 * 3_600_000;
    const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    await page.getByRole("textbox", { name: "From", exact: true }).fill(local(Date.now() - 5 * day));
    await page.getByRole("textbox", { name: "To", exact: true }).fill(local(Date.now() - 4 * day));
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByText("No data was reported in this time range.")).toBeVisible();

    // The VBR on the port is charted on the same tab.
    await range.getByRole("button", { name: "1 day" }).click();
    await page.getByLabel("Instance").selectOption({ label: "VBR acme-vbr-prod" });
    await expect(page.getByRole("figure", { name: /^Bandwidth of VBR acme-vbr-prod/ })).toBeVisible();

    // The month's outbound data transfer so far, on the port's page.
    const usage = page.getByRole("term").filter({ hasText: "Outbound data transfer this month" });
    await expect(usage.locator("xpath=following-sibling::dd")).toContainText(
      / bytes\) in \d{4}-\d{2} so far, /,
    );
  });

  test("a partner's circuit sums its ports against capacity, and its port table shows utilisation", async ({
    page,
  }) => {
    await logOn(page, USERS.unicom.email);
    const circuit = idOf("circuit", CIRCUITS.unicomHz01);
    await openMonitoring(page, circuit, /^Bandwidth of Circuit unicom-hz-01/);
    await expect(
      page.getByRole("figure", { name: "Outbound bandwidth of each shared port on the circuit" }),
    ).toContainText("acme-hz-prod");
    await expect(page.getByRole("figure", { name: /^Bandwidth of Circuit/ })).toContainText("Capacity");

    await page.getByRole("tab", { name: "Shared Physical Connection" }).click();
    const table = page.getByRole("table", { name: "Shared ports on this circuit" });
    await expect(table.getByRole("columnheader", { name: "Utilisation (15 min)" })).toBeVisible();
    await expect(rowOf(table, SHARED_PORTS.acmeHzProd)).toContainText(/\d+(\.\d+)?%/);
  });

  test("a port with nothing reported says so", async ({ page }) => {
    await logOn(page, USERS.globex.email);
    await page.goto(`${detailUrl(HZ, idOf("sharedPort", SHARED_PORTS.globexOffer))}?tab=monitoring`);
    await expect(page.getByText("No data was reported in this time range.")).toBeVisible();
  });
});

test.describe("Outbound data transfer billing", () => {
  test("a transform waits for the tenant's switch, which the tenant turns on in Orders", async ({ page }) => {
    const vbrName = "monitoring-legacy-vbr";
    legacyVbr(USERS.globex.uid, vbrName, 2950);
    const billingSwitch = page.getByRole("switch", { name: "Outbound data transfer billing" });

    await logOn(page, USERS.globex.email);
    await page.goto(`/${HZ}/orders`);
    await expect(billingSwitch).toHaveAttribute("aria-checked", "true");
    await billingSwitch.click();
    await expect(page.getByText("Outbound data transfer billing is disabled.")).toBeVisible();
    await expect(billingSwitch).toHaveAttribute("aria-checked", "false");
    await logOut(page);

    await logOn(page, USERS.unicom.email);
    await page.goto(`${detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz02))}?tab=vbr`);
    const row = rowOf(page.getByRole("table", { name: "VBRs on this circuit" }), vbrName);
    await row.getByRole("button", { name: `Transform ${vbrName} to Shared Port` }).click();
    const dialog = page.getByRole("dialog", { name: "Transform to Shared Port" });
    await dialog.getByRole("button", { name: "OK" }).click();
    await expect(
      dialog.getByText(
        "The tenant has not enabled billing for outbound data transfer yet. Ask the tenant to enable it, then try again.",
      ),
    ).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await logOut(page);

    await logOn(page, USERS.globex.email);
    await page.goto(`/${HZ}/orders`);
    await billingSwitch.click();
    await expect(page.getByText("Outbound data transfer billing is enabled.")).toBeVisible();
    await expect(billingSwitch).toHaveAttribute("aria-checked", "true");
    await logOut(page);

    await logOn(page, USERS.unicom.email);
    await page.goto(`${detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz02))}?tab=vbr`);
    await row.getByRole("button", { name: `Transform ${vbrName} to Shared Port` }).click();
    await dialog.getByRole("button", { name: "OK" }).click();
    await expect(
      page.getByText(new RegExp(`created from ${vbrName}: waiting for the tenant to accept`)),
    ).toBeVisible();
  });
});
