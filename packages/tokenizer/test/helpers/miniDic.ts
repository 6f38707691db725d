// Builds the hand-written mini mecab-ko-dic (test/fixtures/mini-dic) with the real mecab-dict-index
// into a temp directory, so the mecab backend's tests run the real engine.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIXTURE = join(__dirname, "..", "fixtures", "mini-dic");

/** Where mecab-dict-index lives (`mecab-config --libexecdir`, then the usual places), or undefined. */
export function findDictIndex(): string | undefined {
  const places: string[] = [];
  try {
    places.push(join(execFileSync("mecab-config", ["--libexecdir"], { encoding: "utf8" }).trim(), "mecab-dict-index"));
  } catch {
    // no mecab-config
  }
  places.push("/usr/lib/mecab/mecab-dict-index", "/usr/libexec/mecab/mecab-dict-index", "/usr/local/libexec/mecab/mecab-dict-index");
  return places.find((p) => existsSync(p));
}

/** Whether a `mecab` binary is on PATH. */
export function hasMecab(): boolean {
  try {
    execFileSync("mecab", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Compiles `src` (a mecab dictionary source dir) into a fresh temp dir; returns it. */
export function compileDic(src: string = FIXTURE, extraArgs: string[] = []): string {
  const bin = findDictIndex();
  if (bin === undefined) throw new Error("mecab-dict-index not found: apt-get install mecab-utils");
  const out = mkdtempSync(join(tmpdir(), "sinmun-mini-dic-"));
  execFileSync(bin, ["-d", src, "-o", out, "-f", "utf-8", "-t", "utf-8", ...extraArgs], { stdio: "pipe" });
  copyFileSync(join(src, "dicrc"), join(out, "dicrc"));
  return out;
}

export function removeDir(dir: string | undefined): void {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}

/**
 * `describe` when mecab and mecab-dict-index are here (always under CI=true, where a missing
 * engine must fail the run); otherwise `describe.skip` with a visible message.
 */
export function describeMecab(name: string, fn: () => void): void {
  const ready = hasMecab() && findDictIndex() !== undefined;
  if (ready || process.env.CI === "true") {
    describe(name, fn);
  } else {
    console.warn(`@sinmun/tokenizer: SKIPPING "${name}": mecab or mecab-dict-index not found (apt-get install mecab mecab-utils libmecab-dev)`);
    describe.skip(name, fn);
  }
}
