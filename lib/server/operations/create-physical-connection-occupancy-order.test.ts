import assert from "node:assert/strict";
import type { Db } from "../../../db/client";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { createPhysicalConnectionOccupancyOrder } from "./create-physical-connection-occupancy-order";
import { runOperation } from "./operation";
import { updateVirtualPhysicalConnection } from "./update-virtual-physical-connection";
import {
  accept,
  assertRefusedUnchanged,
  caller,
  count,
  DAY_MS,
  freshDb,
  HZ,
  later,
  livePort,
  offerPort,
  portRow,
  row,
  type Who,
} from "./write-test-helpers";

type OrderRow = {
  id: string;
  payer_uid: string;
  type: string;
  spec: string;
  pricing_cycle: string;
  period: number;
  amount_cents: number;
  currency: string;
  status: string;
  auto_renew: number;
};

const order = (db: Db, id: string) => row<OrderRow>(db, "select * from orders where id = ?", id);

async function accepted(db: Db) {
  const id = await offerPort(db);
  await accept(db, id);
  return { regionId: HZ, physicalConnectionId: id };
}

describe("CreatePhysicalConnectionOccupancyOrder", () => {
  test("Buy Now: the tenant pays at once and the port is Active with its period", async () => {
    const db = await freshDb();
    const port = await accepted(db);
    const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
      ...port,
      pricingCycle: "Year",
      period: 2,
      autoPay: true,
      autoRenew: true,
    });
    const o = await order(db, orderId);
    assert.deepEqual(
      [o.payer_uid, o.type, o.spec, o.pricing_cycle, o.period, o.status, o.auto_renew],
      [DEMO_ACCOUNTS.acme.uid, "new", "500M", "Year", 2, "paid", 1],
    );
    assert.equal(o.amount_cents, 160000 * 10 * 2, "a year bills ten months of the demo price");
    const live = await portRow(db, port.physicalConnectionId);
    assert.deepEqual([live.status, live.loa_status, live.paid], ["Enabled", "Complete", 1]);
    assert.equal(new Date(live.end_time ?? 0).toISOString(), "2028-11-22T08:00:00.000Z");
  });

  test("without AutoPay the order waits, unpaid, and the port waits for payment", async () => {
    const db = await freshDb();
    const port = await accepted(db);
    const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), port);
    const o = await order(db, orderId);
    assert.deepEqual([o.status, o.pricing_cycle, o.period, o.amount_cents], ["unpaid", "Month", 1, 160000]);
    assert.equal((await portRow(db, port.physicalConnectionId)).status, "Confirmed");
  });

  test("a new order replaces the unpaid one", async () => {
    const db = await freshDb();
    const port = await accepted(db);
    const first = (await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), port))
      .orderId;
    await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), { ...port, period: 3 });
    assert.equal((await order(db, first)).status, "cancelled");
  });

  test("the partner may pay before the tenant accepts", async () => {
    const db = await freshDb();
    const id = await offerPort(db, { orderMode: "PayByPhysicalConnectionOwner" });
    const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "unicom"), {
      regionId: HZ,
      physicalConnectionId: id,
      autoPay: true,
    });
    assert.equal((await order(db, orderId)).payer_uid, DEMO_ACCOUNTS.unicom.uid);
    const port = await portRow(db, id);
    assert.deepEqual([port.status, port.paid, port.end_time], ["Allocated", 1, null]);
  });

  test("a pending ExpectSpec on a paid port is bought for the rest of the paid period", async () => {
    const db = await freshDb();
    const id = await livePort(db);
    const port = { regionId: HZ, physicalConnectionId: id };
    await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
      regionId: HZ,
      instanceId: id,
      vlanId: 1000,
      expectSpec: "1G",
    });
    // 1G − 500M = 1000.00 CNY a month; 20 of the 30 days left → 666.67 rounded up.
    const { orderId } = await runOperation(
      createPhysicalConnectionOccupancyOrder,
      caller(db, "acme", later(10 * DAY_MS)),
      {
        ...port,
        autoPay: true,
      },
    );
    const o = await order(db, orderId);
    assert.deepEqual([o.type, o.spec, o.amount_cents, o.status], ["upgrade", "1G", 66667, "paid"]);
    const after = await portRow(db, id);
    assert.deepEqual([after.spec, after.expect_spec], ["1G", null]);
    assert.equal(
      new Date(after.end_time ?? 0).toISOString(),
      "2026-12-22T08:00:00.000Z",
      "the period is unchanged",
    );
  });

  describe("the payer is charged only what it was shown", () => {
    async function offerRaisedTo5G() {
      const db = await freshDb();
      const port = await accepted(db);
      // The dialog showed 500M; the partner requests 5G before the tenant clicks Buy Now.
      await runOperation(updateVirtualPhysicalConnection, caller(db, "unicom"), {
        regionId: HZ,
        instanceId: port.physicalConnectionId,
        vlanId: 1000,
        expectSpec: "5G",
      });
      return { db, port };
    }

    test("a Spec that changed since the dialog showed it is refused, nothing charged", async () => {
      const { db, port } = await offerRaisedTo5G();
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
            ...port,
            autoPay: true,
            expectedSpec: "500M",
            expectedAmountCents: 160000,
          }),
        "Forbidden.NotAllowedInState#PriceChanged",
      );
    });

    test("an amount other than the one shown is refused, nothing charged", async () => {
      const { db, port } = await offerRaisedTo5G();
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
            ...port,
            autoPay: true,
            period: 2,
            expectedSpec: "5G",
            expectedAmountCents: 1100000,
          }),
        "Forbidden.NotAllowedInState#PriceChanged",
      );
    });

    test("the Spec and amount shown are what is bought", async () => {
      const { db, port } = await offerRaisedTo5G();
      const { orderId } = await runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
        ...port,
        autoPay: true,
        expectedSpec: "5G",
        expectedAmountCents: 1100000,
      });
      const o = await order(db, orderId);
      assert.deepEqual([o.spec, o.amount_cents, o.status], ["5G", 1100000, "paid"]);
    });
  });

  test("a paid port with nothing pending has nothing to buy", async () => {
    const db = await freshDb();
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
          regionId: HZ,
          physicalConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
        }),
      "Forbidden.NotAllowedInState",
    );
  });

  test("the tenant cannot pay before accepting", async () => {
    const db = await freshDb();
    const id = await offerPort(db);
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
          regionId: HZ,
          physicalConnectionId: id,
        }),
      "IncorrectStatus.PhysicalConnection#Invalid",
    );
  });

  describe("term parameters get the documented codes", () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["Month above 9", { pricingCycle: "Month", period: 10 }, "InvalidPhysicalConnectionPeriod.Malformed"],
      ["Year above 5", { pricingCycle: "Year", period: 6 }, "InvalidPhysicalConnectionPeriod.Malformed"],
      ["period 0", { period: 0 }, "InvalidPhysicalConnectionPeriod.Malformed"],
      ["a non-numeric period", { period: "x" }, "InvalidPhysicalConnectionPeriod.Malformed"],
      ["an unknown cycle", { pricingCycle: "Week" }, "InvalidPhysicalConnectionPricingCycle.Malformed"],
      ["pay-as-you-go", { instanceChargeType: "PostPaid" }, "InvalidPhysicalConnectionChargeType.Malformed"],
    ];
    for (const [name, patch, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        const port = await accepted(db);
        await assertRefusedUnchanged(
          db,
          () =>
            runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), { ...port, ...patch }),
          key,
        );
      });
    }
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, Who, string][] = [
      ["the partner when the tenant pays", "unicom", "Forbidden.OperationNotAllowedByUser"],
      ["another tenant", "globex", "InvalidPhysicalConnectionId.NotFound#Records"],
      ["another partner", "equinix", "InvalidPhysicalConnectionId.NotFound#Records"],
      ["the RAM user", "acmeRam", "Forbidden.RAM"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        const port = await accepted(db);
        const orders = await count(db, "orders");
        await assertRefusedUnchanged(
          db,
          () =>
            runOperation(createPhysicalConnectionOccupancyOrder, caller(db, who), { ...port, autoPay: true }),
          key,
        );
        assert.equal(await count(db, "orders"), orders);
      });
    }
    test("the tenant when the partner pays", async () => {
      const db = await freshDb();
      const id = await offerPort(db, { orderMode: "PayByPhysicalConnectionOwner" });
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(createPhysicalConnectionOccupancyOrder, caller(db, "acme"), {
            regionId: HZ,
            physicalConnectionId: id,
          }),
        "Forbidden.OperationNotAllowedByUser",
      );
    });
  });
});
