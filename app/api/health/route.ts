import { getDatabase, pingDatabase } from "@/db/client";

export const dynamic = "force-dynamic";

export async function GET() {
  await pingDatabase(await getDatabase());
  return Response.json({ ok: true });
}
