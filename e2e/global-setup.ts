import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { USERS } from "./fixtures";

const DEMO_DATABASE = "hosted-connect.db";

/**
 * Runs after the webServer is up (Playwright starts plugins first). Checks that the tests talk to
 * a throwaway database seeded with the demo set, never to the demo or a developer's own file,
 * and removes that database after the run (E2E_KEEP_DB=1 keeps it for a look).
 */
export default function globalSetup(): () => void {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set: run the tests through playwright.config.ts");
  const forbidden = [path.join(path.dirname(file), DEMO_DATABASE)];
  if (process.env.DATABASE_URL) forbidden.push(path.resolve(process.env.DATABASE_URL.replace(/^file:/, "")));
  if (!/^e2e-\d+\.db$/.test(path.basename(file)) || forbidden.includes(path.resolve(file))) {
    throw new Error(`Refusing to run the e2e tests against ${file}: it is not a throwaway e2e database`);
  }

  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const emails = Object.values(USERS).map((u) => u.email);
    const found = db
      .prepare(`select count(*) as n from users where email in (${emails.map(() => "?").join(",")})`)
      .get(...emails) as { n: number };
    if (found.n !== emails.length) {
      throw new Error(`${file} holds ${found.n} of the ${emails.length} demo users: the seed did not run`);
    }
  } finally {
    db.close();
  }

  return () => {
    if (process.env.E2E_KEEP_DB === "1") return;
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  };
}
