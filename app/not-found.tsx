import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="mx-auto mt-24 max-w-md rounded border border-slate-200 bg-white p-8 text-center">
      <p className="text-3xl font-semibold text-slate-500">{t("title")}</p>
      <h1 className="mt-2 text-lg font-semibold">{t("heading")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t("back")}
      </Link>
    </main>
  );
}
