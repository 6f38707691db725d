import type { Morph } from "./morph";

/**
 * Post-passes over lindera's morphs, each with a named reason. They run on every piece after the
 * 이 repair, look only at the morphs of one eojeol at a time, never call lindera, and never make,
 * drop or move a proper-noun (NNP…) morph, so `properNouns` (which reads NNP morphs only) is
 * unaffected. Linear in the number of morphs.
 */
export function repairMorphs(pieces: readonly string[], out: Morph[][]): void {
  pieces.forEach((piece, pi) => {
    let ms = out[pi] as Morph[];
    if (ms.length === 0) return;
    ms = joinNumbers(piece, ms);
    ms = splitBrackets(piece, ms);
    ms = dropUnspelledPrefix(piece, ms);
    ms = vowelEndings(ms);
    ms = copulaAfterNoun(piece, ms);
    ms = irregularRieul(piece, ms);
    ms = splitVerbs(piece, ms);
    ms = nounBeforeCopula(piece, ms);
    ms = finalDa(piece, ms);
    ms = auxiliaryAfterConnective(piece, ms);
    ms = boundNounAfterModifier(piece, ms);
    ms = determinerGeu(piece, ms);
    out[pi] = ms;
  });
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const jongseong = (c: number): number => (isHangul(c) ? (c - 0xac00) % 28 : 0);
const choseong = (c: number): number => (isHangul(c) ? Math.floor((c - 0xac00) / 588) : -1);
const proper = (m: Morph): boolean => m.pos.startsWith("NNP");
const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);

function morph(start: number, end: number, pos: string, expression = "*", type = "*", batchim = "*"): Morph {
  return { start, end, pos, semantic: "*", batchim, type, expression };
}

/**
 * Numbers written with a decimal point or digit-group commas (`16.2`, `7,780`, `1,234,567.89`):
 * ko-dic's unknown-word classes cut them at every `.` and `,` (16 . 2). A digit run, then any
 * number of `.`/`,` each followed directly by another digit run, is one SN morph.
 */
export function joinNumbers(piece: string, ms: Morph[]): Morph[] {
  if (!/\d[.,]\d/.test(piece)) return ms;
  const out: Morph[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (!isDigit(piece.charCodeAt(m.start)) || !isDigit(piece.charCodeAt(m.end - 1)) || proper(m)) {
      out.push(m);
      continue;
    }
    let end = m.end;
    let j = i;
    for (;;) {
      const sep = ms[j + 1];
      const next = ms[j + 2];
      const c = piece.charCodeAt(end);
      if (sep === undefined || next === undefined || (c !== 0x2e && c !== 0x2c) || sep.start !== end || sep.end !== end + 1 || next.start !== end + 1) break;
      if (!isDigit(piece.charCodeAt(next.start))) break;
      // the next morph may run on past its digits (`2%` is never one morph, but be safe)
      let k = next.start;
      while (k < next.end && isDigit(piece.charCodeAt(k))) k++;
      if (k !== next.end) break;
      end = next.end;
      j += 2;
    }
    out.push(j === i ? m : morph(m.start, end, "SN"));
    i = j;
  }
  return out;
}

