// Property-based fuzzing of the HTTP API: 10,000 malformed or hostile requests through
// handleRpc, in eight families: validly signed requests with hostile, missing and extra parameter values;
// duplicated parameters; a missing Action or Version; garbage bodies and wrong content types; absurd header
// values; unknown actions; bad signatures (tampered, wrong secret, unknown key, stale or malformed date,
// spent nonce); and raw garbage. Every answer must be below 500, JSON, and an error must be
// {RequestId, HostId, Code, Message, Recommend} with a catalog code at its documented status. Each request
// runs in a transaction that is rolled back; before that, a refused request (or any read) must have
// changed nothing but the audit trail, the nonce it spent and its key's last use.
//
// Reproduce a failure with FUZZ_SEED=<seed> (printed, and in fast-check's report with its path).
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import fc from "fast-check";
import { DEMO_ACCOUNTS } from "../../../db/seed";
import { ERROR_CATALOG, type ErrorCode } from "../../domain/errors";
import { buildMatrixDb, CELL_NOW, type Who } from "../authorization-matrix.cases";
import { OPERATIONS } from "../operations";
import { ADAPTERS } from "./adapters";
import { handleRpc } from "./handler";
import type { RpcRequest } from "./request";
import { acs3Request, bodyOf, rpcV1Request, type Signing } from "./test-requests";
import type { Field } from "./wire-input";

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
/** Requests per family; they add up to 10,000. */
const RUNS = {
  signedHostileValues: 3500,
  duplicatedParameters: 700,
  missingEnvelope: 600,
  garbageBodies: 1000,
  absurdHeaders: 1100,
  unknownActions: 700,
  badSignatures: 1400,
  rawGarbage: 1000,
} as const;
type Family = keyof typeof RUNS;
const TOTAL = Object.values(RUNS).reduce((a, b) => a + b, 0);

const m = await buildMatrixDb();
const db = m.db;

// ---- Database state ----------------------------------------------------------------------------------

// The business tables; the audit trail, the nonces and a key's last use may move (checked separately).
const BUSINESS = [
  "accounts",
  "access_keys",
  "circuits",
  "hosted_connections",
  "idempotency_tokens",
  "orders",
  "privilege_applications",
  "refunds",
  "resource_groups",
  "tags",
  "users",
  "vbrs",
  "vlan_allocations",
];
const snapshotStatements = BUSINESS.map((table) =>
  db.$client.prepare(
    table === "access_keys"
      ? "select id, account_uid, secret_ciphertext, status, created_at from access_keys order by rowid"
      : `select * from ${table} order by rowid`,
  ),
);
const state = () => snapshotStatements.map((s) => JSON.stringify(s.all()));
const scalar = (sql: string) => {
  const statement = db.$client.prepare(sql).pluck();
  return () => statement.get() as number;
};
const totalChanges = scalar("select total_changes()");
const audits = scalar("select count(*) from audit_events");
const nonces = scalar("select count(*) from signature_nonces");
const rateCounts = scalar("select coalesce(sum(requests), 0) from api_request_windows");

// A nonce spent for good, for the replay family.
const SPENT_NONCE = "fuzz-spent-nonce-0001";
const spent = await handleRpc(
  acs3Request({ action: "DescribeRegions", key: m.keys.acme, date: CELL_NOW, nonce: SPENT_NONCE }),
  db,
  CELL_NOW,
);
assert.equal(spent.status, 200);
const BASELINE = state();

// ---- The documented answers -----------------------------------------------------------------------------

/** Wire code → the HTTP statuses the catalog gives it (a code can have variants). InternalError is excluded. */
const STATUSES = new Map<string, Set<number>>();
for (const key of Object.keys(ERROR_CATALOG) as ErrorCode[]) {
  const entry: { httpStatus: number; code?: string } = ERROR_CATALOG[key];
  if (key === "InternalError") continue;
  const code = entry.code ?? key;
  STATUSES.set(code, (STATUSES.get(code) ?? new Set()).add(entry.httpStatus));
}

