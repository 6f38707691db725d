import { lstat, readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { globToRegExp, matchesAny } from "./globToRegExp";

/**
 * The file patterns `sinmun analyze` takes from a folder when `--glob` is not given.
 *
 * @example
 * DEFAULT_GLOBS; // ["*.txt", "*.jsonl"] — 기사.txt, 모음.jsonl
 */
export const DEFAULT_GLOBS: readonly string[] = ["*.txt", "*.jsonl"];

/** One input: a file (or `-`, stdin) and the id its documents get. */
export interface InputFile {
  /** The path to read, or `-` for stdin. */
  path: string;
  /** The document id of a text file: its path below the folder given, or the path as given. */
  id: string;
  /** Read as JSONL (one document per line): by the `.jsonl` extension, or forced. */
  jsonl: boolean;
}

/** What listing found: the files to read, in order, and the paths it could not read. */
export interface InputList {
  files: InputFile[];
  problems: string[];
  /** How many of the arguments were folders. */
  folders: number;
}

/**
 * Expands the command-line arguments into the files to analyse: a file as given (whatever its
 * name), a folder recursively in name order (files matching `globs`; symbolic links to folders are
 * not followed), `-` for stdin. A path that cannot be read is a located problem and the rest go on.
 *
 * @example
 * await listInputs(["기사들/"], { globs: DEFAULT_GLOBS });
 * // { files: [{ path: "기사들/2025/a.txt", id: "2025/a.txt", jsonl: false }, …], problems: [], folders: 1 }
 */
export async function listInputs(args: readonly string[], options: { globs: readonly string[]; inputFormat?: "text" | "jsonl" }): Promise<InputList> {
  const patterns = options.globs.map(globToRegExp);
  const files: InputFile[] = [];
  const problems: string[] = [];
  let folders = 0;
  const isJsonl = (path: string): boolean => (options.inputFormat ? options.inputFormat === "jsonl" : /\.jsonl$/i.test(path));

  async function walk(root: string, dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      problems.push(describeFsError(dir, err));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join("/");
      if (entry.isDirectory()) {
        await walk(root, path);
        continue;
      }
      if (!matchesAny(rel, patterns, options.globs)) continue;
      if (entry.isSymbolicLink()) {
        try {
          if ((await stat(path)).isDirectory()) continue;
        } catch (err) {
          problems.push(describeFsError(path, err, true));
          continue;
        }
      } else if (!entry.isFile()) continue;
      files.push({ path, id: rel, jsonl: isJsonl(path) });
    }
  }

  for (const arg of args) {
    if (arg === "-") {
      files.push({ path: "-", id: "-", jsonl: options.inputFormat === "jsonl" });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      const dangling = await lstat(arg).then(
        (l) => l.isSymbolicLink(),
        () => false,
      );
      problems.push(describeFsError(arg, err, dangling));
      continue;
    }
    if (info.isDirectory()) {
      folders++;
      await walk(arg, arg);
    }
    else files.push({ path: arg, id: arg, jsonl: isJsonl(arg) });
  }
  return { files, problems, folders };
}

/**
 * A one-line reason a path could not be read, naming the path.
 *
 * @example
 * describeFsError("기사/없음.txt", Object.assign(new Error(), { code: "ENOENT" })); // "기사/없음.txt: no such file"
 */
export function describeFsError(path: string, err: unknown, link = false): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return `${path}: ${link ? "broken symbolic link" : "no such file"}`;
  if (code === "EACCES" || code === "EPERM") return `${path}: permission denied`;
  if (code === "EISDIR") return `${path}: is a directory, expected a text file`;
  if (code === "ELOOP") return `${path}: symbolic link loop`;
  return `${path}: cannot read (${code ?? String(err)})`;
}
