import { getDb } from "@/db/client";
import { regions } from "@/db/schema";
import { withTransaction } from "@/db/transaction";

export const dynamic = "force-dynamic";

export async function GET() {
  await withTransaction(getDb(), "read", (tx) => tx.select({ id: regions.id }).from(regions).limit(1));
  return Response.json({ ok: true });
}
