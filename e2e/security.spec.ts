// Web security: response headers and the CSP in a real browser, session cookie
// attributes over http and behind https, log-on throttling, no secret or other account's data in any
// page or script, and output escaping of user-supplied names and descriptions.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type {
  APIRequestContext,
  APIResponse,
  Browser,
  Page,
  PlaywrightWorkerArgs,
  Response,
} from "@playwright/test";
import { openDb } from "../db/client";
import { ensureDemoAccessKeys } from "../lib/server/access-keys";
import { openSecret } from "../lib/server/access-keys/secret-box";
import { popClient, popRefusal } from "../lib/server/api/pop-client";
import { sdkClient, vpc } from "../lib/server/api/sdk-client";
import {
  confirmPhysicalConnection,
  createPhysicalConnectionOccupancyOrder,
  createVirtualBorderRouter,
  deletePhysicalConnection,
  deleteVirtualBorderRouter,
  describeVirtualBorderRouters,
} from "../lib/server/operations";
import config from "../playwright.config";
import {
  CIRCUITS,
  detailUrl,
  expect,
  idOf,
  listUrl,
  logOn,
  PASSWORD,
  REGIONS,
  SHARED_PORTS,
  test,
  USERS,
} from "./fixtures";
import { runAs } from "./run-operation";

const HZ = REGIONS.hangzhou.id;
const ALL_REGIONS = Object.values(REGIONS).map((r) => r.id);

function e2eDatabase(): string {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set: run the tests through playwright.config.ts");
  return file;
}

// ---- Headers ------------------------------------------------------------------------------------

const CSP_HTTP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; media-src 'none'; object-src 'none'; " +
  "frame-src 'none'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; " +
  "frame-ancestors 'none'";

const SECURITY_HEADERS = {
  "content-security-policy": CSP_HTTP,
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

const NONCE_SOURCES = /'self' 'nonce-([A-Za-z0-9+/=_-]+)' 'strict-dynamic'/;

/**
 * A page's policy with its per-request script nonce (set by proxy.ts: lib/security/headers.mjs) written
 * as the other responses' plain 'self', so one expectation covers both.
 */
function withoutNonce(csp: string | undefined): string | undefined {
  return csp?.replace(NONCE_SOURCES, "'self'");
}

function nonceOf(csp: string | undefined): string | undefined {
  return csp ? NONCE_SOURCES.exec(csp)?.[1] : undefined;
}

function expectSecurityHeaders(response: APIResponse | Response, what: string) {
  const headers = { ...response.headers() };
  headers["content-security-policy"] = withoutNonce(headers["content-security-policy"]) ?? "";
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name], `${name} of ${what}`).toBe(value);
  }
}

