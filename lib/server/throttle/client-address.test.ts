import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, test } from "node:test";
import {
  clientAddress,
  PEER_HEADER,
  peerAddress,
  stampPeerAddresses,
  trustedProxies,
  UNKNOWN_ADDRESS,
} from "./client-address";

/** Starts a server, sends one request from `localAddress` with `headers`, and returns the headers it saw. */
async function seenBy(localAddress: string, headers: Record<string, string>): Promise<Headers> {
  let seen = new Headers();
  const server = http.createServer((req, res) => {
    seen = new Headers(req.headers as Record<string, string>);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, localAddress, headers, agent: false }, (res) => {
        res.resume();
        res.on("end", resolve);
      })
      .on("error", reject);
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return seen;
}

describe("the client address", () => {
  stampPeerAddresses();

  test("is the socket's, whatever the client writes in the peer header or X-Forwarded-For", async () => {
    const seen = await seenBy("127.0.0.2", {
      [PEER_HEADER]: "forged 203.0.113.9",
      "x-forwarded-for": "198.51.100.1",
    });
    assert.equal(peerAddress(seen), "127.0.0.2");
    assert.equal(clientAddress(seen, undefined), "127.0.0.2");
    // TRUST_PROXY names a proxy, but this client connected directly: its X-Forwarded-For is not believed.
    assert.equal(clientAddress(seen, trustedProxies("127.0.0.1")), "127.0.0.2");
  });

  test("behind a trusted proxy, the first untrusted address from the right of X-Forwarded-For", async () => {
    const viaProxy = await seenBy("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    assert.equal(clientAddress(viaProxy, trustedProxies("127.0.0.1")), "198.51.100.7");
    const twoProxies = await seenBy("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.5" });
    assert.equal(clientAddress(twoProxies, trustedProxies("127.0.0.1, 10.0.0.0/8")), "198.51.100.7");
    const mapped = await seenBy("127.0.0.1", { "x-forwarded-for": "::ffff:198.51.100.9" });
    assert.equal(clientAddress(mapped, trustedProxies("127.0.0.1")), "198.51.100.9");
    const noHeader = await seenBy("127.0.0.1", {});
    assert.equal(clientAddress(noHeader, trustedProxies("127.0.0.1")), "127.0.0.1");
  });

  test("a request nobody stamped is unknown, even with a forged peer header", () => {
    assert.equal(clientAddress(new Headers({ [PEER_HEADER]: "guess 1.2.3.4" }), undefined), UNKNOWN_ADDRESS);
    assert.equal(clientAddress(new Headers({}), undefined), UNKNOWN_ADDRESS);
  });

  test("TRUST_PROXY lists addresses and CIDR ranges; a count or junk is refused", () => {
    assert.equal(trustedProxies(undefined), undefined);
    assert.equal(trustedProxies(" "), undefined);
    const list = trustedProxies("127.0.0.1, 10.0.0.0/8, ::1");
    assert.ok(list?.check("10.1.2.3", "ipv4"));
    assert.ok(list?.check("::1", "ipv6"));
    assert.ok(!list?.check("11.0.0.1", "ipv4"));
    for (const bad of ["1", "true", "10.0.0.0/33", "localhost", "1.2.3.4/8/1"]) {
      assert.throws(() => trustedProxies(bad), /TRUST_PROXY/, bad);
    }
  });
});