// ---- Values --------------------------------------------------------------------------------------------

const HUGE = ["A".repeat(100_000), "界".repeat(100_000), "💥".repeat(50_000), "%".repeat(100_000)];

const HOSTILE = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202Egnp.exe",
  "\u200F\u202Bمرحبا\u202C",
  "👩‍👩‍👧‍👦",
  "\uFEFFcn-hangzhou",
  "Ｃｎ－ｈａｎｇｚｈｏｕ",
  "١٢٣",
  "' OR 1=1 --",
  "'; DROP TABLE hosted_connections; --",
  "%' OR '1'='1",
  "<script>alert(1)</script>",
  '"><svg onload=alert(1)>',
  ["$", "{jndi:ldap://x}"].join(""),
  "../../etc/passwd",
  "%00",
  "%zz",
  "+",
  "&",
  "=",
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "0x10",
  "1000.5",
  " 1000",
  "00001000",
  "9007199254740993",
  "true",
  "null",
  "[]",
  "{}",
  '{"a":1}',
  "__proto__",
  "constructor",
];

// 100k-character values cost milliseconds each to sign and verify: about one value in 70 is one.
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 8, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 8, arbitrary: fc.integer().map(String) },
  { weight: 8, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
);

const r = m.resources;
const ids = (pred: (name: string) => boolean) =>
  Object.values(r)
    .filter((x) => pred(x.name))
    .map((x) => x.id);
const PLAUSIBLE: Record<string, readonly string[]> = {
  RegionId: ["cn-hangzhou", "cn-beijing", "us-east-1"],
  PhysicalConnectionId: ids((n) => /Port$|^unicom|^equinix/.test(n)),
  InstanceId: ids((n) => n.endsWith("Port")),
  VpconnId: ids((n) => n.endsWith("Port")),
  VbrId: ids((n) => n.endsWith("Vbr")),
  VirtualBorderRouterId: ids((n) => n.endsWith("Vbr")),
  VpconnAliUid: Object.values(DEMO_ACCOUNTS).map((a) => a.uid),
  VlanId: ["0", "101", "1000", "1700", "2999", "3000"],
  Spec: ["50M", "500M", "1G", "10G", "11G"],
  ExpectSpec: ["200M", "1G"],
  OrderMode: ["PayByPhysicalConnectionOwner", "PayByVirtualPhysicalConnectionOwner"],
  Name: ["fuzz-name"],
  Description: ["A description <b>with</b> markup"],
  Bandwidth: ["50", "300", "10000", "10001"],
  Period: ["1", "9", "10"],
  PricingCycle: ["Month", "Year"],
  InstanceChargeType: ["PrePaid", "PostPaid"],
  AutoPay: ["true", "false"],
  AutoRenew: ["true", "false"],
  IncludeCrossAccountVbr: ["true", "false"],
  IsConfirmed: ["true", "false"],
  PageNumber: ["1", "2"],
  PageSize: ["10", "50", "51"],
  MaxResults: ["20", "100"],
  AcceptLanguage: ["en-US", "zh-CN"],
  LocalGatewayIp: ["10.0.0.1"],
  PeerGatewayIp: ["10.0.0.2"],
  PeeringSubnetMask: ["255.255.255.252"],
  CircuitCode: ["CC-1"],
  DryRun: ["true", "false", "maybe"],
  Token: ["fuzz-token-1"],
  ClientToken: ["fuzz-token-1"],
};

const valueFor = (wire: string): fc.Arbitrary<string> => {
  const plausible = PLAUSIBLE[wire];
  return plausible
    ? fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...plausible) },
        { weight: 1, arbitrary: hostileString },
      )
    : hostileString;
};

const ACTIONS = [...ADAPTERS.keys()];
const WHO = Object.keys(DEMO_ACCOUNTS) as Who[];