test.describe("security headers", () => {
  test("every kind of response carries them; HSTS and upgrade-insecure-requests only behind https", async ({
    request,
  }) => {
    const login = await request.get("/login");
    expect(login.status()).toBe(200);
    expectSecurityHeaders(login, "GET /login");
    expect(login.headers()["strict-transport-security"]).toBeUndefined();

    const html = await login.text();
    // A page's policy carries a fresh nonce, and every script Next writes into the page carries it.
    const nonce = nonceOf(login.headers()["content-security-policy"]);
    expect(nonce, "a script nonce in the policy of GET /login").toBeTruthy();
    expect(nonceOf((await request.get("/login")).headers()["content-security-policy"])).not.toBe(nonce);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, "scripts in /login").toBeGreaterThan(1);
    for (const tag of scripts)
      expect(tag, "every script tag carries the nonce").toContain(`nonce="${nonce}"`);
    const chunk = html.match(/\/_next\/static\/[^"'\s]+?\.js/)?.[0];
    expect(chunk, "a script chunk referenced by /login").toBeTruthy();
    expectSecurityHeaders(await request.get(chunk as string), chunk as string);
    expectSecurityHeaders(await request.get("/api/health"), "GET /api/health");
    expectSecurityHeaders(await request.get("/no-such-page"), "a 404");

    const https = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(withoutNonce(https.headers()["content-security-policy"])).toBe(
      `${CSP_HTTP}; upgrade-insecure-requests`,
    );
    expect(https.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(https.headers()["x-frame-options"]).toBe("DENY");
  });

  test("the Express Connect API on POST / still answers JSON, and the official SDK works", async ({
    request,
    baseURL,
  }) => {
    const unsigned = await request.post("/", {
      form: { Action: "DescribeRegions", Version: "2016-04-28", Format: "JSON" },
    });
    expect(unsigned.headers()["content-type"]).toMatch(/^application\/json/);
    const body = (await unsigned.json()) as { Code?: string; RequestId?: string };
    expect(body.Code, "an API error code").toBeTruthy();
    expect(body.RequestId).toBeTruthy();

    const db = openDb(e2eDatabase());
    let key: { accessKeyId: string; accessKeySecret: string } | undefined;
    try {
      key = (await ensureDemoAccessKeys(db)).find((k) => k.accountUid === USERS.unicom.uid);
    } finally {
      db.$client.close();
    }
    if (!key) throw new Error("no demo AccessKey for China Unicom");
    const client = sdkClient(new URL(baseURL as string).host, key);
    const regions = await client.describeRegions(new vpc.DescribeRegionsRequest({ acceptLanguage: "en-US" }));
    expect(regions.body?.regions?.region?.map((r) => r.regionId)).toEqual(
      expect.arrayContaining(ALL_REGIONS),
    );
  });
});

test.describe("every request that looks like an API call gets the API's envelope, never a page or a redirect", () => {
  test("an empty Action, alone or with the rest of the envelope, is MissingParameter", async ({
    request,
  }) => {
    for (const url of ["/?Action=", "/?Action=&Version=2016-04-28", "/?Action=&Format=JSON"]) {
      const answer = await request.post(url, { maxRedirects: 0 });
      expect(answer.status(), url).toBe(400);
      expect(answer.headers()["content-type"], url).toMatch(/^application\/(xml|json);charset=utf-8$/);
      expect(await answer.text(), url).toContain("MissingParameter");
    }
    const json = await request.post("/?Action=&Format=JSON", { maxRedirects: 0 });
    expect(((await json.json()) as { Code: string }).Code).toBe("MissingParameter");
  });

  test("a signing header or envelope parameter alone reaches the API", async ({ request }) => {
    for (const [url, headers] of [
      ["/?Version=2016-04-28", {}],
      ["/?SignatureNonce=x", {}],
      ["/", { "x-acs-version": "2016-04-28" }],
      ["/", { "x-acs-signature-nonce": "x" }],
    ] as const) {
      const answer = await request.post(url, { headers, maxRedirects: 0 });
      expect(answer.status(), `${url} ${JSON.stringify(headers)}`).toBe(400);
      expect(await answer.text()).toContain("<Code>MissingParameter</Code>");
    }
  });

  test("the API's own path answers with or without a trailing slash; pages still drop theirs", async ({
    request,
  }) => {
    for (const url of [
      "/api/rpc/?Action=DescribeRegions&Format=JSON",
      "/api/rpc?Action=DescribeRegions&Format=JSON",
    ]) {
      const answer = await request.post(url, { maxRedirects: 0 });
      expect(answer.status(), url).toBe(400);
      expect(((await answer.json()) as { Code: string }).Code, url).toBe("MissingParameter");
    }
    const page = await request.get("/login/", { maxRedirects: 0 });
    expect([page.status(), page.headers().location]).toEqual([308, "/login"]);
  });

  test("the official SDK and pop-core work with an endpoint that names /api/rpc", async ({ baseURL }) => {
    const db = openDb(e2eDatabase());
    let key: { accessKeyId: string; accessKeySecret: string } | undefined;
    try {
      key = (await ensureDemoAccessKeys(db)).find((k) => k.accountUid === USERS.unicom.uid);
    } finally {
      db.$client.close();
    }
    if (!key) throw new Error("no demo AccessKey for China Unicom");
    const host = new URL(baseURL as string).host;
    for (const scheme of ["ACS3", "v2"] as const) {
      const client = sdkClient(`${host}/api/rpc`, key, scheme);
      const regions = await client.describeRegions(new vpc.DescribeRegionsRequest({}));
      expect(
        regions.body?.regions?.region?.map((r) => r.regionId),
        scheme,
      ).toEqual(expect.arrayContaining(ALL_REGIONS));
    }
    const pop = popClient(`${baseURL}/api/rpc`, key);
    for (const method of ["GET", "POST"] as const) {
      const regions = await pop.request<{ Regions: { Region: unknown[] } }>(
        "DescribeRegions",
        {},
        { method },
      );
      expect(regions.Regions.Region.length, method).toBe(ALL_REGIONS.length);
      expect((await popRefusal(pop.request("", {}, { method }))).code, method).toBe("MissingParameter");
    }
  });
});

// ---- CSP in the browser -------------------------------------------------------------------------

const SECURITY_CONSOLE = /Content[- ]Security[- ]Policy|Refused to |Permissions[- ]Policy|Cross-Origin/i;

/** Collects CSP violations (events and console reports) and page errors of one page. */
function watchSecurity(page: Page) {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (SECURITY_CONSOLE.test(msg.text())) problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  async function collect(where: string) {
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __cspViolations?: string[] };
      const found = w.__cspViolations ?? [];
      w.__cspViolations = [];
      return found;
    });
    for (const v of seen) problems.push(`${where}: ${v}`);
  }
  return {
    problems,
    collect,
    async visit(url: string) {
      const response = await page.goto(url);
      expect(withoutNonce(response?.headers()["content-security-policy"]), `CSP of ${url}`).toBe(CSP_HTTP);
      await page.waitForLoadState("networkidle");
      await collect(url);
    },
  };
}

