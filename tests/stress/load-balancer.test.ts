// Two `next start` processes on one database behind Debian's HAProxy: one is killed with SIGKILL while
// creates stream through the balancer. Every acknowledged create must be in the database, the
// invariants must hold, and the survivor must serve on. `npm run test:stress:pg` runs it on PostgreSQL,
// `npm run test:stress` on a SQLite file.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS } from "../../db/seed";
import {
  type ApiKey,
  type ApiOutcome,
  call,
  codeOf,
  freePort,
  globalInvariantViolations,
  isSuccess,
  prepareStressDatabase,
  requireBuild,
  type Server,
  type StressDatabase,
  seconds,
  startServer,
  tally,
  tempDir,
} from "./harness";

const HAPROXY = "/usr/sbin/haproxy";
const CREATES = 120;
const KILL_AFTER = 40;
const IN_FLIGHT = 8;

let dir = "";
let store: StressDatabase | undefined;
let servers: Server[] = [];
let balancer: ChildProcess | undefined;
let balancerPort = 0;

function haproxyConfig(port: number, backends: number[]): string {
  return [
    "global",
    "  maxconn 512",
    "defaults",
    "  mode http",
    "  timeout connect 2s",
    "  timeout client 60s",
    "  timeout server 60s",
    // A request that could not reach a server is sent to the other one; one that reached it is not.
    "  retries 3",
    "  option redispatch",
    "  retry-on conn-failure",
    // A busy server answers its health check late: only a dead one (refused connection) leaves at once.
    "  timeout check 10s",
    "frontend api",
    `  bind 127.0.0.1:${port}`,
    "  default_backend console",
    "backend console",
    "  balance roundrobin",
    "  option httpchk GET /api/health",
    ...backends.map((p, i) => `  server s${i} 127.0.0.1:${p} check inter 500 fall 2 rise 2`),
    "",
  ].join("\n");
}

before(async () => {
  requireBuild();
  assert.ok(fs.existsSync(HAPROXY), `Debian's haproxy is needed at ${HAPROXY} (apt-get install haproxy)`);
  dir = tempDir("load-balancer");
  store = await prepareStressDatabase(dir);
  servers = [await startServer(store.url), await startServer(store.url)];
  balancerPort = await freePort();
  const config = path.join(dir, "haproxy.cfg");
  fs.writeFileSync(
    config,
    haproxyConfig(
      balancerPort,
      servers.map((s) => s.port),
    ),
  );
  balancer = spawn(HAPROXY, ["-db", "-f", config], { stdio: ["ignore", "ignore", "pipe"] });
  const key = keyOf(DEMO_ACCOUNTS.unicom.uid);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (isSuccess(await call(balancerPort, key, "DescribeRegions", {}))) break;
    assert.ok(Date.now() < deadline, "HAProxy serves within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

after(async () => {
  balancer?.kill("SIGKILL");
  for (const server of servers) await server.stop();
  await store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function keyOf(uid: string): ApiKey {
  const key = store?.keys.get(uid);
  assert.ok(key, `demo AccessKey of ${uid}`);
  return key;
}

test("a server killed mid-load behind HAProxy loses no acknowledged write, and the survivor serves on", async () => {
  assert.ok(store);
  const unicom = keyOf(DEMO_ACCOUNTS.unicom.uid);
  const [victim, survivor] = servers;
  assert.ok(victim && survivor);
  const create = (i: number) =>
    call(balancerPort, unicom, "CreateVirtualPhysicalConnection", {
      RegionId: "cn-hangzhou",
      PhysicalConnectionId: DEMO_CIRCUITS.unicomHz01,
      VpconnAliUid: DEMO_ACCOUNTS.acme.uid,
      VlanId: String(2600 + i),
      Spec: "50M",
      Name: `lb-${i}`,
    });

  const outcomes: ApiOutcome[] = new Array(CREATES);
  let next = 0;
  let killed: Promise<void> | undefined;
  const started = Date.now();
  const worker = async () => {
    while (next < CREATES) {
      const i = next++;
      if (i === KILL_AFTER) killed = victim.kill();
      outcomes[i] = await create(i);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await killed;
  const elapsed = Date.now() - started;

  const acknowledged = outcomes.flatMap((o, i) =>
    isSuccess(o) ? [{ i, id: String(o.body.VirtualPhysicalConnection) }] : [],
  );
  const unanswered = tally(outcomes.filter((o) => !isSuccess(o)).map(codeOf));
  console.log(
    `${CREATES} creates through HAProxy on ${store.dialect}, server ${victim.pid} killed after ${KILL_AFTER}: ` +
      `${acknowledged.length} acknowledged, others ${JSON.stringify(unanswered)}, ${seconds(elapsed)}`,
  );
  assert.ok(acknowledged.length >= CREATES - KILL_AFTER, "the survivor took the load once the other died");

  for (const { i, id } of acknowledged) {
    const rows: { vlan: number; name: string }[] = await store.query(
      `select va.vlan_id as vlan, hc.name from hosted_connections hc
       join vlan_allocations va on va.id = hc.vlan_allocation_id where hc.id = ?`,
      id,
    );
    assert.deepEqual(
      rows[0],
      { vlan: 2600 + i, name: `lb-${i}` },
      `acknowledged create ${i} (${id}) is there`,
    );
  }
  assert.deepEqual(await globalInvariantViolations(store.query), [], "capacity and VLAN invariants");

  for (let i = 0; i < 5; i += 1) {
    const answer = await call(balancerPort, unicom, "DescribeRegions", {});
    assert.ok(isSuccess(answer), `the survivor answers: ${JSON.stringify(answer)}\n${survivor.output()}`);
  }
});
