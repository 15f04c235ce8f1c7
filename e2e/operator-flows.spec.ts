// The operator's side: from the operator console, a partner, its user (by one-time link), a circuit, a
// tenant and a read-only RAM user; the partner offers a shared port on that circuit, the tenant accepts
// and pays, and the RAM user is refused a write in the console and through the API (official SDK).
// The circuit is new, so its VLANs are this spec's alone; it adds an access point, never a region.
import type { Page } from "@playwright/test";
import { sdkClient, vpc } from "../lib/server/api/sdk-client";
import { expect, fillLogOnForm, listUrl, REGIONS, rowOf, test } from "./fixtures";
import { logOut, offerSharedPort } from "./tenant-helpers";

const OPERATOR = { email: "operator@platform.example", password: "Operator-e2e-1234" };
const HZ = REGIONS.hangzhou.id;
const PARTNER = "Northwind E2E";
const TENANT = {
  name: "Contoso E2E",
  uid: "1299999999999901",
  email: "it@contoso.example",
  password: "Contoso-e2e-1234",
};
const PARTNER_USER = { email: "noc@northwind.example", password: "Northwind-e2e-1234" };
const AUDITOR = {
  name: "Northwind auditor",
  email: "auditor@northwind.example",
  password: "Auditor-e2e-1234",
};
const CIRCUIT = "northwind-hz-e2e";
const CONSOLE_HOME = new RegExp(`/${HZ}/physical-connection$`);

async function logOnAs(page: Page, who: { email: string; password: string }, landing: RegExp) {
  await page.goto("/login");
  await fillLogOnForm(page, who.email, who.password);
  await expect(page).toHaveURL(landing);
}

/** Opens the operator dialog `name`, fills its labelled fields and presses OK. */
async function submitDialog(
  page: Page,
  name: string,
  fill: (dialog: ReturnType<Page["getByRole"]>) => Promise<void>,
) {
  await page.getByRole("button", { name, exact: true }).click();
  const dialog = page.getByRole("dialog", { name });
  await fill(dialog);
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog).toBeHidden();
}

async function createAccount(page: Page, name: string, role: "Partner" | "Tenant", uid?: string) {
  await page.goto("/operator/accounts");
  await submitDialog(page, "Create Account", async (d) => {
    await d.getByLabel("Name").fill(name);
    await d.getByLabel("Role").selectOption({ label: role });
    await d.getByLabel("Site").selectOption({ label: "China site" });
    if (uid) await d.getByLabel("UID").fill(uid);
    if (role === "Partner") await d.getByLabel("2G and above allowed (2G+ allowlist)").check();
  });
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
}

async function createUser(page: Page, account: string, user: { email: string; password?: string }) {
  await page.goto("/operator/accounts");
  await page.getByRole("link", { name: account, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: account })).toBeVisible();
  await submitDialog(page, "Create User", async (d) => {
    await d.getByLabel("Email").fill(user.email);
    await d.getByLabel("Display name").fill(account);
    if (user.password) await d.getByLabel("Password").fill(user.password);
  });
  await expect(rowOf(page.getByRole("table", { name: "Users" }), user.email)).toBeVisible();
}

