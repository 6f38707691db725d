// `npm run bench [-- FILTER...]`: runs every packages/*/bench/*.bench.ts in its own process
// (`node -r ts-node/register/transpile-only FILE`; @sinmun/* resolve to the built dist through the
// workspace links in node_modules), streams their Markdown to stdout under a header that names
// the machine, and writes the whole output to .bench/latest.md. FILTER keeps the files whose path
// contains one of the words (`npm run bench -- normalizer`). Exit code 1 if any bench failed.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const filters = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 300_000);

function findBenches() {
  const out = [];
  const pkgs = join(root, "packages");
  for (const pkg of readdirSync(pkgs).sort()) {
    const dir = join(pkgs, pkg, "bench");
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith(".bench.ts")) out.push(join(dir, f));
  }
  return out.filter((f) => filters.length === 0 || filters.some((w) => relative(root, f).includes(w)));
}

function gitCommit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

function header() {
  const cpus = os.cpus();
  return [
    "# Sinmun benchmarks",
    "",
    `- machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()} ${os.arch()}`,
    `- Node ${process.version}; commit ${gitCommit()}; ${new Date().toISOString()}`,
    `- command: \`npm run bench${filters.length ? ` -- ${filters.join(" ")}` : ""}\``,
    "",
  ].join("\n");
}

function run(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    let out = "";
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", file], {
      cwd: root,
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true", TS_NODE_PROJECT: join(root, "tsconfig.json") },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      if (!out.endsWith("\n")) out += "\n";
      let note = `\n_${relative(root, file)}: ${secs} s_\n`;
      if (code !== 0) note = `\n**${relative(root, file)} failed** (${signal ? `killed by ${signal}` : `exit code ${code}`}) after ${secs} s\n`;
      process.stdout.write(note + "\n");
      resolve({ ok: code === 0, text: out + note });
    });
  });
}

const benches = findBenches();
const head = header();
process.stdout.write(`${head}\n`);
if (benches.length === 0) {
  process.stdout.write(`no bench files${filters.length ? ` match ${filters.join(", ")}` : ""} (packages/*/bench/*.bench.ts)\n`);
}
const parts = [head];
let failed = 0;
for (const file of benches) {
  const r = await run(file);
  parts.push(r.text);
  if (!r.ok) failed += 1;
}
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench", "latest.md"), `${parts.join("\n")}\n`);
process.stderr.write(`bench: ${benches.length} file(s), ${failed} failed; written to .bench/latest.md\n`);
process.exitCode = failed > 0 ? 1 : 0;
