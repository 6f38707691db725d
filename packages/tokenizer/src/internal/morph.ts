import type { Token } from "@sinmun/core";

/** One analyser result, offsets relative to the piece it came from (UTF-16). */
export interface Morph {
  start: number;
  end: number;
  /** mecab-ko tag (possibly compound `VV+EP`), or "" for an unknown word (classified later). */
  pos: string;
  semantic: string;
  batchim: string;
  type: string;
  expression: string;
}

const PREDICATES = new Set(["VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"]);
const TYPES = new Set(["Inflect", "Compound", "Preanalysis"]);

/** mecab-ko-dic unk.def classes: Latin → SL, digits → SN, Hanja → SH, Hangul → UNKNOWN, else SY. */
export function unknownPos(surface: string): string {
  let c = surface.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff)) return "SL";
  if (c >= 0x30 && c <= 0x39) return "SN";
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return "SH";
  if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return "UNKNOWN";
  if (c === 0x2e || c === 0x3f || c === 0x21) return "SF";
  return "SY";
}

/** Splits a ko-dic expression `하/VV/*+았/EP/*` into morpheme forms `["하", "았"]`. */
export function expressionForms(expression: string): string[] {
  const out: string[] = [];
  for (const part of expression.split("+")) {
    const slash = part.indexOf("/");
    if (slash > 0) out.push(part.slice(0, slash));
  }
  return out;
}

interface Written {
  /** The morpheme forms joined with "+" (`하+았`); "" when the expression names none (then the surface is the form). */
  form: string;
  /** The stem up to the first predicate morpheme + 다, when the forms and tags line up. */
  lemma?: string;
}
/** {@link Written} by tag and expression: news repeats its words, and ko-dic's analyses are a closed set. */
const writtenCache = new Map<string, Map<string, Written>>();
const WRITTEN_LIMIT = 20_000;
let writtenSize = 0;

/** The written form and lemma of an analysed morph (its expression's morphemes), computed once per tag and expression. */
function writtenForms(pos: string, expression: string, tags: readonly string[]): Written {
  let byExpression = writtenCache.get(pos);
  const known = byExpression?.get(expression);
  if (known !== undefined) return known;
  const forms = expressionForms(expression);
  const w: Written = { form: forms.join("+") };
  const k = tags.length === 1 ? (PREDICATES.has(pos) ? 0 : -1) : tags.findIndex((t) => PREDICATES.has(t));
  if (k >= 0 && forms.length === tags.length) w.lemma = forms.slice(0, k + 1).join("") + "다";
  if (writtenSize >= WRITTEN_LIMIT) {
    writtenCache.clear();
    writtenSize = 0;
  }
  if (byExpression === undefined || !writtenCache.has(pos)) writtenCache.set(pos, (byExpression = new Map()));
  byExpression.set(expression, w);
  writtenSize++;
  return w;
}

/**
 * Builds the public token. `text` is the ORIGINAL text; `offset` moves the morph into it.
 */
export function toToken(text: string, m: Morph, offset: number, source: "system" | "unknown"): Token {
  const start = m.start + offset;
  const end = m.end + offset;
  const surface = text.slice(start, end);
  const unknown = m.pos === "" || m.pos === "UNK";
  const pos = unknown ? unknownPos(surface) : m.pos;
  const tags = pos.includes("+") ? pos.split("+") : [pos];
  const hasExpr = m.expression !== "" && m.expression !== "*";
  const written = hasExpr && (m.type === "Inflect" || m.type === "Preanalysis") ? writtenForms(pos, m.expression, tags) : undefined;
  const token: Token = {
    start,
    end,
    text: surface,
    form: written === undefined || written.form === "" ? surface : written.form,
    pos,
    tags,
    eojeol: 0,
    sentence: 0,
  };
  if (written !== undefined) {
    if (written.lemma !== undefined) token.lemma = written.lemma;
  } else if (tags.length === 1 && PREDICATES.has(pos)) token.lemma = surface + "다";
  if (m.semantic !== "" && m.semantic !== "*") token.semantic = m.semantic;
  if (m.batchim === "T") token.batchim = true;
  else if (m.batchim === "F") token.batchim = false;
  if (TYPES.has(m.type)) token.type = m.type as "Inflect" | "Compound" | "Preanalysis";
  if (hasExpr) token.expression = m.expression;
  token.source = unknown ? "unknown" : source;
  return token;
}
