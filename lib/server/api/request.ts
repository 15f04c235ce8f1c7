/** An HTTP request as the RPC handler sees it, free of any framework: header names are lower-case. */
export type RpcRequest = {
  method: string;
  /** Path and query string as received, e.g. "/?RegionId=cn-hangzhou". */
  url: string;
  headers: Readonly<Record<string, string | undefined>>;
  body: Buffer;
};

export type RpcResponse = { status: number; headers: Record<string, string>; body: string };
