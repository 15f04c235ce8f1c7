import { defineConfig } from "drizzle-kit";

// The PostgreSQL twin of drizzle.config.ts; `npm run db:generate` runs both.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema-pg.ts",
  out: "./db/migrations-pg",
  strict: true,
  verbose: true,
});
