import { spawn } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { SinmunError } from "@sinmun/core";
import type { MecabOptions } from "../types";
import type { Morph } from "./morph";

const PKG = "@sinmun/tokenizer";

/** A located mecab binary and mecab-ko-dic directory. */
export interface MecabSetup {
  bin: string;
  dicDir: string;
  env: NodeJS.ProcessEnv;
}

const DIC_PLACES = [
  "/usr/local/lib/mecab/dic/mecab-ko-dic",
  "/usr/lib/mecab/dic/mecab-ko-dic",
  "/usr/lib/x86_64-linux-gnu/mecab/dic/mecab-ko-dic",
  "/usr/lib/aarch64-linux-gnu/mecab/dic/mecab-ko-dic",
  "/opt/homebrew/lib/mecab/dic/mecab-ko-dic",
  "/var/lib/mecab/dic/mecab-ko-dic",
];

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function mecabYaPrefix(): string | undefined {
  try {
    return join(dirname(require.resolve("mecab-ya/package.json")), "mecab");
  } catch {
    return undefined;
  }
}

/**
 * Finds mecab the way mecab-ya does (`$MECAB_LIB_PATH/bin/mecab`, then mecab-ya's own
 * `node_modules/mecab-ya/mecab/bin/mecab`), then `mecab` on PATH; and a mecab-ko-dic directory
 * (`dicDir`, `MECAB_DIC_DIR`, `<libPath>/lib/mecab/dic/mecab-ko-dic`, the usual install places).
 * Throws one error naming what to install and every place it looked.
 */
export function locateMecab(opts: MecabOptions = {}, env: NodeJS.ProcessEnv = process.env): MecabSetup {
  const looked: string[] = [];
  const prefixes: string[] = [];
  if (opts.libPath !== undefined) prefixes.push(opts.libPath);
  else if (env.MECAB_LIB_PATH) prefixes.push(env.MECAB_LIB_PATH);
  const ya = mecabYaPrefix();
  if (ya !== undefined && opts.libPath === undefined) prefixes.push(ya);
  let bin: string | undefined;
  let prefix: string | undefined;
  for (const p of prefixes) {
    const b = join(p, "bin", "mecab");
    looked.push(b);
    if (executable(b)) {
      bin = b;
      prefix = p;
      break;
    }
  }
  if (bin === undefined && opts.libPath === undefined) {
    for (const d of (env.PATH ?? "").split(delimiter)) {
      if (d === "") continue;
      const b = join(d, "mecab");
      looked.push(b);
      if (executable(b)) {
        bin = b;
        break;
      }
    }
  }
  const install =
    "Install mecab (Debian/Ubuntu: apt-get install mecab libmecab-dev; or mecab-ko from https://bitbucket.org/eunjeon/mecab-ko) " +
    "and mecab-ko-dic (https://bitbucket.org/eunjeon/mecab-ko-dic), or set MECAB_LIB_PATH / mecab.libPath and MECAB_DIC_DIR / mecab.dicDir";
  if (bin === undefined) {
    throw new SinmunError(PKG, "mecab-missing", `expected a mecab binary, got none (looked in: ${looked.join(", ")}). ${install}.`);
  }
  const dics: string[] = [];
  const explicit = opts.dicDir ?? env.MECAB_DIC_DIR;
  if (explicit) dics.push(explicit);
  else {
    if (prefix !== undefined) dics.push(join(prefix, "lib", "mecab", "dic", "mecab-ko-dic"));
    dics.push(join(dirname(dirname(bin)), "lib", "mecab", "dic", "mecab-ko-dic"), ...DIC_PLACES);
  }
  const dicDir = dics.find((d) => existsSync(join(d, "sys.dic")) && existsSync(join(d, "dicrc")));
  if (dicDir === undefined) {
    throw new SinmunError(
      PKG,
      "mecab-dic-missing",
      `expected a compiled mecab-ko-dic (a directory with sys.dic and dicrc), got none (looked in: ${[...new Set(dics)].join(", ")}). ${install}.`,
    );
  }
  const envOut: NodeJS.ProcessEnv = { ...env };
  if (prefix !== undefined) {
    envOut.LD_LIBRARY_PATH = [join(prefix, "lib"), prefix, env.LD_LIBRARY_PATH ?? ""].filter((x) => x !== "").join(delimiter);
  }
  return { bin, dicDir, env: envOut };
}

/** Runs mecab once with every line on stdin; resolves to its stdout. */
function run(setup: MecabSetup, input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = [
      "-r", join(setup.dicDir, "dicrc"),
      "-d", setup.dicDir,
      "-b", String(1 << 20),
      "--node-format=%m\\t%H\\n",
      "--unk-format=%m\\t!%H\\n",
      "--eos-format=EOS\\n",
      "--bos-format=",
    ];
    const child = spawn(setup.bin, args, { env: setup.env, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => reject(new SinmunError(PKG, "mecab-failed", `expected mecab to start, got ${e.message} (${setup.bin})`)));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new SinmunError(PKG, "mecab-failed", `expected mecab to exit 0, got ${String(code)}: ${Buffer.concat(err).toString("utf8").trim()} (${setup.bin} -d ${setup.dicDir})`));
      } else resolve(Buffer.concat(out).toString("utf8"));
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(input, "utf8");
  });
}

/**
 * Analyses every line with one mecab process. mecab drops spaces and reports no offsets: each
 * surface is found again in its line, left to right, which gives exact UTF-16 offsets.
 */
export async function analyseMecab(setup: MecabSetup, lines: string[]): Promise<Morph[][]> {
  const out: Morph[][] = lines.map(() => []);
  if (lines.length === 0) return out;
  const stdout = await run(setup, lines.join("\n") + "\n");
  let li = 0;
  let cursor = 0;
  let from = 0;
  while (from < stdout.length && li < lines.length) {
    let nl = stdout.indexOf("\n", from);
    if (nl < 0) nl = stdout.length;
    const row = stdout.slice(from, nl);
    from = nl + 1;
    if (row === "EOS") {
      li++;
      cursor = 0;
      continue;
    }
    const tab = row.indexOf("\t");
    if (tab <= 0) continue;
    const surface = row.slice(0, tab);
    const line = lines[li] as string;
    const start = line.indexOf(surface, cursor);
    if (start < 0) continue;
    cursor = start + surface.length;
    const unknown = row.charCodeAt(tab + 1) === 0x21; // "!" marks --unk-format rows
    const f = splitCsv(row.slice(tab + (unknown ? 2 : 1)));
    const pos = unknown ? "" : (f[0] ?? "");
    (out[li] as Morph[]).push({
      start,
      end: cursor,
      pos: pos === "UNKNOWN" || pos === "" || pos === "*" ? "" : pos,
      semantic: f[1] ?? "*",
      batchim: f[2] ?? "*",
      type: f[4] ?? "*",
      expression: f[7] ?? "*",
    });
  }
  return out;
}

/** Splits a mecab feature string (CSV; a field may be double-quoted when it holds a comma). */
export function splitCsv(s: string): string[] {
  if (!s.includes('"')) return s.split(",");
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (q) {
      if (c === '"' && s[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}
