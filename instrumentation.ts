// Runs once when the server process starts, before it serves requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Log-on throttling counts each client by its socket address (lib/server/throttle/client-address.ts).
  const { stampPeerAddresses } = await import("./lib/server/throttle/client-address");
  stampPeerAddresses();
  const { env } = await import("./lib/env");
  if (env.SCHEDULER === "off") return;
  // Scheduled jobs (lib/server/scheduler/jobs.ts) run in every server process; leases make each run once.
  const [{ startScheduler }, { getDatabase }] = await Promise.all([
    import("./lib/server/scheduler/ticker"),
    import("./db/client"),
  ]);
  startScheduler(getDatabase);
}