const OPENING = "([{<〈《「『【‘“";
const CLOSING = ")]}>〉》」』】’”";
const BRACKET = /['"‘’“”()[\]{}<>〈〉《》「」『』【】]/;

/**
 * A run of symbols that lindera keeps as one unknown word (`㎞)`, `%(`) is cut before and after
 * each bracket or quotation mark, which always stands alone: SSO opening, SSC closing, SY for the
 * straight quotes ' and " (which open or close).
 */
export function splitBrackets(piece: string, ms: Morph[]): Morph[] {
  if (!ms.some((m) => m.end - m.start >= 2 && (m.pos === "" || m.pos === "SY"))) return ms;
  const out: Morph[] = [];
  for (const m of ms) {
    if (m.end - m.start < 2 || (m.pos !== "" && m.pos !== "SY") || !BRACKET.test(piece.slice(m.start, m.end))) {
      out.push(m);
      continue;
    }
    let a = m.start;
    for (let k = m.start; k < m.end; k++) {
      if (!BRACKET.test(piece.charAt(k))) continue;
      if (k > a) out.push({ ...m, start: a, end: k });
      const c = piece.charAt(k);
      out.push({ ...m, start: k, end: k + 1, pos: OPENING.includes(c) ? "SSO" : CLOSING.includes(c) ? "SSC" : "SY" });
      a = k + 1;
    }
    if (a < m.end) out.push({ ...m, start: a, end: m.end });
  }
  return out;
}

interface Part {
  form: string;
  tag: string;
}
const parts = (expression: string): Part[] =>
  expression.split("+").map((p) => {
    const [form = "", tag = ""] = p.split("/");
    return { form, tag };
  });

/**
 * ko-dic analyses some surfaces with morphemes in front that the surface does not spell: the
 * pre-analysed entries `들이` (는/JX + 들/XSN + 이/JKS), `것이` (ᆯ/ETM + 것/NNB + 이/VCP), `지가`
 * (ᆯ지/EC + 가/JKS), `이고` (며칠/NNG + 이/VCP + 고/EC). They stand for a word's tail after a
 * contracted ending and invent a morpheme when the eojeol has none (`사람들이`). The leading
 * morphemes whose form does not start the surface are dropped (never a stem that contracts into
 * the next syllable: `다` = 이/VCP + 다/EF is a real, zero-width copula); when the rest spells the surface
 * exactly, each becomes a morph of its own (들/XSN, 이/JKS). A copula left with no ending (`것이`
 * eojeol-final) is the subject particle 이/JKS.
 */
export function dropUnspelledPrefix(piece: string, ms: Morph[]): Morph[] {
  // most analyses begin with the surface's own first letter: nothing to do
  if (!ms.some((m) => m.expression !== "*" && m.expression !== "" && m.expression.charCodeAt(0) !== piece.charCodeAt(m.start))) return ms;
  const out: Morph[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if ((m.type !== "Preanalysis" && m.type !== "Inflect") || m.expression === "*" || proper(m)) {
      out.push(m);
      continue;
    }
    const surface = piece.slice(m.start, m.end);
    let ps = parts(m.expression);
    if (ps.length === 1) {
      // one morpheme written otherwise (시 → 씨/NNB, 하 → 않/VX): the surface is the form; only a
      // contracted 하/이 (카 = 하) keeps its form
      const p0 = ps[0] as Part;
      if (!spellsStart(surface, p0.form) && !(CONTRACTIBLE.has(p0.tag) && (p0.form === "하" || p0.form === "이"))) out.push({ ...m, expression: "*", type: "*" });
      else out.push(m);
      continue;
    }
    // a leading final-consonant jamo fused to the next syllable's ending (ᆯ지/EC in `지가`)
    const f0 = ps[0] as Part;
    const fused = /^[\u11a8-\u11c2]./.test(f0.form) && spellsStart(surface, f0.form.slice(1));
    if (fused) f0.form = f0.form.slice(1);
    let k = 0;
    while (k < ps.length - 1 && !spellsStart(surface, (ps[k] as Part).form) && !CONTRACTIBLE.has((ps[k] as Part).tag)) k++;
    if (k === 0 && !fused) {
      out.push(m);
      continue;
    }
    ps = ps.slice(k);
    const eojeolEnd = endsEojeol(piece, ms, i);
    const last = ps[ps.length - 1] as Part;
    if (last.tag === "VCP" && last.form === "이" && eojeolEnd) last.tag = "JKS";
    if (ps.map((p) => p.form).join("") === surface) {
      let at = m.start;
      for (const p of ps) {
        out.push(morph(at, at + p.form.length, p.tag, `${p.form}/${p.tag}/*`, "*", jongseong(piece.charCodeAt(at + p.form.length - 1)) ? "T" : "F"));
        at += p.form.length;
      }
    } else {
      out.push({ ...m, pos: ps.map((p) => p.tag).join("+"), expression: ps.map((p) => `${p.form}/${p.tag}/*`).join("+") });
    }
  }
  return out;
}

/** Stems that may be written contracted into the next syllable (`다` = 이+다, `카` = 하): never invented. */
const CONTRACTIBLE = new Set(["VCP", "XSV", "XSA", "VV", "VX", "VA"]);

/** Whether a morpheme form can begin the surface: same first syllable's initial consonant. */
function spellsStart(surface: string, form: string): boolean {
  const s = surface.charCodeAt(0);
  const f = form.charCodeAt(0);
  if (!isHangul(f)) return false; // a bare jamo (ᆯ, ᆫ) is never the first thing written
  return isHangul(s) ? choseong(s) === choseong(f) : s === f;
}

/** Whether morph i is the last of its eojeol but for trailing punctuation and brackets. */
function endsEojeol(piece: string, ms: Morph[], i: number): boolean {
  let end = (ms[i] as Morph).end;
  for (let j = i + 1; j < ms.length; j++) {
    const n = ms[j] as Morph;
    if (n.start !== end) return true;
    const c = piece.charCodeAt(n.start);
    if (isHangul(c) || isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false;
    end = n.end;
  }
  return true;
}

/** Whether morph i directly follows a nominal (or a digit or Latin word) in the same eojeol. */
function afterNominal(piece: string, ms: Morph[], i: number): boolean {
  const prev = ms[i - 1];
  const m = ms[i] as Morph;
  if (prev === undefined || prev.end !== m.start) return false;
  const last = prev.pos.split("+").pop() ?? "";
  if (/^(NNG|NNP|NNB|NNBC|NR|NP|XSN|SN|SL|SH|ETN)$/.test(last)) return true;
  if (prev.pos === "" || prev.pos === "SY" || prev.pos === "SSC") {
    // a closing quote or bracket after a noun: 「'소연'이다」
    const c = piece.charCodeAt(prev.start);
    return !isHangul(c) && i >= 2 && /^(NNG|NNP|NNB|NR|NP|XSN|SN|SL)/.test((ms[i - 2] as Morph).pos);
  }
  return false;
}

/**
 * The copula's endings that lindera's ko-dic (which has no entry 이) offers in its place: the
 * conjunctions 이다/JC, 이며/JC and the unknown words 이었다, 이었는데 … (`계획이다` → 계획 +
 * 이다/JC). After a nominal, at the end of its eojeol, they are the copula 이/VCP with its ending.
 * A data table: the ending after 이 (or 이었) and its tag.
 */
const COPULA_ENDINGS: Readonly<Record<string, string>> = {
  다: "EF", 며: "EC", 고: "EC", 지만: "EC", 라고: "EC", 라는: "ETM", 라서: "EC", 나: "EC", 라: "EC", 면: "EC", 므로: "EC", 어서: "EC", 라며: "EC",
  었다: "EP+EF", 었는데: "EP+EC", 었던: "EP+ETM", 었고: "EP+EC", 었으며: "EP+EC", 었지만: "EP+EC", 었어요: "EP+EF", 었습니다: "EP+EF", 었으나: "EP+EC", 었는데도: "EP+EC+JX",
  에요: "EF", 었다가: "EP+EC", 었을: "EP+ETM", 었기: "EP+ETN",
};

/** `이다/JC` and friends after a nominal, eojeol-final: the copula (see {@link COPULA_ENDINGS}). */
export function copulaAfterNoun(piece: string, ms: Morph[]): Morph[] {
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (piece.charCodeAt(m.start) !== 0xc774 || !(m.pos === "JC" || m.pos === "")) continue;
    const rest = piece.slice(m.start + 1, m.end);
    const tags = COPULA_ENDINGS[rest];
    if (tags === undefined || !endsEojeol(piece, ms, i) || !afterNominal(piece, ms, i)) continue;
    const ts = tags.split("+");
    const forms = rest.startsWith("었") ? ["었", ...(rest.length > 1 ? [rest.slice(1)] : [])] : [rest];
    if (forms.length !== ts.length) {
      if (ts.length !== 3) continue;
      // 었는데도 → 었 + 는데 + 도
      forms.splice(1, 1, rest.slice(1, -1), rest.slice(-1));
    }
    const expression = ["이/VCP/*", ...forms.map((f, k) => `${f}/${ts[k] as string}/*`)].join("+");
    ms[i] = { ...m, pos: ["VCP", ...ts].join("+"), type: "Inflect", expression, batchim: jongseong(piece.charCodeAt(m.end - 1)) ? "T" : "F" };
  }
  return ms;
}

/**
 * ko-dic's `가` before an ending analysed as 갈/VV (the ㄹ-irregular 갈다 "grind", whose ㄹ drops
 * before ㄴ, ㅂ, ㅅ, 오): `가고`, `가는`, `가면` come out as 갈 + ending. In news text that reading is
 * practically never meant; the stem is 가/VV as written (`가다`).
 */
export function irregularRieul(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos !== "VV" || !m.expression.startsWith("갈/VV") || m.end - m.start !== 1 || piece.charCodeAt(m.start) !== 0xac00) continue;
    ms[i] = { ...m, expression: "가/VV/*", type: "*" };
  }
  return ms;
}

