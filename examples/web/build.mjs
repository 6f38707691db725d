// Builds the web demo: `npm run demo` (after `npm run build`, which writes the packages' ES-module
// builds). Bundles src/worker.ts (the analysis) and src/main.ts (the page) with esbuild from the
// packages' published entries, inlines the worker as a string the page turns into a Blob URL, and
// writes one self-contained file, examples/web/dist/index.html, that works from file://.
import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

export async function buildDemo({ quiet = false } = {}) {
  for (const pkg of ["core", "normalizer", "ner", "quotes"]) {
    if (!existsSync(join(root, "packages", pkg, "dist", "index.mjs"))) {
      throw new Error(`examples/web: expected packages/${pkg}/dist/index.mjs, got none; run \`npm run build\` first`);
    }
  }
  const common = { bundle: true, write: false, minify: true, platform: "browser", target: "es2022", legalComments: "none", logLevel: "warning" };
  const worker = (await build({ ...common, entryPoints: [join(here, "src", "worker.ts")], format: "iife" })).outputFiles[0].text;
  const main = (await build({ ...common, entryPoints: [join(here, "src", "main.ts")], format: "iife", define: { WORKER_SOURCE: JSON.stringify(worker) } })).outputFiles[0].text;
  // `</script` inside the inlined code would end the script element early.
  const script = `<script>${main.replace(/<\/(script)/gi, "<\\/$1")}</script>`;
  const html = readFileSync(join(here, "index.html"), "utf8").replace("<!-- SCRIPT -->", () => script);
  const out = join(here, "dist", "index.html");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  const sizes = { page: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length, worker: Buffer.byteLength(worker) };
  if (!quiet) {
    const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
    console.log(`examples/web: ${relative(process.cwd(), out) || out} (${kb(sizes.page)}, ${kb(sizes.gzip)} gzip; worker ${kb(sizes.worker)})`);
    console.log(`open it: ${pathToFileURL(out).href}`);
  }
  return { file: out, ...sizes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    await buildDemo();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
