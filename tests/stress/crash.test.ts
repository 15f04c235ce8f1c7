// Crash safety: a load of mixed writes through the API, the server SIGKILLed mid-way and restarted on
// the same database file. Every acknowledged write must be there, no refused one, the file must be sound,
// and the idempotency token of an interrupted request must replay correctly. Run with
// `npm run test:stress` after `npm run build`.
import assert from "node:assert/strict";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { after, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS } from "../../db/seed";
import {
  type ApiKey,
  type ApiOutcome,
  call,
  checkDatabaseFile,
  codeOf,
  globalInvariantViolations,
  isSuccess,
  openReadOnly,
  prepareDatabase,
  processGroupMembers,
  requireBuild,
  type Server,
  seconds,
  sqliteQuery,
  send,
  signAcs3,
  startServer,
  tally,
  tempDir,
} from "./harness";

const HZ = "cn-hangzhou";
const WORKERS = 8;
/** Port scripts (create, edit, confirm, pay); the kill comes long before the last one. */
const SCRIPTS = 300;
/** Answers received before the kill: about the middle of the load. */
const KILL_AFTER_ANSWERS = 400;

type Kind = "create" | "edit" | "confirm" | "pay";

type Attempt = {
  script: number;
  kind: Kind;
  key: ApiKey;
  action: string;
  params: Record<string, string>;
  /** The Token / ClientToken sent. */
  token: string;
  /** The refusal this request was built to get, if any. */
  expectRefusal?: string;
  outcome?: ApiOutcome;
};

type Class = "acknowledged" | "refused" | "in flight" | "not delivered";

function classify(attempt: Attempt): Class {
  const outcome = attempt.outcome;
  if (!outcome) return "in flight";
  if (outcome.kind === "no-answer") return outcome.code === "ECONNREFUSED" ? "not delivered" : "in flight";
  if (outcome.status === 200 && outcome.body !== null) return "acknowledged";
  return "refused";
}

