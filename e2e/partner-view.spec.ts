import {
  CIRCUITS,
  dataRows,
  detailUrl,
  expect,
  expectExactlyRows,
  expectNotFound,
  idOf,
  listUrl,
  logOn,
  REGIONS,
  rowOf,
  SHARED_PORTS,
  test,
  USERS,
  VBRS,
} from "./fixtures";

const PARTNER_COLUMNS = ["ID", "Name", "Access Point", "Bandwidth", "Status", "Shared Ports", "Actions"];
const SHARED_PORT_COLUMNS = [
  "ID/Name",
  "Account ID",
  "VLAN ID",
  "Bandwidth",
  "Utilisation (15 min)",
  "Payer",
  "Status",
  "Construction Process",
  "Created At",
  "Expires At",
  "Actions",
];
const VBR_COLUMNS = [
  "ID",
  "Name",
  "Account ID",
  "VLAN ID",
  "Bandwidth",
  "Status",
  "IPv4 (Alibaba Cloud / Client)",
  "Actions",
];

test.describe("partner China Unicom", () => {
  test.beforeEach(async ({ page }) => {
    await logOn(page, USERS.unicom.email);
  });

  test("lists exactly its own circuits in the region", async ({ page }) => {
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText(PARTNER_COLUMNS);
    await expectExactlyRows(table, [CIRCUITS.unicomHz01, CIRCUITS.unicomHz02]);
    await expect(page.getByText(CIRCUITS.unicomBj01)).toHaveCount(0);
    await expect(page.getByText(CIRCUITS.equinixDc11a)).toHaveCount(0);
    await expect(page.getByText(CIRCUITS.equinixDc11b)).toHaveCount(0);

    const id = idOf("circuit", CIRCUITS.unicomHz01);
    await expect(rowOf(table, CIRCUITS.unicomHz01).getByRole("link", { name: id })).toHaveAttribute(
      "href",
      new RegExp(`/cn-hangzhou/physical-connection/${id}(\\?.*)?$`),
    );
  });

  test("switching the region shows that region's circuits", async ({ page }) => {
    await page.getByRole("combobox", { name: "Region" }).selectOption({ label: REGIONS.beijing.name });
    await expect(page).toHaveURL(/\/cn-beijing\/physical-connection(\?.*)?$/);
    const table = page.getByRole("table");
    await expectExactlyRows(table, [CIRCUITS.unicomBj01]);
    await expect(page.getByText(CIRCUITS.unicomHz01)).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: "Region" })).toHaveValue(REGIONS.beijing.id);
  });

  test("a circuit shows its shared ports and, on the VBR tab, their VBRs", async ({ page }) => {
    const id = idOf("circuit", CIRCUITS.unicomHz01);
    await rowOf(page.getByRole("table"), CIRCUITS.unicomHz01).getByRole("link", { name: id }).click();
    await expect(page).toHaveURL(new RegExp(`/cn-hangzhou/physical-connection/${id}(\\?.*)?$`));
    await expect(page.getByRole("heading", { level: 1, name: CIRCUITS.unicomHz01 })).toBeVisible();

    const tabs = page.getByRole("tablist");
    const sharedTab = tabs.getByRole("tab", { name: "Shared Physical Connection" });
    const vbrTab = tabs.getByRole("tab", { name: "VBR" });
    await expect(tabs.getByRole("tab")).toHaveCount(6);
    await expect(tabs.getByRole("tab", { name: "Monitoring" })).toHaveAttribute("aria-selected", "false");
    await expect(tabs.getByRole("tab", { name: "Alerts" })).toHaveAttribute("aria-selected", "false");
    await expect(tabs.getByRole("tab", { name: "Operation Log" })).toHaveAttribute("aria-selected", "false");
    await expect(sharedTab).toHaveAttribute("aria-selected", "true");
    await expect(vbrTab).toHaveAttribute("aria-selected", "false");

    // 1G (acme-hz-prod) + 200M (globex-offer) of a 10G circuit, two shared ports.
    await expect(page.getByText("Bandwidth used")).toBeVisible();
    await expect(page.locator("body")).toContainText(/1\.2\s*Gbps\s*\/\s*10\s*Gbps/);

    const ports = page.getByRole("table");
    await expect(ports.getByRole("columnheader")).toHaveText(SHARED_PORT_COLUMNS);
    await expectExactlyRows(ports, [SHARED_PORTS.acmeHzProd, SHARED_PORTS.globexOffer]);
    await expect(page.getByText(SHARED_PORTS.acmeHzBackup)).toHaveCount(0);
    await expect(rowOf(ports, SHARED_PORTS.acmeHzProd)).toContainText(USERS.acme.uid);
    await expect(
      rowOf(ports, SHARED_PORTS.acmeHzProd).getByRole("cell", { name: "101", exact: true }),
    ).toBeVisible();
    await expect(rowOf(ports, SHARED_PORTS.globexOffer)).toContainText(USERS.globex.uid);
    await expect(
      rowOf(ports, SHARED_PORTS.globexOffer).getByRole("cell", {
        name: "Pending for Acceptance",
        exact: true,
      }),
    ).toBeVisible();

    await vbrTab.click();
    await expect(page).toHaveURL(/[?&]tab=vbr(&|$)/);
    await expect(vbrTab).toHaveAttribute("aria-selected", "true");
    await expect(sharedTab).toHaveAttribute("aria-selected", "false");
    const vbrs = page.getByRole("table");
    await expect(vbrs.getByRole("columnheader")).toHaveText(VBR_COLUMNS);
    await expectExactlyRows(vbrs, [VBRS.acmeVbrProd]);
    await expect(rowOf(vbrs, VBRS.acmeVbrProd)).toContainText(USERS.acme.uid);
    await expect(page.getByText(VBRS.globexLegacy)).toHaveCount(0);
  });

  test("the VBR tab of the other circuit lists its legacy VBR", async ({ page }) => {
    const id = idOf("circuit", CIRCUITS.unicomHz02);
    await page.goto(`${detailUrl(REGIONS.hangzhou.id, id)}?tab=vbr`);
    await expect(page.getByRole("heading", { level: 1, name: CIRCUITS.unicomHz02 })).toBeVisible();
    await expect(page.getByRole("tab", { name: "VBR" })).toHaveAttribute("aria-selected", "true");
    await expectExactlyRows(page.getByRole("table"), [VBRS.globexLegacy]);
  });

  test("can open a shared port on its own circuit", async ({ page }) => {
    const id = idOf("sharedPort", SHARED_PORTS.acmeHzProd);
    const response = await page.goto(detailUrl(REGIONS.hangzhou.id, id));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: SHARED_PORTS.acmeHzProd })).toBeVisible();
  });

  test("Orders shows the order it paid for the partner-paid demo port", async ({ page }) => {
    await page.goto(`/${REGIONS.hangzhou.id}/orders`);
    const orders = page.getByRole("table", { name: "Orders" });
    const backup = idOf("sharedPort", SHARED_PORTS.acmeHzBackup);
    await expectExactlyRows(orders, [backup]);
    const order = rowOf(orders, backup);
    await expect(order).toContainText("3 months");
    await expect(order).toContainText("CN¥4,800.00");
    await expect(order.getByRole("cell", { name: "Paid", exact: true })).toBeVisible();
  });

  test("the account menu shows the Account ID", async ({ page }) => {
    await page.getByRole("button", { name: "Account menu" }).click();
    const menu = page.getByRole("menu");
    await expect(menu).toContainText("Account ID");
    await expect(menu).toContainText(USERS.unicom.uid);
    await expect(menu.getByRole("menuitem", { name: "Log out", exact: true })).toBeVisible();
  });
});

