// The Monitoring tab's numbers with their units: rates and byte counts in decimal (SI) steps, as
// CloudMonitor shows them and as outbound data transfer is billed (a GB is 10^9 bytes).

const STEPS = ["", "K", "M", "G", "T", "P"] as const;

/** 1234567 and "bps" give "1.23 Mbps"; null (nothing reported) gives "—". */
export function formatScaled(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  let scaled = Math.abs(value);
  let step = 0;
  while (scaled >= 1000 && step < STEPS.length - 1) {
    scaled /= 1000;
    step += 1;
  }
  const digits = scaled >= 100 || step === 0 ? 0 : scaled >= 10 ? 1 : 2;
  const sign = value < 0 ? "-" : "";
  return `${sign}${scaled.toFixed(step === 0 && !Number.isInteger(scaled) ? 2 : digits)} ${STEPS[step]}${unit}`;
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${value.toFixed(value >= 10 ? 1 : 2)}%`;
}

export type TrafficUnit = "bps" | "pps" | "B" | "%";

export function formatTraffic(value: number | null | undefined, unit: TrafficUnit): string {
  return unit === "%" ? formatPercent(value) : formatScaled(value, unit);
}
