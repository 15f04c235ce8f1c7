// Fetch-or-throw helpers: every operation loads the rows it touches through these, scoped to the caller.
import { and, eq } from "drizzle-orm";
import { first } from "../../../db/rows";
import type { Account, Circuit, HostedConnection, Order, Region, Vbr } from "../../../db/schema";
import {
  accounts,
  circuits,
  hostedConnections,
  orders,
  regions,
  resourceGroups,
  vbrs,
  vlanAllocations,
} from "../../../db/schema";
import type { Role } from "../../domain/enums";
import { domainError, type ErrorCode } from "../../domain/errors";
import type { Caller, Tx } from "./context";
import { lockCircuitOf } from "./locks";
import { liveHostedConnection } from "./records";

export async function loadCallerAccount(tx: Tx, caller: Caller): Promise<Account> {
  const account = await first(tx.select().from(accounts).where(eq(accounts.uid, caller.accountUid)));
  if (!account || account.disabledAt) throw domainError("Forbidden");
  // A RAM user calls in its primary account's name (Caller.ramUid), never as the caller account itself.
  if (account.type === "ram") throw domainError("Forbidden.RAM");
  return account;
}

export async function loadRegion(tx: Tx, regionId: string): Promise<Region> {
  const region = await first(
    tx
      .select()
      .from(regions)
      .where(and(eq(regions.id, regionId))),
  );
  if (!region) throw domainError("InvalidRegionId.NotFound", { field: "RegionId" });
  return region;
}

/** A partner's own circuit in the region; anything else is reported as not found. */
export async function loadOwnCircuit(
  tx: Tx,
  account: Account,
  regionId: string,
  id: string,
): Promise<Circuit> {
  const circuit = await first(tx.select().from(circuits).where(eq(circuits.id, id)));
  if (!circuit || circuit.ownerUid !== account.uid || circuit.regionId !== regionId) {
    throw domainError("ResourceNotFound.PhysicalConnectionId", { args: [id], field: "PhysicalConnectionId" });
  }
  return circuit;
}

/** Which way the caller relates to a shared port: its circuit's owner or its tenant. */
export type HostedConnectionAccess = {
  hc: HostedConnection;
  circuit: Circuit;
  role: Role;
  vlanId: number | null;
  /** The VBR on the port, if any. */
  vbr: Vbr | null;
};

export type NotFound = { key: ErrorCode; field: string };

/** A live shared port the caller is partner or tenant of, in the region (any when undefined); else `notFound`. */
export async function loadHostedConnection(
  tx: Tx,
  account: Account,
  regionId: string | undefined,
  id: string,
  notFound: NotFound,
): Promise<HostedConnectionAccess> {
  await lockCircuitOf(tx, "port", id);
  const row = await first(
    tx
      .select({ hc: hostedConnections, circuit: circuits, vlanId: vlanAllocations.vlanId })
      .from(hostedConnections)
      .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
      .leftJoin(vlanAllocations, eq(vlanAllocations.id, hostedConnections.vlanAllocationId))
      .where(eq(hostedConnections.id, id)),
  );
  const role =
    row?.circuit.ownerUid === account.uid ? "partner" : row?.hc.tenantUid === account.uid ? "tenant" : null;
  const inRegion = regionId === undefined || row?.circuit.regionId === regionId;
  if (!row || !role || !inRegion || row.hc.vpconnStatus === "Deleted") {
    throw domainError(notFound.key, { args: [id], field: notFound.field });
  }
  const vbr = (await first(tx.select().from(vbrs).where(eq(vbrs.hostedConnectionId, id)))) ?? null;
  return { hc: row.hc, circuit: row.circuit, role, vlanId: row.vlanId, vbr };
}

export type VbrAccess = {
  vbr: Vbr;
  circuit: Circuit;
  /** The shared port under a hosted VBR. */
  hostedConnection: HostedConnection | null;
  vlanId: number;
  ownerIsCaller: boolean;
  callerIsCircuitOwner: boolean;
  /** A live shared port made from this legacy VBR (Transform to Shared Port) waits to take it over. */
  awaitedByPort: boolean;
};

/** A VBR the caller owns or that sits on the caller's circuit, in the region; else `notFound`. */
export async function loadVbr(
  tx: Tx,
  account: Account,
  regionId: string,
  id: string,
  notFound: NotFound,
): Promise<VbrAccess> {
  await lockCircuitOf(tx, "vbr", id);
  const row = await first(
    tx
      .select({ vbr: vbrs, circuit: circuits, vlanId: vlanAllocations.vlanId })
      .from(vbrs)
      .innerJoin(circuits, eq(circuits.id, vbrs.circuitId))
      .innerJoin(vlanAllocations, eq(vlanAllocations.id, vbrs.vlanAllocationId))
      .where(eq(vbrs.id, id)),
  );
  const ownerIsCaller = row?.vbr.ownerUid === account.uid;
  const callerIsCircuitOwner = row?.circuit.ownerUid === account.uid;
  if (!row || !(ownerIsCaller || callerIsCircuitOwner) || row.circuit.regionId !== regionId) {
    throw domainError(notFound.key, { args: [id], field: notFound.field });
  }
  const hostedConnectionId = row.vbr.hostedConnectionId;
  const hostedConnection = hostedConnectionId
    ? ((await first(
        tx.select().from(hostedConnections).where(eq(hostedConnections.id, hostedConnectionId)),
      )) ?? null)
    : null;
  const awaitedBy = await first(
    tx
      .select({ id: hostedConnections.id })
      .from(hostedConnections)
      .where(and(eq(hostedConnections.sourceVbrId, id), liveHostedConnection))
      .limit(1),
  );
  return {
    ...row,
    hostedConnection,
    ownerIsCaller,
    callerIsCircuitOwner,
    awaitedByPort: awaitedBy !== undefined,
  };
}

/** An order the caller pays for; anyone else's is not found. */
export async function loadOwnOrder(tx: Tx, account: Account, orderId: string): Promise<Order> {
  await lockCircuitOf(tx, "order", orderId);
  const order = await first(tx.select().from(orders).where(eq(orders.id, orderId)));
  if (!order || order.payerUid !== account.uid) {
    throw domainError("ResourceNotFound", { args: [orderId], field: "OrderId" });
  }
  return order;
}

/** One of the caller's resource groups; its default group when none is named. */
export async function loadOwnResourceGroup(
  tx: Tx,
  account: Account,
  id: string | undefined,
): Promise<string | null> {
  const group = await first(
    tx
      .select({ id: resourceGroups.id })
      .from(resourceGroups)
      .where(
        and(
          eq(resourceGroups.accountUid, account.uid),
          id === undefined ? eq(resourceGroups.isDefault, true) : eq(resourceGroups.id, id),
        ),
      ),
  );
  if (!group && id !== undefined) {
    throw domainError("InvalidResourceGroupId.NotFound", { field: "ResourceGroupId" });
  }
  return group?.id ?? null;
}
