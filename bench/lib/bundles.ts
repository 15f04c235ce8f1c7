// First-load JS per route from the build output: the root main files of .next/build-manifest.json plus
// every entry chunk (layouts, boundaries, page) the route's client reference manifest lists.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

const NEXT_DIR = path.join(process.cwd(), ".next");

export type RouteBundle = {
  route: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  /** Chunks only some routes load (not the root main files). */
  routeFiles: string[];
  /** Client chunks carrying zod (a server-side validation library) — a sign of an oversized bundle. */
  zodFiles: string[];
};

const sizeCache = new Map<string, { raw: number; gzip: number; zod: boolean }>();

function sizeOf(file: string) {
  let cached = sizeCache.get(file);
  if (!cached) {
    const content = fs.readFileSync(path.join(NEXT_DIR, file));
    cached = {
      raw: content.length,
      gzip: zlib.gzipSync(content, { level: 9 }).length,
      zod: /ZodError|\$ZodType/.test(content.toString()),
    };
    sizeCache.set(file, cached);
  }
  return cached;
}

function entryJsFiles(entry: string): string[] {
  const file = path.join(NEXT_DIR, "server", "app", `${entry}_client-reference-manifest.js`);
  const context: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  vm.runInNewContext(fs.readFileSync(file, "utf8"), context);
  const manifest = context.__RSC_MANIFEST?.[entry];
  return Object.values(manifest?.entryJSFiles ?? {}).flat();
}

export function firstLoadJs(): { shared: RouteBundle; routes: RouteBundle[] } {
  const build = JSON.parse(fs.readFileSync(path.join(NEXT_DIR, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const routesManifest = JSON.parse(
    fs.readFileSync(path.join(NEXT_DIR, "app-path-routes-manifest.json"), "utf8"),
  ) as Record<string, string>;
  const root = build.rootMainFiles.filter((f) => f.endsWith(".js"));
  const bundle = (route: string, files: string[]): RouteBundle => {
    const sizes = files.map(sizeOf);
    return {
      route,
      files,
      rawBytes: sizes.reduce((a, s) => a + s.raw, 0),
      gzipBytes: sizes.reduce((a, s) => a + s.gzip, 0),
      routeFiles: files.filter((f) => !root.includes(f)),
      zodFiles: files.filter((f) => sizeOf(f).zod),
    };
  };
  const routes = Object.entries(routesManifest)
    .filter(([entry]) => entry.endsWith("/page") && !entry.startsWith("/_"))
    .map(([entry, route]) =>
      bundle(route, [...new Set([...root, ...entryJsFiles(entry).filter((f) => f.endsWith(".js"))])]),
    )
    .sort((a, b) => a.route.localeCompare(b.route));
  return { shared: bundle("(shared by all: root main files)", root), routes };
}

/** The chunk files a rendered page makes the browser load: script tags and the RSC payload's chunk list. */
export function chunksInHtml(html: string): string[] {
  return [...new Set([...html.matchAll(/\/_next\/(static\/chunks\/[\w.-]+\.js)/g)].map((m) => m[1]!))];
}

export function gzipSizeOfFiles(files: string[]): number {
  return files.reduce((sum, f) => sum + (fs.existsSync(path.join(NEXT_DIR, f)) ? sizeOf(f).gzip : 0), 0);
}
