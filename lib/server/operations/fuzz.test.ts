// Property-based fuzzing of every operation's input. Inputs are generated from each
// operation's zod schema (keys, nesting, enums), each value either plausible (demo IDs, enum members, valid
// numbers) or hostile (wrong types, 100k-character strings, unicode with RTL marks, emoji and NUL, SQL and
// HTML payloads, NaN and huge numbers, arrays for scalars, what React can send a server action: Date, Map,
// Set, BigInt, Symbol.for), with keys missing and extra keys added. Whatever comes in, runOperation either
// succeeds or throws a DomainError from the catalog (never 5xx), and a refusal changes nothing but the
// audit trail. Each run is rolled back, so every run starts from the same database.
//
// Reproduce a failure with FUZZ_SEED=<seed> (printed, and in fast-check's report with its path).
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import fc from "fast-check";
import type { z } from "zod";
import { DEMO_ACCOUNTS } from "../../../db/seed";
import { type CatalogEntry, ERROR_CATALOG, isDomainError, isErrorCode } from "../../domain/errors";
import { buildMatrixDb, CELL_NOW, MATRIX_OPERATIONS, type Who } from "../authorization-matrix.cases";
import type { OperationContext } from "./context";
import { type Operation, runOperation } from "./operation";

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
/** Runs per operation; 27 operations make about 8,000 calls. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const m = await buildMatrixDb();
const db = m.db;
const ACTIONS = Object.keys(MATRIX_OPERATIONS) as Array<keyof typeof MATRIX_OPERATIONS>;

// ---- Database state ----------------------------------------------------------------------------------

const TABLES = (
  db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as Array<{ name: string }>
)
  .map((t) => t.name)
  .filter((name) => !name.startsWith("__drizzle") && name !== "audit_events");
const snapshotStatements = TABLES.map((table) => db.$client.prepare(`select * from ${table} order by rowid`));
const state = () => snapshotStatements.map((s) => JSON.stringify(s.all()));
const totalChanges = db.$client.prepare("select total_changes() as n");
const changes = () => (totalChanges.get() as { n: number }).n;
const auditCount = db.$client.prepare("select count(*) as n from audit_events");
const audits = () => (auditCount.get() as { n: number }).n;
const lastAudit = db.$client.prepare("select action, result from audit_events order by id desc limit 1");

const BASELINE = state();

async function inRolledBackTransaction<T>(fn: () => Promise<T>): Promise<T> {
  db.$client.exec("BEGIN");
  try {
    return await fn();
  } finally {
    if (db.$client.inTransaction) db.$client.exec("ROLLBACK");
  }
}

// ---- Values --------------------------------------------------------------------------------------------

const HUGE = {
  ascii: "A".repeat(100_000),
  cjk: "界".repeat(100_000),
  emoji: "💥".repeat(50_000),
  nul: "\u0000".repeat(100_000),
  sql: "' OR 1=1 -- ".repeat(8_334),
};

const HOSTILE_STRINGS = [
  "",
  " ",
  "\t\n",
  "\u0000",
  "pc-bp1hc0acmeprod7g3k9m2\u0000",
  "\u202Egnp.exe",
  "\u200F\u202Bمرحبا بالعالم\u202C",
  "שלום",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "\uD800",
  "\uDFFF\uD800",
  "\uFEFFcn-hangzhou",
  "Ｃｎ－ｈａｎｇｚｈｏｕ",
  "١٢٣",
  "１０００",
  "' OR 1=1 --",
  "' OR '1'='1",
  "'; DROP TABLE hosted_connections; --",
  '" OR ""="',
  "1; DELETE FROM vbrs",
  "%' --",
  "_%",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "https://evil.example/",
  ["$", "{7*7}{{7*7}}"].join(""),
  "../../../../etc/passwd",
  "%00%27%22",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "0x10",
  " 1000 ",
  "1000.0",
  "true",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "toString",
  ...Object.values(HUGE),
];

const HOSTILE_NUMBERS = [
  -1,
  0,
  -0,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 53 + 1,
  -(2 ** 53),
  1e308,
  Number.MIN_VALUE,
  3000,
  65_536,
  4_294_967_296,
];

const pollutingJson = () =>
  JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');

const hostile: fc.Arbitrary<unknown> = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    {
      weight: 2,
      arbitrary: fc.constantFrom<() => unknown>(
        () => null,
        () => undefined,
        () => true,
        () => false,
        () => [],
        () => [null],
        () => ["x", 1, {}],
        () => [[[]]],
        () => ({}),
        () => ({ length: 1, 0: "x" }),
        () => new Date(Number.NaN),
        () => new Date(0),
        () => 10n,
        () => Symbol.for("hosted-connect"),
        () => new Map([["regionId", "cn-hangzhou"]]),
        () => new Set([1, 2]),
        () => new Uint8Array([0, 255]),
        () => Object.create(null),
        pollutingJson,
        () => Array.from({ length: 10_000 }, (_, i) => `item-${i}`),
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer() },
    {
      weight: 1,
      arbitrary: fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true }),
    },
  )
  .map((v) => (typeof v === "function" ? (v as () => unknown)() : v));

const r = m.resources;
const PORT_IDS = Object.values(r)
  .filter((x) => x.name.endsWith("Port") || x.name.startsWith("unicom") || x.name.startsWith("equinix"))
  .map((x) => x.id);
const VBR_IDS = Object.values(r)
  .filter((x) => x.name.endsWith("Vbr"))
  .map((x) => x.id);
const ORDER_IDS = Object.values(r)
  .filter((x) => x.name.endsWith("Order"))
  .map((x) => x.id);
const KEY_IDS = Object.values(m.keys).map((k) => k.accessKeyId);
const UIDS = Object.values(DEMO_ACCOUNTS).map((a) => a.uid);

/** Plausible values for an input key, by its name: real IDs and values that get past validation. */
function plausible(key: string): fc.Arbitrary<unknown> | undefined {
  if (/^regionId$/.test(key)) return fc.constantFrom("cn-hangzhou", "cn-beijing", "us-east-1");
  if (/^(physicalConnectionId|instanceId|vpconnId|virtualPhysicalConnectionIds)$/.test(key)) {
    return fc.constantFrom(...PORT_IDS);
  }
  if (/^(vbrId|virtualBorderRouterId)$/.test(key)) return fc.constantFrom(...VBR_IDS);
  if (/^orderId$/.test(key)) return fc.constantFrom(...ORDER_IDS);
  if (/^accessKeyId$/.test(key)) return fc.constantFrom(...KEY_IDS);
  if (/^(vpconnAliUid|aliUids)$/.test(key)) return fc.constantFrom(...UIDS);
  if (/^vlanIds?$/.test(key))
    return fc.oneof(fc.integer({ min: 0, max: 2999 }), fc.constantFrom(101, 1000, 1700));
  if (/^bandwidth$/.test(key)) return fc.constantFrom(50, 100, 300, 1000, 10_000);
  if (/^period$/.test(key)) return fc.integer({ min: 1, max: 9 });
  if (/GatewayIp$/.test(key)) return fc.constantFrom("10.0.0.1", "10.0.0.2");
  if (/^peeringSubnetMask$/.test(key)) return fc.constantFrom("255.255.255.252", "255.255.255.0");
  if (/^name$/.test(key)) return fc.constantFrom("fuzz-name", "名字-1");
  if (/^description$/.test(key)) return fc.constantFrom("A fuzzed description <b>bold</b>", "描述");
  if (/^circuitCode$/.test(key)) return fc.constantFrom("CC-1", "fuzz/2");
  if (/^reason$/.test(key)) return fc.constantFrom("Fuzzing", "理由");
  return undefined;
}

