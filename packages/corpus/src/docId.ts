import type { CorpusDoc, DocId } from "./types";

/** A document's own id, else its index in the input. */
export function docId(doc: CorpusDoc, index: number): DocId {
  return doc.id ?? index;
}
