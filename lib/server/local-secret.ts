import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { localDataDir } from "../env";

/**
 * A random secret generated once into a file beside the database (./data on PostgreSQL; 0600, in a
 * folder made 0700), for machines that set none in the environment (a fresh `npm start`). Production
 * sets the environment variable instead; several machines serving one PostgreSQL database must share
 * it that way.
 */
export function localSecret(name: string, folder: string = localDataDir()): string {
  const file = path.join(/*turbopackIgnore: true*/ folder, `.${name}`);
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Another process wrote it first: use theirs.
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
