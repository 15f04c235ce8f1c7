// Log-on throttling against a started server, as an attacker would try it: failing on purpose to lock
// a user out, and rotating X-Forwarded-For to escape the address limit when TRUST_PROXY names a proxy
// that is not there. Clients connect from different loopback addresses (127.0.0.x) to look like
// different machines.
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import querystring from "node:querystring";
import { after, before, test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../db/seed";
import { prepareDatabase, type Server, startServer, tempDir } from "./harness";

let dir = "";
let server: Server | undefined;

before(async () => {
  dir = tempDir("log-on-throttle");
  const dbFile = path.join(dir, "throttle.db");
  await prepareDatabase(dbFile);
  // A proxy on 127.0.0.1 is trusted; the clients below connect directly from other addresses.
  server = await startServer(dbFile, undefined, { TRUST_PROXY: "127.0.0.1" });
});

after(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(
  from: string,
  method: string,
  target: string,
  headers: Record<string, string>,
  body = "",
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: server!.port,
        localAddress: from,
        method,
        path: target,
        headers,
        agent: false,
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const cookiesOf = (reply: Reply) => (reply.headers["set-cookie"] ?? []).map((c) => c.split(";")[0] ?? "");

type Outcome = "session" | "throttled" | "refused";

/** Logs on through Auth.js's credentials endpoint from `from`, as the login form's fallback does. */
async function logOn(
  from: string,
  email: string,
  password: string,
  extra: Record<string, string> = {},
): Promise<Outcome> {
  const csrf = await request(from, "GET", "/api/auth/csrf", extra);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const reply = await request(
    from,
    "POST",
    "/api/auth/callback/credentials",
    { ...extra, "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    querystring.stringify({ email, password, csrfToken, callbackUrl: "/" }),
  );
  if (cookiesOf(reply).some((c) => c.startsWith("authjs.session-token="))) return "session";
  return new URL(String(reply.headers.location), "http://x").searchParams.get("code") === "throttled"
    ? "throttled"
    : "refused";
}

test("twenty failed log-ons from one address do not lock the owner out: the right password gets in", async () => {
  const email = DEMO_ACCOUNTS.acme.email;
  const attacker: Outcome[] = [];
  for (let i = 0; i < 20; i++) attacker.push(await logOn("127.0.0.2", email, `wrong-${i}`));
  console.log(`attacker from 127.0.0.2: ${attacker.join(", ")}`);
  assert.ok(
    attacker.slice(5).every((o) => o === "throttled"),
    "the attacker's address is locked out of the account",
  );
  const started = Date.now();
  assert.equal(await logOn("127.0.0.3", email, DEMO_PASSWORD), "session", "the owner, elsewhere, logs on");
  console.log(`owner from 127.0.0.3 logged on in ${Date.now() - started} ms`);
});

test("rotating X-Forwarded-For does not escape the address limit when no trusted proxy is in the way", async () => {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < 25; i++) {
    const forged = { "x-forwarded-for": `198.51.100.${i + 1}` };
    outcomes.push(await logOn("127.0.0.4", `sprayed-${i}@nobody.example`, "Password1!", forged));
  }
  console.log(`sprayer from 127.0.0.4 with a new X-Forwarded-For each time: ${outcomes.join(", ")}`);
  assert.deepEqual(outcomes.slice(0, 20), Array(20).fill("refused"));
  assert.deepEqual(outcomes.slice(20), Array(5).fill("throttled"));
});
