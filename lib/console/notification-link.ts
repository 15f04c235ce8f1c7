// Where a notification's link leads: the resource's page while it exists, else its history page, so a
// link never ends on "not found".
import type { NotificationResourceDto } from "../server/operations/list-notifications";

export function notificationHref(
  resource: NotificationResourceDto | null,
  currentRegion: string,
): string | null {
  if (!resource) return null;
  if (resource.type === "privilege") return `/${currentRegion}/quota-center`;
  if (!["hosted_connection", "vbr", "circuit"].includes(resource.type)) return null;
  const region = resource.regionId ?? currentRegion;
  if (resource.live && resource.pageId) return `/${region}/physical-connection/${resource.pageId}`;
  return `/${region}/notifications/history/${resource.id}`;
}
