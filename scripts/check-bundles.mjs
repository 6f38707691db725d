// The bundling check of `npm run test:packages` (issue 12): apps that import the light packages
// from the installed tarballs are bundled with esbuild for the browser and for Node. Each browser
// bundle runs in headless Chromium (playwright-core, Debian's chromium), each Node bundle runs from
// an empty folder with no node_modules, and both must give what the installed packages give under
// plain require(). Prints every bundle's minified and gzip size and holds the budgets; an app that
// imports only parseAmount must not contain formatAmount (tree-shaking).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const KB = 1024;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * The apps: what each imports and the body that computes `result` (plain JSON). The same body runs
 * in Node against require()d packages to give the expected result. `TEXT` is the example article.
 */
export const APPS = {
  core: {
    imports: { "@sinmun/core": ["splitSentences", "renderDocHtml"] },
    body: `const sentences = splitSentences(TEXT); const result = { sentences: sentences.map((s) => [s.start, s.end]), html: renderDocHtml({ text: "<b>&</b>", sentences: [] }, { fragment: true }).length > 0 };`,
  },
  normalizer: {
    imports: { "@sinmun/normalizer": ["parseAmount"] },
    body: `const a = parseAmount("380억 달러"); const result = { value: a && a.value, decimal: a && a.decimal, unit: a && a.unit };`,
    budgetGzip: 60 * KB,
  },
  ner: {
    imports: { "@sinmun/core": ["splitSentences"], "@sinmun/ner": ["createRecognizer"] },
    body: `const sentences = splitSentences(TEXT); const result = { entities: createRecognizer().recognize(TEXT, { sentences }).map((e) => [e.start, e.end, e.label, e.id]) };`,
  },
  quotes: {
    imports: { "@sinmun/core": ["splitSentences"], "@sinmun/quotes": ["attributeQuotes"] },
    body: `const sentences = splitSentences(TEXT); const result = { quotes: attributeQuotes({ text: TEXT, sentences, entities: [] }).map((q) => [q.start, q.end, q.kind, q.speaker && q.speaker.text]) };`,
  },
  "ner+quotes": {
    imports: { "@sinmun/core": ["splitSentences"], "@sinmun/ner": ["createRecognizer"], "@sinmun/quotes": ["attributeQuotes"] },
    body:
      `const sentences = splitSentences(TEXT); const entities = createRecognizer().recognize(TEXT, { sentences });` +
      ` const quotes = attributeQuotes({ text: TEXT, sentences, entities });` +
      ` const result = { entities: entities.map((e) => [e.start, e.end, e.label, e.id]), quotes: quotes.map((q) => [q.start, q.end, q.kind, q.speaker && q.speaker.text, q.speaker && q.speaker.id]) };`,
    budgetGzip: 400 * KB,
  },
};

const esmImports = (imports) => Object.entries(imports).map(([pkg, names]) => `import { ${names.join(", ")} } from ${JSON.stringify(pkg)};`).join("\n");
const cjsImports = (imports) => Object.entries(imports).map(([pkg, names]) => `const { ${names.join(", ")} } = require(${JSON.stringify(pkg)});`).join("\n");
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** Checks outside the app table: what the example article must contain, per app. */
function expectations(name, result) {
  const problems = [];
  if (name === "normalizer" && !(result.value === 38000000000 && result.unit === "USD")) problems.push(`parseAmount("380억 달러") gave ${JSON.stringify(result)}`);
  if (name === "ner+quotes") {
    const ids = new Set(result.entities.map((e) => e[3]));
    for (const id of ["openai", "amazon-web-services", "microsoft-azure"]) if (!ids.has(id)) problems.push(`no entity ${id} (got ${[...ids].join(", ")})`);
    if (!result.quotes.some((q) => q[3] === "샘 올트먼" || q[3] === "올트먼")) problems.push(`no quote by 샘 올트먼 (got ${JSON.stringify(result.quotes)})`);
  }
  return problems;
}

/**
 * Runs the bundling check in `consumer` (a folder outside the repository whose node_modules holds
 * the installed tarballs). Returns `{ name, error?, detail? }` rows for the caller's report.
 */
