import type { Page } from "@playwright/test";
import {
  CIRCUITS,
  dataRows,
  detailUrl,
  expect,
  idOf,
  listUrl,
  logOn,
  moreAction,
  REGIONS,
  rowOf,
  SHARED_PORTS,
  test,
  USERS,
} from "./fixtures";

const HZ = REGIONS.hangzhou.id;

async function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test.describe("the partner's shared-port table", () => {
  for (const width of [1440, 1280]) {
    test(`fits at ${width} px: no sideways page scroll, rows one line high, secondary actions under More`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await logOn(page, USERS.unicom.email);
      await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
      const table = page.getByRole("table", { name: "Shared ports on this circuit" });
      await expect(dataRows(table)).toHaveCount(2);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
      for (const row of await dataRows(table).all()) {
        const box = await row.boundingBox();
        expect(box?.height, "row height").toBeLessThanOrEqual(56);
        // The last column, Actions, is on screen without scrolling.
        const more = row.getByRole("button", { name: /^More actions for/ });
        const moreBox = await more.boundingBox();
        expect((moreBox?.x ?? Number.POSITIVE_INFINITY) + (moreBox?.width ?? 0)).toBeLessThanOrEqual(width);
      }

      const row = rowOf(table, SHARED_PORTS.acmeHzProd);
      await expect(row.getByRole("button", { name: `Edit ${SHARED_PORTS.acmeHzProd}` })).toBeVisible();
      await expect(
        row.getByRole("button", { name: `Copy ${idOf("sharedPort", SHARED_PORTS.acmeHzProd)}` }),
      ).toBeVisible();
      // Disable and Delete are refused while the tenant's VBR is on the port, and say why in the menu.
      const disable = await moreAction(row, `Disable ${SHARED_PORTS.acmeHzProd}`);
      await expect(disable).toHaveAttribute("aria-disabled", "true");
      await expect(disable).toHaveAccessibleDescription(/\S/);
      const menu = page.getByRole("menu");
      await expect(menu.getByRole("menuitem")).toHaveText([/^Disable/, /^Recover/, /^Delete/]);
      await page.keyboard.press("Escape");
      await expect(menu).toBeHidden();
      await expect(row.getByRole("button", { name: /^More actions for/ })).toBeFocused();
    });
  }
});

