import type { CorpusDoc } from "../src/types";

type Piece = string | { text: string; pos: string; lemma?: string } | { entity: string; label: "PERSON" | "ORG" | "PRODUCT" | "LOC"; id: string; name?: string };

/**
 * Builds an analysed document by hand: each sentence is a list of pieces (a noun, a token with
 * its tag, or an entity), joined by spaces; tokens and entities carry the right offsets.
 */
export function makeDoc(id: string | number | undefined, sentences: Piece[][], boilerplate: number[] = []): CorpusDoc {
  let text = "";
  const doc: Required<Pick<CorpusDoc, "sentences" | "entities" | "tokens">> = { sentences: [], entities: [], tokens: [] };
  sentences.forEach((pieces, s) => {
    if (s > 0) text += "\n";
    const start = text.length;
    pieces.forEach((piece, i) => {
      if (i > 0) text += " ";
      const at = text.length;
      if (typeof piece === "string") {
        text += piece;
        (doc.tokens as unknown[]).push({ start: at, end: text.length, form: piece, pos: "NNG", tags: ["NNG"], sentence: s });
      } else if ("entity" in piece) {
        text += piece.entity;
        (doc.entities as unknown[]).push({ start: at, end: text.length, label: piece.label, id: piece.id, name: piece.name ?? piece.entity });
        (doc.tokens as unknown[]).push({ start: at, end: text.length, form: piece.entity, pos: "NNP", tags: ["NNP"], sentence: s });
      } else {
        text += piece.text;
        (doc.tokens as unknown[]).push({ start: at, end: text.length, form: piece.text, pos: piece.pos, tags: piece.pos.split("+"), ...(piece.lemma ? { lemma: piece.lemma } : {}), sentence: s });
      }
    });
    (doc.sentences as unknown[]).push({ start, end: text.length, ...(boilerplate.includes(s) ? { boilerplate: true } : {}) });
  });
  return { ...(id === undefined ? {} : { id }), text, ...doc };
}
