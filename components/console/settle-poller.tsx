"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { isSettlingPortStatus, isSettlingVbrStatus, type SettleStatuses } from "@/lib/console/settling";

type Shown = { id: string; status: string };

/**
 * Keeps a server-rendered page current while it shows an intermediate status (Terminating, deleting...):
 * polls those IDs' statuses every second and refreshes the page once one has moved on. Pass every shared
 * port and VBR the page shows, with the status it shows; it polls only while one of them is settling.
 */
export function SettlePoller({
  region,
  physicalConnections = [],
  vbrs = [],
}: {
  region: string;
  physicalConnections?: Shown[];
  vbrs?: Shown[];
}) {
  const router = useRouter();
  const ports = physicalConnections.filter((p) => isSettlingPortStatus(p.status));
  const routers = vbrs.filter((v) => isSettlingVbrStatus(v.status));
  const params = new URLSearchParams({ region });
  for (const p of ports) params.append("pc", p.id);
  for (const v of routers) params.append("vbr", v.id);
  const url = `/api/console/statuses?${params}`;
  const { data } = useQuery({
    queryKey: ["settle-statuses", url],
    queryFn: async (): Promise<SettleStatuses> => {
      const response = await fetch(url, { cache: "no-store" });
      if (!response.ok) throw new Error(`statuses: HTTP ${response.status}`);
      return response.json();
    },
    enabled: ports.length + routers.length > 0,
    refetchInterval: 1000,
    staleTime: 0,
    gcTime: 0,
  });
  const moved =
    data !== undefined &&
    (ports.some((p) => data.physicalConnections[p.id] !== p.status) ||
      routers.some((v) => data.vbrs[v.id] !== v.status));
  const answer = data ? JSON.stringify(data) : "";
  // One refresh per new answer: the poll keeps running until the refreshed page stops showing the status.
  const refreshedFor = useRef("");
  useEffect(() => {
    if (!moved || refreshedFor.current === answer) return;
    refreshedFor.current = answer;
    router.refresh();
  }, [moved, answer, router]);
  return null;
}
