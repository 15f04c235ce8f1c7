// Debian's Prometheus, configured with the block in docs/monitoring.md, scrapes an exposition shaped like
// prometheus-snmp-exporter's if_mib output and remote-writes to the console's endpoint; the CloudMonitor
// SDK then reads what it pushed.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import * as cms from "@alicloud/cms20190101";
import { $OpenApiUtil } from "@alicloud/openapi-core";
import { eq } from "drizzle-orm";
import { trafficSamples } from "../../../db/schema";
import { DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { withTransaction } from "../../../db/transaction";
import { ensureDemoAccessKeys } from "../access-keys";
import { startMonitoringServer, type TestServer } from "./test-server";

const PROMETHEUS = "/usr/bin/prometheus";
const skip = fs.existsSync(PROMETHEUS) ? false : `${PROMETHEUS} is missing: apt-get install prometheus`;
if (skip) console.warn(`\n!!! SKIPPING the Prometheus end-to-end test: ${skip}\n`);

const CmsClient = (cms.default as unknown as { default: typeof cms.default }).default;
const PORT = DEMO_HOSTED_CONNECTIONS.acmeHzProd;
const VBR = DEMO_VBRS.acmeVbrProd;
const STEP = 1_000_000;

const db = await createTestDb();
const keys = await ensureDemoAccessKeys(db);
const unicom = keys.find((k) => k.accountName === "China Unicom");
const acme = keys.find((k) => k.accountName === "Acme");
assert.ok(unicom && acme);

let scrapes = 0;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "hc-prometheus-"));
let server: TestServer | undefined;
let prometheus: ChildProcess | undefined;
let origin = "";

/** What snmp_exporter's if_mib module answers for a switch: two shared-port subinterfaces and an uplink. */
function exposition(): string {
  scrapes += 1;
  const counter = (name: string, help: string, rows: Array<[string, string, number]>) =>
    [
      `# HELP ${name} ${help}`,
      `# TYPE ${name} counter`,
      ...rows.map(
        ([ifIndex, ifAlias, value]) =>
          `${name}{ifAlias="${ifAlias}",ifDescr="Ethernet1/1.${ifIndex}",ifIndex="${ifIndex}",ifName="Eth1/1.${ifIndex}"} ${value}`,
      ),
    ].join("\n");
  const interfaces = (perScrape: number): Array<[string, string, number]> => [
    ["101", PORT, 5e9 + scrapes * perScrape],
    ["102", VBR, 7e9 + scrapes * perScrape],
    ["1", "uplink to core-1", 9e12 + scrapes * perScrape * 10],
  ];
  return `${[
    counter(
      "ifHCOutOctets",
      "The total number of octets transmitted out of the interface - 1.3.6.1.2.1.31.1.1.1.10",
      interfaces(STEP),
    ),
    counter(
      "ifHCInOctets",
      "The total number of octets received on the interface - 1.3.6.1.2.1.31.1.1.1.6",
      interfaces(STEP / 2),
    ),
    counter(
      "ifHCInUcastPkts",
      "The number of packets delivered by this sub-layer - 1.3.6.1.2.1.31.1.1.1.7",
      interfaces(1_000),
    ),
    counter(
      "ifInDiscards",
      "The number of inbound packets which were chosen to be discarded - 1.3.6.1.2.1.2.2.1.13",
      interfaces(1),
    ),
    "# HELP ifOperStatus The current operational state of the interface - 1.3.6.1.2.1.2.2.1.8",
    "# TYPE ifOperStatus gauge",
    `ifOperStatus{ifAlias="${PORT}",ifDescr="Ethernet1/1.101",ifIndex="101",ifName="Eth1/1.101"} 1`,
    "# HELP snmp_scrape_duration_seconds Total SNMP time scrape took (walk and processing).",
    "# TYPE snmp_scrape_duration_seconds gauge",
    "snmp_scrape_duration_seconds 0.12",
  ].join("\n")}\n`;
}

/** The scrape target: snmp_exporter's /snmp?target=...&module=if_mib. */
function scrape(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method !== "GET" || url.pathname !== "/snmp") return false;
  const expected =
    url.searchParams.get("module") === "if_mib" && url.searchParams.get("target") === "switch-hz-01";
  if (expected) res.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(exposition());
  else res.writeHead(400).end("unexpected scrape parameters\n");
  return true;
}

