import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import type { OperationLogEntry } from "@/lib/server/queries/operation-log";

const COLUMNS = 8;

/**
 * Entries of an account's Operation Log with the resource each concerns. A resource ID links to its own
 * history, which stays readable after the resource is deleted.
 */
export function OperationLogEntries({
  entries,
  region,
  filtered,
}: {
  entries: OperationLogEntry[];
  region: string;
  filtered: boolean;
}) {
  const t = useTranslations("audit");
  const tl = useTranslations("operationLog");
  return (
    <Table label={t("table")} dense>
      <thead>
        <tr>
          <Th>{t("time")}</Th>
          <Th>{t("actor")}</Th>
          <Th>{t("via")}</Th>
          <Th>{t("action")}</Th>
          <Th>{tl("resource")}</Th>
          <Th>{t("result")}</Th>
          <Th>{t("accessKeyId")}</Th>
          <Th>{t("requestId")}</Th>
        </tr>
      </thead>
      <tbody>
        {entries.length === 0 ? (
          <EmptyRow colSpan={COLUMNS}>{filtered ? tl("emptyFiltered") : tl("empty")}</EmptyRow>
        ) : (
          entries.map((entry) => <Row key={entry.id} entry={entry} region={region} />)
        )}
      </tbody>
    </Table>
  );
}

function Row({ entry, region }: { entry: OperationLogEntry; region: string }) {
  const t = useTranslations("audit");
  const tl = useTranslations("operationLog");
  const actor =
    entry.actor.kind === "self"
      ? t("self", { uid: entry.actor.uid ?? "" })
      : entry.actor.kind === "counterpart"
        ? (entry.actor.uid ?? "")
        : entry.actor.kind === "system"
          ? t("system")
          : t("otherAccount");
  return (
    <tr>
      <Td className="whitespace-nowrap">
        <DateTime value={entry.at} seconds stacked />
      </Td>
      <Td className="whitespace-nowrap">{actor}</Td>
      <Td className="whitespace-nowrap">{t(`viaValues.${entry.via}`)}</Td>
      <Td className="whitespace-nowrap">
        <span translate="no">{entry.action}</span>
      </Td>
      <Td className="whitespace-nowrap">
        {entry.resourceId ? (
          <Link
            href={`/${region}/operation-log?resourceId=${encodeURIComponent(entry.resourceId)}`}
            className="font-mono text-brand-700 hover:underline"
            aria-label={tl("historyOf", { id: entry.resourceId })}
          >
            {entry.resourceId}
          </Link>
        ) : (
          "—"
        )}
      </Td>
      <Td>
        {entry.result === "Success" ? (
          <StatusBadge tone="success">{t("success")}</StatusBadge>
        ) : (
          <StatusBadge tone="danger">{entry.result}</StatusBadge>
        )}
      </Td>
      <Td className="font-mono">
        {entry.accessKeyId ??
          (entry.via === "api" ? <span className="font-sans text-slate-500">{t("notShown")}</span> : "—")}
      </Td>
      <Td className="min-w-40 font-mono break-all select-all">{entry.requestId}</Td>
    </tr>
  );
}
