import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readBodyWithin } from "./read-body";

/**
 * A request whose body arrives in the given chunks, each pulled only when read, counting the pulls.
 * Built by hand: a Request would drop the Content-Length header.
 */
function streamed(chunks: string[], headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks[pulled++];
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    },
    { highWaterMark: 0 },
  );
  return { request: { headers: new Headers(headers), body }, pulled: () => pulled };
}

describe("readBodyWithin", () => {
  test("returns a body within the limit whole", async () => {
    const { request } = streamed(["abc", "def"]);
    assert.equal((await readBodyWithin(request, 6))?.toString(), "abcdef");
  });

  test("stops reading at the first chunk past the limit", async () => {
    const { request, pulled } = streamed(["abcd", "efgh", "ijkl", "mnop"]);
    assert.equal(await readBodyWithin(request, 6), null);
    assert.equal(pulled(), 2, "the chunks after the one that passed the limit are never pulled");
  });

  test("refuses a declared Content-Length over the limit before reading anything", async () => {
    const { request, pulled } = streamed(["a"], { "content-length": "7" });
    assert.equal(await readBodyWithin(request, 6), null);
    assert.equal(pulled(), 0);
    const nonsense = streamed(["a"], { "content-length": "1e99" });
    assert.equal(await readBodyWithin(nonsense.request, 6), null);
  });

  test("an absent body is empty", async () => {
    assert.equal((await readBodyWithin(new Request("http://x/"), 6))?.length, 0);
  });
});
