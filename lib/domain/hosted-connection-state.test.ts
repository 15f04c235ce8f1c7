import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  ORDER_MODES,
  type OrderMode,
  PHYSICAL_CONNECTION_STATUSES,
  type PhysicalConnectionStatus,
  type Role,
  ROLES,
  VPCONN_STATUSES,
} from "./enums";
import {
  allowedActions,
  attachVbr,
  confirm,
  consoleStatus,
  constructionProcess,
  type HostedConnectionPatch,
  type HostedConnectionState,
  type HostedConnectionTransition,
  initialState,
  isExpired,
  pay,
  payExpectSpec,
  recover,
  remove,
  requestSpec,
  settle,
  terminate,
  updateVlan,
} from "./hosted-connection-state";

const NOW = new Date("2026-11-22T08:00:00Z");
const LATER = new Date("2027-11-22T08:00:00Z");
const EARLIER = new Date("2025-11-22T08:00:00Z");
const PARTNER_PAYS: OrderMode = "PayByPhysicalConnectionOwner";
const TENANT_PAYS: OrderMode = "PayByVirtualPhysicalConnectionOwner";

function hc(overrides: Partial<HostedConnectionState> = {}): HostedConnectionState {
  return { ...initialState(TENANT_PAYS), ...overrides };
}

function expectNext(t: HostedConnectionTransition, next: HostedConnectionPatch): void {
  assert.equal(t.ok, true, t.ok ? "" : `refused with ${t.error.key}`);
  if (t.ok) assert.deepEqual(t.next, next);
}

function expectRefused(t: HostedConnectionTransition, key: string): void {
  assert.equal(t.ok, false, "expected a refusal");
  if (!t.ok) assert.equal(t.error.key, key);
}

// Every combination of the state fields, to check each event over the whole space.
function allStates(): HostedConnectionState[] {
  const states: HostedConnectionState[] = [];
  for (const status of PHYSICAL_CONNECTION_STATUSES)
    for (const vpconnStatus of VPCONN_STATUSES)
      for (const paid of [false, true])
        for (const orderMode of ORDER_MODES)
          for (const hasVbr of [false, true])
            states.push({ status, vpconnStatus, paid, orderMode, hasVbr, endTime: LATER, id: "pc-x" });
  return states;
}

type Rule = [when: (s: HostedConnectionState, role: Role) => boolean, key: string];

// Restates each event's refusal order as data; the first matching rule names the expected code.
function checkSpace(
  event: (s: HostedConnectionState, role: Role) => HostedConnectionTransition,
  refusals: Rule[],
  allowed: (s: HostedConnectionState, role: Role) => HostedConnectionPatch,
): void {
  for (const state of allStates()) {
    for (const role of ROLES) {
      const label = `${role} ${JSON.stringify({ ...state, endTime: undefined })}`;
      const t = event(state, role);
      const rule = refusals.find(([when]) => when(state, role));
      if (rule) {
        assert.equal(t.ok, false, `expected refusal for ${label}`);
        if (!t.ok) assert.equal(t.error.key, rule[1], label);
      } else {
        assert.equal(t.ok, true, `expected success for ${label}: ${t.ok ? "" : t.error.key}`);
        if (t.ok) assert.deepEqual(t.next, allowed(state, role), label);
      }
    }
  }
}

const payer = (s: HostedConnectionState): Role => (s.orderMode === PARTNER_PAYS ? "partner" : "tenant");
const deleted = (s: HostedConnectionState) => s.vpconnStatus === "Deleted";
const pending = (s: HostedConnectionState) => s.status === "Allocated" && s.vpconnStatus === "UnConfirmed";
const accepted = (s: HostedConnectionState) => s.status === "Confirmed" && s.vpconnStatus === "Confirmed";

describe("initialState", () => {
  test("new hosted connection is Allocated / UnConfirmed and unpaid", () => {
    assert.deepEqual(initialState(PARTNER_PAYS), {
      status: "Allocated",
      vpconnStatus: "UnConfirmed",
      paid: false,
      orderMode: PARTNER_PAYS,
      hasVbr: false,
      endTime: null,
    });
  });
});

