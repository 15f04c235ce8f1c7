// The layers of the code, checked on every import of every .ts/.tsx file: which folder may import which.
// The rules (each violation names its rule):
//   components-app      components/ never imports app/: routes use components, not the reverse.
//   components-db       components/ never imports db/, not even a type: they get DTOs, never rows.
//   domain-pure         lib/domain/ imports only lib/domain/ and zod (its tests and test-*.ts helpers
//                       also node:test and node:assert): the rules stay framework-free.
//   api-via-operations  lib/server/api/ reaches data and rules only through the operations. It may
//                       import from db/ only types (the Db handle it passes on), and from lib/domain/
//                       only errors.ts (the catalog it answers with), enums.ts (the API's value lists)
//                       and validators' fieldWithPath (how the API names a field in a refusal). Every
//                       other domain module is a rule, which an operation applies. Its tests and
//                       test-*.ts helpers are exempt: they build databases.
//   client-server-only  a "use client" file never reaches, through its value imports and theirs, a
//                       server-only module: db/, lib/server/, or a file importing "server-only". A
//                       "use server" module ends the walk (the client gets a reference to call, not its
//                       code); type imports end it too (erased when compiled).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import ts from "typescript";

type Import = { specifier: string; typeOnly: boolean; names: string[] };
type SourceFile = { path: string; imports: Import[]; directive: "use client" | "use server" | null };
type Tree = Map<string, SourceFile>;

const ROOT = process.cwd();
const SKIPPED = new Set(["node_modules", ".next", ".git", "data", "test-results", "playwright-report"]);

/** Every import of one file: static, re-exports and dynamic import() with a literal path. */
export function parseSource(file: string, text: string): SourceFile {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const imports: Import[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named =
        clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : null;
      const elements = named?.elements ?? [];
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined && named !== null && elements.every((e) => e.isTypeOnly)));
      imports.push({
        specifier: node.moduleSpecifier.text,
        typeOnly,
        names: elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ?? e.name).text),
      });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      imports.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, names: [] });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      imports.push({ specifier: node.arguments[0].text, typeOnly: false, names: [] });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const first = source.statements[0];
  const directive =
    first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)
      ? first.expression.text
      : null;
  return {
    path: file,
    imports,
    directive: directive === "use client" || directive === "use server" ? directive : null,
  };
}

/** A repository-relative path for an import of ours ("@/x" or relative), or null for a package. */
export function resolveImport(
  from: string,
  specifier: string,
  exists: (file: string) => boolean,
): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find(exists) ?? base;
}

/** Tests and their helpers (test-*.ts). */
const isTest = (file: string) => /(\.test\.tsx?|\/test-[\w-]+\.ts)$/.test(file);
const under = (file: string, dir: string) => file.startsWith(`${dir}/`);

const API_DOMAIN_ALLOWED: Record<string, readonly string[] | "all"> = {
  "lib/domain/errors.ts": "all",
  "lib/domain/enums.ts": "all",
  "lib/domain/validators.ts": ["fieldWithPath"],
};

/** Every import that runs the wrong way, as "<rule>: <file> -> <import>". */
export function violations(tree: Tree): string[] {
  const found: string[] = [];
  const exists = (file: string) => tree.has(file) || fs.existsSync(path.join(ROOT, file));
  const serverOnly = (file: string) =>
    under(file, "db") ||
    under(file, "lib/server") ||
    (tree.get(file)?.imports.some((i) => i.specifier === "server-only") ?? false);

  for (const file of tree.values()) {
    for (const imp of file.imports) {
      const target = resolveImport(file.path, imp.specifier, exists);
      const report = (rule: string) => found.push(`${rule}: ${file.path} -> ${imp.specifier}`);
      if (under(file.path, "components")) {
        if (target && under(target, "app")) report("components-app");
        if (target && under(target, "db")) report("components-db");
      }
      if (under(file.path, "lib/domain")) {
        const allowed = target
          ? under(target, "lib/domain")
          : imp.specifier === "zod" || (isTest(file.path) && /^node:(test|assert)/.test(imp.specifier));
        if (!allowed) report("domain-pure");
      }
      if (under(file.path, "lib/server/api") && !isTest(file.path) && target) {
        if (under(target, "db") && !imp.typeOnly) report("api-via-operations");
        if (under(target, "lib/domain") && !imp.typeOnly) {
          const allowed = API_DOMAIN_ALLOWED[target];
          const ok =
            allowed === "all" ||
            (allowed !== undefined && imp.names.length > 0 && imp.names.every((n) => allowed.includes(n)));
          if (!ok) report("api-via-operations");
        }
      }
    }
    if (file.directive === "use client") {
      for (const chain of serverOnlyChains(file.path, tree, exists, serverOnly)) {
        found.push(`client-server-only: ${chain.join(" -> ")}`);
      }
    }
  }
  return found.sort();
}

