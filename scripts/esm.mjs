// Builds the ES-module entries of the light packages (run by `npm run build` after `tsc -b`, which
// writes the CommonJS dist/*.js and the types). Each entry, e.g. packages/normalizer/dist/index.mjs,
// is esbuild's bundle of src/index.ts with every package import left external, not minified, so an
// app's bundler can tree-shake it (the packages declare "sideEffects": false). The generated data
// modules (src/generated/) are bundled in as string constants: no file reading at run time.
//
// One rewrite makes the CommonJS-only spot work as an ES module: a lazy `require("pkg")` of a
// package (ner loads compromise on first use) becomes a static `import` (an ES module cannot
// require; bundlers then see the dependency). ner's dictionary-file loader reaches node:fs through
// process.getBuiltinModule, so no entry imports a Node built-in.
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Package folder → its entries (src/<entry>.ts → dist/<entry>.mjs). */
export const ESM_ENTRIES = {
  core: ["index"],
  decode: ["index"],
  normalizer: ["index"],
  ner: ["index"],
  quotes: ["index"],
  dates: ["index"],
  facts: ["index"],
};

const LAZY_REQUIRE = /\brequire\("([^".][^"]*)"\)/g;

/** Turns each lazy `require("pkg")` of a package into a binding of a static default import. */
const lazyRequireToImport = {
  name: "lazy-require-to-import",
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      const imports = new Map();
      const contents = text.replace(LAZY_REQUIRE, (whole, spec) => {
        if (spec.startsWith("node:")) return whole;
        if (!imports.has(spec)) imports.set(spec, `__sinmunImport${imports.size}`);
        return imports.get(spec);
      });
      if (imports.size === 0) return { contents: text, loader: "ts" };
      const header = [...imports].map(([spec, name]) => `import ${name} from ${JSON.stringify(spec)};\n`).join("");
      return { contents: header + contents, loader: "ts" };
    });
  },
};

export async function buildEsm() {
  for (const [pkg, entries] of Object.entries(ESM_ENTRIES)) {
    const dir = join(root, "packages", pkg);
    for (const entry of entries) {
      await build({
        entryPoints: [join(dir, "src", `${entry}.ts`)],
        outfile: join(dir, "dist", `${entry}.mjs`),
        bundle: true,
        packages: "external",
        format: "esm",
        platform: "neutral",
        target: "es2022",
        minify: false,
        sourcemap: false,
        legalComments: "none",
        logLevel: "warning",
        banner: { js: `// ${JSON.parse(await readFile(join(dir, "package.json"), "utf8")).name}: ES-module build of src/${entry}.ts (scripts/esm.mjs)` },
        plugins: [lazyRequireToImport],
      });
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildEsm();
}
