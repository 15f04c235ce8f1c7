import { type createFormatter, useFormatter, useTimeZone } from "next-intl";

type Formatter = Pick<ReturnType<typeof createFormatter>, "dateTime">;

/** "UTC+8", "UTC-5:30", "UTC": the offset of `timeZone` at `date`, so a reader can tell which time it is. */
export function utcOffset(date: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName")?.value;
  return (part ?? "GMT").replace(/^GMT/, "UTC");
}

/** A time inside a sentence: date, time and offset in the viewer's time zone. */
export function dateTimeText(
  format: Formatter,
  value: string | Date,
  timeZone: string,
  seconds = false,
): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return `${format.dateTime(date, { dateStyle: "medium" })} ${timeText(format, date, timeZone, seconds)}`;
}

function timeText(format: Formatter, date: Date, timeZone: string, seconds: boolean): string {
  const time = format.dateTime(date, { timeStyle: seconds ? "medium" : "short", hourCycle: "h23" });
  return `${time} ${utcOffset(date, timeZone)}`;
}

/**
 * A time in the viewer's time zone with its offset, the exact instant on hover. `stacked` puts the
 * time under the date, so a dense table's column stays narrow.
 */
export function DateTime({
  value,
  seconds = false,
  stacked = false,
}: {
  value: string | Date | null;
  seconds?: boolean;
  stacked?: boolean;
}) {
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "UTC";
  if (value === null) return <>—</>;
  const date = typeof value === "string" ? new Date(value) : value;
  const day = format.dateTime(date, { dateStyle: "medium" });
  const time = timeText(format, date, timeZone, seconds);
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()} className="whitespace-nowrap">
      {stacked ? (
        <>
          {day}
          <span className="block text-slate-500">{time}</span>
        </>
      ) : (
        `${day} ${time}`
      )}
    </time>
  );
}
