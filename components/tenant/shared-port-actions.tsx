"use client";

import { useTranslations } from "next-intl";
import { CancelSpecChange, type PendingSpecChange, PaySpecChange } from "@/components/billing/spec-change";
import { useState } from "react";
import { toast } from "sonner";
import type { ConsoleStatus } from "@/lib/console/hosted-connection-view";
import type { TenantPort } from "@/lib/console/tenant-port";
import type { HostedConnectionAction } from "@/lib/domain/hosted-connection-state";
import type { Availability } from "@/lib/server/console-availability";
import type { SpecChangeQuote } from "@/lib/server/queries/spec-change-quotes";
import { AcceptSharedPort } from "./accept-shared-port";
import { ConfirmOrder } from "./confirm-order";
import { DeclineOffer } from "./decline-offer";
import { type DeleteOutcome, DeleteSharedPort } from "./delete-shared-port";
import { StopAccess } from "./stop-access";

const reasonOf = (a: Availability) => (a.allowed ? undefined : a.reason);

/**
 * The Actions column of one of the tenant's shared ports. It owns the order panel, so the panel stays
 * open while the row changes from Pending for Acceptance to Waiting for Payment under it.
 */
export function TenantSharedPortActions({
  port,
  status,
  availability,
  deleteOutcome,
  awaitsPartnerConfirm,
  change,
  renew,
}: {
  port: TenantPort;
  status: ConsoleStatus;
  availability: Record<HostedConnectionAction, Availability>;
  deleteOutcome: DeleteOutcome;
  awaitsPartnerConfirm: boolean;
  /** A bandwidth change the partner requested, and its price now when the tenant pays for the port. */
  change?: { port: PendingSpecChange; quote?: SpecChangeQuote };
  /** Renew, rendered on the server for the payer (components/renewal). */
  renew?: React.ReactNode;
}) {
  const t = useTranslations("tenantActions");
  const tb = useTranslations("acceptAndPay");
  const [ordering, setOrdering] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {status === "pendingAcceptance" ? (
        <AcceptSharedPort
          port={port}
          disabledReason={reasonOf(availability.confirm)}
          onAccepted={() => setOrdering(true)}
        />
      ) : null}
      {status === "pendingAcceptance" ? (
        <DeclineOffer port={port} disabledReason={reasonOf(availability.decline)} />
      ) : null}
      {port.tenantPays ? (
        <ConfirmOrder
          port={port}
          pay={status === "waitingPayment" ? { disabledReason: reasonOf(availability.pay) } : undefined}
          open={ordering}
          onOpenChange={setOrdering}
          onPaid={() => {
            if (port.sourceVbrId) toast.info(tb("partnerConfirmPending", { vbr: port.sourceVbrId }));
          }}
        />
      ) : null}
      {status === "waitingPayment" && !port.tenantPays ? (
        <span className="text-slate-500">{t("waitingForPartnerPayment")}</span>
      ) : null}
      {change?.quote ? (
        <PaySpecChange
          port={change.port}
          quote={change.quote}
          disabledReason={reasonOf(availability.payChange)}
        />
      ) : null}
      {change ? <CancelSpecChange port={change.port} /> : null}
      {renew}
      {awaitsPartnerConfirm ? <span className="text-slate-500">{t("waitingForPartnerConfirm")}</span> : null}
      <StopAccess port={port} disabledReason={reasonOf(availability.terminate)} />
      <DeleteSharedPort port={port} outcome={deleteOutcome} disabledReason={reasonOf(availability.delete)} />
    </div>
  );
}
