import { matchExact } from "./matchSpans";
import { accuracy, prf } from "./prf";
import type { Accuracy, Prf } from "./prf";

/** A figure as gold writes it: the exact decimal string and the unit code. */
export interface FactValue {
  decimal: string | null;
  unit: string | null;
  /** A predicted bound (`최대 6000억 원`: decimal null, maxDecimal "600000000000") compares by its stated number. */
  minDecimal?: string | null;
  maxDecimal?: string | null;
}

/** A gold fact (corpora/facts/GUIDELINES.md). */
export interface GoldFact {
  subject: string | null;
  metric: string;
  segment?: string | null;
  value: FactValue | null;
  period: string | null;
  basis?: string | null;
  change?: { direction: string; by: FactValue | null; base: string | null } | null;
  status?: string;
  source?: string | null;
  counterparty?: string | null;
  duration?: string | null;
  /** The sentence that states the figure (for readers; not scored). */
  evidence?: string;
}

/** A gold document of corpora/facts (`facts.jsonl`, `heldout.jsonl`). */
export interface FactDoc {
  id?: string | number;
  date?: string;
  genre?: string;
  text: string;
  facts: GoldFact[];
}

/** An entity a predicted fact names: a string (id or name), or an extractor's `{ id, name, text }`. */
export type PredParty = string | { id?: string | null; name?: string | null; text?: string } | null | undefined;

/**
 * A predicted fact: the gold shape, or `@sinmun/facts`' `Fact` (parties as objects, `metric` as
 * `{ key }`, `period` and `duration` as mentions with a `value`, `value` and `change.by` as amounts).
 */
export interface PredFact {
  start?: number;
  end?: number;
  subject?: PredParty;
  metric: string | { key: string };
  segment?: string | null;
  value?: FactValue | null;
  period?: string | { value: string | null } | null;
  basis?: string | null;
  change?: { direction: string; by: FactValue | null; base: string | null } | null;
  status?: string;
  source?: PredParty;
  counterparty?: PredParty;
  duration?: string | { value: string } | null;
}

/** The fields scored one by one on facts aligned on metric and value. */
export const FACT_FIELDS = ["subject", "segment", "period", "basis", "change", "status", "source", "counterparty", "duration"] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/** One line of a facts report. */
export interface FactError {
  /** `missed`: a gold fact nothing matched; `false-alarm`: a predicted fact no gold fact matched; `wrong-field`: an aligned pair that disagrees on one field. */
  kind: "missed" | "false-alarm" | "wrong-field";
  doc: string | number;
  /** The field, for `wrong-field` (and for a miss whose aligned prediction differs on subject or period: the first such field). */
  field?: FactField;
  /** The gold fact, written as `subject metric value period key=value …`. */
  gold?: string;
  /** The predicted fact, in the same form. */
  pred?: string;
  /** The gold evidence sentence, or the predicted fact's sentence. */
  evidence?: string;
  /** Where `evidence` is in the document: the predicted fact's own offsets, or the gold evidence's first occurrence. */
  span?: { start: number; end: number };
}

/** What `scoreFacts` returns. */
export interface FactScores {
  docs: number;
  gold: number;
  predicted: number;
  /** Facts equal on subject, metric, value and period (GUIDELINES "Scoring"). */
  facts: Prf;
  /** Per field, on facts aligned on metric + value; unaligned facts with the field set count against it. */
  fields: Record<FactField, Prf>;
  /** Among facts aligned on subject + metric + value, the share whose period is equal. */
  period: Accuracy;
}

interface Norm {
  subject: string | null;
  metric: string;
  segment: string | null;
  value: string | null;
  period: string | null;
  basis: string | null;
  change: string | null;
  status: string | null;
  source: string | null;
  counterparty: string | null;
  duration: string | null;
  evidence: string;
  /** The evidence's start in the document, or -1 when it is not there. */
  at: number;
}

const val = (v: FactValue | null | undefined): string | null =>
  v === null || v === undefined ? null : `${v.decimal ?? v.maxDecimal ?? v.minDecimal ?? "null"} ${v.unit ?? "-"}`;

/** An entity's key: its id when it has one (a dictionary id, not a document-local `doc:…` one), else its text. */
function partyKey(p: PredParty): string | null {
  if (p === null || p === undefined) return null;
  if (typeof p === "string") return p;
  if (typeof p.id === "string" && p.id !== "" && !p.id.startsWith("doc:")) return p.id;
  return p.text ?? p.name ?? null;
}

function changeKey(c: GoldFact["change"]): string | null {
  if (c === null || c === undefined) return null;
  return `${c.direction}/${val(c.by) ?? "_"}/${c.base ?? "_"}`;
}

