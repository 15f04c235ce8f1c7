/**
 * Log-on throttling: a sliding window of failed attempts per account (the normalized email, known or
 * not, so the answer never tells whether an account exists) and per client address. Pure: the clock
 * is injected, nothing here knows about HTTP or Auth.js.
 *
 * State is in memory of one server process: a restart forgets it, and several processes would each
 * count on their own (the console runs as one `next start` process).
 */

export type LoginThrottlePolicy = {
  /** Length of the sliding window, in milliseconds. */
  windowMs: number;
  /** Failed attempts for one account within the window before further attempts are refused. */
  maxFailuresPerAccount: number;
  /** Failed attempts from one client address within the window before further attempts are refused. */
  maxFailuresPerAddress: number;
  /** Keys tracked per scope before expired ones are swept, then the oldest dropped: bounds memory. */
  maxKeys: number;
};

export const DEFAULT_LOGIN_THROTTLE_POLICY: LoginThrottlePolicy = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  maxKeys: 10_000,
};

export type ThrottleVerdict =
  | { allowed: true }
  | { allowed: false; scope: "account" | "address"; retryAfterMs: number };

/** Failure timestamps per key, newest last, at most `limit` kept (older ones cannot matter). */
class FailureLog {
  private readonly entries = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  /** Timestamps still inside the window; drops the key when none is. */
  recent(key: string, now: number): number[] {
    const stamps = this.entries.get(key);
    if (!stamps) return [];
    const live = stamps.filter((t) => t > now - this.windowMs);
    if (live.length === 0) this.entries.delete(key);
    else if (live.length !== stamps.length) this.entries.set(key, live);
    return live;
  }

  /** Milliseconds until the key is below its limit again, or 0 when it already is. */
  blockedFor(key: string, now: number): number {
    const live = this.recent(key, now);
    if (live.length < this.limit) return 0;
    // The attempt that makes room is the one `limit` places from the newest leaving the window.
    const oldest = live[live.length - this.limit] ?? now;
    return Math.max(1, oldest + this.windowMs - now);
  }

  add(key: string, now: number): void {
    const live = this.recent(key, now);
    live.push(now);
    // Re-insert so the Map's order is least recently failed first.
    this.entries.delete(key);
    this.entries.set(key, live.slice(-this.limit));
    if (this.entries.size > this.maxKeys) this.sweep(now);
  }

  clear(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(now: number): void {
    for (const key of [...this.entries.keys()]) this.recent(key, now);
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxKeys) break;
      this.entries.delete(key);
    }
  }
}

export class LoginThrottle {
  private readonly accounts: FailureLog;
  private readonly addresses: FailureLog;

  constructor(
    readonly policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE_POLICY,
    private readonly now: () => number = Date.now,
  ) {
    this.accounts = new FailureLog(policy.maxFailuresPerAccount, policy.windowMs, policy.maxKeys);
    this.addresses = new FailureLog(policy.maxFailuresPerAddress, policy.windowMs, policy.maxKeys);
  }

  /** Whether an attempt for this account from this address may be checked at all. */
  check(account: string, address: string): ThrottleVerdict {
    const now = this.now();
    const accountWait = this.accounts.blockedFor(accountKey(account), now);
    const addressWait = this.addresses.blockedFor(address, now);
    if (accountWait === 0 && addressWait === 0) return { allowed: true };
    return accountWait >= addressWait
      ? { allowed: false, scope: "account", retryAfterMs: accountWait }
      : { allowed: false, scope: "address", retryAfterMs: addressWait };
  }

  /** A checked attempt failed (unknown account, wrong password or malformed input). */
  recordFailure(account: string, address: string): void {
    const now = this.now();
    this.accounts.add(accountKey(account), now);
    this.addresses.add(address, now);
  }

  /**
   * A log-on succeeded: the account's failures are forgotten. The address keeps its count, or anyone
   * holding one valid account could reset the address limit between guesses at other accounts.
   */
  recordSuccess(account: string): void {
    this.accounts.clear(accountKey(account));
  }

  /** Tracked keys, for tests of the memory bound. */
  get trackedKeys(): { accounts: number; addresses: number } {
    return { accounts: this.accounts.size, addresses: this.addresses.size };
  }
}

/** The account a log-on names: the email as the form sent it, trimmed and lowercased, length-capped. */
export function accountKey(email: unknown): string {
  return (typeof email === "string" ? email : "").trim().toLowerCase().slice(0, 320);
}

/** Whole minutes to tell the user, never 0. */
export function retryAfterMinutes(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}

/** Every address shares this bucket when no proxy is trusted to name the client. */
export const LOCAL_ADDRESS = "local";

/**
 * The client address for throttling. Server actions and Auth.js handlers get no socket address, and
 * `next start` fills X-Forwarded-For only when the client sent none, so the header is whatever the
 * client chose unless a trusted reverse proxy sets it. Hence:
 * - `trustedProxies` 0 (default): one shared bucket, LOCAL_ADDRESS (the console binds 127.0.0.1);
 * - `trustedProxies` N >= 1: the Nth X-Forwarded-For entry from the right, the one the outermost
 *   trusted proxy saw (a client can prepend entries but not append them); X-Real-IP when there is no
 *   X-Forwarded-For.
 */
export function clientAddress(headers: Pick<Headers, "get">, trustedProxies: number): string {
  if (!Number.isInteger(trustedProxies) || trustedProxies < 1) return LOCAL_ADDRESS;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const candidate =
    forwarded.length > 0
      ? forwarded[Math.max(0, forwarded.length - trustedProxies)]
      : (headers.get("x-real-ip") ?? "").trim();
  if (!candidate) return LOCAL_ADDRESS;
  return candidate
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "")
    .toLowerCase()
    .slice(0, 64);
}

/** TRUST_PROXY: unset, "0" or junk means none; "1" (or "true") one proxy; "N" N proxies in a chain. */
export function trustedProxyCount(value: string | undefined): number {
  if (!value) return 0;
  if (/^(true|yes)$/i.test(value.trim())) return 1;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= 10 ? n : 0;
}
