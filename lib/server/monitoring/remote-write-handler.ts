// The Prometheus remote_write endpoint, framework-free: the Next route (app/api/monitoring/write) and
// the tests' plain HTTP server both call it. The collector authenticates with HTTP basic auth, an
// AccessKey ID and its secret (docs/monitoring.md); the key's account must own the circuits pushed for.
import { timingSafeEqual } from "node:crypto";
import type { Db } from "../../../db/client";
import { activeCredential } from "../access-keys";
import { IngestRefusal, ingestSeries } from "./ingest";
import { decodeRemoteWrite, RemoteWriteFormatError } from "./remote-write-proto";

export type RemoteWriteRequest = { headers: Record<string, string | undefined>; body: Buffer | null };
export type RemoteWriteAnswer = { status: number; headers: Record<string, string>; body: string };

/** The largest compressed push accepted; Prometheus's default batches are well under 100 KB. */
export const MAX_PUSH_BYTES = 1024 * 1024;
/** The largest a push may be once uncompressed. */
export const MAX_UNCOMPRESSED_PUSH_BYTES = 16 * 1024 * 1024;

export async function handleRemoteWrite(
  request: RemoteWriteRequest,
  db: Db,
  now: Date,
): Promise<RemoteWriteAnswer> {
  try {
    const partnerUid = await authenticate(db, request.headers.authorization);
    if (request.body === null) return answer(413, `a push may be at most ${MAX_PUSH_BYTES} bytes compressed`);
    const encoding = request.headers["content-encoding"]?.trim().toLowerCase();
    if (encoding !== "snappy")
      return answer(415, "Content-Encoding must be snappy (Prometheus remote_write 1.0)");
    const series = decodeRemoteWrite(request.body, MAX_UNCOMPRESSED_PUSH_BYTES);
    await ingestSeries(db, partnerUid, series, now);
    return { status: 204, headers: {}, body: "" };
  } catch (error) {
    if (error instanceof Unauthorized) {
      return {
        ...answer(401, error.message),
        headers: { ...TEXT, "www-authenticate": 'Basic realm="hosted-connect"' },
      };
    }
    if (error instanceof RemoteWriteFormatError)
      return answer(400, `not a remote_write body: ${error.message}`);
    if (error instanceof IngestRefusal) return answer(error.status, error.message);
    console.error("[monitoring] remote_write failed", error);
    // 5xx: Prometheus retries the push later, and resent samples are skipped, never counted twice.
    return answer(500, "internal error; the push will be retried");
  }
}

class Unauthorized extends Error {}

async function authenticate(db: Db, authorization: string | undefined): Promise<string> {
  const match = /^Basic ([A-Za-z0-9+/=]{1,400})$/.exec(authorization?.trim() ?? "");
  if (!match?.[1]) throw new Unauthorized("authenticate with basic auth: an AccessKey ID and its secret");
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const accessKeyId = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  const credential = colon > 0 ? await activeCredential(db, accessKeyId) : undefined;
  if (!credential || !sameText(credential.secret, secret)) {
    throw new Unauthorized("the AccessKey is unknown, disabled, or its secret does not match");
  }
  return credential.accountUid;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const TEXT = { "content-type": "text/plain;charset=utf-8" };

function answer(status: number, message: string): RemoteWriteAnswer {
  return { status, headers: TEXT, body: `${message}\n` };
}
