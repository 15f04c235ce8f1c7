// The demo traffic generator: `npx tsx scripts/traffic-generator.ts [--url URL] [--backfill-hours N] [--once]`.
// Pushes realistic diurnal counters for every live shared port and VBR of the demo partners to the
// console's remote_write endpoint (default http://HOST:PORT/api/monitoring/write), first the last
// --backfill-hours (default 24) so charts have a history, then each minute. `npm start` runs it for the
// demo set (TRAFFIC_GENERATOR in README.md).
import { parseArgs } from "node:util";
import { closeDatabase, type Db, openDatabase } from "../db/client";
import { DEMO_ACCOUNTS } from "../db/seed";
import { env } from "../lib/env";
import { ensureDemoAccessKeys } from "../lib/server/access-keys";
import { now } from "../lib/server/clock";
import { generatorTargets, pushDemoTraffic } from "../lib/server/monitoring/traffic-generator";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: `http://${env.HOST}:${env.PORT}/api/monitoring/write` },
    "backfill-hours": { type: "string", default: "24" },
    once: { type: "boolean", default: false },
  },
});
const backfillHours = Number(values["backfill-hours"]);
if (!Number.isFinite(backfillHours) || backfillHours < 0 || backfillHours > 24 * 6) {
  console.error("--backfill-hours must be from 0 to 144 (the endpoint accepts samples up to 6 days old)");
  process.exit(2);
}

const PARTNER_UIDS = new Set<string>([DEMO_ACCOUNTS.unicom.uid, DEMO_ACCOUNTS.equinix.uid]);
const db = (await openDatabase()) as Db;
const keys = (await ensureDemoAccessKeys(db)).filter((k) => PARTNER_UIDS.has(k.accountUid));
let pushedUntil = now().getTime() - backfillHours * 3_600_000;

async function tick(): Promise<void> {
  const until = now().getTime();
  try {
    const samples = await pushDemoTraffic(values.url, await generatorTargets(db), keys, pushedUntil, until);
    pushedUntil = until;
    if (samples > 0) console.log(`[traffic-generator] pushed ${samples} samples to ${values.url}`);
  } catch (error) {
    // The console may still be starting: the same window is pushed again next minute.
    console.warn(
      `[traffic-generator] ${error instanceof Error ? error.message : String(error)}; retrying in a minute`,
    );
  }
}

await tick();
if (values.once) {
  await closeDatabase(db);
} else {
  const timer = setInterval(tick, 60_000);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      clearInterval(timer);
      void closeDatabase(db).finally(() => process.exit(0));
    });
  }
}
