import assert from "node:assert/strict";
import { test } from "node:test";
import { demoCountersAt, phaseOf, utilisationAt } from "./demo-traffic";

const DEC_3 = Date.UTC(2026, 11, 3);

test("utilisation swings daily between 10% and 65%, busiest in the Chinese afternoon", () => {
  const phase = phaseOf("pc-test");
  const hourly = Array.from({ length: 24 }, (_, h) => utilisationAt(DEC_3 / 1000 + h * 3600, phase));
  assert.ok(hourly.every((u) => u >= 0.1 && u <= 0.65));
  const busiest = hourly.indexOf(Math.max(...hourly));
  assert.ok(busiest >= 3 && busiest <= 10, `busiest at ${busiest}:00 UTC`);
  assert.ok(Math.max(...hourly) - Math.min(...hourly) > 0.3);
});

test("counters grow every minute by the traffic of that minute, and restart at the month's start", () => {
  const phase = phaseOf("pc-test");
  let previous = demoCountersAt(DEC_3, 1000, phase);
  for (let m = 1; m <= 120; m++) {
    const at = DEC_3 + m * 60_000;
    const current = demoCountersAt(at, 1000, phase);
    const bytes = current.ifHCOutOctets - previous.ifHCOutOctets;
    const expected = (1000e6 / 8) * 60 * utilisationAt(at / 1000 - 30, phase);
    assert.ok(Math.abs(bytes - expected) / expected < 0.01, `minute ${m}: ${bytes} vs ${expected}`);
    assert.ok(current.ifHCInOctets > previous.ifHCInOctets);
    assert.ok(current.ifOutDiscards >= previous.ifOutDiscards);
    previous = current;
  }
  const lastOfNovember = demoCountersAt(Date.UTC(2026, 11, 1) - 60_000, 1000, phase);
  const firstOfDecember = demoCountersAt(Date.UTC(2026, 11, 1) + 60_000, 1000, phase);
  assert.ok(firstOfDecember.ifHCOutOctets < lastOfNovember.ifHCOutOctets);
  assert.equal(
    demoCountersAt(DEC_3, 1000, phase).ifHCOutOctets,
    demoCountersAt(DEC_3, 1000, phase).ifHCOutOctets,
  );
});

test("a 10G port's counters stay exact integers all month", () => {
  const end = demoCountersAt(Date.UTC(2026, 11, 31, 23, 59), 10_000, 0.5);
  assert.ok(Number.isSafeInteger(end.ifHCOutOctets));
  assert.ok(Number.isSafeInteger(end.ifHCInUcastPkts));
});
