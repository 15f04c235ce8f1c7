// Query analysis at 100k rows: the exact SQL each read path sends (captured through a logging Drizzle
// instance while the real operation runs), its EXPLAIN QUERY PLAN and time, on two copies of the
// generated database: as migrated, and with the proposed indexes created by hand. The schema and the
// migrations are not touched: the proposals are printed in Drizzle syntax for db/schema-sqlite.ts.
import fs from "node:fs";
import Database from "better-sqlite3";
import { and, desc, eq, inArray, ne, or, type SQL, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "../../db/client";
import * as schema from "../../db/schema-sqlite";
import { circuits, hostedConnections } from "../../db/schema-sqlite";
import { createVirtualPhysicalConnection } from "../../lib/server/operations/create-virtual-physical-connection";
import { describePhysicalConnections } from "../../lib/server/operations/describe-physical-connections";
import { describeVirtualBorderRouters } from "../../lib/server/operations/describe-virtual-border-routers";
import { encodeNextToken, hostedConnectionConsoleStatusWhere } from "../../lib/server/operations/filters";
import { listVirtualPhysicalConnections } from "../../lib/server/operations/list-virtual-physical-connections";
import { type Operation, runOperation } from "../../lib/server/operations/operation";
import {
  contains,
  hostedConnectionSelect,
  liveHostedConnection,
  selectHostedConnectionPage,
} from "../../lib/server/operations/records";
import { FILTER_QUERY, type Estate } from "../generate";
import { ms, type Summary, summarize, table } from "./stats";

export type IndexProposal = { name: string; sql: string; drizzle: string; serves: string };

/**
 * The indexes the figures asked for. Migration 0002 now creates them, so a freshly generated estate
 * has them already and the "as migrated" and "with indexes" columns agree; IF NOT EXISTS keeps the
 * comparison runnable against databases made before that migration.
 */
export const INDEX_PROPOSALS: IndexProposal[] = [
  {
    name: "hosted_connections_live_circuit_idx",
    sql: `CREATE INDEX IF NOT EXISTS hosted_connections_live_circuit_idx ON hosted_connections (circuit_id, created_at DESC, id, vpconn_status) WHERE vpconn_status <> 'Deleted'`,
    drizzle: `index("hosted_connections_live_circuit_idx")
      .on(t.circuitId, sql\`\${t.createdAt} desc\`, t.id, t.vpconnStatus)
      .where(sql\`\${t.vpconnStatus} <> 'Deleted'\`),`,
    serves:
      "the page of every shared-port list (Shared tab, ListVirtualPhysicalConnections, tenant list) read in list order from the index: no sort, a deep OFFSET skips index entries, a partner's whole estate stops after 20 rows per circuit. The trailing vpconn_status makes it covering, so without ANALYZE statistics the planner still prefers it to hosted_connections_circuit_idx",
  },
  {
    name: "hosted_connections_live_spec_idx",
    sql: `CREATE INDEX IF NOT EXISTS hosted_connections_live_spec_idx ON hosted_connections (circuit_id, spec, expect_spec) WHERE vpconn_status <> 'Deleted'`,
    drizzle: `index("hosted_connections_live_spec_idx")
      .on(t.circuitId, t.spec, t.expectSpec)
      .where(sql\`\${t.vpconnStatus} <> 'Deleted'\`),`,
    serves:
      "index-only circuit usage (shared-port count and used bandwidth on the Physical Connection page and circuit detail), the capacity check of every create and spec change, and count(*) of live ports",
  },
  {
    name: "hosted_connections_source_vbr_idx",
    sql: `CREATE INDEX IF NOT EXISTS hosted_connections_source_vbr_idx ON hosted_connections (source_vbr_id) WHERE source_vbr_id IS NOT NULL`,
    drizzle: `index("hosted_connections_source_vbr_idx")
      .on(t.sourceVbrId)
      .where(sql\`\${t.sourceVbrId} is not null\`),`,
    serves:
      "the shared port a legacy VBR was transformed to (VBR tab, CreateVpconnFromVbr, DeleteVirtualBorderRouter): a table scan of hosted_connections per lookup without it",
  },
  {
    name: "audit_events_action_at_idx",
    sql: "CREATE INDEX IF NOT EXISTS audit_events_action_at_idx ON audit_events (action, created_at)",
    drizzle: `index("audit_events_action_at_idx").on(t.action, t.at),`,
    serves:
      "the partner's activity notice on the Physical Connection page (offers accepted in the last week): a range of recent events instead of probing every port's history; needs the join shape in lib/server/queries/partner-activity.ts to pay off fully",
  },
  {
    name: "orders_status_paid_at_idx",
    sql: "CREATE INDEX IF NOT EXISTS orders_status_paid_at_idx ON orders (status, paid_at)",
    drizzle: `index("orders_status_paid_at_idx").on(t.status, t.paidAt),`,
    serves:
      "the same notice's usage fees paid in the last week: a range of recent payments; again with the join shape",
  },
];

/**
 * lib/server/queries/partner-activity.ts (outside the operation layer, so measured here as raw SQL): as
 * written, each query builds the list of all the partner's port IDs (`resource_id IN (subquery)`); the
 * join shape lets SQLite start from the week's events instead.
 */
function partnerActivitySql(partnerUid: string, since: number) {
  const ports = `select hosted_connections.id from hosted_connections inner join circuits on circuits.id = hosted_connections.circuit_id where (circuits.owner_uid = ? and circuits.region_id = ?)`;
  return {
    accepted: {
      old: [
        `select created_at, resource_id from audit_events where (action = ? and result = ? and created_at >= ? and resource_id in (${ports})) order by created_at desc limit ?`,
        ["ConfirmPhysicalConnection", "Success", since, partnerUid, "cn-hangzhou", 8],
      ],
      neu: [
        `select a.created_at, a.resource_id from audit_events a join hosted_connections h on h.id = a.resource_id join circuits c on c.id = h.circuit_id where a.action = ? and a.result = ? and a.created_at >= ? and c.owner_uid = ? and c.region_id = ? order by a.created_at desc limit ?`,
        ["ConfirmPhysicalConnection", "Success", since, partnerUid, "cn-hangzhou", 8],
      ],
    },
    paid: {
      old: [
        `select paid_at, hosted_connection_id from orders where (status = ? and payer_uid <> ? and paid_at >= ? and hosted_connection_id in (${ports})) order by paid_at desc limit ?`,
        ["paid", partnerUid, since, partnerUid, "cn-hangzhou", 8],
      ],
      neu: [
        `select o.paid_at, o.hosted_connection_id from orders o join hosted_connections h on h.id = o.hosted_connection_id join circuits c on c.id = h.circuit_id where o.status = ? and o.payer_uid <> ? and o.paid_at >= ? and c.owner_uid = ? and c.region_id = ? order by o.paid_at desc limit ?`,
        ["paid", partnerUid, since, partnerUid, "cn-hangzhou", 8],
      ],
    },
  } as const;
}

type Scenario = {
  name: string;
  op: Operation<unknown, unknown>;
  caller: string;
  input: (run: number) => unknown;
  runs: number;
};

type Captured = { sql: string; params: unknown[] };

type StatementFigure = { sql: string; reader: boolean; time: Summary | null; plan: string[] };

type ScenarioFigure = { op: Summary; statements: StatementFigure[] };

export type Analysis = {
  scenarios: Array<{ name: string; before: ScenarioFigure; after: ScenarioFigure }>;
  shapes: Array<{
    name: string;
    oldBefore: Summary;
    newBefore: Summary;
    oldAfter: Summary;
    newAfter: Summary;
  }>;
  indexBuildMs: number;
  indexBytes: number;
};

function openLogged(file: string) {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  const captured: Captured[] = [];
  const db = drizzle(sqlite, {
    schema,
    logger: { logQuery: (sql, params) => captured.push({ sql, params }) },
  }) as unknown as Db;
  return { sqlite, db, captured };
}

/** Median of `runs` calls, cut short after `budgetMs` (a pathological plan must not stall the benchmark). */
async function time(fn: () => unknown, runs: number, warmup = 2, budgetMs = 3000): Promise<Summary> {
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < warmup && performance.now() < deadline; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs && (i === 0 || performance.now() < deadline); i += 1) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

function scenarios(estate: Estate): Scenario[] {
  const partner = estate.partnerUid;
  const large = estate.largeCircuitId;
  const region = "cn-hangzhou";
  const freeVlan = (run: number) => estate.circuits[0]!.maxVlan + 1 + run;
  return [
    {
      name: "Physical Connection page: DescribePhysicalConnections (partner, page 1 of circuits + usage)",
      op: describePhysicalConnections as Operation<unknown, unknown>,
      caller: partner,
      input: () => ({ regionId: region, pageNumber: 1, pageSize: 20 }),
      runs: 15,
    },
    {
      name: "Circuit detail: DescribePhysicalConnections (the large circuit + usage)",
      op: describePhysicalConnections as Operation<unknown, unknown>,
      caller: partner,
      input: () => ({ regionId: region, filters: { physicalConnectionId: [large] } }),
      runs: 15,
    },
    {
      name: "Shared tab, first page: ListVirtualPhysicalConnections (circuit)",
      op: listVirtualPhysicalConnections as Operation<unknown, unknown>,
      caller: partner,
      input: () => ({ regionId: region, physicalConnectionId: large, pageNumber: 1, maxResults: 20 }),
      runs: 15,
    },
    {
      name: `Shared tab, filtered (?status=active&q=${FILTER_QUERY})`,
      op: listVirtualPhysicalConnections as Operation<unknown, unknown>,
      caller: partner,
      input: () => ({
        regionId: region,
        physicalConnectionId: large,
        consoleStatus: "active",
        search: FILTER_QUERY,
        pageNumber: 1,
        maxResults: 20,
      }),
      runs: 15,
    },
    {
      name: "Shared tab, deep page (?page=1000)",
      op: listVirtualPhysicalConnections as Operation<unknown, unknown>,
      caller: partner,
      input: () => ({ regionId: region, physicalConnectionId: large, pageNumber: 1000, maxResults: 20 }),
      runs: 15,
    },
    {
      name: "VBR tab, first page: DescribeVirtualBorderRouters (circuit)",
      op: describeVirtualBorderRouters as Operation<unknown, unknown>,
      caller: partner,
      input: () => ({
        regionId: region,
        includeCrossAccountVbr: true,
        filters: { physicalConnectionId: [large] },
        pageNumber: 1,
        pageSize: 20,
      }),
      runs: 15,
    },
    {
      name: "API ListVirtualPhysicalConnections, whole estate, first page",
      op: listVirtualPhysicalConnections as Operation<unknown, unknown>,
      caller: partner,
      input: () => ({ regionId: region, maxResults: 20 }),
      runs: 15,
    },
    {
      name: "API ListVirtualPhysicalConnections, whole estate, NextToken at offset 19,980",
      op: listVirtualPhysicalConnections as Operation<unknown, unknown>,
      caller: partner,
      input: () => ({ regionId: region, maxResults: 20, nextToken: encodeNextToken(19_980) }),
      runs: 10,
    },
    {
      name: "API ListVirtualPhysicalConnections, VlanIds=[100]",
      op: listVirtualPhysicalConnections as Operation<unknown, unknown>,
      caller: partner,
      input: () => ({ regionId: region, maxResults: 20, vlanIds: [100] }),
      runs: 15,
    },
    {
      name: "API CreateVirtualPhysicalConnection on the large circuit",
      op: createVirtualPhysicalConnection as Operation<unknown, unknown>,
      caller: partner,
      input: (run) => ({
        regionId: region,
        physicalConnectionId: large,
        vpconnAliUid: estate.tenantUids[run % estate.tenantUids.length],
        vlanId: freeVlan(run),
        spec: "50M",
        orderMode: "PayByVirtualPhysicalConnectionOwner",
        name: `bench-analysis-${run}`,
      }),
      runs: 20,
    },
  ];
}

async function figure(file: string, scenario: Scenario, runOffset: number): Promise<ScenarioFigure> {
  const { sqlite, db, captured } = openLogged(file);
  try {
    let run = runOffset;
    const ctx = () => ({
      db,
      caller: { accountUid: scenario.caller, via: "console" as const },
      requestId: "BENCH-ANALYSIS",
      now: new Date(),
    });
    const op = await time(async () => {
      captured.length = 0;
      await runOperation(scenario.op, ctx(), scenario.input(run));
      run += 1;
    }, scenario.runs);
    const statements: StatementFigure[] = [];
    for (const { sql, params } of captured) {
      const statement = sqlite.prepare(sql);
      const reader = /^\s*select/i.test(sql);
      const plan = reader
        ? (
            sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as unknown[])) as Array<{
              detail: string;
            }>
          ).map((r) => r.detail)
        : [];
      const t = reader ? await time(() => statement.all(...(params as unknown[])), 10, 1) : null;
      statements.push({ sql, reader, time: t, plan });
    }
    return { op, statements };
  } finally {
    sqlite.close();
  }
}

