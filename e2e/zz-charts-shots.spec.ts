import type { Browser } from "@playwright/test";
import { CIRCUITS, detailUrl, expect, idOf, logOn, REGIONS, SHARED_PORTS, test, USERS } from "./fixtures";

const HZ = REGIONS.hangzhou.id;

async function session(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  await logOn(await context.newPage(), email);
  const state = await context.storageState();
  await context.close();
  return { cookies: state.cookies.filter((c) => /auth/i.test(c.name)), origins: [] };
}

test.setTimeout(300_000);
test("screenshots", async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error("no baseURL");
  const shots: Array<[string, string, string]> = [
    ["acme", `${detailUrl(HZ, idOf("sharedPort", SHARED_PORTS.acmeHzProd))}?tab=monitoring`, "port"],
    ["unicom", `${detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01))}?tab=monitoring`, "circuit"],
    ["unicom", detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)), "port-table"],
    ["acme", `/${HZ}/orders`, "orders"],
  ];
  const states = {
    acme: await session(browser, baseURL, USERS.acme.email),
    unicom: await session(browser, baseURL, USERS.unicom.email),
  };
  for (const locale of ["en-US", "zh-CN"]) {
    for (const width of [1280, 390]) {
      for (const [who, url, name] of shots) {
        const context = await browser.newContext({
          baseURL,
          locale,
          storageState: states[who as "acme" | "unicom"],
          viewport: { width, height: 900 },
        });
        const page = await context.newPage();
        await expect(async () => {
          await page.goto(url);
          if (name === "port" || name === "circuit")
            await expect(page.locator("figure").first()).toBeVisible({ timeout: 5_000 });
        }).toPass({ timeout: 90_000 });
        if (name === "port") {
          await page.locator("figure .u-over").first().hover({ position: { x: 150, y: 60 } });
        }
        await page.screenshot({ path: `/tmp/shots-charts/${name}-${locale}-${width}.png`, fullPage: true });
        await context.close();
      }
    }
  }
});
