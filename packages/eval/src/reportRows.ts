import type { Accuracy, Prf, ScoreTable } from "./prf";
import type { EvalReport } from "./runEval";
import type { EntityScores } from "./scoreEntities";
import type { AmountScores } from "./scoreAmounts";
import type { QuoteScores } from "./scoreQuotes";
import type { DateScores } from "./scoreDates";
import type { FactScores } from "./scoreFacts";

/** A titled table of strings, shared by the text and HTML renderers. */
export interface Section {
  id: string;
  title: string;
  head: string[];
  rows: string[][];
  /** Index of rows that are summaries (micro/macro), styled apart. */
  summaryFrom?: number;
}

/** A ratio as a percentage with two decimals; "–" for null. */
export const pct = (x: number | null | undefined): string => (x === null || x === undefined ? "–" : (x * 100).toFixed(2));

const prfRow = (name: string, r: Prf): string[] => [name, String(r.tp), String(r.fp), String(r.fn), pct(r.precision), pct(r.recall), pct(r.f1)];
const PRF_HEAD = ["label", "tp", "fp", "fn", "P %", "R %", "F1 %"];

function tableSection(id: string, title: string, t: ScoreTable): Section {
  const rows = Object.entries(t.perLabel).map(([l, r]) => prfRow(l, r));
  const summaryFrom = rows.length;
  rows.push(prfRow("micro", t.micro));
  rows.push(["macro", "", "", "", pct(t.macro.precision), pct(t.macro.recall), pct(t.macro.f1)]);
  return { id, title, head: PRF_HEAD, rows, summaryFrom };
}

const accRow = (name: string, a: Accuracy): string[] => [name, String(a.correct), String(a.total), pct(a.accuracy)];
const ACC_HEAD = ["agreement", "correct", "judged", "%"];

/** The report's score tables, in display order. */
export function sections(report: EvalReport): Section[] {
  const out: Section[] = [];
  if (report.task === "ner") {
    const s = report.scores;
    out.push(tableSection("strict", "Entities, strict (span + label)", s.strict));
    out.push(tableSection("overlap", "Entities, overlap (same label, ≥ 1 character in common)", s.overlap));
    const charRows = Object.entries(s.char.perTag).map(([l, r]) => prfRow(l, r));
    const summaryFrom = charRows.length;
    charRows.push(["macro (KLUE char F1)", "", "", "", "", "", pct(s.char.macroF1)]);
    charRows.push(prfRow("entity chars, micro", s.char.micro));
    out.push({ id: "char", title: "Characters (KLUE character-level F1, whitespace excluded)", head: ["tag", ...PRF_HEAD.slice(1)], rows: charRows, summaryFrom });
    const labels = [...new Set([...Object.keys(s.confusion), ...Object.values(s.confusion).flatMap((r) => Object.keys(r))])].sort();
    out.push({
      id: "confusion",
      title: "Label confusion on same-span pairs (gold ↓, predicted →)",
      head: ["gold \\ pred", ...labels],
      rows: Object.keys(s.confusion)
        .sort()
        .map((g) => [g, ...labels.map((p) => String(s.confusion[g]?.[p] ?? 0))]),
    });
    out.push({ id: "ids", title: "Entity ids on strict matches", head: ACC_HEAD, rows: [accRow("id", s.id)] });
  } else if (report.task === "amounts") {
    const s = report.scores;
    out.push({
      id: "spans",
      title: "Amount spans",
      head: ["match", ...PRF_HEAD.slice(1)],
      rows: [prfRow("exact span", s.span), prfRow("overlap", s.overlap), prfRow("fully right", s.exact)],
    });
    out.push(tableSection("perKind", "Amounts per kind (span + kind)", s.perKind));
    out.push({ id: "values", title: "On same-span pairs", head: ACC_HEAD, rows: [accRow("value (exact decimal)", s.value), accRow("unit", s.unit), accRow("approx", s.approx), accRow("kind", s.kind), accRow("all four", s.all)] });
  } else if (report.task === "facts") {
    const s = report.scores;
    out.push({ id: "facts", title: `Facts (${s.gold} gold, ${s.predicted} predicted): subject, metric, value and period equal`, head: ["match", ...PRF_HEAD.slice(1)], rows: [prfRow("facts", s.facts)] });
    out.push({ id: "fields", title: "Per field, on facts aligned on metric + value", head: ["field", ...PRF_HEAD.slice(1)], rows: Object.entries(s.fields).map(([f, r]) => prfRow(f, r)) });
    out.push({ id: "period", title: "Period on facts aligned on subject + metric + value", head: ACC_HEAD, rows: [accRow("period", s.period)] });
  } else if (report.task === "dates") {
    const s = report.scores;
    out.push({ id: "spans", title: "Date spans", head: ["match", ...PRF_HEAD.slice(1)], rows: [prfRow("exact span", s.span), prfRow("span + value", s.strict)] });
    out.push(tableSection("perKind", "Dates per kind (span + kind)", s.perKind));
    out.push({ id: "values", title: "On same-span pairs", head: ACC_HEAD, rows: [accRow("ISO value", s.value), accRow("kind", s.kind)] });
  } else {
    const s = report.scores;
    out.push({ id: "spans", title: "Quote spans", head: ["match", ...PRF_HEAD.slice(1)], rows: [prfRow("exact", s.exact), prfRow("IoU ≥ 0.8", s.overlap)] });
    out.push(tableSection("perKind", "Quotes per kind (exact span + kind)", s.perKind));
    out.push({ id: "attribution", title: "On IoU-matched quotes", head: ACC_HEAD, rows: [accRow("kind", s.kind), accRow("speaker", s.speaker), accRow("cue", s.cue)] });
    const n = s.nonSpeech;
    out.push({ id: "nonSpeech", title: "Non-speech quoted phrases", head: ["phrases", "taken for quotes", "rate %", "predicted quotes on them"], rows: [[String(n.phrases), String(n.hit), pct(n.rate), String(n.predicted)]] });
  }
  out.push(...domainSections(report));
  return out;
}

