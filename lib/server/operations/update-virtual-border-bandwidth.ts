import { eq } from "drizzle-orm";
import { z } from "zod";
import { vbrs } from "../../../db/schema";
import { bandwidthCapSchema } from "../../domain/validators";
import { assertBandwidthSettable } from "../../domain/vbr-attributes";
import { regionIdSchema } from "./filters";
import { requiredIdSchema } from "./inputs";
import { loadVbr } from "./loaders";
import { defineOperation } from "./operation";
import { vbrStateOf } from "./states";

const input = z.object({
  regionId: regionIdSchema,
  virtualBorderRouterId: requiredIdSchema,
  /** Mbit/s. There is no "Speed Unlimited" value: a cap is required before Transform to Shared Port. */
  bandwidth: bandwidthCapSchema,
});

/** "Bandwidth Settings": the partner caps a legacy VBR on its circuit. */
export const updateVirtualBorderBandwidth = defineOperation({
  action: "UpdateVirtualBorderBandwidth",
  kind: "write",
  input,
  async run({ tx, account }, q): Promise<Record<string, never>> {
    const access = await loadVbr(tx, account, q.regionId, q.virtualBorderRouterId, {
      key: "InvalidVbrId.NotFound",
      field: "VirtualBorderRouterId",
    });
    assertBandwidthSettable(vbrStateOf(access), q.bandwidth, access.circuit.capacityMbps);
    await tx.update(vbrs).set({ bandwidthMbps: q.bandwidth }).where(eq(vbrs.id, access.vbr.id));
    return {};
  },
  resource: (q) => ({ type: "vbr", id: q.virtualBorderRouterId }),
});
