import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { createVirtualPhysicalConnection } from "../lib/server/operations";
import { CIRCUITS, expect, idOf, logOn, USERS } from "./fixtures";
import { runAs } from "./run-operation";
import { HZ } from "./tenant-helpers";

/** A second (or third) person at their own browser: a context of its own, logged on. */
export async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logOn(page, email);
  return { context, page };
}

/** China Unicom offers Acme a 50M shared port on unicom-hz-01, as another person's step. */
export async function offerToAcme(name: string, vlanId: number, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await runAs(USERS.unicom.uid, createVirtualPhysicalConnection, {
    regionId: HZ,
    physicalConnectionId: idOf("circuit", CIRCUITS.unicomHz01),
    vpconnAliUid: USERS.acme.uid,
    vlanId,
    spec: "50M",
    name,
    ...extra,
  });
  return created.virtualPhysicalConnection;
}

/** Marks the page so a full reload (which would drop the mark) is noticed: live updates must not reload. */
export async function markNoReload(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __noReload: boolean }).__noReload = true;
  });
}

export async function expectNotReloaded(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
}

/** The header's bell: its accessible name carries the unread count. */
export function bell(page: Page): Locator {
  return page.getByRole("link", { name: /^Notifications, / });
}

export async function unreadCount(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute("aria-label")) ?? "";
  const match = /(\d+) unread/.exec(name);
  return match ? Number(match[1]) : 0;
}

/**
 * The value shown beside a label in a detail page's Basic information. `underDialog`: the page behind an
 * open modal dialog is hidden from the accessibility tree, so look there too.
 */
export function detailValue(page: Page, label: string, underDialog = false): Locator {
  const includeHidden = underDialog;
  return page
    .getByRole("region", { name: "Basic information", includeHidden })
    .locator("div")
    .filter({ has: page.getByRole("term", { includeHidden }).filter({ hasText: new RegExp(`^${label}$`) }) })
    .getByRole("definition", { includeHidden });
}
