import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
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

function mecabArgs(setup: MecabSetup): string[] {
  return [
    "-r", join(setup.dicDir, "dicrc"),
    "-d", setup.dicDir,
    "-b", String(1 << 20),
    "--node-format=%m\\t%H\\n",
    "--unk-format=%m\\t!%H\\n",
    "--eos-format=EOS\\n",
    "--bos-format=",
  ];
}

/**
 * One long-lived mecab process per tokenizer: mecab answers each input line as soon as it reads
 * it (one EOS per line), so a call writes its lines and reads until it has seen as many EOS rows.
 * Calls are queued. The process does not keep Node alive between calls; if it dies, the call
 * fails with mecab's stderr and the next call starts a new one.
 */
export class MecabProcess {
  private child: ChildProcessWithoutNullStreams | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private stderr = "";

  constructor(private readonly setup: MecabSetup) {}

  /** Analyses `lines` (none may hold a line break); resolves to mecab's output rows. */
  run(lines: string[]): Promise<string> {
    const job = this.queue.then(() => this.exec(lines));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child !== undefined) return this.child;
    const child = spawn(this.setup.bin, mecabArgs(this.setup), { env: this.setup.env, stdio: ["pipe", "pipe", "pipe"] });
    this.stderr = "";
    child.stderr.on("data", (b: Buffer) => {
      this.stderr = (this.stderr + b.toString("utf8")).slice(-2000);
    });
    child.stdin.on("error", () => undefined);
    child.on("error", () => undefined);
    child.on("exit", () => {
      if (this.child === child) this.child = undefined;
    });
    this.child = child;
    this.idle(child);
    return child;
  }

  private idle(child: ChildProcessWithoutNullStreams): void {
    child.unref();
    (child.stdout as unknown as { unref?: () => void }).unref?.();
    (child.stderr as unknown as { unref?: () => void }).unref?.();
    (child.stdin as unknown as { unref?: () => void }).unref?.();
  }

  private busy(child: ChildProcessWithoutNullStreams): void {
    child.ref();
    (child.stdout as unknown as { ref?: () => void }).ref?.();
  }

  private exec(lines: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      let child: ChildProcessWithoutNullStreams;
      try {
        child = this.start();
      } catch (e) {
        reject(new SinmunError(PKG, "mecab-failed", `expected mecab to start, got ${(e as Error).message} (${this.setup.bin})`));
        return;
      }
      this.busy(child);
      const decoder = new StringDecoder("utf8");
      const parts: string[] = [];
      let tail = "";
      let eos = 0;
      const done = (err?: Error): void => {
        child.stdout.off("data", onData);
        child.off("exit", onExit);
        child.off("error", onError);
        this.idle(child);
        if (err) reject(err);
        else resolve(parts.join(""));
      };
      const onData = (b: Buffer): void => {
        const text = decoder.write(b);
        parts.push(text);
        // count EOS rows, carrying a partial last row over to the next chunk
        const scan = tail + text;
        let from = 0;
        for (;;) {
          const nl = scan.indexOf("\n", from);
          if (nl < 0) break;
          if (nl - from === 3 && scan.startsWith("EOS", from)) eos++;
          from = nl + 1;
        }
        tail = scan.slice(from);
        if (eos >= lines.length) done();
      };
      const onExit = (code: number | null): void => {
        done(new SinmunError(PKG, "mecab-failed", `expected mecab to keep running, got exit ${String(code)}: ${this.stderr.trim()} (${this.setup.bin} -d ${this.setup.dicDir})`));
      };
      const onError = (e: Error): void => done(new SinmunError(PKG, "mecab-failed", `expected mecab to start, got ${e.message} (${this.setup.bin})`));
      child.stdout.on("data", onData);
      child.once("exit", onExit);
      child.once("error", onError);
      child.stdin.write(lines.join("\n") + "\n", "utf8");
    });
  }
}

/**
 * Analyses every line with the tokenizer's mecab process, in one call. mecab drops spaces and reports no offsets: each
 * surface is found again in its line, left to right, which gives exact UTF-16 offsets.
 */
export async function analyseMecab(mecab: MecabProcess, lines: string[]): Promise<Morph[][]> {
  const out: Morph[][] = lines.map(() => []);
  if (lines.length === 0) return out;
  const stdout = await mecab.run(lines);
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
