// The lifecycles, driven only by the official SDK with each signature scheme: a tenant-paid and a
// partner-paid shared port from offer to deletion, and Transform to Shared Port.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { first } from "../../../db/rows";
import { auditEvents } from "../../../db/schema";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_VBRS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { env } from "../../env";
import { type DemoAccessKey, ensureDemoAccessKeys } from "../access-keys";
import { sdkClient, type SignatureScheme, vpc } from "./sdk-client";
import { startRpcServer } from "./test-server";

/** A passing dry run: every action that takes DryRun answers 400 DryRunOperation (docs/api.md). */
async function dryRunPasses(call: Promise<unknown>): Promise<void> {
  const outcome = await call.then(
    () => "answered 200",
    (error: { statusCode?: number; code?: string }) => `${error.statusCode} ${error.code}`,
  );
  assert.equal(outcome, "400 DryRunOperation");
}

const HZ = { regionId: "cn-hangzhou" };
// Past the settling of Terminating, terminating, recovering and deleting; well inside the 15-minute skew.
const SETTLE_MS = env.ASYNC_SETTLE_SECONDS * 1000 + 1000;

for (const scheme of ["ACS3", "v2"] as SignatureScheme[]) {
  describe(`lifecycle through the SDK, ${scheme} signature`, () => {
    let db: Db;
    let keys: DemoAccessKey[] = [];
    let clock = Date.now();
    const settle = () => {
      clock += SETTLE_MS;
    };
    let server: Awaited<ReturnType<typeof startRpcServer>>;
    before(async () => {
      db = await createTestDb({ now: new Date(clock) });
      keys = await ensureDemoAccessKeys(db);
      server = await startRpcServer(db, () => new Date(clock));
    });
    after(() => server.close());

    const as = (name: string) => {
      const key = keys.find((k) => k.accountName === name);
      assert.ok(key, name);
      return sdkClient(server.endpoint, key, scheme);
    };
    const unicomKeyId = () => keys.find((k) => k.accountName === "China Unicom")?.accessKeyId;

    async function portOf(id: string) {
      const res = await as("China Unicom").listVirtualPhysicalConnections(
        new vpc.ListVirtualPhysicalConnectionsRequest({ ...HZ, virtualPhysicalConnectionIds: [id] }),
      );
      return res.body?.virtualPhysicalConnections?.[0];
    }
    async function vbrOf(vbrId: string) {
      const res = await as("China Unicom").describeVirtualBorderRouters(
        new vpc.DescribeVirtualBorderRoutersRequest({
          ...HZ,
          includeCrossAccountVbr: true,
          filter: [new vpc.DescribeVirtualBorderRoutersRequestFilter({ key: "VbrId", value: [vbrId] })],
        }),
      );
      return res.body?.virtualBorderRouterSet?.virtualBorderRouterType?.[0];
    }

    test("tenant pays: partner creates, lists, edits VLAN and spec; tenant accepts, pays, builds and edits a VBR, deletes it, disables the port; partner recovers; tenant deletes", async () => {
      const unicom = as("China Unicom");
      const acme = as("Acme");

      const created = await unicom.createVirtualPhysicalConnection(
        new vpc.CreateVirtualPhysicalConnectionRequest({
          ...HZ,
          physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
          vpconnAliUid: Number(DEMO_ACCOUNTS.acme.uid),
          vlanId: 1500,
          spec: "100M",
          orderMode: "PayByVirtualPhysicalConnectionOwner",
          name: "api-port",
          description: "Created through the API",
        }),
      );
      const id = created.body?.virtualPhysicalConnection ?? "";
      assert.match(id, /^pc-bp1/);
      const audit = await first(
        db
          .select()
          .from(auditEvents)
          .where(
            and(eq(auditEvents.resourceId, id), eq(auditEvents.action, "CreateVirtualPhysicalConnection")),
          ),
      );
      assert.deepEqual(
        [audit?.via, audit?.actorUid, audit?.accessKeyId, audit?.requestId, audit?.result],
        ["api", DEMO_ACCOUNTS.unicom.uid, unicomKeyId(), created.body?.requestId, "Success"],
      );

      let port = await portOf(id);
      assert.deepEqual(
        [port?.vlanId, port?.spec, port?.virtualPhysicalConnectionStatus, port?.status, port?.aliUid],
        ["1500", "100M", "UnConfirmed", "Allocated", DEMO_ACCOUNTS.acme.uid],
      );

      await dryRunPasses(
        unicom.updateVirtualPhysicalConnection(
          new vpc.UpdateVirtualPhysicalConnectionRequest({
            ...HZ,
            instanceId: id,
            vlanId: 1501,
            dryRun: true,
          }),
        ),
      );
      assert.equal((await portOf(id))?.vlanId, "1500", "a dry run changes nothing");

      const updated = await unicom.updateVirtualPhysicalConnection(
        new vpc.UpdateVirtualPhysicalConnectionRequest({
          ...HZ,
          instanceId: id,
          vlanId: 1501,
          expectSpec: "200M",
        }),
      );
      assert.equal(updated.body?.success, "true");
      port = await portOf(id);
      assert.deepEqual([port?.vlanId, port?.expectSpec], ["1501", "200M"]);

      await acme.confirmPhysicalConnection(
        new vpc.ConfirmPhysicalConnectionRequest({ ...HZ, physicalConnectionId: id }),
      );
      assert.equal((await portOf(id))?.virtualPhysicalConnectionStatus, "Confirmed");

      const order = await acme.createPhysicalConnectionOccupancyOrder(
        new vpc.CreatePhysicalConnectionOccupancyOrderRequest({
          ...HZ,
          physicalConnectionId: id,
          pricingCycle: "Month",
          period: 1,
          autoPay: true,
        }),
      );
      assert.match(order.body?.data?.orderId ?? "", /^\d+$/);
      const described = await acme.describePhysicalConnections(
        new vpc.DescribePhysicalConnectionsRequest({
          ...HZ,
          filter: [
            new vpc.DescribePhysicalConnectionsRequestFilter({ key: "PhysicalConnectionId", value: [id] }),
          ],
        }),
      );
      const live = described.body?.physicalConnectionSet?.physicalConnectionType?.[0];
      assert.deepEqual([live?.status, live?.vpconnStatus, live?.vlanId], ["Enabled", "Confirmed", "1501"]);

      const vbr = await acme.createVirtualBorderRouter(
        new vpc.CreateVirtualBorderRouterRequest({
          ...HZ,
          physicalConnectionId: id,
          vlanId: 1501,
          localGatewayIp: "10.10.0.1",
          peerGatewayIp: "10.10.0.2",
          peeringSubnetMask: "255.255.255.252",
          name: "api-vbr",
        }),
      );
      const vbrId = vbr.body?.vbrId ?? "";
      assert.match(vbrId, /^vbr-/);
      await acme.modifyVirtualBorderRouterAttribute(
        new vpc.ModifyVirtualBorderRouterAttributeRequest({ ...HZ, vbrId, name: "api-vbr-renamed" }),
      );
      assert.deepEqual(
        [(await vbrOf(vbrId))?.name, (await vbrOf(vbrId))?.status, (await vbrOf(vbrId))?.vlanId],
        ["api-vbr-renamed", "active", 1501],
      );

      await acme.deleteVirtualBorderRouter(new vpc.DeleteVirtualBorderRouterRequest({ ...HZ, vbrId }));
      settle();
      assert.equal(await vbrOf(vbrId), undefined);

      await acme.terminatePhysicalConnection(
        new vpc.TerminatePhysicalConnectionRequest({ ...HZ, physicalConnectionId: id }),
      );
      settle();
      assert.equal((await portOf(id))?.status, "Terminated");
      await dryRunPasses(
        unicom.recoverPhysicalConnection(
          new vpc.RecoverPhysicalConnectionRequest({ ...HZ, instanceId: id, dryRun: true }),
        ),
      );
      assert.equal((await portOf(id))?.status, "Terminated", "a dry run changes nothing");
      await unicom.recoverPhysicalConnection(
        new vpc.RecoverPhysicalConnectionRequest({ ...HZ, instanceId: id }),
      );
      assert.equal((await portOf(id))?.status, "Enabled");

      await acme.deletePhysicalConnection(
        new vpc.DeletePhysicalConnectionRequest({ ...HZ, physicalConnectionId: id }),
      );
      assert.equal(await portOf(id), undefined);
    });

    test("partner pays: partner pays first, tenant accepts and builds a VBR, partner disables and recovers it, then removes VBR and port", async () => {
      const unicom = as("China Unicom");
      const acme = as("Acme");
      const created = await unicom.createVirtualPhysicalConnection(
        new vpc.CreateVirtualPhysicalConnectionRequest({
          ...HZ,
          physicalConnectionId: DEMO_CIRCUITS.unicomHz02,
          vpconnAliUid: Number(DEMO_ACCOUNTS.acme.uid),
          vlanId: 1600,
          spec: "50M",
          orderMode: "PayByPhysicalConnectionOwner",
          tag: [new vpc.CreateVirtualPhysicalConnectionRequestTag({ key: "team", value: "network ops" })],
        }),
      );
      const id = created.body?.virtualPhysicalConnection ?? "";
      assert.deepEqual(
        (await portOf(id))?.tags?.map((t) => [t.key, t.value]),
        [["team", "network ops"]],
      );
      await unicom.createPhysicalConnectionOccupancyOrder(
        new vpc.CreatePhysicalConnectionOccupancyOrderRequest({
          ...HZ,
          physicalConnectionId: id,
          autoPay: true,
        }),
      );
      await acme.confirmPhysicalConnection(
        new vpc.ConfirmPhysicalConnectionRequest({ ...HZ, physicalConnectionId: id }),
      );
      assert.equal((await portOf(id))?.status, "Enabled", "already paid: accepting enables it");

      const vbr = await acme.createVirtualBorderRouter(
        new vpc.CreateVirtualBorderRouterRequest({
          ...HZ,
          physicalConnectionId: id,
          vlanId: 1600,
          localGatewayIp: "10.20.0.1",
          peerGatewayIp: "10.20.0.2",
          peeringSubnetMask: "255.255.255.252",
        }),
      );
      const vbrId = vbr.body?.vbrId ?? "";
      await unicom.terminateVirtualBorderRouter(
        new vpc.TerminateVirtualBorderRouterRequest({ ...HZ, vbrId }),
      );
      settle();
      assert.equal((await vbrOf(vbrId))?.status, "terminated");
      await unicom.recoverVirtualBorderRouter(new vpc.RecoverVirtualBorderRouterRequest({ ...HZ, vbrId }));
      settle();
      assert.equal((await vbrOf(vbrId))?.status, "active");

      await unicom.terminateVirtualBorderRouter(
        new vpc.TerminateVirtualBorderRouterRequest({ ...HZ, vbrId }),
      );
      settle();
      await unicom.deleteVirtualBorderRouter(new vpc.DeleteVirtualBorderRouterRequest({ ...HZ, vbrId }));
      settle();
      assert.equal(await vbrOf(vbrId), undefined);
      await unicom.terminatePhysicalConnection(
        new vpc.TerminatePhysicalConnectionRequest({ ...HZ, physicalConnectionId: id }),
      );
      settle();
      await unicom.deletePhysicalConnection(
        new vpc.DeletePhysicalConnectionRequest({ ...HZ, physicalConnectionId: id }),
      );
      assert.equal(await portOf(id), undefined);
    });

    test("Transform to Shared Port: bandwidth cap, CreateVpconnFromVbr, accept and pay, AttachVbrToVpconn", async () => {
      const unicom = as("China Unicom");
      const globex = as("Globex");
      const vbrId = DEMO_VBRS.globexLegacy;

      const capped = await unicom.updateVirtualBorderBandwidth(
        new vpc.UpdateVirtualBorderBandwidthRequest({ ...HZ, virtualBorderRouterId: vbrId, bandwidth: 200 }),
      );
      assert.deepEqual(
        [capped.body?.code, capped.body?.httpStatusCode, capped.body?.message, capped.body?.success],
        ["200", 200, "successful", true],
      );

      await dryRunPasses(
        unicom.createVpconnFromVbr(new vpc.CreateVpconnFromVbrRequest({ ...HZ, vbrId, dryRun: true })),
      );
      const converted = await unicom.createVpconnFromVbr(
        new vpc.CreateVpconnFromVbrRequest({ ...HZ, vbrId }),
      );
      const id = converted.body?.virtualPhysicalConnection ?? "";
      assert.match(id, /^pc-/);

      await globex.confirmPhysicalConnection(
        new vpc.ConfirmPhysicalConnectionRequest({ ...HZ, physicalConnectionId: id }),
      );
      await globex.createPhysicalConnectionOccupancyOrder(
        new vpc.CreatePhysicalConnectionOccupancyOrderRequest({
          ...HZ,
          physicalConnectionId: id,
          autoPay: true,
        }),
      );
      await dryRunPasses(
        unicom.attachVbrToVpconn(
          new vpc.AttachVbrToVpconnRequest({ ...HZ, vpconnId: id, vbrId, dryRun: true }),
        ),
      );
      assert.notEqual((await vbrOf(vbrId))?.physicalConnectionId, id, "a dry run changes nothing");
      const attached = await unicom.attachVbrToVpconn(
        new vpc.AttachVbrToVpconnRequest({ ...HZ, vpconnId: id, vbrId }),
      );
      assert.equal(attached.body?.virtualPhysicalConnection, id);
      assert.equal((await vbrOf(vbrId))?.physicalConnectionId, id);
    });
  });
}
