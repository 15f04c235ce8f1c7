import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { deletePhysicalConnection } from "./delete-physical-connection";
import { listOrders } from "./list-orders";
import { runOperation } from "./operation";
import { assertRefused, caller, DAY_MS, freshDb, HZ, later, livePort } from "./write-test-helpers";

describe("ListOrders (console only)", () => {
  test("the payer sees its orders, newest first, with their refunds; nobody else does", () => {
    const db = freshDb();
    const first = livePort(db);
    const second = livePort(db, { vlanId: 1001, spec: "1G" }, later(DAY_MS / 2));
    runOperation(deletePhysicalConnection, caller(db, "acme", later(15 * DAY_MS)), {
      regionId: HZ,
      physicalConnectionId: first,
    });
    const acme = runOperation(listOrders, caller(db, "acme"), {});
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
    const page = runOperation(listOrders, caller(db, "acme"), { pageSize: 1, pageNumber: 2 });
    assert.deepEqual(
      page.items.map((o) => o.hostedConnectionId),
      [first],
    );
    const filtered = runOperation(listOrders, caller(db, "acme"), {
      hostedConnectionIds: [second],
      statuses: ["paid"],
    });
    assert.equal(filtered.totalCount, 1);
    for (const who of ["unicom", "globex", "equinix"] as const)
      assert.equal(runOperation(listOrders, caller(db, who), {}).totalCount, 0, who);
    assertRefused(() => runOperation(listOrders, caller(db, "acmeRam"), {}), "Forbidden.RAM");
  });
});
