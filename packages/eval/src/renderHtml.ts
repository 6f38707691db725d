import { escapeHtml, highlightHtml } from "@sinmun/core";
import type { EvalError } from "./evalError";
import { facts, sections } from "./reportRows";
import type { EvalReport } from "./runEval";

// Escaping and span marking are @sinmun/core's (escapeHtml, highlightHtml): the same renderer as
// renderDocHtml and `sinmun analyze --format html`. escapeHtml stays exported here for callers of 0.1.
export { escapeHtml };

const CSS = `
body{font:15px/1.5 system-ui,"Noto Sans CJK KR","Apple SD Gothic Neo",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
ul.facts{color:#444;padding-left:1.2rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.2rem .7rem;border-bottom:1px solid #ddd;text-align:right}
th:first-child,td:first-child{text-align:left}tr.summary td{font-weight:600;background:#f6f6f6}
.filters button{margin:0 .3rem .3rem 0;padding:.25rem .7rem;border:1px solid #999;border-radius:1rem;background:#fff;cursor:pointer}
.filters button[aria-pressed=true]{background:#1d1d1f;color:#fff}
ol.errors{padding-left:1.5rem}ol.errors li{margin:.4rem 0}
.meta{font-size:.85em;color:#555}.pager{margin:.5rem 0}.pager button{padding:.2rem .6rem}.kind{font-weight:600}
mark{padding:0 .1em;border-radius:.2em}
mark.missed{background:#ffd6d6}mark.spurious{background:#d6e4ff}mark.wrong-label{background:#ffe8b3}
mark.wrong-id{background:#e6d6ff}mark.wrong-value{background:#ffe8b3}mark.wrong-speaker{background:#c8f0d0}
mark.wrong-cue{background:#d0f0f0}mark.non-speech{background:#f0d0f0}
`;

/** Errors shown per page of the report. */
const PAGE_SIZE = 100;

// Every error is in the page (escaped, so the file is complete and searchable); the script shows
// one page of the filtered list at a time, so a report with tens of thousands of errors stays fast.
const SCRIPT = `
(function () {
  var PAGE = ${PAGE_SIZE};
  var state = { kind: "all", label: "all", page: 0 };
  var items = Array.prototype.slice.call(document.querySelectorAll("ol.errors li"));
  var list = document.querySelector("ol.errors");
  var info = document.querySelector(".pager .page-info");
  var prev = document.querySelector('.pager button[data-page="prev"]');
  var next = document.querySelector('.pager button[data-page="next"]');
  function matches(li) {
    if (state.kind !== "all" && li.getAttribute("data-kind") !== state.kind) return false;
    return state.label === "all" || (" " + li.getAttribute("data-labels") + " ").indexOf(" " + state.label + " ") >= 0;
  }
  function render() {
    var shown = items.filter(matches);
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    state.page = Math.max(0, Math.min(state.page, pages - 1));
    var from = state.page * PAGE;
    var visible = new Set(shown.slice(from, from + PAGE));
    items.forEach(function (li) { li.hidden = !visible.has(li); });
    list.setAttribute("data-shown", String(shown.length));
    info.textContent = shown.length === 0 ? "no errors" : (from + 1) + "–" + Math.min(shown.length, from + PAGE) + " of " + shown.length + " (page " + (state.page + 1) + " of " + pages + ")";
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
  }
  document.querySelectorAll(".filters button").forEach(function (b) {
    b.addEventListener("click", function () {
      state.kind = b.getAttribute("data-filter");
      state.page = 0;
      document.querySelectorAll(".filters button").forEach(function (o) { o.setAttribute("aria-pressed", String(o === b)); });
      render();
    });
  });
  var labelSelect = document.getElementById("label-filter");
  if (labelSelect) labelSelect.addEventListener("change", function () { state.label = labelSelect.value; state.page = 0; render(); });
  prev.addEventListener("click", function () { state.page -= 1; render(); });
  next.addEventListener("click", function () { state.page += 1; render(); });
  render();
})();
`;

function errorItem(e: EvalError, labels: readonly string[], n: number): string {
  const t = e.context.text;
  const s = Math.max(0, Math.min(t.length, e.span.start - e.context.start));
  const en = Math.max(s, Math.min(t.length, e.span.end - e.context.start));
  const said = [e.gold !== undefined ? `gold: ${e.gold}` : "", e.pred !== undefined ? `predicted: ${e.pred}` : ""].filter(Boolean).join(" · ");
  // Items past the first page start hidden, so the page is right before the script runs.
  return (
    `<li value="${n + 1}" data-kind="${escapeHtml(e.kind)}" data-labels="${escapeHtml(labels.join(" "))}"${n >= PAGE_SIZE ? " hidden" : ""}><div class="meta"><span class="kind">${escapeHtml(e.kind)}</span> · doc ${escapeHtml(String(e.doc))}` +
    `${e.line !== undefined ? ` (line ${e.line})` : ""}${e.domain !== undefined ? ` · ${escapeHtml(e.domain)}` : ""}${said ? ` · ${escapeHtml(said)}` : ""}</div>` +
    `<div class="sentence">${highlightHtml(t, [{ start: s, end: en, className: e.kind }])}</div></li>`
  );
}

/** The labels an error is about (NER: the gold and predicted labels), for the label filter. */
function labelsOf(report: EvalReport, e: EvalError): string[] {
  if (report.task !== "ner") return e.kind === "wrong-label" || e.kind === "missed" || e.kind === "spurious" ? [e.gold ?? e.pred ?? ""].filter(Boolean) : [];
  const out = new Set<string>();
  for (const said of [e.gold, e.pred]) {
    const label = said?.split(" ")[0];
    if (label) out.add(label);
  }
  return [...out];
}

/**
 * Renders a report as one self-contained HTML page (inline CSS and a few lines of inline JS, no
 * external resources): the facts of the run, every score table (and per domain, when the corpus
 * has several), and every error in the report, a page of 100 at a time, each highlighted in its
 * sentence with `<mark class="missed|spurious|wrong-label|…">`, with buttons that filter the list
 * by kind and a menu that filters it by label. All corpus text is HTML-escaped.
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
  const rows = report.errors.map((e) => ({ ...e, labels: labelsOf(report, e) }));
  const labels = [...new Set(rows.flatMap((e) => e.labels))].sort();
  parts.push(`<h2 id="errors">Errors (${report.errors.length}${report.errorsTruncated ? ` of ${total}` : ""})</h2>`);
  parts.push(
    `<div class="filters"><button type="button" data-filter="all" aria-pressed="true">all (${report.errors.length})</button>` +
      kinds.map((k) => `<button type="button" data-filter="${escapeHtml(k)}" aria-pressed="false">${escapeHtml(k)} (${report.errors.filter((e) => e.kind === k).length})</button>`).join("") +
      (labels.length > 0
        ? ` <label>label <select id="label-filter"><option value="all">all</option>${labels.map((l) => `<option value="${escapeHtml(l)}">${escapeHtml(l)} (${rows.filter((e) => e.labels.includes(l)).length})</option>`).join("")}</select></label>`
        : "") +
      `</div>`,
  );
  parts.push(`<nav class="pager"><button type="button" data-page="prev">← previous</button> <span class="page-info"></span> <button type="button" data-page="next">next →</button></nav>`);
  parts.push(`<ol class="errors">${rows.map((e, n) => errorItem(e, e.labels, n)).join("")}</ol>`);
  parts.push(`<script>${SCRIPT}</script></body></html>`);
  return parts.join("\n");
}
