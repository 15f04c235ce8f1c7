// The authorization matrix, generated from OPERATIONS (plus the console's AccessKey
// operations, ACCOUNT_OPERATIONS): every operation x caller x resource, with the expected outcomes in
// authorization-matrix.cases.ts, through
//   (a) the operation layer (runOperation),
//   (b) the console's server actions, all in lib/console/actions: each must be a one-line
//       runConsoleAction(<operation>, input) typed by that operation's input, so (a) covers them; their
//       anonymous branch is read from runConsoleAction and the console context themselves,
//   (c) the HTTP API (handleRpc) with each caller's AccessKey; anonymous is an unsigned request.
// Every cell runs inside a transaction that is rolled back, after checking that a refused cell changed
// nothing (every table but the audit trail, and for the API the nonces and the key's last use).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { DEMO_ACCOUNTS } from "../../db/seed";
import { ERROR_CATALOG, type ErrorCode, isDomainError, isErrorCode, wireCode } from "../domain/errors";
import { ADAPTERS } from "./api/adapters";
import { API_VERSION, handleRpc } from "./api/handler";
import type { RpcRequest } from "./api/request";
import { acs3Request, bodyOf, rpcV1Request } from "./api/test-requests";
import type { Field } from "./api/wire-input";
import {
  type Action,
  API_ANONYMOUS,
  API_CONSOLE_ONLY,
  buildMatrixDb,
  CALLERS,
  type CallerRole,
  CELL_NOW,
  CONSOLE_ANONYMOUS,
  CONSOLE_ONLY,
  type Cells,
  MATRIX,
  MATRIX_OPERATIONS,
  type Outcome,
  RESOURCES,
  type ResourceDef,
  type ResourceName,
  type Resolved,
  type Row,
} from "./authorization-matrix.cases";
import { OPERATIONS } from "./operations";
import type { OperationContext } from "./operations/context";
import { type Operation, runOperation } from "./operations/operation";

const ROOT = process.cwd();
const m = await buildMatrixDb();
const db = m.db;

const ACTIONS = Object.keys(MATRIX_OPERATIONS) as Action[];
const rowsOf = (action: Action): readonly Row[] =>
  (MATRIX as Partial<Record<Action, readonly Row[]>>)[action] ?? [];
const resourcesOf = (row: Row): ResourceName[] =>
  (Object.keys(RESOURCES) as ResourceName[]).filter((name) =>
    row.kinds.includes((RESOURCES[name] as ResourceDef).kind),
  );
const def = (name: ResourceName): ResourceDef => RESOURCES[name];
const opOf = (action: Action) => MATRIX_OPERATIONS[action] as unknown as Operation<unknown, unknown>;

/** The demo account acting as `role` on a resource; null for anonymous. */
function accountOf(role: CallerRole, name: ResourceName): keyof typeof DEMO_ACCOUNTS | null {
  if (role === "anonymous") return null;
  if (role === "ram") return "acmeRam";
  return def(name).parties[role];
}

// ---- Database state --------------------------------------------------------------------------------

const tables = (
  db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as Array<{ name: string }>
)
  .map((t) => t.name)
  .filter((name) => !name.startsWith("__drizzle"));

/**
 * Every table as text. The audit trail records refusals on purpose; over the API a verified signature
 * spends its nonce, stamps its key's last use and counts in its key's rate window. Those are left out;
 * everything else must not move.
 */
const BOOKKEEPING = new Set(["audit_events", "signature_nonces", "api_request_windows"]);
const snapshots = tables
  .filter((table) => !BOOKKEEPING.has(table))
  .map(
    (table) =>
      [
        table,
        db.$client.prepare(
          table === "access_keys"
            ? "select id, account_uid, secret_ciphertext, status, created_at from access_keys order by rowid"
            : `select * from ${table} order by rowid`,
        ),
      ] as const,
  );

function state(): Record<string, string> {
  return Object.fromEntries(snapshots.map(([table, select]) => [table, JSON.stringify(select.all())]));
}

const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys(before).filter((t) => before[t] !== after[t]);

const auditCount = () =>
  (db.$client.prepare("select count(*) as n from audit_events").get() as { n: number }).n;
const lastAudit = () =>
  db.$client.prepare("select action, result, via from audit_events order by id desc limit 1").get() as
    | { action: string; result: string; via: string }
    | undefined;

