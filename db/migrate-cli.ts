// `npm run db:migrate`: applies pending migrations to DATABASE_URL (the app also does so on start).
import { databasePath } from "../lib/env";
import { openDb } from "./client";

const file = databasePath();
openDb(file).$client.close();
console.log(`Migrated ${file}.`);
