import { expect, logOn, REGIONS, rowOf, SHARED_PORTS, test, USERS } from "./fixtures";

const DAY_MS = 24 * 3_600_000;

// The demo traffic generator pushed a day of acme-hz-prod's traffic; once that month has closed and
// the week for late samples has passed, the meter-outbound-transfer job bills it to Acme.
test("a closed month's outbound data transfer is billed to the tenant, in Orders, with its bytes", async ({
  page,
  request,
}) => {
  const current = (await (await request.post("/api/test/clock", { data: { advanceMs: 0 } })).json()) as {
    now: string;
  };
  // The generator dates its samples by the machine's clock: bill the month it is in now.
  const machine = new Date();
  const month = machine.toISOString().slice(0, 7);
  const billedFrom =
    Date.UTC(machine.getUTCFullYear(), machine.getUTCMonth() + 1, 1) + 7 * DAY_MS + 3_600_000;
  const advanceMs = Math.max(0, billedFrom - new Date(current.now).getTime());
  const moved = await request.post("/api/test/clock", { data: { advanceMs } });
  expect(moved.status()).toBe(200);
  expect(((await moved.json()) as { ran: string[] }).ran).toContain("meter-outbound-transfer");

  await logOn(page, USERS.acme.email);
  await page.goto(`/${REGIONS.hangzhou.id}/orders`);
  const bills = page.getByRole("table", { name: "Outbound data transfer bills" });
  const bill = rowOf(bills, SHARED_PORTS.acmeHzProd).filter({ hasText: month });
  await expect(bill).toBeVisible();
  await expect(bill).toContainText("CN¥0.50 per GB");
  // The amount is the billed bytes times the price, rounded up to the cent.
  const text = (await bill.textContent()) ?? "";
  const bytes = Number(/([\d,]+) bytes/.exec(text)?.[1]?.replaceAll(",", ""));
  expect(bytes).toBeGreaterThan(0);
  const cents = Math.ceil((bytes * 50) / 1e9);
  await expect(bill).toContainText(
    new Intl.NumberFormat("en-US", { style: "currency", currency: "CNY" }).format(cents / 100),
  );
});
