"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import type { AuditTrail, AuditTrailEntry } from "@/lib/server/queries/audit-trail";

const COLUMNS = 7;

/** The Operation Log table: page 1 as the server rendered it, later pages fetched from the console route. */
export function OperationLogTable({ initial, region }: { initial: AuditTrail; region: string }) {
  const t = useTranslations("audit");
  const tl = useTranslations("list");
  const [page, setPage] = useState(1);
  const { data, isFetching, isError } = useQuery({
    queryKey: ["audit-trail", region, initial.resourceId, page],
    queryFn: async (): Promise<AuditTrail> => {
      const params = new URLSearchParams({ region, id: initial.resourceId, page: String(page) });
      const response = await fetch(`/api/console/audit-trail?${params}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`audit trail: HTTP ${response.status}`);
      return response.json();
    },
    // Page 1 comes from the server render, fresh after every router refresh.
    enabled: page > 1,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  const trail = page === 1 ? initial : (data ?? initial);
  const pages = Math.max(1, Math.ceil(trail.totalCount / trail.pageSize));
  const busy = page > 1 && isFetching;

  return (
    <div aria-busy={busy || undefined}>
      {isError && page > 1 ? (
        <p role="alert" className="mb-3 rounded bg-red-50 px-3 py-2 text-red-800">
          {t("loadFailed")}
        </p>
      ) : null}
      <Table label={t("table")}>
        <thead>
          <tr>
            <Th>{t("time")}</Th>
            <Th>{t("actor")}</Th>
            <Th>{t("via")}</Th>
            <Th>{t("accessKeyId")}</Th>
            <Th>{t("action")}</Th>
            <Th>{t("result")}</Th>
            <Th>{t("requestId")}</Th>
          </tr>
        </thead>
        <tbody>
          {trail.items.length === 0 ? (
            <EmptyRow colSpan={COLUMNS}>{t("empty")}</EmptyRow>
          ) : (
            trail.items.map((entry) => <Row key={entry.id} entry={entry} />)
          )}
        </tbody>
      </Table>
      {trail.totalCount > trail.pageSize ? (
        <nav
          aria-label={tl("pagination")}
          className="mt-3 flex items-center justify-end gap-3 text-slate-600"
        >
          <span>{tl("total", { count: trail.totalCount })}</span>
          <span>{tl("pageOf", { page: Math.min(page, pages), pages })}</span>
          <Button
            disabled={page <= 1}
            pending={busy}
            onClick={() => setPage((p) => Math.max(1, p - 1))}
            className="px-2.5 py-1"
          >
            {tl("previousPage")}
          </Button>
          <Button
            disabled={page >= pages}
            pending={busy}
            onClick={() => setPage((p) => Math.min(pages, p + 1))}
            className="px-2.5 py-1"
          >
            {tl("nextPage")}
          </Button>
        </nav>
      ) : null}
    </div>
  );
}

function Row({ entry }: { entry: AuditTrailEntry }) {
  const t = useTranslations("audit");
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
        <DateTime value={entry.at} seconds />
      </Td>
      <Td className="whitespace-nowrap">{actor}</Td>
      <Td>{t(`viaValues.${entry.via}`)}</Td>
      <Td className="font-mono text-xs">
        {entry.accessKeyId ??
          (entry.via === "api" ? <span className="font-sans text-slate-500">{t("notShown")}</span> : "—")}
      </Td>
      <Td className="break-all">{entry.action}</Td>
      <Td>
        {entry.result === "Success" ? (
          <StatusBadge tone="success">{t("success")}</StatusBadge>
        ) : (
          <StatusBadge tone="danger">{entry.result}</StatusBadge>
        )}
      </Td>
      <Td className="min-w-40 font-mono text-xs break-all select-all">{entry.requestId}</Td>
    </tr>
  );
}
