import type { EntityLabel } from "@sinmun/core";
import type { CorpusDoc } from "./types";
import { entityKey } from "./entityKey";
import { boilerplateSentences, inBoilerplate } from "./contentSpans";

/** One occurrence of a keyword term in a document. */
export interface Term {
  /** What the term is counted by: the word itself, or `@` + the entity key (`@openai`). */
  key: string;
  /** What a reader sees: the word, or the entity's canonical name. */
  term: string;
  /** The entity's key and label, for entity terms. */
  entity?: { id: string; label: EntityLabel };
}

const NOUNS = new Set(["NNG", "NNP"]);
const PREDICATES = new Set(["VV", "VA"]);

/**
 * A document's content terms in text order: nouns as the analyser gives them (compounds joined),
 * verb and adjective stems in their dictionary form (만나다), foreign words (HBM), and each
 * entity mention once by its canonical key instead of its tokens. Boilerplate sentences and
 * stopwords are skipped; a document without tokens gives its entities only.
 *
 * @example
 * contentTerms(doc, new Set(["기자"])).map((t) => t.term); // ["샘 올트먼", "오픈AI", "방한", "국내", …]
 */
export function contentTerms(doc: CorpusDoc, stopwords: ReadonlySet<string>): Term[] {
  const boilerplate = boilerplateSentences(doc);
  const entities = (doc.entities ?? []).filter((e) => !inBoilerplate(doc, e.start)).slice().sort((a, b) => a.start - b.start);
  const out: Term[] = [];
  let e = 0;
  const pushEntity = (i: number): void => {
    const entity = entities[i]!;
    const id = entityKey(entity);
    out.push({ key: `@${id}`, term: entity.name, entity: { id, label: entity.label } });
  };
  for (const token of doc.tokens ?? []) {
    // Entities that end before this token come first, in text order.
    while (e < entities.length && entities[e]!.end <= token.start) pushEntity(e++);
    const entity = entities[e];
    if (entity !== undefined && entity.start < token.end && token.start < entity.end) continue;
    if (boilerplate.has(token.sentence)) continue;
    const tag = token.tags[0] ?? token.pos.split("+")[0] ?? "";
    let word: string | undefined;
    if (NOUNS.has(tag)) word = token.form;
    else if (PREDICATES.has(tag)) word = token.lemma ?? `${token.form.split("+")[0] ?? token.form}다`;
    else if (tag === "SL" && token.form.length >= 2) word = token.form;
    if (word === undefined) continue;
    word = word.normalize("NFC");
    if (word === "" || stopwords.has(word)) continue;
    out.push({ key: word, term: word });
  }
  while (e < entities.length) pushEntity(e++);
  return out;
}