/** The list query as it was before the deferred join and the literal live filter (for the shape table). */
function oldShapeRows(db: Db, where: SQL | undefined, limit: number, offset: number) {
  return hostedConnectionSelect(db as never)
    .where(where)
    .orderBy(desc(hostedConnections.createdAt), hostedConnections.id)
    .limit(limit)
    .offset(offset)
    .all();
}

async function shapeFigures(file: string, estate: Estate) {
  const { sqlite, db } = openLogged(file);
  try {
    const visible = inArray(
      hostedConnections.circuitId,
      db
        .select({ id: circuits.id })
        .from(circuits)
        .where(and(eq(circuits.ownerUid, estate.partnerUid), eq(circuits.regionId, "cn-hangzhou"))),
    );
    const oldLive = ne(hostedConnections.vpconnStatus, "Deleted");
    const onLarge = eq(hostedConnections.circuitId, estate.largeCircuitId);
    const filtered = (live: SQL) =>
      and(
        visible,
        live,
        onLarge,
        hostedConnectionConsoleStatusWhere("active"),
        or(
          contains(hostedConnections.id, FILTER_QUERY),
          contains(hostedConnections.name, FILTER_QUERY),
          contains(hostedConnections.tenantUid, FILTER_QUERY),
        ),
      );
    const cases: Array<[string, (live: SQL) => SQL | undefined, number]> = [
      ["Shared tab page 1", (live) => and(visible, live, onLarge), 0],
      ["Shared tab filtered", filtered, 0],
      ["Shared tab ?page=1000", (live) => and(visible, live, onLarge), 19_980],
      ["Shared tab last page (offset 2,880)", (live) => and(visible, live, onLarge), 2_880],
      ["API list, estate page 1", (live) => and(visible, live), 0],
      ["API list, estate offset 19,980", (live) => and(visible, live), 19_980],
    ];
    const out = [];
    for (const [name, where, offset] of cases) {
      const old = await time(() => oldShapeRows(db, where(oldLive), 20, offset), 10);
      const neu = await time(
        () => selectHostedConnectionPage(db as never, where(liveHostedConnection), 20, offset),
        10,
      );
      const same =
        JSON.stringify(oldShapeRows(db, where(oldLive), 20, offset).map((r) => r.hc.id)) ===
        JSON.stringify(
          (await selectHostedConnectionPage(db as never, where(liveHostedConnection), 20, offset)).map(
            (r) => r.hc.id,
          ),
        );
      if (!same) throw new Error(`query shapes disagree on ${name}`);
      out.push({ name, old, neu });
    }
    const reservations = (live: SQL, grouped: boolean) => () => {
      const q = db
        .select(
          grouped
            ? {
                spec: hostedConnections.spec,
                expectSpec: hostedConnections.expectSpec,
                n: sql<number>`count(*)`,
              }
            : { spec: hostedConnections.spec, expectSpec: hostedConnections.expectSpec },
        )
        .from(hostedConnections)
        .where(and(eq(hostedConnections.circuitId, estate.largeCircuitId), live));
      return grouped ? q.groupBy(hostedConnections.spec, hostedConnections.expectSpec).all() : q.all();
    };
    const activity = partnerActivitySql(estate.partnerUid, Date.now() - 7 * 24 * 60 * 60 * 1000);
    for (const [name, q] of [
      ["Partner activity: offers accepted this week (queries/partner-activity.ts)", activity.accepted],
      ["Partner activity: fees paid this week (queries/partner-activity.ts)", activity.paid],
    ] as const) {
      const run = ([text, params]: readonly [string, readonly unknown[]]) => {
        const statement = sqlite.prepare(text);
        return () => statement.all(...params);
      };
      const oldRows = JSON.stringify(run(q.old)());
      if (oldRows !== JSON.stringify(run(q.neu)())) throw new Error(`query shapes disagree on ${name}`);
      out.push({ name, old: await time(run(q.old), 5), neu: await time(run(q.neu), 5) });
    }
    out.push({
      name: "Capacity check rows of the large circuit (create)",
      old: await time(reservations(oldLive, false), 10),
      neu: await time(reservations(liveHostedConnection, true), 10),
    });
    return out;
  } finally {
    sqlite.close();
  }
}

