"use server";

// Thin server actions of partners and tenants alike: each runs one operation for the signed-in user.
// The operation parses the input and checks that the caller may act on every ID in it.
import { runConsoleAction } from "@/lib/server/console-action";
import {
  attachVbrToVpconn,
  confirmPhysicalConnection,
  createVirtualBorderRouter,
  createPhysicalConnectionOccupancyOrder,
  createVirtualPhysicalConnection,
  createVpconnFromVbr,
  deletePhysicalConnection,
  deleteVirtualBorderRouter,
  modifyVirtualBorderRouterAttribute,
  recoverPhysicalConnection,
  recoverVirtualBorderRouter,
  terminatePhysicalConnection,
  terminateVirtualBorderRouter,
  updateVirtualBorderBandwidth,
  updateVirtualPhysicalConnection,
} from "@/lib/server/operations";

export async function createSharedPortAction(input: unknown) {
  return runConsoleAction(createVirtualPhysicalConnection, input);
}

export async function modifySharedPortAction(input: unknown) {
  return runConsoleAction(updateVirtualPhysicalConnection, input);
}

export async function terminateSharedPortAction(input: unknown) {
  return runConsoleAction(terminatePhysicalConnection, input);
}

export async function recoverSharedPortAction(input: unknown) {
  return runConsoleAction(recoverPhysicalConnection, input);
}

export async function deleteSharedPortAction(input: unknown) {
  return runConsoleAction(deletePhysicalConnection, input);
}

export async function buySharedPortAction(input: unknown) {
  return runConsoleAction(createPhysicalConnectionOccupancyOrder, input);
}

export async function terminateVbrAction(input: unknown) {
  return runConsoleAction(terminateVirtualBorderRouter, input);
}

export async function recoverVbrAction(input: unknown) {
  return runConsoleAction(recoverVirtualBorderRouter, input);
}

export async function deleteVbrAction(input: unknown) {
  return runConsoleAction(deleteVirtualBorderRouter, input);
}

export async function bandwidthSettingsAction(input: unknown) {
  return runConsoleAction(updateVirtualBorderBandwidth, input);
}

export async function transformToSharedPortAction(input: unknown) {
  return runConsoleAction(createVpconnFromVbr, input);
}

export async function confirmTransformAction(input: unknown) {
  return runConsoleAction(attachVbrToVpconn, input);
}

export async function acceptSharedPortAction(input: unknown) {
  return runConsoleAction(confirmPhysicalConnection, input);
}

export async function createVbrAction(input: unknown) {
  return runConsoleAction(createVirtualBorderRouter, input);
}

export async function editVbrAction(input: unknown) {
  return runConsoleAction(modifyVirtualBorderRouterAttribute, input);
}
