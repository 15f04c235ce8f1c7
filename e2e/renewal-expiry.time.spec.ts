import { PRIVILEGE_QUOTA_ID } from "../lib/domain/privilege";
import { applyPrivilege } from "../lib/server/operations/apply-privilege";
import { expect, listUrl, logOn, test, USERS } from "./fixtures";
import { runAs } from "./run-operation";
import { activeAcmePort, HZ, tenantPort } from "./tenant-helpers";

const DAY_MS = 24 * 60 * 60 * 1000;

// The period ends unrenewed: the job locks the port, and deleting it takes Confirm Deletion's expired
// branch: released, nothing refunded, no refund page.
test("an expired port is locked, and deleting it refunds nothing", async ({ page, request }) => {
  const name = "acme-let-expire";
  // China Unicom's one-day privilege ended when earlier time specs moved the clock: it applies again.
  await runAs(USERS.unicom.uid, applyPrivilege, {
    quotaId: PRIVILEGE_QUOTA_ID,
    value: "valid",
    reason: "offering a shared port",
  });
  await activeAcmePort(name, 2804);
  const moved = await request.post("/api/test/clock", { data: { advanceMs: 32 * DAY_MS } });
  expect(moved.status()).toBe(200);
  expect(((await moved.json()) as { ran: string[] }).ran).toContain("advance-subscriptions");

  await logOn(page, USERS.acme.email);
  await page.goto(listUrl(HZ));
  const row = tenantPort(page, name);
  await expect(row).toContainText("Expired");
  await expect(row).toContainText("Expired and locked");
  await row.getByRole("button", { name: `Delete ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: "Confirm Deletion" });
  await expect(dialog).toContainText("has expired");
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/physical-connection(\?.*)?$/);
  await expect(row).toHaveCount(0);
});