function copyDb(from: string, to: string) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${to}${suffix}`, { force: true });
  const source = new Database(from, { readonly: true });
  try {
    source.pragma("wal_checkpoint(TRUNCATE)");
  } catch {
    // read-only: the generator already checkpointed
  }
  source.close();
  fs.copyFileSync(from, to);
}

/** A copy of the database with the proposed indexes created by hand (the schema is not touched). */
export function indexedCopy(from: string, to: string): { buildMs: number; bytes: number } {
  copyDb(from, to);
  const indexed = new Database(to);
  try {
    indexed.pragma("journal_mode = WAL");
    const started = performance.now();
    for (const proposal of INDEX_PROPOSALS) indexed.exec(proposal.sql);
    const buildMs = performance.now() - started;
    const bytes = INDEX_PROPOSALS.reduce((sum, p) => {
      try {
        const row = indexed.prepare("select sum(pgsize) as bytes from dbstat where name = ?").get(p.name) as
          | { bytes: number | null }
          | undefined;
        return sum + (row?.bytes ?? 0);
      } catch {
        return Number.NaN;
      }
    }, 0);
    indexed.pragma("wal_checkpoint(TRUNCATE)");
    return { buildMs, bytes };
  } finally {
    indexed.close();
  }
}

export async function analyze(
  estate: Estate,
  workDir: string,
  log: (line: string) => void,
): Promise<Analysis> {
  const beforeFile = `${workDir}/analysis-as-migrated.db`;
  const afterFile = `${workDir}/analysis-with-indexes.db`;
  copyDb(estate.file, beforeFile);
  const { buildMs: indexBuildMs, bytes: indexBytes } = indexedCopy(estate.file, afterFile);
  log(`Analysis: indexes created on a copy in ${ms(indexBuildMs)} ms`);

  const results: Analysis["scenarios"] = [];
  for (const [i, scenario] of scenarios(estate).entries()) {
    const before = await figure(beforeFile, scenario, 0);
    const after = await figure(afterFile, scenario, 0);
    results.push({ name: scenario.name, before, after });
    log(`Analysis: ${i + 1}. ${scenario.name}: ${ms(before.op.median)} -> ${ms(after.op.median)} ms`);
  }
  const oldNewBefore = await shapeFigures(beforeFile, estate);
  const oldNewAfter = await shapeFigures(afterFile, estate);
  const shapes = oldNewBefore.map((b, i) => ({
    name: b.name,
    oldBefore: b.old,
    newBefore: b.neu,
    oldAfter: oldNewAfter[i]!.old,
    newAfter: oldNewAfter[i]!.neu,
  }));
  for (const file of [beforeFile, afterFile]) {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  }
  return { scenarios: results, shapes, indexBuildMs, indexBytes };
}

const short = (sql: string) => {
  const s = sql.replace(/"/g, "").replace(/\s+/g, " ");
  return s.length > 150 ? `${s.slice(0, 147)}...` : s;
};

/** The report: per scenario, the operation time and every statement's plan and time, as migrated vs indexed. */
export function formatAnalysis(analysis: Analysis): string {
  const out: string[] = [];
  for (const s of analysis.scenarios) {
    out.push(
      `\n* ${s.name}\n  operation in-process: median ${ms(s.before.op.median)} ms, p99 ${ms(s.before.op.p99)} ms as migrated -> median ${ms(s.after.op.median)} ms, p99 ${ms(s.after.op.p99)} ms with the proposed indexes; ${s.before.statements.length} statements`,
    );
    s.before.statements.forEach((st, i) => {
      const after = s.after.statements[i];
      if (!st.reader) {
        out.push(`  [${i + 1}] write  ${short(st.sql)}`);
        return;
      }
      const planChanged = after && after.plan.join("|") !== st.plan.join("|");
      const slow = (st.time?.median ?? 0) >= 0.2 || (after?.time?.median ?? 0) >= 0.2;
      const notable = st.plan.some((p) => /^SCAN|TEMP B-TREE|AUTOMATIC/.test(p));
      out.push(
        `  [${i + 1}] ${ms(st.time?.median ?? Number.NaN).padStart(6)} -> ${ms(after?.time?.median ?? Number.NaN).padStart(6)} ms  ${short(st.sql)}`,
      );
      if (slow || planChanged || notable) {
        out.push(...st.plan.map((p) => `          before: ${p}`));
        if (planChanged) out.push(...(after?.plan ?? []).map((p) => `          after:  ${p}`));
      }
    });
  }
  out.push(
    "\nQuery shape (in-process, median ms of the query alone). Lists: old = join then ORDER/OFFSET with `vpconn_status <> ?`, new = page of ids first, then join, literal live filter (done, lib/server/operations/records.ts). Partner activity: old = `IN (all the partner's port IDs)` as written, new = join from the week's rows (proposed, not applied: lib/server/queries is not the operation layer). Capacity check: old = every live row, new = grouped (done, circuit-usage.ts).",
  );
  out.push(
    table(
      ["query", "old, as migrated", "new, as migrated", "old, indexed", "new, indexed"],
      analysis.shapes.map((s) => [
        s.name,
        ms(s.oldBefore.median),
        ms(s.newBefore.median),
        ms(s.oldAfter.median),
        ms(s.newAfter.median),
      ]),
    ),
  );
  return out.join("\n");
}
