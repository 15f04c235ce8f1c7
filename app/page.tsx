import { notFound, redirect } from "next/navigation";
import { getDatabase } from "@/db/client";
import { getConsoleCaller, getOperatorUserId } from "@/lib/server/auth/session";
import { listRegions } from "@/lib/server/queries/account-profile";

/** Home: the operator's console for an operator, the first region's circuits for anyone else. */
export default async function Home() {
  if (await getOperatorUserId()) redirect("/operator");
  if (!(await getConsoleCaller())) redirect("/login");
  const [first] = await listRegions(await getDatabase());
  if (!first) notFound();
  redirect(`/${first.id}/physical-connection`);
}