const describeOwn = (o: object): PropertyDescriptorMap =>
  Object.fromEntries(
    Object.entries(o).map(([k, value]) => [
      k,
      { value, enumerable: true, writable: true, configurable: true },
    ]),
  );

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const WRAPPERS = ["optional", "default", "nullable", "readonly", "catch", "prefault"];
const isOptional = (schema: unknown) => ["optional", "default", "prefault"].includes(defOf(schema).type);

/**
 * Values for a schema from its own shape, enums and bounds. With `hostility` > 0 each leaf is sometimes
 * hostile instead, any key may be missing and unknown keys come along; with 0 the value is plausible.
 */
function fromSchema(schema: unknown, key: string, hostility: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const leaf = (valid: fc.Arbitrary<unknown>) =>
    hostility === 0
      ? valid
      : fc.oneof({ weight: 5 - hostility, arbitrary: valid }, { weight: hostility, arbitrary: hostile });
  if (WRAPPERS.includes(def.type)) return fromSchema(def.innerType, key, hostility);
  switch (def.type) {
    case "pipe":
      return fromSchema(def.in, key, hostility);
    case "object": {
      const shape = def.shape as Record<string, unknown>;
      const model = Object.fromEntries(
        Object.entries(shape).map(([k, s]) => [k, fromSchema(s, k, hostility)]),
      );
      if (hostility === 0) {
        const requiredKeys = Object.keys(shape).filter((k) => !isOptional(shape[k]));
        return fc.record(model, { requiredKeys });
      }
      const extra = fc.dictionary(
        fc.constantFrom("__proto__", "constructor", "toString", "extra", "RegionId", "regionId ", "$where"),
        hostile,
        { maxKeys: 2 },
      );
      return fc
        .tuple(fc.record(model, { requiredKeys: [] }), fc.option(extra, { freq: 4 }))
        .map(([known, more]) => (more ? Object.defineProperties({ ...known }, describeOwn(more)) : known));
    }
    case "array":
      return leaf(fc.array(fromSchema(def.element, key, hostility), { minLength: 1, maxLength: 4 }));
    case "enum":
      return leaf(fc.constantFrom(...Object.values(def.entries as Record<string, string>)));
    case "literal":
      return leaf(fc.constantFrom(...(def.values as unknown[])));
    case "boolean":
      return leaf(fc.boolean());
    case "number":
      return leaf(plausible(key) ?? fc.integer({ min: 1, max: 50 }));
    case "string":
      return leaf(plausible(key) ?? fc.string({ minLength: 1, maxLength: 20 }));
    default:
      // unknown (a custom check such as VlanId or the AliUid), any, and whatever zod adds later
      return leaf(plausible(key) ?? fc.string({ maxLength: 20 }));
  }
}

