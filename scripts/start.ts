// `npm start`: build when no build exists, migrate and (on a new database) seed, print the demo
// accounts, then serve the console with `next start`.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { closeDatabase, type Db, openDatabase } from "../db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../db/seed";
import { env, redactedDatabaseUrl } from "../lib/env";
import { ensureDemoAccessKeys } from "../lib/server/access-keys";
import { ensureFirstOperator, firstOperatorLines } from "../lib/server/operator/first-operator";
import { demoAccessKeyLines } from "./start-banner";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
  console.log("No build found: running next build (about a minute)...");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const db = await openDatabase();
// DEMO_DATA=off: a new database stays empty, for an operator to fill (docs/operator.md).
const seeded = env.DEMO_DATA === "on" && (await seedDemo(db));
// Either dialect: the key code is dialect-neutral and only takes the SQLite handle's type (db/client.ts).
const accessKeys = env.DEMO_DATA === "on" ? await ensureDemoAccessKeys(db as Db) : [];
const operator = await ensureFirstOperator(
  db as Db,
  { email: env.OPERATOR_EMAIL, password: env.OPERATOR_PASSWORD },
  new Date(),
);
await closeDatabase(db);

const origin = `http://${env.HOST}:${env.PORT}`;
console.log(`\nHosted Connect console: ${origin}`);
console.log(`Database: ${redactedDatabaseUrl()}${seeded ? " (new, demo data seeded)" : ""}`);
if (env.DEMO_DATA === "on") {
  console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    if (account.email) console.log(`  ${account.email.padEnd(26)} UID ${account.uid}  ${account.name}`);
  }
  for (const line of demoAccessKeyLines(accessKeys)) console.log(line);
}
for (const line of firstOperatorLines(operator, origin)) console.log(line);
console.log("");

const server = spawn(process.execPath, [nextBin, "start", "-H", env.HOST, "-p", String(env.PORT)], {
  stdio: "inherit",
});
// Demo traffic through the remote_write endpoint, so a fresh install shows live charts (docs/monitoring.md).
const demoPartnerKey = accessKeys.some((key) => key.accountUid === DEMO_ACCOUNTS.unicom.uid);
const generator =
  env.TRAFFIC_GENERATOR === "on" || (env.TRAFFIC_GENERATOR === "demo" && demoPartnerKey)
    ? spawn(process.execPath, ["--import", "tsx", path.join("scripts", "traffic-generator.ts")], {
        stdio: "inherit",
      })
    : undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    generator?.kill(signal);
    server.kill(signal);
  });
}
server.on("exit", (code) => {
  generator?.kill("SIGTERM");
  process.exit(code ?? 0);
});