test.describe("Content-Security-Policy in Chromium", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        w.__cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
  });

  test("the partner's pages and dialogs run without a single violation", async ({ page }) => {
    test.setTimeout(90_000);
    const watch = watchSecurity(page);
    await watch.visit("/login");
    await logOn(page, USERS.unicom.email);
    await watch.collect("after log on");

    await watch.visit(listUrl(HZ));
    await page.getByRole("button", { name: `Create Shared Port on ${CIRCUITS.unicomHz01}` }).click();
    await expect(page.getByRole("dialog", { name: "Create Shared Port" })).toBeVisible();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Account menu" }).click();
    await expect(page.getByRole("menuitem", { name: "Log out", exact: true })).toBeVisible();
    await page.keyboard.press("Escape");
    await watch.collect("list dialogs");

    await watch.visit(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
    await watch.visit(detailUrl(HZ, idOf("sharedPort", SHARED_PORTS.acmeHzProd)));
    await watch.visit(`/${HZ}/orders`);
    await watch.visit(`/${HZ}/quota-center`);
    await watch.visit(listUrl(REGIONS.virginia.id));
    await page.goto(detailUrl(HZ, "pc-does-not-exist"));
    await page.waitForLoadState("networkidle");
    await watch.collect("404 page");

    // Client-side navigation (RSC fetches) under the policy too.
    await page.goto(listUrl(HZ));
    await page.getByRole("link", { name: "Quota Center" }).click();
    await expect(page.getByRole("heading", { name: "Express Connect privileges" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await watch.collect("client navigation");

    expect(watch.problems).toEqual([]);

    // The listener does see violations: an image from another origin is refused (by img-src, which
    // holds with and without a script nonce; 'strict-dynamic' would trust a script added from here).
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.src = "https://attacker.example/x.png";
      document.body.append(img);
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))
      .toEqual([expect.stringMatching(/^img-src blocked https:\/\/attacker\.example\/x\.png/)]);
  });

  test("an inline script injected into a page does not run, while the page's own scripts do", async ({
    page,
  }) => {
    await logOn(page, USERS.acme.email);
    // As if a stored value slipped past the escaping: an inline script and an inline event handler.
    const injected =
      '<script>window.__injected = 1</script><img src="/icon.svg" onload="window.__injected = 2">';
    await page.route(`**${listUrl(HZ)}`, async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", `${injected}</body>`);
      expect(html).toContain(injected);
      await route.fulfill({ response, body: html });
    });
    await page.goto(listUrl(HZ));
    await page.waitForLoadState("networkidle");
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: number }).__injected),
    ).toBeUndefined();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem blocked inline/),
          expect.stringMatching(/^script-src-attr blocked inline/),
        ]),
      );
    // Hydrated: the account menu, a client component, still opens.
    await page.getByRole("button", { name: "Account menu" }).click();
    await expect(page.getByRole("menuitem", { name: "Log out", exact: true })).toBeVisible();
  });

  test("the tenant's pages run without a single violation", async ({ page }) => {
    const watch = watchSecurity(page);
    await logOn(page, USERS.acme.email);
    await watch.visit(listUrl(HZ));
    await watch.visit(detailUrl(HZ, idOf("sharedPort", SHARED_PORTS.acmeHzProd)));
    await watch.visit(`/${HZ}/orders`);
    await page.getByRole("button", { name: "Account menu" }).click();
    await expect(page.getByRole("menuitem", { name: "Log out", exact: true })).toBeVisible();
    await page.keyboard.press("Escape");
    await watch.collect("account menu");
    expect(watch.problems).toEqual([]);
  });
});

// ---- Session cookies ----------------------------------------------------------------------------

type ParsedCookie = { name: string; value: string; attributes: Map<string, string> };

function parseSetCookie(line: string): ParsedCookie {
  const [pair = "", ...attrs] = line.split(";").map((part) => part.trim());
  const eq = pair.indexOf("=");
  const attributes = new Map<string, string>();
  for (const attr of attrs) {
    const i = attr.indexOf("=");
    attributes.set((i < 0 ? attr : attr.slice(0, i)).toLowerCase(), i < 0 ? "" : attr.slice(i + 1));
  }
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
}

