import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccessKeyTable } from "@/components/access-keys/access-key-table";
import { CreateAccessKey } from "@/components/access-keys/create-access-key";
import { listAccessKeys } from "@/lib/server/access-keys";
import { readForPage } from "@/lib/server/console";
import { pageContext } from "@/lib/server/console-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessKeys"))("title") };
}

/** The account's AccessKey pairs for the Express Connect API: create, disable, enable, delete. */
export default async function AccessKeysPage({ params }: { params: Promise<{ region: string }> }) {
  const { region } = await params;
  const ctx = await pageContext(`/${region}/access-keys`);
  const keys = await readForPage(ctx, listAccessKeys, {});
  const t = await getTranslations("accessKeys");
  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
          <p className="max-w-3xl text-slate-500">{t("intro")}</p>
        </div>
        <CreateAccessKey />
      </div>
      <AccessKeyTable keys={keys} />
    </>
  );
}
