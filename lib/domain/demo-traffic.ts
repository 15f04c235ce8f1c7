// The demo traffic generator's model: a diurnal load on each port, as counters that are a pure function
// of time, so a restarted generator continues the same counters instead of faking a reset. Framework-free.

const DAY_S = 86_400;
// Busiest at 14:00 China Standard Time (06:00 UTC), quietest at 02:00.
const PEAK_S = 6 * 3_600;
// The mean share of the port's capacity in use, the diurnal swing around it, and two faster ripples.
// `spread`: how much of its period an instance's phase may shift a wave (ports peak within 2.4 h).
const MEAN = 0.35;
type Wave = { amplitude: number; periodS: number; spread: number };
const WAVES: readonly Wave[] = [
  { amplitude: 0.2, periodS: DAY_S, spread: 0.1 },
  { amplitude: 0.04, periodS: 37 * 60, spread: 1 },
  { amplitude: 0.02, periodS: 11 * 60, spread: 1 },
];

function angle(tS: number, wave: Wave, phase: number): number {
  return (2 * Math.PI * (tS - PEAK_S - phase * wave.spread * wave.periodS)) / wave.periodS;
}
const BYTES_PER_PACKET_OUT = 900;
const BYTES_PER_PACKET_IN = 700;
// Inbound runs at 60% of outbound, its own phase; about one packet in ten thousand is dropped.
const IN_SHARE = 0.6;
const IN_LAG_S = 2 * 3_600;
const DROP_SHARE = 1e-4;

export type DemoCounters = {
  ifHCOutOctets: number;
  ifHCInOctets: number;
  ifHCOutUcastPkts: number;
  ifHCInUcastPkts: number;
  ifOutDiscards: number;
  ifInDiscards: number;
  hostedConnectOutDiscardOctets: number;
  hostedConnectInDiscardOctets: number;
};

/** A stable phase in [0, 1) per instance, so the demo ports do not move in lockstep. */
export function phaseOf(instanceId: string): number {
  let hash = 0;
  for (const char of instanceId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return (hash % 1000) / 1000;
}

/** The share of capacity in use at `t` seconds (since the epoch), between 0.1 and 0.65. */
export function utilisationAt(tS: number, phase: number): number {
  return WAVES.reduce((u, w) => u + w.amplitude * Math.cos(angle(tS, w, phase)), MEAN);
}

/** ∫ utilisation from `fromS` to `toS`, in closed form (seconds at full capacity). */
function usedSeconds(fromS: number, toS: number, phase: number): number {
  const integral = (tS: number) =>
    WAVES.reduce(
      (sum, w) => sum + ((w.amplitude * w.periodS) / (2 * Math.PI)) * Math.sin(angle(tS, w, phase)),
      MEAN * tS,
    );
  return integral(toS) - integral(fromS);
}

/**
 * The counters of a port of `capacityMbps` at `atMs`, counted from the start of the UTC month: they reset
 * once a month, as a switch's counters would after a maintenance reboot.
 */
export function demoCountersAt(atMs: number, capacityMbps: number, phase: number): DemoCounters {
  const at = new Date(atMs);
  const monthStartS = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1) / 1000;
  const bytesPerSecond = (capacityMbps * 1_000_000) / 8;
  const tS = atMs / 1000;
  const out = Math.floor(bytesPerSecond * usedSeconds(monthStartS, tS, phase));
  const inbound = Math.floor(
    bytesPerSecond * IN_SHARE * usedSeconds(monthStartS - IN_LAG_S, tS - IN_LAG_S, phase),
  );
  const outPackets = Math.floor(out / BYTES_PER_PACKET_OUT);
  const inPackets = Math.floor(inbound / BYTES_PER_PACKET_IN);
  return {
    ifHCOutOctets: out,
    ifHCInOctets: inbound,
    ifHCOutUcastPkts: outPackets,
    ifHCInUcastPkts: inPackets,
    ifOutDiscards: Math.floor(outPackets * DROP_SHARE),
    ifInDiscards: Math.floor(inPackets * DROP_SHARE),
    hostedConnectOutDiscardOctets: Math.floor(outPackets * DROP_SHARE) * BYTES_PER_PACKET_OUT,
    hostedConnectInDiscardOctets: Math.floor(inPackets * DROP_SHARE) * BYTES_PER_PACKET_IN,
  };
}
