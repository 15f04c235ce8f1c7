import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { circuits, hostedConnections, notifications, vbrs } from "../../../db/schema";
import type { NotificationKind } from "../notifications/notify";
import type { Tx } from "./context";
import { pageNumberSchema } from "./filters";
import { defineOperation } from "./operation";

export const NOTIFICATION_PAGE_SIZE = 20;

const input = z.object({
  pageNumber: pageNumberSchema,
  pageSize: z.coerce.number().int().min(1).max(50).default(NOTIFICATION_PAGE_SIZE),
  unreadOnly: z.boolean().default(false),
});

export type NotificationResourceDto = {
  type: string;
  id: string;
  /** The region it lives in, when it still exists. */
  regionId: string | null;
  /** False once deleted (or a declined or lapsed offer): its link opens its history instead. */
  live: boolean;
  /** The ID of the console page that shows it while live: a port's own, a VBR's port (or circuit). */
  pageId: string | null;
};

export type NotificationDto = {
  id: number;
  kind: NotificationKind;
  params: Record<string, string | number>;
  createdAt: string;
  read: boolean;
  resource: NotificationResourceDto | null;
};

export type ListNotificationsOutput = {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  unreadCount: number;
  items: NotificationDto[];
};

/** Console only, not an Alibaba API action: the caller's own notification centre, newest first. */
export const listNotifications = defineOperation({
  action: "ListNotifications",
  kind: "read",
  input,
  async run({ tx, account }, q): Promise<ListNotificationsOutput> {
    const own = eq(notifications.accountUid, account.uid);
    const where = and(own, q.unreadOnly ? isNull(notifications.readAt) : undefined);
    const totalCount = (await first(tx.select({ n: count() }).from(notifications).where(where)))?.n ?? 0;
    const unreadCount = await countUnread(tx, account.uid);
    const rows = await tx
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(q.pageSize)
      .offset((q.pageNumber - 1) * q.pageSize);
    const places = await resourcePlaces(tx, rows);
    return {
      pageNumber: q.pageNumber,
      pageSize: q.pageSize,
      totalCount,
      unreadCount,
      items: rows.map((row) => ({
        id: row.id,
        kind: row.kind as NotificationKind,
        params: row.params ?? {},
        createdAt: row.createdAt.toISOString(),
        read: row.readAt !== null,
        resource:
          row.resourceType && row.resourceId
            ? {
                type: row.resourceType,
                id: row.resourceId,
                ...(places.get(row.resourceId) ?? { regionId: null, live: false, pageId: null }),
              }
            : null,
      })),
    };
  },
});

/** The unread count the bell shows: one probe of the partial index on unread rows. */
export async function countUnread(tx: Tx, accountUid: string): Promise<number> {
  return (
    (
      await first(
        tx
          .select({ n: count() })
          .from(notifications)
          .where(and(eq(notifications.accountUid, accountUid), isNull(notifications.readAt))),
      )
    )?.n ?? 0
  );
}

type Place = { regionId: string | null; live: boolean; pageId: string | null };

/** Where each linked shared port or VBR lives now, and whether it still does. */
async function resourcePlaces(
  tx: Tx,
  rows: Array<{ resourceType: string | null; resourceId: string | null }>,
): Promise<Map<string, Place>> {
  const idsOf = (type: string) =>
    rows.flatMap((row) => (row.resourceType === type && row.resourceId ? [row.resourceId] : []));
  const places = new Map<string, Place>();
  const portIds = idsOf("hosted_connection");
  if (portIds.length > 0) {
    const ports = await tx
      .select({
        id: hostedConnections.id,
        status: hostedConnections.vpconnStatus,
        regionId: circuits.regionId,
      })
      .from(hostedConnections)
      .innerJoin(circuits, eq(circuits.id, hostedConnections.circuitId))
      .where(inArray(hostedConnections.id, portIds));
    for (const port of ports) {
      places.set(port.id, { regionId: port.regionId, live: port.status !== "Deleted", pageId: port.id });
    }
  }
  for (const id of idsOf("circuit")) {
    const circuit = await first(
      tx.select({ regionId: circuits.regionId }).from(circuits).where(eq(circuits.id, id)),
    );
    if (circuit) places.set(id, { regionId: circuit.regionId, live: true, pageId: id });
  }
  const vbrIds = idsOf("vbr");
  if (vbrIds.length > 0) {
    const routers = await tx
      .select({
        id: vbrs.id,
        regionId: circuits.regionId,
        portId: vbrs.hostedConnectionId,
        circuitId: vbrs.circuitId,
      })
      .from(vbrs)
      .innerJoin(circuits, eq(circuits.id, vbrs.circuitId))
      .where(inArray(vbrs.id, vbrIds));
    for (const vbr of routers) {
      places.set(vbr.id, { regionId: vbr.regionId, live: true, pageId: vbr.portId ?? vbr.circuitId });
    }
  }
  return places;
}
