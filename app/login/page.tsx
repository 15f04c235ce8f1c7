import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSelect } from "@/components/console/language-select";
import { safeCallbackUrl } from "@/lib/security/callback-url";
import { getConsoleCaller, getOperatorUserId } from "@/lib/server/auth/session";
import { resolveLocale } from "@/lib/i18n/request";
import { LogOnForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("submit") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if ((await getConsoleCaller()) || (await getOperatorUserId())) redirect(callbackUrl);
  const t = await getTranslations("login");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 mb-6 text-slate-500">{t("subtitle")}</p>
        <LogOnForm callbackUrl={callbackUrl} />
      </div>
      <div className="mt-4">
        <LanguageSelect current={await resolveLocale()} />
      </div>
    </main>
  );
}
