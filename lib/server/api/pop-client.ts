// @alicloud/pop-core, the older Alibaba RPC client (RPC HMAC-SHA1, Format=JSON, GET by default), pointed
// at a local endpoint: for tests, beside the official SDK in sdk-client.ts.
import RPCClient from "@alicloud/pop-core";
import type { SdkKey } from "./sdk-client";

export type PopClient = {
  request<T = Record<string, unknown>>(
    action: string,
    params: Record<string, unknown>,
    options?: { method?: "GET" | "POST"; timeout?: number },
  ): Promise<T>;
};

/** `baseUrl` with its scheme, e.g. http://127.0.0.1:3000 (pop-core appends the path `/`). */
export function popClient(baseUrl: string, key: SdkKey & { securityToken?: string }): PopClient {
  return new RPCClient({ ...key, endpoint: baseUrl, apiVersion: "2016-04-28" }) as unknown as PopClient;
}

/** A refused pop-core call: the wire code and HTTP status (pop-core names its error `<Code>Error`). */
export async function popRefusal(call: Promise<unknown>): Promise<{ status?: number; code?: string }> {
  try {
    await call;
  } catch (error) {
    const { code, entry } = error as { code?: string; entry?: { response?: { statusCode?: number } } };
    return { status: entry?.response?.statusCode, code };
  }
  throw new Error("the call succeeded");
}
