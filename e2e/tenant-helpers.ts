import type { Locator, Page } from "@playwright/test";
import { openDb } from "../db/client";
import { vbrs, vlanAllocations } from "../db/schema";
import { newRouteTableId, newVbrId, newVlanInterfaceId } from "../lib/server/ids";
import {
  confirmPhysicalConnection,
  createPhysicalConnectionOccupancyOrder,
  createVirtualPhysicalConnection,
  deletePhysicalConnection,
  deleteVirtualBorderRouter,
  describeVirtualBorderRouters,
} from "../lib/server/operations";
import { CIRCUITS, expect, idOf, listUrl, REGIONS, rowOf, USERS } from "./fixtures";
import { runAs } from "./run-operation";

export const HZ = REGIONS.hangzhou.id;

export async function logOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Log out", exact: true }).click();
  await expect(page).toHaveURL(/\/login(\?|$)/);
}

/** The partner offers a shared port through the "Create Shared Port" panel of a circuit row. */
export async function offerSharedPort(
  page: Page,
  offer: { circuit: string; uid: string; vlan: string; spec: string; name: string; partnerPays?: boolean },
): Promise<void> {
  await page.goto(listUrl(HZ));
  await page.getByRole("button", { name: `Create Shared Port on ${offer.circuit}` }).click();
  const panel = page.getByRole("dialog", { name: "Create Shared Port" });
  await panel.getByLabel("Account ID").fill(offer.uid);
  if (offer.partnerPays) await panel.getByLabel("Pay by Current Account").check();
  await panel.getByLabel("VLAN ID").fill(offer.vlan);
  await panel.getByLabel("Shared Physical Connection Bandwidth Limit").selectOption(offer.spec);
  await panel.getByLabel("Name", { exact: true }).fill(offer.name);
  await panel.getByRole("button", { name: "OK" }).click();
  await page.getByRole("dialog", { name: "Confirm" }).getByRole("button", { name: "OK" }).click();
  await expect(page.getByText(/created: Pending for Acceptance/)).toBeVisible();
}

/** Setup another test does not exercise: unicom offers Acme a 50M port on unicom-hz-01 and Acme accepts and pays. */
export async function activeAcmePort(name: string, vlanId: number): Promise<string> {
  const { virtualPhysicalConnection: id } = await runAs(USERS.unicom.uid, createVirtualPhysicalConnection, {
    regionId: HZ,
    physicalConnectionId: idOf("circuit", CIRCUITS.unicomHz01),
    vpconnAliUid: USERS.acme.uid,
    vlanId,
    spec: "50M",
    name,
  });
  await runAs(USERS.acme.uid, confirmPhysicalConnection, { regionId: HZ, physicalConnectionId: id });
  await runAs(USERS.acme.uid, createPhysicalConnectionOccupancyOrder, {
    regionId: HZ,
    physicalConnectionId: id,
    autoPay: true,
  });
  return id;
}

/** The tenant's own shared ports on the Physical Connection page. */
export function tenantPorts(page: Page): Locator {
  return page.getByRole("table", { name: "Shared ports", exact: true });
}

export function tenantPort(page: Page, name: string): Locator {
  return rowOf(tenantPorts(page), name);
}

/**
 * A legacy VBR (one from before shared ports, with a bandwidth cap) of `ownerUid` on unicom-hz-02, ready for
 * Transform to Shared Port. No action creates one: only the seed has one, and partner-flows transforms it.
 */
export function legacyVbr(ownerUid: string, name: string, vlanId: number): string {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set: run the tests through playwright.config.ts");
  const db = openDb(file);
  const id = newVbrId("bp1");
  try {
    db.transaction((tx) => {
      const circuitId = idOf("circuit", CIRCUITS.unicomHz02);
      const allocation = tx.insert(vlanAllocations).values({ circuitId, vlanId }).returning().get();
      tx.insert(vbrs)
        .values({
          id,
          ownerUid,
          circuitId,
          vlanAllocationId: allocation.id,
          name,
          status: "active",
          bandwidthMbps: 100,
          localGatewayIp: "10.9.0.1",
          peerGatewayIp: "10.9.0.2",
          peeringSubnetMask: "255.255.255.252",
          routeTableId: newRouteTableId("bp1"),
          vlanInterfaceId: newVlanInterfaceId("bp1"),
          createdAt: new Date(),
          activatedAt: new Date(),
        })
        .run();
    });
  } finally {
    db.$client.close();
  }
  return id;
}

/** Cleanup: deletes a tenant's port, its VBR first; a deleted VBR is gone only once it has settled. */
export async function releasePort(tenantUid: string, portId: string): Promise<void> {
  const { items } = await runAs(tenantUid, describeVirtualBorderRouters, {
    regionId: HZ,
    filters: { physicalConnectionId: [portId] },
  });
  for (const vbr of items) await runAs(tenantUid, deleteVirtualBorderRouter, { regionId: HZ, vbrId: vbr.id });
  await expect
    .poll(
      async () => {
        try {
          await runAs(tenantUid, deletePhysicalConnection, { regionId: HZ, physicalConnectionId: portId });
          return "deleted";
        } catch (error) {
          return String(error);
        }
      },
      { timeout: 15_000 },
    )
    .toBe("deleted");
}
