import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { auditEvents, users } from "../../../db/schema";
import { createTestDb } from "../../../db/test/test-db";
import { isDomainError } from "../../domain/errors";
import { acceptInvite } from "../auth/invites";
import { logOnIdentity } from "../auth/log-on-identity";
import { newRequestId } from "../ids";
import { OPERATIONS, runOperation } from "../operations";
import type { Caller } from "../operations/context";
import { verifyPassword } from "../password";
import { OPERATOR_OPERATIONS, type OperatorCaller, runOperatorOperation } from "./index";

const NOW = new Date(Date.UTC(2026, 11, 1, 8));
const ops = OPERATOR_OPERATIONS;

function operatorCtx(db: Db, caller: OperatorCaller) {
  return { db, caller, requestId: newRequestId(), now: NOW };
}
const cli = (db: Db) => operatorCtx(db, { via: "cli" });

async function refused(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error) => isDomainError(error) && error.code === code);
}

async function userByEmail(db: Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  assert.ok(user, email);
  return user;
}

/** From an empty database: an operator, a region and access point, a partner with a circuit, a tenant. */
async function emptyStart() {
  const db = await createTestDb({ seed: false, now: NOW });
  const first = await runOperatorOperation(ops.CreateUser, cli(db), {
    operator: true,
    email: "ops@platform.example",
    displayName: "Operator",
    password: "Operator-1234",
  });
  const op = operatorCtx(db, { via: "console", operatorUserId: first.user.id });
  await runOperatorOperation(ops.CreateRegion, op, {
    id: "cn-shanghai",
    nameEn: "China (Shanghai)",
    nameZh: "华东2（上海）",
    idPrefix: "uf6",
  });
  await runOperatorOperation(ops.CreateAccessPoint, op, {
    id: "ap-cn-shanghai-pd-A",
    regionId: "cn-shanghai",
    nameEn: "Shanghai-Pudong-A",
    nameZh: "上海-浦东-A",
  });
  const partner = await runOperatorOperation(ops.CreateAccount, op, {
    name: "Northwind",
    site: "china",
    role: "partner",
    highSpecAllowed: true,
  });
  const tenant = await runOperatorOperation(ops.CreateAccount, op, {
    name: "Contoso",
    site: "china",
    role: "tenant",
    uid: "1299999999999999",
  });
  const circuit = await runOperatorOperation(ops.CreateCircuit, op, {
    ownerUid: partner.uid,
    regionId: "cn-shanghai",
    accessPointId: "ap-cn-shanghai-pd-A",
    name: "northwind-sh-01",
    portType: "10GBase-LR",
    capacityMbps: 10000,
    lineOperator: "CT",
  });
  // The partner applies for the shared-port privilege in Quota Center, as on the real console.
  await runOperation(
    OPERATIONS.ApplyPrivilege,
    { db, caller: caller(partner.uid), requestId: newRequestId(), now: NOW },
    { quotaId: "ec/can_buy_1G_vpconn", value: "valid", reason: "Northwind's customers" },
  );
  return { db, op, operatorId: first.user.id, partner, tenant, circuit };
}

const caller = (accountUid: string, extra: Partial<Caller> = {}): Caller => ({
  accountUid,
  via: "console",
  ...extra,
});

