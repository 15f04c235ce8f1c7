import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { PHYSICAL_CONNECTION_STATUSES, VBR_STATUSES, type VbrStatus } from "./enums";
import { type HostedConnectionState, initialState } from "./hosted-connection-state";
import {
  allowedActions,
  checkInheritedVlan,
  checkVbrActive,
  createOnHostedConnection,
  recover,
  remove,
  settle,
  terminate,
  type VbrState,
  type VbrVerdict,
} from "./vbr-state";
import type { Verdict } from "./verdict";

const NOW = new Date("2026-11-22T08:00:00Z");

function expectNext(t: VbrVerdict, status: VbrStatus): void {
  assert.equal(t.ok, true, t.ok ? "" : `refused with ${t.error.key}`);
  if (t.ok) assert.deepEqual(t.value, { status });
}

function expectRefused(t: Verdict<unknown>, key: string): void {
  assert.equal(t.ok, false, "expected a refusal");
  if (!t.ok) assert.equal(t.error.key, key);
}

// Partner looking at a tenant's hosted VBR on a port the partner pays for.
const partnerView = (status: VbrStatus): VbrState => ({
  status,
  onHostedConnection: true,
  ownerIsCaller: false,
  callerIsCircuitOwner: true,
  hostedPayer: "partner",
  awaitedByPort: false,
});
// Tenant looking at its own hosted VBR.
const tenantView = (status: VbrStatus): VbrState => ({
  status,
  onHostedConnection: true,
  ownerIsCaller: true,
  callerIsCircuitOwner: false,
  hostedPayer: "tenant",
  awaitedByPort: false,
});
// Partner looking at a tenant's hosted VBR on a port the tenant pays for.
const notPayerView = (status: VbrStatus): VbrState => ({ ...partnerView(status), hostedPayer: "tenant" });
// Partner looking at a legacy cross-account VBR on its own circuit.
const legacyView = (status: VbrStatus): VbrState => ({
  ...partnerView(status),
  onHostedConnection: false,
  hostedPayer: null,
});
// Partner's own VBR on its own circuit.
const ownView = (status: VbrStatus): VbrState => ({
  ...partnerView(status),
  ownerIsCaller: true,
  onHostedConnection: false,
});
const strangerView = (status: VbrStatus): VbrState => ({
  ...partnerView(status),
  callerIsCircuitOwner: false,
});

// Why an action that needs an active VBR refuses one in each other status: the advice differs.
const notActive: Record<Exclude<VbrStatus, "active">, string> = {
  unconfirmed: "InvalidOperation.OperationNotAllowedInState#Unconfirmed",
  terminated: "InvalidOperation.OperationNotAllowedInState#Disabled",
  terminating: "InvalidOperation.OperationNotAllowedInState",
  recovering: "InvalidOperation.OperationNotAllowedInState",
  deleting: "InvalidOperation.OperationNotAllowedInState",
};

describe("checkVbrActive", () => {
  for (const status of VBR_STATUSES) {
    test(status, () => {
      const verdict = checkVbrActive(status);
      if (status === "active") assert.equal(verdict.ok, true);
      else expectRefused(verdict, notActive[status]);
      // Every variant keeps the wire answer Alibaba documents.
      if (!verdict.ok) {
        assert.equal(verdict.error.code, "InvalidOperation.OperationNotAllowedInState");
        assert.equal(verdict.error.message, "The specified VirutalBorderRouter is in invalid state.");
      }
    });
  }
});

describe("terminate", () => {
  for (const status of VBR_STATUSES) {
    test(`circuit owner, ${status}`, () => {
      if (status === "active") expectNext(terminate(partnerView(status)), "terminating");
      else if (status === "terminated")
        expectRefused(
          terminate(partnerView(status)),
          "InvalidOperation.OperationNotAllowedInState#AlreadyDisabled",
        );
      else expectRefused(terminate(partnerView(status)), notActive[status]);
    });
    test(`VBR owner without the circuit, ${status}`, () => {
      const t = terminate(tenantView(status));
      expectRefused(t, "Forbidden.OperationNotAllowedByUser#TerminateVbr");
      if (!t.ok) {
        assert.equal(t.error.code, "Forbidden.OperationNotAllowedByUser");
        assert.equal(t.error.httpStatus, 403);
      }
    });
  }
});

