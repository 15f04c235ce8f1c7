// Every scheduled job, in the order a tick runs them. A new job is added here and nowhere else.
import { withTransaction } from "../../../db/transaction";
import { settleDue } from "../operations/settle";
import type { Job } from "./job";

/** Intermediate statuses settle on time even when no operation runs to settle them first. */
const settle: Job = {
  name: "settle-intermediate-statuses",
  everyMs: 5_000,
  run: (db, now) => withTransaction(db, "write", (tx) => settleDue(tx, now)),
};

export const JOBS: readonly Job[] = [settle];
