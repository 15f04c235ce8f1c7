import { formatPercent } from "@/lib/console/traffic-units";

/** A port's recent utilisation: the percentage, and a bar beside it that shows the same number. */
export function UtilisationCell({ percent }: { percent: number | null }) {
  if (percent === null) return <span className="text-slate-400">—</span>;
  return (
    <span className="flex items-center gap-2 whitespace-nowrap">
      <span aria-hidden className="h-1.5 w-12 rounded bg-slate-100">
        <span
          className={`block h-1.5 rounded ${percent >= 80 ? "bg-red-600" : "bg-brand-600"}`}
          style={{ width: `${Math.min(100, percent)}%` }}
        />
      </span>
      <span className="tabular-nums">{formatPercent(percent)}</span>
    </span>
  );
}
