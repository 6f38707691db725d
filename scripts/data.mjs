// Builds every package's generated data (packages/*/data/) from the human-editable sources in
// dictionaries/. Each package that ships data has packages/<name>/scripts/data.mjs exporting
// `build()`; this runs them all. Called by `npm run build` and by Jest's global setup.
import { readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function buildAll() {
  for (const name of readdirSync(join(root, "packages")).sort()) {
    const script = join(root, "packages", name, "scripts", "data.mjs");
    if (!existsSync(script)) continue;
    const mod = await import(pathToFileURL(script).href);
    await mod.build();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildAll();
}
