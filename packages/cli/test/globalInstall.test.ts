import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot } from "./runCli";

// Issue 13, item 7: "install once, use anywhere". Packs the CLI and the workspace packages it
// depends on (read from the manifests), installs the tarballs globally into a temporary prefix
// (never the machine's real global prefix) and runs `sinmun` by name from a folder outside the repository, as someone who cloned the repo
// and ran the README's install line would. Tarballs are reused between runs while the built
// packages are unchanged; npm's own cache makes the install itself a few seconds after the first.
jest.setTimeout(300_000);

/** Workspace folders by package name, from each packages/*\/package.json. */
const folders = new Map<string, { dir: string; deps: string[] }>(
  readdirSync(join(repoRoot, "packages"))
    .filter((d) => existsSync(join(repoRoot, "packages", d, "package.json")))
    .map((d) => {
      const m = JSON.parse(readFileSync(join(repoRoot, "packages", d, "package.json"), "utf8")) as { name: string; dependencies?: Record<string, string> };
      return [m.name, { dir: d, deps: Object.keys(m.dependencies ?? {}) }];
    }),
);
/** @sinmun/cli and every workspace package it depends on, directly or not (none of them is on the registry). */
function closure(name: string, seen = new Set<string>()): Set<string> {
  const pkg = folders.get(name);
  if (!pkg || seen.has(name)) return seen;
  seen.add(name);
  for (const dep of pkg.deps) closure(dep, seen);
  return seen;
}
const PACKAGES = [...closure("@sinmun/cli")].map((name) => folders.get(name)?.dir as string).sort();
const npm = spawnSync("npm", ["--version"], { encoding: "utf8" });
const npmAvailable = npm.status === 0;
if (!npmAvailable) console.warn(`globalInstall.test: npm is not available (${npm.error?.message ?? npm.stderr}) — skipping the global-install check`);

/** A fingerprint of what `npm pack` would pack: each package's manifest and built files (size, mtime). */
function fingerprint(): string {
  const hash = createHash("sha256");
  const walk = (p: string): void => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (!s.isDirectory()) {
      hash.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
      return;
    }
    for (const name of readdirSync(p).sort()) walk(join(p, name));
  };
  hash.update(PACKAGES.join(","));
  for (const pkg of PACKAGES) for (const entry of ["package.json", "README.md", "bin", "dist", "data"]) walk(join(repoRoot, "packages", pkg, entry));
  return hash.digest("hex").slice(0, 16);
}

/** The tarballs of the packages, packed once per fingerprint into a folder under the temp dir. */
function tarballs(): string[] {
  const cache = join(tmpdir(), `sinmun-tarballs-${fingerprint()}`);
  if (!existsSync(cache)) {
    const staging = mkdtempSync(join(tmpdir(), "sinmun-tarballs-staging-"));
    const args = ["pack", ...PACKAGES.flatMap((p) => ["--workspace", `packages/${p}`]), "--pack-destination", staging, "--silent"];
    const r = spawnSync("npm", args, { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
    try {
      renameSync(staging, cache); // atomic: a parallel run either sees all tarballs or none
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another run got there first
    }
  }
  const files = readdirSync(cache).filter((f) => f.endsWith(".tgz"));
  if (files.length !== PACKAGES.length) throw new Error(`expected ${PACKAGES.length} tarballs in ${cache}, found ${files.join(", ")}`);
  return files.map((f) => join(cache, f));
}

(npmAvailable ? describe : describe.skip)("전역 설치: 어느 폴더에서나 sinmun", () => {
  const prefix = mkdtempSync(join(tmpdir(), "sinmun-global-"));
  const elsewhere = mkdtempSync(join(tmpdir(), "sinmun-anywhere-"));
  // Only the temporary prefix and node itself on PATH: the repository's node_modules/.bin is not.
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: [join(prefix, "bin"), dirname(process.execPath), "/usr/bin", "/bin"].join(":") };
  delete env.FORCE_COLOR;
  const sinmun = (args: string[], input = "") => spawnSync("sinmun", args, { cwd: elsewhere, env, input, encoding: "utf8", timeout: 120_000 });

  beforeAll(() => {
    const r = spawnSync("npm", ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", "--ignore-scripts", "--prefer-offline", ...tarballs()], {
      cwd: elsewhere,
      encoding: "utf8",
      maxBuffer: 64 << 20,
      timeout: 280_000,
    });
    if (r.status !== 0) throw new Error(`npm install -g --prefix failed:\n${r.stderr}`);
  });
  afterAll(() => {
    rmSync(prefix, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  test("설치된 bin이 PATH에서 찾아지고 --version 은 package.json의 버전", () => {
    expect(existsSync(join(prefix, "bin", "sinmun"))).toBe(true);
    const r = sinmun(["--version"]);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test("저장소 밖 폴더의 기사 폴더를 분석 (내장 형태소 분석기까지)", () => {
    mkdirSync(join(elsewhere, "기사"), { recursive: true });
    writeFileSync(join(elsewhere, "기사", "오늘.txt"), "삼성전자가 1조 원을 투자한다고 밝혔다.");
    const r = sinmun(["analyze", "기사", "--format", "csv", "--layer", "amounts"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\r\n")[1]).toMatch(/^오늘\.txt,\d+,\d+,1조 원,money,1000000000000,1000000000000,KRW,false,,,$/);
  });

  test("normalize 도 된다", () => {
    const r = sinmun(["normalize", "약 54조 원"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ unit: "KRW", approx: true });
  });
});
