// Shared by the unit test and the end-to-end test in a real browser.

/** Values an attacker would put in ?callbackUrl=, each of which a browser could take off-site. */
export const HOSTILE_CALLBACK_URLS = [
  "//evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  " //evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/..//evil.example",
  "/.//evil.example",
  "/%2e%2e//evil.example",
  "https://evil.example/",
  "http://127.0.0.1:3000@evil.example/",
  "javascript:alert(1)",
  "/cn-hangzhou\r\nSet-Cookie: x=1",
  "/cn-hangzhou\u0000",
  "/cn-hangzhou\u007f",
  "",
];
