import { execSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";

// Playwright evaluates this file again in every worker: pick the port once and keep it in
// process.env, which the workers inherit; a port picked per worker would not match the server's.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execSync(
    `node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"`,
  )
    .toString()
    .trim();
}
const PORT = process.env.E2E_PORT;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const ROOT = path.dirname(fileURLToPath(import.meta.url));

// A throwaway database per run, named after the port; the webServer command resets it before
// starting, so it must never be the demo file (e2e/global-setup.ts checks that again).
const DATABASE_FILE = `data/e2e-${PORT}.db`;
process.env.E2E_DATABASE_PATH = path.join(ROOT, DATABASE_FILE);

const CI = !!process.env.CI;
const MUTATING_SPECS = /(flows|lifecycle|access-keys|security)\.spec\.ts$/;
const TIME_SPECS = /\.time\.spec\.ts$/;

export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./e2e/global-setup.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // A flaky test is a bug to fix, never to retry.
  retries: 0,
  forbidOnly: CI,
  reporter: CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: BASE_URL,
    locale: "en-US",
    timezoneId: "UTC",
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's chromium: Playwright cannot download its own browser here (no route to its CDN).
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // One server and database per run: specs that only read the demo set run first, on pristine data;
  // specs that change it (flows, lifecycles, API writes) run after, each on VLANs of its own.
  projects: [
    { name: "demo-set", testIgnore: [MUTATING_SPECS, TIME_SPECS] },
    { name: "flows", testMatch: MUTATING_SPECS, dependencies: ["demo-set"] },
    // Specs that move the server's clock (POST /api/test/clock) run last: time never moves back.
    { name: "time", testMatch: TIME_SPECS, dependencies: ["flows"] },
  ],
  webServer: {
    command: "npx tsx db/reset-cli.ts && npx tsx scripts/start.ts",
    url: `${BASE_URL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: `file:./${DATABASE_FILE}`,
      HOST: "127.0.0.1",
      PORT,
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      TEST_CLOCK: "1",
      // The platform operator e2e/operator-flows.spec.ts logs on as (created at start, docs/operator.md).
      OPERATOR_EMAIL: "operator@platform.example",
      OPERATOR_PASSWORD: "Operator-e2e-1234",
      NEXT_TELEMETRY_DISABLED: "1",
      // npx would warn about the machine's npm config on every start.
      NPM_CONFIG_LOGLEVEL: "error",
    },
  },
});