async function setCookies(response: APIResponse | Response): Promise<ParsedCookie[]> {
  const lines =
    "headerValues" in response && typeof response.headerValues === "function"
      ? await response.headerValues("set-cookie")
      : (response as APIResponse)
          .headersArray()
          .filter((h) => h.name.toLowerCase() === "set-cookie")
          .map((h) => h.value);
  return lines.flatMap((l) => l.split("\n")).map(parseSetCookie);
}

function expectSessionCookie(cookies: ParsedCookie[], https: boolean) {
  const name = `${https ? "__Secure-" : ""}authjs.session-token`;
  const session = cookies.find((c) => c.name === name);
  expect(session, `${name} among ${cookies.map((c) => c.name).join(", ")}`).toBeTruthy();
  const a = (session as ParsedCookie).attributes;
  expect(a.has("httponly"), "HttpOnly").toBe(true);
  expect(a.get("samesite")?.toLowerCase(), "SameSite").toBe("lax");
  expect(a.get("path"), "Path").toBe("/");
  expect(a.has("secure"), "Secure").toBe(https);
  // No session cookie of the other scheme.
  expect(
    cookies.find((c) => c.name === (https ? "authjs.session-token" : "__Secure-authjs.session-token")),
  ).toBe(undefined);
}

/**
 * Fills the log-on form and returns the server action's response (the one that sets cookies), after
 * checking that the request carried what was typed.
 */
async function submitLogOn(page: Page, email: string, password: string): Promise<Response> {
  await page.getByLabel(/^(Email|邮箱)$/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
    page.getByRole("button", { name: /^(Log on|登录)$/ }).click(),
  ]);
  expect(response.request().postData() ?? "", "the log-on request carries the typed email").toContain(email);
  return response;
}

/**
 * A log-on that fails: waits until React has reset the form after the action (it clears uncontrolled
 * fields once the action settles), or the next attempt's typing could be wiped.
 */
async function failLogOn(page: Page, email: string, password: string): Promise<void> {
  await submitLogOn(page, email, password);
  await expect(page.getByLabel(/^(Password|密码)$/)).toHaveValue("");
}

/** Opens the login page and waits until it is hydrated, so the form posts through its server action. */
async function openLogin(page: Page): Promise<void> {
  await page.goto("/login");
  await page.waitForLoadState("networkidle");
}

type Playwright = PlaywrightWorkerArgs["playwright"];

/** A request context with an empty cookie jar: every cookie below is sent explicitly. */
async function freshRequest(playwright: Playwright, baseURL: string | undefined): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
}

/** An Auth.js CSRF token and its cookie, for POSTs to /api/auth/*. */
async function csrf(request: APIRequestContext, headers: Record<string, string>) {
  const res = await request.get("/api/auth/csrf", { headers });
  const cookies = await setCookies(res);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { csrfToken, cookies };
}

/** Log-on through Auth.js's own endpoint, POST /api/auth/callback/credentials, not the form. */
async function callbackCredentials(
  playwright: Playwright,
  baseURL: string | undefined,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const request = await freshRequest(playwright, baseURL);
  try {
    const token = await csrf(request, headers);
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { ...headers, cookie: token.cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
      form: { email, password, csrfToken: token.csrfToken, callbackUrl: "/" },
      maxRedirects: 0,
    });
    return {
      status: response.status(),
      location: response.headers().location ?? "",
      cookies: await setCookies(response),
    };
  } finally {
    await request.dispose();
  }
}

