// A small closed-loop load generator: N workers on one keep-alive agent, each sending its next request as
// soon as the previous answer is in, for a bounded time (and a bounded number of requests).
import type http from "node:http";
import { type HttpRequest, type HttpResult, send, type Target } from "./http";
import { type Summary, summarize } from "./stats";

export type LoadSpec = {
  name: string;
  target: Target;
  agent: http.Agent;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Upper bound of measured requests, whatever the duration. */
  maxRequests?: number;
  /** The next request; null when the supply is used up (the run ends early). */
  next: () => HttpRequest | null;
  /** An error description for a bad answer, or undefined. */
  check: (result: HttpResult) => string | undefined;
};

export type LoadResult = {
  name: string;
  requests: number;
  errors: number;
  firstError?: string;
  seconds: number;
  throughput: number;
  latency: Summary;
};

async function phase(spec: LoadSpec, durationMs: number, record: boolean) {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let issued = 0;
  const limit = record ? (spec.maxRequests ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  const deadline = performance.now() + durationMs;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < deadline && issued < limit) {
      const req = spec.next();
      if (!req) return;
      issued += 1;
      let problem: string | undefined;
      let ms = Number.NaN;
      try {
        const result = await send(spec.agent, spec.target, req);
        ms = result.ms;
        problem = spec.check(result);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      if (!record) continue;
      if (problem) {
        errors += 1;
        firstError ??= problem;
      } else latencies.push(ms);
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  return { latencies, errors, firstError, seconds: (performance.now() - started) / 1000 };
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  if (spec.warmupMs > 0) await phase(spec, spec.warmupMs, false);
  const { latencies, errors, firstError, seconds } = await phase(spec, spec.durationMs, true);
  return {
    name: spec.name,
    requests: latencies.length + errors,
    errors,
    firstError,
    seconds,
    throughput: latencies.length / seconds,
    latency: summarize(latencies),
  };
}
