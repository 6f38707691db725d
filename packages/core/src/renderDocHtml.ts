import type { Amount, DateSpan, Doc, Entity, FactSpan, Quote, Range, Sentence } from "./types";

/** Options of {@link renderDocHtml}. */
export interface RenderDocHtmlOptions {
  /** Page title (default: the document id, else "Sinmun"). */
  title?: string;
  /** Return only the `<article>` fragment (with its `<style>`), not a whole page (default false). */
  fragment?: boolean;
}

const ENTITY_COLOURS: Record<string, string> = {
  PERSON: "#f9d6e4",
  ORG: "#cde8f6",
  PRODUCT: "#dcd6f7",
  LOC: "#d4efd2",
};

const STYLE = `.sinmun-doc{font:16px/1.9 "Noto Sans CJK KR","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif;max-width:52em;margin:1.5em auto;padding:0 1em;color:#1b1b1b;white-space:pre-wrap;word-break:keep-all}
.sinmun-doc .sent.boilerplate{color:#9a9a9a}
.sinmun-doc mark{border-radius:.3em;padding:.05em .2em;color:inherit}
${Object.entries(ENTITY_COLOURS)
  .map(([label, colour]) => `.sinmun-doc mark.ent.${label}{background:${colour}}`)
  .join("\n")}
.sinmun-doc mark.ent::after{content:attr(data-label);font-size:.6em;font-weight:600;margin-left:.25em;color:#555;vertical-align:.15em}
.sinmun-doc mark.amt{background:#fff0b3;border-bottom:2px solid #e0b400}
.sinmun-doc mark.amt::after{content:attr(data-value);font-size:.6em;margin-left:.25em;color:#6b5500;vertical-align:.15em}
.sinmun-doc mark.date{background:#e3f4ef;border-bottom:2px solid #2e9c7f}
.sinmun-doc mark.metric{background:none;border-bottom:2px dotted #7a3fb0;border-radius:0}
.sinmun-facts{font:13px/1.5 sans-serif;max-width:52em;margin:.5em auto 1.5em;padding:0 1em;border-collapse:collapse;white-space:normal}
.sinmun-facts caption{text-align:left;font-weight:600;color:#555;padding:.3em 0}
.sinmun-facts th,.sinmun-facts td{border-bottom:1px solid #e5e5e5;padding:.2em .6em;text-align:left;vertical-align:top}
.sinmun-facts .num{font-variant-numeric:tabular-nums;white-space:nowrap}
.sinmun-doc mark.date::after{content:attr(data-value);font-size:.6em;margin-left:.25em;color:#1f6b57;vertical-align:.15em}
.sinmun-doc .quote{text-decoration:underline;text-decoration-color:#d2691e;text-decoration-thickness:2px;text-underline-offset:.25em}
.sinmun-doc .quote.indirect{text-decoration-style:dashed}
.sinmun-doc .quote.mixed{text-decoration-style:dotted}
.sinmun-doc .speaker{outline:2px solid #d2691e;border-radius:.2em}
.sinmun-doc .cue{outline:1px dashed #d2691e;border-radius:.2em}
.sinmun-doc a.who{font-size:.65em;margin-left:.3em;color:#a0501a;text-decoration:none;vertical-align:.2em;white-space:nowrap}
.sinmun-doc :target{background:#ffd9b8}
.sinmun-legend{font:13px/1.6 sans-serif;max-width:52em;margin:1em auto;padding:.5em 1em;border:1px solid #ddd;border-radius:.4em;color:#333}
.sinmun-legend span{margin-right:1.2em;white-space:nowrap}
.sinmun-legend i{display:inline-block;width:1em;height:1em;border-radius:.2em;vertical-align:-.15em;margin-right:.3em}`;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML content and attribute values, and drops what a page must not show raw:
 * C0/C1 control characters other than tab and line breaks, and lone surrogates (as U+FFFD).
 *
 * @example
 * escapeHtml('<script>alert("삼성")</script>'); // "&lt;script&gt;alert(&quot;삼성&quot;)&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** One span to mark: its element, attributes and nesting rank (outer first). */
interface Mark {
  start: number;
  end: number;
  rank: number;
  open: string;
  close: string;
  /** Text placed after the span's last piece (the speaker link of a quote). */
  after?: string;
}

