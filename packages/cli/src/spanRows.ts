import type { Cell } from "./formatRow";

/**
 * The layers `--layer` can write as a table.
 *
 * @example
 * TABLE_LAYERS; // ["entities", "amounts", "quotes", "dates", "facts", "sentences"] — 개체, 금액, 인용, 날짜, 사실, 문장
 */
export const TABLE_LAYERS = ["entities", "amounts", "quotes", "dates", "facts", "sentences"] as const;
export type TableLayer = (typeof TABLE_LAYERS)[number];

/**
 * The columns of each layer's table; every table starts with the document id and the span.
 *
 * @example
 * LAYER_COLUMNS.entities; // ["doc", "start", "end", "text", "label", "id", "name", "type", "ticker", "exchange"] — 삼성전자, ORG, …
 */
export const LAYER_COLUMNS: Readonly<Record<TableLayer, readonly string[]>> = {
  entities: ["doc", "start", "end", "text", "label", "id", "name", "type", "ticker", "exchange"],
  amounts: ["doc", "start", "end", "text", "kind", "value", "decimal", "unit", "approx", "min", "max", "qualifier"],
  quotes: ["doc", "start", "end", "text", "kind", "content", "speaker_id", "speaker_name", "cue_lemma", "source_name"],
  dates: ["doc", "start", "end", "text", "kind", "value", "granularity", "resolved", "approx", "base"],
  facts: [
    "doc", "start", "end", "text", "subject_id", "subject", "metric", "segment", "value", "unit", "period", "period_text", "basis",
    "change", "change_by", "change_unit", "change_base", "status", "source", "counterparty", "duration",
  ],
  sentences: ["doc", "start", "end", "text", "boilerplate"],
};

/**
 * The columns of `--layer entities --group`: one row per distinct entity of a document.
 *
 * @example
 * GROUP_COLUMNS; // ["doc", "id", "label", "name", "type", "ticker", "exchange", "mentions"] — 삼성전자 2회
 */
export const GROUP_COLUMNS: readonly string[] = ["doc", "id", "label", "name", "type", "ticker", "exchange", "mentions"];

/** What the table writer reads from an analysed document (any extra attributes are read loosely). */
export interface TableDoc {
  id?: unknown;
  text: string;
  [layer: string]: unknown;
}

type Row = Record<string, Cell>;
/** A value as a cell: absent stays absent (an empty cell, a missing JSONL key), null stays null. */
const str = (v: unknown): Cell => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null || v === undefined ? v : JSON.stringify(v));
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
const docId = (doc: TableDoc): Cell => str(doc.id);

/** An entity's dictionary attributes: read when present (a linked company's ticker), absent otherwise. */
function attributes(e: Record<string, unknown>): Row {
  const out: Row = {};
  for (const key of ["type", "ticker", "exchange"] as const) if (e[key] !== undefined && e[key] !== null) out[key] = str(e[key]);
  return out;
}

/**
 * The rows of one layer of a document, one per span, keyed by the layer's columns
 * (`LAYER_COLUMNS`). Entities bring `type`, `ticker` and `exchange` when their dictionary record
 * knows them; amounts their exact decimals (`min`/`max` as exact decimals when there are bounds);
 * quotes their content text, speaker and cue lemma; dates their ISO value (empty when unresolved),
 * granularity and comparison base; facts one row each (the evidence sentence as `text`), with the
 * subject, metric, exact value and unit, period, basis, change, status, source, counterparty and
 * duration.
 *
 * @example
 * spanRows({ id: "a1", text: "삼성전자가 3% 올랐다.", amounts: [{ start: 6, end: 8, text: "3%", kind: "percent", value: 3, decimal: "3", unit: "%", approx: false }] }, "amounts");
 * // [{ doc: "a1", start: 6, end: 8, text: "3%", kind: "percent", value: 3, decimal: "3", unit: "%", approx: false, min: null, max: null }]
 */
