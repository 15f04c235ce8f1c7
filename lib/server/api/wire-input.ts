// Wire parameters (PascalCase, numbered lists, strings) to an operation's camelCase input. Values that do
// not parse stay strings, so the operation's own schema refuses them with its documented code.
import { domainError } from "../../domain/errors";
import { fieldWithPath } from "../../domain/validators";

export type Field =
  | { wire: string; key: string; type?: "string" | "integer" | "boolean" }
  /** `Wire.1`, `Wire.2`, … */
  | { wire: string; key: string; type: "list" }
  /** `Wire.N.Key` / `Wire.N.Value` */
  | { wire: string; key: string; type: "tags" }
  /** `Filter.N.Key` and `Filter.N.Value.M`, with the filter keys the operation knows. */
  | { wire: string; key: string; type: "filters"; keys: Readonly<Record<string, string>> };

export type WireInput = Record<string, unknown>;

export function buildInput(fields: readonly Field[], params: ReadonlyMap<string, string>): WireInput {
  const input: WireInput = {};
  for (const field of fields) {
    const value = read(field, params);
    if (value !== undefined) input[field.key] = value;
  }
  return input;
}

function read(field: Field, params: ReadonlyMap<string, string>): unknown {
  switch (field.type) {
    case "list": {
      const items = numbered(params, field.wire, "").map(([, value]) => value);
      return items.length === 0 ? undefined : items;
    }
    case "tags":
      return tagsOf(params, field.wire);
    case "filters":
      return filtersOf(params, field.wire, field.keys);
    default: {
      const raw = params.get(field.wire);
      return raw === undefined ? undefined : scalar(raw, field.type ?? "string");
    }
  }
}

export function scalar(raw: string, type: "string" | "integer" | "boolean"): unknown {
  if (type === "integer") return /^-?\d{1,15}$/.test(raw) ? Number(raw) : raw;
  // Any case: clients that stringify a boolean send True (Python) or TRUE as well as true.
  if (type === "boolean") {
    const lower = raw.toLowerCase();
    return lower === "true" ? true : lower === "false" ? false : raw;
  }
  return raw;
}

/** The `${prefix}.N${suffix}` parameters, ordered by N. */
function numbered(
  params: ReadonlyMap<string, string>,
  prefix: string,
  suffix: string,
): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  for (const [key, value] of params) {
    if (!key.startsWith(`${prefix}.`) || !key.endsWith(suffix)) continue;
    const n = key.slice(prefix.length + 1, key.length - suffix.length);
    if (/^[1-9]\d{0,2}$/.test(n)) found.push([Number(n), value]);
  }
  return found.sort(([a], [b]) => a - b);
}

function tagsOf(params: ReadonlyMap<string, string>, prefix: string) {
  const json = params.get(prefix);
  if (json !== undefined) return jsonTags(json, params, prefix);
  const tags = new Map<number, { key?: string; value?: string }>();
  const at = (n: number) => tags.get(n) ?? tags.set(n, {}).get(n)!;
  for (const [n, key] of numbered(params, prefix, ".Key")) at(n).key = key;
  for (const [n, value] of numbered(params, prefix, ".Value")) at(n).value = value;
  if (tags.size === 0) return undefined;
  return [...tags.entries()].sort(([a], [b]) => a - b).map(([, tag]) => tag);
}

/**
 * The API reference's sample form, `Tag=[{"Key":"k","Value":"v"}]`: the same tags as `Tag.N.Key` and
 * `Tag.N.Value`. Both forms at once is ambiguous; JSON that is not such a list is IllegalParam.Tags.
 */
function jsonTags(json: string, params: ReadonlyMap<string, string>, prefix: string) {
  if ([...params.keys()].some((key) => key.startsWith(`${prefix}.`))) {
    throw domainError("InvalidParameter", { args: [prefix], field: prefix });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw domainError("IllegalParam.Tags", { field: prefix });
  }
  if (!Array.isArray(parsed)) throw domainError("IllegalParam.Tags", { field: prefix });
  return parsed.map((tag: unknown) => {
    if (typeof tag !== "object" || tag === null) throw domainError("IllegalParam.Tags", { field: prefix });
    const { Key: key, Value: value } = tag as { Key?: unknown; Value?: unknown };
    if (typeof key !== "string" || (value !== undefined && typeof value !== "string")) {
      throw domainError("IllegalParam.Tags", { field: prefix });
    }
    return value === undefined ? { key } : { key, value };
  });
}

function filtersOf(
  params: ReadonlyMap<string, string>,
  prefix: string,
  keys: Readonly<Record<string, string>>,
) {
  const filters: Record<string, string[]> = {};
  for (const [n, wireKey] of numbered(params, prefix, ".Key")) {
    const key = Object.hasOwn(keys, wireKey) ? keys[wireKey] : undefined;
    if (!key || key in filters) {
      throw domainError("InvalidParameter", { args: [`${prefix}.${n}.Key`], field: `${prefix}.${n}.Key` });
    }
    filters[key] = numbered(params, `${prefix}.${n}.Value`, "").map(([, value]) => value);
  }
  return Object.keys(filters).length === 0 ? undefined : filters;
}

/**
 * The wire name of an operation input path, for error messages: ["tags", 0, "key"] → "Tag.1.Key". A
 * filter value is named as it was sent, ["filters", "status", 0] → "Filter.2.Value.1", when the
 * parameters are given to find its N.
 */
export function wireName(
  fields: readonly Field[],
  path: readonly PropertyKey[],
  params?: ReadonlyMap<string, string>,
): string {
  const [key, ...rest] = path;
  const field = fields.find((f) => f.key === key);
  if (!field) return path.map(String).join(".");
  if (field.type === "filters") {
    const wireKey = Object.entries(field.keys).find(([, k]) => k === rest[0])?.[0];
    if (!wireKey) return field.wire;
    const n = params && numbered(params, field.wire, ".Key").find(([, sent]) => sent === wireKey)?.[0];
    if (n === undefined) return `${field.wire}.${wireKey}`;
    return typeof rest[1] === "number" ? `${field.wire}.${n}.Value.${rest[1] + 1}` : `${field.wire}.${n}.Key`;
  }
  return fieldWithPath(field.wire, rest);
}