/** Wire parameters for one field: present, absent, or oddly numbered. */
function fieldParams(field: Field): fc.Arbitrary<Array<[string, string]>> {
  const absentOr = (present: fc.Arbitrary<Array<[string, string]>>) =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constant([] as Array<[string, string]>) },
      { weight: 7, arbitrary: present },
    );
  switch (field.type) {
    case "list":
      return absentOr(
        fc
          .array(
            fc.tuple(fc.constantFrom("1", "2", "3", "0", "01", "1000", "-1", "x"), valueFor(field.wire)),
            {
              maxLength: 3,
            },
          )
          .map((items) => items.map(([n, v]) => [`${field.wire}.${n}`, v] as [string, string])),
      );
    case "tags":
      return absentOr(
        fc
          .array(fc.tuple(fc.constantFrom("1", "2", "21"), hostileString, fc.option(hostileString)), {
            maxLength: 3,
          })
          .map((tags) =>
            tags.flatMap(([n, key, value]) => [
              [`${field.wire}.${n}.Key`, key] as [string, string],
              ...(value === null ? [] : [[`${field.wire}.${n}.Value`, value] as [string, string]]),
            ]),
          ),
      );
    case "filters":
      return absentOr(
        fc
          .array(
            fc.tuple(
              fc.constantFrom("1", "2"),
              fc.oneof(fc.constantFrom(...Object.keys(field.keys)), hostileString),
              fc.array(fc.oneof(fc.constantFrom(...Object.values(PLAUSIBLE).flat()), hostileString), {
                maxLength: 2,
              }),
            ),
            { maxLength: 2 },
          )
          .map((filters) =>
            filters.flatMap(([n, key, values]) => [
              [`${field.wire}.${n}.Key`, key] as [string, string],
              ...values.map((v, j) => [`${field.wire}.${n}.Value.${j + 1}`, v] as [string, string]),
            ]),
          ),
      );
    default:
      return absentOr(valueFor(field.wire).map((v) => [[field.wire, v]] as Array<[string, string]>));
  }
}

// Envelope and signing parameters are the signers' to set; a caller-supplied one is a duplicate family case.
const RESERVED = new Set([
  "Action",
  "Version",
  "Format",
  "Timestamp",
  "SignatureNonce",
  "SignatureMethod",
  "SignatureVersion",
  "AccessKeyId",
  "Signature",
]);
const extraParams = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom(
        "OwnerId",
        "ResourceOwnerAccount",
        "DryRun",
        "Token",
        "ClientToken",
        "__proto__",
        "constructor",
      ),
      fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }),
    ),
    fc.oneof(fc.constantFrom(...Object.values(PLAUSIBLE).flat()), hostileString),
  ),
  { maxLength: 3 },
);

type Call = { request: RpcRequest; action?: string };

const signedCall = fc
  .record({
    action: fc.constantFrom(...ACTIONS),
    who: fc.constantFrom(...WHO),
    scheme: fc.constantFrom("ACS3", "RPC"),
    nonce: fc.uuid(),
    extras: extraParams,
    inBody: fc.boolean(),
  })
  .chain((base) => {
    const adapter = ADAPTERS.get(base.action);
    assert.ok(adapter);
    return fc.tuple(...adapter.fields.map(fieldParams)).map((groups) => ({
      ...base,
      params: [...groups.flat(), ...base.extras].filter(([k]) => !RESERVED.has(k)),
    }));
  });

function sign(s: {
  action: string;
  who: Who;
  scheme: string;
  nonce: string;
  params: Array<[string, string]>;
  inBody?: boolean;
  date?: Date;
  key?: Signing["key"];
}): RpcRequest {
  const all = Object.fromEntries(s.params);
  const half = Object.entries(all).filter((_, i) => s.inBody && i % 2 === 1);
  const form = half.length ? Object.fromEntries(half) : undefined;
  const query = Object.fromEntries(Object.entries(all).filter(([k]) => !form || !(k in form)));
  const signing: Signing = {
    action: s.action,
    key: s.key ?? m.keys[s.who],
    params: query,
    date: s.date ?? CELL_NOW,
    nonce: s.nonce,
    ...(form ? { form } : {}),
  };
  return s.scheme === "ACS3" ? acs3Request(signing) : rpcV1Request(signing);
}

