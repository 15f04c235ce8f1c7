import type { Db } from "../../../db/client";

/** Background work that runs on a schedule, once across every process serving the database. */
export type Job = {
  /** Unique: the key of its lease row in scheduled_jobs. */
  name: string;
  /** How long after a run's scheduled time the next run is due. */
  everyMs: number;
  /**
   * Does its own transactions (withTransaction). A holder can die halfway, and the next holder then runs
   * it again: each transaction must leave the database consistent, and a second run must be harmless.
   */
  run: (db: Db, now: Date) => Promise<void>;
};