test.describe("partner Equinix", () => {
  test.beforeEach(async ({ page }) => {
    await logOn(page, USERS.equinix.email);
  });

  test("has no circuits in China (Hangzhou) and its two in US (Virginia)", async ({ page }) => {
    const table = page.getByRole("table");
    await expect(page.getByText(/^No circuits in this region\. Choose the region/)).toBeVisible();
    await expect(dataRows(table)).toHaveCount(0);
    await expect(page.getByText(CIRCUITS.unicomHz01)).toHaveCount(0);

    await page.getByRole("combobox", { name: "Region" }).selectOption({ label: REGIONS.virginia.name });
    await expect(page).toHaveURL(/\/us-east-1\/physical-connection(\?.*)?$/);
    await expectExactlyRows(page.getByRole("table"), [CIRCUITS.equinixDc11a, CIRCUITS.equinixDc11b]);
  });

  test("gets a 404 for another partner's circuit and for a shared port on it", async ({ page }) => {
    const circuitId = idOf("circuit", CIRCUITS.unicomHz01);
    await expectNotFound(page, detailUrl(REGIONS.hangzhou.id, circuitId), CIRCUITS.unicomHz01);
    const portId = idOf("sharedPort", SHARED_PORTS.acmeHzProd);
    await expectNotFound(page, detailUrl(REGIONS.hangzhou.id, portId), SHARED_PORTS.acmeHzProd);
  });

  test("the account menu shows the Account ID", async ({ page }) => {
    await page.getByRole("button", { name: "Account menu" }).click();
    const menu = page.getByRole("menu");
    await expect(menu).toContainText("Account ID");
    await expect(menu).toContainText(USERS.equinix.uid);
  });
});

test("each circuit ID links to the circuit's page in its region", async ({ page }) => {
  await logOn(page, USERS.equinix.email);
  await page.goto(listUrl(REGIONS.virginia.id));
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(PARTNER_COLUMNS);
  for (const name of [CIRCUITS.equinixDc11a, CIRCUITS.equinixDc11b]) {
    const id = idOf("circuit", name);
    await expect(rowOf(table, name).getByRole("link", { name: id })).toHaveAttribute(
      "href",
      new RegExp(`/us-east-1/physical-connection/${id}(\\?.*)?$`),
    );
  }
});