/**
 * Three kinds of input: a plausible one with exactly one key made hostile, dropped or added (reaches the
 * checks behind parsing); one hostile throughout; and a hostile value instead of an object.
 */
function inputOf(op: Operation<unknown, unknown>): fc.Arbitrary<unknown> {
  const schema = op.input as z.ZodType;
  const keys = Object.keys((defOf(schema).shape as Record<string, unknown> | undefined) ?? {});
  const oneHostile = fc
    .tuple(
      fromSchema(schema, "input", 0),
      fc.constantFrom(...keys, "__proto__", "extraKey"),
      fc.constantFrom("replace", "drop"),
      hostile,
    )
    .map(([valid, key, how, value]) => {
      const input: Record<string, unknown> = { ...(valid as object) };
      if (how === "drop") delete input[key];
      // An own "__proto__" key, as JSON.parse makes one, rather than a new prototype.
      else Object.defineProperty(input, key, { value, enumerable: true, writable: true, configurable: true });
      return input;
    });
  return fc.oneof(
    { weight: 5, arbitrary: oneHostile },
    { weight: 4, arbitrary: fromSchema(schema, "input", 2) },
    { weight: 1, arbitrary: hostile },
  );
}

const CALLERS: Array<Who | "unknown"> = [
  "unicom",
  "equinix",
  "acme",
  "globex",
  "initech",
  "acmeRam",
  "unknown",
];
const callerArb = fc.constantFrom(...CALLERS);
const contextOf = (who: Who | "unknown"): OperationContext => ({
  db,
  caller: { accountUid: who === "unknown" ? "9999999999999999" : DEMO_ACCOUNTS[who].uid, via: "console" },
  requestId: "FUZZ",
  now: CELL_NOW,
});

