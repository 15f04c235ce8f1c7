import { expect, fillLogOnForm, listUrl, logOn, PASSWORD, REGIONS, test, USERS } from "./fixtures";

const INCORRECT = "Incorrect email or password.";

test.describe("log on and log out", () => {
  test("an anonymous visitor of a console page is sent to the login page", async ({ page }) => {
    await page.goto(listUrl(REGIONS.hangzhou.id));
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    const callbackUrl = new URL(page.url()).searchParams.get("callbackUrl");
    expect(callbackUrl).toContain("/cn-hangzhou/physical-connection");
    await expect(page.getByRole("button", { name: "Log on", exact: true })).toBeVisible();
  });

  test("the root page sends an anonymous visitor to the login page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login(\?|$)/);
  });

  test("a wrong password shows the generic message and stays on the login page", async ({ page }) => {
    await page.goto("/login");
    await fillLogOnForm(page, USERS.acme.email, "not-the-password");
    await expect(page.getByText(INCORRECT, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/login(\?|$)/);
    await expect(page.getByRole("heading", { name: "Physical Connection" })).toHaveCount(0);
  });

  test("an unknown email shows the same generic message", async ({ page }) => {
    await page.goto("/login");
    await fillLogOnForm(page, "nobody@tenant.example", PASSWORD);
    await expect(page.getByText(INCORRECT, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/login(\?|$)/);
  });

  test("logging on returns to the page asked for", async ({ page }) => {
    await page.goto(listUrl(REGIONS.beijing.id));
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await logOn(page, USERS.unicom.email, /\/cn-beijing\/physical-connection(\?.*)?$/);
  });

  test("logging out ends the session", async ({ page }) => {
    await logOn(page, USERS.acme.email);
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Log out" }).click();
    await expect(page).toHaveURL(/\/login(\?|$)/);

    await page.goto(listUrl(REGIONS.hangzhou.id));
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  });
});
