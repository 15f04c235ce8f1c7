"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Table, Td, Th } from "@/components/ui/table";
import { refusalMessage } from "@/lib/console/refusal-message";
import { DomainError, isErrorCode } from "@/lib/domain/errors";
import { BULK_COLUMNS, BULK_MAX_BYTES, BULK_MAX_ROWS } from "@/lib/inputs/bulk-provisioning";
import type { BulkRowResult } from "@/lib/server/operations/bulk-create-virtual-physical-connections";

type Answer = { applied: boolean; dryRun?: boolean; results: BulkRowResult[] } | { code: string };

/** The result file: each row's line, outcome, code, new shared port and VLAN. */
function resultCsv(results: BulkRowResult[]): string {
  const lines = results.map((r) =>
    r.ok ? `${r.row},ok,,${r.id},${r.circuitId},${r.vlanId}` : `${r.row},refused,${r.code},,,`,
  );
  return ["row,result,code,sharedPortId,circuit,vlan", ...lines].join("\n");
}

/**
 * "Bulk Create": upload a CSV of shared ports, see every row checked by a dry run first, then create them
 * all in one go and download the result file. Apply is offered only for the file the dry run passed.
 */
export function BulkProvisioning({ regionId }: { regionId: string }) {
  const t = useTranslations("bulk");
  const te = useTranslations("errors");
  const router = useRouter();
  const trigger = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [csv, setCsv] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [pending, setPending] = useState(false);

  const reset = () => {
    setCsv(null);
    setAnswer(null);
    setFileError(null);
  };
  const send = async (dryRun: boolean) => {
    if (csv === null) return;
    setPending(true);
    try {
      const response = await fetch("/api/console/bulk-provisioning", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ regionId, csv, dryRun }),
      });
      setAnswer((await response.json()) as Answer);
      if (!dryRun) router.refresh();
    } finally {
      setPending(false);
    }
  };
  const explain = (key: string) => (isErrorCode(key) ? refusalMessage(te, new DomainError(key)) : key);
  const results = answer && "results" in answer ? answer.results : [];
  const passed = answer && "results" in answer && answer.dryRun && results.every((r) => r.ok);
  const applied = answer && "results" in answer && answer.applied;

  return (
    <>
      <Button ref={trigger} onClick={() => setOpen(true)}>
        {t("open")}
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) reset();
        }}
        title={t("title")}
        description={t("intro", { columns: BULK_COLUMNS.join(","), rows: BULK_MAX_ROWS })}
        wide
        returnFocusTo={trigger}
      >
        <label className="mb-1 block font-medium text-slate-700" htmlFor="bulk-file">
          {t("file")}
        </label>
        <input
          id="bulk-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={fileError ? "bulk-file-error" : undefined}
          onChange={async (e) => {
            reset();
            const file = e.target.files?.[0];
            if (!file) return;
            if (file.size > BULK_MAX_BYTES) {
              setFileError(t("tooLarge", { kb: BULK_MAX_BYTES / 1024 }));
              return;
            }
            setCsv(await file.text());
          }}
          className="mb-2 block"
        />
        {fileError ? (
          <p id="bulk-file-error" className="mb-2 text-red-700">
            {fileError}
          </p>
        ) : null}
        <div className="mb-3 flex gap-2">
          <Button
            variant="primary"
            pending={pending}
            disabledReason={csv === null ? t("chooseFile") : undefined}
            onClick={() => send(true)}
          >
            {t("dryRun")}
          </Button>
          <Button
            variant="primary"
            pending={pending}
            disabledReason={passed ? undefined : t("dryRunFirst")}
            onClick={() => send(false)}
          >
            {t("apply")}
          </Button>
        </div>
        {answer && "code" in answer ? (
          <p role="alert" className="mb-2 text-red-700">
            {explain(answer.code)} <code className="text-xs">{answer.code}</code>
          </p>
        ) : null}
        {answer && "results" in answer ? (
          <>
            <p role="status" className="mb-2 font-medium">
              {applied
                ? t("applied", { count: results.length })
                : passed
                  ? t("passed", { count: results.length })
                  : t("refused", { count: results.filter((r) => !r.ok).length })}
            </p>
            <a
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(resultCsv(results))}`}
              download={applied ? "bulk-result.csv" : "bulk-dry-run.csv"}
              className="mb-2 inline-block text-brand-700 hover:underline"
            >
              {t("download")}
            </a>
            <div className="max-h-72 overflow-y-auto">
              <Table label={t("results")} dense>
                <thead>
                  <tr>
                    <Th>{t("row")}</Th>
                    <Th>{t("outcome")}</Th>
                    <Th>{t("detail")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {results.map((r) => (
                    <tr key={r.row} className="border-b border-slate-100">
                      <Td>{r.row}</Td>
                      <Td>{r.ok ? t("ok") : t("rowRefused")}</Td>
                      <Td>
                        {r.ok ? (
                          t("rowOk", { vlan: r.vlanId, id: applied ? r.id : "-" })
                        ) : (
                          <>
                            {explain(r.key)} <code className="text-xs">{r.code}</code>
                          </>
                        )}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          </>
        ) : null}
      </Dialog>
    </>
  );
}
