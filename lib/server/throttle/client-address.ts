import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { BlockList, isIP, type Socket } from "node:net";

/**
 * Route handlers and server actions see headers only, and `next start` fills X-Forwarded-For only
 * when the client sent none: nothing there tells the socket's address. So the HTTP server stamps it
 * into this header on every request, replacing any copy the client sent (instrumentation.ts).
 */
export const PEER_HEADER = "x-hosted-connect-peer";

/** The bucket of requests whose peer is unknown (none was stamped). */
export const UNKNOWN_ADDRESS = "unknown";

// A per-process token in the stamp: a copy a client slipped in before the stamping began is ignored.
const TOKEN = Symbol.for("hosted-connect.peer-token");
const store = globalThis as typeof globalThis & { [TOKEN]?: string };
const token = () => {
  store[TOKEN] ??= randomBytes(16).toString("hex");
  return store[TOKEN];
};

const STAMPING = Symbol.for("hosted-connect.peer-stamping");
const stamping = globalThis as typeof globalThis & { [STAMPING]?: boolean };

/** From now on every request this process's HTTP servers receive carries its peer address. */
export function stampPeerAddresses(): void {
  if (stamping[STAMPING]) return;
  stamping[STAMPING] = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = `${token()} ${socket.remoteAddress ?? ""}`;
  });
}

/** The socket address stamped on this request, or undefined when it was not stamped by this process. */
export function peerAddress(headers: Pick<Headers, "get">): string | undefined {
  const [stamp, address] = (headers.get(PEER_HEADER) ?? "").split(" ");
  return stamp === token() && address ? normalize(address) : undefined;
}

/**
 * TRUST_PROXY: the comma-separated addresses (or CIDR ranges) of the reverse proxies in front of the
 * console, e.g. "127.0.0.1" or "10.0.0.0/8, ::1". Undefined when unset; throws on anything else.
 */
export function trustedProxies(value: string | undefined): BlockList | undefined {
  if (!value?.trim()) return undefined;
  const list = new BlockList();
  for (const entry of value.split(",").map((part) => part.trim())) {
    const [address = "", bits, extra] = entry.split("/");
    const family = isIP(address);
    const prefix = Number(bits);
    const maxBits = family === 6 ? 128 : 32;
    if (
      !family ||
      extra !== undefined ||
      (bits !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxBits))
    ) {
      throw new Error(
        `TRUST_PROXY: "${entry}" is not an IP address or CIDR range. List your reverse proxies' addresses, e.g. TRUST_PROXY=127.0.0.1`,
      );
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return list;
}

/**
 * The address log-on throttling counts: the socket's peer, unless that peer is a trusted proxy; then
 * X-Forwarded-For is read from the right (each proxy appends the address it saw) past the trusted
 * proxies, and the first address that is not one is the client. A client connecting directly, whatever
 * it writes in X-Forwarded-For, is counted by its own address.
 */
export function clientAddress(headers: Pick<Headers, "get">, trusted: BlockList | undefined): string {
  const peer = peerAddress(headers);
  if (!peer) return UNKNOWN_ADDRESS;
  if (!trusted || !isTrustedProxy(peer, trusted)) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  let client = peer;
  for (let i = forwarded.length - 1; i >= 0; i--) {
    client = normalize(forwarded[i] ?? "");
    if (!isTrustedProxy(client, trusted)) break;
  }
  return client;
}

function isTrustedProxy(address: string, trusted: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** IPv4 in its plain form (not ::ffff:-mapped), lower-case, length-capped. */
function normalize(address: string): string {
  return address
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "")
    .toLowerCase()
    .slice(0, 64);
}
