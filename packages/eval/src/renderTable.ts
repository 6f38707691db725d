import { facts, sections } from "./reportRows";
import type { EvalReport } from "./runEval";

const width = (s: string): number => {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) ? 2 : 1;
  }
  return w;
};
const pad = (s: string, w: number, right: boolean): string => (right ? " ".repeat(Math.max(0, w - width(s))) + s : s + " ".repeat(Math.max(0, w - width(s))));

/**
 * Renders a report as plain-text tables for a terminal: the facts of the run, then each score
 * table with aligned columns (percentages with two decimals, "–" where undefined), then the error
 * counts. Hangul counts as two columns.
 *
 * @example
 * console.log(renderTable(await runEval({ corpus: "dev.tsv", format: "klue", predict })));
 * // Entities, strict (span + label)
 * // label  tp  fp  fn  P %  R %  F1 %
 * // PS    …
 */
export function renderTable(report: EvalReport): string {
  const lines: string[] = [`sinmun eval — task ${report.task}`, ...facts(report), ""];
  for (const s of sections(report)) {
    const all = [s.head, ...s.rows];
    const widths = s.head.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
    lines.push(s.title);
    all.forEach((r, k) => {
      if (k === 1 || (s.summaryFrom !== undefined && k === s.summaryFrom + 1 && s.summaryFrom > 0)) lines.push(widths.map((w) => "-".repeat(w)).join("  "));
      lines.push(r.map((c, i) => pad(c, widths[i] as number, i > 0)).join("  ").trimEnd());
    });
    lines.push("");
  }
  return lines.join("\n");
}
