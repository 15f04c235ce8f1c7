// `npm run bench`: generates the 1k and 100k partner estates, starts the production server on each (BENCH_ROUTE=1,
// a fixed AUTH_SECRET, loopback only), measures the console pages and the API beside the bare route, reads first-load
// JS per route from the build, analyses the list queries at 100k with and without the proposed indexes, and prints
// the figures. Bounded: every loop has a sample cap or a deadline. Not part of `npm test`.
//
//   npm run bench                       # everything (about 5 minutes on 2 cores, plus a build when one is needed)
//   BENCH_SECONDS=5 npm run bench       # shorter load phases (default 8 s each, after 1 s of warm-up)
//   BENCH_SIZES=1000 npm run bench      # one estate only
//   BENCH_BUILD=never|always            # reuse .next as it is / always rebuild (default: when missing or stale)
//   BENCH_ANALYZE=0                     # skip the in-process query analysis
//   BENCH_INDEXED=0                     # skip the HTTP run on the 100k copy with the proposed indexes
//   BENCH_MONITORING=0                  # skip the traffic monitoring figures (bench/monitoring.ts)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execSync } from "node:child_process";

const BENCH_DIR = path.join(process.cwd(), "data", "bench");
fs.mkdirSync(BENCH_DIR, { recursive: true });

// Before any application module is imported (lib/env parses the environment once): fixed secrets, so the
// generator's AccessKeys decrypt in the server and sessions verify, and nothing is written beside data/.
const SECRETS = {
  AUTH_SECRET: "hosted-connect-bench-auth-secret-not-for-production",
  ACCESS_KEY_ENCRYPTION_KEY: "hosted-connect-bench-access-key-encryption-key",
};
Object.assign(process.env, SECRETS, { DATABASE_URL: `file:${path.join(BENCH_DIR, "estate-1k.db")}` });

const { generateEstate, FILTER_QUERY, MAX_VLAN } = await import("./generate");
const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("../db/seed");
const { analyze, formatAnalysis, INDEX_PROPOSALS, indexedCopy } = await import("./lib/analyze");
const { firstLoadJs, chunksInHtml, gzipSizeOfFiles } = await import("./lib/bundles");
const { keepAliveAgent, logIn, send } = await import("./lib/http");
const { runLoad } = await import("./lib/load");
const { measurePage } = await import("./lib/pages");
const { ensureBuild, startServer } = await import("./lib/server");
const { apiAnswer, signedApiRequest } = await import("./lib/sign");
const { heading, kb, ms, num, table } = await import("./lib/stats");

type Estate = Awaited<ReturnType<typeof generateEstate>>;
type LoadResult = Awaited<ReturnType<typeof runLoad>>;
type PageResult = Awaited<ReturnType<typeof measurePage>>;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = 20;
const SIZES = (process.env.BENCH_SIZES ?? "1000,100000").split(",").map(Number);
const label = (rows: number) => (rows >= 1000 ? `${rows / 1000}k` : String(rows));
const log = (line: string) => console.log(line);
const started = performance.now();

