import path from "node:path";
import { z } from "zod";
import { trustedProxies } from "./server/throttle/client-address";

// Every environment variable the console reads, parsed once.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, "DATABASE_URL must be a file: URL, e.g. file:./data/hosted-connect.db")
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
});

export const env = envSchema.parse(process.env);

export function databasePath(url: string = env.DATABASE_URL): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.replace(/^file:/, ""));
}
