import type { DemoAccessKey } from "../lib/server/access-keys";

/**
 * What `npm start` says about the demo AccessKeys: a secret only on the start that created its key, so
 * later starts (and their logs) never hold one. `npm run db:reset` makes new keys to show again.
 */
export function demoAccessKeyLines(keys: DemoAccessKey[]): string[] {
  if (keys.length === 0) return [];
  const lines = ["Demo AccessKeys for the Express Connect API (docs/api.md):"];
  for (const key of keys) {
    const secret = key.created ? key.accessKeySecret : "(secret shown when it was created)";
    lines.push(`  ${key.accountName.padEnd(14)} ${key.accessKeyId}  ${secret}`);
  }
  if (keys.some((key) => key.created)) {
    lines.push("  Copy the secrets now: later starts do not print them again.");
  }
  return lines;
}
