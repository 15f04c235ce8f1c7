// What the API reports for an offer that ended unaccepted (docs/api.md): gone from the lists, listed with
// VpconnStatus=Deleted as Status Rejected, without a VLAN; and Decline itself is no API action.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_HOSTED_CONNECTIONS } from "../../../db/seed";
import { createTestDb } from "../../../db/test/test-db";
import { ensureDemoAccessKeys } from "../access-keys";
import { declinePhysicalConnection } from "../operations/decline-physical-connection";
import { runOperation } from "../operations/operation";
import { contextFor } from "../operations/test-helpers";
import { handleRpc } from "./handler";
import { acs3Request, bodyOf } from "./test-requests";

const NOW = new Date("2026-11-22T08:00:00Z");

describe("a declined offer over the API", () => {
  test("ListVirtualPhysicalConnections lists it only with VpconnStatus=Deleted, as Rejected, without a VLAN", async () => {
    const db = await createTestDb({ now: NOW });
    const keys = await ensureDemoAccessKeys(db, NOW);
    const unicom = keys.find((k) => k.accountName === DEMO_ACCOUNTS.unicom.name);
    assert.ok(unicom);
    const id = DEMO_HOSTED_CONNECTIONS.globexOffer;
    await runOperation(declinePhysicalConnection, contextFor(db, DEMO_ACCOUNTS.globex.uid, NOW), {
      regionId: "cn-hangzhou",
      physicalConnectionId: id,
      reason: "no longer needed",
    });
    const list = async (params: Record<string, string>) =>
      bodyOf(
        await handleRpc(
          acs3Request({
            action: "ListVirtualPhysicalConnections",
            params: { RegionId: "cn-hangzhou", "VirtualPhysicalConnectionIds.1": id, ...params },
            key: unicom,
            date: NOW,
          }),
          db,
          NOW,
        ),
      );
    const live = await list({});
    assert.deepEqual(live.VirtualPhysicalConnections, []);
    const ended = await list({ "VirtualPhysicalConnectionStatuses.1": "Deleted" });
    const [record] = ended.VirtualPhysicalConnections as Array<Record<string, unknown>>;
    assert.ok(record, JSON.stringify(ended));
    assert.deepEqual(
      [record.Status, record.VirtualPhysicalConnectionStatus, record.LoaStatus, record.VlanId],
      ["Rejected", "Deleted", "Rejected", undefined],
    );
    assert.equal(
      JSON.stringify(ended).includes("no longer needed"),
      false,
      "the reason stays in the console",
    );
  });

  test("DeclinePhysicalConnection is not an API action", async () => {
    const db = await createTestDb({ now: NOW });
    const keys = await ensureDemoAccessKeys(db, NOW);
    const globex = keys.find((k) => k.accountName === DEMO_ACCOUNTS.globex.name);
    assert.ok(globex);
    const answer = await handleRpc(
      acs3Request({
        action: "DeclinePhysicalConnection",
        params: { RegionId: "cn-hangzhou", PhysicalConnectionId: DEMO_HOSTED_CONNECTIONS.globexOffer },
        key: globex,
        date: NOW,
      }),
      db,
      NOW,
    );
    assert.equal(answer.status, 404);
    assert.equal(bodyOf(answer).Code, "InvalidApi.NotFound");
  });
});