/** The morph's last morpheme: form and tag (from the expression, else the surface). */
function lastPart(piece: string, m: Morph): Part {
  if (m.expression !== "*" && m.expression !== "") return parts(m.expression).pop() as Part;
  return { form: piece.slice(m.start, m.end), tag: m.pos };
}

/**
 * A sentence-final `다` (alone or closing a compound, `한다` = 하/VV + ᆫ다/EC) tagged EC by the
 * lattice: at the end of its eojeol, followed by a full stop, a closing quote, a bracket or the
 * end of the text, it ends the sentence: EF (`끝났다."`, `한다"고`).
 */
export function finalDa(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (!m.pos.endsWith("EC") || piece.charCodeAt(m.end - 1) !== 0xb2e4 || !endsEojeol(piece, ms, i)) continue;
    const next = ms[i + 1];
    if (next !== undefined && next.start === m.end && !/^[.!?"'”’)\]」』…]/.test(piece.charAt(next.start))) continue;
    if (next !== undefined && next.start !== m.end) continue; // a space follows: a connective 다 (…하다 말고) is possible
    const pos = m.pos.replace(/EC$/, "EF");
    const expression = m.expression === "*" ? m.expression : m.expression.replace(/\/EC\/\*$/, "/EF/*");
    ms[i] = { ...m, pos, expression };
  }
  return ms;
}

/** Verbs that are auxiliaries after a connective ending, and the endings that take them. */
const AUXILIARIES = new Set(["있", "하", "않", "싶", "주", "보", "버리", "놓", "두", "내", "말", "계시"]);
const CONNECTIVES = new Set(["고", "어", "아", "여", "게", "지", "어야", "아야", "여야", "야", "도록", "어다", "아다"]);
/** Auxiliaries of motion, only after 어/아/여 (`늘어 가는`, `살아 오다`; `가지고 가다` is a main verb). */
const MOTION_AUXILIARIES = new Set(["가", "오"]);
const EO = new Set(["어", "아", "여"]);

/**
 * The auxiliary verb of `하고 있다`, `해야 한다`, `하지 않는다`: the first morpheme of an eojeol is an
 * auxiliary (VX) when it is one of {@link AUXILIARIES} and the eojeol before ends in one of the
 * {@link CONNECTIVES} (EC). ko-dic's lattice sees one eojeol at a time and tags them VV or VA.
 */
export function auxiliaryAfterConnective(piece: string, ms: Morph[]): Morph[] {
  let prevLast: Morph | undefined;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    const first = i === 0 || hasGap(piece, (ms[i - 1] as Morph).end, m.start);
    const prevEnd = first && prevLast !== undefined && prevLast.pos.endsWith("EC") && (m.pos.startsWith("VV") || m.pos.startsWith("VA")) ? lastPart(piece, prevLast) : undefined;
    if (prevEnd !== undefined && prevEnd.tag === "EC" && CONNECTIVES.has(prevEnd.form.replace(/^[\u11a8-\u11c2]/, ""))) {
      const head = m.expression !== "*" && m.expression !== "" ? (parts(m.expression)[0] as Part) : { form: piece.slice(m.start, m.end), tag: m.pos };
      const ec = prevEnd.form.replace(/^[\u11a8-\u11c2]/, "");
      if ((head.tag === "VV" || head.tag === "VA") && (AUXILIARIES.has(head.form) || (MOTION_AUXILIARIES.has(head.form) && EO.has(ec)))) {
        const pos = m.pos.replace(/^V[VA]/, "VX");
        const expression = m.expression === "*" ? m.expression : m.expression.replace(/^([^/]+)\/V[VA]\//, "$1/VX/");
        ms[i] = { ...m, pos, expression };
      }
    }
    const next = ms[i + 1];
    if (next === undefined || hasGap(piece, m.end, next.start)) prevLast = ms[i];
  }
  return ms;
}

function hasGap(piece: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isSpaceCode(piece.charCodeAt(k))) return true;
  return from < to;
}

