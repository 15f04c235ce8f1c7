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
  awaitsPartnerConfirm,
  checkOfferTags,
  cancelSpecChange,
  checkOrderPayable,
  checkOrderUnpaid,
  confirm,
  consoleStatus,
  constructionProcess,
  decline,
  type HostedConnectionPatch,
  type HostedConnectionState,
  type HostedConnectionVerdict,
  initialState,
  type OrderToPay,
  isExpired,
  lapse,
  pay,
  payExpectSpec,
  recover,
  remove,
  requestSpec,
  settle,
  terminate,
  updateVlan,
  vlanChangeReachesTenant,
} from "./hosted-connection-state";
import { DomainError } from "./errors";
import { unwrap, type Verdict } from "./verdict";

const NOW = new Date("2026-11-22T08:00:00Z");
const LATER = new Date("2027-11-22T08:00:00Z");
const EARLIER = new Date("2025-11-22T08:00:00Z");
const PARTNER_PAYS: OrderMode = "PayByPhysicalConnectionOwner";
const TENANT_PAYS: OrderMode = "PayByVirtualPhysicalConnectionOwner";

function hc(overrides: Partial<HostedConnectionState> = {}): HostedConnectionState {
  return { ...initialState(TENANT_PAYS), ...overrides };
}

function expectNext(t: HostedConnectionVerdict, next: HostedConnectionPatch): void {
  assert.equal(t.ok, true, t.ok ? "" : `refused with ${t.error.key}`);
  if (t.ok) assert.deepEqual(t.value, next);
}

function expectRefused(t: Verdict<unknown>, key: string): void {
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
            for (const awaitingVbr of [false, true])
              states.push({
                status,
                vpconnStatus,
                paid,
                orderMode,
                hasVbr,
                awaitingVbr,
                endTime: LATER,
                id: "pc-x",
              });
  return states;
}

type Rule = [when: (s: HostedConnectionState, role: Role) => boolean, key: string];