describe("recover", () => {
  for (const status of VBR_STATUSES) {
    test(`circuit owner, ${status}, circuit Enabled`, () => {
      const settling = ["terminating", "recovering", "deleting"].includes(status);
      if (status === "terminated") expectNext(recover(partnerView(status), "Enabled"), "recovering");
      else
        expectRefused(
          recover(partnerView(status), "Enabled"),
          settling
            ? "InvalidOperation.OperationNotAllowedInState#RecoverChanging"
            : "InvalidOperation.OperationNotAllowedInState#Recover",
        );
    });
    test(`VBR owner without the circuit, ${status}`, () =>
      expectRefused(
        recover(tenantView(status), "Enabled"),
        "Forbidden.OperationNotAllowedByUser#RecoverVbr",
      ));
  }
  for (const circuit of PHYSICAL_CONNECTION_STATUSES.filter((s) => s !== "Enabled")) {
    test(`circuit ${circuit} refuses`, () => {
      const t = recover(partnerView("terminated"), circuit);
      expectRefused(t, "InvalidOperation.OperationNotAllowedInState#CircuitNotEnabled");
      if (!t.ok) assert.equal(t.error.code, "InvalidOperation.OperationNotAllowedInState");
    });
  }
});

describe("remove", () => {
  const table: [string, (s: VbrStatus) => VbrState, Partial<Record<VbrStatus, string>>][] = [
    // [view, per-status expectations: "ok" or the refusal key; unlisted statuses are refused as in invalid state]
    ["tenant owner", tenantView, { unconfirmed: "ok", active: "ok", terminated: "ok" }],
    ["own VBR", ownView, { unconfirmed: "ok", active: "ok", terminated: "ok" }],
    [
      "partner on a hosted VBR",
      partnerView,
      {
        unconfirmed: "InvalidOperation.OperationNotAllowedInState#NotTerminated",
        active: "InvalidOperation.OperationNotAllowedInState#NotTerminated",
        terminated: "ok",
      },
    ],
    [
      "partner on a legacy VBR",
      legacyView,
      {
        unconfirmed: "ok",
        active: "InvalidOperation.OperationNotAllowedInState#NotTerminated",
        terminated: "ok",
      },
    ],
  ];
  for (const [name, view, expected] of table) {
    for (const status of VBR_STATUSES) {
      const want = expected[status] ?? "InvalidOperation.OperationNotAllowedInState";
      test(`${name}, ${status} → ${want}`, () => {
        if (want === "ok") expectNext(remove(view(status)), "deleting");
        else expectRefused(remove(view(status)), want);
      });
    }
  }
  for (const status of VBR_STATUSES) {
    test(`stranger, ${status}`, () =>
      expectRefused(remove(strangerView(status)), "Forbidden.OperationNotAllowedByUser#DeleteVbr"));
  }
  const awaited = (status: VbrStatus): VbrState => ({ ...legacyView(status), awaitedByPort: true });
  test("a legacy VBR a transformed shared port waits for stays, whoever asks", () => {
    expectRefused(remove(awaited("terminated")), "InvalidStatus.NotAllowed#AwaitingConfirm");
    expectRefused(
      remove({ ...awaited("active"), ownerIsCaller: true, callerIsCircuitOwner: false }),
      "InvalidStatus.NotAllowed#AwaitingConfirm",
    );
  });
  test("the awaited check comes after the caller's and the status's", () => {
    expectRefused(
      remove({ ...awaited("terminated"), callerIsCircuitOwner: false }),
      "Forbidden.OperationNotAllowedByUser#DeleteVbr",
    );
    expectRefused(remove(awaited("deleting")), "InvalidOperation.OperationNotAllowedInState");
    expectRefused(remove(awaited("active")), "InvalidOperation.OperationNotAllowedInState#NotTerminated");
  });
  test("partner deleting an active tenant VBR gets the documented wire code", () => {
    const t = remove(partnerView("active"));
    assert.ok(!t.ok);
    assert.equal(t.error.code, "InvalidOperation.OperationNotAllowedInState");
  });
});

describe("partner that does not pay for the port", () => {
  test("may not disable, recover or delete the tenant's VBR", () => {
    expectRefused(terminate(notPayerView("active")), "Forbidden.OperationNotAllowedByUser#TerminateVbr");
    expectRefused(
      recover(notPayerView("terminated"), "Enabled"),
      "Forbidden.OperationNotAllowedByUser#RecoverVbr",
    );
    expectRefused(remove(notPayerView("terminated")), "Forbidden.OperationNotAllowedByUser#DeleteVbr");
  });
});

describe("settle", () => {
  test("maps intermediate statuses", () => {
    assert.equal(settle("terminating"), "terminated");
    assert.equal(settle("recovering"), "active");
    assert.equal(settle("deleting"), null);
  });
  test("final statuses stay", () => {
    for (const status of ["unconfirmed", "active", "terminated"] as const)
      assert.equal(settle(status), status);
  });
});

