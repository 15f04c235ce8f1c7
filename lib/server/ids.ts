import { randomInt, randomUUID } from "node:crypto";

const ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

function randomChars(length: number, alphabet = ALPHANUMERIC): string {
  let out = "";
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** `pc-` IDs of circuits and shared ports share one namespace, flavoured by region (pc-bp1… in Hangzhou). */
export function newPhysicalConnectionId(regionPrefix: string): string {
  return `pc-${regionPrefix}${randomChars(17)}`;
}

export function newVbrId(regionPrefix: string): string {
  return `vbr-${regionPrefix}${randomChars(17)}`;
}

export function newRouteTableId(regionPrefix: string): string {
  return `vtb-${regionPrefix}${randomChars(17)}`;
}

export function newVlanInterfaceId(regionPrefix: string): string {
  return `ri-${regionPrefix}${randomChars(17)}`;
}

/** Order IDs are long decimal strings in the real console. */
export function newOrderId(): string {
  return `2${randomChars(14, "0123456789")}`;
}

export function newOutboundTransferBillId(): string {
  return `otb-${randomChars(16)}`;
}

export function newRefundId(): string {
  return `rf-${randomChars(16)}`;
}

export function newPrivilegeApplicationId(): string {
  return `app-${randomChars(16)}`;
}

/** Alibaba request IDs are upper-case UUIDs. */
export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

export function newUserId(): string {
  return randomUUID();
}

export function newAlertRuleId(): string {
  return `alert-${randomChars(16)}`;
}
