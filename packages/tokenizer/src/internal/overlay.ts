import { invalidOption, SinmunError } from "@sinmun/core";
import { POS_TAGS, type UserEntry } from "../types";
import { batchimOf, type BatchimKind } from "./batchim";

const PKG = "@sinmun/tokenizer";
const TAGS: ReadonlySet<string> = new Set(POS_TAGS);

/** A user entry ready for matching. */
export interface CompiledEntry {
  entry: UserEntry;
  /** The surface split at its spaces: each space matches a run of spaces/tabs. */
  parts: string[];
  batchim: BatchimKind | undefined;
  /** Nominal entries (N*, SL, SH, SN) get the rest of their eojeol analysed as particles. */
  nominal: boolean;
}

/** A user-entry match in the text. */
export interface Match {
  start: number;
  end: number;
  compiled: CompiledEntry;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
const isLatinOrDigit = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
  (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || (c >= 0xc0 && c <= 0x24f);
const isHangul = (c: number): boolean => (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);

/** Checks the entries (misuse throws, naming the allowed values) and indexes them by first character. */
export function compileUserDictionary(entries: readonly UserEntry[] | undefined): Map<string, CompiledEntry[]> {
  const index = new Map<string, CompiledEntry[]>();
  if (entries === undefined) return index;
  if (!Array.isArray(entries)) {
    throw new SinmunError(PKG, "invalid-option", `expected userDictionary to be an array of { surface, pos }, got ${typeof entries}`);
  }
  entries.forEach((entry, i) => {
    if (entry === null || typeof entry !== "object" || typeof entry.surface !== "string" || entry.surface.trim() === "") {
      throw new SinmunError(PKG, "invalid-option", `expected userDictionary[${i}].surface to be a non-empty string, got ${JSON.stringify(entry?.surface)}`);
    }
    if (!TAGS.has(entry.pos)) throw invalidOption(PKG, `userDictionary[${i}].pos`, POS_TAGS, entry.pos);
    const parts = foldWidth(entry.surface.trim()).split(/[ \t\u00a0]+/);
    const compiled: CompiledEntry = {
      entry,
      parts,
      batchim: batchimOf(entry.reading ?? entry.surface) ?? batchimOf(entry.surface),
      nominal: entry.pos.startsWith("N") || entry.pos === "SL" || entry.pos === "SH" || entry.pos === "SN",
    };
    const key = parts[0]?.[0] ?? "";
    const list = index.get(key) ?? [];
    list.push(compiled);
    index.set(key, list);
  });
  for (const list of index.values()) list.sort((a, b) => b.entry.surface.length - a.entry.surface.length);
  return index;
}

const WIDE = /[\uff01-\uff5e\u3000]/;

/**
 * Full-width ASCII (ＳＫ, ５) to ASCII and the ideographic space to a space: one code unit for one,
 * so indexes are kept. Entries and text are matched in this form: `SK하이닉스` matches `ＳＫ하이닉스`.
 */
export function foldWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  return s.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Length of the match of `c` at `i`, or -1. */
function matchAt(s: string, i: number, c: CompiledEntry): number {
  let p = i;
  for (let k = 0; k < c.parts.length; k++) {
    const part = c.parts[k] as string;
    if (k > 0) {
      const q = p;
      while (p < s.length && isSpace(s.charCodeAt(p))) p++;
      if (p === q) return -1;
    }
    if (!s.startsWith(part, p)) return -1;
    p += part.length;
  }
  return p - i;
}

/**
 * Finds user entries in `s`, left to right, longest first, never overlapping. An entry does not
 * match inside a longer Latin word (`AI` in `OpenAI`), and a Hangul-initial entry starts an eojeol
 * or follows a non-Hangul character (`SK하이닉스` matches `하이닉스`; `이란` does not match in `그것이란`).
 * Full-width Latin and digits match their ASCII forms.
 */
export function findMatches(text: string, index: Map<string, CompiledEntry[]>): Match[] {
  const out: Match[] = [];
  if (index.size === 0) return out;
  const s = foldWidth(text);
  for (let i = 0; i < s.length; i++) {
    const list = index.get(s[i] as string);
    if (list === undefined) continue;
    const first = s.charCodeAt(i);
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0x20;
    if (isLatinOrDigit(first) && isLatinOrDigit(prev)) continue;
    if (isHangul(first) && isHangul(prev)) continue;
    let best: Match | undefined;
    for (const c of list) {
      const len = matchAt(s, i, c);
      if (len < 0) continue;
      const end = i + len;
      const last = s.charCodeAt(end - 1);
      if (end < s.length && isLatinOrDigit(last) && isLatinOrDigit(s.charCodeAt(end))) continue;
      if (best === undefined || len > best.end - best.start) best = { start: i, end, compiled: c };
    }
    if (best !== undefined) {
      out.push(best);
      i = best.end - 1;
    }
  }
  return out;
}
