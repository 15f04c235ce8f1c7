import assert from "node:assert/strict";
import { test } from "node:test";
import { safeCallbackUrl } from "./regions";

test("a same-origin path is kept as the destination after log on", () => {
  assert.equal(safeCallbackUrl("/us-east-1/physical-connection?q=a"), "/us-east-1/physical-connection?q=a");
});

test("other origins and non-paths fall back to the console home", () => {
  for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "", undefined, 42]) {
    assert.equal(safeCallbackUrl(bad), "/cn-hangzhou/physical-connection");
  }
});
