// The home page sends each user on: an operator to /operator, anyone else to the first region's circuits.
const HOME = "/";
// Stands in for the site's origin when the caller does not know it: only paths can then match.
const ANY_SITE = "http://console.invalid";

/**
 * Where to go after log on: a path on this site, or the console home. The value is parsed the way a
 * browser would resolve it against the site (WHATWG URL), so `/\t/evil.example` or `/..//evil.example`
 * cannot turn into another host; backslashes and control characters are refused outright, and what is
 * kept is the normalized, percent-encoded path. One function for the login page, the log-on action
 * and Auth.js's redirect callback (which passes the site's origin, for its absolute URLs).
 */
export function safeCallbackUrl(value: unknown, origin: string = ANY_SITE): string {
  if (typeof value !== "string" || value === "" || /[\\\p{Cc}]/u.test(value)) {
    return HOME;
  }
  if (!value.startsWith("/") && origin === ANY_SITE) return HOME;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return HOME;
  }
  // "//x" as a path would be read as another host by the browser that follows the redirect.
  if (url.origin !== new URL(origin).origin || url.pathname.startsWith("//")) return HOME;
  return `${url.pathname}${url.search}${url.hash}`;
}
