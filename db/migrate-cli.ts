// `npm run db:migrate`: applies pending migrations to DATABASE_URL (the app also does so on start).
import { redactedDatabaseUrl } from "../lib/env";
import { closeDatabase, openDatabase } from "./client";

await closeDatabase(await openDatabase());
console.log(`Migrated ${redactedDatabaseUrl()}.`);
