import Database from "better-sqlite3";
import { expect, type Locator, type Page } from "@playwright/test";

export { expect, test } from "@playwright/test";

// The demo set (README "Demo data"); the webServer seeds it into the throwaway database.
export const PASSWORD = "Demo1234!";

export const USERS = {
  unicom: { email: "unicom@partner.example", uid: "1310000000000001", name: "China Unicom" },
  equinix: { email: "equinix@partner.example", uid: "5310000000000002", name: "Equinix" },
  acme: { email: "acme@tenant.example", uid: "1210123456123456", name: "Acme" },
  globex: { email: "globex@tenant.example", uid: "1210987654321098", name: "Globex" },
  initech: { email: "initech@tenant.example", uid: "5210000000000003", name: "Initech" },
} as const;

export const REGIONS = {
  hangzhou: { id: "cn-hangzhou", name: "China (Hangzhou)" },
  beijing: { id: "cn-beijing", name: "China (Beijing)" },
  virginia: { id: "us-east-1", name: "US (Virginia)" },
} as const;

export const CIRCUITS = {
  unicomHz01: "unicom-hz-01",
  unicomHz02: "unicom-hz-02",
  unicomBj01: "unicom-bj-01",
  equinixDc11a: "equinix-dc11-01",
  equinixDc11b: "equinix-dc11-02",
} as const;

export const SHARED_PORTS = {
  acmeHzProd: "acme-hz-prod",
  globexOffer: "globex-offer",
  acmeHzBackup: "acme-hz-backup",
} as const;

export const VBRS = {
  acmeVbrProd: "acme-vbr-prod",
  globexLegacy: "globex-legacy-vbr",
} as const;

export const CONSOLE_HOME = /\/cn-hangzhou\/physical-connection(\?.*)?$/;

export function listUrl(regionId: string): string {
  return `/${regionId}/physical-connection`;
}

export function detailUrl(regionId: string, id: string): string {
  return `/${regionId}/physical-connection/${id}`;
}

/** Logs on through the login form and waits until the console shows its list page. */
export async function logOn(page: Page, email: string, landing: RegExp = CONSOLE_HOME): Promise<void> {
  if (!/\/login(\?|$)/.test(page.url())) await page.goto("/login");
  await fillLogOnForm(page, email, PASSWORD);
  await expect(page).toHaveURL(landing);
  await expect(page.getByRole("heading", { level: 1, name: "Physical Connection" })).toBeVisible();
}

export async function fillLogOnForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log on", exact: true }).click();
}

/**
 * Rows that hold data: at least two cells. Header rows have column headers only, and an empty
 * state drawn as one cell spanning the table has a single cell.
 */
export function dataRows(table: Locator): Locator {
  return table.getByRole("row").filter({ has: table.page().getByRole("cell").nth(1) });
}

/** The data row whose text contains `name`. */
export function rowOf(table: Locator, name: string): Locator {
  return dataRows(table).filter({ hasText: name });
}

/** Asserts a table's data rows are exactly the named resources, in any order. */
export async function expectExactlyRows(table: Locator, names: readonly string[]): Promise<void> {
  await expect(dataRows(table)).toHaveCount(names.length);
  for (const name of names) await expect(rowOf(table, name)).toHaveCount(1);
}

/**
 * The ID of a seeded resource, read from the run's throwaway database by its name: the IDs are
 * generated, the names are the demo set's contract.
 */
export function idOf(kind: "circuit" | "sharedPort", name: string): string {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set: run the tests through playwright.config.ts");
  const table = kind === "circuit" ? "circuits" : "hosted_connections";
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`select id from ${table} where name = ?`).get(name) as { id: string } | undefined;
    if (!row) throw new Error(`No ${kind} named ${name} in ${file}`);
    return row.id;
  } finally {
    db.close();
  }
}

/** Opens a row's More menu and returns its item `name`: a row's secondary actions live there. */
export async function moreAction(row: Locator, name: string): Promise<Locator> {
  await row.getByRole("button", { name: /^More/ }).click();
  return row.page().getByRole("menu").getByRole("menuitem", { name });
}

/** Opens `url` and asserts a 404 answer with a visible not-found heading that leaks nothing of `name`. */
export async function expectNotFound(page: Page, url: string, name: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), `HTTP status of ${url}`).toBe(404);
  await expect(page.getByRole("heading", { name: /not found|404/i }).first()).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
}