test("a shared port's page shows everything entered and offers the row's actions with the same reasons", async ({
  page,
}) => {
  await logOn(page, USERS.unicom.email);
  await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
  const row = rowOf(
    page.getByRole("table", { name: "Shared ports on this circuit" }),
    SHARED_PORTS.acmeHzProd,
  );
  const name = SHARED_PORTS.acmeHzProd;
  const rowReason = await (await moreAction(row, `Delete ${name}`)).getAttribute("aria-describedby");
  const rowReasonText = rowReason ? await page.locator(`[id="${rowReason}"]`).innerText() : "";
  expect(rowReasonText).not.toBe("");
  await page.keyboard.press("Escape");

  await page.goto(detailUrl(HZ, idOf("sharedPort", name)));
  const details = page.getByRole("region", { name: "Basic information" });
  for (const label of ["Description", "Tags", "Resource Group", "Created At", "Expires At"]) {
    await expect(details.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("button", { name: `Edit ${name}` })).toBeVisible();
  const remove = await moreAction(page.locator("main"), `Delete ${name}`);
  await expect(remove).toHaveAttribute("aria-disabled", "true");
  await expect(remove).toHaveAccessibleDescription(rowReasonText);
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const user of [USERS.unicom, USERS.acme]) {
    test(`${user.name}: the sidebar is a menu, the header fits, tables scroll in their own box`, async ({
      page,
    }) => {
      await logOn(page, user.email);
      const urls = [listUrl(HZ), `/${HZ}/orders`, detailUrl(HZ, idOf("sharedPort", SHARED_PORTS.acmeHzProd))];
      if (user === USERS.unicom) urls.push(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
      for (const url of urls) {
        await page.goto(url);
        await expect(page.locator("main h1").first()).toBeVisible();
        expect(await pageScrollWidth(page), url).toBeLessThanOrEqual(390);
        const account = page.getByRole("button", { name: /Account menu/ });
        const box = await account.boundingBox();
        expect((box?.x ?? 999) + (box?.width ?? 0), "account menu on screen").toBeLessThanOrEqual(390);
      }
      await expect(page.getByRole("link", { name: "Orders" })).toBeHidden();
      await page.getByRole("button", { name: "Menu", exact: true }).click();
      const menu = page.getByRole("dialog", { name: "Menu" });
      await menu.getByRole("link", { name: "Orders" }).click();
      await expect(page).toHaveURL(new RegExp(`/${HZ}/orders`));
      await expect(menu).toBeHidden();
    });
  }

  test("a dialog fits the screen", async ({ page }) => {
    await logOn(page, USERS.unicom.email);
    await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
    await page.getByRole("button", { name: "Create Shared Port" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(390);
    expect((box?.y ?? 0) + (box?.height ?? 999)).toBeLessThanOrEqual(844);
  });
});

for (const { timezoneId, offset } of [
  { timezoneId: "Asia/Shanghai", offset: "UTC+8" },
  { timezoneId: "America/New_York", offset: "UTC-5" },
]) {
  test(`times render in the viewer's zone (${timezoneId}) with its offset and the instant on hover`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, timezoneId, locale: "en-US" });
    const page = await context.newPage();
    await logOn(page, USERS.unicom.email);
    await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
    const row = rowOf(
      page.getByRole("table", { name: "Shared ports on this circuit" }),
      SHARED_PORTS.acmeHzProd,
    );
    const created = row.locator("time").first();
    await expect(created).toContainText(offset);
    const iso = await created.getAttribute("datetime");
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await expect(created).toHaveAttribute("title", iso ?? "");
    // The shown wall-clock time is that instant in the viewer's zone.
    const expected = new Intl.DateTimeFormat("en-US", {
      timeZone: timezoneId,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(new Date(iso ?? ""));
    await expect(created).toContainText(`${expected} ${offset}`);
    await context.close();
  });
}

test("resources in another region are not invisible: the list names the region that holds them", async ({
  page,
}) => {
  await logOn(page, USERS.equinix.email);
  const hint = page.getByRole("region", { name: "In other regions" });
  await expect(hint).toContainText(`${REGIONS.virginia.name} (2)`);
  await hint.getByRole("link", { name: REGIONS.virginia.name }).click();
  await expect(page).toHaveURL(new RegExp(`/${REGIONS.virginia.id}/physical-connection`));
  await expect(dataRows(page.getByRole("table"))).toHaveCount(2);
  // Nothing of Equinix's is left elsewhere, so Virginia names no other region.
  await expect(page.getByRole("region", { name: "In other regions" })).toHaveCount(0);
});

test("accessible names start with the visible label", async ({ page }) => {
  await logOn(page, USERS.globex.email);
  await expect(page.getByRole("button", { name: "Globex Account menu", exact: true })).toBeVisible();
  const physicalConnection = page
    .getByRole("navigation", { name: "Express Connect" })
    .getByRole("link")
    .first();
  await expect(physicalConnection).toHaveAccessibleName(
    "Physical Connection 1 shared port waiting for acceptance",
  );
  // The badge stays on one line beside the label.
  const badge = physicalConnection.locator("span").first();
  expect((await badge.boundingBox())?.height ?? 99).toBeLessThan(24);
});

test("the account menu shows the Account ID and copies it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await logOn(page, USERS.acme.email);
  await page.getByRole("button", { name: "Acme Account menu" }).click();
  const menu = page.getByRole("menu");
  await expect(menu).toContainText(USERS.acme.uid);
  await menu.getByRole("menuitem", { name: "Copy Account ID" }).click();
  await expect(menu.getByRole("menuitem", { name: "Account ID copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(USERS.acme.uid);
});

test("the tenant creates its VBR on the shared port's VBR tab; the Operation Log is the other tab", async ({
  page,
}) => {
  await logOn(page, USERS.acme.email);
  await page.goto(detailUrl(HZ, idOf("sharedPort", SHARED_PORTS.acmeHzBackup)));
  const tabs = page.getByRole("tablist", { name: "Shared port tabs" });
  await expect(tabs.getByRole("tab", { name: "VBR" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("button", { name: /^Create VBR/ })).toBeVisible();
  await tabs.getByRole("tab", { name: "Operation Log" }).click();
  await expect(page).toHaveURL(/[?&]tab=log(&|$)/);
  await expect(page.getByRole("table", { name: "Operation Log" })).toBeVisible();
});
