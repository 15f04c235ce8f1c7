import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { ERROR_CATALOG, type ErrorCode } from "../domain/errors";
import { errorMessageId, REFUSAL_NAMES, refusalMessageId } from "./refusal-message";
import { LOCALES } from "../i18n/locales";

type Tree = { [key: string]: string | Tree };

const errorsOf = (locale: string): Tree =>
  (JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Tree)
    .errors as Tree;

function lookup(tree: Tree, id: string): string | Tree | undefined {
  return id
    .split(".")
    .reduce<string | Tree | undefined>((t, k) => (typeof t === "object" ? t[k] : undefined), tree);
}

const KEYS = Object.keys(ERROR_CATALOG) as ErrorCode[];

describe("refusalMessageId", () => {
  const has = (ids: string[]) => (id: string) => ids.includes(id);
  test("a variant's own message first", () =>
    assert.equal(
      refusalMessageId(
        "IllegalParam.Tags#TenantPays",
        has(["codes.IllegalParam_Tags_TenantPays", "codes.IllegalParam_Tags"]),
      ),
      "codes.IllegalParam_Tags_TenantPays",
    ));
  test("else its wire code's", () =>
    assert.equal(
      refusalMessageId("IllegalParam.Tags#TenantPays", has(["codes.IllegalParam_Tags"])),
      "codes.IllegalParam_Tags",
    ));
  test("else none", () => assert.equal(refusalMessageId("IllegalParam.Tags#TenantPays", has([])), null));
});

for (const locale of LOCALES) {
  describe(`every refusal the server can answer has a console message in ${locale}`, () => {
    const errors = errorsOf(locale);
    const has = (id: string) => typeof lookup(errors, id) === "string";

    test("each catalog key resolves to its own message or its wire code's", () => {
      const missing = KEYS.filter((key) => refusalMessageId(key, has) === null);
      assert.deepEqual(missing, [], `catalog keys without a console message in ${locale}`);
    });

    test("messages interpolate only what explain() passes: args and the names", () => {
      const allowed = new Set<string>(["args", ...REFUSAL_NAMES]);
      for (const key of KEYS) {
        const text = lookup(errors, errorMessageId(key));
        if (typeof text !== "string") continue;
        for (const [, name] of text.matchAll(/\{(\w+)/g))
          assert.ok(allowed.has(name ?? ""), `${key}: {${name}}`);
      }
      for (const name of REFUSAL_NAMES) assert.equal(typeof lookup(errors, `names.${name}`), "string", name);
    });

    test("no message repeats Alibaba's wire text", () => {
      for (const key of KEYS) {
        const text = lookup(errors, errorMessageId(key));
        if (typeof text === "string") assert.notEqual(text, ERROR_CATALOG[key].message, key);
      }
    });

    test("no message is kept for a key the catalog no longer has", () => {
      const ids = new Set(KEYS.map(errorMessageId));
      const codes = lookup(errors, "codes") as Tree;
      const stale = Object.keys(codes).filter((id) => !ids.has(`codes.${id}`));
      assert.deepEqual(stale, []);
    });
  });
}
