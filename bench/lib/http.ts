// Loopback HTTP with node:http keep-alive agents, a cookie jar, and the Auth.js credentials log-on.
import http from "node:http";

export type Target = { host: string; port: number };

export type HttpRequest = {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
};

export type HttpResult = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Time to the response headers. */
  ttfbMs: number;
  /** Time to the last byte of the body. */
  ms: number;
};

export function keepAliveAgent(maxSockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
}

export function send(agent: http.Agent, target: Target, req: HttpRequest): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    const request = http.request(
      {
        host: target.host,
        port: target.port,
        method: req.method,
        path: req.path,
        agent,
        headers: { ...req.headers, ...(body ? { "content-length": String(body.length) } : {}) },
      },
      (response) => {
        const ttfbMs = elapsed();
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
            ttfbMs,
            ms: elapsed(),
          }),
        );
        response.on("error", reject);
      },
    );
    request.setTimeout(60_000, () => request.destroy(new Error(`timeout: ${req.method} ${req.path}`)));
    request.on("error", reject);
    request.end(body);
  });
}

/** Name=value pairs from Set-Cookie, sent back as one Cookie header. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(headers: http.IncomingHttpHeaders): void {
    for (const line of headers["set-cookie"] ?? []) {
      const pair = line.split(";")[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  has(prefix: string): boolean {
    return [...this.cookies.keys()].some((name) => name.startsWith(prefix));
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * Logs on like a browser does through Auth.js: the CSRF token (and its cookie) from /api/auth/csrf, then
 * the credentials callback. Returns the Cookie header carrying the session.
 */
export async function logIn(
  agent: http.Agent,
  target: Target,
  email: string,
  password: string,
): Promise<string> {
  const jar = new CookieJar();
  const csrf = await send(agent, target, { method: "GET", path: "/api/auth/csrf" });
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  jar.store(csrf.headers);
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const form = new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }).toString();
  const signIn = await send(agent, target, {
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: jar.header(),
      "x-auth-return-redirect": "1",
    },
    body: form,
  });
  jar.store(signIn.headers);
  if (!jar.has("authjs.session-token") && !jar.has("__Secure-authjs.session-token")) {
    throw new Error(`log-on of ${email} failed: ${signIn.status} ${signIn.body.toString().slice(0, 200)}`);
  }
  return jar.header();
}
