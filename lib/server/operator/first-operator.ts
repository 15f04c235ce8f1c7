// The first platform operator, made at start from OPERATOR_EMAIL (and OPERATOR_PASSWORD, else a
// one-time link): never a default password.
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { users } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { newRequestId } from "../ids";
import { createUser } from "./users";
import { runOperatorOperation } from "./operation";

export type FirstOperator =
  | { kind: "created"; email: string; invitePath?: string }
  | { kind: "exists"; email: string }
  | { kind: "none"; operators: number };

export async function ensureFirstOperator(
  db: Db,
  settings: { email?: string; password?: string },
  now: Date,
): Promise<FirstOperator> {
  const { email, password } = settings;
  if (!email) {
    const operators = await withTransaction(db, "read", (tx) =>
      tx.select({ id: users.id }).from(users).where(eq(users.operator, true)),
    );
    return { kind: "none", operators: operators.length };
  }
  const normalized = email.trim().toLowerCase();
  const existing = await withTransaction(db, "read", (tx) =>
    first(tx.select({ id: users.id }).from(users).where(eq(users.email, normalized))),
  );
  if (existing) return { kind: "exists", email: normalized };
  const grant = await runOperatorOperation(
    createUser,
    { db, caller: { via: "cli" }, requestId: newRequestId(), now },
    { operator: true, email: normalized, displayName: "Operator", ...(password ? { password } : {}) },
  );
  return {
    kind: "created",
    email: normalized,
    ...(grant.invitePath ? { invitePath: grant.invitePath } : {}),
  };
}

/** What `npm start` prints about the operator's log-on. */
export function firstOperatorLines(result: FirstOperator, origin: string): string[] {
  if (result.kind === "created") {
    return result.invitePath
      ? [`Operator ${result.email} created: set its password once at ${origin}${result.invitePath}`]
      : [`Operator ${result.email} created: log on at ${origin}/login, console at ${origin}/operator`];
  }
  if (result.kind === "exists") return [`Operator console: ${origin}/operator (${result.email})`];
  if (result.operators > 0) return [`Operator console: ${origin}/operator`];
  return [
    "No platform operator yet. Create one, then open /operator:",
    "  OPERATOR_EMAIL=you@example.com OPERATOR_PASSWORD=... npm start",
    "  or: npm run admin -- create-user --operator true --email you@example.com --display-name You",
  ];
}
