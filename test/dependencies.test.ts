// Every package's `dependencies` are exactly what its code loads at run time: a module its
// src/ imports must be declared (or the installed package breaks), and a declared module its src/
// never imports is weight every user downloads for nothing. Parsed with the TypeScript compiler,
// so type-only imports (`import type`, `import { type A }`, `import("x").T` in a type) don't count.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import * as ts from "typescript";

const root = join(__dirname, "..");
const builtins = new Set(builtinModules);

interface Manifest {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
}

/** A module loaded at run time, and the first file that loads it. */
interface RuntimeImport {
  readonly module: string;
  readonly file: string;
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; null for relative paths and Node built-ins. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith(".") || specifier.startsWith("/")) return null;
  if (specifier.startsWith("node:")) return null;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
  if (builtins.has(name)) return null;
  return name;
}

function isSourceFile(file: string): boolean {
  return file.endsWith(".ts") && !file.endsWith(".d.ts") && !file.endsWith(".test.ts") && !/(^|[/.])(fixtures?|__fixtures__)([/.]|$)/.test(file);
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!/^(fixtures?|__fixtures__|node_modules)$/.test(entry.name)) out.push(...sourceFiles(path));
    } else if (isSourceFile(path)) out.push(path);
  }
  return out.sort();
}

/** The module specifiers one file loads at run time. */
export function runtimeSpecifiers(text: string, fileName = "file.ts"): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const literal = (node: ts.Node | undefined): string | null => (node !== undefined && ts.isStringLiteralLike(node) ? node.text : null);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      const spec = literal(node.moduleSpecifier);
      if (!typeOnly && spec !== null) found.push(spec);
      return;
    }
    if (ts.isExportDeclaration(node)) {
      const clause = node.exportClause;
      const typeOnly =
        node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly));
      const spec = literal(node.moduleSpecifier);
      if (!typeOnly && spec !== null) found.push(spec);
      return;
    }
    if (ts.isImportEqualsDeclaration(node)) {
      if (!node.isTypeOnly && ts.isExternalModuleReference(node.moduleReference)) {
        const spec = literal(node.moduleReference.expression);
        if (spec !== null) found.push(spec);
      }
      return;
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === "require";
      // require.resolve("x/package.json") finds the installed package at run time: it needs it too.
      const isResolve =
        ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "require" && callee.name.text === "resolve";
      if (isDynamicImport || isRequire || isResolve) {
        const spec = literal(node.arguments[0]);
        if (spec !== null) found.push(spec);
      }
    }
    // Type positions (`typeof import("x")`, `import("x").T`) are ImportTypeNodes, not calls: skipped.
    if (ts.isTypeNode(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The packages a workspace package's src/ loads at run time, each with the first file that loads it. */
function runtimeImports(dir: string): Map<string, RuntimeImport> {
  const imports = new Map<string, RuntimeImport>();
  for (const file of sourceFiles(join(dir, "src"))) {
    for (const spec of runtimeSpecifiers(readFileSync(file, "utf8"), file)) {
      const name = packageOf(spec);
      if (name !== null && !imports.has(name)) imports.set(name, { module: spec, file: file.slice(root.length + 1) });
    }
  }
  return imports;
}

const packages = readdirSync(join(root, "packages"))
  .filter((d) => existsSync(join(root, "packages", d, "package.json")))
  .sort()
  .map((d) => {
    const dir = join(root, "packages", d);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
    return { name: manifest.name, dependencies: Object.keys(manifest.dependencies ?? {}).sort(), imports: runtimeImports(dir) };
  });
const byName = new Map(packages.map((p) => [p.name, p]));

describe("런타임 import 추출", () => {
  test.each<[string, string, string[]]>([
    ["기본 import", `import { a } from "x";`, ["x"]],
    ["부수효과 import", `import "x";`, ["x"]],
    ["재수출", `export { a } from "@s/x/sub"; export * from "y";`, ["@s/x/sub", "y"]],
    ["require와 동적 import", `const a = require("x"); const b = await import("y");`, ["x", "y"]],
    ["require.resolve로 설치 위치 찾기", `require.resolve("x/package.json");`, ["x/package.json"]],
    ["import type은 제외", `import type { A } from "x"; export type { B } from "y";`, []],
    ["이름마다 type이면 제외", `import { type A, type B } from "x";`, []],
    ["type 하나만 섞이면 포함", `import { type A, b } from "x";`, ["x"]],
    ["타입 위치의 import()는 제외", `let a: import("x").A; const f = require("y") as typeof import("z");`, ["y"]],
  ])("%s", (_, text, expected) => {
    expect(runtimeSpecifiers(text)).toEqual(expected);
  });

  test.each<[string, string, string | null]>([
    ["스코프 패키지의 하위 경로", "@sinmun/core/data", "@sinmun/core"],
    ["일반 패키지의 하위 경로", "natural/lib/natural/distance/jaro-winkler_distance", "natural"],
    ["node: 내장 모듈", "node:fs", null],
    ["접두사 없는 내장 모듈", "path", null],
    ["상대 경로", "./scan", null],
  ])("패키지 이름: %s", (_, specifier, expected) => {
    expect(packageOf(specifier)).toBe(expected);
  });
});

describe("dependencies = 런타임 import", () => {
  test.each(packages.map((p) => [p.name, p] as const))("%s", (name, p) => {
    const problems: string[] = [];
    for (const [dep, where] of p.imports) {
      if (!p.dependencies.includes(dep)) problems.push(`${name}: imports "${where.module}" (${where.file}) but "${dep}" is not in dependencies`);
    }
    for (const dep of p.dependencies) {
      if (!p.imports.has(dep)) problems.push(`${name}: depends on "${dep}" but no file in src/ imports it at run time`);
    }
    expect(problems).toEqual([]);
  });
});

describe("무거운 의존성의 자리", () => {
  test("natural: 쓰는 패키지만 의존", () => {
    const stray = packages.filter((p) => p.dependencies.includes("natural") && !p.imports.has("natural")).map((p) => p.name);
    expect(stray).toEqual([]);
  });

  test("lindera-wasm-nodejs-cjk: @sinmun/tokenizer만 의존", () => {
    const dependents = packages.filter((p) => p.dependencies.includes("lindera-wasm-nodejs-cjk")).map((p) => p.name);
    expect(dependents).toEqual(["@sinmun/tokenizer"]);
  });

  test("@sinmun/tokenizer: sinmun(과 직접 쓰는 cli)만 의존", () => {
    const allowed = ["sinmun"];
    if (byName.get("@sinmun/cli")?.imports.has("@sinmun/tokenizer") === true) allowed.push("@sinmun/cli");
    const stray = packages.filter((p) => p.dependencies.includes("@sinmun/tokenizer") && !allowed.includes(p.name)).map((p) => p.name);
    expect(stray).toEqual([]);
  });
});

// Issue 12: the light packages run in browsers and edge workers. Their main entries (everything
// src/index.ts reaches through relative imports) load no Node built-in and not iconv-lite; byte
// decoding is @sinmun/decode's alone. (`npm run test:packages` bundles and runs them.)
describe("가벼운 패키지의 본 진입점: Node 내장 모듈도 iconv-lite도 불러오지 않는다", () => {
  /** Every module specifier loaded at run time by the files `entry` reaches through relative imports. */
  function reachable(entry: string): Map<string, string> {
    const seen = new Set<string>();
    const found = new Map<string, string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of runtimeSpecifiers(readFileSync(file, "utf8"), file)) {
        if (spec.startsWith(".")) {
          const base = join(file, "..", spec);
          const next = [`${base}.ts`, join(base, "index.ts")].find((f) => existsSync(f));
          if (next !== undefined) visit(next);
        } else if (!found.has(spec)) found.set(spec, file.slice(root.length + 1));
      }
    };
    visit(entry);
    return found;
  }
  test.each(["core", "normalizer", "ner", "quotes"])("@sinmun/%s", (pkg) => {
    const loaded = reachable(join(root, "packages", pkg, "src", "index.ts"));
    const bad = [...loaded].filter(([spec]) => spec.startsWith("node:") || builtins.has(spec) || spec === "iconv-lite" || spec === "@sinmun/decode");
    expect(bad.map(([spec, file]) => `${spec} (${file})`)).toEqual([]);
  });
  test("@sinmun/decode는 iconv-lite를 불러온다 (검사가 헛돌지 않는다)", () => {
    expect([...reachable(join(root, "packages", "decode", "src", "index.ts")).keys()]).toContain("iconv-lite");
  });
});