describe("createOnHostedConnection", () => {
  const ready: HostedConnectionState = {
    ...initialState("PayByVirtualPhysicalConnectionOwner"),
    status: "Enabled",
    vpconnStatus: "Confirmed",
    paid: true,
    endTime: new Date("2027-01-01T00:00:00Z"),
  };
  test("accepted, paid, unexpired, no VBR", () => expectNext(createOnHostedConnection(ready, NOW), "active"));
  test("no end time counts as unexpired", () =>
    expectNext(createOnHostedConnection({ ...ready, endTime: null }, NOW), "active"));
  test("expired", () =>
    expectRefused(
      createOnHostedConnection({ ...ready, endTime: new Date("2026-01-01T00:00:00Z") }, NOW),
      "InvalidPhysicalConnectionId.NotEnabled#PortNotReady",
    ));
  test("end time exactly now is still usable", () =>
    expectNext(createOnHostedConnection({ ...ready, endTime: NOW }, NOW), "active"));
  for (const status of PHYSICAL_CONNECTION_STATUSES.filter((s) => s !== "Enabled")) {
    test(`hosted connection ${status}`, () =>
      expectRefused(
        createOnHostedConnection({ ...ready, status }, NOW),
        "InvalidPhysicalConnectionId.NotEnabled#PortNotReady",
      ));
  }
  test("not accepted", () =>
    expectRefused(
      createOnHostedConnection({ ...ready, vpconnStatus: "UnConfirmed" }, NOW),
      "InvalidPhysicalConnectionId.NotEnabled#PortNotReady",
    ));
  test("deleted", () =>
    expectRefused(
      createOnHostedConnection({ ...ready, vpconnStatus: "Deleted" }, NOW),
      "InvalidPhysicalConnectionId.NotEnabled#PortNotReady",
    ));
  test("second VBR exceeds the quota", () => {
    const t = createOnHostedConnection({ ...ready, hasVbr: true }, NOW);
    expectRefused(t, "QuotaExceeded.VPCONN#VbrPerVpconn");
    if (!t.ok) {
      assert.equal(t.error.code, "QuotaExceeded.VPCONN");
      assert.equal(t.error.message, "The quota of VBR_COUNT_PER_VPCONN is exceeded, usage 1/1.");
    }
  });
  test("a transformed port waits for the tenant's own VBR: same wire answer, its own advice", () => {
    const t = createOnHostedConnection({ ...ready, awaitingVbr: true }, NOW);
    expectRefused(t, "QuotaExceeded.VPCONN#AwaitingVbr");
    if (!t.ok) {
      assert.equal(t.error.code, "QuotaExceeded.VPCONN");
      assert.equal(t.error.message, "The quota of VBR_COUNT_PER_VPCONN is exceeded, usage 1/1.");
    }
  });
  test("a transformed port not yet accepted says so first", () =>
    expectRefused(
      createOnHostedConnection({ ...ready, awaitingVbr: true, vpconnStatus: "UnConfirmed" }, NOW),
      "InvalidPhysicalConnectionId.NotEnabled#PortNotReady",
    ));
  test("partner cannot create the tenant's VBR", () =>
    expectRefused(
      createOnHostedConnection(ready, NOW, "partner"),
      "Forbidden.OperationNotAllowedByUser#CreateVbrTenantOnly",
    ));
});

describe("checkInheritedVlan", () => {
  const cases: [requested: number | null | undefined, port: number, allowed: boolean][] = [
    [4, 4, true],
    [undefined, 4, true],
    [null, 0, true],
    [5, 4, false],
  ];
  for (const [requested, port, allowed] of cases) {
    test(`${requested} on a port with VLAN ${port}`, () => {
      const verdict = checkInheritedVlan(requested, port);
      if (allowed) assert.equal(verdict.ok, true);
      else {
        expectRefused(verdict, "Forbidden.VlanIdNotAllowedByCaller");
        if (!verdict.ok) assert.equal(verdict.error.field, "VlanId");
      }
    });
  }
});

describe("allowedActions", () => {
  test("partner on an active tenant VBR may only disable", () => {
    const actions = allowedActions(partnerView("active"), "Enabled");
    assert.equal(actions.terminate.ok, true);
    assert.equal(actions.recover.ok, false);
    assert.equal(actions.delete.ok, false);
    if (!actions.delete.ok) {
      assert.equal(actions.delete.error.key, "InvalidOperation.OperationNotAllowedInState#NotTerminated");
    }
  });
  test("partner on a terminated tenant VBR may recover and delete", () => {
    const actions = allowedActions(partnerView("terminated"), "Enabled");
    assert.deepEqual([actions.terminate.ok, actions.recover.ok, actions.delete.ok], [false, true, true]);
  });
  test("tenant on its active VBR may only delete", () => {
    const actions = allowedActions(tenantView("active"), "Enabled");
    assert.deepEqual([actions.terminate.ok, actions.recover.ok, actions.delete.ok], [false, false, true]);
  });
});

describe("a Disabled VBR's greyed Disable", () => {
  test("says it is disabled, not that it is changing status", () => {
    const t = allowedActions(partnerView("terminated"), "Enabled").terminate;
    expectRefused(t, "InvalidOperation.OperationNotAllowedInState#AlreadyDisabled");
  });
});
