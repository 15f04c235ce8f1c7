import type { Page, PlaywrightWorkerArgs } from "@playwright/test";
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
    await page.getByRole("menuitem", { name: "Log out", exact: true }).click();
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

// A session ends on the server: a copy of its cookie is worth nothing once its user logged out.
test.describe("sessions end on the server", () => {
  const SESSION_COOKIE = "authjs.session-token";

  async function sessionCookie(page: Page): Promise<string> {
    const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie, "a session cookie after log on").toBeTruthy();
    return cookie?.value ?? "";
  }

  /** What a stolen copy of the cookie still gets: the session endpoint and a console page. */
  async function replay(
    playwright: PlaywrightWorkerArgs["playwright"],
    baseURL: string | undefined,
    value: string,
  ) {
    const thief = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
    });
    try {
      const headers = { cookie: `${SESSION_COOKIE}=${value}` };
      const session = await thief.get("/api/auth/session", { headers });
      const renewed = (await session.headersArray()).some(
        (h) =>
          h.name.toLowerCase() === "set-cookie" &&
          h.value.startsWith(`${SESSION_COOKIE}=${value.slice(0, 8)}`),
      );
      const page = await thief.get(listUrl(REGIONS.hangzhou.id), { headers, maxRedirects: 0 });
      return {
        session: await session.json(),
        renewed,
        page: page.status(),
        location: page.headers().location ?? "",
      };
    } finally {
      await thief.dispose();
    }
  }

  test("after Log out, a copy of the old cookie neither opens the console nor renews itself", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await logOn(page, USERS.acme.email);
    const stolen = await sessionCookie(page);
    const before = await replay(playwright, baseURL, stolen);
    expect(before.session?.user?.email).toBe(USERS.acme.email);
    expect(before.page).toBe(200);

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Log out", exact: true }).click();
    await expect(page).toHaveURL(/\/login(\?|$)/);

    const after = await replay(playwright, baseURL, stolen);
    expect(after.session).toBeNull();
    expect(after.renewed).toBe(false);
    expect(after.page).toBe(307);
    expect(after.location).toMatch(/\/login\?callbackUrl=/);
  });

  test("Log out everywhere ends the user's sessions in every browser, and only that user's", async ({
    page,
    browser,
  }) => {
    const other = await browser.newContext();
    const bystander = await browser.newContext();
    try {
      const otherPage = await other.newPage();
      const bystanderPage = await bystander.newPage();
      await logOn(otherPage, USERS.initech.email);
      await logOn(bystanderPage, USERS.globex.email);
      await logOn(page, USERS.initech.email);

      await page.getByRole("button", { name: "Account menu" }).click();
      await page.getByRole("menuitem", { name: "Log out everywhere" }).click();
      await expect(page).toHaveURL(/\/login(\?|$)/);

      await otherPage.goto(listUrl(REGIONS.hangzhou.id));
      await expect(otherPage).toHaveURL(/\/login\?callbackUrl=/);
      await bystanderPage.goto(listUrl(REGIONS.hangzhou.id));
      await expect(
        bystanderPage.getByRole("heading", { level: 1, name: "Physical Connection" }),
      ).toBeVisible();
    } finally {
      await other.close();
      await bystander.close();
    }
  });
});
