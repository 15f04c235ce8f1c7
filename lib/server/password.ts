import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

// scrypt from node:crypto: memory-hard, and no native addon beyond better-sqlite3.
const KEY_LENGTH = 32;
const COST = 16384;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, KEY_LENGTH, { N: COST });
  return `scrypt$${COST}$${salt.toString("base64")}$${hash.toString("base64")}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, cost, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !cost || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const actual = scryptSync(password, Buffer.from(salt, "base64"), expected.length, { N: Number(cost) });
  return timingSafeEqual(actual, expected);
}

/** Hash compared against when the email is unknown, so both failures take the same time. */
export const DUMMY_PASSWORD_HASH = hashPassword(randomBytes(12).toString("hex"));