/** The value-import paths from a client file to server-only modules, shortest first, one per module. */
function serverOnlyChains(
  start: string,
  tree: Tree,
  exists: (file: string) => boolean,
  serverOnly: (file: string) => boolean,
): string[][] {
  const chains: string[][] = [];
  const seen = new Set([start]);
  const queue: string[][] = [[start]];
  while (queue.length > 0) {
    const chain = queue.shift() as string[];
    const file = tree.get(chain.at(-1) as string);
    for (const imp of file?.imports ?? []) {
      if (imp.typeOnly) continue;
      const target = resolveImport(file?.path ?? "", imp.specifier, exists);
      const next = target ?? imp.specifier;
      if (seen.has(next)) continue;
      seen.add(next);
      if (imp.specifier === "server-only" || (target && serverOnly(target))) {
        chains.push([...chain, next]);
        continue;
      }
      if (target && tree.get(target)?.directive !== "use server") queue.push([...chain, target]);
    }
  }
  return chains;
}

function readTree(): Tree {
  const tree: Tree = new Map();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const file = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        tree.set(file, parseSource(file, fs.readFileSync(path.join(ROOT, file), "utf8")));
      }
    }
  };
  walk("");
  return tree;
}

describe("layers", () => {
  test("no import in the tree runs the wrong way", () => {
    const tree = readTree();
    assert.ok(tree.size > 250, `read only ${tree.size} files`);
    const clientFiles = [...tree.values()].filter((f) => f.directive === "use client").length;
    assert.ok(clientFiles > 20, `found only ${clientFiles} client components`);
    const found = violations(tree);
    assert.deepEqual(found, [], `imports that run the wrong way:\n${found.join("\n")}`);
  });

  test("each rule catches a wrong import", () => {
    const file = (p: string, text: string) => [p, parseSource(p, text)] as const;
    const tree: Tree = new Map([
      file("components/a.tsx", 'import { x } from "@/app/page";\nimport type { Row } from "../db/schema";'),
      file(
        "lib/domain/rule.ts",
        'import { z } from "zod";\nimport { y } from "../server/ids";\nimport React from "react";',
      ),
      file(
        "lib/server/api/adapter.ts",
        'import { a } from "../../domain/errors";\nimport { fieldWithPath, vlanIdSchema } from "../../domain/validators";\nimport { accessKeys } from "../../../db/schema";\nimport type { Db } from "../../../db/client";',
      ),
      file(
        "components/b.tsx",
        '"use client";\nimport { helper } from "@/lib/console/helper";\nimport type { T } from "@/lib/server/t";',
      ),
      file("lib/console/helper.ts", 'import { read } from "./reader";'),
      file("lib/console/reader.ts", 'import "server-only";'),
      file("components/c.tsx", '"use client";\nimport { act } from "@/lib/console/actions/act";'),
      file("lib/console/actions/act.ts", '"use server";\nimport { run } from "@/lib/server/run";'),
    ]);
    assert.deepEqual(violations(tree), [
      "api-via-operations: lib/server/api/adapter.ts -> ../../../db/schema",
      "api-via-operations: lib/server/api/adapter.ts -> ../../domain/validators",
      "client-server-only: components/b.tsx -> lib/console/helper.ts -> lib/console/reader.ts",
      "components-app: components/a.tsx -> @/app/page",
      "components-db: components/a.tsx -> ../db/schema",
      "domain-pure: lib/domain/rule.ts -> ../server/ids",
      "domain-pure: lib/domain/rule.ts -> react",
    ]);
  });
});