function header() {
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
    const dirty = execSync("git status --porcelain", { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
    if (dirty) commit += " + uncommitted changes";
  } catch {
    // not a git checkout
  }
  log(heading("Hosted Connect benchmark"));
  log(
    `${new Date().toISOString()}  commit ${commit}  node ${process.version}  ${os.cpus().length} CPUs  load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  log(
    `Loopback only. Load phases: ${SECONDS} s after 1 s warm-up, ${CONCURRENCY} keep-alive connections, closed loop.`,
  );
}

type LoadKey = "list" | "listDirect" | "bareSelect" | "create" | "bareInsert";

type SizeFigures = {
  name: string;
  estate: Estate;
  pages: PageResult[];
  loads: Partial<Record<LoadKey, LoadResult>>;
  htmlChunks: Record<string, number>;
};

/**
 * One server on one database: the pages, then the loads. `writes: false` skips the create and insert
 * loads (the run on the indexed copy only shows what the indexes change for reads).
 */
async function measureEstate(
  estate: Estate,
  name: string,
  file: string,
  writes: boolean,
): Promise<SizeFigures> {
  const server = await startServer(
    { ...SECRETS, DATABASE_URL: `file:${file}`, BENCH_ROUTE: "1" },
    BENCH_DIR,
    name,
  );
  log(
    `\n[${name}] next start on ${server.target.host}:${server.target.port} (log ${path.relative(process.cwd(), server.logFile)})`,
  );
  const agent = keepAliveAgent(CONCURRENCY);
  try {
    const { target } = server;
    const large = estate.largeCircuitId;
    const cookie = await logIn(agent, target, DEMO_ACCOUNTS.unicom.email, DEMO_PASSWORD);
    const circuitPath = `/cn-hangzhou/physical-connection/${large}`;
    const budget = { warmup: 2, maxSamples: 30, minSamples: 5, budgetMs: 6000 };
    const pageSpecs = [
      {
        name: "Physical Connection page (partner)",
        path: "/cn-hangzhou/physical-connection",
        expect: "unicom-hz-01",
      },
      { name: "Shared tab, first page", path: circuitPath, expect: "unicom-hz-g000" },
      {
        name: `Shared tab, filtered (status=active, q=${FILTER_QUERY})`,
        path: `${circuitPath}?status=active&q=${FILTER_QUERY}`,
        expect: FILTER_QUERY,
      },
      {
        name: "Shared tab, deep page (?page=1000)",
        path: `${circuitPath}?page=1000`,
        expect: "unicom-hz-g000",
      },
      { name: "VBR tab, first page", path: `${circuitPath}?tab=vbr`, expect: "vbr-" },
    ];
    const pages: PageResult[] = [];
    for (const spec of pageSpecs) {
      const result = await measurePage(agent, target, cookie, spec, budget);
      pages.push(result);
      log(
        `[${name}] page ${spec.name}: median ${ms(result.total.median)} ms, p99 ${ms(result.total.p99)} ms (n=${result.total.n})`,
      );
    }
    const htmlChunks: Record<string, number> = {};
    for (const page of pages.slice(0, 2))
      htmlChunks[page.path.split("?")[0]!] = gzipSizeOfFiles(chunksInHtml(page.html));

    const unicomKey = estate.accessKeys.find((k) => k.accountUid === DEMO_ACCOUNTS.unicom.uid);
    if (!unicomKey) throw new Error("no demo AccessKey for China Unicom");
    const apiCheck = (field?: string) => (res: { status: number; body: Buffer }) => {
      const answer = apiAnswer(res.body);
      if (res.status !== 200 || answer.code) return `${res.status} ${answer.code ?? ""}`.trim();
      if (field && !(field in answer.data)) return `no ${field} in the answer`;
      return undefined;
    };
    const bareCheck = (res: { status: number }) => (res.status === 200 ? undefined : `status ${res.status}`);
    const base = { target, agent, concurrency: CONCURRENCY, warmupMs: 1000, durationMs: SECONDS * 1000 };

    const listRequest = () =>
      signedApiRequest(target, unicomKey, "ListVirtualPhysicalConnections", {
        RegionId: "cn-hangzhou",
        MaxResults: "20",
      });
    const list = await runLoad({
      ...base,
      name: "API ListVirtualPhysicalConnections",
      maxRequests: 200_000,
      next: listRequest,
      check: apiCheck("VirtualPhysicalConnections"),
    });
    // The same signed request straight to the route proxy.ts rewrites to: what the rewrite costs.
    const listDirect = await runLoad({
      ...base,
      name: "API List, POST /api/rpc (no proxy.ts hop)",
      maxRequests: 200_000,
      next: () => {
        const req = listRequest();
        return { ...req, path: req.path.replace(/^\/\?/, "/api/rpc?") };
      },
      check: apiCheck("VirtualPhysicalConnections"),
    });
    const bareSelect = await runLoad({
      ...base,
      name: "bare route: SELECT ... LIMIT 20",
      maxRequests: 500_000,
      next: () => ({ method: "GET", path: `/api/bench?circuit=${encodeURIComponent(large)}` }),
      check: bareCheck,
    });
    // Free VLANs of the partner's Hangzhou circuits, taken round-robin so no circuit runs out first.
    const pool: Array<{ circuit: string; vlan: number }> = [];
    const free = estate.circuits.map((c) => ({ circuit: c.id, vlan: c.maxVlan + 1 }));
    for (let progressed = true; progressed; ) {
      progressed = false;
      for (const f of free) {
        if (f.vlan <= MAX_VLAN) {
          pool.push({ circuit: f.circuit, vlan: f.vlan });
          f.vlan += 1;
          progressed = true;
        }
      }
    }
    if (!writes) {
      const loads = { list, listDirect, bareSelect };
      for (const l of Object.values(loads)) logLoad(name, l);
      return { name, estate, pages, loads, htmlChunks };
    }
    let created = 0;
    const create = await runLoad({
      ...base,
      name: "API CreateVirtualPhysicalConnection",
      maxRequests: pool.length,
      next: () => {
        const slot = pool[created];
        if (!slot) return null;
        created += 1;
        return signedApiRequest(target, unicomKey, "CreateVirtualPhysicalConnection", {
          RegionId: "cn-hangzhou",
          PhysicalConnectionId: slot.circuit,
          VpconnAliUid: estate.tenantUids[created % estate.tenantUids.length]!,
          VlanId: String(slot.vlan),
          Spec: "50M",
          OrderMode: "PayByVirtualPhysicalConnectionOwner",
          Name: `bench-load-${created}`,
        });
      },
      check: apiCheck("VirtualPhysicalConnection"),
    });
    const bareInsert = await runLoad({
      ...base,
      name: "bare route: INSERT",
      maxRequests: 500_000,
      next: () => ({ method: "POST", path: "/api/bench" }),
      check: bareCheck,
    });
    const loads = { list, listDirect, bareSelect, create, bareInsert };
    for (const l of Object.values(loads)) logLoad(name, l);
    return { name, estate, pages, loads, htmlChunks };
  } finally {
    agent.destroy();
    await server.stop();
  }
}

function logLoad(name: string, l: LoadResult) {
  log(
    `[${name}] ${l.name}: ${num(l.throughput, 1)} req/s, p50 ${ms(l.latency.median)} ms, p99 ${ms(l.latency.p99)} ms, ${l.requests} requests, ${l.errors} errors${l.firstError ? ` (first: ${l.firstError})` : ""}`,
  );
}

/** Without BENCH_ROUTE the bare route must not exist: a server started without it answers 404. */
async function checkBareRouteHidden(estate: Estate): Promise<string> {
  const env: Record<string, string> = { ...SECRETS, DATABASE_URL: `file:${estate.file}` };
  const saved = process.env.BENCH_ROUTE;
  delete process.env.BENCH_ROUTE;
  const server = await startServer(env, BENCH_DIR, "no-bench-route");
  if (saved !== undefined) process.env.BENCH_ROUTE = saved;
  const agent = keepAliveAgent(1);
  try {
    const get = await send(agent, server.target, {
      method: "GET",
      path: `/api/bench?circuit=${estate.largeCircuitId}`,
    });
    const post = await send(agent, server.target, { method: "POST", path: "/api/bench" });
    return `without BENCH_ROUTE=1: GET /api/bench -> ${get.status}, POST /api/bench -> ${post.status}`;
  } finally {
    agent.destroy();
    await server.stop();
  }
}

const LOAD_ORDER: LoadKey[] = ["list", "listDirect", "bareSelect", "create", "bareInsert"];

function ratioLine(api: LoadResult | undefined, bare: LoadResult | undefined): string {
  if (!api || !bare) return "-";
  return `p50 ${num(api.latency.median / bare.latency.median, 1)}x, p99 ${num(api.latency.p99 / bare.latency.p99, 1)}x, throughput 1/${num(bare.throughput / api.throughput, 1)} of the bare route`;
}

function printFigures(all: SizeFigures[]) {
  for (const f of all) {
    log(heading(`Console pages, ${f.name}: server time to the last byte (ms), China Unicom signed in`));
    log(
      table(
        ["page", "median", "p99", "TTFB median", "n", "HTML KB"],
        f.pages.map((p) => [
          p.name,
          ms(p.total.median),
          ms(p.total.p99),
          ms(p.ttfb.median),
          p.total.n,
          kb(p.bytes),
        ]),
      ),
    );
    log(heading(`API, ${f.name}: ${CONCURRENCY} connections, ${SECONDS} s each, beside the bare route`));
    const loads = LOAD_ORDER.flatMap((k) => (f.loads[k] ? [f.loads[k]] : []));
    log(
      table(
        ["load", "req/s", "p50 ms", "p99 ms", "requests", "errors"],
        loads.map((l) => [
          l.name,
          num(l.throughput, 1),
          ms(l.latency.median),
          ms(l.latency.p99),
          l.requests,
          l.errors,
        ]),
      ),
    );
    log(`ListVirtualPhysicalConnections vs bare SELECT: ${ratioLine(f.loads.list, f.loads.bareSelect)}`);
    log(`  (via POST /api/rpc, no proxy hop: ${ratioLine(f.loads.listDirect, f.loads.bareSelect)})`);
    if (f.loads.create)
      log(`CreateVirtualPhysicalConnection vs bare INSERT: ${ratioLine(f.loads.create, f.loads.bareInsert)}`);
  }
}

function printBundles(bundles: ReturnType<typeof firstLoadJs>, htmlChunks: Record<string, number>) {
  log(
    heading(
      "First-load JS per console route (from .next manifests: root main files + the route's entry chunks)",
    ),
  );
  log(
    table(
      ["route", "KB gzip", "KB raw", "chunks", "route-only KB gzip", "zod in client chunks"],
      [bundles.shared, ...bundles.routes].map((b) => [
        b.route,
        kb(b.gzipBytes),
        kb(b.rawBytes),
        b.files.length,
        kb(gzipSizeOfFiles(b.routeFiles)),
        b.zodFiles.length ? `yes (${kb(gzipSizeOfFiles(b.zodFiles))} KB gzip)` : "no",
      ]),
    ),
  );
  const observed = Object.entries(htmlChunks).map(([p, bytes]) => `${p}: ${kb(bytes)} KB gzip`);
  if (observed.length) log(`Cross-check, chunks referenced by the rendered HTML: ${observed.join("; ")}`);
}

function summary(
  all: SizeFigures[],
  analysis: Awaited<ReturnType<typeof analyze>> | null,
  bundles: ReturnType<typeof firstLoadJs>,
) {
  log(heading("Summary"));
  const headers = [
    "measurement",
    ...all.flatMap((f) => [`${f.name} median ms`, `${f.name} p99 ms`, `${f.name} req/s`]),
  ];
  const rows: Array<Array<string | number>> = [];
  const pageNames = all[0]?.pages.map((p) => p.name) ?? [];
  for (const [i, pageName] of pageNames.entries()) {
    rows.push([
      `page: ${pageName}`,
      ...all.flatMap((f) => {
        const p = f.pages[i];
        return p ? [ms(p.total.median), ms(p.total.p99), "-"] : ["-", "-", "-"];
      }),
    ]);
  }
  for (const key of LOAD_ORDER) {
    const any = all.find((f) => f.loads[key])?.loads[key];
    if (!any) continue;
    rows.push([
      any.name,
      ...all.flatMap((f) => {
        const l = f.loads[key];
        return l ? [ms(l.latency.median), ms(l.latency.p99), num(l.throughput, 0)] : ["-", "-", "-"];
      }),
    ]);
  }
  log(table(headers, rows));
  for (const f of all) {
    log(`${f.name}: List / bare SELECT ${ratioLine(f.loads.list, f.loads.bareSelect)}`);
    if (f.loads.create)
      log(`${f.name}: Create / bare INSERT ${ratioLine(f.loads.create, f.loads.bareInsert)}`);
  }
  const biggest = [...bundles.routes].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  if (biggest)
    log(
      `Largest first load: ${biggest.route} ${kb(biggest.gzipBytes)} KB gzip (shared ${kb(bundles.shared.gzipBytes)} KB)`,
    );
  if (analysis) {
    log("\nOperations in-process at 100k, median ms: as migrated -> with the proposed indexes");
    for (const s of analysis.scenarios)
      log(`  ${ms(s.before.op.median).padStart(7)} -> ${ms(s.after.op.median).padStart(7)}  ${s.name}`);
  }
  log(
    `\nTotal time ${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

async function main() {
  header();
  const build = await ensureBuild(BENCH_DIR, log);
  const bundles = firstLoadJs();

  log(heading("Generator"));
  const estates: Estate[] = [];
  for (const rows of SIZES) {
    estates.push(await generateEstate(path.join(BENCH_DIR, `estate-${label(rows)}.db`), rows));
  }
  log(
    table(
      [
        "estate",
        "hosted_connections",
        "vlan_allocations",
        "vbrs",
        "orders",
        "accounts",
        "all rows",
        "seconds",
        "rows/s",
      ],
      estates.map((e) => [
        label(e.rows),
        e.counts.hosted_connections!,
        e.counts.vlan_allocations!,
        e.counts.vbrs!,
        e.counts.orders!,
        e.counts.accounts!,
        Object.values(e.counts).reduce((a, b) => a + b, 0),
        e.seconds.toFixed(2),
        num(e.rowsPerSecond),
      ]),
    ),
  );
  log(
    `Circuits: 50 (45 China Unicom, 40 of them in cn-hangzhou; 5 Bench Partner Networks); the large circuit ${estates[0]?.largeCircuitId ?? ""} holds 10% of the rows, most of them deleted history.`,
  );

  const largest = estates.at(-1)!;
  let analysis: Awaited<ReturnType<typeof analyze>> | null = null;
  if (process.env.BENCH_ANALYZE !== "0") {
    log(heading(`Query analysis at ${label(largest.rows)} rows (in-process, copies of the database)`));
    analysis = await analyze(largest, BENCH_DIR, log);
  }

  // The HTTP run on a copy of the largest estate with the proposed indexes, made before any load writes to it.
  const indexedFile = path.join(BENCH_DIR, `estate-${label(largest.rows)}-indexed.db`);
  const withIndexes = process.env.BENCH_INDEXED !== "0";
  if (withIndexes) indexedCopy(largest.file, indexedFile);

  const figures: SizeFigures[] = [];
  for (const estate of estates)
    figures.push(await measureEstate(estate, label(estate.rows), estate.file, true));
  if (withIndexes) {
    figures.push(await measureEstate(largest, `${label(largest.rows)} + indexes`, indexedFile, false));
  }
  const hidden = await checkBareRouteHidden(estates[0]!);

  printFigures(figures);
  printBundles(bundles, figures.find((f) => f.estate === largest)?.htmlChunks ?? {});
  log(`\nBare route: ${hidden}`);
  if (analysis) {
    log(
      heading(
        `EXPLAIN QUERY PLAN and timings at ${label(largest.rows)} rows: as migrated -> with the proposed indexes`,
      ),
    );
    log(formatAnalysis(analysis));
    log(heading("Index definitions requested (db/schema.ts, each in its table's extra config)"));
    for (const p of INDEX_PROPOSALS) log(`\n// ${p.serves}\n${p.drizzle}\n-- ${p.sql};`);
    log(
      `\nBuilt on the ${label(largest.rows)} copy in ${ms(analysis.indexBuildMs)} ms${Number.isFinite(analysis.indexBytes) ? `, ${kb(analysis.indexBytes)} KB` : ""}.`,
    );
  }
  if (process.env.BENCH_MONITORING !== "0") {
    const { benchMonitoring, printMonitoring } = await import("./monitoring");
    await printMonitoring(await benchMonitoring(BENCH_DIR), log);
  }
  if (process.env.BENCH_BULK !== "0") {
    const { benchBulkProvisioning, printBulkProvisioning } = await import("./bulk-provisioning");
    printBulkProvisioning(await benchBulkProvisioning(BENCH_DIR), log);
  }
  if (build.seconds) log(`\nnext build took ${build.seconds.toFixed(0)} s.`);
  summary(figures, analysis, bundles);
  fs.writeFileSync(
    path.join(BENCH_DIR, "results.json"),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        figures: figures.map((f) => ({
          ...f,
          estate: { ...f.estate, accessKeys: undefined, tenantUids: undefined },
          pages: f.pages.map((p) => ({ ...p, html: undefined })),
        })),
        bundles,
        analysis,
      },
      null,
      1,
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
