// Shared by the stress tests: a throwaway demo database, the production server started on it (`next
// start` on 127.0.0.1), signed Express Connect API calls over loopback, and direct reads of the database.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import querystring from "node:querystring";
import { fileURLToPath } from "node:url";
import { OpenApiUtil } from "@alicloud/openapi-core";
import Database from "better-sqlite3";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const API_VERSION = "2016-04-28";

// Fixed for the test servers only; never the values of a real deployment.
export const TEST_AUTH_SECRET = "stress-test-auth-secret-0123456789abcdef";
const TEST_ACCESS_KEY_ENCRYPTION_KEY = "stress-test-access-key-encryption-key-0123456789";

export type ApiKey = {
  accountUid: string;
  accountName: string;
  accessKeyId: string;
  accessKeySecret: string;
};

/** The stress tests drive `next start`: without a production build there is nothing to test. */
export function requireBuild(): void {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) {
    throw new Error(
      `No production build (${buildId} is missing): run \`npm run build\` before \`npm run test:stress\`.`,
    );
  }
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `hosted-connect-${prefix}-`));
}

/**
 * Creates the demo database at `file` (migrated, seeded) and returns the demo AccessKeys. The server
 * modules parse the environment once, on import: set it first, then import them.
 */
export async function prepareDatabase(file: string): Promise<Map<string, ApiKey>> {
  process.env.DATABASE_URL = `file:${file}`;
  process.env.ACCESS_KEY_ENCRYPTION_KEY = TEST_ACCESS_KEY_ENCRYPTION_KEY;
  const { openDb } = await import("../../db/client");
  const { seedDemo } = await import("../../db/seed");
  const { ensureDemoAccessKeys } = await import("../../lib/server/access-keys");
  const db = openDb(file);
  try {
    seedDemo(db);
    return new Map((await ensureDemoAccessKeys(db)).map((key) => [key.accountUid, key]));
  } finally {
    db.$client.close();
  }
}

/** Rows of one SQL query (SQLite's "?" placeholders), read on a connection of the test's own. */
export type Query = <T>(sql: string, ...params: unknown[]) => Promise<T[]>;

export type StressDatabase = {
  dialect: "sqlite" | "postgresql";
  /** DATABASE_URL for the servers. */
  url: string;
  keys: Map<string, ApiKey>;
  query: Query;
  close: () => Promise<void>;
};

/**
 * The demo database a stress test runs on: a new database on the TEST_POSTGRES_URL server when
 * STRESS_DATABASE=postgresql (`npm run test:stress:pg`), otherwise a SQLite file in `dir`. Read back
 * through db/test/raw-sql.ts, which answers alike on both.
 */
export async function prepareStressDatabase(dir: string): Promise<StressDatabase> {
  const onPostgres = process.env.STRESS_DATABASE === "postgresql";
  // The app parses the environment once, on its first import: everything is set before that.
  process.env.ACCESS_KEY_ENCRYPTION_KEY = TEST_ACCESS_KEY_ENCRYPTION_KEY;
  let url = `file:${path.join(dir, "stress.db")}`;
  let drop = async () => {};
  if (onPostgres) {
    const server = process.env.TEST_POSTGRES_URL;
    if (!server)
      throw new Error("STRESS_DATABASE=postgresql needs TEST_POSTGRES_URL (scripts/pg-cluster.sh)");
    // db/schema.ts picks its dialect from DATABASE_URL on import: set it before importing the app.
    process.env.DATABASE_URL = server;
    const { createPgTestDatabase, dropPgTestDatabase } = await import("../../db/test/test-db");
    url = await createPgTestDatabase();
    const created = url;
    drop = () => dropPgTestDatabase(created);
  }
  process.env.DATABASE_URL = url;
  const { closeDatabase, openDatabase } = await import("../../db/client");
  const { seedDemo } = await import("../../db/seed");
  const { sqlAll } = await import("../../db/test/raw-sql");
  const { ensureDemoAccessKeys } = await import("../../lib/server/access-keys");
  const db = await openDatabase(url);
  await seedDemo(db);
  // Typed as the SQLite handle whatever the dialect, as the app's own is (db/client.ts).
  const handle = db as Parameters<typeof ensureDemoAccessKeys>[0];
  const keys = new Map((await ensureDemoAccessKeys(handle)).map((key) => [key.accountUid, key]));
  return {
    dialect: onPostgres ? "postgresql" : "sqlite",
    url,
    keys,
    query: (sql, ...params) => sqlAll(handle, sql, ...params),
    close: async () => {
      await closeDatabase(db);
      await drop();
    },
  };
}

/** A Query over a better-sqlite3 connection. */
export function sqliteQuery(db: Database.Database): Query {
  return async <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pids of the live (not zombie) processes in a process group, from /proc. */
export function processGroupMembers(pgid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] !== "Z" && Number(fields[2]) === pgid) out.push(Number(entry));
  }
  return out;
}

const running = new Set<ChildProcess>();
// A test that fails half-way must not leave a server behind: kill what is still running on exit.
process.on("exit", () => {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
});