/**
 * `중이다`, `등이다`, `7개이다` come out as 중이/NNG + 다 (이/VCP + 다/EF): a two-syllable noun X이
 * that ko-dic prefers because it has no 이/VCP, then a zero-width copula. After a syllable with a
 * final consonant the copula is never dropped in writing, so the 이 is the copula's: X stays the
 * noun (NNB after a number: `7개`, `22만원`), and 이 joins the copula morph.
 */
export function nounBeforeCopula(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    const next = ms[i + 1] as Morph;
    if (m.end - m.start !== 2 || !/^NN[GB]$/.test(m.pos) || piece.charCodeAt(m.end - 1) !== 0xc774 || jongseong(piece.charCodeAt(m.start)) === 0) continue;
    if (next.start !== m.end || !next.pos.startsWith("VCP") || !next.expression.startsWith("이/VCP") || piece.charCodeAt(next.start) === 0xc774) continue;
    const prev = ms[i - 1];
    const pos = prev !== undefined && prev.end === m.start && (prev.pos === "SN" || prev.pos === "NR") ? "NNB" : m.pos;
    ms[i] = { ...m, end: m.end - 1, pos, expression: "*", type: "*", batchim: "T" };
    ms[i + 1] = { ...next, start: next.start - 1, type: "Inflect" };
  }
  return ms;
}

