import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { LOCALES } from "./locales";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? "").sort();
}

const catalogs = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Tree,
  ]),
);

test("every message key exists in every language", () => {
  const [first, ...rest] = LOCALES;
  const expected = keys(catalogs[first] as Tree).sort();
  for (const locale of rest) {
    const actual = keys(catalogs[locale] as Tree).sort();
    assert.deepEqual(
      actual.filter((k) => !expected.includes(k)),
      [],
      `keys only in ${locale}`,
    );
    assert.deepEqual(
      expected.filter((k) => !actual.includes(k)),
      [],
      `keys missing from ${locale}`,
    );
  }
});

test("translations keep the same placeholders and are never empty", () => {
  const en = catalogs.en as Tree;
  for (const key of keys(en)) {
    const lookup = (tree: Tree) =>
      key.split(".").reduce<string | Tree>((t, k) => (t as Tree)[k] as Tree, tree);
    for (const locale of LOCALES) {
      const text = lookup(catalogs[locale] as Tree);
      assert.equal(typeof text, "string", `${locale} ${key}`);
      assert.notEqual((text as string).trim(), "", `${locale} ${key} is empty`);
      assert.deepEqual(placeholders(text as string), placeholders(lookup(en) as string), `${locale} ${key}`);
    }
  }
});