describe("confirm", () => {
  test("tenant accepts an unpaid port: Confirmed / Confirmed", () =>
    expectNext(confirm(hc()), { status: "Confirmed", vpconnStatus: "Confirmed" }));
  test("tenant accepts a port the partner paid: Enabled", () =>
    expectNext(confirm(hc({ orderMode: PARTNER_PAYS, paid: true })), {
      status: "Enabled",
      vpconnStatus: "Confirmed",
      loaStatus: "Complete",
    }));
  test("partner cannot confirm", () =>
    expectRefused(confirm(hc(), "partner"), "Forbidden.OperationNotAllowedByUser"));
  test("already confirmed", () =>
    expectRefused(
      confirm(hc({ status: "Confirmed", vpconnStatus: "Confirmed" })),
      "IncorrectStatus.PhysicalConnection#NotAllocated",
    ));
  test("wire message", () => {
    const t = confirm(hc({ status: "Enabled", vpconnStatus: "Confirmed" }));
    assert.ok(!t.ok);
    assert.equal(t.error.code, "IncorrectStatus.PhysicalConnection");
    assert.equal(t.error.message, "The specified PhysicalConnectionId is not in Allocated state.");
  });
  test("whole state space", () =>
    checkSpace(
      confirm,
      [
        [(_, role) => role === "partner", "Forbidden.OperationNotAllowedByUser"],
        [(s) => !pending(s), "IncorrectStatus.PhysicalConnection#NotAllocated"],
      ],
      (s) =>
        s.paid
          ? { status: "Enabled", vpconnStatus: "Confirmed", loaStatus: "Complete" }
          : { status: "Confirmed", vpconnStatus: "Confirmed" },
    ));
});

describe("pay", () => {
  test("tenant pays after accepting: Enabled, LoaStatus Complete", () =>
    expectNext(pay(hc({ status: "Confirmed", vpconnStatus: "Confirmed" }), "tenant"), {
      status: "Enabled",
      paid: true,
      loaStatus: "Complete",
    }));
  test("tenant cannot pay before accepting", () =>
    expectRefused(pay(hc(), "tenant"), "IncorrectStatus.PhysicalConnection#Invalid"));
  test("partner pays before acceptance: stays Allocated, paid", () =>
    expectNext(pay(hc({ orderMode: PARTNER_PAYS }), "partner"), { paid: true }));
  test("partner pays after acceptance: Enabled", () =>
    expectNext(
      pay(hc({ orderMode: PARTNER_PAYS, status: "Confirmed", vpconnStatus: "Confirmed" }), "partner"),
      {
        status: "Enabled",
        paid: true,
        loaStatus: "Complete",
      },
    ));
  test("payer must match OrderMode", () => {
    expectRefused(pay(hc({ orderMode: TENANT_PAYS }), "partner"), "Forbidden.OperationNotAllowedByUser");
    expectRefused(
      pay(hc({ orderMode: PARTNER_PAYS, status: "Confirmed", vpconnStatus: "Confirmed" }), "tenant"),
      "Forbidden.OperationNotAllowedByUser",
    );
  });
  test("already paid", () =>
    expectRefused(
      pay(hc({ orderMode: PARTNER_PAYS, paid: true }), "partner"),
      "Forbidden.NotAllowedInState",
    ));
  test("Enabled and paid", () =>
    expectRefused(
      pay(hc({ status: "Enabled", vpconnStatus: "Confirmed", paid: true }), "tenant"),
      "Forbidden.NotAllowedInState",
    ));
  test("whole state space", () =>
    checkSpace(
      pay,
      [
        [(s, role) => role !== payer(s), "Forbidden.OperationNotAllowedByUser"],
        [(s) => s.paid, "Forbidden.NotAllowedInState"],
        [
          (s, role) => !accepted(s) && !(role === "partner" && pending(s)),
          "IncorrectStatus.PhysicalConnection#Invalid",
        ],
      ],
      (s) => (accepted(s) ? { status: "Enabled", paid: true, loaStatus: "Complete" } : { paid: true }),
    ));
});

