// Statuses the service leaves on its own after ASYNC_SETTLE_SECONDS: a page showing one keeps polling.
import type { PhysicalConnectionStatus, VbrStatus } from "../domain/enums";

const SETTLING_PORT_STATUSES: readonly string[] = [
  "Terminating",
  "Allocating",
] satisfies PhysicalConnectionStatus[];
const SETTLING_VBR_STATUSES: readonly string[] = [
  "terminating",
  "recovering",
  "deleting",
] satisfies VbrStatus[];

export function isSettlingPortStatus(status: string): boolean {
  return SETTLING_PORT_STATUSES.includes(status);
}

export function isSettlingVbrStatus(status: string): boolean {
  return SETTLING_VBR_STATUSES.includes(status);
}

/** What GET /api/console/statuses answers: each asked-for ID's status, null once it is gone. */
export type SettleStatuses = {
  physicalConnections: Record<string, string | null>;
  vbrs: Record<string, string | null>;
};
