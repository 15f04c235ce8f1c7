import assert from "node:assert/strict";
import { test } from "node:test";
import { safeCallbackUrl } from "./callback-url";
import { HOSTILE_CALLBACK_URLS } from "./callback-url.cases";

const HOME = "/";
const ORIGIN = "http://127.0.0.1:3000";

test("a same-origin path is kept as the destination after log on", () => {
  assert.equal(
    safeCallbackUrl("/us-east-1/physical-connection?q=a#x"),
    "/us-east-1/physical-connection?q=a#x",
  );
});

test("every hostile value falls back to the console home", () => {
  for (const bad of HOSTILE_CALLBACK_URLS) {
    assert.equal(safeCallbackUrl(bad), HOME, JSON.stringify(bad));
    assert.equal(safeCallbackUrl(bad, ORIGIN), HOME, `${JSON.stringify(bad)} against ${ORIGIN}`);
  }
  for (const notText of [undefined, null, 42, ["/x"]]) assert.equal(safeCallbackUrl(notText), HOME);
});

test("what is kept is normalized as a browser would, and plain ASCII", () => {
  assert.equal(safeCallbackUrl("/cn-hangzhou/物理"), "/cn-hangzhou/%E7%89%A9%E7%90%86");
  assert.equal(safeCallbackUrl("/a/../cn-beijing/orders"), "/cn-beijing/orders");
  assert.equal(safeCallbackUrl("/x?q=a b"), "/x?q=a%20b");
  for (const kept of ["/cn-hangzhou/物理", "/x?q=\u00e9", "/a/./b"]) {
    assert.match(safeCallbackUrl(kept), /^\/[\x21-\x7e]*$/, kept);
  }
});

test("with the site's origin, an absolute URL on that origin is kept as its path", () => {
  assert.equal(safeCallbackUrl(`${ORIGIN}/cn-beijing/orders?x=1`, ORIGIN), "/cn-beijing/orders?x=1");
  assert.equal(safeCallbackUrl("http://127.0.0.1:3001/cn-beijing/orders", ORIGIN), HOME);
  assert.equal(safeCallbackUrl(`${ORIGIN}/cn-beijing/orders`), HOME, "without the origin, never absolute");
});
