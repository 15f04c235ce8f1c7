import { eq } from "drizzle-orm";
import { vbrs } from "../../../db/schema";
import { checkBandwidthSettable } from "../../domain/vbr-attributes";
import { unwrap } from "../../domain/verdict";
import { updateVirtualBorderBandwidthInput } from "../../inputs/vbrs";
import { loadVbr } from "./loaders";
import { defineOperation } from "./operation";
import { vbrStateOf } from "./states";

/** "Bandwidth Settings": the partner caps a legacy VBR on its circuit. */
export const updateVirtualBorderBandwidth = defineOperation({
  action: "UpdateVirtualBorderBandwidth",
  kind: "write",
  input: updateVirtualBorderBandwidthInput,
  async run({ tx, account }, q): Promise<Record<string, never>> {
    const access = await loadVbr(tx, account, q.regionId, q.virtualBorderRouterId, {
      key: "InvalidVbrId.NotFound",
      field: "VirtualBorderRouterId",
    });
    unwrap(checkBandwidthSettable(vbrStateOf(access), q.bandwidth, access.circuit.capacityMbps));
    await tx.update(vbrs).set({ bandwidthMbps: q.bandwidth }).where(eq(vbrs.id, access.vbr.id));
    return {};
  },
  resource: (q) => ({ type: "vbr", id: q.virtualBorderRouterId }),
});
