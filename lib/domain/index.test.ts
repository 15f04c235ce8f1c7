import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as domain from "./index";

describe("index", () => {
  test("re-exports flat modules and state namespaces", () => {
    assert.equal(typeof domain.domainError, "function");
    assert.equal(typeof domain.parseOrThrow, "function");
    assert.equal(typeof domain.assertVlanAvailable, "function");
    assert.equal(typeof domain.assertCapacity, "function");
    assert.equal(typeof domain.assertSpecAllowed, "function");
    assert.equal(typeof domain.assertTenantEligible, "function");
    assert.equal(typeof domain.hostedConnectionState.terminate, "function");
    assert.equal(typeof domain.vbrState.terminate, "function");
    assert.equal(typeof domain.createOnHostedConnection, "function");
    assert.equal(domain.SPECS.length, 11);
  });

  test("full hosted connection lifecycle through the patches", () => {
    const hcs = domain.hostedConnectionState;
    let state: domain.HostedConnectionState = domain.initialState("PayByVirtualPhysicalConnectionOwner");
    const apply = (patch: domain.HostedConnectionPatch) => {
      const { loaStatus: _loa, ...rest } = patch;
      state = { ...state, ...rest };
    };
    assert.equal(domain.consoleStatus(state), "pendingAcceptance");
    apply(domain.unwrap(hcs.confirm(state)));
    assert.equal(domain.consoleStatus(state), "waitingPayment");
    apply(domain.unwrap(hcs.pay(state, "tenant")));
    assert.equal(domain.consoleStatus(state), "active");
    assert.equal(domain.constructionProcess(state), "complete");
    assert.equal(domain.createOnHostedConnection(state).ok, true);
    apply(domain.unwrap(hcs.terminate(state, "tenant")));
    assert.equal(domain.consoleStatus(state), "terminating");
    apply({ status: hcs.settle(state.status) });
    assert.equal(domain.consoleStatus(state), "disabled");
    apply(domain.unwrap(hcs.recover(state, "partner")));
    assert.equal(state.status, "Enabled");
    apply(domain.unwrap(hcs.remove(state, "tenant")));
    assert.equal(domain.consoleStatus(state), "deleted");
    assert.throws(() => domain.unwrap(hcs.remove(state, "tenant")), domain.DomainError);
  });
});