// Restates each event's refusal order as data; the first matching rule names the expected code.
function checkSpace(
  event: (s: HostedConnectionState, role: Role) => HostedConnectionVerdict,
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
        if (t.ok) assert.deepEqual(t.value, allowed(state, role), label);
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
      awaitingVbr: false,
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
    expectRefused(confirm(hc(), "partner"), "Forbidden.OperationNotAllowedByUser#AcceptTenantOnly"));
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
        [(_, role) => role === "partner", "Forbidden.OperationNotAllowedByUser#AcceptTenantOnly"],
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
  test("payer must match OrderMode, and the refusal says who pays", () => {
    expectRefused(
      pay(hc({ orderMode: TENANT_PAYS }), "partner"),
      "Forbidden.OperationNotAllowedByUser#TenantPays",
    );
    expectRefused(
      pay(hc({ orderMode: PARTNER_PAYS, status: "Confirmed", vpconnStatus: "Confirmed" }), "tenant"),
      "Forbidden.OperationNotAllowedByUser#PartnerPays",
    );
  });
  test("already paid", () =>
    expectRefused(
      pay(hc({ orderMode: PARTNER_PAYS, paid: true }), "partner"),
      "Forbidden.NotAllowedInState#AlreadyPaid",
    ));
  test("Enabled and paid", () =>
    expectRefused(
      pay(hc({ status: "Enabled", vpconnStatus: "Confirmed", paid: true }), "tenant"),
      "Forbidden.NotAllowedInState#AlreadyPaid",
    ));
  test("whole state space", () =>
    checkSpace(
      pay,
      [
        [
          (s, role) => role !== payer(s) && payer(s) === "partner",
          "Forbidden.OperationNotAllowedByUser#PartnerPays",
        ],
        [(s, role) => role !== payer(s), "Forbidden.OperationNotAllowedByUser#TenantPays"],
        [(s) => s.paid, "Forbidden.NotAllowedInState#AlreadyPaid"],
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
    expectRefused(payExpectSpec(active, "partner"), "Forbidden.OperationNotAllowedByUser#TenantPays"));
  test("nothing pending, unpaid, or deleted", () => {
    expectRefused(
      payExpectSpec({ ...active, expectSpec: null }, "tenant"),
      "Forbidden.NotAllowedInState#NoPendingSpec",
    );
    expectRefused(
      payExpectSpec({ ...active, paid: false }, "tenant"),
      "Forbidden.NotAllowedInState#NoPendingSpec",
    );
    expectRefused(
      payExpectSpec({ ...active, vpconnStatus: "Deleted" }, "tenant"),
      "Forbidden.NotAllowedInState#Deleted",
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
        [(_s, role) => role !== "partner", "Forbidden.OperationNotAllowedByUser#ConfirmPartnerOnly"],
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
    expectRefused(terminate(enabled, "partner"), "Forbidden.OperationNotAllowedByUser#DisableTenantPays"));
  test("VBR must be deleted first", () =>
    expectRefused(terminate({ ...enabled, hasVbr: true }, "tenant"), "Forbidden.VBRExists"));
  test("only from Enabled; the refusal says whether it is disabled already", () => {
    const expected = (status: PhysicalConnectionStatus) =>
      status === "Terminated"
        ? "Forbidden.NotAllowedInState#AlreadyDisabled"
        : status === "Terminating"
          ? "Forbidden.NotAllowedInState#PortChanging"
          : "Forbidden.NotAllowedInState#DisableNotActive";
    for (const status of PHYSICAL_CONNECTION_STATUSES.filter((s) => s !== "Enabled")) {
      expectRefused(terminate({ ...enabled, status }, "tenant"), expected(status));
    }
  });
  test("a deleted port says so", () =>
    expectRefused(
      terminate({ ...enabled, vpconnStatus: "Deleted" }, "tenant"),
      "Forbidden.NotAllowedInState#Deleted",
    ));
  test("whole state space", () =>
    checkSpace(
      terminate,
      [
        [
          (s, role) => role === "partner" && payer(s) !== "partner",
          "Forbidden.OperationNotAllowedByUser#DisableTenantPays",
        ],
        [deleted, "Forbidden.NotAllowedInState#Deleted"],
        [(s) => s.status === "Terminating", "Forbidden.NotAllowedInState#PortChanging"],
        [(s) => s.status === "Terminated", "Forbidden.NotAllowedInState#AlreadyDisabled"],
        [(s) => s.status !== "Enabled", "Forbidden.NotAllowedInState#DisableNotActive"],
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
    expectRefused(
      recover(disabled, "tenant", NOW),
      "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly",
    ));
  test("not Terminated: message names the instance", () => {
    const t = recover({ ...disabled, status: "Enabled" }, "partner", NOW);
    expectRefused(t, "IncorrectStatus.PhysicalConnection#NotDisabled");
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
        [(_, role) => role !== "partner", "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly"],
        [deleted, "IncorrectStatus.PhysicalConnection#Deleted"],
        [(s) => s.status === "Terminating", "IncorrectStatus.PhysicalConnection#PortChanging"],
        [(s) => s.status !== "Terminated", "IncorrectStatus.PhysicalConnection#NotDisabled"],
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
        "Forbidden.NotAllowedInState#PortChanging",
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
      "Forbidden.OperationNotAllowedByUser#DeleteTenantPays",
    ));
  test("partner may withdraw a port pending acceptance", () => expectNext(remove(hc(), "partner"), gone));
  test("already deleted", () =>
    expectRefused(remove(hc({ vpconnStatus: "Deleted" }), "tenant"), "Forbidden.NotAllowedInState#Deleted"));
  test("whole state space", () =>
    checkSpace(
      remove,
      [
        [
          (s, role) => role === "partner" && payer(s) !== "partner" && !pending(s),
          "Forbidden.OperationNotAllowedByUser#DeleteTenantPays",
        ],
        [deleted, "Forbidden.NotAllowedInState#Deleted"],
        [(s) => !removable.includes(s.status), "Forbidden.NotAllowedInState#PortChanging"],
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
        "Forbidden.OperationNotAllowedByUser#EditPartnerOnly",
      ));
    test(`${name}: Terminating refused`, () =>
      expectRefused(
        event(hc({ status: "Terminating", vpconnStatus: "Confirmed" }), "partner"),
        "IncorrectStatus.PhysicalConnection#PortChanging",
      ));
    test(`${name}: Deleted refused`, () =>
      expectRefused(
        event(hc({ vpconnStatus: "Deleted" }), "partner"),
        "IncorrectStatus.PhysicalConnection#Deleted",
      ));
    test(`${name}: whole state space`, () =>
      checkSpace(
        event,
        [
          [(_, role) => role !== "partner", "Forbidden.OperationNotAllowedByUser#EditPartnerOnly"],
          [deleted, "IncorrectStatus.PhysicalConnection#Deleted"],
          [(s) => s.status === "Terminating", "IncorrectStatus.PhysicalConnection#PortChanging"],
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
    assert.equal(actions.confirm.ok, true);
    assert.equal(actions.delete.ok, true);
    for (const [name, key] of [
      ["pay", "IncorrectStatus.PhysicalConnection#Invalid"],
      ["terminate", "Forbidden.NotAllowedInState#DisableNotActive"],
      ["recover", "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly"],
      ["edit", "Forbidden.OperationNotAllowedByUser#EditPartnerOnly"],
    ] as const) {
      const a = actions[name];
      assert.equal(a.ok, false, name);
      if (!a.ok) assert.equal(a.error.key, key, name);
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
    assert.deepEqual(Object.fromEntries(Object.entries(actions).map(([k, v]) => [k, v.ok])), {
      confirm: false,
      pay: false,
      payChange: false,
      terminate: true,
      recover: false,
      delete: true,
      edit: true,
      decline: false,
    });
  });

  test("refusal reasons come with the wire message", () => {
    const actions = allowedActions(
      hc({ status: "Enabled", vpconnStatus: "Confirmed", paid: true, hasVbr: true }),
      "tenant",
      NOW,
    );
    const t = actions.terminate;
    assert.equal(t.ok, false);
    if (!t.ok) {
      assert.equal(t.error.code, "Forbidden.VBRExists");
      assert.equal(t.error.message, "vbr owner's vbr still exists.");
    }
  });

  test("matches the individual events over the whole space", () => {
    for (const state of allStates()) {
      for (const role of ROLES) {
        const actions = allowedActions(state, role, NOW);
        assert.deepEqual(actions.confirm, confirm(state, role));
        assert.deepEqual(actions.pay, pay(state, role));
        assert.deepEqual(actions.payChange, payExpectSpec(state, role));
        assert.deepEqual(actions.terminate, terminate(state, role));
        assert.deepEqual(actions.recover, recover(state, role, NOW));
        assert.deepEqual(actions.delete, remove(state, role));
        assert.deepEqual(actions.edit, updateVlan(state, role));
        assert.deepEqual(actions.decline, decline(state, role));
      }
    }
  });
});

describe("cancelSpecChange", () => {
  const live = hc({ status: "Enabled", vpconnStatus: "Confirmed", paid: true, endTime: LATER });
  test("a pending ExpectSpec is withdrawn", () =>
    expectNext(cancelSpecChange({ ...live, expectSpec: "1G" }), {}));
  test("nothing pending", () =>
    expectRefused(cancelSpecChange(live), "Forbidden.NotAllowedInState#NoPendingSpec"));
  test("a deleted port", () =>
    expectRefused(
      cancelSpecChange({ ...live, expectSpec: "1G", vpconnStatus: "Deleted" }),
      "Forbidden.NotAllowedInState#Deleted",
    ));
});

describe("checkOrderUnpaid / checkOrderPayable", () => {
  const accepted = hc({ status: "Confirmed", vpconnStatus: "Confirmed" });
  const live = hc({
    status: "Enabled",
    vpconnStatus: "Confirmed",
    paid: true,
    endTime: LATER,
    expectSpec: "1G",
  });
  const cases: [
    label: string,
    state: HostedConnectionState,
    role: Role,
    order: OrderToPay,
    want: string | HostedConnectionPatch,
  ][] = [
    [
      "a new order on an accepted port",
      accepted,
      "tenant",
      { status: "unpaid", type: "new", spec: "500M" },
      { status: "Enabled", paid: true, loaStatus: "Complete" },
    ],
    [
      "an upgrade that still buys the ExpectSpec",
      live,
      "tenant",
      { status: "unpaid", type: "upgrade", spec: "1G" },
      {},
    ],
    [
      "an order already paid",
      accepted,
      "tenant",
      { status: "paid", type: "new", spec: "500M" },
      "Forbidden.NotAllowedInState#OrderNotUnpaid",
    ],
    [
      "a cancelled order",
      accepted,
      "tenant",
      { status: "cancelled", type: "new", spec: "500M" },
      "Forbidden.NotAllowedInState#OrderNotUnpaid",
    ],
    [
      "an upgrade whose ExpectSpec changed since",
      live,
      "tenant",
      { status: "unpaid", type: "upgrade", spec: "2G" },
      "Forbidden.NotAllowedInState#OrderOutdated",
    ],
    [
      "a new order priced at an ExpectSpec the partner withdrew since",
      { ...accepted, spec: "500M", expectSpec: null },
      "tenant",
      { status: "unpaid", type: "new", spec: "5G" },
      "Forbidden.NotAllowedInState#OrderOutdated",
    ],
    [
      "a new order priced at the old Spec after the partner requested another",
      { ...accepted, spec: "500M", expectSpec: "200M" },
      "tenant",
      { status: "unpaid", type: "new", spec: "500M" },
      "Forbidden.NotAllowedInState#OrderOutdated",
    ],
    [
      "a new order that still buys the pending ExpectSpec",
      { ...accepted, spec: "500M", expectSpec: "200M" },
      "tenant",
      { status: "unpaid", type: "new", spec: "200M" },
      { status: "Enabled", paid: true, loaStatus: "Complete" },
    ],
    [
      "an upgrade with nothing pending",
      { ...live, expectSpec: null },
      "tenant",
      { status: "unpaid", type: "upgrade", spec: "1G" },
      "Forbidden.NotAllowedInState#NoPendingSpec",
    ],
    [
      "a new order by the partner when the tenant pays",
      accepted,
      "partner",
      { status: "unpaid", type: "new", spec: "500M" },
      "Forbidden.OperationNotAllowedByUser#TenantPays",
    ],
  ];
  for (const [label, state, role, order, want] of cases) {
    test(label, () => {
      const verdict = checkOrderPayable(state, role, order);
      if (typeof want === "string") expectRefused(verdict, want);
      else expectNext(verdict, want);
    });
  }
  test("checkOrderUnpaid alone", () => {
    assert.equal(checkOrderUnpaid({ status: "unpaid" }).ok, true);
    expectRefused(checkOrderUnpaid({ status: "paid" }), "Forbidden.NotAllowedInState#OrderNotUnpaid");
  });
  test("the wire answer of a refused order stays Forbidden.NotAllowedInState", () => {
    const verdict = checkOrderUnpaid({ status: "paid" });
    assert.ok(!verdict.ok);
    assert.equal(verdict.error.code, "Forbidden.NotAllowedInState");
    assert.equal(verdict.error.message, "The request does not allow in this state.");
  });
});

describe("checkOfferTags", () => {
  const cases: [tags: number, mode: OrderMode, allowed: boolean][] = [
    [0, TENANT_PAYS, true],
    [0, PARTNER_PAYS, true],
    [3, PARTNER_PAYS, true],
    [1, TENANT_PAYS, false],
  ];
  for (const [tags, mode, allowed] of cases) {
    test(`${tags} tags when ${mode}`, () => {
      const verdict = checkOfferTags(tags, mode);
      if (allowed) assert.equal(verdict.ok, true);
      else expectRefused(verdict, "IllegalParam.Tags#TenantPays");
    });
  }
});

describe("awaitsPartnerConfirm", () => {
  const live = hc({ status: "Enabled", vpconnStatus: "Confirmed", paid: true, awaitingVbr: true });
  test("a live transformed port without its VBR yet", () => assert.equal(awaitsPartnerConfirm(live), true));
  test("not before it is live", () =>
    assert.equal(awaitsPartnerConfirm({ ...live, status: "Confirmed" }), false));
  test("not once the VBR is attached, nor for a port not made from a VBR", () =>
    assert.equal(awaitsPartnerConfirm({ ...live, awaitingVbr: false }), false));
  test("not once deleted", () =>
    assert.equal(awaitsPartnerConfirm({ ...live, vpconnStatus: "Deleted" }), false));
});

describe("a whole life through the patches", () => {
  test("offer, accept, pay, disable, settle, recover, delete", () => {
    let state = initialState(TENANT_PAYS);
    const apply = (patch: HostedConnectionPatch) => {
      const { loaStatus: _loa, ...rest } = patch;
      state = { ...state, ...rest };
    };
    assert.equal(consoleStatus(state), "pendingAcceptance");
    apply(unwrap(confirm(state)));
    assert.equal(consoleStatus(state), "waitingPayment");
    apply(unwrap(pay(state, "tenant")));
    assert.equal(consoleStatus(state), "active");
    assert.equal(constructionProcess(state), "complete");
    apply(unwrap(terminate(state, "tenant")));
    assert.equal(consoleStatus(state), "terminating");
    apply({ status: settle(state.status) });
    assert.equal(consoleStatus(state), "disabled");
    apply(unwrap(recover(state, "partner")));
    assert.equal(state.status, "Enabled");
    apply(unwrap(remove(state, "tenant")));
    assert.equal(consoleStatus(state), "deleted");
    assert.throws(() => unwrap(remove(state, "tenant")), DomainError);
  });
});

describe("decline and lapse: an offer that ends unaccepted", () => {
  test("the tenant declines a pending offer: Rejected, and no longer live", () => {
    expectNext(decline(hc(), "tenant"), {
      status: "Rejected",
      vpconnStatus: "Deleted",
      loaStatus: "Rejected",
    });
    expectNext(decline(hc({ orderMode: PARTNER_PAYS, paid: true }), "tenant"), {
      status: "Rejected",
      vpconnStatus: "Deleted",
      loaStatus: "Rejected",
    });
  });

  test("only the tenant declines, and only an offer it has not accepted", () => {
    expectRefused(decline(hc(), "partner"), "Forbidden.OperationNotAllowedByUser#DeclineTenantOnly");
    expectRefused(
      decline(hc({ status: "Confirmed", vpconnStatus: "Confirmed" }), "tenant"),
      "IncorrectStatus.PhysicalConnection#NotAllocated",
    );
    expectRefused(
      decline(hc({ vpconnStatus: "Deleted" }), "tenant"),
      "IncorrectStatus.PhysicalConnection#NotAllocated",
    );
  });

  test("an offer lapses at its expiry, not before, and never once accepted or without an expiry", () => {
    expectRefused(lapse(hc(), LATER, NOW), "IncorrectStatus.PhysicalConnection#NotAllocated");
    expectNext(lapse(hc(), NOW, NOW), { status: "Canceled", vpconnStatus: "Deleted", loaStatus: "Deleted" });
    expectRefused(lapse(hc(), null, LATER), "IncorrectStatus.PhysicalConnection#NotAllocated");
    expectRefused(
      lapse(hc({ status: "Confirmed", vpconnStatus: "Confirmed" }), EARLIER, NOW),
      "IncorrectStatus.PhysicalConnection#NotAllocated",
    );
  });

  test("both consoles show how it ended: Declined, Lapsed, or Deleted", () => {
    assert.equal(consoleStatus(hc({ status: "Rejected", vpconnStatus: "Deleted" }), NOW), "declined");
    assert.equal(consoleStatus(hc({ status: "Canceled", vpconnStatus: "Deleted" }), NOW), "lapsed");
    assert.equal(consoleStatus(hc({ status: "Allocated", vpconnStatus: "Deleted" }), NOW), "deleted");
  });
});

describe("vlanChangeReachesTenant", () => {
  test("only a new VLAN on a port with a VBR", () => {
    assert.equal(vlanChangeReachesTenant({ hasVbr: true }, 101, 102), true);
    assert.equal(vlanChangeReachesTenant({ hasVbr: true }, 101, 101), false);
    assert.equal(vlanChangeReachesTenant({ hasVbr: false }, 101, 102), false);
  });
});
