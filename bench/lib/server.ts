// The production build and server the benchmark measures: `next build` when the build is missing, lacks
// the bench route or is older than the sources, then `next start` on a free loopback port.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { keepAliveAgent, send, type Target } from "./http";

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const BUILD_ID = path.join(ROOT, ".next", "BUILD_ID");
const SOURCE_DIRS = ["app", "components", "lib", "db", "messages", "public"];
const SOURCE_FILES = [
  "next.config.mjs",
  "proxy.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

function newestSource(): { file: string; mtimeMs: number } {
  let newest = { file: "", mtimeMs: 0 };
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    } else if (!/\.test\.tsx?$/.test(file) && stat.mtimeMs > newest.mtimeMs) {
      newest = { file: path.relative(ROOT, file), mtimeMs: stat.mtimeMs };
    }
  };
  for (const dir of SOURCE_DIRS) visit(path.join(ROOT, dir));
  for (const file of SOURCE_FILES) visit(path.join(ROOT, file));
  return newest;
}

function hasBenchRoute(): boolean {
  try {
    const routes = JSON.parse(
      fs.readFileSync(path.join(ROOT, ".next", "app-path-routes-manifest.json"), "utf8"),
    );
    return "/api/bench/route" in routes;
  } catch {
    return false;
  }
}

/** Why a build is needed, or null. BENCH_BUILD=always|never overrides the check. */
export function buildReason(mode = process.env.BENCH_BUILD ?? "auto"): string | null {
  if (mode === "never") return null;
  if (mode === "always") return "BENCH_BUILD=always";
  const build = fs.statSync(BUILD_ID, { throwIfNoEntry: false });
  if (!build) return "no build in .next";
  if (!hasBenchRoute()) return "the build has no app/api/bench route";
  const newest = newestSource();
  if (newest.mtimeMs > build.mtimeMs) return `${newest.file} is newer than the build`;
  return null;
}

function run(args: string[], logFile: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const out = fs.openSync(logFile, "w");
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { stdio: ["ignore", out, out], env });
    child.on("exit", (code) => {
      fs.closeSync(out);
      resolve(code ?? 1);
    });
  });
}

/** Builds when needed (retrying once: another engineer may be building at the same time). */
export async function ensureBuild(logDir: string, log: (line: string) => void): Promise<{ seconds: number }> {
  const reason = buildReason();
  if (!reason) {
    log("Build: reusing .next (up to date with the sources; BENCH_BUILD=always forces a build)");
    return { seconds: 0 };
  }
  const logFile = path.join(logDir, "next-build.log");
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    log(`Build: next build (${reason}), attempt ${attempt}, log ${path.relative(ROOT, logFile)}`);
    const started = performance.now();
    const code = await run(["build"], logFile, env);
    const seconds = (performance.now() - started) / 1000;
    if (code === 0 && hasBenchRoute()) {
      log(`Build: done in ${seconds.toFixed(0)} s`);
      return { seconds };
    }
    const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n");
    log(`Build failed (exit ${code}):\n${tail}`);
  }
  throw new Error("next build failed twice");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export type RunningServer = {
  target: Target;
  child: ChildProcess;
  logFile: string;
  stop: () => Promise<void>;
};

async function waitHealthy(target: Target, child: ChildProcess, timeoutMs: number): Promise<void> {
  const agent = keepAliveAgent(1);
  const deadline = performance.now() + timeoutMs;
  try {
    while (performance.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
      try {
        const res = await send(agent, target, { method: "GET", path: "/api/health" });
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error("next start did not answer /api/health in time");
  } finally {
    agent.destroy();
  }
}

/** `next start` on a free port with the given environment; stop() ends it (and only it). */
export async function startServer(
  env: Record<string, string>,
  logDir: string,
  label: string,
): Promise<RunningServer> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const port = await freePort();
    const target = { host: "127.0.0.1", port };
    const logFile = path.join(logDir, `next-start-${label.replace(/[^\w.-]+/g, "-")}.log`);
    const out = fs.openSync(logFile, "w");
    // Its own process group, so stop() can signal the server and any worker it forks, and nothing else.
    const child = spawn(process.execPath, [NEXT_BIN, "start", "-H", target.host, "-p", String(port)], {
      stdio: ["ignore", out, out],
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
      detached: true,
    });
    fs.closeSync(out);
    const stop = async () => {
      if (child.exitCode !== null || child.pid === undefined) return;
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM");
      const killed = await Promise.race([
        exited.then(() => true),
        new Promise((r) => setTimeout(() => r(false), 5000)),
      ]);
      if (!killed && child.exitCode === null) {
        process.kill(-child.pid, "SIGKILL");
        await exited;
      }
    };
    try {
      await waitHealthy(target, child, 60_000);
      return { target, child, logFile, stop };
    } catch (error) {
      lastError = error;
      await stop();
    }
  }
  throw lastError;
}
