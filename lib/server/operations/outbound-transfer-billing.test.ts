import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { desc, eq } from "drizzle-orm";
import { auditEvents, outboundTransferBills } from "../../../db/schema";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { sqlRun } from "../../../db/test/raw-sql";
import { createTestDb } from "../../../db/test/test-db";
import { withTransaction } from "../../../db/transaction";
import { isDomainError } from "../../domain/errors";
import { createVpconnFromVbr } from "./create-vpconn-from-vbr";
import { listOutboundTransferBills } from "./list-outbound-transfer-bills";
import { modifyOutboundTransferBilling } from "./modify-outbound-transfer-billing";
import { runOperation } from "./operation";
import { contextFor } from "./test-helpers";

const NOW = new Date(Date.UTC(2026, 11, 10, 8, 0));
const { acme, globex, unicom } = DEMO_ACCOUNTS;

describe("outbound data transfer billing: the tenant's switch and bills", () => {
  test("the switch gates Transform to Shared Port, and each change is audited", async () => {
    const db = await createTestDb({ now: NOW });
    // A legacy VBR converts only with a bandwidth cap: 150 Mbps makes a 200M shared port.
    await sqlRun(db, "update vbrs set bandwidth_mbps = ? where id = ?", 150, DEMO_VBRS.globexLegacy);
    const transform = () =>
      runOperation(createVpconnFromVbr, contextFor(db, unicom.uid, NOW), {
        regionId: "cn-hangzhou",
        vbrId: DEMO_VBRS.globexLegacy,
      });
    await runOperation(modifyOutboundTransferBilling, contextFor(db, globex.uid, NOW), { enabled: false });
    await assert.rejects(
      transform(),
      (e: unknown) => isDomainError(e) && e.code === "OperationFailed.PconnTrafficNotEnable",
    );
    const enabled = await runOperation(modifyOutboundTransferBilling, contextFor(db, globex.uid, NOW), {
      enabled: true,
    });
    assert.deepEqual(enabled, { accountUid: globex.uid, enabled: true });
    const audit = await withTransaction(db, "read", (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, "ModifyOutboundTransferBilling"))
        .orderBy(desc(auditEvents.at)),
    );
    assert.equal(audit.length, 2);
    assert.ok(audit.every((a) => a.result === "Success" && a.resourceId === globex.uid));
    assert.match((await transform()).virtualPhysicalConnection, /^pc-/);
  });

  test("the demo set: Initech has not enabled it, Acme and Globex have", async () => {
    const db = await createTestDb({ now: NOW });
    const enabled = async (uid: string) =>
      (await runOperation(listOutboundTransferBills, contextFor(db, uid, NOW), {})).enabled;
    assert.deepEqual(
      [await enabled(acme.uid), await enabled(globex.uid), await enabled(DEMO_ACCOUNTS.initech.uid)],
      [true, true, false],
    );
  });

  test("the tenant's bills list with the bytes they came from; nobody else sees them", async () => {
    const db = await createTestDb({ now: NOW });
    await withTransaction(db, "write", (tx) =>
      tx.insert(outboundTransferBills).values({
        id: "otb-testbill00000001",
        hostedConnectionId: DEMO_HOSTED_CONNECTIONS.acmeHzProd,
        payerUid: acme.uid,
        month: "2026-11",
        bytesOut: 7_500_000_000,
        centsPerGb: 50,
        amountCents: 375,
        currency: "CNY",
        createdAt: NOW,
      }),
    );
    const list = async (uid: string) =>
      runOperation(listOutboundTransferBills, contextFor(db, uid, NOW), { pageSize: 10 });
    const mine = await list(acme.uid);
    assert.equal(mine.totalCount, 1);
    assert.deepEqual(
      mine.items.map((b) => [b.hostedConnectionName, b.month, b.bytesOut, b.amountCents]),
      [["acme-hz-prod", "2026-11", 7_500_000_000, 375]],
    );
    assert.equal((await list(globex.uid)).totalCount, 0);
    assert.equal((await list(unicom.uid)).totalCount, 0);
  });
});
