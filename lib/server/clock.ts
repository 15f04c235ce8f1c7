// The server's one clock: every console request context, API request and scheduled job reads the time
// here. Tests and demos move it forward (an offset from the machine's time) instead of sleeping; the
// offset is shared by every server process through the database (lib/server/scheduler/clock-sync.ts).

const OFFSET = Symbol.for("hosted-connect.clock-offset");
const holder = globalThis as typeof globalThis & { [OFFSET]?: number };

export function now(): Date {
  return new Date(Date.now() + (holder[OFFSET] ?? 0));
}

/** How far this process's clock runs ahead of the machine's, in milliseconds. */
export function clockOffsetMs(): number {
  return holder[OFFSET] ?? 0;
}

/** Sets this process's offset; lib/server/scheduler/clock-sync.ts keeps every process on the stored one. */
export function setClockOffsetMs(offsetMs: number): void {
  holder[OFFSET] = offsetMs;
}
