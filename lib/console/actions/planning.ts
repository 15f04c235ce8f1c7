"use server";

// The partner's circuit planning actions: each runs one operation for the signed-in user, which checks
// that the circuit is the caller's own.
import { runConsoleAction } from "@/lib/server/console-action";
import { createVlanReservation, deleteVlanReservation } from "@/lib/server/operations";
import type { OperationInput } from "@/lib/server/operations/operation";

export async function reserveVlansAction(input: OperationInput<typeof createVlanReservation>) {
  return runConsoleAction(createVlanReservation, input);
}

export async function deleteVlanReservationAction(input: OperationInput<typeof deleteVlanReservation>) {
  return runConsoleAction(deleteVlanReservation, input);
}
