// The server's one clock: every console request context and API request reads the time here, so a test
// can move time in one place instead of sleeping.

export function now(): Date {
  return new Date();
}
