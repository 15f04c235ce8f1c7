import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy, HSTS, SECURITY_HEADERS } from "./lib/security/headers.mjs";
import { MAX_REQUEST_BODY_BYTES } from "./lib/security/limits.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Behind a TLS-terminating proxy (X-Forwarded-Proto: https, the same signal Auth.js uses for Secure
// cookies) the policy also upgrades insecure requests and HSTS is sent. A later rule's header
// replaces an earlier rule's header of the same name.
// The RPC envelope: parameters and headers no console page request carries.
const API_HEADERS = ["x-acs-action", "x-acs-version", "x-acs-signature-nonce", "x-acs-date"];
const API_QUERY_PARAMETERS = ["Action", "Version", "AccessKeyId", "Signature", "SignatureNonce"];

const BEHIND_HTTPS = [{ type: "header", key: "x-forwarded-proto", value: "https" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or process-wide modules: loaded from node_modules, not bundled (db/postgres.ts sets pg type parsers).
  serverExternalPackages: ["better-sqlite3", "pg"],
  poweredByHeader: false,
  // Next refuses a larger server action body while reading it.
  experimental: { serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES } },
  // The SDK posts every API call to `/`. Rewriting it here keeps the call inside the server (a rewrite
  // from proxy.ts to 127.0.0.1 is taken for another site and re-sent over HTTP by Next), and keeps the
  // body away from proxy.ts, before which Next would buffer it whole. Anything that looks like an API
  // call (an RPC envelope parameter or signing header) goes to the API, which answers in its envelope,
  // never with a page or a redirect. A form body on `/` that is not a server action can only be an API
  // call naming its action in the body. An empty `Action=` matches nothing here: proxy.ts answers it.
  async rewrites() {
    const toApi = (has) => ({ source: "/", has: [has], destination: "/api/rpc" });
    return {
      beforeFiles: [
        ...API_HEADERS.map((key) => toApi({ type: "header", key })),
        toApi({ type: "header", key: "authorization", value: "ACS3-.*" }),
        ...API_QUERY_PARAMETERS.map((key) => toApi({ type: "query", key })),
        {
          source: "/",
          has: [{ type: "header", key: "content-type", value: "application/x-www-form-urlencoded.*" }],
          missing: [{ type: "header", key: "next-action" }],
          destination: "/api/rpc",
        },
        // An SDK whose endpoint names the API's path posts to `/api/rpc/`.
        { source: "/api/rpc/", destination: "/api/rpc" },
      ],
    };
  },
  // Next's own trailing-slash redirect (308) would send `/api/rpc/` away from the API, and an SDK does
  // not follow redirects; pages keep the redirect below.
  skipTrailingSlashRedirect: true,
  async redirects() {
    return [{ source: "/:path((?!api/rpc/?$).+)/", destination: "/:path", permanent: true }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [...SECURITY_HEADERS, { key: "Content-Security-Policy", value: contentSecurityPolicy() }],
      },
      {
        source: "/:path*",
        has: BEHIND_HTTPS,
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ https: true }) }, HSTS],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
