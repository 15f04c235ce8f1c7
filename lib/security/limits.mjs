// Request size limits, shared by next.config.mjs (server actions) and the route handlers. Plain ESM so
// next.config.mjs can import it; typed by limits.d.mts. docs/api.md explains the choice.

/**
 * The largest request body any route accepts. Alibaba's API gateway refuses bodies over 8 MB; no
 * Express Connect call or console form comes near 1 MB (a thousand parameters of a few hundred bytes
 * each), and a smaller cap keeps the worst case cheap to refuse.
 */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

/** The most parameters (query and form body together) one API call may carry. */
export const MAX_REQUEST_PARAMETERS = 1000;
