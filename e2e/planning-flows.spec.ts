// The partner's circuit planning tools: capacity what-if, the VLAN map and VLAN reservations. Flows here
// use VLANs 2700-2799 only.
import type { Locator, Page } from "@playwright/test";
import { CIRCUITS, detailUrl, expect, idOf, logOn, REGIONS, rowOf, test, USERS } from "./fixtures";

const HZ = REGIONS.hangzhou.id;

function toMbps(text: string): number {
  const match = /([\d.]+) (Gbps|Mbps)/.exec(text);
  if (!match) throw new Error(`no bandwidth in "${text}"`);
  return Number(match[1]) * (match[2] === "Gbps" ? 1000 : 1);
}

/** The what-if table's row ("Now" or "After") as [committed, pending, free] in Mbit/s. */
async function planRow(preview: Locator, row: "Now" | "After"): Promise<number[]> {
  const cells = preview.getByRole("row", { name: new RegExp(`^${row}`) }).getByRole("cell");
  return (await cells.allInnerTexts()).map(toMbps);
}

async function openCreateOnCircuitPage(page: Page, circuit: string) {
  await page.goto(detailUrl(HZ, idOf("circuit", circuit)));
  await page.getByRole("button", { name: "Create Shared Port", exact: true }).click();
  return page.getByRole("dialog", { name: "Create Shared Port" });
}