export type Server = {
  port: number;
  pid: number;
  startMs: number;
  /** The server's recent stdout and stderr, for failure messages. */
  output: () => string;
  /** SIGKILL to the whole process group; resolves once no process of the group is left. */
  kill: () => Promise<void>;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop: () => Promise<void>;
};

/**
 * Starts `next start` in its own process group on DATABASE_URL=file:<dbFile> (or on `dbFile` itself when
 * it is a file: or postgres:// URL); resolves once /api/health
 * answers 200. `extraEnv` adds to (or overrides) the server's environment.
 */
export async function startServer(
  dbFile: string,
  port?: number,
  extraEnv: Record<string, string> = {},
): Promise<Server> {
  requireBuild();
  const listenPort = port ?? (await freePort());
  const started = Date.now();
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(listenPort)], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: /^(file:|postgres)/.test(dbFile) ? dbFile : `file:${dbFile}`,
      HOST: "127.0.0.1",
      PORT: String(listenPort),
      AUTH_SECRET: TEST_AUTH_SECRET,
      ACCESS_KEY_ENCRYPTION_KEY: TEST_ACCESS_KEY_ENCRYPTION_KEY,
      ASYNC_SETTLE_SECONDS: "0",
      // The races send hundreds of calls a second from one AccessKey; flow control has its own tests.
      API_RATE_LIMIT_PER_SECOND: "1000000",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      ...extraEnv,
    },
  });
  running.add(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error("next start did not spawn");
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", () => {
      exited = true;
      running.delete(child);
      resolve();
    });
  });

  const waitForGroupGone = async () => {
    await exit;
    const deadline = Date.now() + 10_000;
    while (processGroupMembers(pid).length > 0) {
      if (Date.now() > deadline) {
        throw new Error(`processes left in group ${pid}: ${processGroupMembers(pid).join(", ")}`);
      }
      await sleep(20);
    }
  };
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  };
  const server: Server = {
    port: listenPort,
    pid,
    startMs: 0,
    output: () => log,
    kill: async () => {
      signalGroup("SIGKILL");
      await waitForGroupGone();
    },
    stop: async () => {
      if (!exited) signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
      await exit;
      clearTimeout(timer);
      signalGroup("SIGKILL");
      await waitForGroupGone();
    },
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) throw new Error(`next start exited before it was ready:\n${log}`);
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`next start was not healthy within 90 s:\n${log}`);
    }
    const status = await healthStatus(listenPort);
    if (status === 200) break;
    await sleep(100);
  }
  server.startMs = Date.now() - started;
  return server;
}

function healthStatus(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/api/health", agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(5000, () => req.destroy());
    req.on("error", () => resolve(0));
  });
}

// ---------------------------------------------------------------------------------------------------
// Signed API calls

export type Signed = { path: string; headers: Record<string, string> };

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * An ACS3-HMAC-SHA256 request as the official SDK signs it (@alicloud/openapi-core's signer): parameters
 * in the query string, empty body. A fresh nonce each time, so a retry is a new request.
 */
export function signAcs3(port: number, key: ApiKey, action: string, params: Record<string, string>): Signed {
  const payloadHash = createHash("sha256").update("").digest("hex");
  const headers: Record<string, string> = {
    host: `127.0.0.1:${port}`,
    "x-acs-action": action,
    "x-acs-version": API_VERSION,
    "x-acs-date": isoSeconds(new Date()),
    "x-acs-signature-nonce": randomBytes(16).toString("hex"),
    "x-acs-content-sha256": payloadHash,
  };
  headers.authorization = OpenApiUtil.getAuthorization(
    { method: "POST", pathname: "/", query: params, headers } as unknown as Parameters<
      typeof OpenApiUtil.getAuthorization
    >[0],
    "ACS3-HMAC-SHA256",
    payloadHash,
    key.accessKeyId,
    key.accessKeySecret,
  );
  return { path: `/?${querystring.stringify(params)}`, headers };
}

export type ApiOutcome =
  /** An answer: `body` is the parsed JSON (null when it was not JSON). */
  | { kind: "answer"; status: number; body: Record<string, unknown> | null; raw: string }
  /** No answer: the connection failed (`code` e.g. ECONNRESET, ECONNREFUSED). */
  | { kind: "no-answer"; code: string; message: string };

/**
 * Sends a signed request on a connection of its own; never rejects. No keep-alive on purpose: a pooled
 * socket the server is just closing (its keep-alive timeout) fails with ECONNRESET, which would make a
 * refused-or-lost request out of the client's own race.
 */
export function send(port: number, signed: Signed, timeoutMs = 60_000): Promise<ApiOutcome> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: signed.path,
        headers: { ...signed.headers, connection: "close" },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", (error: NodeJS.ErrnoException) =>
          resolve({ kind: "no-answer", code: error.code ?? "ERR", message: error.message }),
        );
        res.on("end", () => {
          if (!res.complete) {
            resolve({ kind: "no-answer", code: "INCOMPLETE", message: "response cut short" });
            return;
          }
          const raw = Buffer.concat(chunks).toString("utf8");
          let body: Record<string, unknown> | null = null;
          try {
            body = JSON.parse(raw) as Record<string, unknown>;
          } catch {
            body = null;
          }
          resolve({ kind: "answer", status: res.statusCode ?? 0, body, raw });
        });
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    req.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ kind: "no-answer", code: error.code ?? "ERR", message: error.message }),
    );
    req.end();
  });
}