/**
 * Verbs whose stem ko-dic's lattice cuts into a noun and a shorter verb (`끝났다` → 끝/NNG +
 * 났/VV+EP, read as 끝 + 나다). A list, as lexicon data: each entry is the noun's syllables and the
 * verb stem they begin.
 */
const SPLIT_VERBS: ReadonlyArray<readonly [string, string]> = [["끝", "끝나"]];

/** Joins a noun and the verb after it back into one of {@link SPLIT_VERBS} (`끝났` = 끝나/VV + 았/EP). */
export function splitVerbs(piece: string, ms: Morph[]): Morph[] {
  if (!SPLIT_VERBS.some(([noun]) => piece.includes(noun))) return ms;
  const out: Morph[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    const next = ms[i + 1];
    const entry = m.pos === "NNG" && next !== undefined && next.start === m.end && next.pos.startsWith("VV") ? SPLIT_VERBS.find(([noun]) => noun === piece.slice(m.start, m.end)) : undefined;
    if (entry === undefined || next === undefined) {
      out.push(m);
      continue;
    }
    const ps = next.expression !== "*" && next.expression !== "" ? parts(next.expression) : [{ form: piece.slice(next.start, next.end), tag: next.pos }];
    const stem = ps[0] as Part;
    if (entry[0] + stem.form !== entry[1]) {
      out.push(m);
      continue;
    }
    stem.form = entry[1];
    out.push({ ...next, start: m.start, type: "Inflect", expression: ps.map((p) => `${p.form}/${p.tag}/*`).join("+") });
    i++;
  }
  return out;
}