/** The headline table of each domain, when the corpus has more than one (KLUE: wikitree, nsmc). */
function domainSections(report: EvalReport): Section[] {
  const out: Section[] = [];
  if (Object.keys(report.byDomain ?? {}).length < 2) return out;
  for (const [domain, s] of Object.entries(report.byDomain)) {
    const docs = report.corpus.domains[domain] ?? 0;
    const id = `domain-${domain.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    if (report.task === "ner") {
      const es = s as EntityScores;
      out.push(tableSection(id, `Domain ${domain} (${docs} documents): entities, strict`, es.strict));
    } else if (report.task === "amounts") out.push(tableSection(id, `Domain ${domain} (${docs} documents): amounts per kind`, (s as AmountScores).perKind));
    else if (report.task === "dates") out.push(tableSection(id, `Domain ${domain} (${docs} documents): dates per kind`, (s as DateScores).perKind));
    else if (report.task === "facts") out.push({ id, title: `Domain ${domain} (${docs} documents): facts`, head: ["match", ...PRF_HEAD.slice(1)], rows: [prfRow("facts", (s as FactScores).facts)] });
    else out.push(tableSection(id, `Domain ${domain} (${docs} documents): quotes per kind`, (s as QuoteScores).perKind));
  }
  return out;
}

/** One-line facts about the run: corpus, predictions, labels. */
export function facts(report: EvalReport): string[] {
  const c = report.corpus;
  const p = report.prediction;
  const out: string[] = [];
  const doms = Object.entries(c.domains).map(([k, v]) => `${k} ${v}`).join(", ");
  out.push(`corpus: ${c.path} (${c.format}), ${c.docs} documents scored of ${c.read} read${doms ? ` (${doms})` : ""}, ${c.reader.skipped} skipped, ${c.reader.warningCount} warnings`);
  out.push(
    `predictions: ${p.source === "file" ? `${p.path} (${p.format})` : "predict()"}; missing ${p.missing}, extra ${p.extra}, realigned over whitespace ${p.realigned}, text mismatch ${p.textMismatch}, failed ${p.failed}, invalid ${p.invalid}`,
  );
  if (report.task === "ner") {
    const l = report.scores.labels;
    const ig = (r: Record<string, number>): string => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(", ") || "none";
    out.push(`labels scored: ${l.scored.join(" ") || "none"}; ignored in gold: ${ig(l.ignored.gold)}; ignored in predictions: ${ig(l.ignored.pred)}`);
    if (report.labelMap) out.push(`label map: ${Object.entries(report.labelMap).map(([k, v]) => `${k}→${v}`).join(", ")}`);
  }
  const counts = Object.entries(report.errorCounts).map(([k, v]) => `${k} ${v}`).join(", ");
  out.push(`errors: ${counts || "none"}${report.errorsTruncated ? ` (first ${report.errors.length} listed)` : ""}`);
  return out;
}