export async function checkBundles({ consumer, example, keep = false }) {
  const rows = [];
  const text = readFileSync(example, "utf8");
  const apps = join(consumer, "bundle-apps");
  const runDir = mkdtempSync(join(tmpdir(), "sinmun-bundles-run-")); // no node_modules anywhere above
  mkdirSync(apps, { recursive: true });
  const sizes = [];
  const browserBundles = [];
  for (const [name, app] of Object.entries(APPS)) {
    const slug = name.replace(/\W/g, "-");
    const entry = join(apps, `${slug}.mjs`);
    writeFileSync(entry, `${esmImports(app.imports)}\nconst TEXT = ${JSON.stringify(text)};\n${app.body}\nglobalThis.__sinmunResult = result;\nif (typeof process === "object" && process.versions && process.versions.node) console.log(JSON.stringify(result));\n`);
    // Expected: the same body under require() of the installed packages (their CommonJS builds).
    let expected;
    try {
      const out = execFileSync("node", ["-e", `${cjsImports(app.imports)}\nconst TEXT = ${JSON.stringify(text)};\n${app.body}\nconsole.log(JSON.stringify(result));`], { cwd: consumer, encoding: "utf8" });
      expected = JSON.parse(out);
      const problems = expectations(name, expected);
      if (problems.length > 0) throw new Error(problems.join("; "));
    } catch (err) {
      rows.push({ name: `bundle app "${name}": the installed packages give the expected result`, error: String(err.stderr || err.message) });
      continue;
    }
    for (const platform of ["browser", "node"]) {
      const outfile = platform === "browser" ? join(apps, `${slug}.browser.js`) : join(runDir, `${slug}.node.mjs`);
      const check = `${name}: esbuild --bundle --platform=${platform} --minify`;
      try {
        const r = await build({ entryPoints: [entry], outfile, bundle: true, minify: true, platform, format: platform === "browser" ? "iife" : "esm", target: "es2022", logLevel: "silent", legalComments: "none" });
        if (r.warnings.length > 0) throw new Error(r.warnings.map((w) => w.text).join("\n"));
        const bytes = readFileSync(outfile);
        const gz = gzipSync(bytes, { level: 9 }).length;
        sizes.push({ name, platform, min: bytes.length, gz, budget: platform === "browser" ? app.budgetGzip : undefined });
        if (platform === "node") {
          const out = execFileSync("node", [outfile], { cwd: runDir, encoding: "utf8" });
          const got = JSON.parse(out.trim().split("\n").pop());
          if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`node bundle gave ${JSON.stringify(got).slice(0, 300)}, expected ${JSON.stringify(expected).slice(0, 300)}`);
          rows.push({ name: `${check}: runs from a folder without node_modules, same result as require()`, detail: `${kb(bytes.length)}, ${kb(gz)} gzip` });
        } else {
          browserBundles.push({ name, check, file: outfile, expected, min: bytes.length, gz });
        }
        if (platform === "browser" && app.budgetGzip !== undefined) {
          rows.push(gz <= app.budgetGzip ? { name: `${name}: browser bundle within ${kb(app.budgetGzip)} gzip`, detail: kb(gz) } : { name: `${name}: browser bundle within ${kb(app.budgetGzip)} gzip`, error: `${kb(gz)} gzip` });
        }
      } catch (err) {
        rows.push({ name: check, error: String(err.stderr || err.message) });
      }
    }
  }

  // Tree-shaking: an app importing only parseAmount keeps none of the rest (unminified, so names survive).
  try {
    const only = join(apps, "tree-shaking.mjs");
    writeFileSync(only, `import { parseAmount } from "@sinmun/normalizer";\nconsole.log(parseAmount("1조4000억 원"));\n`);
    const both = join(apps, "tree-shaking-control.mjs");
    writeFileSync(both, `import { parseAmount, formatAmount } from "@sinmun/normalizer";\nconsole.log(formatAmount(parseAmount("1조4000억 원")));\n`);
    const text = async (file) => (await build({ entryPoints: [file], bundle: true, write: false, platform: "browser", format: "esm", logLevel: "silent" })).outputFiles[0].text;
    const [a, b] = [await text(only), await text(both)];
    const absent = ["function formatAmount", "function splitSentences", "function renderDocHtml", "function checkDoc", "iconv"].filter((s) => a.includes(s));
    if (!b.includes("function formatAmount")) throw new Error("control app that calls formatAmount has no `function formatAmount`: the marker is wrong");
    if (absent.length > 0) throw new Error(`an app importing only parseAmount still contains ${absent.join(", ")}`);
    rows.push({ name: "tree-shaking: an app importing only parseAmount has no formatAmount, splitSentences, renderDocHtml, checkDoc or iconv-lite", detail: `${kb(a.length)} unminified vs ${kb(b.length)} with formatAmount` });
  } catch (err) {
    rows.push({ name: "tree-shaking", error: String(err.message) });
  }

  // The browser bundles in headless Chromium.
  if (!existsSync(CHROMIUM)) {
    const msg = `${CHROMIUM} not found: the browser bundles were built but not run (install Debian's chromium)`;
    rows.push(process.env.CI === "true" ? { name: "browser bundles run in headless Chromium", error: msg } : { name: "browser bundles run in headless Chromium (skipped)", detail: msg });
  } else if (browserBundles.length > 0) {
    const { chromium } = await import("playwright-core");
    const profile = mkdtempSync(join(tmpdir(), "sinmun-bundles-chromium-"));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
    try {
      for (const b of browserBundles) {
        const page = await context.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        try {
          await page.setContent("<!doctype html><meta charset=utf-8><title>sinmun bundle</title>");
          await page.addScriptTag({ content: readFileSync(b.file, "utf8") });
          const got = await page.evaluate(() => globalThis.__sinmunResult);
          if (errors.length > 0) throw new Error(errors.join("\n"));
          if (JSON.stringify(got) !== JSON.stringify(b.expected)) throw new Error(`Chromium gave ${JSON.stringify(got).slice(0, 300)}, expected ${JSON.stringify(b.expected).slice(0, 300)}`);
          rows.push({ name: `${b.check}: runs in headless Chromium, same result as require()`, detail: `${kb(b.min)}, ${kb(b.gz)} gzip` });
        } catch (err) {
          rows.push({ name: `${b.check}: runs in headless Chromium`, error: String(err.message) });
        } finally {
          await page.close();
        }
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }

  console.log("\n| app bundle | platform | minified | gzip | budget (gzip) |\n|---|---|---:|---:|---:|");
  for (const s of sizes) console.log(`| ${s.name} | ${s.platform} | ${kb(s.min)} | ${kb(s.gz)} | ${s.budget === undefined ? "—" : kb(s.budget)} |`);
  if (!keep) rmSync(runDir, { recursive: true, force: true });
  return rows;
}
