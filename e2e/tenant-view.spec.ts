import {
  CIRCUITS,
  dataRows,
  detailUrl,
  expect,
  expectExactlyRows,
  expectNotFound,
  idOf,
  logOn,
  REGIONS,
  rowOf,
  SHARED_PORTS,
  test,
  USERS,
  VBRS,
} from "./fixtures";

const TENANT_COLUMNS = [
  "ID",
  "Name",
  "Partner Circuit",
  "VLAN ID",
  "Bandwidth",
  "Status",
  "Construction Process",
  "Expires At",
  "Actions",
];

test.describe("tenant Acme", () => {
  test.beforeEach(async ({ page }) => {
    await logOn(page, USERS.acme.email);
  });

  test("lists exactly its own shared ports with their status", async ({ page }) => {
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText(TENANT_COLUMNS);
    await expectExactlyRows(table, [SHARED_PORTS.acmeHzProd, SHARED_PORTS.acmeHzBackup]);
    await expect(page.getByText(SHARED_PORTS.globexOffer)).toHaveCount(0);
    await expect(page.getByText("Total 2")).toBeVisible();

    const prod = rowOf(table, SHARED_PORTS.acmeHzProd);
    await expect(prod.getByRole("cell", { name: "101", exact: true })).toBeVisible();
    await expect(prod.getByRole("cell", { name: "Active", exact: true })).toBeVisible();
    await expect(prod.getByRole("cell", { name: "Complete", exact: true })).toBeVisible();
    const backup = rowOf(table, SHARED_PORTS.acmeHzBackup);
    await expect(backup.getByRole("cell", { name: "201", exact: true })).toBeVisible();
    await expect(backup.getByRole("cell", { name: "Disabled", exact: true })).toBeVisible();
  });

  test("searching by name narrows the list", async ({ page }) => {
    await page.getByRole("searchbox", { name: "Search" }).fill("backup");
    await page.getByRole("searchbox", { name: "Search" }).press("Enter");
    await expect(page).toHaveURL(/[?&]q=backup(&|$)/);
    await expectExactlyRows(page.getByRole("table"), [SHARED_PORTS.acmeHzBackup]);
  });

  test("filtering by status narrows the list", async ({ page }) => {
    await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Disabled" });
    await expect(page).toHaveURL(/[?&]status=/);
    await expectExactlyRows(page.getByRole("table"), [SHARED_PORTS.acmeHzBackup]);
  });

  test("Orders shows the paid order behind its paid port; the partner-paid port's is the partner's", async ({
    page,
  }) => {
    await page.goto(`/${REGIONS.hangzhou.id}/orders`);
    const orders = page.getByRole("table", { name: "Orders" });
    const prod = idOf("sharedPort", SHARED_PORTS.acmeHzProd);
    await expectExactlyRows(orders, [prod]);
    const order = rowOf(orders, prod);
    await expect(order).toContainText("New purchase");
    await expect(order).toContainText("1 month");
    await expect(order).toContainText("CN¥2,600.00");
    await expect(order.getByRole("cell", { name: "Paid", exact: true })).toBeVisible();
  });

  test("opens its shared port with the port's VBR", async ({ page }) => {
    const id = idOf("sharedPort", SHARED_PORTS.acmeHzProd);
    await rowOf(page.getByRole("table"), SHARED_PORTS.acmeHzProd).getByRole("link", { name: id }).click();
    await expect(page).toHaveURL(new RegExp(`/cn-hangzhou/physical-connection/${id}(\\?.*)?$`));
    await expect(page.getByRole("heading", { level: 1, name: SHARED_PORTS.acmeHzProd })).toBeVisible();
    await expect(page.getByText(id).first()).toBeVisible();
    await expect(page.getByText("Active", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "VBR", exact: true })).toBeVisible();
    await expectExactlyRows(page.getByRole("table"), [VBRS.acmeVbrProd]);
  });

  test("gets a 404 for a partner's circuit", async ({ page }) => {
    const id = idOf("circuit", CIRCUITS.unicomHz01);
    await expectNotFound(page, detailUrl(REGIONS.hangzhou.id, id), CIRCUITS.unicomHz01);
  });

  test("gets a 404 for another tenant's shared port", async ({ page }) => {
    const id = idOf("sharedPort", SHARED_PORTS.globexOffer);
    await expectNotFound(page, detailUrl(REGIONS.hangzhou.id, id), SHARED_PORTS.globexOffer);
  });
});

test.describe("tenant Globex", () => {
  test.beforeEach(async ({ page }) => {
    await logOn(page, USERS.globex.email);
  });

  test("lists exactly its pending shared port", async ({ page }) => {
    const table = page.getByRole("table");
    await expectExactlyRows(table, [SHARED_PORTS.globexOffer]);
    await expect(
      rowOf(table, SHARED_PORTS.globexOffer).getByRole("cell", {
        name: "Pending for Acceptance",
        exact: true,
      }),
    ).toBeVisible();
    await expect(page.getByText(SHARED_PORTS.acmeHzProd)).toHaveCount(0);
    await expect(page.getByText(SHARED_PORTS.acmeHzBackup)).toHaveCount(0);
  });

  test("the navigation badge counts its offers waiting for acceptance", async ({ page }) => {
    await expect(
      page.getByRole("link", { name: "Physical Connection 1 shared port waiting for acceptance" }),
    ).toBeVisible();
  });

  test("gets a 404 for another tenant's shared port", async ({ page }) => {
    const id = idOf("sharedPort", SHARED_PORTS.acmeHzProd);
    await expectNotFound(page, detailUrl(REGIONS.hangzhou.id, id), SHARED_PORTS.acmeHzProd);
  });
});

test("tenant Initech sees an empty list", async ({ page }) => {
  await logOn(page, USERS.initech.email);
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(TENANT_COLUMNS);
  await expect(dataRows(table)).toHaveCount(0);
  // No resource links in the body; the VLAN ID and Bandwidth headers are sort links.
  await expect(table.locator("tbody").getByRole("link")).toHaveCount(0);
  await expect(table.locator("thead").getByRole("link")).toHaveText(["VLAN ID", "Bandwidth"]);
  // The empty list says what to do: a partner creates shared ports for this Account ID.
  await expect(
    page.getByText(/^No shared ports in this region\. A partner creates shared ports for your Account ID/),
  ).toBeVisible();
  for (const name of Object.values(SHARED_PORTS)) await expect(page.getByText(name)).toHaveCount(0);
});