function formatValue(a: Amount): string {
  const unit = a.unit ?? "";
  if (a.decimal !== null) return `${a.approx ? "≈" : ""}${a.decimal} ${unit}`.trim();
  const lo = a.minDecimal ?? (a.min !== undefined && a.min !== null ? String(a.min) : "");
  const hi = a.maxDecimal ?? (a.max !== undefined && a.max !== null ? String(a.max) : "");
  return `${lo}–${hi} ${unit}`.trim();
}

function valid(r: Range, length: number): boolean {
  return Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start < r.end && r.end <= length;
}

function marksOf(doc: Doc): Mark[] {
  const n = doc.text.length;
  const marks: Mark[] = [];
  (doc.sentences ?? []).forEach((s: Sentence, i) => {
    if (!valid(s, n)) return;
    marks.push({ start: s.start, end: s.end, rank: 0, open: `<span class="sent${s.boilerplate ? " boilerplate" : ""}" data-sentence="${i}">`, close: "</span>" });
  });
  (doc.quotes ?? []).forEach((q: Quote, i) => {
    if (!valid(q, n)) return;
    const id = `q${i}`;
    const who = q.speaker ? (q.speaker.name ?? q.speaker.text) : "화자 없음";
    const title = `${q.kind} quote · speaker: ${who}${q.speaker?.id ? ` (${q.speaker.id})` : ""}${q.cue ? ` · cue: ${q.cue.lemma}` : ""}`;
    const link = q.speaker && valid(q.speaker, n) ? `<a class="who" href="#${id}-speaker">— ${escapeHtml(who)}</a>` : `<span class="who">— ${escapeHtml(who)}</span>`;
    marks.push({ start: q.start, end: q.end, rank: 1, open: `<span class="quote ${q.kind}" id="${id}" title="${escapeHtml(title)}">`, close: "</span>", after: link });
    if (q.speaker && valid(q.speaker, n)) {
      marks.push({ start: q.speaker.start, end: q.speaker.end, rank: 2, open: `<span class="speaker" id="${id}-speaker" title="${escapeHtml(`speaker of ${id}`)}">`, close: "</span>" });
    }
    if (q.cue && valid(q.cue, n)) {
      marks.push({ start: q.cue.start, end: q.cue.end, rank: 2, open: `<span class="cue" id="${id}-cue" title="${escapeHtml(`cue of ${id}: ${q.cue.lemma}`)}">`, close: "</span>" });
    }
  });
  for (const e of doc.entities ?? []) {
    if (!valid(e, n)) continue;
    const extra = e as Entity & { type?: unknown; ticker?: unknown };
    const title = [`${e.label} · ${e.id}`, e.name, typeof extra.type === "string" ? extra.type : "", typeof extra.ticker === "string" ? extra.ticker : ""].filter(Boolean).join(" · ");
    const label = /^[A-Z]+$/.test(e.label) ? e.label : "ENT";
    marks.push({ start: e.start, end: e.end, rank: 3, open: `<mark class="ent ${label}" data-label="${label}" data-id="${escapeHtml(e.id)}" title="${escapeHtml(title)}">`, close: "</mark>" });
  }
  for (const a of doc.amounts ?? []) {
    if (!valid(a, n)) continue;
    const value = formatValue(a);
    marks.push({ start: a.start, end: a.end, rank: 4, open: `<mark class="amt" data-kind="${escapeHtml(a.kind)}" data-value="${escapeHtml(value)}" title="${escapeHtml(`${a.kind}: ${value}`)}">`, close: "</mark>" });
  }
  for (const d of (doc.dates ?? []) as DateSpan[]) {
    if (!valid(d, n)) continue;
    const value = d.value ?? "?";
    marks.push({ start: d.start, end: d.end, rank: 4, open: `<mark class="date" data-kind="${escapeHtml(String(d.kind))}" data-value="${escapeHtml(value)}" title="${escapeHtml(`${d.kind}: ${value}`)}">`, close: "</mark>" });
  }
  ((doc.facts ?? []) as FactSpan[]).forEach((f, i) => {
    if (!f?.metric || !valid(f.metric, n)) return;
    marks.push({ start: f.metric.start, end: f.metric.end, rank: 5, open: `<mark class="metric" id="f${i}" data-key="${escapeHtml(String(f.metric.key))}" title="${escapeHtml(`fact ${i + 1}: ${factLine(f)}`)}">`, close: "</mark>" });
  });
  return marks;
}

