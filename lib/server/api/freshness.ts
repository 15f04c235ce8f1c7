import { domainError } from "../../domain/errors";

/** How far a request's date may be from the server clock, either way. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function checkFreshness(timestamp: string, now: Date): void {
  const at = ISO_UTC.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
  if (Number.isNaN(at)) throw domainError("InvalidTimeStamp.Format");
  if (Math.abs(now.getTime() - at) > MAX_CLOCK_SKEW_MS) throw domainError("InvalidTimeStamp.Expired");
}