test.describe("session cookies", () => {
  test("over plain http the log-on form sets an HttpOnly, SameSite=Lax cookie without Secure", async ({
    page,
  }) => {
    await openLogin(page);
    const response = await submitLogOn(page, USERS.globex.email, PASSWORD);
    expectSessionCookie(await setCookies(response), false);
    await expect(page.getByRole("heading", { level: 1, name: "Physical Connection" })).toBeVisible();
    const stored = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
    expect(stored).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  });

  test("behind a TLS-terminating proxy (X-Forwarded-Proto: https) the form sets a __Secure- cookie with Secure", async ({
    page,
  }) => {
    await openLogin(page);
    // Only the log-on POST carries the proxy's header, as it would behind the proxy.
    await page.route("**/login", (route) =>
      route.request().method() === "POST"
        ? route.continue({ headers: { ...route.request().headers(), "x-forwarded-proto": "https" } })
        : route.continue(),
    );
    const response = await submitLogOn(page, USERS.globex.email, PASSWORD);
    expectSessionCookie(await setCookies(response), true);
  });

  test("the Auth.js endpoints follow the same rule, and the https session is honoured behind the proxy", async ({
    playwright,
    baseURL,
  }) => {
    const https = { "x-forwarded-proto": "https" };
    const request = await freshRequest(playwright, baseURL);
    try {
      const httpCsrf = (await csrf(request, {})).cookies.find((c) => c.name === "authjs.csrf-token");
      expect(httpCsrf?.attributes.has("httponly")).toBe(true);
      expect(httpCsrf?.attributes.has("secure")).toBe(false);
      const httpsCsrf = (await csrf(request, https)).cookies.find(
        (c) => c.name === "__Host-authjs.csrf-token",
      );
      expect(httpsCsrf?.attributes.has("httponly")).toBe(true);
      expect(httpsCsrf?.attributes.has("secure")).toBe(true);
    } finally {
      await request.dispose();
    }

    const plain = await callbackCredentials(playwright, baseURL, USERS.initech.email, PASSWORD);
    expect(plain.status).toBe(302);
    expectSessionCookie(plain.cookies, false);

    const secure = await callbackCredentials(playwright, baseURL, USERS.initech.email, PASSWORD, https);
    expect(secure.status).toBe(302);
    expectSessionCookie(secure.cookies, true);
    const session = secure.cookies.find((c) => c.name === "__Secure-authjs.session-token") as ParsedCookie;
    const console = await freshRequest(playwright, baseURL);
    try {
      const list = await console.get(listUrl(REGIONS.virginia.id), {
        headers: { ...https, cookie: `${session.name}=${session.value}` },
        maxRedirects: 0,
      });
      expect(list.status(), "the console behind https with the __Secure- session").toBe(200);
      expect(await list.text()).toContain(USERS.initech.uid);
    } finally {
      await console.dispose();
    }
  });
});

// ---- Log-on throttling --------------------------------------------------------------------------

// Every failed log-on of the whole e2e run comes from one address (127.0.0.1): 20 failures in 15
// minutes lock every log-on of the run. This file spends 5 of them; keep other tests' failed log-ons few.
const INCORRECT = "Incorrect email or password.";
const THROTTLED = /^Too many failed log-on attempts\. Try again in (\d+) minutes?\.$/;

test.describe("log-on throttling", () => {
  test("five failures lock the account with a clear message, in both languages and on the Auth.js endpoint", async ({
    page,
    browser,
    playwright,
    baseURL,
  }) => {
    // An address nobody owns: the lock must look the same as for a real account, and must not lock
    // out a demo account the other tests log on with.
    const email = `locked-${Date.now()}@nobody.example`;
    const error = page.locator("#log-on-error");
    await openLogin(page);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await failLogOn(page, email, `wrong-${attempt}`);
      await expect(error, `attempt ${attempt}`).toHaveText(INCORRECT);
    }
    await failLogOn(page, email, "wrong-6");
    await expect(error).toHaveText(THROTTLED);
    const minutes = Number(THROTTLED.exec((await error.textContent()) ?? "")?.[1]);
    expect(minutes).toBeGreaterThanOrEqual(14);
    expect(minutes).toBeLessThanOrEqual(15);
    await expect(page).toHaveURL(/\/login(\?|$)/);

    await expectThrottledInChinese(browser, email);

    // The Auth.js credentials endpoint cannot be used to go around the form.
    const refused = await callbackCredentials(playwright, baseURL, email, "wrong-7");
    expect(refused.status).toBe(302);
    const location = new URL(refused.location, "http://x");
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("code")).toBe("throttled");

    // Other accounts still log on.
    await logOn(page, USERS.equinix.email, /\/cn-hangzhou\/physical-connection/);
  });
});

async function expectThrottledInChinese(browser: Browser, email: string) {
  const context = await browser.newContext({ locale: "zh-CN" });
  try {
    const zh = await context.newPage();
    await openLogin(zh);
    await failLogOn(zh, email, "wrong-zh");
    await expect(zh.locator("#log-on-error")).toHaveText(/^登录失败次数过多。请 \d+ 分钟后重试。$/);
  } finally {
    await context.close();
  }
}

// ---- Password change --------------------------------------------------------------------------

