"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { markNotificationsReadAction } from "@/lib/console/actions/notifications";
import { LIVE_CHANGES_KEY } from "@/lib/console/live-changes";

/** "Mark as read" on one notification, or "Mark all as read" above the list; the page then shows it read. */
export function MarkRead({ id, label }: { id?: number; label?: string }) {
  const t = useTranslations("notificationCentre");
  const queryClient = useQueryClient();
  // The page refreshes itself after the action; the bell asks for its count again at once.
  const running = useAction(markNotificationsReadAction, {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LIVE_CHANGES_KEY }),
  });
  return (
    <Button
      variant={id === undefined ? "secondary" : "link"}
      pending={running.pending}
      aria-label={id === undefined ? undefined : t("markReadLabel", { item: label ?? String(id) })}
      onClick={() => running.run(id === undefined ? { all: true } : { ids: [id] })}
    >
      {id === undefined ? t("markAllRead") : t("markRead")}
    </Button>
  );
}
