// Runs once when the server process starts, before it serves requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Log-on throttling counts each client by its socket address (lib/server/throttle/client-address.ts).
  const { stampPeerAddresses } = await import("./lib/server/throttle/client-address");
  stampPeerAddresses();
}