/** Runs fn in a transaction that is always rolled back: every cell starts from the same database. */
async function inCell<T>(fn: () => Promise<T>): Promise<T> {
  db.$client.exec("BEGIN");
  try {
    return await fn();
  } finally {
    if (db.$client.inTransaction) db.$client.exec("ROLLBACK");
  }
}

// ---- Reading an answer --------------------------------------------------------------------------------

/** IDs a read lists as its items (operation DTOs). */
function listedByOperation(output: unknown): string[] {
  const o = output as Record<string, unknown>;
  const items = (Array.isArray(output) ? output : [o.items, o.applications, o.regions].find(Array.isArray)) as
    | Array<Record<string, unknown>>
    | undefined;
  assert.ok(items, "a read answers a list");
  return items.map((i) => String(i.id ?? i.orderId ?? i.applicationId ?? i.regionId ?? i.accessKeyId));
}

/** IDs a read lists as its records (API bodies). */
function listedByApi(body: Record<string, unknown>): string[] {
  const ids: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item && typeof item === "object") {
          const r = item as Record<string, unknown>;
          const id = r.VbrId ?? r.PhysicalConnectionId ?? r.RegionId ?? r.ResourceId ?? r.AttachedRegionNo;
          if (id !== undefined) ids.push(String(id));
        }
      }
    } else if (value && typeof value === "object") {
      for (const v of Object.values(value)) visit(v);
    }
  };
  visit(body);
  return ids;
}

function readOutcome(listed: string[], answer: unknown, id: string): Outcome {
  if (listed.includes(id)) return "ok";
  return JSON.stringify(answer).includes(id) ? "unlisted" : "empty";
}

// ---- Tally -----------------------------------------------------------------------------------------

type Layer = "operation" | "console" | "api";
const tally: Record<Layer, Map<string, number>> = {
  operation: new Map(),
  console: new Map(),
  api: new Map(),
};
const count = (layer: Layer, outcome: string) =>
  tally[layer].set(outcome, (tally[layer].get(outcome) ?? 0) + 1);
const cellCount = (layer: Layer) => [...tally[layer].values()].reduce((a, b) => a + b, 0);

after(() => {
  const rows = ACTIONS.flatMap(rowsOf);
  const resourceCells = rows.reduce((n, row) => n + resourcesOf(row).length, 0);
  console.log(
    `authorization matrix: ${ACTIONS.length} operations, ${rows.length} rows, ${Object.keys(RESOURCES).length} resources, ` +
      `${resourceCells} operation x resource pairs x ${CALLERS.length} callers = ${resourceCells * CALLERS.length} cells per layer`,
  );
  for (const layer of ["operation", "console", "api"] as const) {
    const entries = [...tally[layer].entries()].sort((a, b) => b[1] - a[1]);
    const refused = entries.filter(([k]) => !["ok", "empty", "unlisted"].includes(k));
    const summary = ["ok", "empty", "unlisted"].map((k) => `${k} ${tally[layer].get(k) ?? 0}`);
    console.log(
      `  ${layer}: ${cellCount(layer)} cells: ${summary.join(", ")}, refused ${refused.reduce((n, [, v]) => n + v, 0)} ` +
        `(${refused.map(([k, v]) => `${k} ${v}`).join(", ")})`,
    );
  }
});

// ---- The data is complete and sound ------------------------------------------------------------------

