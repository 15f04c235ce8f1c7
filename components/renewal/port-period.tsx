import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { payerRole, type Role } from "@/lib/domain/enums";
import { daysLeft, graceEnd, subscriptionPhase } from "@/lib/domain/subscription";
import { renewAvailability } from "@/lib/server/console-availability";
import type { HostedConnectionDto } from "@/lib/server/operations/records";
import { AutoRenewSwitch } from "./auto-renew-switch";
import { RenewSharedPort } from "./renew-shared-port";

const reasonOf = (a: { allowed: boolean; reason?: string }) => (a.allowed ? undefined : a.reason);

/**
 * "Expires At" with what it means now: days left, or locked and when it is released. In a table
 * (`stacked`) the day and its meaning fit two lines, so a row stays one line high; the time is on hover.
 */
export async function PortExpiry({
  hc,
  now,
  stacked = false,
}: {
  hc: HostedConnectionDto;
  now: Date;
  stacked?: boolean;
}) {
  if (hc.endTime === null) return <>—</>;
  const t = await getTranslations("renewal");
  const end = new Date(hc.endTime);
  const phase = subscriptionPhase(end, now);
  return (
    <span className="inline-block">
      <DateTime value={hc.endTime} dateOnly={stacked} />
      {phase === "locked" || phase === "releasable" ? (
        <span className="block text-xs text-red-700">
          {t("lockedUntil")} <DateTime value={graceEnd(end).toISOString()} />
        </span>
      ) : (
        <span className={`block text-xs ${phase === "expiring" ? "text-amber-800" : "text-slate-500"}`}>
          {t("daysLeft", { count: daysLeft(end, now) })}
        </span>
      )}
    </span>
  );
}

/** Renew for the port's payer (disabled with the reason when the rule refuses); nothing for anyone else. */
export async function RenewAction({ hc, side, now }: { hc: HostedConnectionDto; side: Role; now: Date }) {
  if (!hc.paid || hc.endTime === null || side !== payerRole(hc.orderMode)) return null;
  const availability = await renewAvailability(hc, side, now);
  return (
    <RenewSharedPort
      port={{ id: hc.id, name: hc.name, regionId: hc.regionId, spec: hc.spec, endTime: hc.endTime }}
      disabledReason={reasonOf(availability)}
    />
  );
}

/** Auto-renewal on the port's page: the payer's switch, or the payer's setting as text for the other side. */
export async function AutoRenewSetting({
  hc,
  side,
  now,
}: {
  hc: HostedConnectionDto;
  side: Role;
  now: Date;
}) {
  const t = await getTranslations("renewal");
  if (!hc.paid) return <>—</>;
  if (side !== payerRole(hc.orderMode)) return <>{t(hc.autoRenew ? "on" : "off")}</>;
  const availability = await renewAvailability(hc, side, now);
  return (
    <AutoRenewSwitch
      port={{ id: hc.id, name: hc.name, regionId: hc.regionId, autoRenew: hc.autoRenew }}
      disabledReason={reasonOf(availability)}
    />
  );
}