export function spanRows(doc: TableDoc, layer: TableLayer): Row[] {
  const id = docId(doc);
  const base = (s: Record<string, unknown>): Row => ({ doc: id, start: str(s.start), end: str(s.end), text: str(s.text ?? doc.text.slice(Number(s.start), Number(s.end))) });
  switch (layer) {
    case "entities":
      return list(doc.entities).map((e) => ({ ...base(e), label: str(e.label), id: str(e.id), name: str(e.name), ...attributes(e) }));
    case "amounts":
      return list(doc.amounts).map((a) => ({
        ...base(a),
        kind: str(a.kind),
        value: str(a.value),
        decimal: str(a.decimal),
        unit: str(a.unit),
        approx: str(a.approx),
        min: str(a.minDecimal ?? a.min),
        max: str(a.maxDecimal ?? a.max),
        qualifier: str(a.qualifier),
      }));
    case "quotes":
      return list(doc.quotes).map((q) => {
        const content = q.content as { start: number; end: number } | undefined;
        const speaker = q.speaker as Record<string, unknown> | null | undefined;
        const cue = q.cue as Record<string, unknown> | null | undefined;
        const source = q.source as Record<string, unknown> | null | undefined;
        return {
          ...base(q),
          kind: str(q.kind),
          content: content ? doc.text.slice(content.start, content.end) : null,
          speaker_id: str(speaker?.id),
          speaker_name: str(speaker?.name ?? speaker?.text),
          cue_lemma: str(cue?.lemma),
          source_name: str(source?.name ?? source?.text),
        };
      });
    case "dates":
      return list(doc.dates).map((d) => ({
        ...base(d),
        kind: str(d.kind),
        value: str(d.value),
        granularity: str(d.granularity),
        resolved: str(d.resolved),
        approx: d.approx === true,
        base: str(d.base ?? null),
      }));
    case "facts":
      return list(doc.facts).map((f) => {
        const part = (k: string): Record<string, unknown> | null => (f[k] !== null && typeof f[k] === "object" ? (f[k] as Record<string, unknown>) : null);
        const who = (k: string): Cell => str(part(k)?.name ?? part(k)?.text ?? null);
        const change = part("change");
        const by = change?.by !== null && typeof change?.by === "object" ? (change.by as Record<string, unknown>) : null;
        return {
          ...base(f),
          subject_id: str(part("subject")?.id ?? null),
          subject: who("subject"),
          metric: str(part("metric")?.key ?? null),
          segment: str(f.segment ?? null),
          value: str(part("value")?.decimal ?? null),
          unit: str(part("value")?.unit ?? null),
          period: str(part("period")?.value ?? null),
          period_text: str(part("period")?.text ?? null),
          basis: str(f.basis ?? null),
          change: str(change?.direction ?? null),
          change_by: str(by?.decimal ?? null),
          change_unit: str(by?.unit ?? null),
          change_base: str(change?.base ?? null),
          status: str(f.status),
          source: who("source"),
          counterparty: who("counterparty"),
          duration: str(part("duration")?.value ?? null),
        };
      });
    case "sentences":
      return list(doc.sentences).map((s) => ({ ...base(s), boilerplate: s.boilerplate === true }));
  }
}

/**
 * One row per distinct entity (by id) of a document, in order of first mention, with its number
 * of mentions: the companies and people a folder of articles talks about.
 *
 * @example
 * groupEntities({ id: "a1", text: "…", entities: [삼성전자, 삼성, 엔비디아] });
 * // [{ doc: "a1", id: "samsung-electronics", label: "ORG", name: "삼성전자", …, mentions: 2 }, { …, id: "nvidia", mentions: 1 }]
 */
export function groupEntities(doc: TableDoc): Row[] {
  const byId = new Map<string, Row>();
  for (const e of list(doc.entities)) {
    const key = `${String(e.label)}\u0000${String(e.id)}`;
    const row = byId.get(key);
    if (row) row.mentions = Number(row.mentions) + 1;
    else byId.set(key, { doc: docId(doc), id: str(e.id), label: str(e.label), name: str(e.name), ...attributes(e), mentions: 1 });
  }
  return [...byId.values()];
}
