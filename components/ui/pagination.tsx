import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Server-side pages: links keep every other query parameter, so filters survive paging. */
export async function Pagination({
  total,
  page,
  pageSize,
  basePath,
  query,
}: {
  total: number;
  page: number;
  pageSize: number;
  basePath: string;
  query: Record<string, string | undefined>;
}) {
  const t = await getTranslations("list");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (target: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
    if (target > 1) params.set("page", String(target));
    const qs = params.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  const linkClass = "rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50";
  const disabledClass = "rounded border border-slate-200 px-2.5 py-1 text-slate-500";
  return (
    <nav aria-label={t("pagination")} className="mt-3 flex items-center justify-end gap-3 text-slate-600">
      <span>{t("total", { count: total })}</span>
      <span>{t("pageOf", { page: Math.min(page, pages), pages })}</span>
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass}>
          {t("previousPage")}
        </Link>
      ) : (
        <span aria-disabled="true" className={disabledClass}>
          {t("previousPage")}
        </span>
      )}
      {page < pages ? (
        <Link href={href(page + 1)} className={linkClass}>
          {t("nextPage")}
        </Link>
      ) : (
        <span aria-disabled="true" className={disabledClass}>
          {t("nextPage")}
        </span>
      )}
    </nav>
  );
}
