// What a partner's circuit must be to carry new shared ports.
import type { PhysicalConnectionStatus } from "./enums";
import { allow, refuse, type Verdict } from "./verdict";

/** New shared ports (offered or transformed from a VBR) go only on an Enabled circuit. */
export function checkCircuitEnabled(circuit: { status: PhysicalConnectionStatus }): Verdict {
  if (circuit.status === "Enabled") return allow();
  return refuse("InvalidPhysicalConnectionId.NotEnabled#Circuit", { field: "PhysicalConnectionId" });
}
