import type { Page } from "@playwright/test";
import { HOSTILE_CALLBACK_URLS } from "../lib/security/callback-url.cases";
import { expect, fillLogOnForm, listUrl, logOn, PASSWORD, REGIONS, test, USERS } from "./fixtures";

const INCORRECT = "Incorrect email or password.";

test.describe("log on and log out", () => {
  test("an anonymous visitor of a console page is sent to the login page", async ({ page }) => {
    await page.goto(listUrl(REGIONS.hangzhou.id));
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    const callbackUrl = new URL(page.url()).searchParams.get("callbackUrl");
    expect(callbackUrl).toContain("/cn-hangzhou/physical-connection");
    await expect(page.getByRole("button", { name: "Log on", exact: true })).toBeVisible();
  });

  test("the root page sends an anonymous visitor to the login page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login(\?|$)/);
  });

  test("a wrong password shows the generic message and stays on the login page", async ({ page }) => {
    await page.goto("/login");
    await fillLogOnForm(page, USERS.acme.email, "not-the-password");
    await expect(page.getByText(INCORRECT, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/login(\?|$)/);
    await expect(page.getByRole("heading", { name: "Physical Connection" })).toHaveCount(0);
  });

  test("an unknown email shows the same generic message", async ({ page }) => {
    await page.goto("/login");
    await fillLogOnForm(page, "nobody@tenant.example", PASSWORD);
    await expect(page.getByText(INCORRECT, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/login(\?|$)/);
  });

  test("logging on returns to the page asked for", async ({ page }) => {
    await page.goto(listUrl(REGIONS.beijing.id));
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await logOn(page, USERS.unicom.email, /\/cn-beijing\/physical-connection(\?.*)?$/);
  });

  test("logging out ends the session", async ({ page }) => {
    await logOn(page, USERS.acme.email);
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Log out" }).click();
    await expect(page).toHaveURL(/\/login(\?|$)/);

    await page.goto(listUrl(REGIONS.hangzhou.id));
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  });
});

// A hostile ?callbackUrl= must never take the browser off this site, whether the user logs on through
// the form or is already logged on, and must never make the login page fail.
test.describe("the destination after log on stays on this site", () => {
  /** Fails the test on any request to another host, and on any 5xx answer. */
  function watchOffSite(page: Page, origin: string) {
    const offSite: string[] = [];
    const failures: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== origin) offSite.push(request.url());
    });
    page.on("response", (response) => {
      if (response.status() >= 500) failures.push(`${response.status()} ${response.url()}`);
    });
    return { offSite, failures };
  }

  const login = (value: string) => `/login?callbackUrl=${encodeURIComponent(value)}`;

  test("through the log-on form", async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const origin = new URL(baseURL ?? "").origin;
    const watch = watchOffSite(page, origin);
    for (const value of [
      "//evil.example",
      "/\t/evil.example",
      "/..//evil.example",
      "https://evil.example/",
    ]) {
      await page.context().clearCookies();
      await page.goto(login(value));
      await page.waitForLoadState("networkidle");
      await logOn(page, USERS.globex.email);
      expect(new URL(page.url()).origin, JSON.stringify(value)).toBe(origin);
    }
    expect(watch.offSite).toEqual([]);
    expect(watch.failures).toEqual([]);
  });

  test("for a user already logged on, with every hostile value", async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const origin = new URL(baseURL ?? "").origin;
    await logOn(page, USERS.globex.email);
    const watch = watchOffSite(page, origin);
    for (const value of [...HOSTILE_CALLBACK_URLS, "/cn-hangzhou/物理", "/cn-beijing/orders?x=%0d%0a"]) {
      await page.goto(login(value)).catch((error: Error) => watch.offSite.push(`${value}: ${error.message}`));
      expect(new URL(page.url()).origin, JSON.stringify(value)).toBe(origin);
    }
    expect(watch.offSite).toEqual([]);
    expect(watch.failures).toEqual([]);
  });
});
