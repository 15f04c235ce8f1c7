// The operator API: POST /api/operator/<Action> with the action's input as JSON, authenticated with an
// operator's email and password (HTTP Basic, throttled like a log on). The same operations the operator
// console and `npm run admin` run; docs/operator.md documents it.
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { users } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { domainError, ERROR_CATALOG, isDomainError } from "../../domain/errors";
import { newRequestId } from "../ids";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../password";
import { type CheckOptions, throttledPasswordCheck } from "../throttle";
import { isOperatorAction, OPERATOR_OPERATIONS } from "./index";
import { runOperatorOperation } from "./operation";

/** Inputs are small records: anything larger is refused before it is parsed. */
export const MAX_OPERATOR_BODY_BYTES = 64 * 1024;

export type OperatorApiRequest = {
  action: string;
  authorization: string | null;
  address: string;
  body: string;
};

export type OperatorApiAnswer = { status: number; body: Record<string, unknown> };

export async function handleOperatorApi(
  db: Db,
  request: OperatorApiRequest,
  now: Date,
  throttle?: CheckOptions,
): Promise<OperatorApiAnswer> {
  const requestId = newRequestId();
  try {
    const operatorUserId = await authenticateOperator(db, request, now, throttle);
    if (!isOperatorAction(request.action)) throw domainError("InvalidApi.NotFound");
    if (Buffer.byteLength(request.body) > MAX_OPERATOR_BODY_BYTES)
      throw domainError("InvalidParameter", { args: ["body"] });
    let input: unknown;
    try {
      input = request.body.trim() === "" ? {} : JSON.parse(request.body);
    } catch {
      throw domainError("InvalidParameter", { args: ["body"] });
    }
    const data = await runOperatorOperation(
      OPERATOR_OPERATIONS[request.action] as (typeof OPERATOR_OPERATIONS)["ListAccounts"],
      { db, caller: { via: "api", operatorUserId }, requestId, now },
      input,
    );
    return { status: 200, body: { RequestId: requestId, Data: data } };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return {
      status: ERROR_CATALOG[error.key].httpStatus,
      body: {
        RequestId: requestId,
        Code: error.code,
        Message: error.message,
        ...(error.field ? { Field: error.field } : {}),
      },
    };
  }
}

async function authenticateOperator(
  db: Db,
  request: OperatorApiRequest,
  now: Date,
  throttle: CheckOptions = {},
): Promise<string> {
  const match = /^Basic ([A-Za-z0-9+/=]{1,700})$/.exec(request.authorization ?? "");
  const decoded = match?.[1] ? Buffer.from(match[1], "base64").toString("utf8") : "";
  const colon = decoded.indexOf(":");
  if (colon < 1) throw domainError("Forbidden");
  const email = decoded.slice(0, colon).trim().toLowerCase();
  const password = decoded.slice(colon + 1);
  let operatorUserId: string | undefined;
  const check = await throttledPasswordCheck(
    db,
    { email, address: request.address },
    async () => {
      const user = await withTransaction(db, "read", (tx) =>
        first(tx.select().from(users).where(eq(users.email, email))),
      );
      const right = verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
      if (right && user?.operator && !user.disabledAt) operatorUserId = user.id;
      return right;
    },
    { now, ...throttle },
  );
  if (check.kind === "throttled") throw domainError("Throttling.User");
  if (check.kind !== "ok" || !operatorUserId) throw domainError("Forbidden");
  return operatorUserId;
}
