// `npm run db:reset`: throws away the DATABASE_URL file and recreates it with the demo set.
import fs from "node:fs";
import { databasePath } from "../lib/env";
import { openDb } from "./client";
import { seedDemo } from "./seed";

const file = databasePath();
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
const db = openDb(file);
seedDemo(db);
db.$client.close();
console.log(`Reset ${file} to the demo set.`);