describe("the operator's actions", () => {
  test("from an empty start: accounts, a circuit, and a shared port the tenant accepts", async () => {
    const { db, partner, tenant, circuit } = await emptyStart();
    assert.match(partner.uid, /^1\d{15}$/, "a China-site UID is generated");
    assert.equal(partner.isPartner, true);
    assert.equal(partner.highSpecAllowed, true);
    assert.equal(tenant.uid, "1299999999999999");
    assert.deepEqual(
      [circuit.status, circuit.regionId, circuit.capacityMbps, circuit.vpconnQuota],
      ["Enabled", "cn-shanghai", 10000, 500],
    );
    assert.match(circuit.id, /^pc-uf6/);
    const ctx = (uid: string) => ({ db, caller: caller(uid), requestId: newRequestId(), now: NOW });
    const created = await runOperation(OPERATIONS.CreateVirtualPhysicalConnection, ctx(partner.uid), {
      regionId: "cn-shanghai",
      physicalConnectionId: circuit.id,
      vpconnAliUid: tenant.uid,
      vlanId: 100,
      spec: "500M",
    });
    await runOperation(OPERATIONS.ConfirmPhysicalConnection, ctx(tenant.uid), {
      regionId: "cn-shanghai",
      physicalConnectionId: created.virtualPhysicalConnection,
    });
    const listed = await runOperation(OPERATIONS.ListVirtualPhysicalConnections, ctx(tenant.uid), {
      regionId: "cn-shanghai",
    });
    assert.equal(listed.items[0]?.vpconnStatus, "Confirmed");
  });

  test("every write is audited with its operator; a console operator who is disabled is refused", async () => {
    const { db, op, operatorId } = await emptyStart();
    const trail = await db.select().from(auditEvents).where(eq(auditEvents.actorUserId, operatorId));
    assert.deepEqual(
      trail.map((event) => [event.action, event.result]),
      [
        ["Operator.CreateRegion", "Success"],
        ["Operator.CreateAccessPoint", "Success"],
        ["Operator.CreateAccount", "Success"],
        ["Operator.CreateAccount", "Success"],
        ["Operator.CreateCircuit", "Success"],
      ],
    );
    await runOperatorOperation(ops.ModifyUser, cli(db), { userId: operatorId, disabled: true });
    await refused(runOperatorOperation(ops.ListAccounts, op, {}), "Forbidden");
    const partnerUser = await db.select().from(users).where(eq(users.operator, false));
    assert.equal(partnerUser.length, 0, "no account user was made along the way");
  });

  test("a session that names a non-operator user is refused", async () => {
    const { db, partner } = await emptyStart();
    const grant = await runOperatorOperation(ops.CreateUser, cli(db), {
      accountUid: partner.uid,
      email: "noc@northwind.example",
      displayName: "Northwind NOC",
      password: "Northwind-1234",
    });
    await refused(
      runOperatorOperation(
        ops.ListAccounts,
        operatorCtx(db, { via: "api", operatorUserId: grant.user.id }),
        {},
      ),
      "Forbidden",
    );
  });

  test("accounts: a given UID is unique, bad input is refused and leaves nothing, disabled accounts cannot log on", async () => {
    const { db, op, tenant } = await emptyStart();
    await refused(
      runOperatorOperation(ops.CreateAccount, op, {
        name: "Again",
        site: "china",
        role: "tenant",
        uid: tenant.uid,
      }),
      "Operator.ResourceExists",
    );
    await refused(
      runOperatorOperation(ops.CreateAccount, op, { name: "", site: "china", role: "tenant" }),
      "InvalidParameter",
    );
    assert.equal((await runOperatorOperation(ops.ListAccounts, op, {})).length, 2);
    const grant = await runOperatorOperation(ops.CreateUser, op, {
      accountUid: tenant.uid,
      email: "it@contoso.example",
      displayName: "Contoso IT",
      password: "Contoso-1234",
    });
    const user = await userByEmail(db, "it@contoso.example");
    assert.deepEqual(await logOnIdentity(db, user), { accountUid: tenant.uid, operator: false });
    const modified = await runOperatorOperation(ops.ModifyAccount, op, { uid: tenant.uid, disabled: true });
    assert.ok(modified.disabledAt);
    assert.equal(await logOnIdentity(db, user), null);
    await refused(
      runOperation(
        OPERATIONS.DescribeRegions,
        { db, caller: caller(tenant.uid), requestId: "r", now: NOW },
        {},
      ),
      "Forbidden",
    );
    assert.equal(grant.invitePath, undefined, "a user given a password needs no link");
  });

  test("users: invited by a one-time link, reset, disabled", async () => {
    const { db, op, partner } = await emptyStart();
    const grant = await runOperatorOperation(ops.CreateUser, op, {
      accountUid: partner.uid,
      email: "NOC@Northwind.example",
      displayName: "Northwind NOC",
    });
    assert.equal(grant.user.email, "noc@northwind.example");
    assert.equal(grant.user.invitePending, true);
    const token = grant.invitePath?.replace("/invite/", "") ?? "";
    assert.ok(token.length >= 32);
    assert.deepEqual(await acceptInvite(db, "not-the-token", "Northwind-1234", NOW), { kind: "invalid" });
    assert.deepEqual(await acceptInvite(db, token, "short", NOW), { kind: "invalidNewPassword" });
    assert.deepEqual(await acceptInvite(db, token, "Northwind-1234", NOW), {
      kind: "ok",
      email: grant.user.email,
    });
    assert.deepEqual(
      await acceptInvite(db, token, "Northwind-5678", NOW),
      { kind: "invalid" },
      "one time only",
    );
    const user = await userByEmail(db, "noc@northwind.example");
    assert.ok(verifyPassword("Northwind-1234", user.passwordHash));

    const reset = await runOperatorOperation(ops.ResetUserPassword, op, { userId: user.id });
    const late = new Date(NOW.getTime() + 8 * 24 * 60 * 60 * 1000);
    const resetToken = reset.invitePath?.replace("/invite/", "") ?? "";
    assert.deepEqual(
      await acceptInvite(db, resetToken, "Northwind-9999", late),
      { kind: "invalid" },
      "expired",
    );
    await runOperatorOperation(ops.ResetUserPassword, op, { userId: user.id, password: "Northwind-0000" });
    assert.ok(verifyPassword("Northwind-0000", (await userByEmail(db, user.email)).passwordHash));

    await refused(
      runOperatorOperation(ops.CreateUser, op, {
        accountUid: partner.uid,
        email: user.email,
        displayName: "Twin",
      }),
      "Operator.ResourceExists",
    );
    await runOperatorOperation(ops.ModifyUser, op, { userId: user.id, disabled: true });
    assert.equal(await logOnIdentity(db, await userByEmail(db, user.email)), null);
    const listed = await runOperatorOperation(ops.ListUsers, op, { accountUid: partner.uid });
    assert.deepEqual(
      listed.map((u) => [u.email, u.disabled]),
      [["noc@northwind.example", true]],
    );
  });

  test("circuits: the owner must be a partner, the access point in the region; enable, quota, terminate", async () => {
    const { db, op, partner, tenant, circuit } = await emptyStart();
    const base = {
      ownerUid: partner.uid,
      regionId: "cn-shanghai",
      accessPointId: "ap-cn-shanghai-pd-A",
      name: "northwind-sh-02",
      portType: "1000Base-LX",
      capacityMbps: 1000,
      lineOperator: "CT",
    } as const;
    await refused(
      runOperatorOperation(ops.CreateCircuit, op, { ...base, ownerUid: tenant.uid }),
      "Operator.NotPartner",
    );
    await refused(
      runOperatorOperation(ops.CreateCircuit, op, { ...base, accessPointId: "ap-nowhere" }),
      "Operator.ResourceNotFound",
    );
    const second = await runOperatorOperation(ops.CreateCircuit, op, {
      ...base,
      redundantCircuitId: circuit.id,
      enabled: false,
    });
    assert.deepEqual([second.status, second.redundantCircuitId], ["Confirmed", circuit.id]);
    assert.equal(
      (await runOperatorOperation(ops.EnableCircuit, op, { circuitId: second.id })).status,
      "Enabled",
    );
    await refused(
      runOperatorOperation(ops.EnableCircuit, op, { circuitId: second.id }),
      "Forbidden.NotAllowedInState",
    );
    assert.equal(
      (await runOperatorOperation(ops.SetCircuitQuota, op, { circuitId: second.id, vpconnQuota: 0 }))
        .vpconnQuota,
      0,
    );
    const ctx = { db, caller: caller(partner.uid), requestId: "r", now: NOW };
    await refused(
      runOperation(OPERATIONS.CreateVirtualPhysicalConnection, ctx, {
        regionId: "cn-shanghai",
        physicalConnectionId: second.id,
        vpconnAliUid: tenant.uid,
        vlanId: 100,
        spec: "500M",
      }),
      "QuotaExceeded.VPCONN",
    );
    await runOperation(OPERATIONS.CreateVirtualPhysicalConnection, ctx, {
      regionId: "cn-shanghai",
      physicalConnectionId: circuit.id,
      vpconnAliUid: tenant.uid,
      vlanId: 100,
      spec: "500M",
    });
    await refused(
      runOperatorOperation(ops.TerminateCircuit, op, { circuitId: circuit.id }),
      "Operator.CircuitInUse",
    );
    assert.equal(
      (await runOperatorOperation(ops.TerminateCircuit, op, { circuitId: second.id })).status,
      "Terminated",
    );
    const regions = await runOperatorOperation(ops.ListRegions, op, {});
    assert.deepEqual(
      regions.map((r) => [r.id, r.accessPoints.map((p) => p.id)]),
      [["cn-shanghai", ["ap-cn-shanghai-pd-A"]]],
    );
    await refused(
      runOperatorOperation(ops.CreateRegion, op, {
        id: "cn-shanghai",
        nameEn: "x",
        nameZh: "x",
        idPrefix: "abc",
      }),
      "Operator.ResourceExists",
    );
  });
});

