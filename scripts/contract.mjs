// Writes the TypeScript types of the document contract into docs/contract.md, between the
// `<!-- types:NAME -->` … `<!-- /types:NAME -->` markers, so the prose and the types that the code
// compiles against sit side by side and cannot drift: test/contract.test.ts runs `--check`, which
// fails when the file is stale. Run `node scripts/contract.mjs` after changing packages/core/src/types.ts,
// packages/sinmun/src/types.ts, packages/dates/src/types.ts or packages/facts/src/types.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES = {
  core: "packages/core/src/types.ts",
  sinmun: "packages/sinmun/src/types.ts",
  dates: "packages/dates/src/types.ts",
  facts: "packages/facts/src/types.ts",
};

/** The contract file with every types block regenerated from its source. */
export function renderContract() {
  const path = join(root, "docs", "contract.md");
  let doc = readFileSync(path, "utf8");
  for (const [name, source] of Object.entries(SOURCES)) {
    const code = readFileSync(join(root, source), "utf8")
      .replace(/^import[^;]*;\n/gm, "")
      .trim();
    const open = `<!-- types:${name} -->`;
    const close = `<!-- /types:${name} -->`;
    const a = doc.indexOf(open);
    const b = doc.indexOf(close);
    if (a < 0 || b < a) throw new Error(`docs/contract.md: missing ${open} … ${close}`);
    doc = `${doc.slice(0, a + open.length)}\n\`${source}\`:\n\n\`\`\`ts\n${code}\n\`\`\`\n${doc.slice(b)}`;
  }
  return { path, doc };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { path, doc } = renderContract();
  if (process.argv.includes("--check")) {
    if (readFileSync(path, "utf8") !== doc) {
      console.error("docs/contract.md is stale: run `node scripts/contract.mjs`");
      process.exit(1);
    }
  } else {
    writeFileSync(path, doc);
    console.log(`wrote ${path}`);
  }
}
