// The AccessKey page and the API it opens: keys made in the console drive the official SDK against this
// very server, and what the API does shows in the console (with its Operation Log) and the reverse.
// VLANs 2900-2999 on unicom-hz-01 belong to this spec; every port it makes is deleted again.
import type { Page } from "@playwright/test";
import { type SdkKey, sdkClient, vpc } from "../lib/server/api/sdk-client";
import {
  CIRCUITS,
  dataRows,
  detailUrl,
  expect,
  idOf,
  logOn,
  PASSWORD,
  REGIONS,
  rowOf,
  test,
  USERS,
} from "./fixtures";

const HZ = REGIONS.hangzhou.id;

function keyTable(page: Page) {
  return page.getByRole("table", { name: "AccessKeys" });
}

function logTable(page: Page) {
  return page.getByRole("table", { name: "Operation Log" });
}

/** Opens the AccessKey page from the account menu, as a user would. */
async function openAccessKeyPage(page: Page) {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "AccessKey" }).click();
  await expect(page).toHaveURL(new RegExp(`/${HZ}/access-keys$`));
  await expect(page.getByRole("heading", { level: 1, name: "AccessKey" })).toBeVisible();
}

/** Clicks "Create AccessKey", types the password again, and opens the password dialog's OK. */
async function confirmCreate(page: Page, password: string) {
  await page.getByRole("button", { name: "Create AccessKey" }).click();
  const confirm = page.getByRole("dialog", { name: "Confirm your password" });
  await confirm.getByLabel("Password", { exact: true }).fill(password);
  await confirm.getByRole("button", { name: "OK" }).click();
  return confirm;
}

/** Creates a key and reads the pair from the one dialog that shows the secret. */
async function createKey(page: Page): Promise<SdkKey> {
  await confirmCreate(page, PASSWORD);
  const dialog = page.getByRole("dialog", { name: "AccessKey created" });
  await expect(dialog).toContainText("shown only this once");
  const accessKeyId = await dialog.getByRole("textbox", { name: "AccessKey ID" }).inputValue();
  const accessKeySecret = await dialog.getByRole("textbox", { name: "AccessKey Secret" }).inputValue();
  expect(accessKeyId).toMatch(/^LTAI[A-Za-z0-9]{20}$/);
  expect(accessKeySecret).toMatch(/^[A-Za-z0-9]{30}$/);
  return { accessKeyId, accessKeySecret };
}

async function closeSecretDialog(page: Page) {
  const dialog = page.getByRole("dialog", { name: "AccessKey created" });
  await dialog.getByRole("button", { name: "I have saved the secret" }).click();
  await expect(dialog).toBeHidden();
}

/** The API's error code for a call that must be refused. */
async function refusedCode(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => "none",
    (error: { code?: string; statusCode?: number }) => `${error.statusCode} ${error.code}`,
  );
}

