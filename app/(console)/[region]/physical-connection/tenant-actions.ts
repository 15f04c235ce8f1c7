"use server";

// The tenant's actions on its shared ports and their VBR. Each runs one operation for the signed-in user;
// the operation parses the input and checks that the caller may act on every ID in it.
import { runConsoleAction } from "@/lib/server/console-action";
import { confirmPhysicalConnection } from "@/lib/server/operations/confirm-physical-connection";
import { createPhysicalConnectionOccupancyOrder } from "@/lib/server/operations/create-physical-connection-occupancy-order";
import { createVirtualBorderRouter } from "@/lib/server/operations/create-virtual-border-router";
import { deletePhysicalConnection } from "@/lib/server/operations/delete-physical-connection";
import { deleteVirtualBorderRouter } from "@/lib/server/operations/delete-virtual-border-router";
import { modifyVirtualBorderRouterAttribute } from "@/lib/server/operations/modify-virtual-border-router-attribute";
import { terminatePhysicalConnection } from "@/lib/server/operations/terminate-physical-connection";

export async function acceptSharedPortAction(input: unknown) {
  return runConsoleAction(confirmPhysicalConnection, input);
}

export async function buySharedPortAction(input: unknown) {
  return runConsoleAction(createPhysicalConnectionOccupancyOrder, input);
}

export async function stopSharedPortAccessAction(input: unknown) {
  return runConsoleAction(terminatePhysicalConnection, input);
}

export async function deleteSharedPortAction(input: unknown) {
  return runConsoleAction(deletePhysicalConnection, input);
}

export async function createVbrAction(input: unknown) {
  return runConsoleAction(createVirtualBorderRouter, input);
}

export async function editVbrAction(input: unknown) {
  return runConsoleAction(modifyVirtualBorderRouterAttribute, input);
}

export async function deleteVbrAction(input: unknown) {
  return runConsoleAction(deleteVirtualBorderRouter, input);
}
