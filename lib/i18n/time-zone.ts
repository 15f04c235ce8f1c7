/** The viewer's IANA time zone, which the browser reports in this cookie so the server renders times in it. */
export const TIME_ZONE_COOKIE = "tz";

/** Until the browser has said, times render in UTC, labelled as such. */
export const DEFAULT_TIME_ZONE = "UTC";

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
