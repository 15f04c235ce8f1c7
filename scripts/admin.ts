// `npm run admin -- <command> [--flag value ...]`: every operator action from a shell, run in-process on
// DATABASE_URL as the CLI caller (whoever can run this holds the database). docs/operator.md lists them.
import { closeDatabase, type Db, openDatabase } from "../db/client";
import { isDomainError } from "../lib/domain/errors";
import { env } from "../lib/env";
import { now } from "../lib/server/clock";
import { newRequestId } from "../lib/server/ids";
import { isOperatorAction, OPERATOR_OPERATIONS, runOperatorOperation } from "../lib/server/operator";
import { parseAdminArgs } from "./admin-args";

const parsed = parseAdminArgs(process.argv.slice(2));
if (parsed.kind === "help" || !isOperatorAction(parsed.action)) {
  const known = Object.keys(OPERATOR_OPERATIONS).map(kebab);
  if (parsed.kind !== "help") console.error(`Unknown command "${parsed.command}".`);
  console.error(
    `Usage: npm run admin -- <command> [--flag value ...] | --json '{...}'\nCommands: ${known.join(", ")}`,
  );
  process.exit(parsed.kind === "help" ? 0 : 2);
}

const db = (await openDatabase()) as Db;
try {
  const output = await runOperatorOperation(
    OPERATOR_OPERATIONS[parsed.action] as (typeof OPERATOR_OPERATIONS)["ListAccounts"],
    { db, caller: { via: "cli" }, requestId: newRequestId(), now: now() },
    parsed.input,
  );
  const origin = `http://${env.HOST}:${env.PORT}`;
  console.log(JSON.stringify(withInviteUrl(output, origin), null, 2));
} catch (error) {
  if (!isDomainError(error)) throw error;
  console.error(`${error.code}: ${error.message}${error.field ? ` (${error.field})` : ""}`);
  process.exitCode = 1;
} finally {
  await closeDatabase(db);
}

function kebab(action: string): string {
  return action.replace(/[A-Z]/g, (c, i) => `${i ? "-" : ""}${c.toLowerCase()}`);
}

/** An invitation's path, made a link on the configured origin for the operator to pass on. */
function withInviteUrl(output: unknown, origin: string): unknown {
  if (
    output &&
    typeof output === "object" &&
    "invitePath" in output &&
    typeof output.invitePath === "string"
  ) {
    return { ...output, inviteUrl: `${origin}${output.invitePath}` };
  }
  return output;
}
