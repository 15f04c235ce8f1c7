import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccessKeyTable } from "@/components/access-keys/access-key-table";
import { CreateAccessKey } from "@/components/access-keys/create-access-key";
import { checkAccessKeyQuota } from "@/lib/domain/access-keys";
import { listAccessKeys } from "@/lib/server/access-keys";
import { readForPage } from "@/lib/server/console";
import { availabilityOf } from "@/lib/server/console-availability";
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
  // The same rule the operation enforces: at the limit the button stays and says why.
  const room = await availabilityOf(checkAccessKeyQuota(keys.length));
  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
          <p className="max-w-3xl text-slate-500">{t("intro")}</p>
        </div>
        <CreateAccessKey disabledReason={room.allowed ? undefined : room.reason} />
      </div>
      <AccessKeyTable keys={keys} />
    </>
  );
}