const whoOf = (p: FactSpan["subject"] | undefined): string => (p ? (p.name ?? p.text) : "");
const valueText = (a: Amount | null | undefined): string => (a ? formatValue(a) : "");

/** A fact's change in a few words: `up 32.5 % (yoy)`, `down`, `flat`. */
function changeText(f: FactSpan): string {
  const c = f.change;
  if (!c) return "";
  return [c.direction, valueText(c.by), c.base ? `(${c.base})` : ""].filter(Boolean).join(" ");
}

/** One fact on one line, for a tooltip: subject · metric · value · period · change · status. */
function factLine(f: FactSpan): string {
  return [whoOf(f.subject) || "?", f.segment ? `${f.metric.key} [${f.segment}]` : f.metric.key, valueText(f.value) || "–", f.period?.value ?? "", changeText(f), f.basis ?? "", f.status].filter(Boolean).join(" · ");
}

/** The facts of a document as a table under its text, each row linked to its metric in the text. */
function factsTable(doc: Doc): string {
  const facts = ((doc.facts ?? []) as FactSpan[]).filter((f) => f && f.metric);
  if (facts.length === 0) return "";
  const head = ["", "subject", "metric", "value", "period", "change", "basis", "status", "source"];
  const rows = facts.map((f, i) => {
    const cells = [
      `<a href="#f${i}">${i + 1}</a>`,
      escapeHtml(whoOf(f.subject)),
      escapeHtml(f.segment ? `${f.metric.key} (${f.segment})` : f.metric.key),
      `<span class="num">${escapeHtml(valueText(f.value))}</span>`,
      escapeHtml(f.period ? `${f.period.text} → ${f.period.value ?? "?"}` : ""),
      escapeHtml(changeText(f)),
      escapeHtml(f.basis ?? ""),
      escapeHtml(f.status),
      escapeHtml(whoOf(f.source)),
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
  });
  return `<table class="sinmun-facts"><caption>facts (${facts.length})</caption><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr>${rows.join("")}</table>`;
}

/** Escaped `text` with every mark opened and closed around its span, nested properly (a span crossing another is split). */
function markUp(text: string, marks: readonly Mark[]): string {
  // Boundaries where the set of open spans changes.
  const points = new Set<number>([0, text.length]);
  for (const m of marks) {
    points.add(m.start);
    points.add(m.end);
  }
  const cuts = [...points].sort((a, b) => a - b);
  const byStart = marks.slice().sort((a, b) => a.start - b.start);
  let next = 0;
  let active: Mark[] = [];
  let stack: Mark[] = [];
  let out = "";
  const order = (a: Mark, b: Mark): number => a.rank - b.rank || a.start - b.start || b.end - a.end;
  for (let k = 0; k < cuts.length - 1; k++) {
    const from = cuts[k] as number;
    const to = cuts[k + 1] as number;
    active = active.filter((m) => m.end > from);
    while (next < byStart.length && (byStart[next] as Mark).start <= from) {
      const m = byStart[next++] as Mark;
      if (m.end > from) active.push(m);
    }
    const want = active.slice().sort(order);
    let common = 0;
    while (common < stack.length && common < want.length && stack[common] === want[common]) common++;
    for (let i = stack.length - 1; i >= common; i--) {
      const m = stack[i] as Mark;
      out += m.close;
      if (m.end <= from && m.after) out += m.after;
    }
    stack = want;
    for (let i = common; i < want.length; i++) out += (want[i] as Mark).open;
    out += escapeHtml(text.slice(from, to));
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const m = stack[i] as Mark;
    out += m.close;
    if (m.after) out += m.after;
  }
  return out;
}

/** One span for {@link highlightHtml}: a range and the class (and tooltip) of its `<mark>`. */
export interface HighlightSpan {
  start: number;
  end: number;
  className: string;
  title?: string;
}

/**
 * Escaped text with `<mark class="…">` around each span, nested properly where spans overlap: the
 * primitive under {@link renderDocHtml}, shared with the eval report's error sentences.
 *
 * @example
 * highlightHtml("경찰은 <조사>했다", [{ start: 0, end: 2, className: "missed" }]);
 * // '<mark class="missed">경찰</mark>은 &lt;조사&gt;했다'
 */
export function highlightHtml(text: string, spans: readonly HighlightSpan[]): string {
  const marks: Mark[] = [];
  for (const s of spans) {
    if (!valid(s, text.length)) continue;
    const title = s.title === undefined ? "" : ` title="${escapeHtml(s.title)}"`;
    marks.push({ start: s.start, end: s.end, rank: 0, open: `<mark class="${escapeHtml(s.className)}"${title}>`, close: "</mark>" });
  }
  return markUp(text, marks);
}

/** The text of one document with its spans marked, as an `<article>` element. */
function articleOf(doc: Doc, heading?: string): string {
  const text = typeof doc?.text === "string" ? doc.text : "";
  const out = markUp(text, marksOf({ ...doc, text }));
  const head = heading === undefined ? "" : `<h2 class="sinmun-id">${escapeHtml(heading)}</h2>`;
  return `${head}<article class="sinmun-doc" lang="ko">${out}</article>${factsTable(doc)}`;
}

const LEGEND =
  `<div class="sinmun-legend" role="note">` +
  Object.entries(ENTITY_COLOURS)
    .map(([label, colour]) => `<span><i style="background:${colour}"></i>${label}</span>`)
    .join("") +
  `<span><i style="background:#fff0b3"></i>amount (value · unit)</span>` +
  `<span><i style="background:#e3f4ef"></i>date (ISO value)</span>` +
  `<span><u style="text-decoration:underline dotted #7a3fb0">metric</u> of a fact (table below)</span>` +
  `<span><u style="text-decoration-color:#d2691e">quote</u> — speaker</span>` +
  `<span style="color:#9a9a9a">boilerplate</span></div>`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
}

