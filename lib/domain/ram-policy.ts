// What a RAM user may do under its Express Connect policy: ReadOnly reads, FullAccess reads and writes,
// no policy nothing. Checked once for every operation, from the console and from the API alike.
import type { RamPolicy } from "./enums";
import { allow, refuse, type Verdict } from "./verdict";

export function checkRamPolicy({
  policy,
  kind,
}: {
  policy: RamPolicy | null;
  kind: "read" | "write";
}): Verdict {
  if (policy === "FullAccess") return allow();
  if (policy === "ReadOnly" && kind === "read") return allow();
  return refuse("Forbidden.RAM");
}
