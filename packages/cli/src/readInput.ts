import { readFile, stat } from "node:fs/promises";
import { decodeText } from "@sinmun/decode";
import { InputError } from "./UsageError";

export type EncodingOption = "auto" | "utf-8" | "euc-kr" | "cp949" | "utf-16le" | "utf-16be";
export const ENCODINGS: readonly EncodingOption[] = ["auto", "utf-8", "euc-kr", "cp949", "utf-16le", "utf-16be"];

/** Reads all of stdin as bytes. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Checks that `path` names a readable regular file, with a one-line `InputError` otherwise.
 *
 * @example
 * await assertFile("없는파일.txt"); // InputError: 없는파일.txt: no such file
 */
export async function assertFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new InputError(describeFsError(path, err));
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, expected a text file`);
}

/**
 * Reads a file (or `-` for stdin) as bytes, turning file-system failures into one-line
 * `InputError`s that name the file.
 *
 * @example
 * const bytes = await readBytes("examples/openai-aws.txt");
 */
export async function readBytes(path: string): Promise<Buffer> {
  if (path === "-") return readStdin();
  await assertFile(path);
  try {
    return await readFile(path);
  } catch (err) {
    throw new InputError(describeFsError(path, err));
  }
}

function describeFsError(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return `${path}: no such file`;
  if (code === "EACCES" || code === "EPERM") return `${path}: permission denied`;
  if (code === "EISDIR") return `${path}: is a directory, expected a text file`;
  return `${path}: cannot read (${code ?? String(err)})`;
}

/**
 * Reads and decodes a whole text file, printing decoding warnings (bad bytes, guessed encoding)
 * to stderr so that mojibake is never passed on silently.
 *
 * @example
 * const text = await readText("기사.txt", "auto", (w) => console.error(w));
 */
export async function readText(path: string, encoding: EncodingOption, warn: (message: string) => void): Promise<string> {
  const bytes = await readBytes(path);
  const decoded = decodeText(bytes, { encoding });
  for (const w of decoded.warnings) warn(`${path === "-" ? "stdin" : path}: ${w}`);
  return decoded.text;
}
