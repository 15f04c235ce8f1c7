import type { Db } from "../../../db/client";
import { env } from "../../env";
import { now as clock } from "../clock";
import { clientAddress, trustedProxies } from "./client-address";
import { attemptSucceeded, beginAttempt } from "./log-on-attempts";
import { accountKey, LOG_ON_POLICY, type LogOnPolicy, retryAfterMinutes } from "./policy";

export { PEER_HEADER, stampPeerAddresses } from "./client-address";
export { accountKey, LOG_ON_POLICY, retryAfterMinutes } from "./policy";

export type PasswordCheck =
  | { kind: "ok" }
  | { kind: "wrong" }
  | { kind: "throttled"; retryAfterMinutes: number };

export type CheckOptions = {
  now?: Date;
  /** How the delay of an account under attack is waited; tests pass a recorder instead of a timer. */
  sleep?: (ms: number) => Promise<void>;
  policy?: LogOnPolicy;
};

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Every password check goes through here (log on, and typing it again before handing out credentials):
 * the attempt is judged by lib/server/throttle/policy.ts on the failures every server process recorded
 * in the database, waits its delay, and only then is `verify` run. Unknown accounts count like known ones.
 */
export async function throttledPasswordCheck(
  db: Db,
  who: { email: unknown; address: string },
  verify: () => boolean | Promise<boolean>,
  { now = clock(), sleep = sleepFor, policy = LOG_ON_POLICY }: CheckOptions = {},
): Promise<PasswordCheck> {
  const { attempt, verdict } = await beginAttempt(db, accountKey(who.email), who.address, now, policy);
  if (!verdict.allowed)
    return { kind: "throttled", retryAfterMinutes: retryAfterMinutes(verdict.retryAfterMs) };
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);
  if (!(await verify())) return { kind: "wrong" };
  await attemptSucceeded(db, attempt);
  return { kind: "ok" };
}

// lib/env.ts has already refused a malformed TRUST_PROXY at start.
const trusted = trustedProxies(env.TRUST_PROXY);

/** The throttling address of a request (lib/server/throttle/client-address.ts; TRUST_PROXY). */
export function logOnAddress(headers: Pick<Headers, "get">): string {
  return clientAddress(headers, trusted);
}
