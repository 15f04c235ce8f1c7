import type { Browser } from "@playwright/test";
import { expect, listUrl, logOn, REGIONS, test, USERS } from "./fixtures";

const HEADING_EN = "Physical Connection";
const HEADING_ZH = "物理专线";

/**
 * A session of `email`, logged on in an en-US browser, carrying only the session cookies: a
 * language cookie, if one were set at log on, would hide what Accept-Language alone does.
 */
async function sessionOnly(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  try {
    await logOn(await context.newPage(), email);
    const state = await context.storageState();
    const cookies = state.cookies.filter((c) => /auth/i.test(c.name));
    expect(cookies.length, "session cookies after log on").toBeGreaterThan(0);
    return { cookies, origins: [] };
  } finally {
    await context.close();
  }
}

test("switching the language to Chinese persists across a reload", async ({ page }) => {
  await logOn(page, USERS.globex.email);
  const language = page.getByRole("combobox", { name: "Language" });
  await expect(language).toBeVisible();
  await language.selectOption({ label: "简体中文" });
  await expect(page.getByRole("heading", { level: 1, name: HEADING_ZH })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: HEADING_ZH })).toBeVisible();

  // Back to English, so a preference stored per user leaves the other specs as they expect.
  await page.getByRole("combobox", { name: /Language|语言/ }).selectOption({ label: "English" });
  await expect(page.getByRole("heading", { level: 1, name: HEADING_EN })).toBeVisible();
});

for (const { locale, heading } of [
  { locale: "zh-CN", heading: HEADING_ZH },
  { locale: "en-US", heading: HEADING_EN },
]) {
  test(`a browser asking for ${locale} gets the console in that language`, async ({ browser, baseURL }) => {
    if (!baseURL) throw new Error("baseURL is not configured");
    const storageState = await sessionOnly(browser, baseURL, USERS.acme.email);
    const context = await browser.newContext({ baseURL, locale, storageState });
    try {
      const page = await context.newPage();
      await page.goto(listUrl(REGIONS.hangzhou.id));
      await expect(page).toHaveURL(/\/cn-hangzhou\/physical-connection(\?.*)?$/);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    } finally {
      await context.close();
    }
  });
}