test.describe("password change", () => {
  /** Changes the password through the account menu's dialog. */
  async function changePassword(page: Page, current: string, next: string) {
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Change password" }).click();
    const dialog = page.getByRole("dialog", { name: "Change password" });
    await dialog.getByLabel("Current password").fill(current);
    await dialog.getByLabel("New password", { exact: true }).fill(next);
    await dialog.getByLabel("Confirm new password").fill(next);
    await dialog.getByRole("button", { name: "OK" }).click();
    return dialog;
  }

  test("asks for the current password, ends every session of the user, and the new one logs on", async ({
    page,
    browser,
  }) => {
    const NEW_PASSWORD = "Changed-1234!";
    const elsewhere = await browser.newContext();
    try {
      const otherPage = await elsewhere.newPage();
      await logOn(otherPage, USERS.equinix.email);
      await logOn(page, USERS.equinix.email);

      const refused = await changePassword(page, "not-the-password", NEW_PASSWORD);
      await expect(refused.getByText("The password is incorrect.")).toBeVisible();
      await page.keyboard.press("Escape");

      await changePassword(page, PASSWORD, NEW_PASSWORD);
      await expect(page).toHaveURL(/\/login(\?|$)/);
      await otherPage.goto(listUrl(REGIONS.virginia.id));
      await expect(otherPage).toHaveURL(/\/login\?callbackUrl=/);

      await page.getByLabel("Email", { exact: true }).fill(USERS.equinix.email);
      await page.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Log on", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Physical Connection" })).toBeVisible();
      // Put the demo password back for the other specs.
      await changePassword(page, NEW_PASSWORD, PASSWORD);
      await expect(page).toHaveURL(/\/login(\?|$)/);
      await logOn(page, USERS.equinix.email);
    } finally {
      await elsewhere.close();
    }
  });
});

// ---- No secrets or other accounts' data in pages and scripts ------------------------------------

type Needle = { label: string; value: string };

async function secretNeedles(): Promise<Needle[]> {
  const db = openDb(e2eDatabase());
  const needles: Needle[] = [];
  try {
    // The demo keys `npm start` prints, and every other key tests made since (e.g. on the AccessKey page).
    for (const k of await ensureDemoAccessKeys(db)) {
      needles.push({ label: `AccessKey secret of ${k.accountName}`, value: k.accessKeySecret });
    }
    const rows = db.$client
      .prepare("select id, account_uid, secret_ciphertext from access_keys")
      .all() as Array<{
      id: string;
      account_uid: string;
      secret_ciphertext: string;
    }>;
    for (const row of rows) {
      const value = openSecret(row.id, row.secret_ciphertext);
      if (!needles.some((n) => n.value === value)) {
        needles.push({ label: `AccessKey secret of ${row.account_uid} (${row.id})`, value });
      }
    }
  } finally {
    db.$client.close();
  }
  expect(needles.length, "AccessKey secrets").toBeGreaterThanOrEqual(5);
  const webServer = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
  const authSecret = webServer?.env?.AUTH_SECRET;
  if (!authSecret) throw new Error("playwright.config.ts sets no AUTH_SECRET for the server");
  needles.push({ label: "AUTH_SECRET", value: authSecret });
  // The generated local secrets beside the database, when they exist.
  for (const name of ["auth-secret", "access-key-encryption-key"]) {
    const file = path.join(path.dirname(e2eDatabase()), `.${name}`);
    if (fs.existsSync(file))
      needles.push({ label: `data/.${name}`, value: fs.readFileSync(file, "utf8").trim() });
  }
  needles.push({ label: "a password hash", value: "scrypt$" });
  return needles;
}

const TENANTS = [USERS.acme, USERS.globex, USERS.initech] as const;
const ACME_RAM_USER = "2210000000000004";

/** UIDs an account's pages must never show: other tenants' for a tenant, the other partner's for a partner. */
function foreignUids(uid: string): Needle[] {
  const byUid = (u: string) => Object.values(USERS).find((x) => x.uid === u)?.name ?? u;
  const others = TENANTS.some((t) => t.uid === uid)
    ? [
        ...TENANTS.map((t) => t.uid).filter((u) => u !== uid),
        ...(uid === USERS.acme.uid ? [] : [ACME_RAM_USER]),
      ]
    : uid === USERS.unicom.uid
      ? [USERS.equinix.uid]
      : [USERS.unicom.uid, USERS.acme.uid, USERS.globex.uid, ACME_RAM_USER];
  return others.map((u) => ({ label: `UID of ${byUid(u)}`, value: u }));
}

