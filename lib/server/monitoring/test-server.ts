// A plain HTTP server in front of the remote_write endpoint and the RPC API, as the Next routes serve
// them: for tests that drive a real collector or the SDK over the wire. `extra` answers other requests
// first (a scrape target, for instance) when it returns true.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "../../../db/client";
import { handleRpc } from "../api/handler";
import { handleRemoteWrite } from "./remote-write-handler";

export type TestServer = { origin: string; pushStatuses: number[]; close: () => Promise<void> };

export async function startMonitoringServer(
  db: Db,
  extra: (req: http.IncomingMessage, res: http.ServerResponse) => boolean = () => false,
): Promise<TestServer> {
  const pushStatuses: number[] = [];
  const server = http.createServer((req, res) => {
    if (extra(req, res)) return;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]),
      );
      const body = Buffer.concat(chunks);
      const answer =
        req.method === "POST" && req.url === "/api/monitoring/write"
          ? handleRemoteWrite({ headers, body }, db, new Date()).then((a) => {
              pushStatuses.push(a.status);
              return a;
            })
          : handleRpc({ method: req.method ?? "GET", url: req.url ?? "/", headers, body }, db, new Date());
      answer.then(
        (a) => res.writeHead(a.status, a.headers).end(a.body),
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pushStatuses,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