test.describe("circuit planning", () => {
  test.describe.configure({ timeout: 90_000 });

  test.beforeEach(async ({ page }) => {
    await logOn(page, USERS.unicom.email);
  });

  test("the circuit page splits capacity, and Create Shared Port shows the circuit after the offer and disables bandwidths that do not fit", async ({
    page,
  }) => {
    await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
    const capacity = page.getByRole("region", { name: /^Capacity/ });
    for (const term of ["Committed", "Pending", "Free"])
      await expect(capacity.getByText(term, { exact: true })).toBeVisible();

    const panel = await openCreateOnCircuitPage(page, CIRCUITS.unicomHz02);
    const preview = panel.getByRole("region", { name: "Circuit capacity after this change" });
    await expect(preview.getByRole("row", { name: /^Now/ })).toBeVisible();
    const [committed, pending, free] = await planRow(preview, "Now");
    await panel.getByLabel("Shared Physical Connection Bandwidth Limit").selectOption("1G");
    await expect
      .poll(() => planRow(preview, "After"))
      .toEqual([committed, (pending ?? 0) + 1000, (free ?? 0) - 1000]);

    // Whatever the other flows left on unicom-bj-01 (1 Gbps), a bandwidth above its free capacity is
    // disabled with the reason, and one within it is not.
    await page.goto(detailUrl(REGIONS.beijing.id, idOf("circuit", CIRCUITS.unicomBj01)));
    await page.getByRole("button", { name: "Create Shared Port", exact: true }).click();
    const bj = page.getByRole("dialog", { name: "Create Shared Port" });
    const bjPreview = bj.getByRole("region", { name: "Circuit capacity after this change" });
    await expect(bjPreview.getByRole("row", { name: /^Now/ })).toBeVisible();
    const bjFree = (await planRow(bjPreview, "Now"))[2] ?? 0;
    const bandwidth = bj.getByLabel("Shared Physical Connection Bandwidth Limit");
    const freeText = bjFree >= 1000 ? `${bjFree / 1000} Gbps` : `${bjFree} Mbps`;
    // 2 Gbps never fits a 1 Gbps circuit, and China Unicom is on the high-bandwidth allowlist.
    const twoG = bandwidth.getByRole("option", { name: /^2 Gbps/ });
    await expect(twoG).toBeDisabled();
    await expect(twoG).toHaveText(`2 Gbps (exceeds the free capacity, ${freeText} free)`);
    if (bjFree >= 50) {
      await expect(bandwidth.getByRole("option", { name: "50 Mbps", exact: true })).toBeEnabled();
    }
  });

  test("the VLAN map lists what uses each VLAN, explains VLAN 0 and answers a search", async ({ page }) => {
    await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz01)));
    await page.getByRole("tab", { name: "VLANs" }).click();
    await expect(page.getByText(/VLAN 0 is the untagged Layer 3 router interface/)).toBeVisible();
    const used = page.getByRole("table", { name: "VLANs in use on this circuit" });
    const prod = used.getByRole("row").filter({ has: page.getByRole("cell", { name: "101", exact: true }) });
    await expect(prod).toContainText("Shared port acme-hz-prod");
    await expect(prod).toContainText("VBR acme-vbr-prod");
    await expect(prod).toContainText(USERS.acme.uid);

    const search = page.getByPlaceholder("Search by VLAN ID, shared port, VBR or account ID");
    await search.fill("101");
    await search.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "VLAN 101 is in use." })).toBeVisible();
    await search.fill("2799");
    await search.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "VLAN 2799 is free." })).toBeVisible();
  });

  test("Create Shared Port says whether the typed VLAN is free and fills in the next free one", async ({
    page,
  }) => {
    const panel = await openCreateOnCircuitPage(page, CIRCUITS.unicomHz01);
    await panel.getByLabel("Account ID").fill(USERS.acme.uid);
    const vlan = panel.getByLabel("VLAN ID");
    await vlan.fill("101");
    await expect(
      panel.getByRole("status").filter({ hasText: /already used by another shared port or VBR/ }),
    ).toBeVisible();
    await panel.getByRole("button", { name: "Next free" }).click();
    await expect(vlan).not.toHaveValue("101");
    const offered = await vlan.inputValue();
    await expect(
      panel.getByRole("status").filter({ hasText: `VLAN ${offered} is free on this circuit.` }),
    ).toBeVisible();
  });

  test("a VLAN range reserved for one tenant is refused to another, offered to that tenant first, and released", async ({
    page,
  }) => {
    await page.goto(`${detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz02))}?tab=vlans`);
    await page.getByRole("button", { name: "Reserve VLANs" }).click();
    const reserve = page.getByRole("dialog", { name: "Reserve VLANs" });
    await reserve.getByLabel("First VLAN ID").fill("2700");
    await reserve.getByLabel("Last VLAN ID").fill("2709");
    await reserve.getByLabel("Tenant account ID").fill(USERS.acme.uid);
    await reserve.getByRole("button", { name: "OK" }).click();
    await expect(page.getByText("VLANs 2700-2709 reserved.")).toBeVisible();
    const reservations = page.getByRole("table", { name: "VLAN reservations on this circuit" });
    await expect(rowOf(reservations, "2700-2709")).toContainText(`Account ${USERS.acme.uid}`);

    const panel = await openCreateOnCircuitPage(page, CIRCUITS.unicomHz02);
    await panel.getByLabel("Account ID").fill(USERS.globex.uid);
    await panel.getByLabel("VLAN ID").fill("2705");
    await expect(
      panel.getByRole("status").filter({ hasText: /reserved on this circuit for another tenant/ }),
    ).toBeVisible();
    await panel.getByLabel("Shared Physical Connection Bandwidth Limit").selectOption("50M");
    await panel.getByRole("button", { name: "OK" }).click();
    await page.getByRole("dialog", { name: "Confirm" }).getByRole("button", { name: "OK" }).click();
    await expect(panel.getByText("InvalidVlanId.Reserved")).toBeVisible();
    await expect(panel.getByLabel("VLAN ID")).toHaveAttribute("aria-invalid", "true");

    await panel.getByLabel("Account ID").fill(USERS.acme.uid);
    await panel.getByRole("button", { name: "Next free" }).click();
    await expect(panel.getByLabel("VLAN ID")).toHaveValue("2700");
    await page.keyboard.press("Escape");

    await page.goto(`${detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz02))}?tab=vlans`);
    await page.getByRole("button", { name: "Release reserved VLANs 2700-2709" }).click();
    await page
      .getByRole("dialog", { name: "Release reserved VLANs" })
      .getByRole("button", { name: "OK" })
      .click();
    await expect(page.getByText("Reservation of VLANs 2700-2709 released.")).toBeVisible();
    await expect(reservations.getByText("2700-2709")).toBeHidden();
  });

  test("bulk create: a dry run checks every row, then apply creates them in one go with a result file", async ({
    page,
  }) => {
    await page.goto(`/${HZ}/physical-connection`);
    await page.getByRole("button", { name: "Bulk Create" }).click();
    const dialog = page.getByRole("dialog", { name: "Bulk Create Shared Ports" });
    const upload = (rows: string[]) =>
      dialog.getByLabel("CSV file").setInputFiles({
        name: "ports.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(["accountId,circuit,vlan,spec,payer,name", ...rows].join("\n")),
      });
    await upload([
      `${USERS.globex.uid},${CIRCUITS.unicomHz02},2770,50M,tenant,bulk-e2e-a`,
      `${USERS.globex.uid},${CIRCUITS.unicomHz02},201,50M,tenant,bulk-e2e-b`,
    ]);
    await dialog.getByRole("button", { name: "Dry Run", exact: true }).click();
    await expect(
      dialog.getByRole("status").filter({ hasText: "1 row was refused: nothing was created." }),
    ).toBeVisible();
    const rows = dialog.getByRole("table", { name: "Rows of the upload" });
    await expect(rows.getByRole("row").filter({ hasText: "InvalidVlanId.Used" })).toContainText("3");
    await expect(dialog.getByRole("button", { name: /^Apply/ })).toHaveAttribute("aria-disabled", "true");

    await upload([
      `${USERS.globex.uid},${CIRCUITS.unicomHz02},2770,50M,tenant,bulk-e2e-a`,
      `${USERS.globex.uid},${CIRCUITS.unicomHz02},2771,50M,tenant,bulk-e2e-b`,
    ]);
    await dialog.getByRole("button", { name: "Dry Run", exact: true }).click();
    await expect(
      dialog.getByRole("status").filter({ hasText: "Dry run passed: all 2 rows can be created." }),
    ).toBeVisible();
    await dialog.getByRole("button", { name: "Apply", exact: true }).click();
    await expect(dialog.getByRole("status").filter({ hasText: "2 shared ports created" })).toBeVisible();
    const download = page.waitForEvent("download");
    await dialog.getByRole("link", { name: "Download the result file" }).click();
    expect((await download).suggestedFilename()).toBe("bulk-result.csv");
    await page.keyboard.press("Escape");

    await page.goto(detailUrl(HZ, idOf("circuit", CIRCUITS.unicomHz02)));
    const table = page.getByRole("table", { name: "Shared ports on this circuit" });
    await expect(rowOf(table, "bulk-e2e-a")).toContainText("2770");
    await expect(rowOf(table, "bulk-e2e-b")).toContainText("2771");
  });

  test("the circuits page warns where an access point has no redundant circuit", async ({ page }) => {
    // unicom-hz-01 and unicom-hz-02 stand at two access points; unicom-bj-01 is alone in Beijing.
    await page.goto(`/${HZ}/physical-connection`);
    await expect(page.getByRole("table", { name: "Express Connect circuits" })).toBeVisible();
    await expect(page.getByText(/No redundant circuit/)).toHaveCount(0);
    await page.goto(`/${REGIONS.beijing.id}/physical-connection`);
    await expect(
      page.getByRole("note").filter({ hasText: /^No redundant circuit: .+ is your only access point/ }),
    ).toBeVisible();
  });
});
