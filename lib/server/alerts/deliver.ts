// The webhook delivery job (lib/server/scheduler/jobs.ts): posts each due delivery of the queue the
// evaluator fills, outside any transaction, then records the answer. A failure is retried with backoff
// until MAX_ATTEMPTS. Delivery is at least once (a process that dies after posting posts again): receivers
// deduplicate by the delivery header. Targets resolving to private addresses are refused at connect time
// unless allowed, so a DNS name cannot smuggle the console into its own network.
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { and, asc, eq, lte } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { alertRules, webhookDeliveries } from "../../../db/schema";
import { withTransaction } from "../../../db/transaction";
import { isPrivateAddress } from "../../domain/webhook-target";
import { openSecret } from "../access-keys/secret-box";
import { privateWebhookTargetsAllowed } from "./webhook-policy";
import { webhookHeaders } from "./webhook";

/** Attempts per delivery, and the wait after each failed one (30 s, 2 min, 8 min, 30 min, 2 h). */
export const MAX_ATTEMPTS = 6;
const BACKOFF_MS = [30_000, 120_000, 480_000, 1_800_000, 7_200_000];
const TIMEOUT_MS = 10_000;
const BATCH = 20;

type Attempt =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: string; final?: boolean };

export async function deliverWebhooks(db: Db, now: Date): Promise<void> {
  const due = await withTransaction(db, "read", (tx) =>
    tx
      .select({ delivery: webhookDeliveries, secret: alertRules.webhookSecretCiphertext })
      .from(webhookDeliveries)
      .innerJoin(alertRules, eq(alertRules.id, webhookDeliveries.ruleId))
      .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now)))
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
      .limit(BATCH),
  );
  for (const { delivery, secret } of due) {
    const attempt = await attemptDelivery(delivery, secret, now);
    const attempts = delivery.attempts + 1;
    const retry = !attempt.ok && !attempt.final && attempts < MAX_ATTEMPTS;
    await withTransaction(db, "write", async (tx) => {
      // Deleted with its rule meanwhile: nothing to record.
      const still = await first(
        tx
          .select({ id: webhookDeliveries.id })
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.id, delivery.id)),
      );
      if (!still) return;
      await tx
        .update(webhookDeliveries)
        .set({
          status: attempt.ok ? "delivered" : retry ? "pending" : "failed",
          attempts,
          lastAttemptAt: now,
          lastResponseStatus: attempt.status,
          lastError: attempt.ok ? null : attempt.error,
          nextAttemptAt: retry ? new Date(now.getTime() + (BACKOFF_MS[attempts - 1] ?? 0)) : now,
        })
        .where(eq(webhookDeliveries.id, delivery.id));
    });
  }
}

async function attemptDelivery(
  delivery: { id: number; ruleId: string; url: string; body: string },
  sealedSecret: string,
  now: Date,
): Promise<Attempt> {
  let secret: string;
  try {
    secret = openSecret(delivery.ruleId, sealedSecret);
  } catch {
    // Sealed under another server key (ACCESS_KEY_ENCRYPTION_KEY changed): it can never be signed.
    return { ok: false, status: null, error: "signing secret unreadable", final: true };
  }
  return post(delivery.url, webhookHeaders(secret, delivery.body, delivery.id, now), delivery.body);
}

/** One POST; a 2xx answer is delivered, anything else (or no answer) a failed attempt. */
async function post(url: string, headers: Record<string, string>, body: string): Promise<Attempt> {
  const target = new URL(url);
  const allowPrivate = privateWebhookTargetsAllowed();
  if (!allowPrivate && isPrivateAddress(target.hostname) === true) {
    return { ok: false, status: null, error: "blocked: private address", final: true };
  }
  const checkedLookup: LookupFunction = (hostname, options, callback) => {
    lookup(hostname, { family: options.family ?? 0, all: true })
      .then((addresses) => {
        const address = addresses[0];
        if (!address) throw new Error(`no address for ${hostname}`);
        if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address) !== false)) {
          throw new BlockedTarget();
        }
        if (options.all) callback(null, [address]);
        else callback(null, address.address, address.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, ""));
  };
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
        lookup: checkedLookup,
        timeout: TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        response.on("end", () =>
          resolve(
            status >= 200 && status < 300
              ? { ok: true, status }
              : { ok: false, status, error: `HTTP ${status}` },
          ),
        );
      },
    );
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", (error) =>
      resolve(
        error instanceof BlockedTarget
          ? { ok: false, status: null, error: "blocked: private address", final: true }
          : { ok: false, status: null, error: error.message.slice(0, 200) },
      ),
    );
    request.end(body);
  });
}

class BlockedTarget extends Error {
  constructor() {
    super("blocked: private address");
  }
}
