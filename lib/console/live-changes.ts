"use client";

// One poll of /api/console/changes per tab, shared by whoever needs it (the refresher and the bell).
import { useQuery } from "@tanstack/react-query";
import type { Changes } from "../server/queries/changes";

/**
 * Often enough that the other party's change shows within 5 s with the refresh it triggers, on a loaded
 * server too; each poll is one primary-key range read of the audit trail and one index count.
 */
export const LIVE_POLL_MS = 1000;

export const LIVE_CHANGES_KEY = ["console-changes"];

/** The version each poll asks from; kept per tab, outside React, so every observer shares it. */
let since: number | null = null;

async function poll(): Promise<Changes> {
  const query = since === null ? "" : `?since=${since}`;
  const response = await fetch(`/api/console/changes${query}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`changes: HTTP ${response.status}`);
  const changes = (await response.json()) as Changes;
  since = changes.version;
  return changes;
}

/**
 * The latest poll's answer. Polling pauses while the tab is hidden (react-query skips intervals in the
 * background) and catches up as soon as it is shown again.
 */
export function useLiveChanges(enabled: boolean) {
  return useQuery({
    queryKey: LIVE_CHANGES_KEY,
    queryFn: poll,
    enabled,
    refetchInterval: LIVE_POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}
