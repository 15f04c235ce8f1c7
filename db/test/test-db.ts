import { type Db, openDb } from "../client";
import { seedDemo } from "../seed";

/** A fresh, migrated in-memory database; with the demo set unless asked otherwise. */
export function createTestDb({ seed = true, now = new Date() }: { seed?: boolean; now?: Date } = {}): Db {
  const db = openDb(":memory:");
  if (seed) seedDemo(db, now);
  return db;
}
