import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "../../../db/client";
import { handleRpc } from "./handler";

/**
 * A plain HTTP server in front of the RPC handler, for tests that drive the real SDK over the wire. `now`
 * lets a test move the server clock, e.g. past the settling of Terminating.
 */
export async function startRpcServer(
  db: Db,
  now: () => Date = () => new Date(),
): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(", ") : value,
        ]),
      );
      handleRpc(
        { method: req.method ?? "GET", url: req.url ?? "/", headers, body: Buffer.concat(chunks) },
        db,
        now(),
      ).then(
        (answer) => res.writeHead(answer.status, answer.headers).end(answer.body),
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
