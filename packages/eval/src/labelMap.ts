import type { Amount } from "@sinmun/core";
import type { EvalDoc, EvalEntity } from "./types";

/**
 * Maps labels of either side into one label space, e.g. Sinmun's into KLUE's:
 * `{ PERSON: "PS", ORG: "OG", LOC: "LC", amounts: "QT" }`. A label that is a key is renamed; a
 * label that is one of the values is kept; any other label is ignored (and counted). The key
 * `amounts` turns every amount of a document into an entity of that label; `amounts:<kind>`
 * (e.g. `amounts:money`) does so for one kind and wins over `amounts`.
 */
export type LabelMap = Record<string, string>;

/**
 * Sinmun → KLUE-NER: persons, organizations, locations, and amounts as quantities (QT).
 *
 * @example
 * scoreEntities(klueGold, sinmunPred, { labelMap: KLUE_LABEL_MAP }); // 이재용/PERSON ↔ 이재용/PS
 */
export const KLUE_LABEL_MAP: Readonly<LabelMap> = Object.freeze({ PERSON: "PS", ORG: "OG", LOC: "LC", amounts: "QT" });

/** What a label mapper ignored, per side. */
export interface IgnoredLabels {
  gold: Record<string, number>;
  pred: Record<string, number>;
}

/** Applies a `LabelMap` to the entities (and, if mapped, amounts) of documents. */
export class LabelMapper {
  readonly ignored: IgnoredLabels = { gold: {}, pred: {} };
  private readonly map: LabelMap | undefined;
  private readonly kept: Set<string>;

  constructor(map?: LabelMap) {
    this.map = map;
    this.kept = new Set(map ? Object.values(map) : []);
  }

  /** The label in the scored space, or null when ignored. */
  label(label: string): string | null {
    if (!this.map) return label;
    const m = Object.prototype.hasOwnProperty.call(this.map, label) ? this.map[label] : undefined;
    if (m !== undefined) return m;
    return this.kept.has(label) ? label : null;
  }

  private amountLabel(a: Amount): string | null {
    if (!this.map) return null;
    return this.map[`amounts:${a.kind}`] ?? this.map.amounts ?? null;
  }

  /** The document's entities in the scored space, sorted by (start, end); ignored ones counted. */
  entities(doc: EvalDoc, side: "gold" | "pred"): EvalEntity[] {
    const out: EvalEntity[] = [];
    for (const e of doc.entities ?? []) {
      const l = this.label(e.label);
      if (l === null) {
        const ig = this.ignored[side];
        ig[e.label] = (ig[e.label] ?? 0) + 1;
        continue;
      }
      out.push(l === e.label ? e : { ...e, label: l });
    }
    for (const a of doc.amounts ?? []) {
      const l = this.amountLabel(a);
      if (l !== null) out.push({ start: a.start, end: a.end, text: a.text, label: l, id: null });
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
