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
 * time under the date, so a dense table's column stays narrow; `dateOnly` shows the day alone (the
 * time and offset on hover), for a table cell that has a second line of its own.
 */
export function DateTime({
  value,
  seconds = false,
  stacked = false,
  dateOnly = false,
}: {
  value: string | Date | null;
  seconds?: boolean;
  stacked?: boolean;
  dateOnly?: boolean;
}) {
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "UTC";
  if (value === null) return <>—</>;
  const date = typeof value === "string" ? new Date(value) : value;
  const day = format.dateTime(date, { dateStyle: "medium" });
  const time = timeText(format, date, timeZone, seconds);
  if (dateOnly) {
    return (
      <time dateTime={date.toISOString()} title={`${day} ${time}`} className="whitespace-nowrap">
        {day}
      </time>
    );
  }
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
