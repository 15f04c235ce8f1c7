import assert from "node:assert/strict";
import { test } from "node:test";
import { isTimeZone } from "./time-zone";

test("a time zone cookie is an IANA zone the runtime knows, nothing else", () => {
  for (const zone of [
    "UTC",
    "Asia/Shanghai",
    "America/New_York",
    "America/Argentina/Buenos_Aires",
    "Etc/GMT+5",
  ]) {
    assert.equal(isTimeZone(zone), true, zone);
  }
  for (const zone of ["", "Mars/Olympus", "Asia/Shanghai; path=/", "../etc", "x".repeat(65), 42, undefined]) {
    assert.equal(isTimeZone(zone), false, String(zone));
  }
});
