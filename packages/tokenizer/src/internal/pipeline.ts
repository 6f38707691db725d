import * as core from "@sinmun/core";
import type { Sentence, Token } from "@sinmun/core";
import { SinmunError } from "@sinmun/core";
import { splitPieces } from "./chunk";
import type { RestLines } from "./lindera";
import { toToken, type Morph } from "./morph";
import { findMatches, type CompiledEntry, type Match } from "./overlay";
import { sanitize } from "./sanitize";

const PKG = "@sinmun/tokenizer";

/** Nouns that stand in for a user entry while the rest of its eojeol is analysed (`회사` + `가`). */
const PLACEHOLDER = { none: "회사", rieul: "마을", other: "사람" } as const;
/** The rest of an eojeol after a user entry is re-analysed up to this many units. */
const MAX_REST = 40;

type Segment =
  | { kind: "free"; offset: number; line: number }
  | { kind: "user"; match: Match }
  | { kind: "rest"; offset: number; placeholder: number; withLine: number; bareLine: number };

/** What to analyse for one text, and how to put the results back. */
export interface Plan {
  text: string;
  s: string;
  segments: Segment[];
  lines: string[];
}

const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x0b || c === 0x0c || c === 0x85;

/** Checks the input (misuse throws) and cuts it into analyser lines around user-entry matches. */
export function plan(text: unknown, index: Map<string, CompiledEntry[]>): Plan {
  if (typeof text !== "string") {
    throw new SinmunError(PKG, "invalid-input", `expected text to be a string, got ${text === null ? "null" : typeof text}`);
  }
  const s = sanitize(text);
  const segments: Segment[] = [];
  const lines: string[] = [];
  const free = (from: number, to: number): void => {
    for (const [a, b] of splitPieces(s, from, to)) {
      segments.push({ kind: "free", offset: a, line: lines.length });
      lines.push(s.slice(a, b));
    }
  };
  const matches = findMatches(s, index);
  let pos = 0;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as Match;
    free(pos, m.start);
    segments.push({ kind: "user", match: m });
    pos = m.end;
    if (!m.compiled.nominal) continue;
    const limit = Math.min(s.length, m.end + MAX_REST, matches[k + 1]?.start ?? s.length);
    let e = m.end;
    while (e < limit && !isSpace(s.charCodeAt(e))) e++;
    if (e < limit || e === s.length || isSpace(s.charCodeAt(e))) {
      // whole rest of the eojeol fits: analyse it behind a stand-in noun with the same batchim
    } else {
      const h = s.charCodeAt(e - 1);
      if (h >= 0xd800 && h <= 0xdbff) e--;
    }
    if (e === m.end) continue;
    const ph = PLACEHOLDER[m.compiled.batchim ?? "none"];
    const rest = s.slice(m.end, e);
    segments.push({ kind: "rest", offset: m.end, placeholder: ph.length, withLine: lines.length, bareLine: lines.length + 1 });
    lines.push(ph + rest, rest);
    pos = e;
  }
  free(pos, s.length);
  return { text, s, segments, lines };
}

/** The rests of eojeols after user entries: their two lines and the stand-in noun's length. */
export function restLines(p: Plan): RestLines[] {
  const out: RestLines[] = [];
  for (const seg of p.segments) if (seg.kind === "rest") out.push({ withLine: seg.withLine, bareLine: seg.bareLine, placeholder: seg.placeholder });
  return out;
}

/** Whether a token is a proper noun (its first tag is NNP: `NNP`, `NNP+JX`, …). */
export const isProperNoun = (t: Token): boolean => t.tags[0] === "NNP";

function sentenceSpans(text: string): Sentence[] {
  const split = (core as unknown as { splitSentences?: (t: string) => Sentence[] }).splitSentences;
  if (typeof split === "function") {
    try {
      return split(text);
    } catch {
      return [];
    }
  }
  return [];
}

/** Puts the analyser results back into original-text tokens with eojeol and sentence indexes. */
export function finish(p: Plan, results: Morph[][]): Token[] {
  const { text, s } = p;
  const tokens: Token[] = [];
  const system = (ms: Morph[] | undefined, offset: number): void => {
    if (ms === undefined) return;
    for (const m of ms) {
      if (isSpace(s.charCodeAt(m.start + offset))) continue;
      tokens.push(toToken(text, m, offset, "system"));
    }
  };
  for (const seg of p.segments) {
    if (seg.kind === "free") {
      system(results[seg.line], seg.offset);
    } else if (seg.kind === "user") {
      tokens.push(userToken(text, seg.match));
    } else {
      const withPh = results[seg.withLine] ?? [];
      const clean = withPh.some((m) => m.end === seg.placeholder) && !withPh.some((m) => m.start < seg.placeholder && m.end > seg.placeholder);
      if (clean) {
        system(
          withPh.filter((m) => m.start >= seg.placeholder),
          seg.offset - seg.placeholder,
        );
      } else {
        system(results[seg.bareLine], seg.offset);
      }
    }
  }
  // eojeol = index of the whitespace-delimited word; sentence = index in splitSentences
  const sentences = sentenceSpans(text);
  let eo = -1;
  let at = 0;
  let inWord = false;
  let si = 0;
  for (const t of tokens) {
    while (at <= t.start && at < s.length) {
      if (isSpace(s.charCodeAt(at))) inWord = false;
      else if (!inWord) {
        inWord = true;
        eo++;
      }
      at++;
    }
    t.eojeol = Math.max(eo, 0);
    while (si < sentences.length - 1 && (sentences[si] as Sentence).end <= t.start) si++;
    t.sentence = si;
  }
  return tokens;
}

function userToken(text: string, m: Match): Token {
  const { entry, batchim } = m.compiled;
  const t: Token = {
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    form: entry.surface,
    pos: entry.pos,
    tags: [entry.pos],
    eojeol: 0,
    sentence: 0,
  };
  if (entry.semantic !== undefined && entry.semantic !== "") t.semantic = entry.semantic;
  if (batchim !== undefined) t.batchim = batchim !== "none";
  t.source = "user";
  return t;
}
