import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEMO_CIRCUITS, DEMO_VBRS } from "../../../db/seed";
import { attachVbrToVpconn } from "./attach-vbr-to-vpconn";
import { createVpconnFromVbr } from "./create-vpconn-from-vbr";
import { describeVirtualBorderRouters } from "./describe-virtual-border-routers";
import { runOperation } from "./operation";
import { updateVirtualBorderBandwidth } from "./update-virtual-border-bandwidth";
import {
  accept,
  assertRefusedUnchanged,
  buy,
  caller,
  freshDb,
  HZ,
  portRow,
  vbrRow,
} from "./write-test-helpers";

const legacy = { regionId: HZ, vbrId: DEMO_VBRS.globexLegacy };

describe("Transform to Shared Port", () => {
  test("Bandwidth Settings, transform, Globex accepts and pays, Confirm keeps the VBR's addresses and VLAN", async () => {
    const db = await freshDb();
    const before = await vbrRow(db, DEMO_VBRS.globexLegacy);
    assert.equal(before?.bandwidth_mbps, null, "Speed Unlimited to start with");
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVpconnFromVbr, caller(db, "unicom"), legacy),
      "IllegalParam.Bandwidth#SpeedUnlimited",
    );

    await runOperation(updateVirtualBorderBandwidth, caller(db, "unicom"), {
      regionId: HZ,
      virtualBorderRouterId: DEMO_VBRS.globexLegacy,
      bandwidth: 150,
    });
    const { virtualPhysicalConnection: portId } = await runOperation(
      createVpconnFromVbr,
      caller(db, "unicom"),
      legacy,
    );
    const offered = await portRow(db, portId);
    assert.deepEqual(
      [offered.status, offered.vpconn_status, offered.spec, offered.vlan_id, offered.source_vbr_id],
      ["Allocated", "UnConfirmed", "200M", 202, DEMO_VBRS.globexLegacy],
      "the smallest Spec above the 150 Mbit/s cap, on the VBR's own VLAN",
    );
    await assertRefusedUnchanged(
      db,
      () => runOperation(createVpconnFromVbr, caller(db, "unicom"), legacy),
      "OperationFailed.VbrBindedPconn",
    );

    await accept(db, portId, "globex");
    await buy(db, portId, "globex");
    assert.equal((await portRow(db, portId)).status, "Enabled");
    await runOperation(attachVbrToVpconn, caller(db, "unicom"), {
      regionId: HZ,
      vpconnId: portId,
      vbrId: legacy.vbrId,
    });

    const after = await vbrRow(db, DEMO_VBRS.globexLegacy);
    assert.ok(before && after);
    assert.equal(after.hosted_connection_id, portId);
    assert.deepEqual(
      [after.vlan_id, after.local_gateway_ip, after.peer_gateway_ip, after.peering_subnet_mask, after.status],
      [before.vlan_id, before.local_gateway_ip, before.peer_gateway_ip, before.peering_subnet_mask, "active"],
    );
    assert.equal(
      after.vlan_allocation_id,
      (await portRow(db, portId)).vlan_allocation_id,
      "one VLAN row, shared",
    );
    const seen = await runOperation(describeVirtualBorderRouters, caller(db, "globex"), { regionId: HZ });
    const dto = seen.items.find((v) => v.id === DEMO_VBRS.globexLegacy);
    assert.deepEqual(
      [dto?.physicalConnectionId, dto?.bandwidthMbps],
      [portId, 200],
      "the VBR now runs on the shared port at its Spec",
    );
    assert.equal(dto?.circuitId, DEMO_CIRCUITS.unicomHz02);

    await assertRefusedUnchanged(
      db,
      () => runOperation(createVpconnFromVbr, caller(db, "unicom"), legacy),
      "OperationFailed.VbrBindedPconn",
    );
  });
});
