import { TfIdf } from "natural/lib/natural/tfidf";
import { invalidOption, SinmunError } from "@sinmun/core";
import type { EntityLabel } from "@sinmun/core";
import type { CorpusDoc, DocId } from "./types";
import { contentTerms } from "./contentTerms";
import { defaultStopwords } from "./stopwords";
import { docId } from "./docId";
import { assertCorpusDoc } from "./assertDoc";

export interface KeywordsOptions {
  /** How many keywords per document (default 10). */
  top?: number;
  /** More stopwords (nouns, or verb/adjective dictionary forms), added to the bundled list. */
  stopwords?: Iterable<string>;
}

/** One keyword of a document. */
export interface Keyword {
  /** The word, or the entity's canonical name. */
  term: string;
  /** TF-IDF: `tf × (1 + ln(N / (1 + df)))`, natural's TfIdf formula. */
  score: number;
  /** How often the term occurs in the document. */
  tf: number;
  /** How many documents of the corpus contain it. */
  df: number;
  /** For an entity: its key (dictionary id, or `LABEL:name` for an unlinked one) and label. */
  entity?: { id: string; label: EntityLabel };
}

export interface DocKeywords {
  id: DocId;
  keywords: Keyword[];
}

const OPTION_KEYS = ["top", "stopwords"];

/**
 * Ranks each document's content terms by TF-IDF against the whole corpus with natural's `TfIdf`.
 * Terms are content morphemes (nouns, verb and adjective stems, foreign words) and entities
 * counted by canonical id, so 오픈AI, OpenAI and 오픈에이아이 are one term. Needs tokens
 * (`createAnalyzer({ tokens: true })`); a document without them is ranked by its entities only.
 * One result per document, in input order; an empty corpus gives `[]`.
 *
 * @example
 * const analyzer = await createAnalyzer({ tokens: true });
 * const docs = await Promise.all(texts.map((t) => analyzer.analyze(t)));
 * keywords(docs, { top: 3 })[0];
 * // { id: 0, keywords: [{ term: "오픈AI", score: 4.2, tf: 2, df: 3, entity: { id: "openai", label: "ORG" } }, …] }
 */
export function keywords(docs: Iterable<CorpusDoc>, options: KeywordsOptions = {}): DocKeywords[] {
  for (const key of Object.keys(options)) if (!OPTION_KEYS.includes(key)) throw invalidOption("@sinmun/corpus", "option key", OPTION_KEYS, key);
  const top = options.top ?? 10;
  if (!Number.isInteger(top) || top < 0) throw new SinmunError("@sinmun/corpus", "invalid-option", `expected top to be an integer ≥ 0, got ${JSON.stringify(top)}`);
  const stopwords = new Set(defaultStopwords());
  for (const word of options.stopwords ?? []) stopwords.add(word.normalize("NFC"));

  const tfidf = new TfIdf();
  const ids: DocId[] = [];
  const df = new Map<string, number>();
  const shown = new Map<string, Pick<Keyword, "term" | "entity">>();
  let index = 0;
  for (const doc of docs) {
    assertCorpusDoc(doc, index);
    const terms = contentTerms(doc, stopwords);
    for (const t of terms) if (!shown.has(t.key)) shown.set(t.key, t.entity === undefined ? { term: t.term } : { term: t.term, entity: t.entity });
    for (const key of new Set(terms.map((t) => t.key))) df.set(key, (df.get(key) ?? 0) + 1);
    tfidf.addDocument(terms.map((t) => t.key), String(index));
    ids.push(docId(doc, index));
    index++;
  }
  // natural computes a term's idf by scanning every document (terms × documents); the same
  // formula from the document frequencies counted above fills its cache in one pass.
  const n = ids.length;
  const cache: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [key, count] of df) cache[key] = 1 + Math.log(n / (1 + count));
  tfidf._idfCache = cache;

  const documents = tfidf.documents as unknown as Record<string, number | string | undefined>[];
  return ids.map((id, d) => {
    const document = documents[d]!;
    const ranked: Keyword[] = [];
    for (const key of Object.keys(document)) {
      if (key === "__key") continue;
      const show = shown.get(key)!;
      ranked.push({ term: show.term, score: tfidf.tfidf([key], d), tf: TfIdf.tf(key, document as never), df: df.get(key)!, ...(show.entity === undefined ? {} : { entity: show.entity }) });
    }
    ranked.sort((a, b) => b.score - a.score || b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    return { id, keywords: ranked.slice(0, top) };
  });
}
