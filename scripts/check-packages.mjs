// Packaging is checked, not trusted: packs every workspace package with `npm pack`, installs the
// tarballs into empty folders outside the repository, and checks that require() and import work on
// this Node, that a strict TypeScript consumer type-checks, and that the `sinmun` bin runs.
// Also measures install footprints: the normalizer alone vs the whole toolkit.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const keep = process.argv.includes("--keep");
let failed = 0;

function run(cmd, args, cwd, input) {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"], input, maxBuffer: 64 << 20 });
}
function check(name, fn) {
  try {
    const detail = fn();
    console.log(`ok   ${name}${detail ? ` — ${detail}` : ""}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}\n${String(err.stderr || err.stdout || err.message).trim().split("\n").slice(0, 15).map((l) => `     ${l}`).join("\n")}`);
  }
}
function du(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) total += du(p);
    else if (entry.isFile()) total += statSync(p).size;
  }
  return total;
}
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const packDir = mkdtempSync(join(tmpdir(), "sinmun-pack-"));
const packed = JSON.parse(run("npm", ["pack", "--workspaces", "--json", "--pack-destination", packDir], root));
const tarballs = Object.fromEntries(packed.map((p) => [p.name, join(packDir, p.filename)]));
console.log("| package | packed | unpacked | files |\n|---|---:|---:|---:|");
for (const p of packed) console.log(`| ${p.name} | ${(p.size / 1024).toFixed(1)} KB | ${(p.unpackedSize / 1024).toFixed(1)} KB | ${p.entryCount} |`);

const names = Object.keys(tarballs);
const consumer = mkdtempSync(join(tmpdir(), "sinmun-consumer-"));
writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
check("npm install of every tarball into an empty folder", () => {
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...Object.values(tarballs)], consumer);
  return `node_modules ${mb(du(join(consumer, "node_modules")))}`;
});

const probes = {
  "@sinmun/core": `typeof m.checkDoc === "function" && typeof m.splitSentences === "function" && m.splitSentences("삼성전자가 올랐다. 엔비디아도 올랐다.").length === 2`,
  "@sinmun/normalizer": `m.parseAmount("380억 달러")?.decimal === "38000000000"`,
  "@sinmun/tokenizer": `typeof m.createTokenizer === "function"`,
  "@sinmun/ner": `m.createRecognizer().recognize("오픈AI가 발표했다.").some((e) => e.id === "openai")`,
  "@sinmun/quotes": `typeof m.attributeQuotes === "function"`,
  "@sinmun/eval": `typeof m.runEval === "function"`,
  "@sinmun/cli": `typeof m.createAnalyzer === "function"`,
};
for (const name of names) {
  const probe = probes[name] ?? "true";
  check(`require("${name}")`, () => {
    const out = run("node", ["-e", `const m = require(${JSON.stringify(name)}); if (!(${probe})) { console.error("probe failed"); process.exit(1); }`], consumer);
    return out.trim();
  });
  check(`import "${name}"`, () => {
    run("node", ["--input-type=module", "-e", `import * as ns from ${JSON.stringify(name)}; const m = { ...ns.default, ...ns }; if (!(${probe})) { console.error("probe failed"); process.exit(1); }`], consumer);
  });
}
check("named ESM import { parseAmount } from @sinmun/normalizer", () => {
  run("node", ["--input-type=module", "-e", `import { parseAmount } from "@sinmun/normalizer"; if (parseAmount("0.25%p")?.unit !== "%p") process.exit(1);`], consumer);
});

check("a strict TypeScript consumer type-checks", () => {
  writeFileSync(
    join(consumer, "index.ts"),
    [
      `import { parseAmount, findAmounts } from "@sinmun/normalizer";`,
      `import type { Amount, Doc } from "@sinmun/core";`,
      `import { splitSentences } from "@sinmun/core";`,
      `import { createTokenizer } from "@sinmun/tokenizer";`,
      `import { createRecognizer } from "@sinmun/ner";`,
      `import { attributeQuotes } from "@sinmun/quotes";`,
      `import { runEval } from "@sinmun/eval";`,
      `import { createAnalyzer } from "@sinmun/cli";`,
      `const a: Amount | null = parseAmount("1조4000억 달러");`,
      `const text = "젠슨 황 엔비디아 CEO는 “수요가 강하다”고 말했다.";`,
      `const sentences = splitSentences(text);`,
      `const entities = createRecognizer().recognize(text, { sentences });`,
      `const doc: Doc = { text, sentences, entities, amounts: findAmounts(text), quotes: attributeQuotes({ text, sentences, entities }) };`,
      `export const used = [a, doc, createTokenizer, runEval, createAnalyzer];`,
    ].join("\n"),
  );
  run("node", [tsc, "--strict", "--noEmit", "--module", "node16", "--moduleResolution", "node16", "--target", "es2022", "--skipLibCheck", "false", "--exactOptionalPropertyTypes", "--typeRoots", join(root, "node_modules", "@types"), "--types", "node", "index.ts"], consumer);
});

check("npx sinmun runs from the installed tarball", () => {
  const v = run("npx", ["--no-install", "sinmun", "--version"], consumer).trim();
  const out = JSON.parse(run("npx", ["--no-install", "sinmun", "normalize", "약 54조 원"], consumer));
  if (out.unit !== "KRW" || out.approx !== true) throw new Error(`unexpected ${JSON.stringify(out)}`);
  return `version ${v}`;
});

const light = mkdtempSync(join(tmpdir(), "sinmun-light-"));
writeFileSync(join(light, "package.json"), JSON.stringify({ name: "light", private: true, version: "1.0.0" }));
check("install footprint of @sinmun/normalizer alone", () => {
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", tarballs["@sinmun/core"], tarballs["@sinmun/normalizer"]], light);
  const deps = readdirSync(join(light, "node_modules")).filter((d) => !d.startsWith("."));
  return `node_modules ${mb(du(join(light, "node_modules")))} (${deps.join(", ")})`;
});

if (!keep) for (const d of [packDir, consumer, light]) rmSync(d, { recursive: true, force: true });
if (failed > 0) {
  console.log(`\n${failed} packaging check(s) failed`);
  process.exit(1);
}
console.log("\nall packaging checks passed");
