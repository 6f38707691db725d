import { CorpusError } from "./CorpusError";
import { emptyStats, noteSkipped, readLines, show } from "./readLines";
import type { ReaderStats } from "./types";

/** One gold morpheme: its form and its (Sejong) tag. */
export interface GoldMorph {
  form: string;
  tag: string;
}

/** One eojeol (a run of the sentence text without spaces) with its gold morphemes, in order. */
export interface GoldEojeol {
  start: number;
  end: number;
  text: string;
  morphs: GoldMorph[];
}

/** A CoNLL-U sentence as the morpheme scorer reads it. */
export interface MorphSentence {
  id: string;
  text: string;
  eojeols: GoldEojeol[];
  /** 1-based line of the sentence's first line. */
  line: number;
}

/** A streaming reader of CoNLL-U sentences (async iterable) with live `stats`. */
export interface MorphReader extends AsyncIterable<MorphSentence> {
  readonly path: string;
  readonly stats: ReaderStats;
}

/**
 * A word's morphemes: its LEMMA (or MISC's `OrigLemma`, which UD keeps where LEMMA was reduced to
 * a stem) split at `+`, paired with XPOS split at `+`. A lemma that is itself `+` stays whole.
 */
function wordMorphs(form: string, lemma: string, xpos: string, misc: string): GoldMorph[] | null {
  const orig = /(?:^|\|)OrigLemma=([^|]*)/.exec(misc)?.[1];
  const source = orig ?? lemma;
  const tags = xpos.split("+");
  const forms = source === "+" ? ["+"] : source.split("+");
  if (forms.length !== tags.length) {
    if (tags.length === 1) return [{ form: source === "_" ? form : source, tag: tags[0] as string }];
    return null;
  }
  return forms.map((f, i) => ({ form: f, tag: tags[i] as string }));
}

/**
 * Reads a CoNLL-U treebank with Sejong-tagged morphemes in LEMMA/XPOS (UD Korean GSD, Kaist):
 * one {@link MorphSentence} per sentence, its words grouped into eojeols by their places in the
 * `# text` line (words joined by `SpaceAfter=No` form one eojeol: `병원이` + `.`). A sentence
 * whose words do not spell its text, or a word whose LEMMA and XPOS disagree in morpheme count,
 * is a located `CorpusError` (or, with `skipInvalid`, skipped and counted).
 *
 * @example
 * for await (const s of readConllu("../shared/corpora/ud-korean-gsd/ko_gsd-ud-dev.conllu")) {
 *   s.eojeols[2]; // { text: "스타벅스가", morphs: [{ form: "스타벅스", tag: "NNG" }, { form: "가", tag: "JKS" }], … }
 * }
 */
export function readConllu(path: string, options: { skipInvalid?: boolean } = {}): MorphReader {
  const stats = emptyStats();
  const skipInvalid = options.skipInvalid === true;
  async function* iterate(): AsyncGenerator<MorphSentence> {
    let id = "";
    let text: string | undefined;
    let first = 0;
    let words: Array<{ form: string; morphs: GoldMorph[]; line: number }> = [];
    let bad: CorpusError | undefined;
    const finish = (): MorphSentence | undefined => {
      if (words.length === 0 && text === undefined) return undefined;
      const t = text ?? words.map((w) => w.form).join(" ");
      let err = bad;
      const eojeols: GoldEojeol[] = [];
      let pos = 0;
      let current: GoldEojeol | undefined;
      for (const w of words) {
        if (err) break;
        let p = pos;
        while (p < t.length && /\s/.test(t.charAt(p))) p++;
        if (t.slice(p, p + w.form.length) !== w.form) {
          err = new CorpusError(path, w.line, `word ${show(w.form)} at offset ${p} of the # text`, show(t.slice(p, p + w.form.length + 10)));
          break;
        }
        if (current === undefined || p > pos) {
          current = { start: p, end: p + w.form.length, text: w.form, morphs: [...w.morphs] };
          eojeols.push(current);
        } else {
          current.end = p + w.form.length;
          current.text = t.slice(current.start, current.end);
          current.morphs.push(...w.morphs);
        }
        pos = p + w.form.length;
      }
      if (err) {
        if (!skipInvalid) throw err;
        noteSkipped(stats, err.toDiagnostic());
        return undefined;
      }
      stats.docs += 1;
      return { id: id || `#${stats.docs}`, text: t, eojeols, line: first };
    };
    const reset = (): void => {
      id = "";
      text = undefined;
      words = [];
      bad = undefined;
      first = 0;
    };
    for await (const batch of readLines(path, stats)) {
      for (const line of batch) {
        const n = ++stats.lines;
        if (line.trim() === "") {
          const s = finish();
          reset();
          if (s) yield s;
          continue;
        }
        if (first === 0) first = n;
        if (line.startsWith("#")) {
          const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
          if (m?.[1] === "sent_id") id = (m[2] as string).trim();
          else if (m?.[1] === "text") text = m[2] as string;
          continue;
        }
        const cols = line.split("\t");
        if (cols.length !== 10) {
          bad ??= new CorpusError(path, n, "10 tab-separated CoNLL-U columns", `${cols.length}: ${show(line)}`);
          continue;
        }
        const wid = cols[0] as string;
        if (!/^\d+$/.test(wid)) continue; // multiword ranges (1-2) and empty nodes (1.1)
        const morphs = wordMorphs(cols[1] as string, cols[2] as string, cols[4] as string, cols[9] as string);
        if (morphs === null) {
          bad ??= new CorpusError(path, n, "as many morphemes in LEMMA as tags in XPOS", `${show(cols[2] as string)} / ${show(cols[4] as string)}`);
          continue;
        }
        words.push({ form: cols[1] as string, morphs, line: n });
      }
    }
    const s = finish();
    if (s) yield s;
  }
  return { path, stats, [Symbol.asyncIterator]: iterate };
}
