import type { Doc, Range } from "./types";

/** One broken invariant, with the path of the offending span (e.g. `quotes[2].speaker`). */
export interface Violation {
  path: string;
  message: string;
}

const LAYERS = ["sentences", "tokens", "entities", "amounts", "quotes", "dates", "facts"] as const;
/** The spans inside a fact (its own span is the evidence sentence). */
const FACT_PARTS = ["subject", "metric", "value", "period", "source", "counterparty", "duration"] as const;

function checkRange(text: string, path: string, span: unknown, out: Violation[]): void {
  if (span === null || span === undefined) return;
  if (typeof span !== "object") {
    out.push({ path, message: `expected a span object, got ${typeof span}` });
    return;
  }
  const s = span as Partial<Range> & { text?: unknown };
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    out.push({ path, message: `expected integer start/end, got ${String(start)}..${String(end)}` });
    return;
  }
  if ((start as number) < 0 || (start as number) > (end as number) || (end as number) > text.length) {
    out.push({ path, message: `expected 0 <= start <= end <= ${text.length}, got ${start}..${end}` });
    return;
  }
  if ("text" in s && s.text !== undefined) {
    const actual = text.slice(start, end);
    if (s.text !== actual) {
      out.push({
        path,
        message: `expected text.slice(${start}, ${end}) === span.text, got ${JSON.stringify(actual)} vs ${JSON.stringify(s.text)}`,
      });
    }
  }
}

/** Values that survive `JSON.parse(JSON.stringify(x))` unchanged: no NaN/Infinity, undefined, BigInt, class instances. */
function checkJson(value: unknown, path: string, out: Violation[]): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push({ path, message: `expected a lossless JSON round-trip, got ${value}` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkJson(v, `${path}[${i}]`, out));
    return;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) checkJson(v, path ? `${path}.${k}` : k, out);
    return;
  }
  out.push({ path, message: `expected a lossless JSON round-trip, got ${typeof value}` });
}

/**
 * Checks the invariants every Sinmun result must keep: spans inside the text,
 * `text.slice(start, end) === span.text`, each layer sorted by (start, end), nested spans
 * (quote content, speaker, speakers, source, cue; a fact's subject, metric, value, period, source,
 * counterparty, duration and change) inside the text, amount change links that point
 * into the same array, and a lossless JSON round-trip.
 * Returns every violation found; an empty list means the document is valid.
 *
 * @example
 * checkDoc({ text: "삼성전자가", sentences: [{ start: 0, end: 5 }],
 *            entities: [{ start: 0, end: 4, text: "삼성전자", label: "ORG", id: "samsung-electronics", name: "삼성전자", source: "dictionary" }] });
 * // → []
 */
export function checkDoc(doc: Doc): Violation[] {
  const out: Violation[] = [];
  if (typeof doc?.text !== "string") {
    return [{ path: "text", message: `expected a string, got ${typeof doc?.text}` }];
  }
  const { text } = doc;
  for (const layer of LAYERS) {
    const spans = doc[layer] as unknown;
    if (spans === undefined) continue;
    if (!Array.isArray(spans)) {
      out.push({ path: layer, message: `expected an array, got ${typeof spans}` });
      continue;
    }
    let prev: Range | undefined;
    spans.forEach((span: Range & Record<string, unknown>, i: number) => {
      const path = `${layer}[${i}]`;
      checkRange(text, path, span, out);
      if (layer === "quotes") {
        for (const inner of ["content", "speaker", "cue", "source"] as const) {
          checkRange(text, `${path}.${inner}`, span[inner], out);
        }
        const speakers = span["speakers"];
        if (Array.isArray(speakers)) speakers.forEach((sp: unknown, j: number) => checkRange(text, `${path}.speakers[${j}]`, sp, out));
      }
      if (layer === "facts") {
        for (const inner of FACT_PARTS) checkRange(text, `${path}.${inner}`, span[inner], out);
        const change = span["change"] as { by?: unknown } | null | undefined;
        if (change && typeof change === "object") checkRange(text, `${path}.change.by`, change.by, out);
      }
      if (layer === "amounts" && span["change"] !== undefined) {
        // A change links two amounts of the same array: from < to, both carrying the same link.
        const c = span["change"] as { from?: unknown; to?: unknown } | null;
        const ok = c !== null && typeof c === "object" && Number.isInteger(c.from) && Number.isInteger(c.to) && (c.from as number) < (c.to as number)
          && (c.from === i || c.to === i) && (c.to as number) < spans.length;
        if (!ok) out.push({ path: `${path}.change`, message: `expected { from, to } indices of this array with from < to and this amount one of them, got ${JSON.stringify(c)}` });
      }
      if (prev && (span.start < prev.start || (span.start === prev.start && span.end < prev.end))) {
        out.push({ path, message: `expected spans sorted by (start, end), got ${span.start}..${span.end} after ${prev.start}..${prev.end}` });
      }
      prev = span;
    });
  }
  checkJson(doc, "", out);
  return out;
}

/**
 * Throws (with every violation listed) when `checkDoc` finds a problem. For tests.
 *
 * @example
 * assertDoc({ text: "원", sentences: [{ start: 0, end: 1 }] }); // passes
 */
export function assertDoc(doc: Doc): void {
  const violations = checkDoc(doc);
  if (violations.length > 0) {
    const lines = violations.slice(0, 20).map((v) => `  ${v.path}: ${v.message}`);
    throw new Error(`@sinmun/core: document invariants broken:\n${lines.join("\n")}`);
  }
}
