// Where a notification's link leads: the resource's page while it exists, else its history page, so a
// link never ends on "not found".
import type { NotificationResourceDto } from "../server/operations/list-notifications";

export type NotificationLink = { href: string; history: boolean };

export function notificationLink(
  resource: NotificationResourceDto | null,
  currentRegion: string,
): NotificationLink | null {
  if (!resource) return null;
  if (resource.type === "privilege") return { href: `/${currentRegion}/quota-center`, history: false };
  if (!["hosted_connection", "vbr", "circuit"].includes(resource.type)) return null;
  const region = resource.regionId ?? currentRegion;
  if (resource.live && resource.pageId) {
    return { href: `/${region}/physical-connection/${resource.pageId}`, history: false };
  }
  return { href: `/${region}/notifications/history/${resource.id}`, history: true };
}
