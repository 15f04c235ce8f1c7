// What the tenant's client-side actions need to know about a shared port, taken from its DTO.
import type { Spec } from "../domain/enums";
import { payerRole } from "../domain/enums";
import { awaitsPartnerConfirm as awaitsPartnerConfirmRule } from "../domain/hosted-connection-state";
import { hostedConnectionStateOfDto } from "./hosted-connection-view";
import type { HostedConnectionDto } from "../server/operations/records";

export type TenantPort = {
  id: string;
  name: string | null;
  regionId: string;
  regionName: string;
  partnerName: string;
  circuitName: string;
  vlanId: number | null;
  /** What the first order buys: a bandwidth change the partner requested before payment, else the spec. */
  spec: Spec;
  tenantPays: boolean;
  paid: boolean;
  /** Set on a port made by Transform to Shared Port: the tenant's VBR the partner attaches on Confirm. */
  sourceVbrId: string | null;
};

export function tenantPortOf(hc: HostedConnectionDto, regionName: string): TenantPort {
  return {
    id: hc.id,
    name: hc.name,
    regionId: hc.regionId,
    regionName,
    partnerName: hc.partnerName,
    circuitName: hc.circuitName,
    vlanId: hc.vlanId,
    spec: hc.expectSpec ?? hc.spec,
    tenantPays: payerRole(hc.orderMode) === "tenant",
    paid: hc.paid,
    sourceVbrId: hc.sourceVbrId,
  };
}

/** A transformed port is live but still waits for the partner's Confirm to carry the tenant's VBR. */
export function awaitsPartnerConfirm(hc: HostedConnectionDto): boolean {
  return awaitsPartnerConfirmRule(hostedConnectionStateOfDto(hc));
}
