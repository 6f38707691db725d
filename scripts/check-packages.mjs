// Packaging is checked, not trusted: packs every workspace package with `npm pack`, installs the
// tarballs into empty folders outside the repository, and checks that require() and import work on
// this Node, that a strict TypeScript consumer type-checks, and that the `sinmun` bin runs.
// Then installs each package alone (with only the tarballs of its own @sinmun/* dependencies, which
// are not on the registry) into its own empty folder: its probe must pass there, which proves its
// `dependencies` are complete, and its node_modules must stay within its size budget, which keeps
// packages from installing what they don't use. Then bundles apps that import the light packages
// for the browser and for Node (scripts/check-bundles.mjs): Chromium and a folder with no
// node_modules run them, with size budgets. `--keep` leaves the folders for inspection.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkBundles } from "./check-bundles.mjs";

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
const KB = 1024;
const MB = 1024 * 1024;
/** Largest node_modules (bytes of files) a package may bring when installed alone. */
const budgets = {
  // Issue 11's budgets. Each light package ships its CommonJS and ES-module builds (issue 12); byte
  // decoding (iconv-lite) is @sinmun/decode's, so @sinmun/core and the normalizer no longer bring it.
  "@sinmun/normalizer": 700 * KB,
  "@sinmun/quotes": 1.5 * MB,
  "@sinmun/ner": 5 * MB,
  "@sinmun/eval": 1 * MB,
  // Issue 16: facts read the layers they are given and bring nothing but core.
  "@sinmun/dates": 500 * KB,
  "@sinmun/facts": 700 * KB,
};
const size = (n) => (n >= MB ? mb(n) : `${(n / KB).toFixed(0)} KB`);

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
  "@sinmun/decode": `m.decodeText(Buffer.from([0xbb, 0xef, 0xbc, 0xba, 0xc0, 0xfc, 0xc0, 0xda])).text === "삼성전자"`,
  "@sinmun/core": `typeof m.checkDoc === "function" && typeof m.splitSentences === "function" && m.splitSentences("삼성전자가 올랐다. 엔비디아도 올랐다.").length === 2`,
  "@sinmun/normalizer": `m.parseAmount("380억 달러")?.decimal === "38000000000"`,
  "@sinmun/tokenizer": `typeof m.createTokenizer === "function"`,
  "@sinmun/ner": `m.createRecognizer().recognize("오픈AI가 발표했다.").some((e) => e.id === "openai")`,
  "@sinmun/quotes": `typeof m.attributeQuotes === "function"`,
  "@sinmun/eval": `typeof m.runEval === "function"`,
  "@sinmun/dates": `m.findDates("올해 3분기 영업이익", { reference: "2025-11-14" })[0]?.value === "2025-07-01/2025-09-30"`,
  "@sinmun/facts": `m.extractFacts({ text: "매출은 3조 원이다.", amounts: [{ start: 4, end: 8, text: "3조 원", kind: "money", value: 3e12, decimal: "3000000000000", unit: "KRW", approx: false }] })[0]?.metric.key === "revenue"`,
  "@sinmun/corpus": `m.findDuplicates([{ text: "삼성전자가 HBM 공급을 늘린다고 밝혔다." }, { text: "삼성전자가 HBM 공급을 늘린다고 밝혔다." }]).clusters.length === 1`,
  "@sinmun/cli": `typeof m.main === "function"`,
  sinmun: `typeof m.createAnalyzer === "function" && (await (await m.createAnalyzer({ disable: ["tokens"] })).analyze("오픈AI가 AWS와 380억 달러 계약을 맺었다.")).facts.some((f) => f.metric.key === "contract_value" && f.value?.decimal === "38000000000")`,
};
/** A script that loads `name` with require() and exits 1 unless its probe holds (probes may await). */
const requireProbe = (name) =>
  `const m = require(${JSON.stringify(name)}); (async () => { if (!(${probes[name] ?? "true"})) { console.error("probe failed"); process.exit(1); } })().catch((e) => { console.error(e); process.exit(1); });`;
for (const name of names) {
  const probe = probes[name] ?? "true";
  check(`require("${name}")`, () => {
    const out = run("node", ["-e", requireProbe(name)], consumer);
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
      `import { createAnalyzer } from "sinmun";`,
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

// Bundled apps (browser and Node) from the installed tarballs, before the installs alone run.
for (const row of await checkBundles({ consumer, example: join(root, "examples", "openai-aws.txt"), keep })) {
  check(row.name, () => {
    if (row.error !== undefined) throw new Error(row.error);
    return row.detail;
  });
}

// Each package alone. The manifests come from the workspace (the same ones npm pack just packed).
const manifests = Object.fromEntries(
  readdirSync(join(root, "packages")).map((d) => {
    const m = JSON.parse(readFileSync(join(root, "packages", d, "package.json"), "utf8"));
    return [m.name, m];
  }),
);
/** The package and every workspace package it depends on, directly or not. */
function localClosure(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const dep of Object.keys(manifests[name]?.dependencies ?? {})) if (dep in tarballs) localClosure(dep, seen);
  return seen;
}
const execFileAsync = promisify(execFile);
const alone = [];
async function installAlone(name) {
  const dir = mkdtempSync(join(tmpdir(), "sinmun-alone-"));
  alone.push(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "alone", private: true, version: "1.0.0" }));
  const local = [...localClosure(name)];
  try {
    await execFileAsync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...local.map((n) => tarballs[n])], { cwd: dir, maxBuffer: 64 << 20 });
    await execFileAsync("node", ["-e", requireProbe(name)], { cwd: dir, maxBuffer: 64 << 20 });
  } catch (err) {
    return { name, error: String(err.stderr || err.stdout || err.message).trim() };
  }
  const modules = join(dir, "node_modules");
  const installed = readdirSync(modules)
    .filter((d) => !d.startsWith("."))
    .flatMap((d) => (d.startsWith("@") ? readdirSync(join(modules, d)).map((s) => `${d}/${s}`) : [d]));
  return { name, bytes: du(modules), installed };
}
// Two installs at a time: npm is mostly waiting on the cache and the network.
const queue = [...names];
const results = [];
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length > 0) results.push(await installAlone(queue.shift()));
  }),
);
results.sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name));
console.log("\n| package installed alone | node_modules | budget | packages |\n|---|---:|---:|---:|");
for (const r of results) {
  const budget = budgets[r.name];
  console.log(`| ${r.name} | ${r.bytes === undefined ? "—" : size(r.bytes)} | ${budget === undefined ? "—" : size(budget)} | ${r.installed?.length ?? "—"} |`);
}
for (const r of results) {
  const budget = budgets[r.name];
  check(`${r.name} installed alone: require() and its probe work`, () => {
    if (r.error !== undefined) throw new Error(r.error);
  });
  if (budget !== undefined && r.bytes !== undefined) {
    check(`${r.name} installed alone fits its budget (${size(budget)})`, () => {
      if (r.bytes > budget) throw new Error(`node_modules is ${size(r.bytes)}, over the ${size(budget)} budget: ${r.installed.join(", ")}`);
      return `${size(r.bytes)}: ${r.installed.join(", ")}`;
    });
  }
}

if (!keep) for (const d of [packDir, consumer, ...alone]) rmSync(d, { recursive: true, force: true });
if (failed > 0) {
  console.log(`\n${failed} packaging check(s) failed`);
  process.exit(1);
}
console.log("\nall packaging checks passed");