test.describe("AccessKey", () => {
  test.describe.configure({ timeout: 90_000 });

  test("creates a key, shows its secret once, and disables, enables and deletes it", async ({
    page,
    context,
    baseURL,
  }) => {
    await logOn(page, USERS.unicom.email);
    await openAccessKeyPage(page);
    const key = await createKey(page);

    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const dialog = page.getByRole("dialog", { name: "AccessKey created" });
    await dialog.getByRole("button", { name: "Copy AccessKey Secret" }).click();
    await expect(page.getByText("AccessKey Secret copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key.accessKeySecret);
    await closeSecretDialog(page);

    const row = rowOf(keyTable(page), key.accessKeyId);
    await expect(row).toContainText("Active");
    await expect(row).toContainText("Never");
    await expect(page.locator("body")).not.toContainText(key.accessKeySecret);

    // Never again: not in the page after a reload, nor anywhere in its HTML.
    await page.reload();
    await expect(row).toContainText("Active");
    await expect(page.locator("body")).not.toContainText(key.accessKeySecret);
    expect(await page.content()).not.toContain(key.accessKeySecret);

    const sdk = sdkClient(new URL(baseURL ?? "").host, key);
    const regions = await sdk.describeRegions(new vpc.DescribeRegionsRequest({}));
    expect(regions.body?.regions?.region?.map((r) => r.regionId)).toContain(HZ);
    await page.reload();
    await expect(row).not.toContainText("Never");

    await row.getByRole("button", { name: `Disable ${key.accessKeyId}` }).click();
    const disable = page.getByRole("dialog", { name: "Disable AccessKey" });
    await expect(disable).toContainText("will be refused until you enable it again");
    await disable.getByRole("button", { name: "OK" }).click();
    await expect(disable).toBeHidden();
    await expect(page.getByText(`${key.accessKeyId} disabled.`)).toBeVisible();
    await expect(row).toContainText("Inactive");
    expect(await refusedCode(sdk.describeRegions(new vpc.DescribeRegionsRequest({})))).toBe(
      "404 InvalidAccessKeyId.NotFound",
    );

    await row.getByRole("button", { name: `Enable ${key.accessKeyId}` }).click();
    await expect(page.getByText(`${key.accessKeyId} enabled.`)).toBeVisible();
    await expect(row).toContainText("Active");
    await sdk.describeRegions(new vpc.DescribeRegionsRequest({}));

    await row.getByRole("button", { name: `Delete ${key.accessKeyId}` }).click();
    const remove = page.getByRole("dialog", { name: "Delete AccessKey" });
    await expect(remove).toContainText("cannot be restored");
    await remove.getByRole("button", { name: "OK" }).click();
    await expect(remove).toBeHidden();
    await expect(page.getByText(`${key.accessKeyId} deleted.`)).toBeVisible();
    await expect(row).toHaveCount(0);
    expect(await refusedCode(sdk.describeRegions(new vpc.DescribeRegionsRequest({})))).toBe(
      "404 InvalidAccessKeyId.NotFound",
    );
  });

  test("creating a key asks for the password again: a wrong one creates nothing", async ({ page }) => {
    await logOn(page, USERS.globex.email);
    await openAccessKeyPage(page);
    const keys = dataRows(keyTable(page));
    const before = await keys.count();
    const confirm = await confirmCreate(page, "not-the-password");
    await expect(confirm.getByText("The password is incorrect.")).toBeVisible();
    await expect(confirm.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("dialog", { name: "AccessKey created" })).toHaveCount(0);
    await page.keyboard.press("Escape");
    await page.reload();
    await expect(keys).toHaveCount(before);

    const key = await createKey(page);
    await closeSecretDialog(page);
    await expect(keys).toHaveCount(before + 1);
    const row = rowOf(keyTable(page), key.accessKeyId);
    await row.getByRole("button", { name: `Delete ${key.accessKeyId}` }).click();
    await page.getByRole("dialog", { name: "Delete AccessKey" }).getByRole("button", { name: "OK" }).click();
    await expect(row).toHaveCount(0);
  });

  test("a shared port made through the API shows in the console with its Operation Log, and the reverse", async ({
    page,
    browser,
    baseURL,
  }) => {
    await logOn(page, USERS.unicom.email);
    await openAccessKeyPage(page);
    const key = await createKey(page);
    await closeSecretDialog(page);
    const sdk = sdkClient(new URL(baseURL ?? "").host, key);
    const circuitId = idOf("circuit", CIRCUITS.unicomHz01);
    const made: string[] = [];
    try {
      // API -> console.
      const created = await sdk.createVirtualPhysicalConnection(
        new vpc.CreateVirtualPhysicalConnectionRequest({
          regionId: HZ,
          physicalConnectionId: circuitId,
          vpconnAliUid: Number(USERS.globex.uid),
          vlanId: 2901,
          spec: "50M",
          orderMode: "PayByVirtualPhysicalConnectionOwner",
          name: "api-made-2901",
        }),
      );
      const apiPort = created.body?.virtualPhysicalConnection ?? "";
      const requestId = created.body?.requestId ?? "";
      made.push(apiPort);
      expect(apiPort).toMatch(/^pc-/);
      expect(requestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);

      await page.goto(detailUrl(HZ, circuitId));
      const shared = page.getByRole("table", { name: "Shared ports on this circuit" });
      const apiRow = rowOf(shared, "api-made-2901");
      await expect(apiRow).toContainText("2901");
      await expect(apiRow).toContainText(USERS.globex.uid);
      await expect(apiRow).toContainText("Pending for Acceptance");

      // The circuit's third tab.
      await page.getByRole("tab", { name: "Operation Log" }).click();
      await expect(page).toHaveURL(/[?&]tab=log(&|$)/);
      await expect(page.getByRole("tab", { name: "Operation Log" })).toHaveAttribute("aria-selected", "true");
      await expect(logTable(page)).toBeVisible();

      await page.goto(detailUrl(HZ, apiPort));
      await expect(page.getByRole("heading", { level: 1, name: "api-made-2901" })).toBeVisible();
      await page.getByRole("tab", { name: "Operation Log" }).click();
      const apiEntry = rowOf(logTable(page), "CreateVirtualPhysicalConnection");
      await expect(apiEntry).toHaveCount(1);
      for (const text of ["API", key.accessKeyId, requestId, "Success", `${USERS.unicom.uid} (you)`]) {
        await expect(apiEntry).toContainText(text);
      }

      // The tenant sees who did it and the RequestId, never the partner's AccessKey ID.
      const tenant = await browser.newContext();
      try {
        const tenantPage = await tenant.newPage();
        await logOn(tenantPage, USERS.globex.email);
        await tenantPage.goto(`${detailUrl(HZ, apiPort)}?tab=log`);
        const seen = rowOf(logTable(tenantPage), "CreateVirtualPhysicalConnection");
        await expect(seen).toContainText(USERS.unicom.uid);
        await expect(seen).toContainText(requestId);
        await expect(seen).toContainText("Not shown");
        await expect(seen).not.toContainText(key.accessKeyId);
      } finally {
        await tenant.close();
      }

      // Console -> API.
      await page.goto(detailUrl(HZ, circuitId));
      await page.getByRole("button", { name: "Create Shared Port", exact: true }).click();
      const panel = page.getByRole("dialog", { name: "Create Shared Port" });
      await panel.getByLabel("Account ID").fill(USERS.globex.uid);
      await panel.getByLabel("VLAN ID").fill("2902");
      await panel.getByLabel("Shared Physical Connection Bandwidth Limit").selectOption("50M");
      await panel.getByLabel("Name", { exact: true }).fill("console-made-2902");
      await panel.getByRole("button", { name: "OK" }).click();
      await page.getByRole("dialog", { name: "Confirm" }).getByRole("button", { name: "OK" }).click();
      await expect(page.getByText(/created: Pending for Acceptance/)).toBeVisible();
      const consolePort = idOf("sharedPort", "console-made-2902");
      made.push(consolePort);

      const listed = await sdk.listVirtualPhysicalConnections(
        new vpc.ListVirtualPhysicalConnectionsRequest({
          regionId: HZ,
          physicalConnectionId: circuitId,
          vlanIds: ["2902"],
        }),
      );
      const found = listed.body?.virtualPhysicalConnections?.find(
        (p) => p.physicalConnectionId === consolePort,
      );
      expect(found?.name).toBe("console-made-2902");
      expect(found?.vlanId).toBe("2902");
      expect(found?.aliUid).toBe(USERS.globex.uid);
      expect(found?.virtualPhysicalConnectionStatus).toBe("UnConfirmed");

      await page.goto(`${detailUrl(HZ, consolePort)}?tab=log`);
      const consoleEntry = rowOf(logTable(page), "CreateVirtualPhysicalConnection");
      await expect(consoleEntry).toContainText("Console");
      await expect(consoleEntry).not.toContainText(key.accessKeyId);
    } finally {
      // Leave unicom-hz-01 as the other specs expect it.
      for (const id of made) {
        await sdk.deletePhysicalConnection(
          new vpc.DeletePhysicalConnectionRequest({ regionId: HZ, physicalConnectionId: id }),
        );
      }
    }
    await page.goto(detailUrl(HZ, circuitId));
    await expect(page.getByText("api-made-2901")).toHaveCount(0);
    await expect(page.getByText("console-made-2902")).toHaveCount(0);
  });
});