function normGold(f: GoldFact, text: string): Norm {
  return {
    subject: f.subject ?? null,
    metric: f.metric,
    segment: f.segment ?? null,
    value: val(f.value),
    period: f.period ?? null,
    basis: f.basis ?? null,
    change: changeKey(f.change),
    status: f.status ?? "reported",
    source: f.source ?? null,
    counterparty: f.counterparty ?? null,
    duration: f.duration ?? null,
    evidence: f.evidence ?? "",
    at: f.evidence ? text.indexOf(f.evidence) : -1,
  };
}

function normPred(f: PredFact, text: string): Norm {
  const period = f.period === null || f.period === undefined ? null : typeof f.period === "string" ? f.period : f.period.value;
  const duration = f.duration === null || f.duration === undefined ? null : typeof f.duration === "string" ? f.duration : f.duration.value;
  return {
    subject: partyKey(f.subject),
    metric: typeof f.metric === "string" ? f.metric : f.metric.key,
    segment: f.segment ?? null,
    value: val(f.value),
    period,
    basis: f.basis ?? null,
    change: changeKey(f.change),
    status: f.status ?? "reported",
    source: partyKey(f.source),
    counterparty: partyKey(f.counterparty),
    duration,
    evidence: f.start !== undefined && f.end !== undefined ? text.slice(f.start, f.end) : "",
    at: f.start !== undefined && f.end !== undefined ? f.start : -1,
  };
}

/** The evidence of a fact and where it is, for a report line. */
const evidenceOf = (f: Norm): Pick<FactError, "evidence" | "span"> => ({ evidence: f.evidence, ...(f.at >= 0 ? { span: { start: f.at, end: f.at + f.evidence.length } } : {}) });

/** Writes a fact as `subject metric value period key=value …` (the corpus source format, roughly). */
function describe(f: Norm): string {
  const opts: string[] = [];
  if (f.segment !== null) opts.push(`seg=${f.segment}`);
  if (f.basis !== null) opts.push(`b=${f.basis}`);
  if (f.change !== null) opts.push(`ch=${f.change}`);
  if (f.status !== null && f.status !== "reported") opts.push(`st=${f.status}`);
  if (f.source !== null) opts.push(`src=${f.source}`);
  if (f.counterparty !== null) opts.push(`cp=${f.counterparty}`);
  if (f.duration !== null) opts.push(`dur=${f.duration}`);
  return [f.subject ?? "_", f.metric, f.value ?? "_", f.period ?? "_", ...opts].join(" ");
}

/**
 * One-to-one alignment in text order (matchExact: the k-th gold fact of a key with the k-th
 * prediction of that key), as gold index → prediction index, in gold order.
 */
function align(gold: Norm[], pred: Norm[], keyOf: (f: Norm) => string): Map<number, number> {
  return new Map(matchExact(gold, pred, keyOf).pairs.sort((x, y) => x[0] - y[0]));
}

const factKey = (f: Norm): string => JSON.stringify([f.subject, f.metric, f.value, f.period]);
const metricValueKey = (f: Norm): string => JSON.stringify([f.metric, f.value]);
const subjectMetricValueKey = (f: Norm): string => JSON.stringify([f.subject, f.metric, f.value]);

/**
 * Streaming facts scorer (GUIDELINES "Scoring"): `add(gold, predicted)` per document returns the
 * document's misses, false alarms and wrong fields; `result()` the scores so far.
 *
 * @example
 * const scorer = createFactScorer();
 * scorer.add(goldDoc, extractFacts(analysed)); // "삼성전자는 3분기 영업이익이 12조 원 …"
 * scorer.result().facts.f1;
 */