describe("RAM users", () => {
  test("a read-only RAM user reads and is refused every write; full access writes; neither is a shared port's UID", async () => {
    const { db, op, partner, tenant, circuit } = await emptyStart();
    const readOnly = await runOperatorOperation(ops.CreateRamUser, op, {
      parentUid: partner.uid,
      name: "Northwind auditor",
      policy: "ReadOnly",
    });
    const full = await runOperatorOperation(ops.CreateRamUser, op, {
      parentUid: partner.uid,
      name: "Northwind automation",
      policy: "FullAccess",
    });
    await refused(
      runOperatorOperation(ops.CreateRamUser, op, {
        parentUid: readOnly.uid,
        name: "Nested",
        policy: "ReadOnly",
      }),
      "Operator.NotPrimary",
    );
    const ctx = (ramUid: string) => ({
      db,
      caller: caller(partner.uid, { ramUid }),
      requestId: "r",
      now: NOW,
    });
    const offer = (ramUid: string, vlanId: number, vpconnAliUid = tenant.uid) =>
      runOperation(OPERATIONS.CreateVirtualPhysicalConnection, ctx(ramUid), {
        regionId: "cn-shanghai",
        physicalConnectionId: circuit.id,
        vpconnAliUid,
        vlanId,
        spec: "500M",
      });
    const seen = await runOperation(OPERATIONS.DescribePhysicalConnections, ctx(readOnly.uid), {
      regionId: "cn-shanghai",
    });
    assert.equal(seen.items.length, 1);
    await refused(offer(readOnly.uid, 101), "Forbidden.RAM");
    await offer(full.uid, 102);
    const tenantRam = await runOperatorOperation(ops.CreateRamUser, op, {
      parentUid: tenant.uid,
      name: "Contoso RAM",
      policy: "FullAccess",
    });
    await refused(offer(full.uid, 103, tenantRam.uid), "Forbidden.VpconnAliUid");

    // The policy is read at every call: withdrawn, the next write is refused; another account's RAM user is refused.
    await runOperatorOperation(ops.ModifyAccount, op, { uid: full.uid, policy: "ReadOnly" });
    await refused(offer(full.uid, 104), "Forbidden.RAM");
    await refused(
      runOperation(OPERATIONS.DescribePhysicalConnections, ctx(tenantRam.uid), { regionId: "cn-shanghai" }),
      "Forbidden.RAM",
    );
    const [refusal] = await db.select().from(auditEvents).where(eq(auditEvents.result, "Forbidden.RAM"));
    assert.deepEqual(refusal?.details, { ramUid: readOnly.uid });

    const ramUser = await runOperatorOperation(ops.CreateUser, op, {
      accountUid: readOnly.uid,
      email: "auditor@northwind.example",
      displayName: "Auditor",
      password: "Auditor-12345",
    });
    assert.deepEqual(await logOnIdentity(db, await userByEmail(db, ramUser.user.email)), {
      accountUid: partner.uid,
      ramUid: readOnly.uid,
      operator: false,
    });
  });
});
