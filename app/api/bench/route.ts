// The bare baseline of `npm run bench`: one SQLite statement behind a Next.js route handler, no session,
// no signature, no operation layer (only the connection's lock). It exists only when the server runs with
// BENCH_ROUTE=1 on SQLite; otherwise every method answers 404 like any unknown path.
import type { Statement } from "better-sqlite3";
import { type Db, getDatabase } from "@/db/client";
import { servedDialect } from "@/db/dialect";
import { withTransaction } from "@/db/transaction";

export const dynamic = "force-dynamic";

const enabled = () => process.env.BENCH_ROUTE === "1" && servedDialect() === "sqlite";
const notFound = () => new Response("Not Found", { status: 404 });

let statements: { select: Statement; insert: Statement } | undefined;

function prepared(db: Db) {
  statements ??= {
    // What a list page reads: 20 shared ports of one circuit, newest first (hosted_connections_circuit_idx).
    select: db.$client.prepare(
      "select * from hosted_connections where circuit_id = ? order by created_at desc limit 20",
    ),
    // One acknowledged single-row write (autocommit, synchronous = FULL), like the audit row a write adds.
    insert: db.$client.prepare(
      "insert into audit_events (via, action, result, request_id) values ('system', 'BenchBareInsert', 'Success', ?)",
    ),
  };
  return statements;
}

// Through the connection's lock like every other access: a statement run while another request's
// transaction is open would join that transaction (and vanish with its rollback).
export async function GET(request: Request): Promise<Response> {
  if (!enabled()) return notFound();
  const circuit = new URL(request.url).searchParams.get("circuit") ?? "";
  const db = await getDatabase();
  const rows = await withTransaction(db, "read", async () => prepared(db).select.all(circuit));
  return Response.json({ count: rows.length, items: rows });
}

export async function POST(): Promise<Response> {
  if (!enabled()) return notFound();
  const db = await getDatabase();
  const result = await withTransaction(db, "write", async () => prepared(db).insert.run(crypto.randomUUID()));
  return Response.json({ id: Number(result.lastInsertRowid) });
}
