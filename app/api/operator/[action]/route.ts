import { getDatabase } from "@/db/client";
import { now } from "@/lib/server/clock";
import { handleOperatorApi } from "@/lib/server/operator/api";
import { logOnAddress } from "@/lib/server/throttle";

export const dynamic = "force-dynamic";

/** The operator API (lib/server/operator/api.ts): POST /api/operator/<Action>, a JSON body, Basic auth. */
export async function POST(request: Request, { params }: { params: Promise<{ action: string }> }) {
  const answer = await handleOperatorApi(
    await getDatabase(),
    {
      action: (await params).action,
      authorization: request.headers.get("authorization"),
      address: logOnAddress(request.headers),
      body: await request.text(),
    },
    now(),
  );
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
