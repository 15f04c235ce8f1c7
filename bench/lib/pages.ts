// Server time of console pages: one signed-in browser's requests, one after another, timed to the last
// byte of the streamed HTML (loopback, so the network adds next to nothing).
import type http from "node:http";
import { type HttpResult, send, type Target } from "./http";
import { type Summary, summarize } from "./stats";

export type PageSpec = {
  name: string;
  path: string;
  /** Text the rendered page must contain (proves the right account and data were rendered). */
  expect: string;
};

export type PageResult = PageSpec & {
  total: Summary;
  ttfb: Summary;
  bytes: number;
  html: string;
};

export type PageBudget = { warmup: number; maxSamples: number; minSamples: number; budgetMs: number };

export async function measurePage(
  agent: http.Agent,
  target: Target,
  cookie: string,
  spec: PageSpec,
  budget: PageBudget,
): Promise<PageResult> {
  const get = async (): Promise<HttpResult> => {
    const res = await send(agent, target, { method: "GET", path: spec.path, headers: { cookie } });
    if (res.status !== 200) {
      throw new Error(`${spec.path} answered ${res.status} ${res.headers.location ?? ""}`.trim());
    }
    return res;
  };
  let last = await get();
  const html = last.body.toString();
  if (!html.includes(spec.expect)) throw new Error(`${spec.path}: the page does not show "${spec.expect}"`);
  for (let i = 1; i < budget.warmup; i += 1) await get();
  const totals: number[] = [];
  const ttfbs: number[] = [];
  const deadline = performance.now() + budget.budgetMs;
  while (
    totals.length < budget.maxSamples &&
    (totals.length < budget.minSamples || performance.now() < deadline)
  ) {
    last = await get();
    totals.push(last.ms);
    ttfbs.push(last.ttfbMs);
  }
  return { ...spec, total: summarize(totals), ttfb: summarize(ttfbs), bytes: last.body.length, html };
}
