// Bulk provisioning figures (part of `npm run bench`, or alone: `npx tsx bench/bulk-provisioning.ts`): a
// CSV of 500 shared ports ("auto" VLANs, two tenants, both Hangzhou circuits of China Unicom) through
// BulkCreateVirtualPhysicalConnections in process, first as a dry run, then applied, on a SQLite file.
//
//   BENCH_BULK_ROWS=500     rows in the upload
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db/client";

export type BulkFigures = { rows: number; dryRunSeconds: number; applySeconds: number; created: number };

export async function benchBulkProvisioning(dir: string): Promise<BulkFigures> {
  const rows = Number(process.env.BENCH_BULK_ROWS ?? 500);
  const file = path.join(dir, "bulk-provisioning.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  const { eq, inArray } = await import("drizzle-orm");
  const { openDb } = await import("../db/client");
  const { seedSqlite, DEMO_ACCOUNTS, DEMO_CIRCUITS } = await import("../db/seed");
  const schema = await import("../db/schema");
  const { withTransaction } = await import("../db/transaction");
  const { runOperation } = await import("../lib/server/operations/operation");
  const { BulkOutcome, bulkCreateVirtualPhysicalConnections } = await import(
    "../lib/server/operations/bulk-create-virtual-physical-connections"
  );
  const { newRequestId } = await import("../lib/server/ids");

  const now = new Date();
  const db: Db = openDb(file);
  seedSqlite(db, now);
  const circuits = [DEMO_CIRCUITS.unicomHz01, DEMO_CIRCUITS.unicomHz02];
  // Room for every row: the demo circuits hold 10 Gbps, the upload asks for 500 x 100 Mbps.
  await withTransaction(db, "write", (tx) =>
    tx.update(schema.circuits).set({ capacityMbps: 100_000 }).where(inArray(schema.circuits.id, circuits)),
  );
  const tenants = [DEMO_ACCOUNTS.acme.uid, DEMO_ACCOUNTS.globex.uid];
  const csv = [
    "accountId,circuit,vlan,spec,payer,name,description,tags",
    ...Array.from(
      { length: rows },
      (_, i) => `${tenants[i % 2]},${circuits[i % 2]},auto,100M,partner,bulk-${i},,batch=bench`,
    ),
  ].join("\n");
  const ctx = () => ({
    db,
    caller: { accountUid: DEMO_ACCOUNTS.unicom.uid, via: "console" as const },
    requestId: newRequestId(),
    now,
  });
  const run = async (dryRun: boolean) => {
    const started = performance.now();
    try {
      await runOperation(
        bulkCreateVirtualPhysicalConnections,
        ctx(),
        { regionId: "cn-hangzhou", csv, dryRun },
        { dryRun },
      );
    } catch (error) {
      if (!(error instanceof BulkOutcome) || error.results.some((r) => !r.ok)) throw error;
    }
    return (performance.now() - started) / 1000;
  };
  const dryRunSeconds = await run(true);
  const applySeconds = await run(false);
  const created = (
    await withTransaction(db, "read", (tx) =>
      tx
        .select({ id: schema.hostedConnections.id })
        .from(schema.hostedConnections)
        .where(eq(schema.hostedConnections.createdByUid, DEMO_ACCOUNTS.unicom.uid)),
    )
  ).length;
  db.$client.close();
  return { rows, dryRunSeconds, applySeconds, created };
}

export function printBulkProvisioning(figures: BulkFigures, log: (line: string) => void): void {
  log(
    `\nBulk provisioning, ${figures.rows} rows (SQLite, in process): dry run ${figures.dryRunSeconds.toFixed(2)} s, apply ${figures.applySeconds.toFixed(2)} s; ${figures.created} shared ports of China Unicom afterwards.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.join(process.cwd(), "data", "bench");
  fs.mkdirSync(dir, { recursive: true });
  printBulkProvisioning(await benchBulkProvisioning(dir), console.log);
}
