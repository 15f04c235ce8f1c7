import { detailUrl, idOf, logOn, REGIONS, SHARED_PORTS, CIRCUITS, test, USERS } from "./fixtures";

test("screenshots", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  await logOn(page, USERS.acme.email);
  const port = `${detailUrl(REGIONS.hangzhou.id, idOf("sharedPort", SHARED_PORTS.acmeHzProd))}?tab=alerts`;
  for (const locale of ["en", "zh-CN"]) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "" }]);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(port);
      await page.screenshot({ path: `/tmp/shots-alerts/port-${locale}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(port);
    await page.getByRole("button", { name: /Create Alert Rule for|为 .* 创建报警规则/ }).first().click();
    await page.screenshot({ path: `/tmp/shots-alerts/dialog-${locale}-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: `/tmp/shots-alerts/dialog-${locale}-390.png`, fullPage: true });
  }
  await page.context().clearCookies();
  await logOn(page, USERS.unicom.email);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${detailUrl(REGIONS.hangzhou.id, idOf("circuit", CIRCUITS.unicomHz01))}?tab=alerts`);
  await page.screenshot({ path: "/tmp/shots-alerts/circuit-en-1280.png", fullPage: true });
});