describe("payExpectSpec", () => {
  const active = hc({
    status: "Enabled",
    vpconnStatus: "Confirmed",
    paid: true,
    endTime: LATER,
    expectSpec: "1G",
  });
  test("the payer pays a pending ExpectSpec on a paid port", () =>
    expectNext(payExpectSpec(active, "tenant"), {}));
  test("only the payer", () =>
    expectRefused(payExpectSpec(active, "partner"), "Forbidden.OperationNotAllowedByUser"));
  test("nothing pending, unpaid, or deleted", () => {
    expectRefused(payExpectSpec({ ...active, expectSpec: null }, "tenant"), "Forbidden.NotAllowedInState");
    expectRefused(payExpectSpec({ ...active, paid: false }, "tenant"), "Forbidden.NotAllowedInState");
    expectRefused(
      payExpectSpec({ ...active, vpconnStatus: "Deleted" }, "tenant"),
      "Forbidden.NotAllowedInState",
    );
  });
  test("paid by the partner but not yet live (no period started)", () =>
    expectRefused(
      payExpectSpec({ ...active, orderMode: PARTNER_PAYS, endTime: null }, "partner"),
      "IncorrectStatus.PhysicalConnection#Invalid",
    ));
});

describe("attachVbr", () => {
  test("whole state space", () =>
    checkSpace(
      attachVbr,
      [
        [(_s, role) => role !== "partner", "Forbidden.OperationNotAllowedByUser"],
        [
          (s) => s.status !== "Enabled" || s.vpconnStatus !== "Confirmed",
          "IncorrectStatus.PhysicalConnection#NotEnabled",
        ],
        [(s) => s.hasVbr, "QuotaExceeded.VPCONN#VbrPerVpconn"],
      ],
      () => ({}),
    ));
  test("the message names the shared port", () => {
    const t = attachVbr(hc({ id: "pc-x" }), "partner");
    assert.ok(!t.ok);
    assert.equal(t.error.message, "The specified PhysicalConnectionId [pc-x] is not in Enabled state.");
  });
});

describe("terminate", () => {
  const enabled = hc({ status: "Enabled", vpconnStatus: "Confirmed", paid: true });
  test("tenant disables an Enabled port", () =>
    expectNext(terminate(enabled, "tenant"), { status: "Terminating" }));
  test("partner disables when payer", () =>
    expectNext(terminate({ ...enabled, orderMode: PARTNER_PAYS }, "partner"), { status: "Terminating" }));
  test("partner refused when the tenant pays", () =>
    expectRefused(terminate(enabled, "partner"), "Forbidden.OperationNotAllowedByUser"));
  test("VBR must be deleted first", () =>
    expectRefused(terminate({ ...enabled, hasVbr: true }, "tenant"), "Forbidden.VBRExists"));
  test("only from Enabled", () => {
    for (const status of PHYSICAL_CONNECTION_STATUSES.filter((s) => s !== "Enabled")) {
      expectRefused(terminate({ ...enabled, status }, "tenant"), "Forbidden.NotAllowedInState");
    }
  });
  test("whole state space", () =>
    checkSpace(
      terminate,
      [
        [(s, role) => role === "partner" && payer(s) !== "partner", "Forbidden.OperationNotAllowedByUser"],
        [(s) => deleted(s) || s.status !== "Enabled", "Forbidden.NotAllowedInState"],
        [(s) => s.hasVbr, "Forbidden.VBRExists"],
      ],
      () => ({ status: "Terminating" }),
    ));
});

describe("settle", () => {
  test("intermediate states finish", () => {
    assert.equal(settle("Terminating"), "Terminated");
    assert.equal(settle("Allocating"), "Allocated");
  });
  test("final states stay", () => {
    const finals = PHYSICAL_CONNECTION_STATUSES.filter((s) => s !== "Terminating" && s !== "Allocating");
    for (const status of finals) assert.equal(settle(status), status);
  });
});

describe("recover", () => {
  const disabled = hc({
    status: "Terminated",
    vpconnStatus: "Confirmed",
    paid: true,
    endTime: LATER,
    id: "pc-1",
  });
  test("partner recovers a Terminated port", () =>
    expectNext(recover(disabled, "partner", NOW), { status: "Enabled" }));
  test("partner recovers even when the tenant pays", () =>
    expectNext(recover({ ...disabled, orderMode: TENANT_PAYS }, "partner"), { status: "Enabled" }));
  test("tenant cannot recover", () =>
    expectRefused(recover(disabled, "tenant", NOW), "Forbidden.OperationNotAllowedByUser"));
  test("not Terminated: message names the instance", () => {
    const t = recover({ ...disabled, status: "Enabled" }, "partner", NOW);
    expectRefused(t, "IncorrectStatus.PhysicalConnection");
    if (!t.ok) assert.equal(t.error.message, "The status of pc-1 is incorrect.");
  });
  test("expired subscription", () =>
    expectRefused(
      recover({ ...disabled, endTime: EARLIER }, "partner", NOW),
      "OperationDenied.TerminateVirtualPhysicalConnection",
    ));
  test("expiry ignored without a clock", () =>
    expectNext(recover({ ...disabled, endTime: EARLIER }, "partner"), { status: "Enabled" }));
  test("whole state space", () =>
    checkSpace(
      (s, role) => recover(s, role, NOW),
      [
        [(_, role) => role !== "partner", "Forbidden.OperationNotAllowedByUser"],
        [(s) => deleted(s) || s.status !== "Terminated", "IncorrectStatus.PhysicalConnection"],
      ],
      () => ({ status: "Enabled" }),
    ));
});

