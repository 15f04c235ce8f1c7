import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const isDev = process.env.NODE_ENV === "development";

/**
 * Content-Security-Policy of every response. Everything is same-origin; no third-party script, style,
 * font, image or frame is used.
 *
 * script-src keeps 'unsafe-inline': the App Router streams its RSC payload in inline
 * `self.__next_f.push(...)` scripts whose content differs per request, so neither 'self' alone nor
 * hashes fit, and a per-request nonce needs proxy.ts to put it in the request's CSP header (Next reads
 * it there and stamps its scripts). What the policy still blocks: scripts and script-like objects from
 * any other origin, <base> hijacking, form posts elsewhere, framing, and exfiltration by fetch to
 * another origin (connect-src). style-src keeps 'unsafe-inline' for React's style attributes and the
 * toast library's injected <style>.
 */
function contentSecurityPolicy({ https }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
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
    // Only when the page is served over HTTPS: on plain http://127.0.0.1 it would break the assets.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

const commonHeaders = [
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

// Behind a TLS-terminating proxy (X-Forwarded-Proto: https, the same signal Auth.js uses for Secure
// cookies) the policy also upgrades insecure requests and HSTS is sent. A later rule's header
// replaces an earlier rule's header with the same key.
const HTTPS = [{ type: "header", key: "x-forwarded-proto", value: "https" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // `npm test` type-checks the whole tree as its own step first; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          ...commonHeaders,
          { key: "Content-Security-Policy", value: contentSecurityPolicy({ https: false }) },
        ],
      },
      {
        source: "/:path*",
        has: HTTPS,
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy({ https: true }) },
          { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
