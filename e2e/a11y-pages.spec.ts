import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { CIRCUITS, expect, idOf, PASSWORD, REGIONS, SHARED_PORTS, test, USERS } from "./fixtures";

const HZ = REGIONS.hangzhou.id;

/** Every console page a role reaches, by a name for the report and its URL. */
function pagesOf(role: "partner" | "tenant"): Array<[string, string]> {
  const circuit = `/${HZ}/physical-connection/${idOf("circuit", CIRCUITS.unicomHz01)}`;
  const port = `/${HZ}/physical-connection/${idOf("sharedPort", SHARED_PORTS.acmeHzProd)}`;
  const common: Array<[string, string]> = [
    ["list", `/${HZ}/physical-connection`],
    ["shared port", port],
    ["orders", `/${HZ}/orders`],
    ["AccessKeys", `/${HZ}/access-keys`],
    ["operation log", `/${HZ}/operation-log`],
    ["notifications", `/${HZ}/notifications`],
    ["history", `/${HZ}/notifications/history/${idOf("sharedPort", SHARED_PORTS.acmeHzProd)}`],
  ];
  if (role === "tenant") return common;
  return [
    ...common,
    ["circuit: shared ports", circuit],
    ["circuit: VBRs", `${circuit}?tab=vbr`],
    ["circuit: operation log", `${circuit}?tab=log`],
    ["quota center", `/${HZ}/quota-center`],
  ];
}

const ROLES = [
  { role: "partner", email: USERS.unicom.email },
  { role: "tenant", email: USERS.acme.email },
] as const;

// Names, IDs, codes and units stay as they are in Chinese; anything else in Latin letters is untranslated.
const KEPT_IN_ENGLISH = [
  /\b(pc|vbr|ri|vlan|rg|ord|LTAI)[-\w]*/gi,
  /\b[\w.+-]+@[\w.-]+\b/g,
  /\b(China Unicom|Equinix|Acme|Globex|Initech|Hosted Connect|Express Connect)\b/g,
  /\b(acme|globex|unicom|equinix|initech)[-\w]*/g,
  /\b(VLAN|VBR|ID|IPv4|IPv6|Mbps|Gbps|UTC|GMT|API|AccessKey|CNY|USD|BGP|LR|ER|10GBase|1000Base)\b/g,
  /\b[A-Z][a-zA-Z]+(\.[A-Z][a-zA-Z]+)+\b/g,
  /\bEnglish\b/g,
];

/** Runs of two or more Latin words left once the names, IDs and codes are taken out: English sentences. */
function englishIn(text: string): string[] {
  let rest = text;
  for (const pattern of KEPT_IN_ENGLISH) rest = rest.replace(pattern, " ");
  return [...rest.matchAll(/[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,})+/g)].map((m) => m[0]);
}

async function logOnIn(browser: Browser, baseURL: string, locale: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale, timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator("input[type=email]").fill(email);
  await page.locator("input[type=password]").fill(PASSWORD);
  await page.locator("button[type=submit]").click();
  await expect(page).toHaveURL(/\/physical-connection/);
  return page;
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 8),
    }));
}

for (const locale of ["en-US", "zh-CN"]) {
  test(`the log-on page in ${locale} has no serious accessibility violation`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale });
    const page = await context.newPage();
    await page.goto("/login");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  for (const { role, email } of ROLES) {
    test(`every ${role} page in ${locale}: no serious accessibility violation${
      locale === "zh-CN" ? ", no untranslated English" : ""
    }`, async ({ browser, baseURL }) => {
      if (!baseURL) throw new Error("baseURL is not configured");
      test.setTimeout(pagesOf(role).length * 15_000);
      const page = await logOnIn(browser, baseURL, locale, email);
      for (const [name, url] of pagesOf(role)) {
        await page.goto(url);
        await expect(page.locator("main h1").first(), name).toBeVisible();
        await page.waitForLoadState("networkidle");
        expect(await seriousViolations(page), `${name} (${url})`).toEqual([]);
        if (locale === "zh-CN") {
          // What users typed (names, descriptions) is marked translate="no" and stays as typed.
          const text = await page.evaluate(() => {
            let all = document.body.innerText;
            for (const kept of document.querySelectorAll<HTMLElement>("[translate=no]")) {
              all = all.replace(kept.innerText, " ");
            }
            return all;
          });
          expect(englishIn(text), `English on ${name} (${url})`).toEqual([]);
        }
      }
      await page.context().close();
    });
  }
}
