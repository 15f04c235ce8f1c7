// A partner's circuits: created by the operator (the real console's circuit application and its
// construction), enabled, terminated, and given a shared-port quota.
import { and, asc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { accessPoints, type Circuit, circuits, hostedConnections, regions } from "../../../db/schema";
import type { Tx } from "../../../db/transaction";
import { LINE_OPERATORS } from "../../domain/enums";
import { domainError } from "../../domain/errors";
import { newPhysicalConnectionId } from "../ids";
import { lockCircuit } from "../operations/locks";
import { loadAccount } from "./accounts";
import { defineOperatorOperation } from "./operation";

const circuitId = z.string().min(1).max(64);
const vpconnQuota = z.number().int().min(0).max(10_000);

async function loadCircuit(tx: Tx, id: string): Promise<Circuit> {
  const circuit = await first(tx.select().from(circuits).where(eq(circuits.id, id)));
  if (!circuit) throw domainError("Operator.ResourceNotFound", { args: [id], field: "circuitId" });
  return circuit;
}

export const createCircuit = defineOperatorOperation({
  action: "CreateCircuit",
  kind: "write",
  input: z.object({
    ownerUid: z.string().regex(/^\d{16}$/, "InvalidParameter"),
    regionId: z.string().min(1).max(64).optional(),
    accessPointId: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(128),
    description: z.string().max(256).optional(),
    portType: z.enum([
      "100Base-T",
      "1000Base-T",
      "1000Base-LX",
      "10GBase-T",
      "10GBase-LR",
      "40GBase-LR",
      "100GBase-LR",
    ]),
    capacityMbps: z.number().int().min(1).max(100_000),
    lineOperator: z.enum(LINE_OPERATORS),
    redundantCircuitId: circuitId.optional(),
    vpconnQuota: vpconnQuota.default(500),
    // Enabled at once, or left Confirmed for a later EnableCircuit.
    enabled: z.boolean().default(true),
  }),
  async run({ tx, ctx }, input): Promise<Circuit> {
    const owner = await loadAccount(tx, input.ownerUid);
    if (!owner.isPartner || owner.type !== "primary") throw domainError("Operator.NotPartner");
    // The access point names its region; a regionId given as well must agree with it.
    const point = await first(tx.select().from(accessPoints).where(eq(accessPoints.id, input.accessPointId)));
    if (!point || (input.regionId !== undefined && point.regionId !== input.regionId)) {
      throw domainError("Operator.ResourceNotFound", { args: [input.accessPointId], field: "accessPointId" });
    }
    const region = await first(tx.select().from(regions).where(eq(regions.id, point.regionId)));
    if (!region)
      throw domainError("Operator.ResourceNotFound", { args: [point.regionId], field: "regionId" });
    if (input.redundantCircuitId !== undefined) {
      const redundant = await loadCircuit(tx, input.redundantCircuitId);
      if (redundant.ownerUid !== owner.uid || redundant.regionId !== region.id) {
        throw domainError("Operator.ResourceNotFound", {
          args: [input.redundantCircuitId],
          field: "redundantCircuitId",
        });
      }
    }
    const id = newPhysicalConnectionId(region.idPrefix);
    await tx.insert(circuits).values({
      id,
      ownerUid: owner.uid,
      regionId: region.id,
      accessPointId: point.id,
      name: input.name,
      description: input.description ?? null,
      capacityMbps: input.capacityMbps,
      status: input.enabled ? "Enabled" : "Confirmed",
      lineOperator: input.lineOperator,
      portType: input.portType,
      redundantCircuitId: input.redundantCircuitId ?? null,
      vpconnQuota: input.vpconnQuota,
      createdAt: ctx.now,
      enabledAt: input.enabled ? ctx.now : null,
    });
    return loadCircuit(tx, id);
  },
  resource: (_input, output) => output && { type: "circuit", id: output.id },
});

export const enableCircuit = defineOperatorOperation({
  action: "EnableCircuit",
  kind: "write",
  input: z.object({ circuitId }),
  async run({ tx, ctx }, input): Promise<Circuit> {
    await lockCircuit(tx, input.circuitId);
    const circuit = await loadCircuit(tx, input.circuitId);
    if (circuit.status !== "Confirmed") throw domainError("Forbidden.NotAllowedInState");
    await tx
      .update(circuits)
      .set({ status: "Enabled", enabledAt: ctx.now })
      .where(eq(circuits.id, circuit.id));
    return loadCircuit(tx, circuit.id);
  },
  resource: (input) => ({ type: "circuit", id: input.circuitId }),
});

/** Only an empty circuit ends: its live shared ports belong to tenants who paid for them. */
export const terminateCircuit = defineOperatorOperation({
  action: "TerminateCircuit",
  kind: "write",
  input: z.object({ circuitId }),
  async run({ tx }, input): Promise<Circuit> {
    await lockCircuit(tx, input.circuitId);
    const circuit = await loadCircuit(tx, input.circuitId);
    if (circuit.status === "Terminated") throw domainError("Forbidden.NotAllowedInState");
    const live = await first(
      tx
        .select({ id: hostedConnections.id })
        .from(hostedConnections)
        .where(
          and(eq(hostedConnections.circuitId, circuit.id), ne(hostedConnections.vpconnStatus, "Deleted")),
        ),
    );
    if (live) throw domainError("Operator.CircuitInUse");
    await tx.update(circuits).set({ status: "Terminated" }).where(eq(circuits.id, circuit.id));
    return loadCircuit(tx, circuit.id);
  },
  resource: (input) => ({ type: "circuit", id: input.circuitId }),
});

/** The count quota of shared ports on the circuit; ports already there stay when it is lowered. */
export const setCircuitQuota = defineOperatorOperation({
  action: "SetCircuitQuota",
  kind: "write",
  input: z.object({ circuitId, vpconnQuota }),
  async run({ tx }, input): Promise<Circuit> {
    await lockCircuit(tx, input.circuitId);
    const circuit = await loadCircuit(tx, input.circuitId);
    await tx.update(circuits).set({ vpconnQuota: input.vpconnQuota }).where(eq(circuits.id, circuit.id));
    return loadCircuit(tx, circuit.id);
  },
  resource: (input) => ({ type: "circuit", id: input.circuitId }),
});

export const listCircuits = defineOperatorOperation({
  action: "ListCircuits",
  kind: "read",
  input: z.object({ ownerUid: z.string().max(32).optional() }).default({}),
  async run({ tx }, input): Promise<Circuit[]> {
    return tx
      .select()
      .from(circuits)
      .where(input.ownerUid === undefined ? undefined : eq(circuits.ownerUid, input.ownerUid))
      .orderBy(asc(circuits.createdAt), asc(circuits.id));
  },
});
