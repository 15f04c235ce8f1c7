"use server";

// The console's VBR actions: the tenant's own VBR, and the partner's actions on VBRs on its circuits.
import { runConsoleAction } from "@/lib/server/console-action";
import {
  attachVbrToVpconn,
  createVirtualBorderRouter,
  deleteVirtualBorderRouter,
  modifyVirtualBorderRouterAttribute,
  recoverVirtualBorderRouter,
  terminateVirtualBorderRouter,
  updateVirtualBorderBandwidth,
} from "@/lib/server/operations";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function createVbrAction(input: OperationInput<typeof createVirtualBorderRouter>) {
  return runConsoleAction(createVirtualBorderRouter, input);
}

export async function editVbrAction(input: OperationInput<typeof modifyVirtualBorderRouterAttribute>) {
  return runConsoleAction(modifyVirtualBorderRouterAttribute, input);
}

export async function bandwidthSettingsAction(input: OperationInput<typeof updateVirtualBorderBandwidth>) {
  return runConsoleAction(updateVirtualBorderBandwidth, input);
}

export async function confirmTransformAction(input: OperationInput<typeof attachVbrToVpconn>) {
  return runConsoleAction(attachVbrToVpconn, input);
}

export async function terminateVbrAction(input: OperationInput<typeof terminateVirtualBorderRouter>) {
  return runConsoleAction(terminateVirtualBorderRouter, input);
}

export async function recoverVbrAction(input: OperationInput<typeof recoverVirtualBorderRouter>) {
  return runConsoleAction(recoverVirtualBorderRouter, input);
}

export async function deleteVbrAction(input: OperationInput<typeof deleteVirtualBorderRouter>) {
  return runConsoleAction(deleteVirtualBorderRouter, input);
}
