// Operation logs and list tools: the circuit's Operation Log tab, the account's Operation Log page with a
// filter and its CSV download, sorting and page size on the shared-port lists, a list's CSV download.
// Uses VLANs 2701-2710 on unicom-hz-01.
import { readFile } from "node:fs/promises";
import { createVirtualPhysicalConnection } from "../lib/server/operations/create-virtual-physical-connection";
import { confirmPhysicalConnection } from "../lib/server/operations/confirm-physical-connection";
import { runAs } from "./run-operation";
import { CIRCUITS, dataRows, detailUrl, expect, idOf, listUrl, logOn, rowOf, test, USERS } from "./fixtures";

const HZ = "cn-hangzhou";

async function offerToGlobex(vlanId: number, name: string, spec = "50M"): Promise<string> {
  const made = await runAs(USERS.unicom.uid, createVirtualPhysicalConnection, {
    regionId: HZ,
    physicalConnectionId: idOf("circuit", CIRCUITS.unicomHz01),
    vpconnAliUid: USERS.globex.uid,
    vlanId,
    spec,
    name,
  });
  return made.virtualPhysicalConnection;
}

test("the circuit's Operation Log tab shows what was done to its shared ports, by both parties; an entry opens the port's history", async ({
  page,
}) => {
  const port = await offerToGlobex(2701, "oplog-2701");
  await runAs(USERS.globex.uid, confirmPhysicalConnection, { regionId: HZ, physicalConnectionId: port });

  await logOn(page, USERS.unicom.email);
  await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
  await page.getByRole("tab", { name: "Operation Log" }).click();
  await expect(page).toHaveURL(/[?&]tab=log(&|$)/);
  const log = page.getByRole("table", { name: "Operation Log" });
  const confirmed = rowOf(log, "ConfirmPhysicalConnection").filter({ hasText: port });
  await expect(confirmed).toHaveCount(1);
  await expect(confirmed).toContainText(USERS.globex.uid);
  await expect(confirmed).toContainText("Success");
  const created = rowOf(log, "CreateVirtualPhysicalConnection").filter({ hasText: port });
  await expect(created).toContainText(`${USERS.unicom.uid} (you)`);

  await created.getByRole("link", { name: `Operation Log of ${port}` }).click();
  await expect(page).toHaveURL(new RegExp(`/cn-hangzhou/operation-log\\?resourceId=${port}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Operation Log of ${port}` })).toBeVisible();
  await expect(dataRows(page.getByRole("table", { name: "Operation Log" }))).toHaveCount(2);
});

test("the tenant's Operation Log page: a filter narrows it, the CSV holds what it shows, another tenant sees none of it", async ({
  page,
  browser,
}) => {
  const port = await offerToGlobex(2702, "oplog-2702");
  await runAs(USERS.globex.uid, confirmPhysicalConnection, { regionId: HZ, physicalConnectionId: port });

  await logOn(page, USERS.globex.email);
  await page
    .getByRole("navigation", { name: "Express Connect" })
    .getByRole("link", { name: "Operation Log" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Operation Log" })).toBeVisible();
  const log = page.getByRole("table", { name: "Operation Log" });
  await expect(rowOf(log, "CreateVirtualPhysicalConnection").filter({ hasText: port })).toHaveCount(1);

  await page.getByLabel("Action").selectOption("ConfirmPhysicalConnection");
  await page.getByLabel("Resource ID").fill(port);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]action=ConfirmPhysicalConnection(&|$)/);
  await expect(dataRows(log)).toHaveCount(1);
  await expect(dataRows(log).first()).toContainText(`${USERS.globex.uid} (you)`);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("operation-log.csv");
  const csv = (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("Time,Account,Source,Action,Resource,Result,AccessKey ID,Request ID");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`ConfirmPhysicalConnection,${port},Success`);

  // Acme is a tenant of the same partner: it reads nothing of Globex's port, even by its ID.
  const other = await browser.newContext();
  try {
    const acme = await other.newPage();
    await logOn(acme, USERS.acme.email);
    await acme.goto(`/${HZ}/operation-log?resourceId=${port}`);
    await expect(acme.getByText("No operations match these filters.")).toBeVisible();
  } finally {
    await other.close();
  }
});

test("the partner sorts a circuit's shared ports by VLAN ID and picks a page size; both stay in the URL", async ({
  page,
}) => {
  await offerToGlobex(2703, "oplog-2703", "1G");
  await logOn(page, USERS.unicom.email);
  await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
  const table = page.getByRole("table", { name: "Shared ports on this circuit" });
  const vlanHeader = table.getByRole("columnheader", { name: "VLAN ID" });
  const headers = await table.getByRole("columnheader").allTextContents();
  const vlanColumn = headers.findIndex((h) => h.trim() === "VLAN ID");
  const vlans = async () =>
    (
      await dataRows(table)
        .locator(`td:nth-child(${vlanColumn + 1})`)
        .allTextContents()
    ).map((v) => Number(v.trim()));

  await vlanHeader.getByRole("link", { name: "VLAN ID" }).click();
  await expect(page).toHaveURL(/[?&]sort=vlan&order=asc/);
  await expect(vlanHeader).toHaveAttribute("aria-sort", "ascending");
  const ascending = await vlans();
  expect(ascending.length).toBeGreaterThan(2);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  await vlanHeader.getByRole("link", { name: "VLAN ID" }).click();
  await expect(vlanHeader).toHaveAttribute("aria-sort", "descending");
  const descending = await vlans();
  expect(descending).toEqual([...ascending].sort((a, b) => b - a));

  await page.getByLabel("Rows per page").selectOption("10");
  await expect(page).toHaveURL(/[?&]pageSize=10/);
  await expect(page).toHaveURL(/[?&]sort=vlan&order=desc/);
  expect(await dataRows(table).count()).toBeLessThanOrEqual(10);
  expect(await vlans()).toEqual(descending.slice(0, 10));

  // A search keeps the order and the page size.
  await page.getByRole("searchbox", { name: "Search" }).fill("oplog-2703");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=oplog-2703/);
  await expect(page).toHaveURL(/[?&]sort=vlan/);
  await expect(page).toHaveURL(/[?&]pageSize=10/);
  await expect(dataRows(table)).toHaveCount(1);
});

test("the tenant sorts its shared ports by bandwidth and downloads every one as CSV", async ({ page }) => {
  // Names cannot start with = + - @ (lib/domain/validators.ts); lib/csv/csv.test.ts disarms such cells anyway.
  const port = await offerToGlobex(2704, "oplog-2704", "100M");
  await logOn(page, USERS.globex.email);
  await page.goto(listUrl(HZ));
  const table = page.getByRole("table", { name: "Shared ports" });
  const header = table.getByRole("columnheader", { name: "Bandwidth" });
  await header.getByRole("link", { name: "Bandwidth" }).click();
  await expect(page).toHaveURL(/[?&]sort=bandwidth&order=asc/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("shared-ports.csv");
  const csv = (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]?.startsWith("ID,Name,")).toBe(true);
  expect(lines.find((line) => line.startsWith(`${port},`))).toContain("oplog-2704");
  // Every row is Globex's own, all pages of them.
  expect(lines.slice(1).every((line) => line.includes(USERS.globex.uid))).toBe(true);
  const total = await page
    .getByRole("navigation", { name: "Pagination" })
    .getByText(/^Total \d+$/)
    .textContent();
  expect(lines.length - 1).toBe(Number(total?.replace(/\D/g, "")));
});
