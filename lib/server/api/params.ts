import { MAX_REQUEST_PARAMETERS } from "../../security/limits.mjs";
import { domainError } from "../../domain/errors";
import type { RpcRequest } from "./request";

/** Decoded request parameters: `query` is what ACS3 signs, `all` adds a form-encoded body. */
export type RequestParams = { query: ReadonlyMap<string, string>; all: ReadonlyMap<string, string> };

const FORM = "application/x-www-form-urlencoded";

/**
 * A parameter given twice (in the query, or in both query and body) is refused: the signature would
 * cover one value while the operation might read the other. More than MAX_REQUEST_PARAMETERS are
 * refused before any is decoded.
 */
export function readParams(request: RpcRequest): RequestParams {
  const queryStart = request.url.indexOf("?");
  const queryText = queryStart === -1 ? "" : request.url.slice(queryStart + 1);
  const contentType = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  const bodyText = contentType === FORM ? request.body.toString("utf8") : "";
  if (countParams(queryText) + countParams(bodyText) > MAX_REQUEST_PARAMETERS) {
    throw domainError("TooManyParameters", { args: [String(MAX_REQUEST_PARAMETERS)] });
  }
  const query = decode(queryText, new Map());
  const all = bodyText ? decode(bodyText, new Map(query)) : query;
  return { query, all };
}

/** The non-empty `&`-separated pieces of a form-encoded text, counted up to one past the limit. */
function countParams(text: string): number {
  let count = 0;
  let start = 0;
  while (start < text.length && count <= MAX_REQUEST_PARAMETERS) {
    const end = text.indexOf("&", start);
    const stop = end === -1 ? text.length : end;
    if (stop > start) count += 1;
    start = stop + 1;
  }
  return count;
}

function decode(text: string, into: Map<string, string>): Map<string, string> {
  for (const [key, value] of new URLSearchParams(text)) {
    if (into.has(key)) throw domainError("InvalidParameter", { args: [key], field: key });
    into.set(key, value);
  }
  return into;
}
