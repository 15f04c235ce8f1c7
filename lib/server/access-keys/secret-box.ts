import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../../env";
import { localSecret } from "../local-secret";

const FORMAT = "v1";
let serverKey: Buffer | undefined;

// Derived rather than used raw, so any sufficiently long string in the environment makes a valid AES-256 key.
function key(): Buffer {
  serverKey ??= Buffer.from(
    hkdfSync(
      "sha256",
      env.ACCESS_KEY_ENCRYPTION_KEY ?? localSecret("access-key-encryption-key"),
      "",
      "hosted-connect access-key secret",
      32,
    ),
  );
  return serverKey;
}

/**
 * AES-256-GCM under the server key. The AccessKey ID is the associated data, so a ciphertext copied
 * onto another key's row does not decrypt.
 */
export function sealSecret(accessKeyId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(accessKeyId));
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return `${FORMAT}:${Buffer.concat([iv, cipher.getAuthTag(), data]).toString("base64url")}`;
}

/** Throws when the ciphertext was made under another server key or tampered with. */
export function openSecret(accessKeyId: string, sealed: string): string {
  const [format, payload] = sealed.split(":");
  if (format !== FORMAT || !payload) throw new Error(`AccessKey ${accessKeyId}: unknown secret format`);
  const raw = Buffer.from(payload, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(accessKeyId));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
