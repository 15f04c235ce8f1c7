import { randomInt } from "node:crypto";

const LETTERS_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function randomLettersAndDigits(length: number): string {
  let out = "";
  for (let i = 0; i < length; i += 1) out += LETTERS_AND_DIGITS[randomInt(LETTERS_AND_DIGITS.length)];
  return out;
}

/** Shaped like Alibaba's: "LTAI" and 20 letters or digits. */
export function newAccessKeyId(): string {
  return `LTAI${randomLettersAndDigits(20)}`;
}

export function newAccessKeySecret(): string {
  return randomLettersAndDigits(30);
}
