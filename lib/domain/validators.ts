import { z } from "zod";
import { ORDER_MODES, SPECS } from "./enums";
import { DomainError, type ErrorCode, isErrorCode, missingParameter } from "./errors";
import { allow, refuse, unwrap, type Verdict } from "./verdict";

// Every schema reports a catalog key as its zod issue message; parseOrThrow turns the first issue into a
// DomainError. "MissingParameter"/"InvalidParameter" get the field name as their %s argument.

type IssueLike = { readonly message: string; readonly path: readonly PropertyKey[] };

export function fieldWithPath(field: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, segment) => {
    if (typeof segment === "number") return `${acc}.${segment + 1}`;
    const name = String(segment);
    return `${acc}.${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  }, field);
}

export function zodIssueToDomainError(issue: IssueLike, field: string): DomainError {
  const where = fieldWithPath(field, issue.path);
  if (issue.message === "MissingParameter") return missingParameter(where);
  if (issue.message === "InvalidParameter" || !isErrorCode(issue.message)) {
    return new DomainError("InvalidParameter", { args: [where], field: where });
  }
  return new DomainError(issue.message, { field: where });
}

export function safeParseDomain<S extends z.ZodType>(
  schema: S,
  value: unknown,
  field: string,
): Verdict<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return allow(result.data);
  const first = result.error.issues[0];
  const error = first
    ? zodIssueToDomainError(first, field)
    : new DomainError("InvalidParameter", { args: [field], field });
  return { ok: false, error };
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, field: string): z.output<S> {
  return unwrap(safeParseDomain(schema, value, field));
}

type Check<T> = { ok: true; value: T } | { ok: false; key: ErrorCode | "MissingParameter" };

function checkedSchema<T>(check: (input: unknown) => Check<T>) {
  return z.unknown().transform((input, ctx): T => {
    const result = check(input);
    if (result.ok) return result.value;
    ctx.issues.push({ code: "custom", message: result.key, input });
    return z.NEVER;
  });
}

function isAbsent(input: unknown): boolean {
  return input === undefined || input === null;
}

function keyOrMissing(key: ErrorCode) {
  return (issue: { input?: unknown }) => (isAbsent(issue.input) ? "MissingParameter" : key);
}

// ---- VlanId -------------------------------------------------------------------------------------

export const VLAN_ID_MIN = 0;
export const VLAN_ID_MAX = 2999;
const NUMERIC_STRING = /^-?\d+(\.\d+)?$/;

function checkVlanId(input: unknown): Check<number> {
  if (isAbsent(input)) return { ok: false, key: "MissingParameter" };
  let n: number;
  if (typeof input === "number") n = input;
  else if (typeof input === "string" && NUMERIC_STRING.test(input)) n = Number(input);
  else return { ok: false, key: "InvalidVlanId.Malformed" };
  if (Number.isNaN(n)) return { ok: false, key: "InvalidVlanId.Malformed" };
  if (!Number.isInteger(n) || n < VLAN_ID_MIN || n > VLAN_ID_MAX)
    return { ok: false, key: "IllegalParam.VlanId" };
  return { ok: true, value: n };
}

export const vlanIdSchema = checkedSchema(checkVlanId);

// ---- Name / Description -------------------------------------------------------------------------

// A shared port's name: letters, digits, underscores and hyphens, no period (CreateVirtualPhysicalConnection's
// rule). A VBR's name keeps the VBR actions' rule, which allows periods.
const NAME_PATTERN = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_-]{1,127}$/;
const VBR_NAME_PATTERN = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5._-]{1,127}$/;
const DESCRIPTION_PATTERN = /^[A-Za-z\u4e00-\u9fa5][\s\S]{1,255}$/;
// Case-insensitive so "HTTP://x" is refused too; the docs do not say, and refusing is the safe side.
const URL_PREFIX = /^https?:\/\//i;
const URL_ANYWHERE = /https?:\/\//i;

export function isValidName(value: string): boolean {
  return NAME_PATTERN.test(value) && !URL_PREFIX.test(value);
}

function isValidVbrName(value: string): boolean {
  return VBR_NAME_PATTERN.test(value) && !URL_PREFIX.test(value);
}

export function isValidDescription(value: string): boolean {
  return DESCRIPTION_PATTERN.test(value) && !URL_PREFIX.test(value);
}

export const nameSchema = z
  .string({ error: keyOrMissing("InvalidName.Malformed") })
  .refine(isValidName, { error: "InvalidName.Malformed" });

export const descriptionSchema = z
  .string({ error: keyOrMissing("InvalidDescription.Malformed") })
  .refine(isValidDescription, { error: "InvalidDescription.Malformed" });

// The VBR actions' own variants of the same rules. Their reference tables print "?Name?", a mangled
// quotation; the message is the plain "The specified Name is not valid.".
export const vbrNameSchema = z
  .string({ error: keyOrMissing("InvalidName.Malformed#Vbr") })
  .refine(isValidVbrName, { error: "InvalidName.Malformed#Vbr" });

export const vbrDescriptionSchema = z
  .string({ error: keyOrMissing("InvalidDescription.Malformed#Vbr") })
  .refine(isValidDescription, { error: "InvalidDescription.Malformed#Vbr" });

// ---- Tags ---------------------------------------------------------------------------------------

export const MAX_TAGS = 20;
export const TAG_KEY_MAX = 64;
export const TAG_VALUE_MAX = 128;
const TAG_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9._-]*$/;
const RESERVED_TAG_PREFIX = /^(aliyun|acs:)/i;

export function isValidTagKey(key: string): boolean {
  return (
    key.length > 0 &&
    key.length <= TAG_KEY_MAX &&
    TAG_KEY_PATTERN.test(key) &&
    !RESERVED_TAG_PREFIX.test(key) &&
    !URL_ANYWHERE.test(key)
  );
}

// A value may be empty; otherwise it starts with a letter, like a key. Its documented charset copies the
// key's and is not enforced beyond that: length, first letter, prefix and URL rules are.
const TAG_VALUE_START = /^[A-Za-z\u4e00-\u9fa5]/;

export function isValidTagValue(value: string): boolean {
  return (
    value.length <= TAG_VALUE_MAX &&
    (value === "" || TAG_VALUE_START.test(value)) &&
    !RESERVED_TAG_PREFIX.test(value) &&
    !URL_ANYWHERE.test(value)
  );
}

const tagSchema = z.object({
  key: z
    .string({ error: "InvalidTagKey.Malformed" })
    .refine(isValidTagKey, { error: "InvalidTagKey.Malformed" }),
  value: z
    .string({ error: "InvalidTagValue.Malformed" })
    .refine(isValidTagValue, { error: "InvalidTagValue.Malformed" })
    .default(""),
});

export type Tag = z.output<typeof tagSchema>;

export const tagsSchema = z
  .array(tagSchema, { error: "IllegalParam.Tags" })
  .max(MAX_TAGS, { error: "IllegalParam.Tags" })
  .superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((tag, index) => {
      if (seen.has(tag.key)) {
        ctx.addIssue({ code: "custom", message: "IllegalParam.Tags#DuplicateKey", path: [index, "key"] });
      }
      seen.add(tag.key);
    });
  });

// ---- AliUid -------------------------------------------------------------------------------------

const ALI_UID_PATTERN = /^[1-9]\d{15}$/;

function checkAliUid(input: unknown): Check<string> {
  if (isAbsent(input)) return { ok: false, key: "MissingParameter" };
  // 16-digit numbers can exceed 2^53; only exact (safe) integers are trusted, otherwise send a string.
  const text = typeof input === "number" && Number.isSafeInteger(input) ? String(input) : input;
  if (typeof text === "string" && ALI_UID_PATTERN.test(text)) return { ok: true, value: text };
  return { ok: false, key: "IllegalParam.VpconnAliUid" };
}

export const aliUidSchema = checkedSchema(checkAliUid);

// ---- Spec / OrderMode ---------------------------------------------------------------------------

// An empty Spec is "not set", as the documented MissingParam.Spec describes it.
export const specSchema = z.enum(SPECS, {
  error: (issue) => (isAbsent(issue.input) || issue.input === "" ? "MissingParam.Spec" : "IllegalParam.Spec"),
});

export const orderModeSchema = z.enum(ORDER_MODES, { error: keyOrMissing("IllegalParam.OrderMode") });

// ---- VBR Bandwidth Cap / CircuitCode ------------------------------------------------------------

// Mbit/s; 0 would mean "Speed Unlimited", which is not a Bandwidth Cap. 10G is the largest Spec.
export const VBR_BANDWIDTH_CAP_MAX = 10000;

function checkBandwidthCap(input: unknown): Check<number> {
  if (isAbsent(input)) return { ok: false, key: "MissingParameter" };
  const n = typeof input === "string" && NUMERIC_STRING.test(input) ? Number(input) : input;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > VBR_BANDWIDTH_CAP_MAX) {
    return { ok: false, key: "IllegalParam.Bandwidth" };
  }
  return { ok: true, value: n };
}

export const bandwidthCapSchema = checkedSchema(checkBandwidthCap);

const CIRCUIT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

export const circuitCodeSchema = z
  .string({ error: "InvalidCircuitCode.Malformed" })
  .regex(CIRCUIT_CODE_PATTERN, { error: "InvalidCircuitCode.Malformed" });

// ---- IPv4 ---------------------------------------------------------------------------------------

const IPV4_PATTERN = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

export function parseIpv4(value: string): number | null {
  const match = IPV4_PATTERN.exec(value);
  if (!match) return null;
  const octets = match.slice(1, 5).map(Number);
  if (octets.some((octet) => octet > 255)) return null;
  return octets.reduce((acc, octet) => acc * 256 + octet, 0);
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

export function maskToPrefix(mask: string): number | null {
  const value = parseIpv4(mask);
  if (value === null) return null;
  const hostBits = ~value >>> 0;
  // A contiguous mask has host bits of the form 0…01…1, i.e. hostBits + 1 is a power of two.
  if ((hostBits & (hostBits + 1)) !== 0) return null;
  return 32 - hostBits.toString(2).replace(/0/g, "").length;
}

export const VBR_MIN_PREFIX = 24;
export const VBR_MAX_PREFIX = 30;

export type VbrAddresses = {
  localGatewayIp?: string | null;
  peerGatewayIp?: string | null;
  peeringSubnetMask?: string | null;
};

function parseAddress(value: string | null | undefined, field: string, key: ErrorCode): Verdict<number> {
  if (value === undefined || value === null || value === "")
    return refuse("MissingParameter", { args: [field], field });
  const parsed = parseIpv4(value);
  return parsed === null ? refuse(key, { field }) : allow(parsed);
}

function checkHostAddress(ip: number, prefix: number, field: string): Verdict {
  const size = 2 ** (32 - prefix);
  const offset = ip % size;
  if (offset === 0 || offset === size - 1) return refuse("InvalidIp.Malformed#NetworkOrBroadcast", { field });
  return allow();
}

/**
 * Both gateway addresses in one /24-/30 subnet of the mask, distinct, and neither its network nor
 * broadcast address. A malformed address is named per parameter when a VBR is created and answers the
 * one InvalidIp.Malformed when it is modified, as each action's error table has it.
 */
export function checkVbrAddresses(addresses: VbrAddresses, action: "create" | "modify" = "create"): Verdict {
  const malformed = (perField: ErrorCode): ErrorCode =>
    action === "modify" ? "InvalidIp.Malformed" : perField;
  const local = parseAddress(
    addresses.localGatewayIp,
    "LocalGatewayIp",
    malformed("InvalidLocalGatewayIp.Malformed"),
  );
  if (!local.ok) return local;
  const peer = parseAddress(
    addresses.peerGatewayIp,
    "PeerGatewayIp",
    malformed("InvalidPeerGatewayIp.Malformed"),
  );
  if (!peer.ok) return peer;
  const maskText = addresses.peeringSubnetMask;
  if (maskText === undefined || maskText === null || maskText === "") {
    return refuse("MissingParameter", { args: ["PeeringSubnetMask"], field: "PeeringSubnetMask" });
  }
  const prefix = maskToPrefix(maskText);
  if (prefix === null || prefix < VBR_MIN_PREFIX || prefix > VBR_MAX_PREFIX) {
    return refuse("InvalidPeeringSubnetMask.Malformed", { field: "PeeringSubnetMask" });
  }
  if (local.value === peer.value)
    return refuse("InvalidIp.Malformed#SameAddress", { field: "PeerGatewayIp" });
  const size = 2 ** (32 - prefix);
  if (Math.floor(local.value / size) !== Math.floor(peer.value / size)) {
    return refuse("InvalidIp.NotSameSubnet", { field: "PeerGatewayIp" });
  }
  const localHost = checkHostAddress(local.value, prefix, "LocalGatewayIp");
  return localHost.ok ? checkHostAddress(peer.value, prefix, "PeerGatewayIp") : localHost;
}
