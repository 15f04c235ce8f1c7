import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEFAULT_OFFER_VALIDITY_DAYS, offerExpiry, offerValidityDaysSchema } from "./offer-expiry";
import { PRIVILEGE_WARNING_MS, privilegeExpiresSoon } from "./privilege";

const NOW = new Date("2026-11-22T08:00:00Z");

describe("offer expiry", () => {
  test("7 days unless the partner chose 1 to 30", () => {
    assert.equal(offerValidityDaysSchema.parse(undefined), DEFAULT_OFFER_VALIDITY_DAYS);
    assert.equal(offerValidityDaysSchema.parse("3"), 3);
    for (const bad of [0, 31, 1.5, "x"]) assert.equal(offerValidityDaysSchema.safeParse(bad).success, false);
    assert.equal(offerExpiry(NOW, 2).toISOString(), "2026-11-24T08:00:00.000Z");
  });
});

describe("privilegeExpiresSoon", () => {
  const until = new Date(NOW.getTime() + 24 * 60 * 60 * 1000);
  test("within the warning time of a valid privilege's end", () => {
    assert.equal(privilegeExpiresSoon({ validFrom: NOW, validUntil: until }, NOW), false);
    const warned = new Date(until.getTime() - PRIVILEGE_WARNING_MS);
    assert.equal(privilegeExpiresSoon({ validFrom: NOW, validUntil: until }, warned), true);
    assert.equal(privilegeExpiresSoon({ validFrom: NOW, validUntil: until }, until), false, "already ended");
    assert.equal(privilegeExpiresSoon({ validFrom: NOW, validUntil: null }, NOW), false);
  });
});
