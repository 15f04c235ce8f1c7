import type { CapacityPlan } from "../../domain/capacity";
import { freeVlanRanges } from "../../domain/vlan";
import { describeCircuitPlanInput } from "../../inputs/planning";
import {
  capacityPlanOf,
  reservationsOf,
  type VlanReservationDto,
  type VlanUseDto,
  vlanUsesOf,
} from "./circuit-plan";
import { loadOwnCircuit } from "./loaders";
import { defineOperation } from "./operation";

export type CircuitPlanDto = {
  id: string;
  capacity: CapacityPlan;
  liveCount: number;
  vpconnQuota: number;
  vlans: VlanUseDto[];
  reservations: VlanReservationDto[];
  freeRanges: Array<{ fromVlan: number; toVlan: number }>;
};

/**
 * Console only, not an Alibaba API action: the partner's plan of one of its circuits (capacity committed,
 * pending and free; every VLAN in use and by what; reservations; free ranges). One item, the circuit.
 */
export const describeCircuitPlan = defineOperation({
  action: "DescribeCircuitPlan",
  kind: "read",
  input: describeCircuitPlanInput,
  async run({ tx, account }, q): Promise<{ items: CircuitPlanDto[] }> {
    const circuit = await loadOwnCircuit(tx, account, q.regionId, q.physicalConnectionId);
    const { capacity, liveCount } = await capacityPlanOf(tx, circuit);
    const vlans = await vlanUsesOf(tx, circuit.id);
    const reservations = await reservationsOf(tx, circuit.id);
    return {
      items: [
        {
          id: circuit.id,
          capacity,
          liveCount,
          vpconnQuota: circuit.vpconnQuota,
          vlans,
          reservations,
          freeRanges: freeVlanRanges({ taken: vlans.map((v) => v.vlanId), reservations }),
        },
      ],
    };
  },
});
