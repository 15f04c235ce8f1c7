import { randomUUID } from "node:crypto";
import os from "node:os";
import type { Db } from "../../../db/client";
import { now } from "../clock";
import { loadClockOffset } from "./clock-sync";
import { JOBS } from "./jobs";
import { runDueJobs } from "./run-due-jobs";

/** How often a server process looks for due jobs; a job's own everyMs says how often it runs. */
export const TICK_MS = 5_000;

/** This process's name on the leases it holds: unique across machines and restarts. */
export const SCHEDULER_OWNER = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * One tick: the shared clock offset first, then every due job. Exported for the test clock route, which
 * runs a tick at once after moving time so that tests never wait for the timer.
 */
export async function tick(db: Db): Promise<string[]> {
  await loadClockOffset(db);
  return runDueJobs(db, JOBS, now(), SCHEDULER_OWNER);
}

/** Starts ticking in this server process (instrumentation.ts); ticks never overlap. */
export function startScheduler(getDb: () => Promise<Db>): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await tick(await getDb());
    } catch (error) {
      console.error("scheduler tick failed:", error);
    } finally {
      running = false;
    }
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
