import assert from "node:assert/strict";
import { test } from "node:test";
import { localeFromAcceptLanguage } from "./locales";

test("English is the default", () => {
  assert.equal(localeFromAcceptLanguage(null), "en");
  assert.equal(localeFromAcceptLanguage("fr-FR,fr;q=0.9"), "en");
});

test("a browser asking for Chinese first gets Simplified Chinese", () => {
  assert.equal(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8"), "zh-CN");
  assert.equal(localeFromAcceptLanguage("zh-TW"), "zh-CN");
  assert.equal(localeFromAcceptLanguage("en;q=0.5,zh;q=0.9"), "zh-CN");
});

test("English ranked before Chinese wins", () => {
  assert.equal(localeFromAcceptLanguage("en-US,en;q=0.9,zh-CN;q=0.8"), "en");
});
