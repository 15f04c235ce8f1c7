import path from "node:path";
import { z } from "zod";
import { type Dialect, dialectOfUrl } from "../db/dialect";
import { trustedProxies } from "./server/throttle/client-address";

// Every environment variable the console reads, parsed once.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:.+|postgres(ql)?:\/\/.+)/,
      "DATABASE_URL must be a file: URL (file:./data/hosted-connect.db) or a postgres:// URL",
    )
    .default("file:./data/hosted-connect.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  AUTH_SECRET: z.string().min(16).optional(),
  // Encrypts AccessKey secrets at rest; unset, a key file is generated beside the database.
  ACCESS_KEY_ENCRYPTION_KEY: z.string().min(16).optional(),
  // The reverse proxies whose X-Forwarded-For names the client for log-on throttling; unset: none.
  TRUST_PROXY: z
    .string()
    .max(1000)
    .optional()
    .superRefine((value, ctx) => {
      try {
        trustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  // Seconds an intermediate status (Terminating, terminating, recovering, deleting) lasts before it settles.
  ASYNC_SETTLE_SECONDS: z.coerce.number().min(0).max(600).default(2),
  // "1": POST /api/test/clock moves every process's clock forward (end-to-end tests and demos). Never in production.
  TEST_CLOCK: z.enum(["0", "1"]).default("0"),
  // Signed API calls one AccessKey may make per second (lib/server/access-keys/rate-limit.ts).
  API_RATE_LIMIT_PER_SECOND: z.coerce.number().int().min(1).max(1_000_000).default(50),
  // "off": this process runs no scheduled jobs (another process or machine does).
  SCHEDULER: z.enum(["on", "off"]).default("on"),
  // The demo traffic generator under `npm start`: "demo" runs it when the database holds the demo set.
  TRAFFIC_GENERATOR: z.enum(["demo", "on", "off"]).default("demo"),
  // "allow": alert webhooks may target loopback and private addresses (a receiver inside the operator's network).
  ALERT_WEBHOOK_PRIVATE_TARGETS: z.enum(["deny", "allow"]).default("deny"),
});

export const env = envSchema.parse(process.env);

export function databaseDialect(url: string = env.DATABASE_URL): Dialect {
  return dialectOfUrl(url);
}

/** The SQLite file of a file: URL. */
export function databasePath(url: string = env.DATABASE_URL): string {
  if (databaseDialect(url) !== "sqlite")
    throw new Error("DATABASE_URL names a PostgreSQL server, not a SQLite file");
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.replace(/^file:/, ""));
}

/** Where generated local files (secrets) live: beside the SQLite file, or ./data on PostgreSQL. */
export function localDataDir(url: string = env.DATABASE_URL): string {
  if (databaseDialect(url) === "sqlite") return path.dirname(databasePath(url));
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), "data");
}

/** The URL with any password replaced, for logs. */
export function redactedDatabaseUrl(url: string = env.DATABASE_URL): string {
  if (databaseDialect(url) === "sqlite") return databasePath(url);
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