const withHeaders = (request: RpcRequest, headers: Record<string, string | undefined>): RpcRequest => ({
  ...request,
  headers: { ...request.headers, ...headers },
});

// ---- The families --------------------------------------------------------------------------------------

const families: Record<Family, fc.Arbitrary<Call>> = {
  signedHostileValues: signedCall.map((s) => ({ request: sign(s), action: s.action })),

  duplicatedParameters: fc
    .tuple(
      signedCall,
      fc.constantFrom("RegionId", "Action", "Version", "Signature", "x"),
      hostileString,
      fc.boolean(),
    )
    .map(([s, name, value, viaBody]) => {
      const request = sign({ ...s, inBody: false });
      const extra = `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
      return {
        request: viaBody
          ? {
              ...request,
              headers: { ...request.headers, "content-type": "application/x-www-form-urlencoded" },
              body: Buffer.from(`${request.url.slice(request.url.indexOf("?") + 1)}&${extra}`),
            }
          : { ...request, url: `${request.url}&${extra}&${extra}` },
        action: s.action,
      };
    }),

  missingEnvelope: fc
    .tuple(signedCall, fc.constantFrom("Action", "Version", "both"), fc.boolean())
    .map(([s, drop, dropHeaders]) => {
      const request = sign({ ...s, scheme: "RPC" });
      let url = request.url;
      for (const name of drop === "both" ? ["Action", "Version"] : [drop]) {
        url = url.replace(new RegExp(`([?&])${name}=[^&]*&?`), "$1");
      }
      const headers = dropHeaders
        ? { ...request.headers, "x-acs-action": undefined, "x-acs-version": undefined }
        : request.headers;
      return { request: { ...request, url, headers }, action: s.action };
    }),

  garbageBodies: fc
    .tuple(
      signedCall,
      fc.constantFrom(
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=latin1",
        "APPLICATION/X-WWW-FORM-URLENCODED",
        "application/json",
        "multipart/form-data; boundary=x",
        "text/xml",
        "text/plain",
        "garbage/\u0000",
        "",
      ),
      fc.oneof(
        fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
        fc.constantFrom(
          Buffer.from('{"RegionId":"cn-hangzhou","__proto__":{"x":1}}'),
          Buffer.from(
            "<?xml version='1.0'?><!DOCTYPE a [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><a>&x;</a>",
          ),
          Buffer.from("RegionId=cn-hangzhou&RegionId=cn-beijing"),
          Buffer.from("=&=&&==%%%zz&a=%ED%A0%80&%FF=%FE"),
          Buffer.from("--x\r\nContent-Disposition: form-data; name=RegionId\r\n\r\ncn-hangzhou\r\n--x--"),
          Buffer.alloc(1_000_000, 0x41),
          Buffer.from([0xff, 0xfe, 0x00, 0x00]),
        ),
      ),
      fc.boolean(),
    )
    .map(([s, contentType, body, keepBody]) => {
      const request = sign({ ...s, inBody: false });
      return {
        request: {
          ...request,
          headers: { ...request.headers, "content-type": contentType },
          body: keepBody ? request.body : body,
        },
        action: s.action,
      };
    }),

  absurdHeaders: fc
    .tuple(
      signedCall,
      fc.constantFrom(
        "host",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-content-sha256",
        "x-acs-action",
        "x-acs-version",
        "authorization",
        "content-type",
        "constructor",
        "__proto__",
      ),
      fc.oneof(
        hostileString,
        fc.constantFrom(
          "9999-12-31T23:59:59Z",
          "2026-13-45T25:61:61Z",
          "1970-01-01T00:00:00Z",
          "x".repeat(129),
          "ACS3-HMAC-SHA256 Credential=,SignedHeaders=,Signature=",
          "ACS3-HMAC-SHA256 Credential=LTAI,SignedHeaders=constructor;x-acs-date;x-acs-signature-nonce;x-acs-content-sha256,Signature=" +
            "0".repeat(64),
          "HMAC-SHA1 whatever",
          "a".repeat(1_000_000),
        ),
      ),
    )
    .map(([s, header, value]) => ({
      request: withHeaders(sign({ ...s, scheme: "ACS3" }), { [header]: value }),
      action: header === "x-acs-action" ? value : s.action,
    })),

  unknownActions: fc
    .tuple(
      signedCall,
      fc.oneof(
        fc.constantFrom(
          ...Object.keys(OPERATIONS).filter((a) => !ADAPTERS.has(a)),
          "CreateAccessKey",
          "DeleteAccessKey",
          "ListAccessKeys",
          "constructor",
          "__proto__",
          "toString",
          "hasOwnProperty",
          "DescribeVpcs",
          "describeregions",
          "DescribeRegions ",
          "DescribeRegions\u0000",
        ),
        hostileString,
      ),
    )
    .map(([s, action]) => ({ request: sign({ ...s, action }), action })),

  badSignatures: fc
    .tuple(
      signedCall,
      fc.constantFrom(
        "tampered",
        "wrongSecret",
        "unknownKey",
        "stale",
        "future",
        "malformedDate",
        "spentNonce",
        "longNonce",
        "garbageSignature",
        "otherMethod",
        "unsignedHeaderAdded",
        "otherAlgorithm",
        "oddSignedHeaders",
      ),
      fc.constantFrom(
        "constructor",
        "__proto__",
        "toString",
        "hasOwnProperty",
        "valueOf",
        "x-missing",
        "",
        "HOST",
      ),
    )
    .map(([s, how, headerName]) => {
      const minutes = (n: number) => new Date(CELL_NOW.getTime() + n * 60_000);
      const base = { ...s, inBody: false };
      let request: RpcRequest;
      switch (how) {
        case "tampered": {
          const signed = sign({ ...base, params: [...base.params, ["RegionId", "cn-hangzhou"]] });
          request = { ...signed, url: signed.url.replace("cn-hangzhou", "cn-beijing") };
          break;
        }
        case "wrongSecret":
          request = sign({ ...base, key: { ...m.keys[s.who], accessKeySecret: "not-the-secret" } });
          break;
        case "unknownKey":
          request = sign({ ...base, key: { accessKeyId: "LTAI5tUnknownKey0000000", accessKeySecret: "x" } });
          break;
        case "stale":
          request = sign({ ...base, date: minutes(-16) });
          break;
        case "future":
          request = sign({ ...base, date: minutes(16) });
          break;
        case "malformedDate":
          request = withHeaders(sign({ ...base, scheme: "ACS3" }), { "x-acs-date": "yesterday" });
          break;
        case "spentNonce":
          request = sign({ ...base, nonce: SPENT_NONCE });
          break;
        case "longNonce":
          request = sign({ ...base, nonce: "n".repeat(200) });
          break;
        case "garbageSignature": {
          const signed = sign({ ...base, scheme: "RPC" });
          request = { ...signed, url: signed.url.replace(/Signature=[^&]*/, "Signature=%00%FF") };
          break;
        }
        case "otherMethod": {
          const signed = sign(base);
          request = { ...signed, method: "DELETE" };
          break;
        }
        case "oddSignedHeaders": {
          // A real key, and a SignedHeaders list naming headers nobody sent (or Object.prototype's members).
          const signed = sign({ ...base, scheme: "ACS3" });
          request = withHeaders(signed, {
            authorization: signed.headers.authorization?.replace(
              "SignedHeaders=",
              `SignedHeaders=${headerName};`,
            ),
          });
          break;
        }
        case "unsignedHeaderAdded":
          request = withHeaders(sign({ ...base, scheme: "ACS3" }), {
            "x-acs-action": "DeleteVirtualBorderRouter",
          });
          break;
        default: {
          const signed = sign({ ...base, scheme: "ACS3" });
          request = withHeaders(signed, {
            authorization: signed.headers.authorization?.replace("ACS3-HMAC-SHA256", "ACS3-HMAC-SM3"),
          });
        }
      }
      return { request, action: s.action };
    }),

  rawGarbage: fc
    .record({
      method: fc.constantFrom("GET", "POST", "PUT", "OPTIONS", "", "P\u0000ST"),
      url: fc.oneof(
        fc.string({ unit: "binary", maxLength: 60 }).map((t) => `/?${t}`),
        fc.constantFrom(
          "/",
          "",
          "?",
          "/?&&&=&=",
          "/?Action=DescribeRegions&Version=2016-04-28",
          "/?Action=DescribeRegions&Version=2016-04-28&Signature=x&AccessKeyId=y&SignatureMethod=HMAC-SHA1&Timestamp=z&SignatureNonce=n",
          `/?Action=${"A".repeat(100_000)}&Version=2016-04-28`,
          "/?a=%ED%A0%80&b=%C0%AF&c=%",
          "/api/rpc?Action=constructor&Version=2016-04-28",
        ),
      ),
      headers: fc.dictionary(
        fc.oneof(
          fc.constantFrom(
            "authorization",
            "x-acs-action",
            "x-acs-version",
            "content-type",
            "host",
            "x-acs-date",
          ),
          fc.string({ maxLength: 10 }),
        ),
        hostileString,
        { maxKeys: 4 },
      ),
      body: fc.uint8Array({ maxLength: 100 }).map((b) => Buffer.from(b)),
    })
    .map((request) => ({ request })),
};

// ---- The property ----------------------------------------------------------------------------------------

const outcomes = new Map<string, number>();
const byFamily = new Map<Family, Map<string, number>>();
let requests = 0;
let acceptedWrites = 0;
const startedAt = Date.now();

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const shorten = (text: string) =>
  text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text;

/** assert.ok with a message built only on failure: building it means printing 100k-character requests. */
function ensure(condition: unknown, message: () => string): asserts condition {
  if (!condition) assert.fail(message());
}

async function check(family: Family, call: Call): Promise<void> {
  requests += 1;
  const { request } = call;
  const where = () =>
    `${family}: ${request.method} ${shorten(request.url)} ${shorten(JSON.stringify(request.headers))} ` +
    `body ${shorten(request.body.toString("utf8"))}`;
  db.$client.exec("BEGIN");
  try {
    const before = { changes: totalChanges(), audits: audits(), nonces: nonces(), counted: rateCounts() };
    let answer: Awaited<ReturnType<typeof handleRpc>>;
    try {
      answer = await handleRpc(request, db, CELL_NOW);
    } catch (error) {
      assert.fail(`${where()}: handleRpc threw ${error instanceof Error ? error.stack : String(error)}`);
    }
    ensure(answer.status < 500, () => `${where()}: HTTP ${answer.status} ${answer.body}`);
    let body: Record<string, unknown>;
    try {
      body = bodyOf(answer);
    } catch (error) {
      assert.fail(`${where()}: ${String(error)}; ${shorten(answer.body)}`);
    }
    ensure(typeof body.RequestId === "string", where);
    const family_ = byFamily.get(family) ?? byFamily.set(family, new Map()).get(family)!;

    if (answer.status === 200) {
      ensure(
        call.action && ADAPTERS.has(call.action),
        () => `${where()}: 200 for an action the API does not have`,
      );
      bump(outcomes, "200 OK");
      bump(family_, "200 OK");
    } else {
      ensure(
        Object.keys(body).join() === "RequestId,HostId,Code,Message,Recommend",
        () => `${where()}: error body ${answer.body}`,
      );
      for (const key of ["HostId", "Code", "Message", "Recommend"]) {
        ensure(typeof body[key] === "string", () => `${where()}: ${key} of ${answer.body}`);
      }
      const code = String(body.Code);
      const statuses = STATUSES.get(code);
      ensure(statuses, () => `${where()}: ${code} is not a documented code`);
      ensure(statuses.has(answer.status), () => `${where()}: ${code} answered HTTP ${answer.status}`);
      bump(outcomes, `${answer.status} ${code}`);
      bump(family_, `${answer.status} ${code}`);
    }

    // What a request may leave behind: one audit event, its nonce, its key's last use and its count
    // in the key's rate window.
    const spentNonces = nonces() - before.nonces;
    const counted = rateCounts() - before.counted;
    ensure(counted === spentNonces, () => `${where()}: ${counted} rate counts, ${spentNonces} nonces`);
    const newAudits = audits() - before.audits;
    ensure(spentNonces === 0 || spentNonces === 1, () => `${where()}: ${spentNonces} nonces`);
    ensure(newAudits === 0 || newAudits === 1, () => `${where()}: ${newAudits} audit events`);
    const action = call.action as keyof typeof OPERATIONS | undefined;
    const isWrite =
      action !== undefined && Object.hasOwn(OPERATIONS, action) && OPERATIONS[action].kind === "write";
    if (answer.status === 200 && isWrite) {
      acceptedWrites += 1;
    } else if (totalChanges() - before.changes !== newAudits + 3 * spentNonces) {
      // Something more was written (maybe inside a savepoint that was rolled back): compare the tables.
      const now = state();
      const changed = BUSINESS.filter((_t, i) => now[i] !== BASELINE[i]);
      ensure(
        changed.length === 0,
        () => `${where()}: answered ${answer.status} ${body.Code ?? ""} but changed ${changed}`,
      );
    }
  } finally {
    if (db.$client.inTransaction) db.$client.exec("ROLLBACK");
  }
}

after(() => {
  const line = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
  console.log(
    `API fuzz: ${requests} requests in ${Date.now() - startedAt} ms (seed ${SEED}), ` +
      `${acceptedWrites} accepted writes (rolled back); ${line(outcomes)}`,
  );
  for (const [family, map] of byFamily) console.log(`  ${family} (${RUNS[family]}): ${line(map)}`);
});

describe("found by this fuzzer", () => {
  test("a SignedHeaders list naming Object.prototype's members is a signature mismatch, not a 500", async () => {
    // Was: acs3CanonicalRequest read headers["constructor"], got Object's function and threw on .trim(),
    // so anyone knowing an AccessKeyId (not its secret) could make the API answer 500 InternalError.
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
      const signed = acs3Request({
        action: "DescribeRegions",
        key: m.keys.acme,
        date: CELL_NOW,
        nonce: `proto-${name}`,
      });
      const authorization = signed.headers.authorization?.replace("SignedHeaders=", `SignedHeaders=${name};`);
      const answer = await handleRpc(withHeaders(signed, { authorization }), db, CELL_NOW);
      assert.deepEqual([answer.status, bodyOf(answer).Code], [400, "SignatureDoesNotMatch"], name);
    }
  });
});

/** Runs per test: a family runs as several tests so that none nears the runner's per-test timeout. */
const CHUNK = 500;

describe(`the HTTP API under ${TOTAL} hostile requests`, () => {
  (Object.keys(RUNS) as Family[]).forEach((family, index) => {
    for (let done = 0, chunk = 0; done < RUNS[family]; done += CHUNK, chunk += 1) {
      const numRuns = Math.min(CHUNK, RUNS[family] - done);
      const seed = SEED + index * 100 + chunk;
      test(`${family} #${chunk + 1} (${numRuns} requests, seed ${seed})`, async () => {
        await fc.assert(
          fc.asyncProperty(families[family], (call) => check(family, call)),
          { seed, numRuns, includeErrorInReport: true },
        );
      });
    }
  });

  test("every request was made, and the business tables are as they were", () => {
    assert.equal(requests, TOTAL);
    assert.deepEqual(state(), BASELINE);
  });
});
