import { z } from "zod";
import { getDatabase } from "@/db/client";
import { env } from "@/lib/env";
import { now } from "@/lib/server/clock";
import { advanceClock } from "@/lib/server/scheduler/clock-sync";
import { tick } from "@/lib/server/scheduler/ticker";

export const dynamic = "force-dynamic";

const YEAR_MS = 366 * 24 * 60 * 60 * 1000;
const input = z
  .object({
    advanceMs: z
      .number()
      .int()
      .min(0)
      .max(5 * YEAR_MS),
  })
  .strict();

/**
 * Test and demo only (TEST_CLOCK=1, else 404): moves every process's clock forward and runs what falls due
 * at once, so an end-to-end test crosses a billing period without sleeping.
 */
export async function POST(request: Request): Promise<Response> {
  if (env.TEST_CLOCK !== "1") return new Response(null, { status: 404 });
  const parsed = parseBody(await request.text());
  if (!parsed?.success) return Response.json({ error: 'body must be {"advanceMs": <ms>}' }, { status: 400 });
  const db = await getDatabase();
  const offsetMs = await advanceClock(db, parsed.data.advanceMs);
  const ran = await tick(db);
  return Response.json({ now: now().toISOString(), offsetMs, ran });
}

function parseBody(text: string) {
  if (text.length > 256) return undefined;
  try {
    return input.safeParse(JSON.parse(text));
  } catch {
    return undefined;
  }
}