describe("remove", () => {
  const removable: PhysicalConnectionStatus[] = [
    "Allocated",
    "Confirmed",
    "Rejected",
    "Canceled",
    "Allocation Failed",
    "Terminated",
    "Enabled",
  ];
  const gone = { vpconnStatus: "Deleted", loaStatus: "Deleted" } as const;
  test("tenant deletes in every removable state", () => {
    for (const status of removable)
      expectNext(remove(hc({ status, vpconnStatus: "Confirmed" }), "tenant"), gone);
  });
  test("refused in other states", () => {
    for (const status of ["Initial", "Approved", "Allocating", "Terminating"] as const) {
      expectRefused(
        remove(hc({ status, vpconnStatus: "Confirmed" }), "tenant"),
        "Forbidden.NotAllowedInState",
      );
    }
  });
  test("VBR must be deleted first", () =>
    expectRefused(
      remove(hc({ status: "Terminated", vpconnStatus: "Confirmed", hasVbr: true }), "tenant"),
      "Forbidden.VBRExists",
    ));
  test("partner deletes when payer", () =>
    expectNext(
      remove(hc({ status: "Terminated", vpconnStatus: "Confirmed", orderMode: PARTNER_PAYS }), "partner"),
      gone,
    ));
  test("partner refused when the tenant pays and accepted", () =>
    expectRefused(
      remove(hc({ status: "Terminated", vpconnStatus: "Confirmed" }), "partner"),
      "Forbidden.OperationNotAllowedByUser",
    ));
  test("partner may withdraw a port pending acceptance", () => expectNext(remove(hc(), "partner"), gone));
  test("already deleted", () =>
    expectRefused(remove(hc({ vpconnStatus: "Deleted" }), "tenant"), "Forbidden.NotAllowedInState"));
  test("whole state space", () =>
    checkSpace(
      remove,
      [
        [
          (s, role) => role === "partner" && payer(s) !== "partner" && !pending(s),
          "Forbidden.OperationNotAllowedByUser",
        ],
        [(s) => deleted(s) || !removable.includes(s.status), "Forbidden.NotAllowedInState"],
        [(s) => s.hasVbr, "Forbidden.VBRExists"],
      ],
      () => gone,
    ));
});

describe("updateVlan / requestSpec", () => {
  for (const [name, event] of [
    ["updateVlan", updateVlan],
    ["requestSpec", requestSpec],
  ] as const) {
    test(`${name}: partner on an Enabled port`, () =>
      expectNext(event(hc({ status: "Enabled", vpconnStatus: "Confirmed" }), "partner"), {}));
    test(`${name}: tenant refused`, () =>
      expectRefused(
        event(hc({ status: "Enabled", vpconnStatus: "Confirmed" }), "tenant"),
        "Forbidden.OperationNotAllowedByUser",
      ));
    test(`${name}: Terminating refused`, () =>
      expectRefused(
        event(hc({ status: "Terminating", vpconnStatus: "Confirmed" }), "partner"),
        "IncorrectStatus.PhysicalConnection",
      ));
    test(`${name}: Deleted refused`, () =>
      expectRefused(event(hc({ vpconnStatus: "Deleted" }), "partner"), "IncorrectStatus.PhysicalConnection"));
    test(`${name}: whole state space`, () =>
      checkSpace(
        event,
        [
          [(_, role) => role !== "partner", "Forbidden.OperationNotAllowedByUser"],
          [(s) => deleted(s) || s.status === "Terminating", "IncorrectStatus.PhysicalConnection"],
        ],
        () => ({}),
      ));
  }
});