/** Dependent nouns that follow a modifier ending (`할 수 있다`, `간 데`, `할 줄`). */
const BOUND_NOUNS = new Set(["수", "데", "줄", "바", "리", "터", "채", "뿐", "지", "적", "듯"]);

/**
 * `할 수 있다`: ko-dic's lattice, one eojeol at a time, prefers 수/NNG ("number", "water"), but after
 * an eojeol ending in a modifier ending (ETM) an eojeol-initial {@link BOUND_NOUNS} noun is the
 * dependent noun NNB.
 */
export function boundNounAfterModifier(piece: string, ms: Morph[]): Morph[] {
  let prevEtm = false;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    const first = i === 0 || hasGap(piece, (ms[i - 1] as Morph).end, m.start);
    if (first && prevEtm && m.pos === "NNG" && BOUND_NOUNS.has(piece.slice(m.start, m.end))) ms[i] = { ...m, pos: "NNB" };
    const next = ms[i + 1];
    if (next === undefined || hasGap(piece, m.end, next.start)) prevEtm = m.pos.endsWith("ETM");
  }
  return ms;
}

/**
 * `그` standing alone before a word is the determiner ("that": `그 회사`), which the lattice (one
 * eojeol at a time) tags as the interjection IC. Followed by a comma or nothing it stays IC.
 */
export function determinerGeu(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    const next = ms[i + 1] as Morph;
    if (m.pos !== "IC" || m.end - m.start !== 1 || piece.charCodeAt(m.start) !== 0xadf8) continue;
    if (i > 0 && !hasGap(piece, (ms[i - 1] as Morph).end, m.start)) continue;
    if (!hasGap(piece, m.end, next.start) || !isHangul(piece.charCodeAt(next.start))) continue;
    ms[i] = { ...m, pos: "MM" };
  }
  return ms;
}

const JONG_COMPAT = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

/** `ㅓ서` → `어서`, `ㅏㅆ` → `았`, `ㅕ` → `여`: a bare vowel jamo (with a final consonant jamo after it) as a syllable with ㅇ. */
function spellVowel(form: string): string {
  const c = form.charCodeAt(0);
  const v = c >= 0x314f && c <= 0x3163 ? c - 0x314f : c >= 0x1161 && c <= 0x1175 ? c - 0x1161 : -1;
  if (v < 0) return form;
  let jong = 0;
  let rest = form.slice(1);
  const j = JONG_COMPAT.indexOf(rest.charAt(0));
  if (rest.length > 0 && j >= 0) {
    jong = j + 1;
    rest = rest.slice(1);
  }
  return String.fromCharCode(0xac00 + 11 * 588 + v * 28 + jong) + rest;
}

/**
 * ko-dic writes the ending of a contracted verb form from a bare vowel (`줘` = 주/VX + ㅓ/EF, `샀`
 * = 사/VV + ㅏㅆ/EP, `의해서` = 의하 + ㅕ서/EC): a morpheme no text ever spells. The ending is
 * written as the syllable it stands for (어, 았, 여서), as mecab-ko-dic's other entries and the Sejong
 * corpus write it.
 */
export function vowelEndings(ms: Morph[]): Morph[] {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.expression === "*" || m.expression === "" || !/[\u314f-\u3163\u1161-\u1175]/.test(m.expression)) continue;
    const ps = parts(m.expression);
    let changed = false;
    for (const p of ps) {
      const f = spellVowel(p.form);
      if (f !== p.form) {
        p.form = f;
        changed = true;
      }
    }
    if (changed) ms[i] = { ...m, expression: ps.map((p) => `${p.form}/${p.tag}/*`).join("+") };
  }
  return ms;
}
