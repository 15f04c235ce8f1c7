// Rows as the lib/domain state machines see them.
import type { Account, HostedConnection } from "../../../db/schema";
import { payerRole } from "../../domain/enums";
import type { HostedConnectionState } from "../../domain/hosted-connection-state";
import { isPrivilegeValid } from "../../domain/privilege";
import type { VbrState } from "../../domain/vbr-state";
import type { VbrAccess } from "./loaders";

export function hostedConnectionStateOf(hc: HostedConnection, hasVbr: boolean): HostedConnectionState {
  return {
    id: hc.id,
    status: hc.status,
    vpconnStatus: hc.vpconnStatus,
    paid: hc.paid,
    orderMode: hc.orderMode,
    hasVbr,
    endTime: hc.endTime,
    spec: hc.spec,
    expectSpec: hc.expectSpec,
    awaitingVbr: hc.sourceVbrId !== null && !hasVbr,
  };
}

export function vbrStateOf(access: VbrAccess): VbrState {
  return {
    status: access.vbr.status,
    onHostedConnection: access.hostedConnection !== null,
    ownerIsCaller: access.ownerIsCaller,
    callerIsCircuitOwner: access.callerIsCircuitOwner,
    hostedPayer: access.hostedConnection ? payerRole(access.hostedConnection.orderMode) : null,
    awaitedByPort: access.awaitedByPort,
  };
}

/** The ec/can_buy_1G_vpconn privilege of an account, right now. */
export function hasPrivilege(account: Account, now: Date): boolean {
  return isPrivilegeValid(
    { validFrom: account.privilegeValidFrom, validUntil: account.privilegeValidUntil },
    now,
  );
}
