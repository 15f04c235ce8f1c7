// How the console presents a shared port: the domain's console status and construction process,
// computed from the DTO, plus the badge tone each status wears.
import {
  type ConsoleStatus,
  type ConstructionProcess,
  consoleStatus,
  constructionProcess,
  type HostedConnectionState,
} from "../domain/hosted-connection-state";
import type { HostedConnectionDto } from "../server/operations/records";

/** The shared port as the lib/domain rules see it, from its DTO (operations build theirs from the row). */
export function hostedConnectionStateOfDto(hc: HostedConnectionDto): HostedConnectionState {
  return {
    id: hc.id,
    status: hc.status,
    vpconnStatus: hc.vpconnStatus,
    paid: hc.paid,
    orderMode: hc.orderMode,
    hasVbr: hc.vbrId !== null,
    endTime: hc.endTime ? new Date(hc.endTime) : null,
    spec: hc.spec,
    expectSpec: hc.expectSpec,
    awaitingVbr: hc.sourceVbrId !== null && hc.vbrId === null,
  };
}

export function hostedConnectionView(hc: HostedConnectionDto, now: Date) {
  const state = hostedConnectionStateOfDto(hc);
  return { status: consoleStatus(state, now), construction: constructionProcess(state) };
}

export const STATUS_TONE: Record<ConsoleStatus, "success" | "warning" | "danger" | "neutral" | "info"> = {
  pendingAcceptance: "warning",
  waitingPayment: "warning",
  active: "success",
  terminating: "info",
  disabled: "neutral",
  deleted: "neutral",
  declined: "neutral",
  lapsed: "neutral",
  expired: "danger",
  processing: "info",
  rejected: "danger",
  canceled: "neutral",
  allocationFailed: "danger",
};

export type { ConsoleStatus, ConstructionProcess };
