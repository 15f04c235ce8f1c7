import { redirect } from "next/navigation";
import { DEFAULT_REGION } from "@/lib/regions";
import { getConsoleCaller } from "@/lib/server/auth/session";

export default async function Home() {
  redirect((await getConsoleCaller()) ? `/${DEFAULT_REGION}/physical-connection` : "/login");
}
