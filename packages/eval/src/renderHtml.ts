import type { EvalError } from "./evalError";
import { facts, sections } from "./reportRows";
import type { EvalReport } from "./runEval";

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml("<한화> & “큰따옴표”"); // "&lt;한화&gt; &amp; “큰따옴표”"
 */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] as string);

const CSS = `
body{font:15px/1.5 system-ui,"Noto Sans CJK KR","Apple SD Gothic Neo",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
ul.facts{color:#444;padding-left:1.2rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.2rem .7rem;border-bottom:1px solid #ddd;text-align:right}
th:first-child,td:first-child{text-align:left}tr.summary td{font-weight:600;background:#f6f6f6}
.filters button{margin:0 .3rem .3rem 0;padding:.25rem .7rem;border:1px solid #999;border-radius:1rem;background:#fff;cursor:pointer}
.filters button[aria-pressed=true]{background:#1d1d1f;color:#fff}
ol.errors{padding-left:1.5rem}ol.errors li{margin:.4rem 0}
.meta{font-size:.85em;color:#555}.kind{font-weight:600}
mark{padding:0 .1em;border-radius:.2em}
mark.missed{background:#ffd6d6}mark.spurious{background:#d6e4ff}mark.wrong-label{background:#ffe8b3}
mark.wrong-id{background:#e6d6ff}mark.wrong-value{background:#ffe8b3}mark.wrong-speaker{background:#c8f0d0}
mark.wrong-cue{background:#d0f0f0}mark.non-speech{background:#f0d0f0}
`;

const SCRIPT = `
document.querySelectorAll(".filters button").forEach(function (b) {
  b.addEventListener("click", function () {
    var k = b.getAttribute("data-filter");
    document.querySelectorAll(".filters button").forEach(function (o) { o.setAttribute("aria-pressed", String(o === b)); });
    document.querySelectorAll("ol.errors li").forEach(function (li) { li.hidden = k !== "all" && li.getAttribute("data-kind") !== k; });
  });
});
`;

function errorItem(e: EvalError): string {
  const t = e.context.text;
  const s = Math.max(0, Math.min(t.length, e.span.start - e.context.start));
  const en = Math.max(s, Math.min(t.length, e.span.end - e.context.start));
  const said = [e.gold !== undefined ? `gold: ${e.gold}` : "", e.pred !== undefined ? `predicted: ${e.pred}` : ""].filter(Boolean).join(" · ");
  return (
    `<li data-kind="${escapeHtml(e.kind)}"><div class="meta"><span class="kind">${escapeHtml(e.kind)}</span> · doc ${escapeHtml(String(e.doc))}` +
    `${e.line !== undefined ? ` (line ${e.line})` : ""}${said ? ` · ${escapeHtml(said)}` : ""}</div>` +
    `<div class="sentence">${escapeHtml(t.slice(0, s))}<mark class="${escapeHtml(e.kind)}">${escapeHtml(t.slice(s, en))}</mark>${escapeHtml(t.slice(en))}</div></li>`
  );
}

/**
 * Renders a report as one self-contained HTML page (inline CSS and a few lines of inline JS, no
 * external resources): the facts of the run, every score table, and the list of errors, each
 * highlighted in its sentence with `<mark class="missed|spurious|wrong-label|…">`, with buttons
 * that filter the list by kind. All corpus text is HTML-escaped.
 *
 * @example
 * writeFileSync("report.html", renderHtml(await runEval({ corpus: "dev.tsv", format: "klue", predict })));
 * // <mark class="missed">경찰</mark>은 또 …
 */
export function renderHtml(report: EvalReport): string {
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  parts.push(`<title>sinmun eval — ${escapeHtml(report.task)}</title><style>${CSS}</style></head><body>`);
  parts.push(`<h1>sinmun eval — ${escapeHtml(report.task)}</h1><ul class="facts">${facts(report).map((f) => `<li>${escapeHtml(f)}</li>`).join("")}</ul>`);
  for (const s of sections(report)) {
    parts.push(`<h2>${escapeHtml(s.title)}</h2><table class="scores" id="${escapeHtml(s.id)}"><thead><tr>${s.head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>`);
    s.rows.forEach((r, i) => {
      const cls = s.summaryFrom !== undefined && i >= s.summaryFrom ? ` class="summary"` : "";
      parts.push(`<tr${cls} data-label="${escapeHtml(r[0] ?? "")}">${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`);
    });
    parts.push(`</tbody></table>`);
  }
  const kinds = [...new Set(report.errors.map((e) => e.kind))].sort();
  const total = Object.values(report.errorCounts).reduce((a, b) => a + b, 0);
  parts.push(`<h2>Errors (${report.errors.length}${report.errorsTruncated ? ` of ${total}` : ""})</h2>`);
  parts.push(
    `<div class="filters"><button type="button" data-filter="all" aria-pressed="true">all (${report.errors.length})</button>` +
      kinds.map((k) => `<button type="button" data-filter="${escapeHtml(k)}" aria-pressed="false">${escapeHtml(k)} (${report.errors.filter((e) => e.kind === k).length})</button>`).join("") +
      `</div>`,
  );
  parts.push(`<ol class="errors">${report.errors.map(errorItem).join("")}</ol>`);
  parts.push(`<script>${SCRIPT}</script></body></html>`);
  return parts.join("\n");
}