/** The YAML block of docs/monitoring.md's "Prometheus configuration", with this test's addresses. */
function configFromDocs(secretFile: string): string {
  const docs = fs.readFileSync(path.join(process.cwd(), "docs", "monitoring.md"), "utf8");
  const section = docs.slice(docs.indexOf("### Prometheus configuration"));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, "docs/monitoring.md has the Prometheus configuration block");
  const replacements: Array<[string, string]> = [
    ["scrape_interval: 60s", "scrape_interval: 1s"],
    ["batch_send_deadline: 5s", "batch_send_deadline: 1s"],
    ["switch-hz-01.example.net", "switch-hz-01"],
    ["127.0.0.1:9116", origin.replace("http://", "")],
    ["https://console.example.com", origin],
    ["LTAI5tExampleAccessKeyId", unicom?.accessKeyId ?? ""],
    ["/etc/prometheus/hosted-connect-secret", secretFile],
  ];
  return replacements.reduce((text, [from, to]) => {
    assert.ok(text.includes(from), `the documented configuration contains ${from}`);
    return text.replace(from, to);
  }, block);
}

async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function storedRows() {
  return withTransaction(db, "read", (tx) =>
    tx.select().from(trafficSamples).where(eq(trafficSamples.resolutionSeconds, 60)),
  );
}

describe("Debian's Prometheus pushes through remote_write", { skip }, () => {
  before(async () => {
    server = await startMonitoringServer(db, scrape);
    origin = server.origin;
    const secretFile = path.join(workDir, "secret");
    fs.writeFileSync(secretFile, unicom?.accessKeySecret ?? "", { mode: 0o600 });
    const configFile = path.join(workDir, "prometheus.yml");
    fs.writeFileSync(configFile, configFromDocs(secretFile));
    prometheus = spawn(
      PROMETHEUS,
      [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${path.join(workDir, "data")}`,
        `--web.listen-address=127.0.0.1:${await freePort()}`,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let log = "";
    prometheus.stderr?.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-4000);
    });
    // The real collector runs on its own clock: wait (bounded) until it has pushed several readings.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const bytesOut = (await storedRows())
        .filter((r) => r.instanceId === PORT)
        .reduce((sum, r) => sum + r.bytesOut, 0);
      if (bytesOut >= 3 * STEP) return;
      if (prometheus.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.fail(
      `Prometheus pushed too little within a minute (exit ${prometheus.exitCode}); its log:\n${log}`,
    );
  });

  after(async () => {
    prometheus?.kill("SIGTERM");
    await server?.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  test("every push is accepted, and the counters become whole counts of the shared port and the VBR", async () => {
    assert.ok((server?.pushStatuses.length ?? 0) > 0);
    assert.deepEqual([...new Set(server?.pushStatuses ?? [])], [204]);
    const rows = await storedRows();
    assert.deepEqual([...new Set(rows.map((r) => r.instanceId))].sort(), [PORT, VBR].sort());
    const port = rows.filter((r) => r.instanceId === PORT);
    const bytesOut = port.reduce((sum, r) => sum + r.bytesOut, 0);
    const packetsIn = port.reduce((sum, r) => sum + r.packetsIn, 0);
    assert.equal(bytesOut % STEP, 0);
    assert.equal(packetsIn, (bytesOut / STEP) * 1_000);
    assert.ok(port.some((r) => r.linkUp === true));
  });

  test("the CloudMonitor SDK reads what Prometheus pushed", async () => {
    const rows = await storedRows();
    const stored = rows.filter((r) => r.instanceId === PORT).reduce((sum, r) => sum + r.bytesOut, 0);
    const client = new CmsClient(
      new $OpenApiUtil.Config({
        accessKeyId: acme?.accessKeyId,
        accessKeySecret: acme?.accessKeySecret,
        endpoint: origin.replace("http://", ""),
        protocol: "http",
      }),
    );
    const res = await client.describeMetricList(
      new cms.DescribeMetricListRequest({
        namespace: "acs_physical_connection",
        metricName: "BytesOutToIDC",
        dimensions: JSON.stringify([{ instanceId: PORT }]),
        period: "60",
        startTime: String(Date.now() - 10 * 60_000),
        endTime: String(Date.now() + 60_000),
      }),
    );
    const points: Array<{ Sum: number }> = JSON.parse(res.body?.datapoints ?? "[]");
    assert.ok(points.reduce((sum, p) => sum + p.Sum, 0) >= stored);
  });
});