describe("the matrix data", () => {
  test("every operation in OPERATIONS has rows, and no row names an unknown operation", () => {
    for (const action of Object.keys(OPERATIONS)) assert.ok(ACTIONS.includes(action as Action), action);
    const missing = ACTIONS.filter((action) => rowsOf(action).length === 0);
    assert.deepEqual(missing, [], `operations without authorization matrix rows: ${missing.join(", ")}`);
    const unknown = Object.keys(MATRIX).filter((action) => !Object.hasOwn(MATRIX_OPERATIONS, action));
    assert.deepEqual(unknown, [], "matrix rows for operations that do not exist");
  });

  test("every row gives an outcome for every resource of its kinds, and only those", () => {
    for (const action of ACTIONS) {
      for (const row of rowsOf(action)) {
        const wanted = resourcesOf(row).sort();
        assert.ok(
          wanted.length > 0,
          `${action} / ${row.label}: no resources of kinds ${row.kinds.join(", ")}`,
        );
        assert.deepEqual(Object.keys(row.expect).sort(), wanted, `${action} / ${row.label}`);
        for (const cells of Object.values(row.expect) as Cells[]) {
          assert.equal(cells.length, CALLERS.length);
          for (const outcome of cells) {
            assert.ok(
              ["ok", "empty", "unlisted"].includes(outcome) || isErrorCode(outcome),
              `${action} / ${row.label}: ${outcome} is neither an outcome nor a catalog key`,
            );
          }
        }
      }
    }
  });

  test("each operation is registered under its own action name", () => {
    for (const action of ACTIONS) assert.equal(opOf(action).action, action);
  });

  test("every row succeeds for its owner somewhere, so its refusals are not a broken input", () => {
    const owners = {
      tenant: ["tenant"],
      partner: ["partner"],
      both: ["tenant", "partner"],
      everyone: ["tenant", "partner", "otherTenant", "otherPartner"],
    } as const;
    for (const action of ACTIONS) {
      for (const row of rowsOf(action)) {
        for (const role of owners[row.owner]) {
          const succeeds = (Object.values(row.expect) as Cells[]).some(
            (cells) => cells[CALLERS.indexOf(role)] === "ok",
          );
          assert.ok(succeeds, `${action} / ${row.label}: the ${role} (owner: ${row.owner}) never succeeds`);
        }
      }
    }
  });

  test("no foreign caller is ever expected to succeed on someone's resource", () => {
    const foreign: CallerRole[] = ["otherTenant", "otherPartner", "ram", "anonymous"];
    for (const action of ACTIONS) {
      for (const row of rowsOf(action)) {
        for (const [name, cells] of Object.entries(row.expect) as Array<[ResourceName, Cells]>) {
          if (def(name).scope) continue;
          for (const role of foreign) {
            const outcome = cells[CALLERS.indexOf(role)];
            assert.ok(outcome !== "ok", `${action} / ${row.label} / ${name}: ${role} expected to succeed`);
          }
          assert.equal(cells[CALLERS.indexOf("ram")], "Forbidden.RAM", `${action} / ${name}: RAM user`);
          assert.equal(cells[CALLERS.indexOf("anonymous")], "Forbidden", `${action} / ${name}: anonymous`);
        }
      }
    }
  });

  test("a foreign caller learns nothing: its answer on a real resource is its answer on a missing one", () => {
    const same = (o: Outcome) => (o === "unlisted" ? "empty" : o);
    for (const action of ACTIONS) {
      for (const row of rowsOf(action)) {
        const ghost = resourcesOf(row).find((name) => def(name).ghost);
        if (!ghost) continue;
        for (const [name, cells] of Object.entries(row.expect) as Array<[ResourceName, Cells]>) {
          for (const role of ["otherTenant", "otherPartner"] as const) {
            const i = CALLERS.indexOf(role);
            const ghostCells = row.expect[ghost] as Cells;
            assert.equal(
              same(cells[i] as Outcome),
              same(ghostCells[i] as Outcome),
              `${action} / ${row.label}: ${role} on ${name} vs on a missing resource`,
            );
          }
        }
      }
    }
  });
});

// ---- (a) The operation layer ---------------------------------------------------------------------------

function operationContext(role: CallerRole, name: ResourceName): OperationContext {
  const who = accountOf(role, name);
  // Anonymous: an account nobody has; runConsoleAction and the API never get this far without one.
  const accountUid = who === null ? "" : DEMO_ACCOUNTS[who].uid;
  return { db, caller: { accountUid, via: "console" }, requestId: `matrix-${role}-${name}`, now: CELL_NOW };
}

type Mismatch = string;

