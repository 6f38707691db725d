import { CorpusError } from "./CorpusError";
import { emptyStats, noteSkipped, readLines, show } from "./readLines";
import type { CorpusReader, EvalDoc, ReaderOptions } from "./types";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks one span against the text; returns a problem ("expected …", "got …") or null. */
function checkSpan(text: string, path: string, v: unknown, needText: boolean): [string, string] | null {
  if (!isObj(v)) return [`${path} to be a span object`, show(JSON.stringify(v) ?? String(v))];
  const { start, end } = v;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [`${path}.start/.end to be integers`, `${String(start)}..${String(end)}`];
  const s = start as number;
  const e = end as number;
  if (s < 0 || s > e || e > text.length) return [`${path} within 0..${text.length}`, `${s}..${e}`];
  if (v.text === undefined) return needText ? [`${path}.text (spans carry their text)`, "none"] : null;
  const actual = text.slice(s, e);
  if (v.text !== actual) return [`${path}.text === text.slice(${s}, ${e}) = ${show(actual)}`, show(String(v.text))];
  return null;
}

/**
 * Whether a document's `date` (or `reference`) names a day that exists: `YYYY-MM-DD`, optionally
 * followed by a time (`2025-11-14T09:30:00+09:00`). `2025-13-45` or `2025-02-30` would pass a
 * pattern and then resolve no date in the document, so the day itself is checked.
 */
function isDay(v: unknown): boolean {
  const m = typeof v === "string" ? /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(v) : null;
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d === new Date(Date.UTC(y, mo - 1, d)).getUTCDate();
}

/** Validates a parsed JSONL record; returns the first problem or null. */
function validate(o: Obj): [string, string] | null {
  if (typeof o.text !== "string") return ['a "text" string', typeof o.text];
  const text = o.text;
  if (o.id !== undefined && typeof o.id !== "string" && typeof o.id !== "number") return ['"id" to be a string or number', typeof o.id];
  for (const field of ["date", "reference"] as const) {
    if (o[field] !== undefined && !isDay(o[field])) return [`"${field}" to be a date YYYY-MM-DD that exists`, show(JSON.stringify(o[field]) ?? "")];
  }
  for (const layer of ["sentences", "entities", "amounts", "quotes", "dates", "nonSpeech"] as const) {
    const arr = o[layer];
    if (arr === undefined) continue;
    if (!Array.isArray(arr)) return [`"${layer}" to be an array`, typeof arr];
    for (let i = 0; i < arr.length; i++) {
      const path = `${layer}[${i}]`;
      const item = arr[i] as unknown;
      const bad = checkSpan(text, path, item, layer !== "sentences");
      if (bad) return bad;
      const it = item as Obj;
      if (layer === "entities" && typeof it.label !== "string") return [`${path}.label to be a string`, show(String(it.label))];
      if (layer === "dates" && (typeof it.kind !== "string" || (it.value !== null && typeof it.value !== "string"))) return [`${path}.kind to be a string and .value a string or null`, show(JSON.stringify({ kind: it.kind, value: it.value }))];
      if (layer === "quotes") {
        for (const inner of ["speaker", "cue"] as const) {
          if (it[inner] === null || it[inner] === undefined) continue;
          const b = checkSpan(text, `${path}.${inner}`, it[inner], true);
          if (b) return b;
        }
        if (it.content !== undefined && it.content !== null) {
          const b = checkSpan(text, `${path}.content`, it.content, false);
          if (b) return b;
        }
      }
    }
  }
  return null;
}

/**
 * Streams a Sinmun JSONL corpus (one document per line, the shapes of docs/contract.md:
 * `{ id, text, date?, sentences?, entities?, amounts?, quotes?, dates?, nonSpeech? }`), checking every span:
 * integer offsets inside the text and `text.slice(start, end) === span.text` (entities, amounts,
 * quotes, speakers, cues and `nonSpeech` must carry their `text`). Blank lines are skipped. A
 * document without `sentences` gets one sentence covering its text. A line that is not JSON, not
 * an object, or has a span that does not match the text throws a `CorpusError`, or with
 * `skipInvalid` is skipped and counted.
 *
 * @example
 * // {"id":"n1","text":"삼성전자가 3% 올랐다.","entities":[{"start":0,"end":4,"text":"삼성전자","label":"ORG","id":"samsung-electronics"}]}
 * for await (const doc of readJsonl("gold.jsonl")) console.log(doc.id, doc.entities?.length); // n1 1
 */
export function readJsonl(path: string, options: ReaderOptions = {}): CorpusReader {
  const stats = emptyStats();
  const file = path; // errors name the file as the caller gave it
  const skipInvalid = options.skipInvalid === true;
  async function* iterate(): AsyncGenerator<EvalDoc> {
    Object.assign(stats, emptyStats()); // a second iteration starts over
    for await (const batch of readLines(path, stats)) for (const line of batch) {
      const n = ++stats.lines;
      if (line.trim() === "") continue;
      let problem: [string, string] | null = null;
      let o: unknown;
      try {
        o = JSON.parse(line);
      } catch (e) {
        problem = ["a JSON object", `${show(line)} (${(e as Error).message})`];
      }
      if (!problem && !isObj(o)) problem = ["a JSON object", show(line)];
      if (!problem) problem = validate(o as Obj);
      if (problem) {
        const err = new CorpusError(file, n, problem[0], problem[1]);
        if (!skipInvalid) throw err;
        noteSkipped(stats, err.toDiagnostic());
        continue;
      }
      const doc = o as EvalDoc;
      if (!Array.isArray(doc.sentences)) doc.sentences = [{ start: 0, end: doc.text.length }];
      // corpora/facts names its domains "genre" (earnings, deals, …): scored per genre like KLUE's domains.
      if (doc.domain === undefined && typeof (o as Obj).genre === "string") doc.domain = (o as Obj).genre as string;
      doc.line = n;
      stats.docs += 1;
      yield doc;
    }
  }
  return { path, stats, [Symbol.asyncIterator]: iterate };
}
