import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/operator/invite-form";
import { getDatabase } from "@/db/client";
import { inviteUser } from "@/lib/server/auth/invites";
import { now } from "@/lib/server/clock";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title") };
}

/** An invitation's one-time link: sets the user's password, then the user logs on as usual. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const email = await inviteUser(await getDatabase(), token, now());
  const t = await getTranslations("invite");
  const te = await getTranslations("errors");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="mb-4 text-xl font-semibold">{t("title")}</h1>
        {email ? (
          <InviteForm token={token} email={email} />
        ) : (
          <p role="alert">{te("codes.Operator_InviteInvalid")}</p>
        )}
      </div>
    </main>
  );
}