const servers: Server[] = [];
let dir = "";
after(async () => {
  for (const server of servers) await server.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("SIGKILL mid-load: acknowledged writes survive, refused ones never appear, tokens replay", async () => {
  requireBuild();
  dir = tempDir("crash");
  const dbFile = path.join(dir, "crash.db");
  const keys = await prepareDatabase(dbFile);
  const keyOf = (uid: string): ApiKey => {
    const key = keys.get(uid);
    assert.ok(key, `demo AccessKey of ${uid}`);
    return key;
  };
  const unicom = keyOf(DEMO_ACCOUNTS.unicom.uid);
  const run = Date.now().toString(36);

  const first = await startServer(dbFile);
  servers.push(first);
  const warm = await call(first.port, unicom, "DescribeRegions", {});
  assert.ok(isSuccess(warm), `warm-up: ${JSON.stringify(warm)}\n${first.output()}`);

  // Script s: the partner offers a 50M port (VLAN 1000+s) to Acme or Globex and moves it to VLAN 2000+s;
  // the tenant accepts it and (three ports in four) pays. Every request carries its own Token or
  // ClientToken; some scripts carry a request built to be refused. A script stops at its first refusal.
  const circuitOf = (s: number) => (s % 2 === 0 ? DEMO_CIRCUITS.unicomHz01 : DEMO_CIRCUITS.unicomHz02);
  const takenVlanOf = (s: number) => (s % 2 === 0 ? 101 : 201); // the demo ports' VLANs
  const tenantOf = (s: number) => keyOf(s % 3 === 0 ? DEMO_ACCOUNTS.globex.uid : DEMO_ACCOUNTS.acme.uid);
  const createAttempt = (s: number, vlan: number): Attempt => ({
    script: s,
    kind: "create",
    key: unicom,
    action: "CreateVirtualPhysicalConnection",
    token: `crash-${run}-create-${s}`,
    params: {
      RegionId: HZ,
      PhysicalConnectionId: circuitOf(s),
      VpconnAliUid: tenantOf(s).accountUid,
      VlanId: String(vlan),
      Spec: "50M",
      OrderMode: "PayByVirtualPhysicalConnectionOwner",
      Name: `crash-${s}`,
      Token: `crash-${run}-create-${s}`,
    },
  });
  function plan(s: number, portId: () => string): (() => Attempt)[] {
    if (s % 5 === 4) {
      const refused = createAttempt(s, takenVlanOf(s));
      return [() => ({ ...refused, expectRefusal: "InvalidVlanId.Used" })];
    }
    const edit = (): Attempt => {
      const vlan = s % 7 === 3 ? takenVlanOf(s) : 2000 + s;
      const token = `crash-${run}-edit-${s}`;
      return {
        script: s,
        kind: "edit",
        key: unicom,
        action: "UpdateVirtualPhysicalConnection",
        token,
        params: { RegionId: HZ, InstanceId: portId(), VlanId: String(vlan), Token: token },
        ...(s % 7 === 3 ? { expectRefusal: "InvalidVlanId.Used" } : {}),
      };
    };
    const confirm = (): Attempt => {
      const token = `crash-${run}-confirm-${s}`;
      const byPartner = s % 11 === 5;
      return {
        script: s,
        kind: "confirm",
        key: byPartner ? unicom : tenantOf(s),
        action: "ConfirmPhysicalConnection",
        token,
        params: { RegionId: HZ, PhysicalConnectionId: portId(), ClientToken: token },
        ...(byPartner ? { expectRefusal: "Forbidden.OperationNotAllowedByUser" } : {}),
      };
    };
    const pay = (): Attempt => {
      const token = `crash-${run}-pay-${s}`;
      const byPartner = s % 13 === 6;
      return {
        script: s,
        kind: "pay",
        key: byPartner ? unicom : tenantOf(s),
        action: "CreatePhysicalConnectionOccupancyOrder",
        token,
        params: {
          RegionId: HZ,
          PhysicalConnectionId: portId(),
          PricingCycle: "Month",
          Period: "1",
          AutoPay: "true",
          ClientToken: token,
        },
        ...(byPartner ? { expectRefusal: "Forbidden.OperationNotAllowedByUser" } : {}),
      };
    };
    // Every fourth port stays unpaid.
    return s % 4 === 1
      ? [() => createAttempt(s, 1000 + s), edit, confirm]
      : [() => createAttempt(s, 1000 + s), edit, confirm, pay];
  }

  const attempts: Attempt[] = [];
  const portIds = new Map<number, string>();
  let answers = 0;
  let killed = false;
  let nextScript = 0;
  let reachedKillPoint: () => void = () => {};
  const killPoint = new Promise<void>((resolve) => {
    reachedKillPoint = resolve;
  });

  async function worker(): Promise<void> {
    while (!killed && nextScript < SCRIPTS) {
      const s = nextScript;
      nextScript += 1;
      for (const step of plan(s, () => portIds.get(s) ?? "")) {
        if (killed) return;
        const attempt = step();
        attempts.push(attempt);
        attempt.outcome = await send(
          first.port,
          signAcs3(first.port, attempt.key, attempt.action, attempt.params),
        );
        if (attempt.outcome.kind === "answer") {
          answers += 1;
          if (answers >= KILL_AFTER_ANSWERS) reachedKillPoint();
        }
        if (!isSuccess(attempt.outcome)) break;
        if (attempt.kind === "create") portIds.set(s, String(attempt.outcome.body.VirtualPhysicalConnection));
      }
    }
  }

  const loadStarted = Date.now();
  const workers = Array.from({ length: WORKERS }, () => worker());
  await Promise.race([killPoint, Promise.all(workers)]);
  assert.ok(answers >= KILL_AFTER_ANSWERS, `the load reached the kill point (${answers} answers)`);

  // Two interrupted creates whose fate is known, beside whatever the workers have in flight:
  // "committed" reaches the database but its answer is never read; "cut off" never finishes sending.
  const committed = { ...createAttempt(SCRIPTS, 1000 + SCRIPTS), script: SCRIPTS };
  const cutOff = { ...createAttempt(SCRIPTS + 1, 1000 + SCRIPTS + 1), script: SCRIPTS + 1 };
  const db = openReadOnly(dbFile);
  const tokenRow = db.prepare(
    "select response from idempotency_tokens where account_uid = ? and action = ? and token = ?",
  );
  const committedSocket = await rawRequest(
    first.port,
    signAcs3(first.port, committed.key, committed.action, committed.params),
  );
  const deadline = Date.now() + 15_000;
  while (!tokenRow.get(unicom.accountUid, committed.action, committed.token)) {
    assert.ok(Date.now() < deadline, `the unanswered create committed within 15 s\n${first.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const cutOffSocket = await rawRequest(
    first.port,
    signAcs3(first.port, cutOff.key, cutOff.action, cutOff.params),
    { cutOff: true },
  );

  killed = true;
  const killedAt = Date.now();
  await first.kill();
  const killMs = Date.now() - killedAt;
  assert.deepEqual(processGroupMembers(first.pid), [], "no process of the killed server is left");
  assert.equal(await accepts(first.port), false, "nothing listens on the killed server's port");
  await Promise.all(workers);
  committedSocket.destroy();
  cutOffSocket.destroy();
  const loadMs = killedAt - loadStarted;

  // The files as the crash left them, checked on a copy before any server opens them again.
  const copy = path.join(dir, "copy");
  fs.mkdirSync(copy);
  for (const suffix of ["", "-wal"]) {
    if (fs.existsSync(dbFile + suffix))
      fs.copyFileSync(dbFile + suffix, path.join(copy, `crash.db${suffix}`));
  }
  const onDisk = checkDatabaseFile(path.join(copy, "crash.db"));
  assert.equal(onDisk.integrity, "ok", "integrity_check of the files the crash left");
  assert.deepEqual(onDisk.foreignKeyViolations, []);

  const restartStarted = Date.now();
  const second = await startServer(dbFile);
  servers.push(second);
  const restartMs = Date.now() - restartStarted;

  // What the database holds for each attempt, decided by its token: a write commits its token with it.
  const classes = tally(attempts.map(classify));
  const inFlight = attempts.filter((a) => classify(a) === "in flight");
  inFlight.push(committed, cutOff);
  const tokenOf = (a: Attempt) =>
    tokenRow.get(a.key.accountUid, a.action, a.token) as { response: string } | undefined;
  const portRow = db.prepare(
    `select hc.id, hc.name, hc.status, hc.vpconn_status as vpconnStatus, hc.paid, va.vlan_id as vlan
     from hosted_connections hc left join vlan_allocations va on va.id = hc.vlan_allocation_id where hc.name = ?`,
  );
  type PortRow = {
    id: string;
    name: string;
    status: string;
    vpconnStatus: string;
    paid: number;
    vlan: number | null;
  };
  const portsNamed = (s: number) => portRow.all(`crash-${s}`) as PortRow[];
  const paidOrdersOf = db.prepare("select id from orders where hosted_connection_id = ? and status = 'paid'");

  const createdIn = new Set<number>();
  const editedIn = new Set<number>();
  const confirmedIn = new Set<number>();
  const paidIn = new Set<number>();
  let inFlightCommitted = 0;
  for (const attempt of [...attempts, committed, cutOff]) {
    const cls = attempt === committed || attempt === cutOff ? "in flight" : classify(attempt);
    const token = tokenOf(attempt);
    const label = `${attempt.kind} of script ${attempt.script} (${cls}, ${codeOf(attempt.outcome ?? { kind: "no-answer", code: "none", message: "" }) || "ok"})`;
    if (cls === "acknowledged") {
      assert.ok(!attempt.expectRefusal, `${label}: built to be refused`);
      assert.ok(token, `${label}: its token is stored`);
      assert.equal(
        storedId(attempt.kind, token.response),
        answeredId(attempt.kind, attempt.outcome),
        `${label}: the stored answer is the one sent`,
      );
    } else if (cls === "refused" || cls === "not delivered") {
      assert.equal(token, undefined, `${label}: no token stored`);
      if (cls === "refused") {
        assert.ok(attempt.outcome?.kind === "answer" && attempt.outcome.status < 500, `${label}: not a 5xx`);
        assert.equal(
          codeOf(attempt.outcome as ApiOutcome),
          attempt.expectRefusal,
          `${label}: the planned refusal`,
        );
      }
    } else if (token) {
      inFlightCommitted += 1;
    }
    if (!token) continue;
    if (attempt.kind === "create") createdIn.add(attempt.script);
    if (attempt.kind === "edit") editedIn.add(attempt.script);
    if (attempt.kind === "confirm") confirmedIn.add(attempt.script);
    if (attempt.kind === "pay") paidIn.add(attempt.script);
  }
  assert.ok(tokenOf(committed), "the unanswered create committed");
  assert.equal(tokenOf(cutOff), undefined, "the cut-off create did not");

  // Every port of the load matches the committed tokens exactly: nothing lost, nothing extra.
  const tokenRows = db
    .prepare("select token from idempotency_tokens where token like ?")
    .all(`crash-${run}-%`) as { token: string }[];
  const attemptedTokens = new Set([...attempts, committed, cutOff].map((a) => a.token));
  for (const row of tokenRows) assert.ok(attemptedTokens.has(row.token), `token ${row.token} was sent`);
  const crashPorts = db.prepare("select name from hosted_connections where name like 'crash-%'").all() as {
    name: string;
  }[];
  assert.equal(crashPorts.length, createdIn.size, "one port per committed create, no other");
  for (let s = 0; s <= SCRIPTS + 1; s += 1) {
    const rows = portsNamed(s);
    if (!createdIn.has(s)) {
      assert.deepEqual(rows, [], `script ${s}: no port without a committed create`);
      continue;
    }
    assert.equal(rows.length, 1, `script ${s}: one port`);
    const row = rows[0] as PortRow;
    assert.equal(
      row.id,
      (
        JSON.parse((tokenOf(createAttempt(s, 0)) as { response: string }).response) as {
          virtualPhysicalConnection: string;
        }
      ).virtualPhysicalConnection,
    );
    assert.equal(row.vlan, editedIn.has(s) ? 2000 + s : 1000 + s, `script ${s}: VLAN as committed`);
    const payToken = tokenRow.get(
      tenantOf(s).accountUid,
      "CreatePhysicalConnectionOccupancyOrder",
      `crash-${run}-pay-${s}`,
    ) as { response: string } | undefined;
    const expected = paidIn.has(s)
      ? ["Enabled", "Confirmed", 1, [storedId("pay", payToken?.response ?? "{}")]]
      : confirmedIn.has(s)
        ? ["Confirmed", "Confirmed", 0, []]
        : ["Allocated", "UnConfirmed", 0, []];
    const paidOrders = (paidOrdersOf.all(row.id) as { id: string }[]).map((o) => o.id);
    assert.deepEqual(
      [row.status, row.vpconnStatus, row.paid, paidOrders],
      expected,
      `script ${s}: state and orders as committed`,
    );
  }
  const audit = db
    .prepare("select count(*) as n from audit_events where result = 'Success' and via = 'api'")
    .get() as { n: number };
  assert.equal(audit.n, tokenRows.length, "one Success audit event per committed write");

  // Replays after the restart: each interrupted request again, with its token and parameters.
  const replayOutcomes: string[] = [];
  for (const attempt of inFlight) {
    const before = tokenOf(attempt);
    const replay = await call(second.port, attempt.key, attempt.action, attempt.params);
    const label = `replay of the in-flight ${attempt.kind} of script ${attempt.script}`;
    assert.equal(replay.kind, "answer", `${label}: answered`);
    if (attempt.expectRefusal) {
      assert.equal(codeOf(replay), attempt.expectRefusal, `${label}: refused as planned`);
      assert.equal(tokenOf(attempt), undefined);
      replayOutcomes.push(`${attempt.kind}: refused again`);
      continue;
    }
    assert.ok(isSuccess(replay), `${label}: ${JSON.stringify(replay)}`);
    const after = tokenOf(attempt);
    assert.ok(after, `${label}: token stored`);
    if (before) assert.equal(after.response, before.response, `${label}: the first answer, unchanged`);
    const row = portsNamed(attempt.script)[0];
    if (attempt.kind === "create" || attempt.kind === "pay") {
      const id = answeredId(attempt.kind, replay);
      assert.equal(id, storedId(attempt.kind, after.response), `${label}: answers the stored result`);
      const again = await call(second.port, attempt.key, attempt.action, attempt.params);
      assert.equal(answeredId(attempt.kind, again), id, `${label}: replays the same once more`);
      if (attempt.kind === "create") {
        assert.deepEqual(
          portsNamed(attempt.script).map((r) => r.id),
          [id],
          `${label}: exactly one port for the token`,
        );
      } else {
        assert.deepEqual(
          (paidOrdersOf.all(row?.id) as { id: string }[]).map((o) => o.id),
          [id],
          `${label}: exactly one paid order for the token`,
        );
        assert.deepEqual([row?.status, row?.paid], ["Enabled", 1], `${label}: the port is live`);
      }
    }
    if (attempt.kind === "edit") assert.equal(row?.vlan, 2000 + attempt.script, `${label}: VLAN moved once`);
    if (attempt.kind === "confirm") assert.equal(row?.vpconnStatus, "Confirmed", `${label}: accepted`);
    replayOutcomes.push(
      `${attempt.kind}: ${before ? "had committed, original answer" : "had not, performed once"}`,
    );
  }

  const { integrity, foreignKeyViolations } = checkDatabaseFile(dbFile);
  assert.equal(integrity, "ok", "PRAGMA integrity_check after the restart");
  assert.deepEqual(foreignKeyViolations, [], "PRAGMA foreign_key_check after the restart");
  assert.deepEqual(await globalInvariantViolations(sqliteQuery(db)), [], "capacity and VLAN invariants");
  db.close();

  console.log(
    [
      "crash outcome:",
      `  load: ${attempts.length} requests by ${WORKERS} workers in ${seconds(loadMs)} before SIGKILL: ${JSON.stringify(classes)} (${JSON.stringify(tally(attempts.map((a) => `${a.kind} ${classify(a)}`)))})`,
      `  in flight at the kill: ${inFlight.length} (${inFlight.length - 2} from the load + 1 committed but unanswered + 1 cut off mid-request), ${inFlightCommitted} had committed`,
      `  kill to no process left ${killMs} ms; restart to healthy ${seconds(restartMs)}; integrity_check ok before and after the restart`,
      `  committed after the crash: ${createdIn.size} ports, ${editedIn.size} VLAN moves, ${confirmedIn.size} acceptances, ${paidIn.size} payments; acknowledged writes all present, refused ones absent`,
      `  replays: ${JSON.stringify(tally(replayOutcomes))}`,
    ].join("\n"),
  );
});

/**
 * An HTTP request written straight to a socket, its answer never read; with `cutOff` the header block is
 * left unfinished, so the server never sees a whole request. Resolves once the bytes are handed to the OS.
 */
async function rawRequest(
  port: number,
  signed: { path: string; headers: Record<string, string> },
  options: { cutOff?: boolean } = {},
): Promise<net.Socket> {
  const lines = [
    `POST ${signed.path} HTTP/1.1`,
    ...Object.entries(signed.headers).map(([name, value]) => `${name}: ${value}`),
    "content-length: 0",
    "connection: close",
  ];
  const socket = net.connect(port, "127.0.0.1");
  socket.on("error", () => {});
  socket.resume();
  const text = `${lines.join("\r\n")}\r\n${options.cutOff ? "" : "\r\n"}`;
  await new Promise<void>((resolve, reject) =>
    socket.write(text, (error) => (error ? reject(error) : resolve())),
  );
  return socket;
}

/** The ID a write answered, as stored with its token (the operation's output). */
function storedId(kind: Kind, response: string): string | undefined {
  const output = JSON.parse(response) as { virtualPhysicalConnection?: string; orderId?: string };
  return kind === "create" ? output.virtualPhysicalConnection : kind === "pay" ? output.orderId : undefined;
}

/** The ID a write answered, as the client received it. */
function answeredId(kind: Kind, outcome: ApiOutcome | undefined): string | undefined {
  if (!outcome || !isSuccess(outcome)) return undefined;
  if (kind === "create") return String(outcome.body.VirtualPhysicalConnection);
  if (kind === "pay") return String((outcome.body.Data as { OrderId?: string } | undefined)?.OrderId);
  return undefined;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
