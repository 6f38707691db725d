import { invalidOption } from "@sinmun/core";
import { CorpusError } from "./CorpusError";
import { decodeTags, parseTag } from "./decodeTags";
import { emptyStats, noteSkipped, noteWarning, readLines, show } from "./readLines";
import type { CorpusReader, EvalDoc, EvalEntity, ReaderOptions, TagScheme } from "./types";

/** Options of `readConll`. */
export interface ConllOptions extends ReaderOptions {
  /** Zero-based columns of the token and the tag; default token 0, tag = the last column. */
  columns?: { token?: number; tag?: number };
  /** Tag scheme; default "BIO". */
  scheme?: TagScheme;
  /** First token of a document-separator line; default "-DOCSTART-". */
  docSeparator?: string;
  /** Column delimiter; default any run of whitespace (tabs or spaces). */
  delimiter?: "whitespace" | "tab";
}

interface Sent {
  tokens: string[];
  tags: string[];
  firstLine: number;
}

/**
 * Streams a CoNLL-style file (one token per line, columns split by whitespace or tabs, a blank
 * line between sentences) as documents. If the first non-blank line is a `-DOCSTART-` line, a
 * document runs from one such line to the next and holds all its sentences; otherwise every
 * sentence is its own document. The text is rebuilt with one space between tokens and `\n`
 * between sentences; tags (BIO or BIOES) are decoded into entities over those offsets
 * (`id: null`). Documents have no `id` (align by order) but carry the `line` where they start.
 * A row with too few columns or a bad tag throws a `CorpusError`, or with `skipInvalid` drops its
 * sentence and counts it.
 *
 * @example
 * // 삼성전자 B-ORG / 가 O / 서울 B-LOC / 에서 O …
 * for await (const doc of readConll("news.conll", { scheme: "BIO" })) {
 *   // doc.text === "삼성전자 가 서울 에서", doc.entities[0] → { start: 0, end: 4, text: "삼성전자", label: "ORG", id: null }
 * }
 */
export function readConll(path: string, options: ConllOptions = {}): CorpusReader {
  const scheme = options.scheme ?? "BIO";
  if (scheme !== "BIO" && scheme !== "BIOES") throw invalidOption("@sinmun/eval", "scheme", ["BIO", "BIOES"], scheme);
  const delimiter = options.delimiter ?? "whitespace";
  if (delimiter !== "whitespace" && delimiter !== "tab") throw invalidOption("@sinmun/eval", "delimiter", ["whitespace", "tab"], delimiter);
  const tokenCol = options.columns?.token ?? 0;
  const tagCol = options.columns?.tag;
  for (const [name, v] of [["columns.token", tokenCol], ["columns.tag", tagCol ?? 0]] as const) {
    if (!Number.isInteger(v) || v < 0) throw invalidOption("@sinmun/eval", name, ["0", "1", "2", "…"], v);
  }
  const docSeparator = options.docSeparator ?? "-DOCSTART-";
  const skipInvalid = options.skipInvalid === true;
  const stats = emptyStats();
  const file = path; // errors name the file as the caller gave it
  const split = delimiter === "tab" ? (l: string) => l.split("\t") : (l: string) => l.trim().split(/\s+/);

  async function* iterate(): AsyncGenerator<EvalDoc> {
    Object.assign(stats, emptyStats()); // a second iteration starts over
    let perDocstart: boolean | null = null;
    let sentences: Sent[] = [];
    let cur: Sent | null = null;
    let broken = false;
    let docLine = 0;

    const endSentence = (): void => {
      if (cur && !broken && cur.tokens.length > 0) sentences.push(cur);
      cur = null;
      broken = false;
    };
    const buildDoc = (): EvalDoc | null => {
      if (sentences.length === 0) return null;
      let text = "";
      const entities: EvalEntity[] = [];
      const docSentences: { start: number; end: number }[] = [];
      for (const s of sentences) {
        if (text.length > 0) text += "\n";
        const sentStart = text.length;
        const starts: number[] = [];
        const ends: number[] = [];
        s.tokens.forEach((tok, i) => {
          if (i > 0) text += " ";
          starts.push(text.length);
          text += tok;
          ends.push(text.length);
        });
        docSentences.push({ start: sentStart, end: text.length });
        const { spans, repairs } = decodeTags(s.tags, scheme);
        if (repairs > 0) {
          noteWarning(stats, { code: "conll-tags-repaired", message: `${file}:${s.firstLine}: ${repairs} ill-formed ${scheme} transition(s) repaired`, line: s.firstLine, file });
        }
        for (const sp of spans) {
          const start = starts[sp.start] as number;
          const end = ends[sp.end - 1] as number;
          entities.push({ start, end, text: text.slice(start, end), label: sp.label, id: null });
        }
      }
      const line = sentences[0]?.firstLine ?? docLine;
      sentences = [];
      stats.docs += 1;
      return { text, sentences: docSentences, entities, line: perDocstart ? docLine : line };
    };

    for await (const batch of readLines(path, stats)) for (const line of batch) {
      const n = ++stats.lines;
      if (line.trim() === "") {
        endSentence();
        if (perDocstart === false) {
          const d = buildDoc();
          if (d) yield d;
        }
        continue;
      }
      const cols = split(line);
      if (cols[0] === docSeparator) {
        if (perDocstart === null) perDocstart = true;
        endSentence();
        const d = buildDoc();
        if (d) yield d;
        docLine = n;
        continue;
      }
      if (perDocstart === null) perDocstart = false;
      if (!cur) cur = { tokens: [], tags: [], firstLine: n };
      if (broken) continue;
      const tagIndex = tagCol ?? cols.length - 1;
      const need = Math.max(tokenCol, tagIndex) + 1;
      const fail = (expected: string, got: string): void => {
        const err = new CorpusError(file, n, expected, got);
        if (!skipInvalid) throw err;
        noteSkipped(stats, err.toDiagnostic());
        broken = true;
      };
      if (cols.length < need || (tagCol === undefined && cols.length < 2)) {
        fail(`at least ${Math.max(need, 2)} columns (token, …, tag)`, `${cols.length} in ${show(line)}`);
        continue;
      }
      const token = cols[tokenCol] as string;
      const tag = cols[tagIndex] as string;
      if (!parseTag(tag, scheme)) {
        fail(`a ${scheme} tag (O, B-X, I-X${scheme === "BIOES" ? ", E-X, S-X" : ""})`, show(tag));
        continue;
      }
      cur.tokens.push(token);
      cur.tags.push(tag);
    }
    endSentence();
    const d = buildDoc();
    if (d) yield d;
  }
  return { path, stats, [Symbol.asyncIterator]: iterate };
}