/** Signs and sends one API call. */
export function call(
  port: number,
  key: ApiKey,
  action: string,
  params: Record<string, string>,
): Promise<ApiOutcome> {
  return send(port, signAcs3(port, key, action, params));
}

/** The error code of a refusal, "" for a success. */
export function codeOf(outcome: ApiOutcome): string {
  if (outcome.kind !== "answer") return `no answer (${outcome.code})`;
  if (outcome.status === 200) return "";
  return String(outcome.body?.Code ?? `HTTP ${outcome.status}`);
}

export type Success = { kind: "answer"; status: 200; body: Record<string, unknown>; raw: string };

export function isSuccess(outcome: ApiOutcome): outcome is Success {
  return outcome.kind === "answer" && outcome.status === 200 && outcome.body !== null;
}

/** The HTTP status of an answer; undefined when there was none. */
export function statusOf(outcome: ApiOutcome): number | undefined {
  return outcome.kind === "answer" ? outcome.status : undefined;
}

/** Counts of values, for printing: { "InvalidVlanId.Used": 199, ... }. */
export function tally(values: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of values) out[value] = (out[value] ?? 0) + 1;
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The database, read directly

export function openReadOnly(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

/** `PRAGMA integrity_check` and `PRAGMA foreign_key_check`, on a connection of their own. */
export function checkDatabaseFile(file: string): { integrity: string; foreignKeyViolations: unknown[] } {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join("; ");
    const foreignKeyViolations = db.pragma("foreign_key_check") as unknown[];
    return { integrity, foreignKeyViolations };
  } finally {
    db.close();
  }
}

const SPEC_MBPS: Record<string, number> = {
  "50M": 50,
  "100M": 100,
  "200M": 200,
  "300M": 300,
  "400M": 400,
  "500M": 500,
  "1G": 1000,
  "2G": 2000,
  "5G": 5000,
  "8G": 8000,
  "10G": 10000,
};

/** Mbit/s of a Spec, 1G = 1000 (lib/domain/enums.ts). */
export function mbps(spec: string | null): number {
  if (spec === null) return 0;
  const value = SPEC_MBPS[spec];
  if (value === undefined) throw new Error(`unknown spec ${spec}`);
  return value;
}

/** What the live ports of a circuit reserve: max(Spec, ExpectSpec) each, in Mbit/s. */
export async function reservedMbps(query: Query, circuitId: string): Promise<number> {
  const rows = await query<{ spec: string; expectSpec: string | null }>(
    "select spec, expect_spec as \"expectSpec\" from hosted_connections where circuit_id = ? and vpconn_status <> 'Deleted'",
    circuitId,
  );
  return rows.reduce((sum, row) => sum + Math.max(mbps(row.spec), mbps(row.expectSpec)), 0);
}

/**
 * Invariants over the whole database: every circuit within its capacity, every live port holding a VLAN
 * allocation of its own circuit, no allocation that nothing holds. Returns the violations found.
 */
export async function globalInvariantViolations(query: Query): Promise<string[]> {
  const out: string[] = [];
  const circuits = await query<{ id: string; capacity: number }>(
    "select id, capacity_mbps as capacity from circuits",
  );
  for (const circuit of circuits) {
    const reserved = await reservedMbps(query, circuit.id);
    if (reserved > circuit.capacity)
      out.push(`${circuit.id}: ${reserved} Mbit/s reserved > ${circuit.capacity}`);
  }
  const badLive = await query<{ id: string }>(
    `select hc.id from hosted_connections hc left join vlan_allocations va on va.id = hc.vlan_allocation_id
     where hc.vpconn_status <> 'Deleted' and (va.id is null or va.circuit_id <> hc.circuit_id)`,
  );
  for (const row of badLive) out.push(`live port ${row.id} without a VLAN allocation on its circuit`);
  const badDeleted = await query<{ id: string }>(
    "select id from hosted_connections where vpconn_status = 'Deleted' and (vlan_allocation_id is not null or deleted_at is null)",
  );
  for (const row of badDeleted) out.push(`deleted port ${row.id} still holds a VLAN or has no deleted_at`);
  const orphans = await query<{ id: number; circuitId: string; vlanId: number }>(
    `select va.id, va.circuit_id as "circuitId", va.vlan_id as "vlanId" from vlan_allocations va
     where not exists (select 1 from hosted_connections hc where hc.vlan_allocation_id = va.id)
       and not exists (select 1 from vbrs v where v.vlan_allocation_id = va.id)`,
  );
  for (const row of orphans) out.push(`VLAN ${row.vlanId} on ${row.circuitId} allocated to nothing`);
  return out;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