// ---- The property -----------------------------------------------------------------------------------------

const outcomes = new Map<string, number>();
let calls = 0;
const startedAt = Date.now();

function describeValue(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v) =>
      typeof v === "bigint" ? `${v}n` : typeof v === "symbol" ? String(v) : v,
    );
    return text && text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : String(text);
  } catch {
    return String(value);
  }
}

/** assert.ok with a message built only on failure. */
function ensure(condition: unknown, message: () => string): asserts condition {
  if (!condition) assert.fail(message());
}

async function check(action: (typeof ACTIONS)[number], who: Who | "unknown", input: unknown): Promise<void> {
  const op = MATRIX_OPERATIONS[action] as unknown as Operation<unknown, unknown>;
  calls += 1;
  await inRolledBackTransaction(async () => {
    const changesBefore = changes();
    const auditsBefore = audits();
    let error: unknown;
    try {
      await runOperation(op, contextOf(who), input);
    } catch (e) {
      error = e;
    }
    if (error === undefined) {
      outcomes.set("success", (outcomes.get("success") ?? 0) + 1);
      return;
    }
    // Built only on failure: the input may hold 100k-character strings.
    const where = () => `${action} as ${who} with ${describeValue(input)}`;
    if (!isDomainError(error)) {
      assert.fail(`${where()}: threw ${error instanceof Error ? error.stack : String(error)}`);
    }
    ensure(isErrorCode(error.key), () => `${where()}: ${error.key} is not in ERROR_CATALOG`);
    const entry: CatalogEntry = ERROR_CATALOG[error.key];
    ensure(error.code === (entry.code ?? error.key), where);
    ensure(error.httpStatus < 500, () => `${where()}: refused with ${error.key}, HTTP ${error.httpStatus}`);
    outcomes.set(error.code, (outcomes.get(error.code) ?? 0) + 1);

    const expectedAudits = op.kind === "write" ? 1 : 0;
    ensure(audits() === auditsBefore + expectedAudits, () => `${where()}: audit events`);
    if (expectedAudits) {
      const audit = lastAudit.get() as { action: string; result: string } | undefined;
      ensure(
        audit?.action === op.action && audit.result === error.code,
        () => `${where()}: audit ${JSON.stringify(audit)}`,
      );
    }
    // Nothing but that audit row was written: no need to compare the tables. Otherwise something was
    // written and rolled back (or not): compare every table with the baseline.
    if (changes() !== changesBefore + expectedAudits) {
      const now = state();
      const changed = TABLES.filter((_t, i) => now[i] !== BASELINE[i]);
      ensure(
        changed.length === 0,
        () => `${where()}: refused with ${error.key} but changed ${changed.join(", ")}`,
      );
    }
  });
  assert.equal(({} as Record<string, unknown>).polluted, undefined, "Object.prototype was polluted");
}

after(() => {
  const sorted = [...outcomes.entries()].sort((a, b) => b[1] - a[1]);
  console.log(
    `operation fuzz: ${calls} calls over ${ACTIONS.length} operations in ${Date.now() - startedAt} ms (seed ${SEED}); ` +
      `${sorted.map(([k, v]) => `${k} ${v}`).join(", ")}`,
  );
});

describe("operation inputs, fuzzed from the zod schemas", () => {
  ACTIONS.forEach((action, index) => {
    test(`${action} (${RUNS} calls, seed ${SEED + index})`, async () => {
      const op = MATRIX_OPERATIONS[action] as unknown as Operation<unknown, unknown>;
      await fc.assert(
        fc.asyncProperty(callerArb, inputOf(op), (who, input) => check(action, who, input)),
        { seed: SEED + index, numRuns: RUNS, includeErrorInReport: true },
      );
    });
  });

  test("the database is as it was", () => {
    assert.deepEqual(state(), BASELINE);
  });
});