/** The console pages an account can see: every region's list, orders and quota pages, its circuits and ports. */
function pagesOf(uid: string): string[] {
  const db = new Database(e2eDatabase(), { readonly: true, fileMustExist: true });
  try {
    const ports = db
      .prepare(
        `select h.id, c.region_id as region from hosted_connections h join circuits c on c.id = h.circuit_id
         where (h.tenant_uid = ? or c.owner_uid = ?) and h.deleted_at is null`,
      )
      .all(uid, uid) as Array<{ id: string; region: string }>;
    const circuits = db
      .prepare("select id, region_id as region from circuits where owner_uid = ?")
      .all(uid) as Array<{
      id: string;
      region: string;
    }>;
    return [
      ...ALL_REGIONS.flatMap((r) => [listUrl(r), `/${r}/orders`, `/${r}/quota-center`]),
      `/${HZ}/access-keys`,
      ...circuits.map((c) => detailUrl(c.region, c.id)),
      ...ports.map((p) => detailUrl(p.region, p.id)),
    ];
  } finally {
    db.close();
  }
}

// Script URLs in a page: <script src>, preloads, and the chunk lists inside the RSC payload.
const CHUNK = /(?:\/_next\/)?static\/[^"'\s\\)]+?\.js/g;

function chunksIn(text: string): string[] {
  return [...new Set([...text.matchAll(CHUNK)].map((m) => m[0].replace(/^(?:\/_next\/)?/, "/_next/")))];
}

function findLeaks(where: string, text: string, needles: Needle[]): string[] {
  return needles.filter((n) => text.includes(n.value)).map((n) => `${n.label} in ${where}`);
}

test.describe("no secret or other account's data reaches the browser", () => {
  test("the built client scripts on disk hold no secret, password hash or account UID", async () => {
    const root = path.join(process.cwd(), ".next", "static");
    const files = fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".js"));
    expect(files.length, "client scripts in .next/static").toBeGreaterThan(5);
    const needles = [
      ...(await secretNeedles()),
      ...Object.values(USERS).map((u) => ({ label: `UID of ${u.name}`, value: u.uid })),
      { label: "UID of Acme's RAM user", value: ACME_RAM_USER },
    ];
    const leaks = files.flatMap((f) => findLeaks(f, fs.readFileSync(path.join(root, f), "utf8"), needles));
    expect(leaks).toEqual([]);
  });

  for (const account of Object.values(USERS)) {
    test(`${account.name}'s pages, payloads and scripts hold no secret and no other account's UID`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const needles = [...(await secretNeedles()), ...foreignUids(account.uid)];
      const leaks: string[] = [];
      const scanned = new Set<string>();

      // Everything the browser receives while it renders the pages: documents, RSC and API fetches, scripts.
      const bodies: Array<Promise<void>> = [];
      page.on("response", (response) => {
        const type = response.request().resourceType();
        if (!["document", "script", "fetch", "xhr"].includes(type) || response.status() >= 300) return;
        bodies.push(
          response
            .text()
            .then((text) => {
              scanned.add(response.url());
              leaks.push(...findLeaks(response.url(), text, needles));
            })
            .catch(() => undefined),
        );
      });

      await logOn(page, account.email, /\/physical-connection/);
      const pages = pagesOf(account.uid);
      const chunks = new Set<string>();
      for (const url of pages) {
        // The server-rendered HTML with its inline RSC payload, as fetched with the session...
        const res = await page.request.get(url);
        const html = await res.text();
        leaks.push(...findLeaks(`HTML of ${url}`, html, needles));
        for (const c of chunksIn(html)) chunks.add(c);
        // ...and what the browser loads to run it.
        await page.goto(url);
        await page.waitForLoadState("networkidle");
      }
      expect(chunks.size, "script chunks referenced by the pages").toBeGreaterThan(3);
      for (const chunk of chunks) {
        const res = await page.request.get(chunk);
        expect(res.status(), chunk).toBe(200);
        leaks.push(...findLeaks(chunk, await res.text(), needles));
      }
      await Promise.all(bodies);
      expect(scanned.size, "responses seen by the browser").toBeGreaterThan(pages.length);
      expect([...new Set(leaks)]).toEqual([]);
    });
  }
});

// ---- Output escaping ----------------------------------------------------------------------------

// What the validators accept (a Description starts with a letter, then anything) and what only a
// direct database write can hold (Name allows letters, digits, "._-" only).
const PORT_DESCRIPTION = "a<img src=x onerror=alert(1)>";
const VBR_DESCRIPTION = 'b<script>window.__xss=1</script><img src=x onerror="window.__xss=2;alert(2)">';
const INJECTED_NAME = '<img src=x onerror="window.__xss=3;alert(3)"><b>xss-port</b>';
const VLAN = 2951;

