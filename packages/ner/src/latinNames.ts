import type { Candidate } from "./candidates";
import { RANK } from "./candidates";

type Nlp = (text: string) => {
  people(): { json(o: { offset: true }): { text: string; offset: { start: number; length: number } }[] };
  organizations(): { json(o: { offset: true }): { text: string; offset: { start: number; length: number } }[] };
};
let nlp: Nlp | undefined;

/**
 * Runs of two or more capitalised Latin words: where a Latin-script name can be. A run starts at a
 * word start only (the lookbehind), so a long unspaced Latin run is tried once, not at every letter.
 */
const RUN = /(?<![A-Za-z.&'-])[A-Z][A-Za-z.&'-]*(?:[ ]+(?:[A-Z][A-Za-z.&'-]*|of|and|&))*[ ]+[A-Z][A-Za-z.&'-]*/g;

/**
 * Person and organization names written in Latin script (Jensen Huang, Goldman Sachs), found by
 * compromise inside runs of capitalised words. compromise is loaded on first use only.
 */
export function latinNameCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const run = m[0];
    if (!nlp) nlp = require("compromise") as Nlp;
    const doc = nlp(run);
    const add = (items: { text: string; offset: { start: number; length: number } }[], label: "PERSON" | "ORG"): void => {
      for (const it of items) {
        let s = it.offset.start;
        let e = s + it.offset.length;
        while (e > s && /[\s,.;:'’)]/.test(run[e - 1] as string)) e--;
        while (s < e && /[\s('‘]/.test(run[s] as string)) s++;
        const span = run.slice(s, e);
        if (!/\s/.test(span) || !/^[A-Z]/.test(span)) continue;
        // Every word but connectors must look like a name word (Huang, McDonald), not an acronym (MS CEO).
        if (!span.split(/\s+/).every((w) => /^(?:of|and|&)$/.test(w) || /^[A-Z][A-Za-z.'-]*[a-z]/.test(w))) continue;
        out.push({ start: m!.index + s, end: m!.index + e, label, id: null, name: null, source: "rule", rank: RANK.latin, rule: "latin-compromise" });
      }
    };
    add(doc.people().json({ offset: true }), "PERSON");
    add(doc.organizations().json({ offset: true }), "ORG");
  }
  return out;
}