describe("consoleStatus / constructionProcess", () => {
  const cases: [Partial<HostedConnectionState>, string, string][] = [
    [{}, "pendingAcceptance", "pending"],
    [{ paid: true, orderMode: PARTNER_PAYS }, "pendingAcceptance", "pending"],
    [{ status: "Confirmed", vpconnStatus: "Confirmed" }, "waitingPayment", "pending"],
    [{ status: "Enabled", vpconnStatus: "Confirmed", paid: true, endTime: LATER }, "active", "complete"],
    [{ status: "Enabled", vpconnStatus: "Confirmed", paid: true, endTime: null }, "active", "complete"],
    [{ status: "Enabled", vpconnStatus: "Confirmed", paid: true, endTime: EARLIER }, "expired", "complete"],
    [{ status: "Terminating", vpconnStatus: "Confirmed", paid: true }, "terminating", "complete"],
    [{ status: "Terminated", vpconnStatus: "Confirmed", paid: true }, "disabled", "complete"],
    [{ status: "Terminated", vpconnStatus: "Deleted", paid: true }, "deleted", "complete"],
    [{ status: "Rejected", vpconnStatus: "Confirmed" }, "rejected", "pending"],
    [{ status: "Canceled", vpconnStatus: "Confirmed" }, "canceled", "pending"],
    [{ status: "Allocation Failed", vpconnStatus: "Confirmed" }, "allocationFailed", "pending"],
    [{ status: "Allocating", vpconnStatus: "Confirmed" }, "processing", "pending"],
  ];
  for (const [overrides, label, process] of cases) {
    test(`${JSON.stringify(overrides)} → ${label} / ${process}`, () => {
      assert.equal(consoleStatus(hc(overrides), NOW), label);
      assert.equal(constructionProcess(hc(overrides)), process);
    });
  }
  test("expiry boundary: endTime == now is not expired", () => {
    assert.equal(isExpired({ endTime: NOW }, NOW), false);
    assert.equal(isExpired({ endTime: new Date(NOW.getTime() - 1) }, NOW), true);
  });
});

describe("allowedActions", () => {
  test("tenant on a pending port may confirm and delete", () => {
    const actions = allowedActions(hc(), "tenant", NOW);
    assert.equal(actions.confirm.allowed, true);
    assert.equal(actions.delete.allowed, true);
    for (const [name, key] of [
      ["pay", "IncorrectStatus.PhysicalConnection#Invalid"],
      ["terminate", "Forbidden.NotAllowedInState"],
      ["recover", "Forbidden.OperationNotAllowedByUser"],
      ["edit", "Forbidden.OperationNotAllowedByUser"],
    ] as const) {
      const a = actions[name];
      assert.equal(a.allowed, false, name);
      if (!a.allowed) assert.equal(a.error.key, key, name);
    }
  });

  test("partner on an Enabled port it pays for", () => {
    const actions = allowedActions(
      hc({
        status: "Enabled",
        vpconnStatus: "Confirmed",
        paid: true,
        orderMode: PARTNER_PAYS,
        endTime: LATER,
      }),
      "partner",
      NOW,
    );
    assert.deepEqual(Object.fromEntries(Object.entries(actions).map(([k, v]) => [k, v.allowed])), {
      confirm: false,
      pay: false,
      terminate: true,
      recover: false,
      delete: true,
      edit: true,
    });
  });

  test("refusal reasons come with the wire message", () => {
    const actions = allowedActions(
      hc({ status: "Enabled", vpconnStatus: "Confirmed", paid: true, hasVbr: true }),
      "tenant",
      NOW,
    );
    const t = actions.terminate;
    assert.equal(t.allowed, false);
    if (!t.allowed) {
      assert.equal(t.error.code, "Forbidden.VBRExists");
      assert.equal(t.error.message, "vbr owner's vbr still exists.");
    }
  });

  test("matches the individual events over the whole space", () => {
    for (const state of allStates()) {
      for (const role of ROLES) {
        const actions = allowedActions(state, role, NOW);
        assert.equal(actions.confirm.allowed, confirm(state, role).ok);
        assert.equal(actions.pay.allowed, pay(state, role).ok);
        assert.equal(actions.terminate.allowed, terminate(state, role).ok);
        assert.equal(actions.recover.allowed, recover(state, role, NOW).ok);
        assert.equal(actions.delete.allowed, remove(state, role).ok);
        assert.equal(actions.edit.allowed, updateVlan(state, role).ok);
      }
    }
  });
});
