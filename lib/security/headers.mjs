// Security headers of every response, shared by next.config.mjs (all routes) and, for a per-request
// script nonce, by proxy.ts. Plain ESM so next.config.mjs can import it; typed by headers.d.mts.

/**
 * The Content-Security-Policy. Everything is same-origin: no third-party script, style, font, image
 * or frame, and no inline script.
 *
 * A page's policy carries a per-request nonce (set by proxy.ts on the request, where Next reads it and
 * stamps its own inline scripts, such as the RSC payload's `self.__next_f.push(...)`): script-src is
 * `'self' 'nonce-…' 'strict-dynamic'`, so an injected inline script or event handler is refused. Other
 * responses (API routes, static files) get `'self'` alone. style-src keeps 'unsafe-inline', for React
 * style attributes and the toast library's injected <style> (a nonce there would disable it).
 *
 * @param {{ nonce?: string; https?: boolean; dev?: boolean }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy({
  nonce,
  https = false,
  dev = process.env.NODE_ENV === "development",
} = {}) {
  const script = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    // React's development build needs eval for its error overlays; production never does.
    `script-src ${script}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only when served over HTTPS: on plain http://127.0.0.1 it would send the assets to https.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The other security headers, the same on every response. */
export const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** Sent only behind HTTPS (X-Forwarded-Proto: https from the TLS-terminating proxy). */
export const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };
