// Kept apart from db/client.ts, which parses the environment on import: modules that only need to
// tell the dialect (the seed, the schema, imported by tests before they set the environment) import this.
import { is } from "drizzle-orm";
import { PgDatabase } from "drizzle-orm/pg-core";

export type Dialect = "sqlite" | "postgresql";

/** Which database a drizzle instance (or transaction) talks to: the one place that tells. */
export function dialectOf(db: object): Dialect {
  return is(db, PgDatabase) ? "postgresql" : "sqlite";
}

/** Which database a DATABASE_URL names: a postgres:// server, or else a SQLite file. */
export function dialectOfUrl(url: string): Dialect {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** The dialect this process serves, from DATABASE_URL (unset: the default SQLite file). */
export function servedDialect(): Dialect {
  return dialectOfUrl(process.env.DATABASE_URL ?? "");
}
