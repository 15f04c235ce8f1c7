import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { deletePhysicalConnection } from "./delete-physical-connection";
import { listOrders } from "./list-orders";
import { runOperation } from "./operation";
import { assertRefused, caller, DAY_MS, freshDb, HZ, later, livePort } from "./write-test-helpers";

describe("ListOrders (console only)", () => {
  test("the payer sees its orders, newest first, with their refunds; nobody else does", async () => {
    const db = await freshDb();
    const first = await livePort(db);
    const second = await livePort(db, { vlanId: 1001, spec: "1G" }, later(DAY_MS / 2));
    await runOperation(deletePhysicalConnection, caller(db, "acme", later(15 * DAY_MS)), {
      regionId: HZ,
      physicalConnectionId: first,
    });
    // The demo set's paid ports have orders of their own; these are the two this test placed.
    const mine = { hostedConnectionIds: [first, second] };
    const acme = await runOperation(listOrders, caller(db, "acme"), mine);
    assert.equal(acme.totalCount, 2);
    assert.deepEqual(
      acme.items.map((o) => [
        o.hostedConnectionId,
        o.spec,
        o.amountCents,
        o.status,
        o.refunds.map((r) => r.amountCents),
      ]),
      [
        [second, "1G", 260000, "paid", []],
        [first, "500M", 160000, "paid", [80000]],
      ],
    );
    const page = await runOperation(listOrders, caller(db, "acme"), { ...mine, pageSize: 1, pageNumber: 2 });
    assert.deepEqual(
      page.items.map((o) => o.hostedConnectionId),
      [first],
    );
    const filtered = await runOperation(listOrders, caller(db, "acme"), {
      hostedConnectionIds: [second],
      statuses: ["paid"],
    });
    assert.equal(filtered.totalCount, 1);
    for (const who of ["unicom", "globex", "equinix"] as const)
      assert.equal((await runOperation(listOrders, caller(db, who), mine)).totalCount, 0, who);
    await assertRefused(() => runOperation(listOrders, caller(db, "acmeRam"), {}), "Forbidden.RAM");
  });
});
