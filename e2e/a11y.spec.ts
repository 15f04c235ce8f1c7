import type { Page } from "@playwright/test";
import { CIRCUITS, detailUrl, expect, idOf, logOn, REGIONS, test, USERS } from "./fixtures";

/** Every visible form field and button on the page has a non-empty accessible name. */
async function expectNamedControls(page: Page, minFields: number): Promise<void> {
  const fields = [];
  for (const field of await page.locator("input, select, textarea").all()) {
    if (await field.isVisible()) fields.push(field);
  }
  expect(fields.length, "visible form fields").toBeGreaterThanOrEqual(minFields);
  for (const field of fields) {
    const html = await field.evaluate((el) => el.outerHTML.slice(0, 200));
    await expect(field, `accessible name of ${html}`).toHaveAccessibleName(/\S/);
  }
  for (const button of await page.getByRole("button").all()) {
    if (!(await button.isVisible())) continue;
    const html = await button.evaluate((el) => el.outerHTML.slice(0, 200));
    await expect(button, `accessible name of ${html}`).toHaveAccessibleName(/\S/);
  }
}

test("the login page names every field", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Log on", exact: true })).toBeVisible();
  await expectNamedControls(page, 2);
});

test("the partner's list page names every field", async ({ page }) => {
  await logOn(page, USERS.unicom.email);
  await expect(page.getByRole("table")).toBeVisible();
  // Region, Language, Search and Status at least.
  await expectNamedControls(page, 4);
});

test("the tenant's list page names every field", async ({ page }) => {
  await logOn(page, USERS.acme.email);
  await expect(page.getByRole("table")).toBeVisible();
  await expectNamedControls(page, 4);
});

test("a circuit's page names every field", async ({ page }) => {
  await logOn(page, USERS.unicom.email);
  await page.goto(detailUrl(REGIONS.hangzhou.id, idOf("circuit", CIRCUITS.unicomHz01)));
  await expect(page.getByRole("heading", { level: 1, name: CIRCUITS.unicomHz01 })).toBeVisible();
  await expectNamedControls(page, 2);
});
