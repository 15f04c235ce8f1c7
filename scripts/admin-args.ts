// The admin CLI's arguments: a kebab-case command (create-account) names the action (CreateAccount);
// --kebab-flag value pairs become the input's camelCase fields, or --json gives the input whole.
export type AdminArgs =
  | { kind: "help" }
  | { kind: "run"; command: string; action: string; input: Record<string, unknown> };

export function parseAdminArgs(argv: readonly string[]): AdminArgs {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help") return { kind: "help" };
  const action = command.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase());
  const input: Record<string, unknown> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i] ?? "";
    const value = rest[i + 1];
    if (!flag.startsWith("--") || value === undefined)
      throw new Error(`Expected --flag value, got "${flag}"`);
    if (flag === "--json") Object.assign(input, JSON.parse(value));
    else input[flag.slice(2).replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())] = typed(value);
  }
  return { kind: "run", command, action, input };
}

// true/false are booleans and short digit strings numbers; a 16-digit UID stays a string.
function typed(value: string): unknown {
  if (value === "true" || value === "false") return value === "true";
  if (/^\d{1,9}$/.test(value)) return Number(value);
  return value;
}
