import { domainError } from "../../domain/errors";
import type { RpcRequest } from "./request";

/** Decoded request parameters: `query` is what ACS3 signs, `all` adds a form-encoded body. */
export type RequestParams = { query: ReadonlyMap<string, string>; all: ReadonlyMap<string, string> };

const FORM = "application/x-www-form-urlencoded";

/**
 * A parameter given twice (in the query, or in both query and body) is refused: the signature would
 * cover one value while the operation might read the other.
 */
export function readParams(request: RpcRequest): RequestParams {
  const queryStart = request.url.indexOf("?");
  const query = decode(queryStart === -1 ? "" : request.url.slice(queryStart + 1), new Map());
  const contentType = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  const all = contentType === FORM ? decode(request.body.toString("utf8"), new Map(query)) : query;
  return { query, all };
}

function decode(text: string, into: Map<string, string>): Map<string, string> {
  for (const [key, value] of new URLSearchParams(text)) {
    if (into.has(key)) throw domainError("InvalidParameter", { args: [key], field: key });
    into.set(key, value);
  }
  return into;
}
