/**
 * Reads a request body of at most `limit` bytes, chunk by chunk as it arrives; null once it is known
 * to be larger (from Content-Length, before any byte is read, or from the bytes themselves). The rest
 * is left unread: the caller answers at once, and the server discards the remainder.
 */
export async function readBodyWithin(
  request: { headers: Headers; body: ReadableStream<Uint8Array> | null },
  limit: number,
): Promise<Buffer | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isSafeInteger(declared) || declared > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.byteLength;
    if (size > limit) {
      reader.releaseLock();
      return null;
    }
    chunks.push(value);
  }
}
