import assert from "node:assert/strict";
import type { Db } from "../../../db/client";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { withTransaction } from "../../../db/transaction";
import { createVirtualPhysicalConnection } from "./create-virtual-physical-connection";
import { runOperation } from "./operation";
import { insertAllocation } from "./vlan-allocations";
import {
  assertRefused,
  assertRefusedUnchanged,
  caller,
  count,
  DAY_MS,
  freshDb,
  later,
  row,
  snapshot,
} from "./write-test-helpers";
import { sqlAll, sqlRun } from "../../../db/test/raw-sql";

const base = {
  regionId: "cn-hangzhou",
  physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
  vpconnAliUid: DEMO_ACCOUNTS.acme.uid,
  vlanId: 1000,
  spec: "100M",
};

type PortRow = {
  status: string;
  vpconn_status: string;
  tenant_uid: string;
  spec: string;
  order_mode: string;
  paid: number;
  resource_group_id: string;
  vlan_id: number;
  name: string | null;
};

function port(db: Db, id: string): Promise<PortRow> {
  return row<PortRow>(
    db,
    `select hc.*, va.vlan_id from hosted_connections hc left join vlan_allocations va on va.id = hc.vlan_allocation_id where hc.id = ?`,
    id,
  );
}

describe("CreateVirtualPhysicalConnection", () => {
  test("creates a shared port Pending for Acceptance, the tenant paying by default", async () => {
    const db = await freshDb();
    const out = await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
      ...base,
      name: "acme-hz-new",
      description: "Second link",
    });
    assert.match(out.virtualPhysicalConnection, /^pc-bp1[a-z0-9]{17}$/);
    const created = await port(db, out.virtualPhysicalConnection);
    assert.equal(created.status, "Allocated");
    assert.equal(created.vpconn_status, "UnConfirmed");
    assert.equal(created.order_mode, "PayByVirtualPhysicalConnectionOwner");
    assert.equal(created.tenant_uid, DEMO_ACCOUNTS.acme.uid);
    assert.equal(created.vlan_id, 1000);
    assert.equal(created.paid, 0);
    assert.equal(created.name, "acme-hz-new");
    assert.equal(created.resource_group_id, "rg-demo0000000001", "the partner's default resource group");
    const audit = await row<{ result: string; resource_id: string }>(
      db,
      "select * from audit_events where action = 'CreateVirtualPhysicalConnection'",
    );
    assert.deepEqual([audit.result, audit.resource_id], ["Success", out.virtualPhysicalConnection]);
  });

  test("the partner may pay and then tag the port; tags are refused while the tenant pays", async () => {
    const db = await freshDb();
    const tags = [{ key: "FinanceDept", value: "FinanceJoshua" }];
    const out = await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
      ...base,
      orderMode: "PayByPhysicalConnectionOwner",
      tags,
    });
    assert.deepEqual(
      await sqlAll(db, "select key, value from tags where resource_id = ?", out.virtualPhysicalConnection),
      tags,
    );
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), { ...base, vlanId: 1001, tags }),
      "IllegalParam.Tags#TenantPays",
    );
  });

  test("an explicit resource group must be the caller's", async () => {
    const db = await freshDb();
    const out = await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
      ...base,
      resourceGroupId: "rg-demo0000000001",
    });
    assert.equal((await port(db, out.virtualPhysicalConnection)).resource_group_id, "rg-demo0000000001");
    await assertRefusedUnchanged(
      db,
      () =>
        runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
          ...base,
          vlanId: 1001,
          resourceGroupId: "rg-demo0000000003",
        }),
      "InvalidResourceGroupId.NotFound",
    );
  });

  describe("malformed parameters get the documented codes", () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["VLAN above 2999", { vlanId: 3000 }, "IllegalParam.VlanId"],
      ["negative VLAN", { vlanId: -1 }, "IllegalParam.VlanId"],
      ["non-numeric VLAN", { vlanId: "abc" }, "InvalidVlanId.Malformed"],
      ["unknown Spec", { spec: "3G" }, "IllegalParam.Spec"],
      ["missing Spec", { spec: undefined }, "MissingParam.Spec"],
      ["unknown OrderMode", { orderMode: "PayByNobody" }, "IllegalParam.OrderMode"],
      ["malformed tenant UID", { vpconnAliUid: "123" }, "IllegalParam.VpconnAliUid"],
      ["missing circuit", { physicalConnectionId: undefined }, "MissingParameter"],
      ["name starting with a digit", { name: "1port" }, "InvalidName.Malformed"],
      ["name with a URL", { name: "http://x" }, "InvalidName.Malformed"],
      ["description with a URL", { description: "https://example.com" }, "InvalidDescription.Malformed"],
      ["reserved tag key", { tags: [{ key: "aliyun-x", value: "" }] }, "InvalidTagKey.Malformed"],
      [
        "21 tags",
        { tags: Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: "" })) },
        "IllegalParam.Tags",
      ],
    ];
    for (const [name, patch, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(
          db,
          () => runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), { ...base, ...patch }),
          key,
        );
      });
    }
  });

  describe("the tenant must be an eligible primary account on the same site", () => {
    const cases: [string, string, string][] = [
      ["unknown UID", "1299999999999999", "IllegalParam.VpconnAliUid"],
      ["the RAM user", DEMO_ACCOUNTS.acmeRam.uid, "Forbidden.VpconnAliUid"],
      ["another partner", DEMO_ACCOUNTS.equinix.uid, "Forbidden.VpconnAliUid"],
      ["the partner itself", DEMO_ACCOUNTS.unicom.uid, "Forbidden.VpconnAliUid"],
      ["Initech, an international account", DEMO_ACCOUNTS.initech.uid, "OperationDenied.CrossSite"],
    ];
    for (const [name, uid, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(
          db,
          () =>
            runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
              ...base,
              vpconnAliUid: uid,
            }),
          key,
        );
      });
    }
    test("cross-site carries Alibaba's message", async () => {
      const db = await freshDb();
      await assert.rejects(
        () =>
          runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
            ...base,
            vpconnAliUid: DEMO_ACCOUNTS.initech.uid,
          }),
        /Cross-site hosted connection is not allowed/,
      );
    });
  });

  describe("the circuit must be the caller's, Enabled and dedicated", () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        "another partner's circuit",
        { physicalConnectionId: DEMO_CIRCUITS.equinixDc11a },
        "ResourceNotFound.PhysicalConnectionId",
      ],
      [
        "a shared port ID",
        { physicalConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd },
        "ResourceNotFound.PhysicalConnectionId",
      ],
      ["the wrong region", { regionId: "cn-beijing" }, "ResourceNotFound.PhysicalConnectionId"],
      ["an unknown region", { regionId: "mars-1" }, "InvalidRegionId.NotFound"],
    ];
    for (const [name, patch, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(
          db,
          () => runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), { ...base, ...patch }),
          key,
        );
      });
    }
    test("a circuit that is not Enabled", async () => {
      const db = await freshDb();
      await sqlRun(db, "update circuits set status = 'Terminated' where id = ?", DEMO_CIRCUITS.unicomHz01);
      await assertRefusedUnchanged(
        db,
        () => runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), base),
        "InvalidPhysicalConnectionId.NotEnabled",
      );
    });
  });

  describe("privilege and allowlist", () => {
    test("an expired privilege surfaces as IllegalParam.Bandwidth", async () => {
      const db = await freshDb();
      const dayLater = caller(db, "unicom", later(DAY_MS));
      await assertRefusedUnchanged(
        db,
        () => runOperation(createVirtualPhysicalConnection, dayLater, base),
        "IllegalParam.Bandwidth",
      );
      await assert.rejects(
        () => runOperation(createVirtualPhysicalConnection, dayLater, base),
        /Bandwidth \[100M\]/,
      );
    });
    test("Equinix, whose privilege expired, is refused on its own circuit", async () => {
      const db = await freshDb();
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(createVirtualPhysicalConnection, caller(db, "equinix"), {
            ...base,
            regionId: "us-east-1",
            physicalConnectionId: DEMO_CIRCUITS.equinixDc11a,
            vpconnAliUid: DEMO_ACCOUNTS.initech.uid,
          }),
        "IllegalParam.Bandwidth",
      );
    });
    test("2G needs the allowlist", async () => {
      const db = await freshDb();
      await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), { ...base, spec: "2G" });
      await sqlRun(
        db,
        "update accounts set high_spec_allowed = false where uid = ?",
        DEMO_ACCOUNTS.unicom.uid,
      );
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
            ...base,
            vlanId: 1001,
            spec: "2G",
          }),
        "IllegalParam.Bandwidth",
      );
    });
  });

  describe("wrong callers are refused with nothing changed", () => {
    const cases: [string, "acme" | "globex" | "acmeRam" | "equinix", string][] = [
      ["a tenant", "acme", "OperationDenied.CreateVpconn"],
      ["another tenant", "globex", "OperationDenied.CreateVpconn"],
      ["the RAM user 2210000000000004", "acmeRam", "Forbidden.RAM"],
      ["another partner", "equinix", "ResourceNotFound.PhysicalConnectionId"],
    ];
    for (const [name, who, key] of cases) {
      test(name, async () => {
        const db = await freshDb();
        await assertRefusedUnchanged(
          db,
          () => runOperation(createVirtualPhysicalConnection, caller(db, who), base),
          key,
        );
      });
    }
  });

  describe("VLAN", () => {
    test("a VLAN used on the circuit is refused; the same VLAN on another circuit is fine", async () => {
      const db = await freshDb();
      await assertRefusedUnchanged(
        db,
        () => runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), { ...base, vlanId: 101 }),
        "InvalidVlanId.Used",
      );
      await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
        ...base,
        physicalConnectionId: DEMO_CIRCUITS.unicomHz02,
        vlanId: 101,
      });
    });
    test("a VLAN held by a legacy VBR is used too", async () => {
      const db = await freshDb();
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
            ...base,
            physicalConnectionId: DEMO_CIRCUITS.unicomHz02,
            vlanId: 202,
          }),
        "InvalidVlanId.Used",
      );
    });
    test("a concurrent insert that wins the race still maps to InvalidVlanId.Used", async () => {
      const db = await freshDb();
      await assertRefused(
        () => withTransaction(db, "write", (tx) => insertAllocation(tx, DEMO_CIRCUITS.unicomHz01, 101)),
        "InvalidVlanId.Used",
      );
    });
    test("VLAN 0 is exclusive on its circuit", async () => {
      const db = await freshDb();
      const bj = { ...base, regionId: "cn-beijing", physicalConnectionId: DEMO_CIRCUITS.unicomBj01 };
      await assertRefusedUnchanged(
        db,
        () => runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), { ...base, vlanId: 0 }),
        "IllegalParam.VlanId",
      );
      await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), { ...bj, vlanId: 0 });
      await assertRefusedUnchanged(
        db,
        () => runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), { ...bj, vlanId: 5 }),
        "IllegalParam.VlanId",
      );
    });
  });

  describe("capacity and count quota", () => {
    const bj = { ...base, regionId: "cn-beijing", physicalConnectionId: DEMO_CIRCUITS.unicomBj01 };
    test("exactly full is allowed, one more port is refused", async () => {
      const db = await freshDb();
      await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
        ...bj,
        vlanId: 1,
        spec: "500M",
      });
      await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
        ...bj,
        vlanId: 2,
        spec: "500M",
      });
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
            ...bj,
            vlanId: 3,
            spec: "50M",
          }),
        "ResourceNotEnough.Bandwidth",
      );
    });
    test("a 1G circuit takes one 1G port but not 1G plus 50M", async () => {
      const db = await freshDb();
      await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
        ...bj,
        vlanId: 1,
        spec: "1G",
      });
      await assertRefused(
        () =>
          runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), {
            ...bj,
            vlanId: 2,
            spec: "50M",
          }),
        "ResourceNotEnough.Bandwidth",
      );
    });
    test("the circuit's VPCONN_COUNT_PER_PCONN quota", async () => {
      const db = await freshDb();
      await sqlRun(db, "update circuits set vpconn_quota = 1 where id = ?", DEMO_CIRCUITS.unicomBj01);
      await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), { ...bj, vlanId: 1 });
      await assertRefusedUnchanged(
        db,
        () => runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), { ...bj, vlanId: 2 }),
        "QuotaExceeded.VPCONN",
      );
    });
  });

  describe("DryRun and idempotency", () => {
    test("a passing dry run throws DryRunOperation and changes nothing but the caller's own log", async () => {
      const db = await freshDb();
      await assertRefusedUnchanged(
        db,
        () => runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), base, { dryRun: true }),
        "DryRunOperation",
      );
      assert.deepEqual(
        await row(db, "select actor_uid, result, resource_id, dry_run from audit_events"),
        { actor_uid: DEMO_ACCOUNTS.unicom.uid, result: "DryRunOperation", resource_id: null, dry_run: 1 },
        "a dry run is recorded, on no resource",
      );
      assert.equal(await count(db, "audit_events"), 1);
    });
    test("a failing dry run returns the normal error", async () => {
      const db = await freshDb();
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(
            createVirtualPhysicalConnection,
            caller(db, "unicom"),
            { ...base, vlanId: 101 },
            { dryRun: true },
          ),
        "InvalidVlanId.Used",
      );
    });
    test("the same token and request replay the first result and create nothing", async () => {
      const db = await freshDb();
      const idempotency = { token: "CBCE910E-D396-4944-8001", requestHash: "h1" };
      const first = await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), base, {
        idempotency,
      });
      const after = await snapshot(db);
      const again = await runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), base, {
        idempotency,
      });
      assert.deepEqual(again, first);
      assert.deepEqual(await snapshot(db), after);
      await assertRefusedUnchanged(
        db,
        () =>
          runOperation(
            createVirtualPhysicalConnection,
            caller(db, "unicom"),
            { ...base, vlanId: 1001 },
            { idempotency: { ...idempotency, requestHash: "h2" } },
          ),
        "IdempotentParameterMismatch",
      );
    });
  });
});
