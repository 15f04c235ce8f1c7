// Kept apart from db/client.ts, which parses the environment on import: modules that only need to
// tell the dialect (the seed, imported by tests before they set the environment) import this.
import { is } from "drizzle-orm";
import { PgDatabase } from "drizzle-orm/pg-core";

export type Dialect = "sqlite" | "postgresql";

/** Which database a drizzle instance (or transaction) talks to: the one place that tells. */
export function dialectOf(db: object): Dialect {
  return is(db, PgDatabase) ? "postgresql" : "sqlite";
}
