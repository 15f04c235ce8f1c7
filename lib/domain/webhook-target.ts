// Where an alert webhook may point. The console posts from inside its own network, so a URL naming a
// loopback, private or link-local address would let any account probe that network through it; such
// targets are refused unless the operator allows them (ALERT_WEBHOOK_PRIVATE_TARGETS, docs/monitoring.md).
import { allow, refuse, type Verdict } from "./verdict";

const WEBHOOK_URL_VARIANT = "InvalidParameter#WebhookUrl";

function ipv4Parts(text: string): number[] | undefined {
  const parts = text.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return undefined;
  const numbers = parts.map(Number);
  return numbers.every((n) => n <= 255) ? numbers : undefined;
}

function isPrivateIpv4([a, b]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b !== undefined && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b !== undefined && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    (a !== undefined && a >= 224)
  );
}

/**
 * Loopback, private, shared (CGNAT), link-local, benchmark, multicast and reserved addresses, IPv4 or IPv6
 * (with IPv4-mapped IPv6 read as its IPv4). Undefined when the text is no IP address.
 */
export function isPrivateAddress(address: string): boolean | undefined {
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  const v4 = ipv4Parts(bare);
  if (v4) return isPrivateIpv4(v4);
  if (!bare.includes(":") || !/^[0-9a-f:.]+$/.test(bare)) return undefined;
  const mapped = /^(?:0{0,4}:){0,5}(?:0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  const mappedV4 = mapped?.[1] ? ipv4Parts(mapped[1]) : undefined;
  if (mappedV4) return isPrivateIpv4(mappedV4);
  if (bare === "::" || bare === "::1") return true;
  const first = Number.parseInt(bare.split(":")[0] || "0", 16);
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

/** A webhook URL as typed: http or https, no credentials in it, and no private host unless allowed. */
export function checkWebhookUrl(url: string, allowPrivate: boolean): Verdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(WEBHOOK_URL_VARIANT, { args: ["webhookUrls"], field: "webhookUrls" });
  }
  const refusal = refuse(WEBHOOK_URL_VARIANT, { args: ["webhookUrls"], field: "webhookUrls" });
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return refusal;
  if (parsed.username || parsed.password) return refusal;
  if (allowPrivate) return allow();
  const host = parsed.hostname.toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return refusal;
  return isPrivateAddress(host) ? refusal : allow();
}