test("the operator builds a partner, its user, a circuit and a tenant; the port is offered and accepted; a read-only RAM user is refused writes", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000);
  await logOnAs(page, OPERATOR, /\/operator\/accounts$/);
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();

  await page.getByRole("link", { name: "Regions and access points" }).click();
  await submitDialog(page, "Add Access Point", async (d) => {
    await d.getByLabel("Region").selectOption({ value: HZ });
    await d.getByLabel("Access point ID").fill("ap-cn-hangzhou-e2e-A");
    await d.getByLabel("Name (English)").fill("Hangzhou-E2E-A");
    await d.getByLabel("Name (Chinese)").fill("杭州-E2E-A");
  });
  await expect(page.getByText("ap-cn-hangzhou-e2e-A")).toBeVisible();

  await createAccount(page, PARTNER, "Partner");
  await createAccount(page, TENANT.name, "Tenant", TENANT.uid);

  // The partner's user gets a one-time link; the tenant's a password.
  await createUser(page, PARTNER, { email: PARTNER_USER.email });
  const link = await page
    .getByRole("status")
    .filter({ hasText: PARTNER_USER.email })
    .getByRole("link")
    .getAttribute("href");
  expect(link).toMatch(/\/invite\/[\w-]{32}$/);
  await createUser(page, TENANT.name, TENANT);

  // A read-only RAM user under the partner, and its log-on.
  await page.goto("/operator/accounts");
  await page.getByRole("link", { name: PARTNER, exact: true }).click();
  await submitDialog(page, "Create RAM User", async (d) => {
    await d.getByLabel("Name").fill(AUDITOR.name);
    await d.getByLabel("Policy").selectOption("ReadOnly");
  });
  await createUser(page, AUDITOR.name, AUDITOR);

  await page.getByRole("link", { name: "Circuits" }).click();
  await submitDialog(page, "Create Circuit", async (d) => {
    const partner = await d
      .getByRole("option", { name: new RegExp(`^${PARTNER} \\(`) })
      .getAttribute("value");
    await d.getByLabel("Partner").selectOption(partner ?? "");
    await d.getByLabel("Access point").selectOption("ap-cn-hangzhou-e2e-A");
    await d.getByLabel("Name", { exact: true }).fill(CIRCUIT);
  });
  await expect(rowOf(page.getByRole("table", { name: "Circuits" }), CIRCUIT)).toContainText("Enabled");
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // The partner sets its password through the link, logs on, applies for the privilege and offers a port.
  await page.goto(link ?? "");
  await page.getByLabel("New password").fill(PARTNER_USER.password);
  await page.getByRole("button", { name: "Set Password" }).click();
  await expect(page.getByText("Your password is set.")).toBeVisible();
  await logOnAs(page, PARTNER_USER, CONSOLE_HOME);
  await page.getByRole("link", { name: "Quota Center" }).click();
  await page.getByRole("button", { name: "Apply" }).click();
  const apply = page.getByRole("dialog", { name: "Apply for Privileges" });
  await apply.getByLabel("Valid", { exact: true }).check();
  await apply.getByLabel("Reason").fill("Contoso needs a hosted connection.");
  await apply.getByRole("button", { name: "OK" }).click();
  await expect(page.getByText("Privilege granted for one day.")).toBeVisible();
  await offerSharedPort(page, {
    circuit: CIRCUIT,
    uid: TENANT.uid,
    vlan: "100",
    spec: "100M",
    name: "contoso-e2e",
  });
  await logOut(page);

  // The tenant accepts and pays.
  await logOnAs(page, TENANT, CONSOLE_HOME);
  const row = page.getByRole("row").filter({ hasText: "contoso-e2e" });
  await row.getByRole("button", { name: "Accept and Pay contoso-e2e" }).click();
  await page.getByRole("dialog", { name: "Accept" }).getByRole("button", { name: "OK" }).click();
  const order = page.getByRole("dialog", { name: "Confirm Order" });
  await order.getByRole("button", { name: "Buy Now" }).click();
  await expect(order).toBeHidden();
  await expect(row.getByRole("cell", { name: "Active", exact: true })).toBeVisible();
  await logOut(page);

  // The read-only RAM user sees the partner's circuit and is refused a write, beside the form.
  await logOnAs(page, AUDITOR, CONSOLE_HOME);
  await page.goto(listUrl(HZ));
  await page.getByRole("button", { name: `Create Shared Port on ${CIRCUIT}` }).click();
  const panel = page.getByRole("dialog", { name: "Create Shared Port" });
  await panel.getByLabel("Account ID").fill(TENANT.uid);
  await panel.getByLabel("VLAN ID").fill("101");
  await panel.getByLabel("Shared Physical Connection Bandwidth Limit").selectOption("100M");
  await panel.getByRole("button", { name: "OK" }).click();
  await page.getByRole("dialog", { name: "Confirm" }).getByRole("button", { name: "OK" }).click();
  await expect(page.getByText(/Your RAM policy does not allow this/)).toBeVisible();

  // Through the API: the operator API hands the RAM user a key, which the official SDK uses.
  const authorization = `Basic ${Buffer.from(`${OPERATOR.email}:${OPERATOR.password}`).toString("base64")}`;
  const accounts = await page.request.post("/api/operator/ListAccounts", {
    headers: { authorization },
    data: {},
  });
  const auditor = ((await accounts.json()).Data as Array<{ uid: string; name: string }>).find(
    (a) => a.name === AUDITOR.name,
  );
  const key = await page.request.post("/api/operator/CreateAccessKey", {
    headers: { authorization },
    data: { accountUid: auditor?.uid },
  });
  expect(key.status()).toBe(200);
  const client = sdkClient(new URL(baseURL ?? "").host, (await key.json()).Data);
  const circuits = await client.describePhysicalConnections(
    new vpc.DescribePhysicalConnectionsRequest({ regionId: HZ }),
  );
  const circuitId = circuits.body?.physicalConnectionSet?.physicalConnectionType?.find(
    (c) => c.name === CIRCUIT,
  )?.physicalConnectionId;
  expect(circuitId).toMatch(/^pc-/);
  const refused = await client
    .createVirtualPhysicalConnection(
      new vpc.CreateVirtualPhysicalConnectionRequest({
        regionId: HZ,
        physicalConnectionId: circuitId,
        vpconnAliUid: TENANT.uid,
        vlanId: 102,
        spec: "100M",
      }),
    )
    .then(
      () => "accepted",
      (error: { statusCode: number; code: string }) => `${error.statusCode} ${error.code}`,
    );
  expect(refused).toBe("403 Forbidden.RAM");
});