async function runOperationCell(
  action: Action,
  row: Row,
  name: ResourceName,
  role: CallerRole,
  expected: Outcome,
) {
  const op = opOf(action);
  const resolved: Resolved = m.resources[name];
  const input = row.input(resolved);
  return inCell(async (): Promise<Mismatch[]> => {
    const before = state();
    const audits = auditCount();
    let observed: Outcome;
    let refusalCode: string | undefined;
    try {
      const output = await runOperation(op, operationContext(role, name), input);
      observed = op.kind === "read" ? readOutcome(listedByOperation(output), output, resolved.id) : "ok";
    } catch (error) {
      if (!isDomainError(error)) throw error;
      observed = error.key;
      refusalCode = error.code;
    }
    count("operation", observed);
    const where = `${action} / ${row.label} / ${name} / ${role}`;
    const problems: Mismatch[] = [];
    if (observed !== expected) problems.push(`${where}: expected ${expected}, got ${observed}`);
    const after = state();
    if (observed !== "ok" || op.kind === "read") {
      const changed = changedTables(before, after);
      if (changed.length > 0) problems.push(`${where}: ${observed} changed ${changed.join(", ")}`);
    }
    if (op.kind === "write") {
      const audit = lastAudit();
      const result = refusalCode ?? "Success";
      if (auditCount() !== audits + 1 || audit?.action !== action || audit.result !== result) {
        problems.push(`${where}: expected one audit event ${action} ${result}, got ${JSON.stringify(audit)}`);
      }
    } else if (auditCount() !== audits) {
      problems.push(`${where}: a read wrote to the audit trail`);
    }
    return problems;
  });
}

describe("(a) operation layer", () => {
  for (const action of ACTIONS) {
    test(action, async () => {
      const problems: Mismatch[] = [];
      for (const row of rowsOf(action)) {
        for (const name of resourcesOf(row)) {
          const cells = row.expect[name] as Cells;
          for (const [i, role] of CALLERS.entries()) {
            problems.push(...(await runOperationCell(action, row, name, role, cells[i] as Outcome)));
          }
        }
      }
      assert.deepEqual(problems, [], problems.join("\n"));
    });
  }
});

// ---- (b) The console's server actions ------------------------------------------------------------------

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const isServerActionFile = (file: string) =>
  /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(fs.readFileSync(file, "utf8"));

/** Where the console's server actions live: beside nothing that renders, typed by their operations. */
const ACTIONS_DIR = "lib/console/actions";

/** "use server" files that run no operation, with the reason. */
const NOT_OPERATION_ACTIONS: Record<string, string> = {
  "app/login/actions.ts": "log on: signs a session in, before there is a caller to authorize",
  "lib/console/actions/session.ts":
    "language cookie and log out: the session itself, no resource to authorize",
  "lib/console/actions/invite.ts":
    "an invitation's one-time link sets a password: there is no caller yet, the link's token authorizes it",
  "lib/console/actions/operator.ts":
    "the operator's actions run operator operations (lib/server/operator/operation.ts checks the operator; lib/server/operator/operator.test.ts)",
};

type ServerAction = { file: string; name: string; action: Action };

async function parseServerActions(file: string): Promise<ServerAction[]> {
  const source = fs.readFileSync(file, "utf8");
  const relative = path.relative(ROOT, file);
  const imports = new Map<string, string>();
  for (const match of source.matchAll(/import\s*(?:type\s+)?\{([^}]*)\}\s*from\s*"([^"]+)";/g)) {
    for (const name of (match[1] ?? "").split(",").map((s) => s.trim().replace(/^type\s+/, ""))) {
      if (name) imports.set(name, match[2] ?? "");
    }
  }
  assert.equal(
    imports.get("runConsoleAction"),
    "@/lib/server/console-action",
    `${relative}: runConsoleAction`,
  );

  const exportsCount = [...source.matchAll(/^export\s/gm)].length;
  assert.equal(
    imports.get("OperationInput"),
    "@/lib/server/operations/operation",
    `${relative}: OperationInput`,
  );
  // runConsoleActionWithPassword confirms the password typed with the input, then runs runConsoleAction.
  const oneLiners = [
    ...source.matchAll(
      /^export async function (\w+)\(\s*(\w+): (?:WithPassword<)?OperationInput<typeof (\w+)>>?,?\s*\) \{\n\s*return runConsoleAction(?:WithPassword)?\(\3, \2\);\n\}$/gm,
    ),
  ];
  assert.equal(
    oneLiners.length,
    exportsCount,
    `${relative}: every export must be \`export async function x(input: OperationInput<typeof op>) { return runConsoleAction(op, input); }\` (or runConsoleActionWithPassword)`,
  );
  const actions: ServerAction[] = [];
  for (const [, name, , opName] of oneLiners) {
    assert.ok(name && opName);
    const from = imports.get(opName);
    if (!from?.startsWith("@/")) assert.fail(`${relative}: ${name} runs ${opName}, imported from ${from}`);
    const base = path.join(ROOT, from.slice(2));
    const moduleFile = [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
    assert.ok(moduleFile, `${relative}: cannot find ${from}`);
    const mod = (await import(pathToFileURL(moduleFile).href)) as Record<string, unknown>;
    const action = ACTIONS.find((a) => MATRIX_OPERATIONS[a] === mod[opName]);
    assert.ok(
      action,
      `${relative}: ${name} runs ${opName}, which is neither in OPERATIONS nor in ACCOUNT_OPERATIONS (authorization-matrix.cases.ts)`,
    );
    actions.push({ file: relative, name, action });
  }
  return actions;
}