test.describe("output escaping", () => {
  test("HTML in a shared port's description and name and in a VBR's description is shown as text", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });

    // The partner creates the port through the panel; HTML in Name is refused next to the field, by the
    // operation's own schema, before the confirmation step.
    await logOn(page, USERS.unicom.email);
    await page.goto(listUrl(HZ));
    await page.getByRole("button", { name: `Create Shared Port on ${CIRCUITS.unicomHz01}` }).click();
    const panel = page.getByRole("dialog", { name: "Create Shared Port" });
    await panel.getByLabel("Account ID").fill(USERS.acme.uid);
    await panel.getByLabel("VLAN ID").fill(String(VLAN));
    await panel.getByLabel("Shared Physical Connection Bandwidth Limit").selectOption("50M");
    await panel.getByLabel("Name", { exact: true }).fill("a<b>x</b>");
    await panel.getByLabel("Description", { exact: true }).fill(PORT_DESCRIPTION);
    await panel.getByRole("button", { name: "OK" }).click();
    await expect(panel.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("dialog", { name: "Confirm" })).toHaveCount(0);
    await expect(panel.getByText("InvalidName.Malformed")).toBeVisible();
    await panel.getByLabel("Name", { exact: true }).fill("xss-probe");
    await panel.getByRole("button", { name: "OK" }).click();
    await page.getByRole("dialog", { name: "Confirm" }).getByRole("button", { name: "OK" }).click();
    await expect(page.getByText(/created: Pending for Acceptance/)).toBeVisible();

    const portId = idOf("sharedPort", "xss-probe");
    const db = new Database(e2eDatabase(), { fileMustExist: true });
    try {
      const row = db.prepare("select description from hosted_connections where id = ?").get(portId) as {
        description: string;
      };
      expect(row.description, "the description is stored as typed").toBe(PORT_DESCRIPTION);

      // Acme accepts and pays, and builds a VBR whose description holds script.
      await runAs(USERS.acme.uid, confirmPhysicalConnection, { regionId: HZ, physicalConnectionId: portId });
      await runAs(USERS.acme.uid, createPhysicalConnectionOccupancyOrder, {
        regionId: HZ,
        physicalConnectionId: portId,
        autoPay: true,
      });
      await runAs(USERS.acme.uid, createVirtualBorderRouter, {
        regionId: HZ,
        physicalConnectionId: portId,
        vlanId: VLAN,
        localGatewayIp: "10.29.51.1",
        peerGatewayIp: "10.29.51.2",
        peeringSubnetMask: "255.255.255.252",
        name: "xss-probe-vbr",
        description: VBR_DESCRIPTION,
      });
      // A name no validator would let through, as if written by another tool.
      db.prepare("update hosted_connections set name = ? where id = ?").run(INJECTED_NAME, portId);
    } finally {
      db.close();
    }

    try {
      const partnerPages = [detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)), detailUrl(HZ, portId)];
      for (const url of partnerPages) await expectInert(page, url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(INJECTED_NAME);

      await page.context().clearCookies();
      await logOn(page, USERS.acme.email);
      await expectInert(page, listUrl(HZ));
      await expectInert(page, detailUrl(HZ, portId));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(INJECTED_NAME);
      await expect(page.getByText(VBR_DESCRIPTION, { exact: true })).toBeVisible();
      expect(dialogs, "dialogs opened by injected script").toEqual([]);
    } finally {
      await releasePort(portId);
    }
  });
});

/** The page shows the payloads as text: no element made from them, no script run, no raw HTML sent. */
async function expectInert(page: Page, url: string) {
  const html = await (await page.request.get(url)).text();
  for (const raw of ["<img src=x", "<script>window.__xss", "<b>xss-port</b>"]) {
    expect(html.toLowerCase(), `raw ${raw} in ${url}`).not.toContain(raw.toLowerCase());
  }
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  await expect(page.getByText("xss-port", { exact: false }).first()).toBeVisible();
  await expect(page.getByText(INJECTED_NAME, { exact: false }).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("b", { hasText: "xss-port" })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

/** Cleanup: the VBR, then (once it has settled) the port. */
async function releasePort(portId: string) {
  const { items } = await runAs(USERS.acme.uid, describeVirtualBorderRouters, {
    regionId: HZ,
    filters: { physicalConnectionId: [portId] },
  });
  for (const vbr of items)
    await runAs(USERS.acme.uid, deleteVirtualBorderRouter, { regionId: HZ, vbrId: vbr.id });
  return expect
    .poll(
      async () => {
        try {
          await runAs(USERS.acme.uid, deletePhysicalConnection, {
            regionId: HZ,
            physicalConnectionId: portId,
          });
          return "deleted";
        } catch (error) {
          return String(error);
        }
      },
      { timeout: 15_000 },
    )
    .toBe("deleted");
}