export function createFactScorer(): { add(gold: FactDoc, pred: readonly PredFact[], docIndex?: number): FactError[]; result(): FactScores } {
  let docs = 0;
  let nGold = 0;
  let nPred = 0;
  let tp = 0;
  let pTotal = 0;
  let pCorrect = 0;
  const fieldTp = Object.fromEntries(FACT_FIELDS.map((f) => [f, 0])) as Record<FactField, number>;
  const fieldGold = { ...fieldTp };
  const fieldPred = { ...fieldTp };
  return {
    add(goldDoc, predFacts, docIndex = docs) {
      docs += 1;
      const doc = goldDoc.id ?? docIndex;
      const gold = (goldDoc.facts ?? []).map((f) => normGold(f, goldDoc.text));
      const pred = [...predFacts]
        .map((f, i) => ({ f, i }))
        .sort((a, b) => (a.f.start ?? 0) - (b.f.start ?? 0) || a.i - b.i)
        .map(({ f }) => normPred(f, goldDoc.text));
      nGold += gold.length;
      nPred += pred.length;
      const errors: FactError[] = [];

      const matched = align(gold, pred, factKey);
      tp += matched.size;
      const usedPred = new Set(matched.values());

      const aligned = align(gold, pred, metricValueKey);
      for (const field of FACT_FIELDS) {
        for (const g of gold) if (g[field] !== null) fieldGold[field] += 1;
        for (const p of pred) if (p[field] !== null) fieldPred[field] += 1;
      }
      for (const [i, j] of aligned) {
        const g = gold[i] as Norm;
        const p = pred[j] as Norm;
        for (const field of FACT_FIELDS) {
          if (g[field] !== null && g[field] === p[field]) fieldTp[field] += 1;
          else if (g[field] !== p[field]) errors.push({ kind: "wrong-field", doc, field, gold: describe(g), pred: describe(p), ...evidenceOf(g) });
        }
      }

      const periodPairs = align(gold, pred, subjectMetricValueKey);
      for (const [i, j] of periodPairs) {
        pTotal += 1;
        if ((gold[i] as Norm).period === (pred[j] as Norm).period) pCorrect += 1;
      }

      const alignedPred = new Set(aligned.values());
      gold.forEach((g, i) => {
        if (matched.has(i)) return;
        const j = aligned.get(i);
        const e: FactError = { kind: "missed", doc, gold: describe(g), ...evidenceOf(g) };
        if (j !== undefined && !usedPred.has(j)) {
          const p = pred[j] as Norm;
          e.pred = describe(p);
          const field = (["subject", "period"] as const).find((f) => g[f] !== p[f]);
          if (field !== undefined) e.field = field;
        }
        errors.push(e);
      });
      pred.forEach((p, j) => {
        if (usedPred.has(j)) return;
        if (alignedPred.has(j)) return; // reported with its gold fact as a miss
        errors.push({ kind: "false-alarm", doc, pred: describe(p), ...evidenceOf(p) });
      });
      return errors;
    },
    result() {
      const fields = Object.fromEntries(FACT_FIELDS.map((f) => [f, prf(fieldTp[f], fieldPred[f] - fieldTp[f], fieldGold[f] - fieldTp[f])])) as Record<FactField, Prf>;
      return { docs, gold: nGold, predicted: nPred, facts: prf(tp, nPred - tp, nGold - tp), fields, period: accuracy(pCorrect, pTotal) };
    },
  };
}

/**
 * Scores predicted facts against the gold facts of corpora/facts (`gold[i]` with `pred[i]`), as
 * GUIDELINES "Scoring" defines: a fact matches when subject, metric, value and period are equal;
 * per-field P/R/F1 on facts aligned on metric + value; period accuracy on facts aligned on
 * subject + metric + value. Also returns every miss, false alarm and wrong field, for a report.
 *
 * @example
 * const { scores, errors } = scoreFacts(goldDocs, goldDocs.map((d) => extractFacts(analysed[d.id])));
 * scores.facts.f1; // 0.87
 * scores.fields.change.f1;
 */
export function scoreFacts(gold: readonly FactDoc[], pred: readonly (readonly PredFact[])[]): { scores: FactScores; errors: FactError[] } {
  const scorer = createFactScorer();
  const errors: FactError[] = [];
  gold.forEach((g, i) => errors.push(...scorer.add(g, pred[i] ?? [], i)));
  return { scores: scorer.result(), errors };
}

/** A plain-text report: the overall and per-field scores, the period accuracy, then the errors (at most `maxErrors`). */
export function renderFactReport(scores: FactScores, errors: readonly FactError[] = [], maxErrors = 200): string {
  const pct = (x: number | null): string => (x === null ? "   —" : (100 * x).toFixed(1).padStart(5));
  const row = (name: string, p: Prf): string => `${name.padEnd(14)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}   tp ${p.tp} fp ${p.fp} fn ${p.fn}`;
  const lines = [
    `facts: ${scores.docs} documents, ${scores.gold} gold, ${scores.predicted} predicted`,
    `${"".padEnd(14)}     P     R    F1`,
    row("fact", scores.facts),
    ...FACT_FIELDS.map((f) => row(f, scores.fields[f])),
    `period accuracy ${pct(scores.period.accuracy)} (${scores.period.correct}/${scores.period.total})`,
  ];
  if (errors.length > 0) {
    lines.push("", `errors (${errors.length}${errors.length > maxErrors ? `, first ${maxErrors}` : ""}):`);
    for (const e of errors.slice(0, maxErrors)) {
      const what = e.kind === "wrong-field" ? `wrong ${e.field}` : e.kind === "missed" && e.field !== undefined ? `missed (${e.field})` : e.kind;
      lines.push(`[${e.doc}] ${what}`);
      if (e.gold !== undefined) lines.push(`    gold: ${e.gold}`);
      if (e.pred !== undefined) lines.push(`    pred: ${e.pred}`);
      if (e.evidence) lines.push(`    « ${e.evidence} »`);
    }
  }
  return lines.join("\n");
}
