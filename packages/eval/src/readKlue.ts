import { CorpusError } from "./CorpusError";
import { decodeTags, parseTag } from "./decodeTags";
import { emptyStats, noteSkipped, noteWarning, readLines, show } from "./readLines";
import type { CorpusReader, EvalDoc, EvalEntity, ReaderOptions, ReaderStats } from "./types";

/**
 * KLUE-NER's six labels: person, location, organization, date, time, quantity.
 *
 * @example
 * KLUE_LABELS.includes("OG"); // true — <경찰:OG>
 */
export const KLUE_LABELS = ["PS", "LC", "OG", "DT", "TI", "QT"] as const;

const HEADER = /^##\s?(\S+)\t(.*)$/;
const INLINE_TAG = /<([^<>]+?):([A-Z]{2})>/g;

/** One character: one UTF-16 unit, or a surrogate pair. */
function oneCodePoint(ch: string): boolean {
  if (ch.length === 1) return true;
  if (ch.length !== 2) return false;
  const hi = ch.charCodeAt(0);
  const lo = ch.charCodeAt(1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

interface Pending {
  id: string | undefined;
  inline: string | undefined;
  headerLine: number;
  firstLine: number;
  chars: string[];
  tags: string[];
  broken: boolean;
}

/**
 * Parses KLUE's inline-tagged sentence (`<경찰:OG>은 …`) into plain text and spans. A `<…>` without
 * a `:LABEL` (a title such as `<뚝방전설>`) stays text.
 *
 * @example
 * parseKlueInline("<경찰:OG>은 <16명:QT>을 입건했다.");
 * // → { text: "경찰은 16명을 입건했다.", entities: [{ start: 0, end: 2, label: "OG" }, { start: 4, end: 7, label: "QT" }] }
 */
export function parseKlueInline(inline: string): { text: string; entities: { start: number; end: number; label: string }[] } {
  let text = "";
  const entities: { start: number; end: number; label: string }[] = [];
  let last = 0;
  for (const m of inline.matchAll(INLINE_TAG)) {
    text += inline.slice(last, m.index);
    const surface = m[1] as string;
    entities.push({ start: text.length, end: text.length + surface.length, label: m[2] as string });
    text += surface;
    last = (m.index ?? 0) + m[0].length;
  }
  text += inline.slice(last);
  return { text, entities };
}

function finish(p: Pending, file: string, stats: ReaderStats): EvalDoc | null {
  if (p.broken || p.chars.length === 0) return null;
  const offsets: number[] = [];
  let text = "";
  for (const c of p.chars) {
    offsets.push(text.length);
    text += c;
  }
  offsets.push(text.length);
  const { spans, repairs } = decodeTags(p.tags, "BIO");
  if (repairs > 0) {
    noteWarning(stats, { code: "klue-bio-repaired", message: `${file}:${p.firstLine}: ${repairs} I- tag(s) without a preceding B- of the same label`, line: p.firstLine, file });
  }
  const entities: EvalEntity[] = spans.map((s) => {
    const start = offsets[s.start] as number;
    const end = offsets[s.end] as number;
    return { start, end, text: text.slice(start, end), label: s.label, id: null };
  });
  if (p.inline !== undefined) {
    const inl = parseKlueInline(p.inline);
    const same =
      inl.text === text &&
      inl.entities.length === entities.length &&
      inl.entities.every((e, i) => e.start === entities[i]?.start && e.end === entities[i]?.end && e.label === entities[i]?.label);
    if (!same) {
      const what = inl.text !== text ? "text" : "entity spans";
      noteWarning(stats, {
        code: "klue-inline-mismatch",
        message: `${file}:${p.headerLine}: the inline-tagged sentence disagrees with the character rows (${what}); the rows are used`,
        line: p.headerLine,
        file,
      });
    }
  }
  const doc: EvalDoc = { text, sentences: [{ start: 0, end: text.length }], entities, line: p.headerLine };
  if (p.id !== undefined) {
    doc.id = p.id;
    const dash = p.id.lastIndexOf("-");
    if (dash > 0) doc.domain = p.id.slice(dash + 1);
  }
  return doc;
}

/**
 * Streams a KLUE-NER TSV file (`## <id>\t<inline-tagged sentence>` comment lines, then one
 * `<char>\t<BIO tag>` row per character — spaces are rows tagged `O` — and a blank line between
 * sentences) as one document per sentence: the text rebuilt from the rows, the entities decoded
 * from the tags (labels PS, LC, OG, DT, TI, QT, `id: null`), `domain` from the id's suffix
 * (`wikitree` news, `nsmc` movie reviews). The rows are authoritative; an inline-tagged sentence
 * that disagrees with them is counted in `stats.warnings` (`klue-inline-mismatch`).
 * A malformed row throws a `CorpusError` (`file:line: expected …, got …`), or with `skipInvalid`
 * drops its sentence and counts it in `stats.skipped`.
 *
 * @example
 * const reader = readKlue("../shared/corpora/klue-ner/klue-ner-v1.1_dev-a.tsv");
 * for await (const doc of reader) {
 *   // doc.text === "경찰은 또 …", doc.entities[0] → { start: 0, end: 2, text: "경찰", label: "OG", id: null }
 * }
 * console.log(reader.stats.docs); // 2500
 */
export function readKlue(path: string, options: ReaderOptions = {}): CorpusReader {
  const stats = emptyStats();
  const file = path; // errors name the file as the caller gave it
  const skipInvalid = options.skipInvalid === true;
  async function* iterate(): AsyncGenerator<EvalDoc> {
    Object.assign(stats, emptyStats()); // a second iteration starts over
    let p: Pending | null = null;
    const fresh = (line: number): Pending => ({ id: undefined, inline: undefined, headerLine: line, firstLine: line, chars: [], tags: [], broken: false });
    const flush = function* (): Generator<EvalDoc> {
      if (p) {
        const doc = finish(p, file, stats);
        if (doc) {
          stats.docs += 1;
          yield doc;
        }
      }
      p = null;
    };
    const fail = (line: number, expected: string, got: string): void => {
      const err = new CorpusError(file, line, expected, got);
      if (!skipInvalid) throw err;
      if (p && !p.broken) noteSkipped(stats, err.toDiagnostic());
      if (!p) {
        noteSkipped(stats, err.toDiagnostic());
        p = fresh(line);
      }
      p.broken = true;
    };
    for await (const batch of readLines(path, stats)) for (const line of batch) {
      const n = ++stats.lines;
      if (line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim() === "")) {
        yield* flush();
        continue;
      }
      if (line.startsWith("##")) {
        const m = HEADER.exec(line);
        if (!m) continue; // a plain comment (the file's column description)
        if (p && (p as Pending).chars.length > 0) {
          // a header right after rows, without the blank line: close the previous sentence
          yield* flush();
        }
        if (p && (p as Pending).id !== undefined && !(p as Pending).broken) {
          fail(n, "character rows after the sentence header", `another header ${show(line)}`);
          continue;
        }
        p = fresh(n);
        p.id = m[1] as string;
        p.inline = m[2] as string;
        continue;
      }
      if (!p) p = fresh(n);
      if (p.broken) continue;
      const tab = line.indexOf("\t");
      if (tab < 0) {
        fail(n, `"<char>\\t<tag>"`, show(line));
        continue;
      }
      const ch = line.slice(0, tab);
      const tag = line.slice(tab + 1);
      if (!oneCodePoint(ch)) {
        fail(n, "one character before the tab", show(ch));
        continue;
      }
      if (tag !== "O" && !parseTag(tag, "BIO")) {
        fail(n, "a BIO tag (O, B-PS, I-PS…)", show(tag));
        continue;
      }
      if (p.chars.length === 0) p.firstLine = n;
      p.chars.push(ch);
      p.tags.push(tag);
    }
    yield* flush();
  }
  return { path, stats, [Symbol.asyncIterator]: iterate };
}