/**
 * Renders an analysed document as one self-contained HTML page (displaCy's role): the text with
 * entities colour-coded by label (hover: id, canonical name, type), amounts marked with their
 * normalized value and unit, dates and periods with their ISO value (`?` when unresolved), each
 * fact's metric underlined and the facts listed in a table under the text, quotes underlined with a link to the speaker and the cue marked,
 * boilerplate sentences greyed, and a legend. No external assets; everything from the input is
 * escaped, so `<script>` in an article renders as text. Overlapping spans nest properly (a span
 * that crosses another is split into pieces).
 *
 * @example
 * const html = renderDocHtml({ text: "오픈AI가 380억 달러를 쓴다.", sentences: [{ start: 0, end: 18 }],
 *   entities: [{ start: 0, end: 4, text: "오픈AI", label: "ORG", id: "openai", name: "오픈AI", source: "dictionary" }] });
 * // "<!doctype html>…<mark class=\"ent ORG\" data-label=\"ORG\" data-id=\"openai\" …>오픈AI</mark>가 …"
 */
export function renderDocHtml(doc: Doc, options: RenderDocHtmlOptions = {}): string {
  const body = `<style>${STYLE}</style>${LEGEND}${articleOf(doc)}`;
  if (options.fragment) return body;
  return page(options.title ?? (doc?.id !== undefined ? String(doc.id) : "Sinmun"), body);
}

/**
 * Several analysed documents on one page: one style and legend, then each document under a heading
 * with its id (or its position).
 *
 * @example
 * renderDocsHtml([doc1, doc2], { title: "기사 2건" }); // "<!doctype html>…<h2 class=\"sinmun-id\">a1</h2><article …"
 */
export function renderDocsHtml(docs: readonly Doc[], options: RenderDocHtmlOptions = {}): string {
  const articles = docs.map((d, i) => articleOf(d, d?.id !== undefined ? String(d.id) : `#${i + 1}`)).join("");
  const body = `<style>${STYLE}\n.sinmun-id{font:600 14px/1.4 sans-serif;max-width:52em;margin:2em auto .3em;padding:0 1em;color:#555}</style>${LEGEND}${articles}`;
  if (options.fragment) return body;
  return page(options.title ?? `Sinmun — ${docs.length} documents`, body);
}
