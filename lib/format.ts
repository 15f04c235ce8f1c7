import { type Spec, specMbps } from "./domain/enums";

/** 1000 Mbit/s and up read as Gbps, like the console's bandwidth column. */
export function formatMbps(mbps: number): string {
  if (mbps >= 1000) return `${Number((mbps / 1000).toFixed(2))} Gbps`;
  return `${mbps} Mbps`;
}

export function formatSpec(spec: Spec): string {
  return formatMbps(specMbps(spec));
}