describe("(b) server actions", () => {
  test("every exported server action is runConsoleAction(<an operation in OPERATIONS>, input)", async () => {
    const files = ["app", "components", "lib"]
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .filter(isServerActionFile);
    const relative = files.map((f) => path.relative(ROOT, f)).sort();
    for (const expected of ["orders", "privileges", "shared-ports", "vbrs", "access-keys"]) {
      const file = `${ACTIONS_DIR}/${expected}.ts`;
      assert.ok(relative.includes(file), `${file} is no longer a server action file`);
    }
    const astray = relative.filter(
      (file) => !file.startsWith(`${ACTIONS_DIR}/`) && !Object.hasOwn(NOT_OPERATION_ACTIONS, file),
    );
    assert.deepEqual(astray, [], `server actions belong in ${ACTIONS_DIR}`);
    const actions: ServerAction[] = [];
    const operationFiles = files.filter(
      (file) => !Object.hasOwn(NOT_OPERATION_ACTIONS, path.relative(ROOT, file)),
    );
    for (const file of operationFiles) actions.push(...(await parseServerActions(file)));
    assert.ok(actions.length >= 20, `found only ${actions.length} server actions`);
    // Each of these runs exactly the operation the matrix covers in (a), with the console's caller.
    const exposed = [...new Set(actions.map((a) => a.action))].sort();
    for (const action of exposed) {
      assert.ok(rowsOf(action).length > 0, action);
      for (const row of rowsOf(action)) {
        for (const name of resourcesOf(row)) {
          (row.expect[name] as Cells).forEach((outcome, i) => {
            count("console", CALLERS[i] === "anonymous" ? CONSOLE_ANONYMOUS : outcome);
          });
        }
      }
    }
    console.log(
      `server actions: ${actions.length} in ${operationFiles.length} files, running ${exposed.length} operations`,
    );
  });

  test("an anonymous server action is refused before any operation runs", async () => {
    const source = fs.readFileSync(path.join(ROOT, "lib/server/console-action.ts"), "utf8");
    const body = source.slice(source.indexOf("export async function runConsoleAction"));
    const guard = body.search(
      /const ctx = await consoleContext\(\);\s*if \(!ctx\) return refusal\("Unauthenticated", /,
    );
    const run = body.indexOf("await runOperation(op, ctx, input)");
    assert.ok(guard > 0, "runConsoleAction refuses a missing context with Unauthenticated");
    assert.ok(run > guard, "runConsoleAction runs the operation, in the session's context, after that");
    assert.equal(body.match(/runOperation\(/g)?.length, 1, "and runs nothing else");

    const context = fs.readFileSync(path.join(ROOT, "lib/server/console-context.ts"), "utf8");
    assert.match(
      context,
      /const caller = await getConsoleCaller\(\);\s*if \(!caller\) return null;\s*return \{ db: await getDatabase\(\), caller, /,
      "the console context is null without a caller, and carries the session's caller otherwise",
    );

    const session = fs.readFileSync(path.join(ROOT, "lib/server/auth/session.ts"), "utf8");
    assert.match(
      session,
      /if \(!session\?\.user\?\.accountUid \|\| !session\.user\.id\) return null;/,
      "getConsoleCaller is null without a signed-in user",
    );
  });
});

// ---- (c) The HTTP API ------------------------------------------------------------------------------------

/** An operation input as the API's wire parameters, through the adapter's own field list. */
function toWire(fields: readonly Field[], input: Record<string, unknown>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    const field = fields.find((f) => f.key === key);
    assert.ok(field, `the API has no parameter for ${key}`);
    if (field.type === "list") {
      (value as unknown[]).forEach((v, i) => {
        params[`${field.wire}.${i + 1}`] = String(v);
      });
    } else if (field.type === "tags") {
      (value as Array<{ key: string; value?: string }>).forEach((tag, i) => {
        params[`${field.wire}.${i + 1}.Key`] = tag.key;
        if (tag.value !== undefined) params[`${field.wire}.${i + 1}.Value`] = tag.value;
      });
    } else if (field.type === "filters") {
      Object.entries(value as Record<string, unknown[]>).forEach(([filterKey, values], i) => {
        const wireKey = Object.entries(field.keys).find(([, k]) => k === filterKey)?.[0];
        assert.ok(wireKey, `no Filter key for ${filterKey}`);
        params[`${field.wire}.${i + 1}.Key`] = wireKey;
        values.forEach((v, j) => {
          params[`${field.wire}.${i + 1}.Value.${j + 1}`] = String(v);
        });
      });
    } else {
      params[field.wire] = String(value);
    }
  }
  return params;
}

const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);
let signed = 0;

function apiRequest(
  action: Action,
  params: Record<string, string>,
  role: CallerRole,
  name: ResourceName,
): RpcRequest {
  const who = accountOf(role, name);
  if (who === null) {
    const query = new URLSearchParams({ Action: action, Version: API_VERSION, Format: "JSON", ...params });
    return {
      method: "POST",
      url: `/?${query}`,
      headers: { host: "127.0.0.1:3000", "x-acs-action": action, "x-acs-version": API_VERSION },
      body: Buffer.alloc(0),
    };
  }
  const key = m.keys[who];
  const sign = signed++ % 2 === 0 ? acs3Request : rpcV1Request;
  return sign({ action, params, key, date: CELL_NOW });
}

async function runApiCell(
  action: Action,
  row: Row,
  name: ResourceName,
  role: CallerRole,
  opExpected: Outcome,
) {
  const adapter = ADAPTERS.get(action);
  const resolved = m.resources[name];
  const input = row.input(resolved);
  const params = adapter
    ? toWire(adapter.fields, input)
    : Object.fromEntries(Object.entries(input).map(([k, v]) => [pascal(k), String(v)]));
  const expected: Outcome = !adapter ? API_CONSOLE_ONLY : role === "anonymous" ? API_ANONYMOUS : opExpected;
  return inCell(async (): Promise<Mismatch[]> => {
    const before = state();
    const answer = await handleRpc(apiRequest(action, params, role, name), db, CELL_NOW);
    const body = bodyOf(answer);
    const where = `API ${action} / ${row.label} / ${name} / ${role}`;
    const problems: Mismatch[] = [];
    let observed: string;
    if (answer.status === 200) {
      observed = opOf(action).kind === "read" ? readOutcome(listedByApi(body), body, resolved.id) : "ok";
    } else {
      observed = String(body.Code);
      assert.deepEqual(Object.keys(body), ["RequestId", "HostId", "Code", "Message", "Recommend"], where);
    }
    const expectedWire = ["ok", "empty", "unlisted"].includes(expected)
      ? expected
      : wireCode(expected as ErrorCode);
    count("api", expectedWire === observed ? expected : observed);
    if (observed !== expectedWire)
      problems.push(`${where}: expected ${expectedWire}, got ${observed} ${body.Message ?? ""}`);
    if (isErrorCode(expected) && answer.status !== ERROR_CATALOG[expected].httpStatus) {
      problems.push(`${where}: ${expected} answered HTTP ${answer.status}`);
    }
    if (answer.status !== 200 || opOf(action).kind === "read") {
      const changed = changedTables(before, state());
      if (changed.length > 0) problems.push(`${where}: ${observed} changed ${changed.join(", ")}`);
    }
    return problems;
  });
}

describe("(c) HTTP API", () => {
  test("the API offers every operation except the console-only ones", () => {
    const api = [...ADAPTERS.keys()].sort();
    const expected = ACTIONS.filter((a) => !CONSOLE_ONLY.includes(a)).sort();
    assert.deepEqual(api, expected);
  });

  for (const action of ACTIONS) {
    test(action, async () => {
      const problems: Mismatch[] = [];
      for (const row of rowsOf(action)) {
        for (const name of resourcesOf(row)) {
          const cells = row.expect[name] as Cells;
          for (const [i, role] of CALLERS.entries()) {
            problems.push(...(await runApiCell(action, row, name, role, cells[i] as Outcome)));
          }
        }
      }
      assert.deepEqual(problems, [], problems.join("\n"));
    });
  }
});
