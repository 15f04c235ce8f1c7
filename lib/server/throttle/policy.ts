/**
 * Log-on throttling, the rule alone (pure: the failures come in, the clock is a number). Failures are
 * counted per account (the normalized email, known or not, so the answer never tells whether an
 * account exists) and per client address, within a sliding window:
 * - one address failing for one account is locked out of that account for the rest of the window;
 * - one address failing across accounts (spraying a password) is locked out altogether;
 * - an account failing from anywhere only slows down: every attempt on it waits a short, growing delay,
 *   so guesses from many addresses stay slow while its owner, with the right password, still gets in.
 * No address's failures ever lock another address out of an account.
 */
export const LOG_ON_POLICY = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerAccountAndAddress: 5,
  maxFailuresPerAddress: 20,
  /** Failures of the account, from any address, before its attempts start to wait. */
  delayAfterAccountFailures: 5,
  firstDelayMs: 250,
  maxDelayMs: 5000,
} as const;

export type LogOnPolicy = { readonly [K in keyof typeof LOG_ON_POLICY]: number };

/** The failures inside the window that bear on one attempt; times in ms, oldest first. */
export type FailureHistory = {
  /** This account from this address (failures forgiven by a later success there are left out). */
  accountAndAddress: number[];
  /** This address, for any account. */
  address: number[];
  /** How many for this account from any address (forgiven ones left out). */
  accountCount: number;
};

export type LogOnVerdict =
  | { allowed: true; delayMs: number }
  | { allowed: false; scope: "account" | "address"; retryAfterMs: number };

export function logOnVerdict(
  history: FailureHistory,
  now: number,
  policy: LogOnPolicy = LOG_ON_POLICY,
): LogOnVerdict {
  const pairWait = lockedFor(history.accountAndAddress, policy.maxFailuresPerAccountAndAddress, now, policy);
  const addressWait = lockedFor(history.address, policy.maxFailuresPerAddress, now, policy);
  if (pairWait > 0 || addressWait > 0) {
    return pairWait >= addressWait
      ? { allowed: false, scope: "account", retryAfterMs: pairWait }
      : { allowed: false, scope: "address", retryAfterMs: addressWait };
  }
  const over = history.accountCount - policy.delayAfterAccountFailures;
  const delayMs = over < 0 ? 0 : Math.min(policy.firstDelayMs * 2 ** over, policy.maxDelayMs);
  return { allowed: true, delayMs };
}

/** Milliseconds until fewer than `limit` failures are left in the window; 0 when already fewer. */
function lockedFor(failures: number[], limit: number, now: number, policy: LogOnPolicy): number {
  const live = failures.filter((at) => at > now - policy.windowMs);
  if (live.length < limit) return 0;
  // The failure whose expiry brings the count under the limit.
  const pivot = live[live.length - limit] ?? now;
  return Math.max(1, pivot + policy.windowMs - now);
}

/** The account a log-on names: the email as the form sent it, trimmed and lowercased, length-capped. */
export function accountKey(email: unknown): string {
  return (typeof email === "string" ? email : "").trim().toLowerCase().slice(0, 320);
}

/** Whole minutes to tell the user, never 0. */
export function retryAfterMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
