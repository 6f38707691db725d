import type { Morph } from "./morph";

/**
 * Post-passes over lindera's morphs, each with a named reason. They run on every piece after the
 * 이 repair, look only at the morphs of one eojeol at a time, never call lindera, and never make,
 * drop or move a proper-noun (NNP…) morph, so `properNouns` (which reads NNP morphs only) is
 * unaffected — but for {@link copulaFromProperNoun}, which the `properNouns` path runs as well.
 * Linear in the number of morphs.
 */
export function repairMorphs(pieces: readonly string[], out: Morph[][]): void {
  pieces.forEach((piece, pi) => {
    let ms = out[pi] as Morph[];
    if (ms.length === 0) return;
    ms = copulaFromProperNoun(piece, ms);
    ms = joinNumbers(piece, ms);
    ms = webAddress(piece, ms);
    ms = splitBrackets(piece, ms);
    ms = hanjaWord(piece, ms);
    ms = ellipsis(piece, ms);
    ms = dropUnspelledPrefix(piece, ms);
    ms = dropUnspelledSuffix(piece, ms);
    ms = vowelEndings(ms);
    ms = copulaAfterNoun(piece, ms);
    ms = particleIAfterMark(piece, ms);
    ms = irregularRieul(piece, ms);
    ms = stemAsWritten(piece, ms);
    ms = uninflectedAsWritten(piece, ms);
    ms = pronounParts(piece, ms);
    ms = sejongForms(piece, ms);
    ms = verbGaAtStart(piece, ms);
    ms = splitVerbs(piece, ms);
    ms = nounBeforeCopula(piece, ms);
    ms = finalDa(piece, ms);
    ms = elidedVowel(piece, ms);
    ms = auxiliaryAfterConnective(piece, ms);
    ms = boundNounAfterModifier(piece, ms);
    ms = determinerGeu(piece, ms);
    ms = numeralDeterminer(piece, ms);
    ms = jeonAfterNominal(piece, ms);
    ms = geotContraction(piece, ms);
    ms = pronounI(piece, ms);
    ms = boundNounAfterNominal(piece, ms);
    ms = counterAfterNumber(piece, ms);
    ms = complementBeforeAnida(piece, ms);
    ms = conjunctiveHajiman(piece, ms);
    ms = comitativeWaGwa(piece, ms);
    ms = standaloneWords(piece, ms);
    ms = suffixHaAfterObject(piece, ms);
    ms = endingSeyo(piece, ms);
    ms = freeNouns(piece, ms);
    ms = copulaAfterJeok(piece, ms);
    ms = bareAdverbHomograph(piece, ms);
    ms = compoundPredicates(piece, ms);
    ms = suffixHaAfterAdverb(piece, ms);
    ms = verbsInEohada(piece, ms);
    ms = adjectiveKeuda(piece, ms);
    ms = endingAtWordStart(piece, ms);
    ms = interjectionInWord(piece, ms);
    ms = connectiveBeforeNoun(piece, ms);
    ms = suffixAtWordStart(piece, ms);
    ms = adverbInWord(piece, ms);
    ms = demonstrativeDeterminer(piece, ms);
    ms = ordinalJe(piece, ms);
    ms = pronounNaSeo(piece, ms);
    ms = determinerTa(piece, ms);
    ms = copulaAtWordStart(piece, ms);
    ms = idiomDeulda(piece, ms);
    ms = modifierBeforeNoun(piece, ms);
    ms = particleAtWordStart(piece, ms);
    ms = genitiveInWord(piece, ms);
    ms = endingByPunctuation(piece, ms);
    ms = numeralBeforeNoun(piece, ms);
    ms = bareStemAtEnd(piece, ms);
    ms = auxiliaryNaAfterGo(piece, ms);
    out[pi] = ms;
  });
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const jongseong = (c: number): number => (isHangul(c) ? (c - 0xac00) % 28 : 0);
const choseong = (c: number): number => (isHangul(c) ? Math.floor((c - 0xac00) / 588) : -1);
const proper = (m: Morph): boolean => m.pos.startsWith("NNP");

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
const BRACKET = /['"‘’“”()[\]{}<>〈〉《》「」『』【】,]/;

/**
 * A run of symbols that lindera keeps as one unknown word (`㎞)`, `%(`, `%,`) is cut before and after
 * each bracket, quotation mark or comma, which always stands alone: SSO opening, SSC closing, SY for
 * the straight quotes ' and " (which open or close), SC for the comma.
 */
export function splitBrackets(piece: string, ms: Morph[]): Morph[] {
  if (!BRACKET.test(piece) || !ms.some((m) => m.end - m.start >= 2 && (m.pos === "" || m.pos === "SY") && BRACKET.test(piece.slice(m.start, m.end)))) return ms;
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
      out.push({ ...m, start: k, end: k + 1, pos: OPENING.includes(c) ? "SSO" : CLOSING.includes(c) ? "SSC" : c === "," ? "SC" : "SY" });
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
/** Parsed expressions: news repeats its words, and the passes read the same expression several times. */
const parsed = new Map<string, readonly Part[]>();
/** A ko-dic expression's morphemes (`하/VV/*+았/EP/*` → 하/VV, 았/EP), shared and read-only: most passes only look. */
const view = (expression: string): readonly Readonly<Part>[] => {
  let ps = parsed.get(expression);
  if (ps === undefined) {
    ps = expression.split("+").map((p) => {
      const [form = "", tag = ""] = p.split("/");
      return { form, tag };
    });
    if (parsed.size > 20_000) parsed.clear();
    parsed.set(expression, ps);
  }
  return ps;
};
/** {@link view} as fresh objects the caller may change. */
const parts = (expression: string): Part[] => view(expression).map((p) => ({ form: p.form, tag: p.tag }));

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
  // an analysis whose first morpheme spells the surface's first syllable (same initial consonant:
  // 했 = 하 + 았) has nothing in front to drop, and most analyses are such
  const unspelled = (m: Morph): boolean => (m.type === "Preanalysis" || m.type === "Inflect") && m.expression !== "*" && !startsAlike(piece.charCodeAt(m.start), m.expression.charCodeAt(0));
  if (!ms.some(unspelled)) return ms;
  const out: Morph[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (!unspelled(m) || proper(m)) {
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
    const only = ps[0] as Part;
    if (ps.length === 1 && !spellsStart(surface, only.form) && !CONTRACTIBLE.has(only.tag)) {
      // nothing left that the surface spells (`만` read as ᆻ + 지만): the surface is the form
      out.push({ ...m, pos: only.tag, expression: "*", type: "*" });
      continue;
    }
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
const spellsStart = (surface: string, form: string): boolean => startsAlike(surface.charCodeAt(0), form.charCodeAt(0));

/** {@link spellsStart} on the first characters: a bare jamo (ᆯ, ᆫ) is never the first thing written. */
function startsAlike(s: number, f: number): boolean {
  if (!isHangul(f)) return false;
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
  const last = lastTag(piece, prev);
  if (/^(NNG|NNP|NNB|NNBC|NR|NP|XSN|SN|SL|SH|ETN)$/.test(last)) return true;
  if (prev.pos === "" || prev.pos === "SY" || prev.pos === "SSC") {
    // a closing quote or bracket after a noun: 「'소연'이다」
    const c = piece.charCodeAt(prev.start);
    return !isHangul(c) && i >= 2 && /^(NNG|NNP|NNB|NR|NP|XSN|SN|SL|SH)/.test(((ms[i - 2] as Morph).pos.startsWith("NNP") ? "NNP" : lastTag(piece, ms[i - 2])));
  }
  return false;
}

/**
 * The copula's endings that lindera's ko-dic (which has no entry 이) offers in its place: the
 * conjunctions 이다/JC, 이며/JC, the unknown words 이었다, 이었는데 …, and words that merely begin with
 * 이 (이에/NNG + 요, 이네/NP + 요, 이라는/ETM, 이고/JKQ, 이면/NNG) (`계획이다` → 계획 + 이다/JC). After a
 * nominal, running to the end of its eojeol, they are the copula 이/VCP with its ending. A data table:
 * the ending after 이, as `form/TAG` morphemes. Not 이나 (`책이나 연필`: the particle) nor 이자
 * (`대출이자`: the noun "interest").
 */
const COPULA_ENDINGS: Readonly<Record<string, string>> = {
  다: "다/EF", 며: "며/EC", 고: "고/EC", 지만: "지만/EC", 라고: "라고/EC", 라는: "라는/ETM", 라서: "라서/EC", 라: "라/EC", 면: "면/EC", 므로: "므로/EC", 어서: "어서/EC", 라며: "라며/EC", 라면: "라면/EC", 라도: "라도/EC", 기: "기/ETN", 긴: "기/ETN+ᆫ/JX", 기도: "기/ETN+도/JX", 거나: "거나/EC", 든: "든/EC", 든지: "든지/EC",
  신: "시/EP+ᆫ/ETM", 지: "지/EC", 에요: "에요/EF", 네요: "네요/EF", 네: "네/EF", 라는데: "라는데/EC", 랄까: "랄까/EC", 라니: "라니/EC", 라면서: "라면서/EC", 죠: "죠/EF", 지요: "지요/EF", 구: "구/EC",
  었다: "었/EP+다/EF", 었는데: "었/EP+는데/EC", 었던: "었/EP+던/ETM", 었고: "었/EP+고/EC", 었으며: "었/EP+으며/EC", 었지만: "었/EP+지만/EC", 었어요: "었/EP+어요/EF", 었습니다: "었/EP+습니다/EF", 었으나: "었/EP+으나/EC", 었는데도: "었/EP+는데/EC+도/JX",
  었다가: "었/EP+다가/EC", 었을: "었/EP+을/ETM", 었기: "었/EP+기/ETN", 었으면: "었/EP+으면/EC", 었다고: "었/EP+다고/EC", 었다는: "었/EP+다는/ETM", 었죠: "었/EP+죠/EF",
};

/**
 * `이다/JC` and friends after a nominal, to the end of the eojeol (possibly several morphs, none a
 * proper noun): the copula (see {@link COPULA_ENDINGS}).
 */
export function copulaAfterNoun(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("이")) return ms;
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (piece.charCodeAt(m.start) !== 0xc774 || (ms[i - 1] as Morph).end !== m.start || proper(m) || m.pos.startsWith("VCP") || (m.pos === "JKS" && m.end - m.start === 1)) continue;
    // the honorific copula read as a verb 이시다: `사장님이시고` → 이시/VV + 고
    if (piece.slice(m.start, m.end) === "이시" && m.pos === "VV" && afterNominal(piece, ms, i)) {
      ms[i] = { ...m, pos: "VCP+EP", type: "Inflect", expression: "이/VCP/*+시/EP/*" };
      continue;
    }
    // the morphs to the end of the eojeol, before trailing punctuation
    let j = i;
    while (j + 1 < ms.length && (ms[j + 1] as Morph).start === (ms[j] as Morph).end && isHangul(piece.charCodeAt((ms[j + 1] as Morph).start)) && !proper(ms[j + 1] as Morph)) j++;
    if (!endsEojeol(piece, ms, j) || !afterNominal(piece, ms, i)) continue;
    const last = ms[j] as Morph;
    const rest = piece.slice(m.start + 1, last.end);
    const ending = COPULA_ENDINGS[rest];
    if (ending === undefined) continue;
    // `"…"이라고 말했다`, `소령(Major)이라고 불렀다`: after a closing quotation mark or bracket 이라고 is
    // the quotative particle JKQ
    if (rest === "라고" && /^['"’”」』)\]]$/.test(piece.charAt(m.start - 1))) continue;
    const expression = `이/VCP/*+${ending.split("+").map((p) => `${p}/*`).join("+")}`;
    const pos = ["VCP", ...ending.split("+").map((p) => p.split("/")[1] as string)].join("+");
    ms.splice(i, j - i + 1, { ...m, end: last.end, pos, type: "Inflect", expression, semantic: "*", batchim: jongseong(piece.charCodeAt(last.end - 1)) ? "T" : "F" });
  }
  return ms;
}

/**
 * ko-dic's `가` before an ending analysed as 갈/VV (the ㄹ-irregular 갈다 "grind", whose ㄹ drops
 * before ㄴ, ㅂ, ㅅ, 오): `가고`, `가는`, `가면` come out as 갈 + ending. In news text that reading is
 * practically never meant; the stem is 가/VV as written (`가다`).
 */
export function irregularRieul(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("가")) return ms;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos !== "VV" || !m.expression.startsWith("갈/VV") || m.end - m.start !== 1 || piece.charCodeAt(m.start) !== 0xac00) continue;
    ms[i] = { ...m, expression: "가/VV/*", type: "*" };
  }
  return ms;
}

/**
 * A sentence-final `다` (alone or closing a compound, `한다` = 하/VV + ᆫ다/EC) tagged EC by the
 * lattice: at the end of its eojeol, followed by a full stop, a closing quote, a bracket or the
 * end of the text, it ends the sentence: EF (`끝났다."`, `한다"고`).
 */
export function finalDa(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("다")) return ms;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (piece.charCodeAt(m.end - 1) !== 0xb2e4 || !m.pos.endsWith("EC") || !endsEojeol(piece, ms, i)) continue;
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

/** Endings after which only 하 is an auxiliary: intention (`하려고 한다`) and habit (`가곤 한다`). */
const HA_CONNECTIVES = new Set(["려", "려고", "으려", "으려고", "곤"]);
/** Auxiliaries that have no main-verb use: VX wherever they stand. */
const ONLY_AUXILIARY = new Set(["싶", "않"]);

/** A morph's first morpheme: its expression's first (the shared parse), else its surface and tag. */
function headPart(piece: string, m: Morph): Readonly<Part> {
  return m.expression === "*" || m.expression === "" ? { form: piece.slice(m.start, m.end), tag: m.pos } : (view(m.expression)[0] as Part);
}

/** The morphemes of the eojeol `[a, b]`, in order (each morph's expression, else its surface and tag). */
function eojeolParts(piece: string, ms: readonly Morph[], a: number, b: number): Part[] {
  const out: Part[] = [];
  for (let k = a; k <= b; k++) {
    const m = ms[k] as Morph;
    if (m.expression !== "*" && m.expression !== "") out.push(...view(m.expression));
    else out.push({ form: piece.slice(m.start, m.end), tag: m.pos });
  }
  return out;
}

/** The last two morphemes of the eojeol `[a, b]` (fewer if it has fewer), in order. */
function tailParts(piece: string, ms: readonly Morph[], a: number, b: number): Part[] {
  const out: Part[] = [];
  for (let k = b; k >= a && out.length < 2; k--) {
    const m = ms[k] as Morph;
    const ps = m.expression !== "*" && m.expression !== "" ? view(m.expression) : [{ form: piece.slice(m.start, m.end), tag: m.pos }];
    out.unshift(...ps.slice(Math.max(0, ps.length - (2 - out.length))));
  }
  return out;
}

/**
 * The auxiliary verb of `하고 있다`, `해야 한다`, `하지 않는다`: the first morpheme of an eojeol is an
 * auxiliary (VX) when it is one of {@link AUXILIARIES} and the eojeol before ends in one of the
 * {@link CONNECTIVES} (EC), also with 만 after it (`해야만 한다`). ko-dic's lattice sees one eojeol at
 * a time and tags them VV or VA. 하 is also the auxiliary after {@link HA_CONNECTIVES} and after a
 * clause nominalised with 기 and a particle (`하기도 한다`, `크기는 하다`). Conversely, an
 * eojeol-initial VX with no connective ending before it (`영향을 주려고`, `선물을 준`) is the main verb
 * VV: an auxiliary needs the connective of the verb it helps.
 */
export function auxiliaryAfterConnective(piece: string, ms: Morph[]): Morph[] {
  for (let a = 0; a < ms.length; a++) {
    const m = ms[a] as Morph;
    const p1 = m.pos.charCodeAt(1);
    if (m.pos.charCodeAt(0) !== 0x56 || (p1 !== 0x56 && p1 !== 0x41 && p1 !== 0x58) || (a > 0 && !hasGap(piece, (ms[a - 1] as Morph).end, m.start))) continue;
    const head = headPart(piece, m);
    // only these heads can change: an auxiliary's verb, 하, or a VX
    if (head.tag !== "VX" && !AUXILIARIES.has(head.form) && !MOTION_AUXILIARIES.has(head.form)) continue;
    // the previous eojeol's last morph is ms[a - 1]; its first, the start of that eojeol
    let pa = a - 1;
    while (pa > 0 && !hasGap(piece, (ms[pa - 1] as Morph).end, (ms[pa] as Morph).start)) pa--;
    const prev = a > 0 ? tailParts(piece, ms, pa, a - 1) : [];
    const last = prev[prev.length - 1];
    const before = prev[prev.length - 2];
    const strip = (p: Part | undefined): string => (p === undefined ? "" : p.form.replace(/^[\u11a8-\u11c2]/, ""));
    const ec = last?.tag === "EC" ? strip(last) : last?.tag === "JX" && strip(last) === "만" && before?.tag === "EC" && /^[어아여]?야$/.test(strip(before)) ? strip(before) : undefined;
    let aux = false;
    if (ec !== undefined) aux = (CONNECTIVES.has(ec) && (AUXILIARIES.has(head.form) || (MOTION_AUXILIARIES.has(head.form) && EO.has(ec)))) || (head.form === "하" && HA_CONNECTIVES.has(ec));
    else if (head.form === "하" && last?.tag === "JX" && /^(도|는|만|ᆫ)$/.test(strip(last) || last.form) && before?.tag === "ETN" && before.form === "기") aux = true;
    if (aux && (head.tag === "VV" || head.tag === "VA")) {
      ms[a] = { ...m, pos: m.pos.replace(/^V[VA]/, "VX"), expression: m.expression === "*" ? m.expression : m.expression.replace(/^([^/]+)\/V[VA]\//, "$1/VX/") };
    } else if (!aux && head.tag === "VX" && !ONLY_AUXILIARY.has(head.form) && last?.tag !== "EC" && last?.tag !== "JX") {
      ms[a] = { ...m, pos: m.pos.replace(/^VX/, "VV"), expression: m.expression === "*" ? m.expression : m.expression.replace(/^([^/]+)\/VX\//, "$1/VV/") };
    }
  }
  return ms;
}

/**
 * Whether something stands between two morphs: every character that is not white space belongs to
 * a morph, so a gap between them is white space, an eojeol boundary (the old loop looking for a
 * space in it returned `from < to` either way).
 */
function hasGap(_piece: string, from: number, to: number): boolean {
  return from < to;
}

/**
 * `중이다`, `등이다`, `7개이다` come out as 중이/NNG + 다 (이/VCP + 다/EF), and `곡이었다` as 곡이/NNG +
 * 었/EP (a past tense with no predicate): a two-syllable noun (or numeral) X이
 * that ko-dic prefers because it has no 이/VCP, then a zero-width copula. After a syllable with a
 * final consonant the copula is never dropped in writing, so the 이 is the copula's: X stays the
 * noun (NNB after a number: `7개`, `22만원`), and 이 joins the copula morph.
 */
export function nounBeforeCopula(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("이")) return ms;
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    const next = ms[i + 1] as Morph;
    if (piece.charCodeAt(m.end - 1) !== 0xc774 || m.end - m.start !== 2 || next.start !== m.end || (m.pos !== "NNG" && m.pos !== "NNB" && m.pos !== "NR") || jongseong(piece.charCodeAt(m.start)) === 0) continue;
    const zeroCopula = next.pos.startsWith("VCP") && next.expression.startsWith("이/VCP") && piece.charCodeAt(next.start) !== 0xc774;
    // `곡이었다` → 곡이/NNG + 었/EP: the past tense straight after a noun needs the copula before it
    const past = next.pos.startsWith("EP") && piece.charCodeAt(next.start) === 0xc5c8; // 었
    if (!zeroCopula && !past) continue;
    const prev = ms[i - 1];
    const pos = prev !== undefined && prev.end === m.start && /^(SN|NR)$/.test(lastTag(piece, prev)) ? "NNB" : m.pos === "NR" ? "NNG" : m.pos;
    ms[i] = { ...m, end: m.end - 1, pos, expression: "*", type: "*", batchim: "T" };
    if (zeroCopula) ms[i + 1] = { ...next, start: next.start - 1, type: "Inflect" };
    else {
      const rest = next.expression !== "*" && next.expression !== "" ? next.expression : `${piece.slice(next.start, next.end)}/${next.pos}/*`;
      ms[i + 1] = { ...next, start: next.start - 1, pos: `VCP+${next.pos}`, type: "Inflect", expression: `이/VCP/*+${rest}` };
    }
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

/** Particles that may follow a dependent noun inside its eojeol (`할 수도 있다`, `할 수는 없다`), with their tags. */
const BOUND_NOUN_PARTICLES: Readonly<Record<string, string>> = { 도: "JX", 는: "JX", 만: "JX", 가: "JKS", 를: "JKO", 밖에: "JX", 조차: "JX", 마저: "JX" };

/**
 * `할 수 있다`: ko-dic's lattice, one eojeol at a time, prefers 수/NNG ("number", "water"), but after
 * an eojeol ending in a modifier ending (ETM) an eojeol-initial {@link BOUND_NOUNS} noun is the
 * dependent noun NNB. The same noun with a particle read as one common noun (`할 수도 있다` → 수도/NNG
 * "capital") is cut into NNB + the particle ({@link BOUND_NOUN_PARTICLES}).
 */
/** Particles after a bound noun, with whether they follow a final consonant (이, 을, 은) or a vowel (가, 를, 는). */
const BOUND_PARTICLE_AFTER: Readonly<Record<string, readonly [string, boolean]>> = { 이: ["JKS", true], 가: ["JKS", false], 을: ["JKO", true], 를: ["JKO", false], 은: ["JX", true], 는: ["JX", false] };
/** Bound nouns that are also an ending or a particle: after a modifier, as words of their own, the nouns. */
const AFTER_MODIFIER = new Set(["듯", "만큼", "대로", "뿐"]);
export function boundNounAfterModifier(piece: string, ms: Morph[]): Morph[] {
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i] as Morph;
    // every case below stands after a modifier ending (ETM) that ends the eojeol before
    const prior = ms[i - 1] as Morph;
    if (prior.end === m.start || !prior.pos.endsWith("ETM")) continue;
    // an ending or particle cannot begin an eojeol: after a modifier, `듯`, `만큼`, `대로`, `뿐` standing
    // as a word of their own (`좋을 듯`, `않을 만큼`) are the bound nouns, not -듯/EC or 만큼/JKB
    if (/^(EC|JKB|JX)$/.test(m.pos) && AFTER_MODIFIER.has(piece.slice(m.start, m.end)) && (ms[i - 1] as Morph).pos.endsWith("ETM") && hasGap(piece, (ms[i - 1] as Morph).end, m.start)) {
      ms[i] = { ...m, pos: "NNB", expression: "*", type: "*" };
      continue;
    }
    // a bound noun the lattice read as a verb's modifier form or an adverb (`할 줄 알았다` ≠ 주 + ㄹ,
    // `본 적이 없다` ≠ 적이/MAG, `할 바를` ≠ 바르 + ㄹ): after a modifier a noun stands, with its particle
    if (/^(V[VAX]\+ETM|MAG)$/.test(m.pos) && (ms[i - 1] as Morph).pos.endsWith("ETM") && hasGap(piece, (ms[i - 1] as Morph).end, m.start)) {
      const next = ms[i + 1];
      const alone = next === undefined || hasGap(piece, m.end, next.start) || !isHangul(piece.charCodeAt(next.start));
      const word = piece.slice(m.start, m.end);
      const noun = word.charAt(0);
      const particle = BOUND_PARTICLE_AFTER[word.slice(1)];
      if (alone && m.pos !== "MAG" && BOUND_NOUNS.has(word)) {
        ms[i] = { ...m, pos: "NNB", expression: "*", type: "*" };
        continue;
      }
      if (alone && word.length >= 2 && BOUND_NOUNS.has(noun) && particle !== undefined && (jongseong(piece.charCodeAt(m.start)) !== 0) === particle[1]) {
        ms.splice(i, 1, morph(m.start, m.start + 1, "NNB", "*", "*", particle[1] ? "T" : "F"), morph(m.start + 1, m.end, particle[0], "*", "*", jongseong(piece.charCodeAt(m.end - 1)) ? "T" : "F"));
        i++;
        continue;
      }
    }
    if (m.pos !== "NNG") continue;
    const prev = ms[i - 1] as Morph;
    if (!prev.pos.endsWith("ETM") || !hasGap(piece, prev.end, m.start)) continue;
    const word = piece.slice(m.start, m.end);
    if (BOUND_NOUNS.has(word)) {
      ms[i] = { ...m, pos: "NNB" };
      continue;
    }
    const tag = BOUND_NOUN_PARTICLES[word.slice(1)];
    const next = ms[i + 1];
    if (BOUND_NOUNS.has(word.charAt(0)) && tag !== undefined && (next === undefined || hasGap(piece, m.end, next.start) || !isHangul(piece.charCodeAt(next.start)))) {
      ms.splice(i, 1, morph(m.start, m.start + 1, "NNB", "*", "*", jongseong(piece.charCodeAt(m.start)) ? "T" : "F"), morph(m.start + 1, m.end, tag, "*", "*", jongseong(piece.charCodeAt(m.end - 1)) ? "T" : "F"));
      i++;
    }
  }
  return ms;
}

/**
 * `그` standing alone before a word is the determiner ("that": `그 회사`), which the lattice (one
 * eojeol at a time) tags as the interjection IC. Followed by a comma or nothing it stays IC.
 */
export function determinerGeu(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("그")) return ms;
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

/** Whether morph i begins its eojeol: white space (or nothing) stands between it and the morph before. */
const startsEojeol = (ms: readonly Morph[], i: number): boolean => i === 0 || (ms[i - 1] as Morph).end < (ms[i] as Morph).start;
/** Whether morph i ends its eojeol: white space (or nothing) follows it before the next morph. */
const endsWord = (ms: readonly Morph[], i: number): boolean => i === ms.length - 1 || (ms[i + 1] as Morph).start > (ms[i] as Morph).end;
/** The index of the last morph of the eojeol that morph i is in. */
function wordEnd(ms: readonly Morph[], i: number): number {
  let b = i;
  while (b + 1 < ms.length && (ms[b + 1] as Morph).start === (ms[b] as Morph).end) b++;
  return b;
}

/** The eojeols of a piece's morphs: `[first, last]` index ranges of morphs with no space between them. */
function eojeolRanges(piece: string, ms: readonly Morph[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (let i = 0; i < ms.length; i++) {
    const next = ms[i + 1];
    if (next === undefined || hasGap(piece, (ms[i] as Morph).end, next.start)) {
      out.push([first, i]);
      first = i + 1;
    }
  }
  return out;
}

/** The eojeol's text: from its first morph's start to its last morph's end. */
const eojeolText = (piece: string, ms: readonly Morph[], [a, b]: [number, number]): string => piece.slice((ms[a] as Morph).start, (ms[b] as Morph).end);

/**
 * The last tag of a morph's analysis (`VV+EP` → EP); an unknown word by its first character's class
 * as the tokens will carry it (digits SN, Latin SL, Hanja SH), else "".
 */
function lastTag(piece: string, m: Morph | undefined): string {
  if (m === undefined) return "";
  if (m.pos === "" || m.pos === "UNK") {
    const c = piece.charCodeAt(m.start);
    return isDigit(c) ? "SN" : (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? "SL" : isHanja(c) ? "SH" : "";
  }
  const plus = m.pos.lastIndexOf("+");
  return plus < 0 ? m.pos : m.pos.slice(plus + 1);
}

/** Whether any morph of the range is a proper noun (then the repairs leave the eojeol alone). */
const anyProper = (ms: readonly Morph[], [a, b]: [number, number]): boolean => ms.slice(a, b + 1).some(proper);

const NOMINAL_END = /^(NNG|NNP|NNB|NNBC|NR|NP|XSN|SN|SL|SH|ETN|MM)$/;

/**
 * The native numeral determiners, `다른` ("other") and the determiners 새 ("new"), 헌, 옛, 모든, 온갖 — a
 * closed class — standing alone before a word (`두 사람`, `몇 년`, `여러 곳`, `한 명`, `다른 회사`,
 * `새 모델`): the lattice, one eojeol at a time, reads them as 두/JX, 하/XSA + ㄴ/ETM (a suffix with no
 * stem), 다르/VA + ㄴ/ETM, 새/NNG ("bird"). Before another word they are MM,
 * as Sejong tags them. `한` after an object (`일을 한 사람`) is the verb 하다's modifier: 하/VV + ㄴ/ETM.
 */
const NUMERAL_DETERMINERS = new Set(["한", "두", "세", "네", "몇", "여러", "다른", "새", "헌", "옛", "모든", "온갖"]);
/** The numeral determiners among them: a unit noun may follow (`한 번`, `몇 명`). */
const NUMERAL_WORDS = new Set(["한", "두", "세", "네", "몇", "여러"]);

export function numeralDeterminer(piece: string, ms: Morph[]): Morph[] {
  if (!/(^|\s)(한|두|세|네|몇|여러|다른|새|헌|옛|모든|온갖)\s/.test(piece)) return ms;
  const es = eojeolRanges(piece, ms);
  for (let k = es.length - 2; k >= 0; k--) {
    const e = es[k] as [number, number];
    const word = eojeolText(piece, ms, e);
    if (!NUMERAL_DETERMINERS.has(word) || anyProper(ms, e)) continue;
    const next = ms[(es[k + 1] as [number, number])[0]] as Morph;
    if (!isHangul(piece.charCodeAt(next.start)) && !isDigit(piece.charCodeAt(next.start))) continue;
    const [a, b] = e;
    const m = ms[a] as Morph;
    if (word === "한") {
      const prev = k > 0 ? lastTag(piece, ms[(es[k - 1] as [number, number])[1]]) : "";
      if (prev === "JKO") {
        // 하다's modifier; never the suffix XSA/XSV with no stem before it
        if (a === b && /^XS[AV]\+ETM$/.test(m.pos)) ms[a] = { ...m, pos: "VV+ETM", expression: m.expression.replace(/\/XS[AV]\//, "/VV/") };
        continue;
      }
    }
    if (a === b && m.pos === "MM") continue;
    ms.splice(a, b - a + 1, morph(m.start, (ms[b] as Morph).end, "MM", "*", "*", jongseong(piece.charCodeAt((ms[b] as Morph).end - 1)) ? "T" : "F"));
  }
  return ms;
}

/**
 * `3년 전`, `출시 전`: an eojeol `전` after a nominal is the noun 전 ("before"); the lattice reads it as
 * the colloquial contraction 저/NP + ㄴ/JX ("as for me"), which news prose writes `저는`.
 */
export function jeonAfterNominal(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("전")) return ms;
  for (let a = 1; a < ms.length; a++) {
    const m = ms[a] as Morph;
    if (piece.charCodeAt(m.start) !== 0xc804 || m.end - m.start !== 1 || m.pos !== "NP+JX" || !startsEojeol(ms, a)) continue;
    if (!NOMINAL_END.test(lastTag(piece, ms[a - 1]))) continue;
    ms[a] = morph(m.start, m.end, "NNG", "*", "*", "T");
  }
  return ms;
}

/**
 * `하는 게 좋다`: after a modifier ending (ETM), an eojeol `게` is the contraction of the bound noun
 * 것 and the subject particle 이 (것이 → 게), which the lattice reads as the connective ending 게/EC.
 * One token, `form` 것+이, tags NNB + JKS. Likewise `하는 건` = 것 + ㄴ (은), NNB + JX.
 */
export function geotContraction(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("게") && !piece.includes("건")) return ms;
  // an eojeol after another: its first morph
  for (let a = 1; a < ms.length; a++) {
    const m = ms[a] as Morph;
    const c = piece.charCodeAt(m.start);
    if (m.end - m.start !== 1 || (c !== 0xac8c && c !== 0xac74) || m.pos !== "EC" || !startsEojeol(ms, a)) continue;
    const after = ms[a + 1];
    if (after !== undefined && after.start === m.end && isHangul(piece.charCodeAt(after.start))) continue;
    if (lastTag(piece, ms[a - 1]) !== "ETM") continue;
    ms[a] = c === 0xac8c ? morph(m.start, m.end, "NNB+JKS", "것/NNB/*+이/JKS/*", "Preanalysis", "F") : morph(m.start, m.end, "NNB+JX", "것/NNB/*+ᆫ/JX/*", "Preanalysis", "T");
  }
  return ms;
}

/**
 * Case particles and 는/도 that follow the pronoun 이 ("this") in an eojeol of their own. Not 의 (`이의`
 * is also the noun "objection") nor 만.
 */
const PARTICLES_AFTER_I: Readonly<Record<string, string>> = {
  를: "JKO", 에: "JKB", 와: "JKB", 로: "JKB", 로써: "JKB", 로서: "JKB", 에게: "JKB", 에서: "JKB", 처럼: "JKB", 보다: "JKB", 는: "JX", 도: "JX", 에도: "JKB+JX",
};

/**
 * `이를 위해`, `이에 따라`, `이와 함께`: an eojeol of the pronoun 이 ("this") and a particle. lindera's
 * ko-dic has no entry 이 (see the 이 repair), so it reads 이르/VV + ㄹ/ETM or the noun 이에. The
 * eojeol becomes 이/NP + the particle (a data table of the particles).
 */
export function pronounI(piece: string, ms: Morph[]): Morph[] {
  if (!/(^|\s)이[를에와로는도보처]/.test(piece)) return ms;
  const es = eojeolRanges(piece, ms);
  for (let k = es.length - 1; k >= 0; k--) {
    const e = es[k] as [number, number];
    const [a] = e;
    let b = e[1];
    while (b > a && !isHangul(piece.charCodeAt((ms[b] as Morph).start))) b--;
    const start = (ms[a] as Morph).start;
    if (piece.charCodeAt(start) !== 0xc774 || anyProper(ms, e)) continue;
    const rest = piece.slice(start + 1, (ms[b] as Morph).end);
    const tags = PARTICLES_AFTER_I[rest];
    if (tags === undefined) continue;
    const ts = tags.split("+");
    const forms = ts.length === 1 ? [rest] : [rest.slice(0, -1), rest.slice(-1)];
    const repl = [morph(start, start + 1, "NP", "*", "*", "F")];
    let at = start + 1;
    forms.forEach((f, i) => {
      repl.push(morph(at, at + f.length, ts[i] as string, "*", "*", jongseong(piece.charCodeAt(at + f.length - 1)) ? "T" : "F"));
      at += f.length;
    });
    ms.splice(a, b - a + 1, ...repl);
  }
  return ms;
}

/**
 * Bound nouns that the lattice (one eojeol at a time) reads as their common-noun homographs when they
 * begin an eojeol: `사과, 배 등이` (등 "etc." after a noun phrase, not 등/NNG "back"). A data table: the
 * noun, what must end the eojeol before it, and the tag it takes. Unit nouns: {@link counterAfterNumber}.
 */
const BOUND_AFTER: ReadonlyArray<readonly [string, RegExp, string]> = [["등", /^(NNG|NNP|NNB|NNBC|NR|NP|XSN|SN|SL|SH|ETN)$/, "NNB"]];

/**
 * Unit nouns (단위성 의존 명사), a closed class: after a number they count it (`3만 명`, `5천 대가`,
 * `10회`, `100만 달러`). ko-dic's lattice reads several as common nouns (명 "name", 대 "generation",
 * 회 "raw fish", 점 "dot", 대가 "price") when the number is another eojeol or the 이 repair reanalyses them.
 */
const COUNTERS = new Set(["명", "개", "대", "회", "번", "차례", "건", "가지", "편", "권", "장", "채", "척", "마리", "점", "호", "원", "달러", "엔", "위안", "유로", "주", "톤", "배럴", "개국", "개월"]);

const COUNTER_LIST = [...COUNTERS];
/** The first syllables of the unit nouns: a morph that begins otherwise is none of them, whole or with a particle. */
const COUNTER_INITIALS = new Set(COUNTER_LIST.map((c) => c.charCodeAt(0)));
/** Particles a unit noun may carry inside its eojeol (`대가`, `명의`, `원에`). */
const COUNTER_PARTICLES: Readonly<Record<string, string>> = { ...BOUND_NOUN_PARTICLES, 의: "JKG", 에: "JKB", 을: "JKO", 이: "JKS", 은: "JX", 씩: "XSN" };

/** Whether morph i follows a number: a digit run or numeral (SN, NR), or one with 여 "and more" after it (`9만여 명`). */
function afterNumber(piece: string, ms: readonly Morph[], i: number): boolean {
  const prev = ms[i - 1];
  if (prev === undefined) return false;
  const tag = lastTag(piece, prev);
  if (tag === "SN" || tag === "NR") return true;
  // a numeral determiner standing before it: 한 번, 두 명, 몇 개, 여러 차례
  if (tag === "MM" && NUMERAL_WORDS.has(piece.slice(prev.start, prev.end)) && hasGap(piece, prev.end, (ms[i] as Morph).start)) return true;
  return tag === "XSN" && piece.slice(prev.start, prev.end) === "여" && i >= 2 && /^(SN|NR)$/.test(lastTag(piece, ms[i - 2]));
}

/** After a number (in the eojeol or ending the one before), a {@link COUNTERS} noun is NNBC; fused with a particle (`대가`) it is cut. */
export function counterAfterNumber(piece: string, ms: Morph[]): Morph[] {
  if (!/[0-9만천억조십백한두세네몇여러]/.test(piece)) return ms;
  for (let i = ms.length - 1; i > 0; i--) {
    const m = ms[i] as Morph;
    const c = piece.charCodeAt(m.start);
    // `1990년대`: 년 + 대/XSN is the one unit noun 년대 ("decade")
    if (c === 0xb300 /* 대 */ && m.pos === "XSN" && m.end - m.start === 1 && piece.slice((ms[i - 1] as Morph).start, (ms[i - 1] as Morph).end) === "년" && (ms[i - 1] as Morph).end === m.start && /^NNB/.test((ms[i - 1] as Morph).pos) && /^(SN|NR)$/.test(lastTag(piece, ms[i - 2]))) {
      ms.splice(i - 1, 2, morph((ms[i - 1] as Morph).start, m.end, "NNBC", "*", "*", "F"));
      continue;
    }
    // a counter read as a verb's modifier form after a number (`한 번` → 벌 + ㄴ "earned")
    // every other case is a unit noun, alone or with a particle
    if (!COUNTER_INITIALS.has(c)) continue;
    if ((m.pos === "VV+ETM" || m.pos === "VA+ETM") && COUNTERS.has(piece.slice(m.start, m.end)) && afterNumber(piece, ms, i)) {
      ms[i] = { ...m, pos: "NNBC", expression: "*", type: "*" };
      continue;
    }
    // a counter read as a verb stem with a modifier ending after a number (`한 번은` → 벌 + 은, `두 개는`
    // → 개 + 는): a number counts a noun, so the stem is the counter and the "ending" its particle
    const etm = ms[i + 1];
    if ((m.pos === "VV" || m.pos === "VA") && etm !== undefined && etm.start === m.end && etm.pos === "ETM" && COUNTERS.has(piece.slice(m.start, m.end)) && endsEojeol(piece, ms, i + 1) && afterNumber(piece, ms, i)) {
      const particle = { 은: "JX", 는: "JX", 을: "JKO", 를: "JKO" }[piece.slice(etm.start, etm.end)];
      if (particle !== undefined) {
        ms[i] = { ...m, pos: "NNBC", expression: "*", type: "*" };
        ms[i + 1] = { ...etm, pos: particle, expression: "*", type: "*" };
        continue;
      }
    }
    if (m.pos !== "NNG" || !afterNumber(piece, ms, i)) continue;
    const word = piece.slice(m.start, m.end);
    const next = ms[i + 1];
    if (COUNTERS.has(word)) ms[i] = { ...m, pos: "NNBC" };
    else if (next === undefined || next.start !== m.end || !isHangul(piece.charCodeAt(next.start))) {
      const split = word.length < 2 ? undefined : COUNTER_LIST.find((c) => word.length > c.length && word.startsWith(c) && COUNTER_PARTICLES[word.slice(c.length)] !== undefined);
      if (split !== undefined) {
        const at = m.start + split.length;
        ms.splice(i, 1, morph(m.start, at, "NNBC", "*", "*", jongseong(piece.charCodeAt(at - 1)) ? "T" : "F"), morph(at, m.end, COUNTER_PARTICLES[word.slice(split.length)] as string, "*", "*", jongseong(piece.charCodeAt(m.end - 1)) ? "T" : "F"));
      }
    }
  }
  return ms;
}

export function boundNounAfterNominal(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("등")) return ms;
  for (let a = 1; a < ms.length; a++) {
    const m = ms[a] as Morph;
    if (m.pos !== "NNG" || !startsEojeol(ms, a)) continue;
    const entry = BOUND_AFTER.find(([noun]) => noun === piece.slice(m.start, m.end));
    if (entry === undefined || !entry[1].test(lastTag(piece, ms[a - 1]))) continue;
    ms[a] = { ...m, pos: entry[2] };
  }
  return ms;
}

/**
 * The complement particle: `이`/`가` before 아니다 (`사실이 아니다`) is 보격 조사 JKC in the Sejong
 * guidelines, not the subject particle JKS that the lattice gives every 이/가. The guidelines say the
 * same before 되다 (`기준이 된다`), but UD Korean GSD tags that 이/가 JKS far more often than JKC, so
 * it is left as JKS.
 */
export function complementBeforeAnida(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("아")) return ms; // 아니다, 아닌, 아닙니다 …
  for (let b = 0; b + 1 < ms.length; b++) {
    const m = ms[b] as Morph;
    const c = piece.charCodeAt(m.start);
    if ((c !== 0xc774 && c !== 0xac00) || m.end - m.start !== 1 || m.pos !== "JKS") continue;
    // the first morph of the next eojeol
    const next = ms[b + 1] as Morph;
    if (next.start === m.end) continue;
    const head = headPart(piece, next);
    if (!(head.form === "아니" && head.tag === "VCN")) continue;
    ms[b] = { ...m, pos: "JKC", expression: m.expression === "*" ? "*" : m.expression.replace("/JKS/", "/JKC/") };
  }
  return ms;
}

/**
 * `하지만` opening a sentence is the conjunctive adverb (MAJ, "however"), not 하/VV + 지만/EC: with no
 * clause before it in the sentence there is nothing for a connective ending to join.
 */
export function conjunctiveHajiman(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("하지만")) return ms;
  const es = eojeolRanges(piece, ms);
  for (let k = es.length - 1; k >= 0; k--) {
    const [a, b0] = es[k] as [number, number];
    let b = b0;
    while (b > a && !isHangul(piece.charCodeAt((ms[b] as Morph).start))) b--;
    const start = (ms[a] as Morph).start;
    if (piece.slice(start, (ms[b] as Morph).end) !== "하지만" || anyProper(ms, [a, b])) continue;
    if (k > 0 && !/^(SF|SSC|SY)$/.test(lastTag(piece, ms[(es[k - 1] as [number, number])[1]]))) continue;
    if (k > 0 && lastTag(piece, ms[(es[k - 1] as [number, number])[1]]) !== "SF" && !/[.!?]["'”’」』)]*$/.test(eojeolText(piece, ms, es[k - 1] as [number, number]))) continue;
    ms.splice(a, b - a + 1, morph(start, start + 3, "MAJ", "*", "*", "T"));
  }
  return ms;
}

/**
 * 와/과 ending an eojeol is the coordinating particle JC when a noun phrase follows (`삼성과 LG`), but
 * the comitative/comparative case particle JKB when the next eojeol is a predicate or an adverb
 * (`정부와 협력한다`, `그와 함께`, `작년과 달리`): nothing is coordinated there. The lattice, one eojeol at
 * a time, mostly says JC; where it says JKB before a noun phrase (`인도와 파키스탄이`), that is JC.
 */
export function comitativeWaGwa(piece: string, ms: Morph[]): Morph[] {
  if (!/[와과]\s/.test(piece)) return ms;
  // 와/과 ending an eojeol, after something in it, with another eojeol after it
  for (let b = 1; b + 1 < ms.length; b++) {
    const m = ms[b] as Morph;
    const c = piece.charCodeAt(m.start);
    if ((c !== 0xc640 && c !== 0xacfc) || m.end - m.start !== 1 || (m.pos !== "JC" && m.pos !== "JKB") || !endsWord(ms, b) || startsEojeol(ms, b)) continue;
    const next = eojeolParts(piece, ms, b + 1, wordEnd(ms, b + 1));
    const first = next[0] as Part;
    if (m.pos === "JKB") {
      // the other way: before a noun phrase (a noun, with or without particles, and no predicate in
      // it: `인도와 파키스탄이`) 와/과 coordinates, JC; after a pronoun (`그와 인사를 나눴다`) the
      // comitative is the common reading and ko-dic's JKB stays
      const nounPhrase = /^(NNG|NNP|NNB|NNBC|NR|NP|SN|SL|SH)$/.test(first.tag) && next.every((p) => /^(NNG|NNP|NNB|NNBC|NR|NP|SN|SL|SH|XSN|XPN|J[A-Z]+|S[A-Z])$/.test(p.tag));
      if (nounPhrase && lastTag(piece, ms[b - 1]) !== "NP") ms[b] = { ...m, pos: "JC", expression: m.expression === "*" ? "*" : m.expression.replace("/JKB/", "/JC/") };
      continue;
    }
    if (first.tag === "MAG" || next.some((p) => /^(VV|VA|VX|XSV|XSA)$/.test(p.tag))) ms[b] = { ...m, pos: "JKB", expression: m.expression === "*" ? "*" : m.expression.replace("/JC/", "/JKB/") };
  }
  return ms;
}

/** Vowels after which 아/어 of an ending is not written (가+아서 → 가서, 서+어서 → 서서, 보내+어서 → 보내서). */
const ELIDING_VOWELS = new Set([0, 1, 4, 5, 6]); // ㅏ ㅐ ㅓ ㅔ ㅕ
/** The endings that begin with 아/어, as the lattice leaves them after such a stem: 서, 야, 야지, 도. */
const ELIDED_ENDINGS = new Set(["서", "야", "야지", "야만"]);

/**
 * Vowel elision (동모음 탈락): after a verb or adjective stem ending in ㅏ, ㅓ, ㅐ, ㅔ or ㅕ, the 아/어
 * of the endings 아서, 아야, 아야지 is not written (`가서` = 가 + 아서, `떠나야` = 떠나 + 아야). The
 * lattice gives the stem, then an ending 서/EC or 야/EF that does not exist. The two become one
 * token whose morphemes are the stem and the full ending (아 after ㅏ, else 어), as ko-dic writes
 * its own entries (`커서` = 크+어서, `해서` = 하+아서) and the Sejong corpus writes them; 야 is EC.
 */
export function elidedVowel(piece: string, ms: Morph[]): Morph[] {
  if (!/[서야]/.test(piece)) return ms;
  const out: Morph[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    const next = ms[i + 1];
    const c = piece.charCodeAt(m.end - 1);
    if (next === undefined || next.start !== m.end || !/^(VV|VA|VX)$/.test(m.pos) || !isHangul(c) || jongseong(c) !== 0 || !ELIDING_VOWELS.has(Math.floor(((c - 0xac00) % 588) / 28))) {
      out.push(m);
      continue;
    }
    const ending = piece.slice(next.start, next.end);
    if (!ELIDED_ENDINGS.has(ending) || !/^E[CF]$/.test(next.pos) || (next.expression !== "*" && next.expression !== "" && next.expression.split("+").length > 1)) {
      out.push(m);
      continue;
    }
    const vowel = Math.floor(((c - 0xac00) % 588) / 28) === 0 ? "아" : "어";
    const stem = headPart(piece, m).form;
    const tag = ending === "야만" ? "EC+JX" : "EC";
    const forms = ending === "야만" ? [`${vowel}야`, "만"] : [vowel + ending];
    const expression = [`${stem}/${m.pos}/*`, ...forms.map((f, k) => `${f}/${tag.split("+")[k] as string}/*`)].join("+");
    out.push({ ...m, end: next.end, pos: `${m.pos}+${tag}`, type: "Inflect", expression, batchim: "F" });
    i++;
  }
  return out;
}

const isHanja = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const allHanja = (s: string): boolean => {
  for (let k = 0; k < s.length; k++) if (!isHanja(s.charCodeAt(k))) return false;
  return s.length > 0;
};

/**
 * A word written in Hanja (`靑巖`, `部落祭`, usually a gloss in brackets after its Hangul) is one SH
 * morph, as the Sejong tagset writes Hanja: ko-dic reads its characters one by one as nouns,
 * suffixes or SH, or finds a Hanja noun entry (淵源/NNG). Consecutive Hanja morphs with nothing
 * between them become one SH (never a proper noun's; unknown characters stay unknown, classified SH).
 */
export function hanjaWord(piece: string, ms: Morph[]): Morph[] {
  if (!/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(piece)) return ms;
  const out: Morph[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (!allHanja(piece.slice(m.start, m.end)) || proper(m)) {
      out.push(m);
      continue;
    }
    let j = i;
    while (j + 1 < ms.length && (ms[j + 1] as Morph).start === (ms[j] as Morph).end && !proper(ms[j + 1] as Morph) && allHanja(piece.slice((ms[j + 1] as Morph).start, (ms[j + 1] as Morph).end))) j++;
    // one character stays as it was; a run of unknown characters stays unknown (classified SH later)
    const unknown = ms.slice(i, j + 1).every((x) => x.pos === "" || x.pos === "UNK");
    out.push(j === i && (unknown || m.pos === "SH") ? m : morph(m.start, (ms[j] as Morph).end, unknown ? "" : "SH"));
    i = j;
  }
  return out;
}

/** Three or more full stops in a row (`...`) are the ellipsis mark SE, one morph, not so many sentence ends SF (two stay SF). */
export function ellipsis(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("..")) return ms;
  const out: Morph[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    const dots = (x: Morph | undefined): boolean => x !== undefined && /^\.+$/.test(piece.slice(x.start, x.end)) && !proper(x);
    if (!dots(m)) {
      out.push(m);
      continue;
    }
    let j = i;
    while (j + 1 < ms.length && (ms[j + 1] as Morph).start === (ms[j] as Morph).end && dots(ms[j + 1])) j++;
    const end = (ms[j] as Morph).end;
    if (end - m.start >= 3) out.push(morph(m.start, end, "SE"));
    else out.push(...ms.slice(i, j + 1));
    i = j;
  }
  return out;
}

const URL_CHAR = /^[A-Za-z0-9.\-_/:@~%?=&#+]+$/;
/** A web address or e-mail: letters or digits, a dot, then a top-level domain of letters (optionally a path). */
const WEB_ADDRESS = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?[A-Za-z0-9_-]+(?:[.@][A-Za-z0-9_-]+)*\.[A-Za-z]{2,}(?:\/[A-Za-z0-9._~%?=&#/-]*)?$/;

/**
 * A web address or e-mail address (`www.example.com`, `e-gima.com`, `ir@example.co.kr`) is one
 * foreign word SL: ko-dic cuts it at every `.`, `-`, `/` into Latin words and sentence ends.
 */
export function webAddress(piece: string, ms: Morph[]): Morph[] {
  if (!/[A-Za-z0-9][.@][A-Za-z]/.test(piece)) return ms;
  const out: Morph[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    const ok = (x: Morph | undefined): boolean => x !== undefined && !proper(x) && URL_CHAR.test(piece.slice(x.start, x.end));
    if (!ok(m) || !/[A-Za-z0-9]/.test(piece.charAt(m.start))) {
      out.push(m);
      continue;
    }
    let j = i;
    while (j + 1 < ms.length && (ms[j + 1] as Morph).start === (ms[j] as Morph).end && ok(ms[j + 1])) j++;
    // the longest prefix of the run that is an address (a full stop may end the sentence after it)
    let k = j;
    while (k > i && !WEB_ADDRESS.test(piece.slice(m.start, (ms[k] as Morph).end))) k--;
    if (k > i) {
      out.push(morph(m.start, (ms[k] as Morph).end, "SL"));
      i = k;
    } else out.push(m);
  }
  return out;
}

/**
 * Stems written as they are when the ending after them cannot cause the irregular change ko-dic
 * assumes: the ㄹ of 날다/빌다/알다 drops only before ㄴ, ㅂ, ㅅ, ㄹ and 오 (`나면`, `비게` are 나다,
 * 비다), and 알 + ㄴ fuses into one syllable, so `안` before a separate consonant-initial ending
 * (`안고`) is 안다; the ㄷ of 듣다/걷다 becomes ㄹ only before a vowel (`들고` is 들다). When the next
 * morph of the eojeol begins otherwise, the stem's form is its surface.
 */
/** Final-consonant changes of irregular stems, `form>surface` as jongseong indexes (ㄹ 8, ㄷ 7, ㅂ 17, ㅅ 19, ㅎ 27, ㄴ 4, none 0). */
const IRREGULAR_FINALS = new Set(["8>0", "7>8", "17>0", "19>0", "27>0", "8>4", "8>17", "27>4", "27>17", "27>8", "0>4", "0>8", "0>17", "0>20"]);

export function stemAsWritten(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    const next = ms[i + 1] as Morph;
    // both cases: a bare stem (VV, VA, VX) analysed, with its ending in the next morph
    if (m.pos.length !== 2 || m.pos.charCodeAt(0) !== 0x56 || next.start !== m.end || m.expression === "*" || m.expression === "") continue;
    const p1 = m.pos.charCodeAt(1);
    // a longer stem whose one morpheme ko-dic writes otherwise (가리키 as 가르키, 재미있 as 재밌): an
    // irregular change touches only a stem's last syllable, and a contraction is not the written form;
    // when the stem's syllables before the last differ, or the form is shorter, the form is the surface
    if (m.end - m.start >= 2 && (p1 === 0x56 || p1 === 0x41)) {
      const ps = view(m.expression);
      const f = (ps[0] as Part).form;
      const w = piece.slice(m.start, m.end);
      if (ps.length === 1 && f !== w && /^[가-힣]+$/.test(w) && (f.length < w.length || (f.length === w.length && f.slice(0, -1) !== w.slice(0, -1)))) {
        ms[i] = { ...m, expression: `${w}/${m.pos}/*`, type: "*" };
        continue;
      }
    }
    if (m.end - m.start !== 1 || (p1 !== 0x56 && p1 !== 0x41 && p1 !== 0x58)) continue;
    const ps = view(m.expression);
    if (ps.length !== 1) continue;
    const f = (ps[0] as Part).form;
    const s = piece.charCodeAt(m.start);
    const fc = f.charCodeAt(f.length - 1);
    if (f.length !== 1 || !isHangul(s) || !isHangul(fc) || fc === s || fc - jongseong(fc) !== s - jongseong(s)) continue;
    const n = piece.charCodeAt(next.start);
    if (!isHangul(n)) continue;
    const ni = choseong(n);
    const RIEUL = 8, DIGEUT = 7, NIEUN = 4;
    let asWritten = false;
    // ㄹ-drop: 날 → 나 before ㄴ(2) ㅂ(7) ㅅ(9) ㄹ(5) or 오
    if (jongseong(fc) === RIEUL && jongseong(s) === 0) asWritten = ![2, 5, 7, 9].includes(ni) && n !== 0xc624;
    // ㄷ → ㄹ before a vowel (ㅇ, 11)
    else if (jongseong(fc) === DIGEUT && jongseong(s) === RIEUL) asWritten = ni !== 11;
    // 알 written 안 with a consonant-initial ending in a morph of its own: the ㄴ is not a fused ending
    else if (jongseong(fc) === RIEUL && jongseong(s) === NIEUN) asWritten = ni !== 11;
    // a ㄹ read as a fused modifier ending (날 = 나 + ᆯ) before a vowel-initial ending in a morph of its
    // own (`날았다`, `살아`): a modifier ending takes no ending after it, so the ㄹ is the stem's
    else if (jongseong(fc) === 0 && jongseong(s) === RIEUL && ni === 11) asWritten = true;
    // no irregular verb changes its final consonant into another this way (`말았다` read as 맡 + 았):
    // only ㄹ, ㄷ, ㅂ, ㅅ, ㅎ change, into nothing, ㄹ (ㄷ), or a fused ending's ㄴ/ㅂ (ㄹ, ㅎ)
    else if (!IRREGULAR_FINALS.has(`${jongseong(fc)}>${jongseong(s)}`)) asWritten = true;
    if (asWritten) ms[i] = { ...m, expression: `${piece.charAt(m.start)}/${m.pos}/*`, type: "*" };
  }
  return ms;
}

/**
 * Words that do not inflect (nouns, pronouns, numerals, determiners, adverbs, interjections) are
 * written as they are: where ko-dic's entry gives another form of the same length (제 for `저`,
 * 이거 for `이것`, 몰론 for `물론` — a slip in its data), or an adverb in a fuller spelling (끝내어 for
 * `끝내`), the form is the surface.
 */
const UNINFLECTED = new Set(["NNG", "NNB", "NNBC", "NR", "NP", "MM", "MAG", "MAJ", "IC"]);
export function uninflectedAsWritten(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.expression === "*" || m.expression === "" || !UNINFLECTED.has(m.pos)) continue;
    const surface = piece.slice(m.start, m.end);
    if (m.expression.startsWith(surface) && m.expression.charCodeAt(surface.length) === 0x2f) continue; // written as is
    const ps = view(m.expression);
    // same length (제 for 저), or an adverb ko-dic writes in full (끝내어 for `끝내`): the surface
    if (ps.length === 1 && (ps[0] as Part).form !== surface && ((ps[0] as Part).form.length === surface.length || m.pos === "MAG")) ms[i] = { ...m, expression: "*", type: "*" };
  }
  return ms;
}

/**
 * A particle cannot begin an eojeol: `가` read as the subject particle 가/JKS at the start of an
 * eojeol (`가 보니`, `가봤다`) is the verb 가다 with its connective 아 elided (가 + 아), and a 보 after it
 * is the auxiliary (VX).
 */
export function verbGaAtStart(piece: string, ms: Morph[]): Morph[] {
  if (!/(^|\s)가/.test(piece)) return ms;
  for (let a = 0; a < ms.length; a++) {
    const m = ms[a] as Morph;
    if (m.pos !== "JKS" || m.end - m.start !== 1 || piece.charCodeAt(m.start) !== 0xac00 || !startsEojeol(ms, a)) continue;
    ms[a] = { ...m, pos: "VV+EC", type: "Inflect", expression: "가/VV/*+아/EC/*", batchim: "F" };
    const next = ms[a + 1];
    if (next !== undefined && next.start === m.end && next.pos.startsWith("VV") && (next.expression === "*" || next.expression.startsWith("보/VV"))) {
      if (piece.charCodeAt(next.start) === 0xbcf4 || piece.charCodeAt(next.start) === 0xbd24 || piece.charCodeAt(next.start) === 0xbd10 || piece.charCodeAt(next.start) === 0xbcf8)
        ms[a + 1] = { ...next, pos: next.pos.replace(/^VV/, "VX"), expression: next.expression === "*" ? "*" : next.expression.replace(/^보\/VV\//, "보/VX/") };
    }
  }
  return ms;
}

/**
 * The 이 repair (lindera's ko-dic has no entry 이) also where a quotation mark or bracket stands
 * between the noun and 이: `'휴머니즘'이`, `연원(淵源)이` leave 이 an unknown word. After a closing mark
 * that follows a nominal, at the end of its eojeol, it is the subject particle 이/JKS; after an
 * opening mark, before another word (`"이 회사`), the determiner 이/MM.
 */
export function particleIAfterMark(piece: string, ms: Morph[]): Morph[] {
  if (!/[^가-힣\s]이/.test(piece)) return ms;
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i] as Morph;
    const prev = ms[i - 1] as Morph;
    if (m.end - m.start !== 1 || piece.charCodeAt(m.start) !== 0xc774 || !(m.pos === "" || m.pos === "UNKNOWN") || prev.end !== m.start) continue;
    const mark = piece.charAt(prev.start);
    if (prev.end - prev.start !== 1 || isHangul(piece.charCodeAt(prev.start))) continue;
    const next = ms[i + 1];
    const eojeolEnd = next === undefined || next.start !== m.end || !isHangul(piece.charCodeAt(next.start));
    if (CLOSING.includes(mark) || mark === "'" || mark === '"') {
      // a closing mark: the word before it is a nominal (straight quotes close when a word precedes them)
      if (eojeolEnd && afterNominal(piece, ms, i) && (CLOSING.includes(mark) || (i >= 2 && (ms[i - 2] as Morph).end === prev.start))) {
        ms[i] = { ...m, pos: "JKS", batchim: "F", expression: "*", type: "*" };
        continue;
      }
    }
    if ((OPENING.includes(mark) || mark === "'" || mark === '"') && (i < 2 || (ms[i - 2] as Morph).end !== prev.start) && next !== undefined && next.start > m.end && isHangul(piece.charCodeAt(next.start))) {
      ms[i] = { ...m, pos: "MM", batchim: "F", expression: "*", type: "*" };
    }
  }
  return ms;
}

/**
 * Written forms ko-dic rewrites: the colloquial bound noun `거` (`할 거 같다`) is written 거, as the
 * Sejong corpus writes it, not ko-dic's 것; the connective `-기에` ("as, because": `하기에 좋다`) is the
 * nominaliser 기/ETN and the particle 에/JKB, as Sejong analyses it, not ko-dic's one ending 기에/EC.
 */
export function sejongForms(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("거") && !piece.includes("기에")) return ms;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    const surface = piece.slice(m.start, m.end);
    if (m.pos === "NNB" && surface === "거" && m.expression.startsWith("것/")) ms[i] = { ...m, expression: "*", type: "*" };
    else if (m.pos === "EC" && surface === "기에" && i > 0 && (ms[i - 1] as Morph).end === m.start) ms[i] = { ...m, pos: "ETN+JKB", type: "Inflect", expression: "기/ETN/*+에/JKB/*" };
  }
  return ms;
}

/**
 * Words the lattice, one eojeol at a time, cannot read alone: an eojeol that is only `다` is not an
 * ending (an ending needs a stem) but the adverb 다 ("all": `다 팔렸다`), MAG; `약` right before a
 * number (`약 3만 명`, `(약 300명`) is the determiner "about", MM, not the noun 약 ("medicine"); `해`
 * after a determiner or a modifier ending (`그 해`, `같은 해`) is the head noun 해 ("year"), not
 * 하 + 어: a modifier needs a noun.
 */
export function standaloneWords(piece: string, ms: Morph[]): Morph[] {
  if (!/(^|\s)다\s|약\s|\s해/.test(piece)) return ms;
  // the last morph of each eojeol, one syllable long
  for (let b = 0; b < ms.length; b++) {
    const m = ms[b] as Morph;
    if (m.end - m.start !== 1 || !endsWord(ms, b)) continue;
    const alone = startsEojeol(ms, b);
    const word = piece.charAt(m.start);
    if (alone && word === "다" && /^E[CF]$/.test(m.pos) && b + 1 < ms.length) ms[b] = { ...m, pos: "MAG", expression: "*", type: "*" };
    else if (alone && word === "해" && m.pos === "VV+EC" && b > 0 && /^(MM|ETM)$/.test(lastTag(piece, ms[b - 1]))) ms[b] = { ...m, pos: "NNG", expression: "*", type: "*", batchim: "F" };
    else if (word === "약" && m.pos === "NNG" && (alone || !isHangul(piece.charCodeAt((ms[b - 1] as Morph).start))) && b + 1 < ms.length) {
      const next = ms[b + 1] as Morph;
      if (isDigit(piece.charCodeAt(next.start))) ms[b] = { ...m, pos: "MM" };
    }
  }
  return ms;
}

/**
 * Pronouns as Sejong and ko-dic's own 그들 (그/NP + 들/XSN) write them: ko-dic's one-morph 이들/저들
 * is the pronoun and the plural suffix (이/NP + 들/XSN); the possessive `내` standing before a noun
 * (`내 차`) is the contraction of 나 and 의 (나/NP + 의/JKG), as ko-dic already writes `제` = 저 + 의.
 */
export function pronounParts(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("들") && !piece.includes("내")) return ms;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i] as Morph;
    if (m.pos !== "NP") continue;
    const word = piece.slice(m.start, m.end);
    if (word === "이들" || word === "저들") ms.splice(i, 1, morph(m.start, m.start + 1, "NP", "*", "*", "F"), morph(m.start + 1, m.end, "XSN", "*", "*", "F"));
    else if (word === "내") {
      const next = ms[i + 1];
      const alone = (i === 0 || hasGap(piece, (ms[i - 1] as Morph).end, m.start)) && next !== undefined && hasGap(piece, m.end, next.start) && isHangul(piece.charCodeAt(next.start));
      if (alone) ms[i] = { ...m, pos: "NP+JKG", type: "Inflect", expression: "나/NP/*+의/JKG/*" };
    }
  }
  return ms;
}

/**
 * The copula read as a proper noun: ko-dic, which has no entry 이, finds rare proper nouns that begin
 * with 이 (`이지만`, `이다`, `이기도`) after a noun (`3미터이지만`, `0.06이다`). Right after a nominal in
 * the same eojeol and running to its end, such a morph is 이/VCP + an ending of
 * {@link COPULA_ENDINGS}. It looks only at the eojeol's own morphs, so the `properNouns` path runs
 * it too (on the words whose proper nouns begin with 이) and the two paths stay equal; it runs
 * first, on lindera's morphs after the 이 repair.
 */
/** Whether a proper noun's surface is 이 + a copula ending (`이지만`): {@link copulaFromProperNoun} may unmake it. */
export const copulaLike = (surface: string): boolean => surface.charCodeAt(0) === 0xc774 && COPULA_ENDINGS[surface.slice(1)] !== undefined;

export function copulaFromProperNoun(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("이")) return ms;
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (piece.charCodeAt(m.start) !== 0xc774 || m.pos !== "NNP" || (ms[i - 1] as Morph).end !== m.start) continue;
    if (!/^(NNG|NNP|NNB|NNBC|NR|NP|XSN|SN|SL|SH|ETN)$/.test(lastTag(piece, ms[i - 1])) || !endsEojeol(piece, ms, i)) continue;
    const ending = COPULA_ENDINGS[piece.slice(m.start + 1, m.end)];
    if (ending === undefined) continue;
    const expression = `이/VCP/*+${ending.split("+").map((p) => `${p}/*`).join("+")}`;
    const pos = ["VCP", ...ending.split("+").map((p) => p.split("/")[1] as string)].join("+");
    ms[i] = { ...m, pos, type: "Inflect", expression, semantic: "*", batchim: jongseong(piece.charCodeAt(m.end - 1)) ? "T" : "F" };
  }
  return ms;
}

/**
 * An adjective takes no object: the suffix 하 of a common noun (`평가하다`, `필요하다`) is the verb
 * suffix XSV, not the adjective suffix XSA, when the eojeol before ends in the object particle 을/를
 * (`결과를 평가한`, `자료를 조사한`). ko-dic's contracted entry `한` = 하/XSA + ᆫ/ETM wins by connection
 * cost alone after any noun, so a verbal noun's modifier form came out as an adjective's.
 */
export function suffixHaAfterObject(piece: string, ms: Morph[]): Morph[] {
  if (!/[을를]\s/.test(piece)) return ms;
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (!m.pos.startsWith("XSA") || piece.charCodeAt(m.start) === 0xb418 /* 되 */) continue;
    const noun = ms[i - 1] as Morph;
    if (noun.end !== m.start || noun.pos !== "NNG" || i < 2) continue;
    // the noun begins its eojeol, and the eojeol before ends in 을/를 (JKO)
    const before = ms[i - 2] as Morph;
    if (!hasGap(piece, before.end, noun.start) || lastTag(piece, before) !== "JKO") continue;
    const first = m.expression === "*" || m.expression === "" ? piece.slice(m.start, m.start + 1) : (view(m.expression)[0] as Part).form;
    if (first !== "하") continue;
    const expression = m.expression === "*" || m.expression === "" ? m.expression : m.expression.replace(/^하\/XSA\//, "하/XSV/");
    ms[i] = { ...m, pos: "XSV" + m.pos.slice(3), expression };
  }
  return ms;
}

/**
 * The polite imperative/honorific ending `-세요` is one ending, as the standard dictionary lists it
 * (표준국어대사전: 「어미」 -세요, the contraction of -시어요) and as the Sejong-tagged reference writes
 * it: ko-dic's contracted entry 세요 = 시/EP + 어요/EF spells an 어 that the surface has fused away.
 * A morph whose surface is exactly `세요` and whose analysis is 시 + 어요 becomes one morpheme 세요 with
 * the ending's tag (`이용하세요` → 이용 + 하 + 세요/EF). ko-dic's one entry `으시오`/EC, which its own
 * analyses of `읽으시오` and `오시오` cut, is cut the same way: 으시/EP + 오.
 */
export function endingSeyo(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("세요") && !piece.includes("으시오")) return ms;
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i] as Morph;
    // the one entry 으시오/EC (`찾으시오`) is cut as ko-dic cuts its own `읽으시오`, `오시오`: the
    // honorific 으시/EP and the ending 오
    if (m.end - m.start === 3 && piece.slice(m.start, m.end) === "으시오" && /^E[CF]$/.test(m.pos) && (m.expression === "*" || m.expression === "")) {
      ms.splice(i, 1, morph(m.start, m.start + 2, "EP", "*", "*", "F"), morph(m.start + 2, m.end, m.pos, "*", "*", "F"));
      continue;
    }
    if (m.end - m.start !== 2 || piece.slice(m.start, m.end) !== "세요" || !/^시\/EP\/\*\+어요\/E[FC]\/\*$/.test(m.expression)) continue;
    const tag = m.expression.slice(-4, -2);
    ms[i] = { ...m, pos: tag, type: "*", expression: `세요/${tag}/*` };
  }
  return ms;
}

/**
 * Nouns the standard dictionary lists as free nouns (NNG) that ko-dic also carries as bound nouns
 * (NNB), an entry its lattice prefers after a modifier ending (`안 가는 곳.`, `좋은 곳입니다`): `곳`
 * ("place") stands alone and takes any particle (`곳을 찾았다`, `곳곳`), and Sejong tags it NNG.
 */
const FREE_NOUNS = new Set(["곳"]);
export function freeNouns(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("곳")) return ms;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos === "NNB" && FREE_NOUNS.has(piece.slice(m.start, m.end))) ms[i] = { ...m, pos: "NNG", expression: m.expression === "*" ? "*" : m.expression.replace("/NNB/", "/NNG/") };
  }
  return ms;
}

/**
 * The suffix -적 (的) makes nouns of Sino-Korean nouns (`혁신적`, `긍정적`), which take the copula:
 * `혁신적이다`, `긍정적이었다`, `혁신적일 것`. ko-dic, which has no entry 이, reads 적이 as a verb stem
 * (적이/VV + 다) and 적 + 일 as the noun 일 ("work"). There is no verb 적이다, and a verb stem cannot
 * follow a noun inside an eojeol: after a common noun, `적이` + an ending is 적/XSN + 이/VCP, and after
 * 적/XSN a final `일` is 이/VCP + ㄹ/ETM.
 */
export function copulaAfterJeok(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("적")) return ms;
  for (let i = ms.length - 1; i > 0; i--) {
    const m = ms[i] as Morph;
    const prev = ms[i - 1] as Morph;
    if (prev.end !== m.start) continue;
    const word = piece.slice(m.start, m.end);
    const next = ms[i + 1];
    if (word === "적이" && m.pos === "VV" && prev.pos === "NNG" && next !== undefined && next.start === m.end && next.pos.charCodeAt(0) === 0x45 /* E… */) {
      ms.splice(i, 1, morph(m.start, m.start + 1, "XSN", "*", "*", "T"), morph(m.start + 1, m.end, "VCP", "*", "*", "F"));
    } else if (word === "일" && m.pos === "NNG" && prev.pos === "XSN" && piece.slice(prev.start, prev.end) === "적" && endsEojeol(piece, ms, i)) {
      ms[i] = { ...m, pos: "VCP+ETM", type: "Inflect", expression: "이/VCP/*+ᆯ/ETM/*", semantic: "*", batchim: "T" };
    }
  }
  return ms;
}

/**
 * Words the standard dictionary lists both as a noun and as an adverb (직접 "directly", 현재 "now",
 * 만약 "if", 잠시 "for a while", 절대 "never", 지금 "now", 정말, 진짜, 제일, 잠깐): with a particle or
 * the copula they are nouns (`현재의`, `직접이다`); standing bare before another word they modify the
 * predicate and are the adverb MAG, as the Sejong guidelines analyse them. ko-dic's lattice picks the
 * noun before a noun-initial word (`직접 운영하는`, `현재 홈페이지`). Written together with a noun
 * (`현재위치`) such a word is the noun of a compound, never the adverb. Day names (오늘, 어제, 내일), which
 * the guidelines keep nouns when used as adverbs, are not in the table.
 */
const ADVERB_HOMOGRAPHS = new Set(["직접", "현재", "만약", "잠시", "절대", "지금", "정말", "진짜", "제일", "잠깐"]);
const ADVERB_HOMOGRAPH_TEXT = new RegExp([...ADVERB_HOMOGRAPHS].join("|"));
export function bareAdverbHomograph(piece: string, ms: Morph[]): Morph[] {
  if (!ADVERB_HOMOGRAPH_TEXT.test(piece)) return ms;
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if ((m.pos !== "NNG" && m.pos !== "MAG") || !ADVERB_HOMOGRAPHS.has(piece.slice(m.start, m.end))) continue;
    const prev = ms[i - 1];
    const next = ms[i + 1] as Morph;
    if (m.pos === "MAG") {
      // written together with a following noun (`현재위치`), it is the noun of a compound: an adverb
      // does not join a noun inside a word
      if (next.start === m.end && /^NN[GP]$/.test(next.pos)) ms[i] = { ...m, pos: "NNG", semantic: "*", expression: m.expression === "*" ? "*" : m.expression.replace("/MAG/", "/NNG/") };
      continue;
    }
    // a whole eojeol, with another word after it
    if ((prev !== undefined && !hasGap(piece, prev.end, m.start)) || !hasGap(piece, m.end, next.start) || !isHangul(piece.charCodeAt(next.start))) continue;
    ms[i] = { ...m, pos: "MAG", semantic: "*", expression: m.expression === "*" ? "*" : m.expression.replace("/NNG/", "/MAG/") };
  }
  return ms;
}

/**
 * Predicates the standard dictionary lists as one word whose first part is an adverb: `더하다` ("add":
 * `가치를 더했다`) and `오래되다` ("old": `오래된 건물`). ko-dic has no entry for them and reads the
 * adverb and the verb apart (더/MAG + 하/VV, 오래/MAG + 되/VV); the adverb and the verb apart are written
 * apart (`더 해 보자`). Written together, at the start of an eojeol, they are the one stem. A data table:
 * adverb, verb, the compound's stem and tag.
 */
const COMPOUND_PREDICATES: ReadonlyArray<readonly [string, string, string, string]> = [
  ["더", "하", "더하", "VV"],
  ["오래", "되", "오래되", "VA"],
];
export function compoundPredicates(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("더") && !piece.includes("오래")) return ms;
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    const next = ms[i + 1] as Morph;
    if (m.pos !== "MAG" || next.start !== m.end || !next.pos.startsWith("VV")) continue;
    if (i > 0 && !hasGap(piece, (ms[i - 1] as Morph).end, m.start)) continue;
    const adverb = piece.slice(m.start, m.end);
    const ps = next.expression === "*" || next.expression === "" ? [{ form: piece.slice(next.start, next.end), tag: next.pos }] : parts(next.expression);
    const head = ps[0] as Part;
    const entry = COMPOUND_PREDICATES.find(([adv, verb]) => adv === adverb && verb === head.form);
    if (entry === undefined || head.tag !== "VV") continue;
    head.form = entry[2];
    head.tag = entry[3];
    const expression = ps.map((p) => `${p.form}/${p.tag}/*`).join("+");
    ms.splice(i, 2, { ...next, start: m.start, pos: ps.map((p) => p.tag).join("+"), expression, type: ps.length > 1 ? "Inflect" : "*" });
  }
  return ms;
}

/**
 * 하 written onto an adverb (`함께하다`, `거듭하다`, `그리하다`, `바삭하다`) is the derivational suffix,
 * as after a noun: XSV, not the independent verb 하/VV that ko-dic's lattice gives it (the verb is
 * written apart: `함께 하다`). Not after the negation and evaluation adverbs 안, 못, 잘, whose
 * 못하다/잘하다 the dictionary lists as compounds of the verb 하다; an adjective suffix XSA that
 * ko-dic chose stays.
 */
const HA_COMPOUND_ADVERBS = new Set(["안", "못", "잘"]);
export function suffixHaAfterAdverb(piece: string, ms: Morph[]): Morph[] {
  if (!/[\ud558-\ud7a3]/.test(piece)) return ms; // a syllable that begins with ㅎ (하, 해, 한, 했 …)
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i] as Morph;
    let prev = ms[i - 1] as Morph;
    // both cases: a verb 하 (VV or VX) written onto the morph before it
    const p1 = m.pos.charCodeAt(1);
    if (m.pos.charCodeAt(0) !== 0x56 || (p1 !== 0x56 && p1 !== 0x58) || prev.end !== m.start) continue;
    if (m.expression === "*" || m.expression === "" ? m.end - m.start !== 1 || piece.charCodeAt(m.start) !== 0xd558 : !m.expression.startsWith("하/V")) continue;
    // `다했다` (최선을 다했다): an ending cannot begin an eojeol, so its 다 read as 다/EC before 하 is
    // the adverb 다 ("all"), and the 하 written onto it the suffix
    if (/^E[CF]$/.test(prev.pos) && prev.end === m.start && piece.slice(prev.start, prev.end) === "다" && (i === 1 || hasGap(piece, (ms[i - 2] as Morph).end, prev.start)) && /^V[VX]/.test(m.pos) && /^하\/V[VX]\//.test(m.expression)) {
      prev = { ...prev, pos: "MAG", expression: "*", type: "*" };
      ms[i - 1] = prev;
    }
    if (!/^V[VX]/.test(m.pos) || prev.pos !== "MAG" || prev.end !== m.start || HA_COMPOUND_ADVERBS.has(piece.slice(prev.start, prev.end))) continue;
    const first = headPart(piece, m).form;
    if (first !== "하" || (m.expression !== "*" && m.expression !== "" && !/^하\/V[VX]\//.test(m.expression))) continue;
    ms[i] = { ...m, pos: "XSV" + m.pos.slice(2), expression: m.expression === "*" || m.expression === "" ? m.expression : m.expression.replace(/^하\/V[VX]\//, "하/XSV/") };
  }
  return ms;
}

/**
 * Verbs of feeling made from adjectives with -어하다 (`좋아하다`, `싫어하다`, `힘들어하다`,
 * `두려워하다`) are single verbs in the standard dictionary and in the Sejong analyses (좋아하/VV); ko-dic
 * has few of them and reads the adjective, the connective and an auxiliary (좋/VA + 아/EC + 하/VX).
 * Written together in one eojeol, adjective + 어/아/여 + 하 is the one stem as written (`좋아해요` →
 * 좋아하/VV + 아요).
 */
export function verbsInEohada(piece: string, ms: Morph[]): Morph[] {
  if (!/[\ud558-\ud7a3]/.test(piece)) return ms; // a syllable that begins with ㅎ (하, 해, 한, 했 …)
  for (let i = 0; i < ms.length; i++) {
    if (i + 2 >= ms.length) {
      const m = ms[i] as Morph;
      if (m.pos.startsWith("VA+EC+V") && (i === 0 || hasGap(piece, (ms[i - 1] as Morph).end, m.start))) joinEohada(piece, ms, i);
      continue;
    }
    const a = ms[i] as Morph;
    const b = ms[i + 1] as Morph;
    const c = ms[i + 2] as Morph;
    if (a.pos.startsWith("VA+EC+V") && (i === 0 || hasGap(piece, (ms[i - 1] as Morph).end, a.start))) joinEohada(piece, ms, i);
    if (a.pos !== "VA" || b.pos !== "EC" || b.start !== a.end || c.start !== b.end || !/^[어아여워와]$/.test(piece.slice(b.start, b.end))) continue;
    if (i > 0 && !hasGap(piece, (ms[i - 1] as Morph).end, a.start)) continue;
    const ps = c.expression === "*" || c.expression === "" ? [{ form: piece.slice(c.start, c.end), tag: c.pos }] : parts(c.expression);
    const head = ps[0] as Part;
    if (head.form !== "하" || (head.tag !== "VX" && head.tag !== "VV")) continue;
    head.form = piece.slice(a.start, b.end) + "하";
    head.tag = "VV";
    ms.splice(i, 3, { ...c, start: a.start, pos: ps.map((p) => p.tag).join("+"), expression: ps.map((p) => `${p.form}/${p.tag}/*`).join("+"), type: ps.length > 1 ? "Inflect" : "*", semantic: "*" });
  }
  return ms;
}

/** {@link verbsInEohada} on one morph that holds the three (`두려워했` = 두렵 + 어 + 하 + 았): the stem is the surface up to the syllable that begins with ㅎ, + 하. */
function joinEohada(piece: string, ms: Morph[], i: number): void {
  const m = ms[i] as Morph;
  const ps = view(m.expression);
  const b = ps[1];
  const c = ps[2];
  if (b === undefined || c === undefined || !/^[어아여]$/.test(b.form) || c.form !== "하" || (c.tag !== "VX" && c.tag !== "VV")) return;
  let k = m.start + 1;
  while (k < m.end && choseong(piece.charCodeAt(k)) !== 18 /* ㅎ */) k++;
  if (k >= m.end) return;
  const rest = ps.slice(3);
  const stem = { form: piece.slice(m.start, k) + "하", tag: "VV" };
  const all = [stem, ...rest];
  ms[i] = { ...m, pos: all.map((p) => p.tag).join("+"), expression: all.map((p) => `${p.form}/${p.tag}/*`).join("+"), type: all.length > 1 ? "Inflect" : "*", semantic: "*" };
}

/**
 * The mirror of {@link dropUnspelledPrefix}: a few ko-dic entries analyse a surface into its own
 * first morpheme and more that the surface does not spell (`연` = 연/NNG + 이/VCP + 라고/EC, a
 * pre-analysed `연이라고` cut short). When the first morpheme's form is the whole surface and a later one
 * holds a syllable (not an elided 아/어/여, the zero-width copula 이 or a fused jamo), nothing is left to
 * spell it: the morph is that first morpheme alone.
 */
export function dropUnspelledSuffix(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.expression === "*" || m.expression === "" || !m.pos.includes("+") || proper(m)) continue;
    // the first morpheme's form is the whole surface: the expression begins `surface/`
    const length = m.end - m.start;
    if (m.expression.charCodeAt(length) !== 0x2f || !m.expression.startsWith(piece.slice(m.start, m.end))) continue;
    const ps = view(m.expression);
    const first = ps[0] as Part;
    if (ps.length < 2 || first.form !== piece.slice(m.start, m.end)) continue;
    // an elided 아/어/여 (`타` = 타 + 아), the zero-width copula 이 and a fused jamo (ᆯ) are written in
    // the surface's last syllable; any other syllable after the whole surface is not
    if (!ps.slice(1).some((p) => /[가-힣]/.test(p.form.replace(/^[아어여이]$/, "")))) continue;
    ms[i] = { ...m, pos: first.tag, type: "*", expression: `${first.form}/${first.tag}/*` };
  }
  return ms;
}

/**
 * ko-dic's own entries for 크다 disagree: `커`, `커야`, `큰`, `컸다` are the adjective 크/VA ("big"),
 * but the pre-analysed `커서` and `커도` are 크/VV ("grow"). One dictionary's forms of one word take
 * one reading: the adjective, which its other entries give (`규모가 커서` → 크/VA + 어서).
 */
export function adjectiveKeuda(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("커")) return ms;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (piece.charCodeAt(m.start) !== 0xcee4 /* 커 */ || !m.expression.startsWith("크/VV/")) continue;
    ms[i] = { ...m, pos: m.pos.replace(/^VV/, "VA"), expression: m.expression.replace(/^크\/VV\//, "크/VA/") };
  }
  return ms;
}

/** Whether morph i begins a word: the piece's or an eojeol's first morph, or the first after an opening bracket or quotation mark that itself begins the eojeol (`(신규`, `"실정`). */
function beginsWord(piece: string, ms: Morph[], i: number): boolean {
  if (i === 0) return true;
  const prev = ms[i - 1] as Morph;
  if (prev.end !== (ms[i] as Morph).start) return true;
  // a quotation mark is still unclassified ("") when the passes run; splitBrackets makes brackets SSO
  if (prev.pos !== "SSO" && prev.pos !== "SY" && prev.pos !== "") return false;
  if (prev.pos !== "SSO" && !/^["'“‘《〈「『]$/.test(piece.slice(prev.start, prev.end))) return false;
  return i === 1 || (ms[i - 2] as Morph).end !== prev.start;
}

/**
 * An ending cannot begin an eojeol: endings attach to a predicate's stem. When ko-dic's lattice
 * starts a word with endings (`실정이다` → 시/EP + ᆯ/ETM + 정/NNG, `고딩들` → 고/EC + 딩/NNG) and a
 * common noun follows them inside the eojeol, the letters it read for endings belong to that noun:
 * the endings and the noun are one noun as written (실정/NNG, 고딩/NNG). An eojeol of nothing but
 * endings (`신규` → 시/EP + ㄴ규/EF, `기지` → 기/ETN + 지/EF, `자녀`/EC) is no word at all: it is one
 * noun as written. Not when a proper noun follows (the `properNouns` path must see the same NNP morphs).
 */
export function endingAtWordStart(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos.charCodeAt(0) !== 0x45 /* E… */ || !beginsWord(piece, ms, i)) continue;
    let j = i + 1;
    while (j < ms.length && (ms[j] as Morph).pos.charCodeAt(0) === 0x45 && (ms[j] as Morph).start === (ms[j - 1] as Morph).end) j++;
    const n = ms[j];
    if (n !== undefined && n.start === (ms[j - 1] as Morph).end && n.pos === "NNG") ms.splice(i, j - i + 1, morph(m.start, n.end, "NNG"));
    // nothing but endings in the eojeol (`신규` → 시/EP + ㄴ규/EF, `기지` → 기/ETN + 지/EF): a word as written
    else if (endsEojeol(piece, ms, j - 1)) ms.splice(i, j - i, morph(m.start, (ms[j - 1] as Morph).end, "NNG"));
  }
  return ms;
}

/**
 * An interjection is a word of its own (`아, 그렇구나`, `예, 알겠습니다`): it takes no particle and
 * is written apart from what follows. ko-dic's lattice reads the first syllable of some nouns as one
 * (`예정` → 예/IC + 정/NNG, `핫핑크` → 핫/IC + 핑크/NNG); an interjection followed inside the eojeol by a
 * common noun is the start of that noun (예정/NNG). `뭐` written onto a predicate (`뭐하는`) is not
 * the interjection but the pronoun 뭐 ("what", 무엇), the predicate's object: 뭐/NP. Proper nouns
 * after it are left alone (the `properNouns` path).
 */
export function interjectionInWord(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos !== "IC") continue;
    const n = ms[i + 1] as Morph;
    if (n.start !== m.end) continue;
    if (n.pos === "NNG") ms.splice(i, 2, morph(m.start, n.end, "NNG"));
    else if (n.pos.charCodeAt(0) === 0x56 /* V… */ && piece.slice(m.start, m.end) === "뭐") ms[i] = { ...m, pos: "NP", expression: "*", type: "*" };
  }
  return ms;
}

/**
 * A connective ending (EC) ends a predicate; inside one eojeol only an auxiliary predicate or a
 * particle can follow it (`먹어 보다`, `가고는`), never a noun. When ko-dic reads a word's start as a
 * stem and a connective and a common noun follows in the same eojeol (`심해잠수` → 심하 + 아 + 잠수,
 * `맞춤버스` → 맞추 + ㅁ + 버스), the stem and ending are a noun as written, the first of a compound
 * (심해/NNG + 잠수/NNG). Between two common nouns of one eojeol (`유고슬라비안` → 유고/NNG + 슬/VV +
 * 라/EC + 비안/NNG, a foreign word cut into syllables) the stem and ending are letters of one word with
 * both nouns: one noun as written. Not next to a proper noun.
 */
export function connectiveBeforeNoun(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos.charCodeAt(0) !== 0x56 /* V… */ || proper(m)) continue;
    let j = i;
    if (!m.pos.endsWith("+EC")) {
      const e = ms[i + 1] as Morph;
      if (m.pos.includes("+") || e.pos !== "EC" || e.start !== m.end) continue;
      j = i + 1;
    }
    const n = ms[j + 1];
    if (n === undefined || n.pos !== "NNG" || n.start !== (ms[j] as Morph).end) continue;
    if (beginsWord(piece, ms, i)) ms.splice(i, j - i + 1, morph(m.start, (ms[j] as Morph).end, "NNG"));
    // between two common nouns of one eojeol (`유고슬라비안` → 유고 + 슬/VV + 라/EC + 비안), the
    // stem and ending are letters of one word with both nouns
    else if ((ms[i - 1] as Morph).pos === "NNG" && (ms[i - 1] as Morph).end === m.start) {
      ms.splice(i - 1, j - i + 3, morph((ms[i - 1] as Morph).start, n.end, "NNG"));
      i--;
    }
  }
  return ms;
}

/**
 * A suffix cannot begin an eojeol either: a derivational suffix attaches to the word before it in
 * the same eojeol. A noun suffix (XSN) that ko-dic's lattice reads at a word's start is a noun: with a
 * common noun after it the two are one noun as written (`당역` → 당/XSN + 역 → 당역/NNG), alone or
 * with particles the noun itself (`계`, `계는`). 하 read as the suffix XSV/XSA at a word's start (`함.`, `하기로`) is the
 * verb 하다 (VV). Not before a proper noun.
 */
export function suffixAtWordStart(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos.charCodeAt(0) !== 0x58 /* X… */ || m.pos.charCodeAt(1) !== 0x53 /* S */ || !beginsWord(piece, ms, i)) continue;
    if (m.pos === "XSN") {
      const n = ms[i + 1];
      if (n !== undefined && n.start === m.end && n.pos === "NNG") ms.splice(i, 2, morph(m.start, n.end, "NNG"));
      else if (endsEojeol(piece, ms, i) || (n !== undefined && n.start === m.end && n.pos.charCodeAt(0) === 0x4a /* J… */)) ms[i] = { ...m, pos: "NNG", expression: "*", type: "*" };
    } else if (/^XS[VA]/.test(m.pos) && (m.expression === "*" || m.expression === "" ? piece.slice(m.start, m.end) === "하" : m.expression.startsWith("하/XS"))) {
      ms[i] = { ...m, pos: "VV" + m.pos.slice(3), expression: m.expression === "*" || m.expression === "" ? m.expression : m.expression.replace(/^하\/XS[VA]\//, "하/VV/") };
    }
  }
  return ms;
}

/**
 * An adverb modifies a predicate or another adverb and is written apart from what follows; inside an
 * eojeol nothing but a particle or a predicate written onto it (`잘하다`, `못하다`) can follow it, never
 * a noun. When ko-dic's lattice reads a noun's first syllable as an adverb before a common noun in
 * the same eojeol (`갓길` → 갓/MAG + 길, `막구이` → 막/MAJ + 구이, `행정안전부` → 행정 + 안/MAG + 전부),
 * the adverb and the noun are one noun as written (갓길/NNG, 안전부/NNG). Not before a proper noun.
 */
export function adverbInWord(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos !== "MAG" && m.pos !== "MAJ") continue;
    const n = ms[i + 1] as Morph;
    if (n.start !== m.end || n.pos !== "NNG") continue;
    ms.splice(i, 2, morph(m.start, n.end, "NNG"));
  }
  return ms;
}

/**
 * The demonstrative determiners 이런, 그런, 저런 ("such") and 아무런 ("any"), which the standard
 * dictionary lists as determiners (관형사) and the Sejong guidelines tag MM: standing as a whole eojeol
 * before another word, ko-dic's lattice sometimes reads them as the adjective's modifier form
 * (그렇/VA + ㄴ/ETM, 아무렇 + ㄴ); one closed class, one reading: the determiner MM as written.
 */
const DEMONSTRATIVE_DETERMINERS = new Set(["이런", "그런", "저런", "아무런"]);
export function demonstrativeDeterminer(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("런")) return ms;
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos.charCodeAt(0) !== 0x56 /* V… */ || !m.pos.startsWith("VA")) continue;
    let j = i;
    if (m.pos !== "VA+ETM") {
      const e = ms[i + 1] as Morph;
      if (m.pos !== "VA" || e.pos !== "ETM" || e.start !== m.end) continue;
      j = i + 1;
    }
    const last = ms[j] as Morph;
    const next = ms[j + 1];
    if (next === undefined || next.start === last.end || !isHangul(piece.charCodeAt(next.start))) continue;
    if (i > 0 && (ms[i - 1] as Morph).end === m.start) continue;
    if (!DEMONSTRATIVE_DETERMINERS.has(piece.slice(m.start, last.end))) continue;
    ms.splice(i, j - i + 1, morph(m.start, last.end, "MM"));
  }
  return ms;
}

/**
 * 제 before a number is the ordinal prefix 제(第) (`제 31차`, `제 2의`), which ko-dic already tags XPN
 * written together (`제1회`); written apart, its lattice reads the eojeol as 저/NP + 의/JKG ("my"),
 * which cannot modify a number. A whole eojeol 제 directly before a digit is the prefix XPN as written.
 */
export function ordinalJe(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("제")) return ms;
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos !== "NP+JKG" || m.end - m.start !== 1 || piece.charCodeAt(m.start) !== 0xc81c /* 제 */ || !beginsWord(piece, ms, i)) continue;
    const next = ms[i + 1] as Morph;
    if (next.start === m.end || !isDigit(piece.charCodeAt(next.start))) continue;
    ms[i] = morph(m.start, m.end, "XPN");
  }
  return ms;
}

/**
 * 서, the short form of the particle 에서, follows a place or a count of people (`여기서`, `혼자서`,
 * `둘이서`), never a personal pronoun ("from me" is 나에게서). ko-dic's lattice reads the eojeol
 * `나서` as 나/NP + 서/JKB; it is the verb 나다 with the connective -아서, its vowel elided as in
 * `가서` (나/VV + 아서/EC: `불이 나서`).
 */
export function pronounNaSeo(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("나서")) return ms;
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos !== "NP" || piece.charCodeAt(m.start) !== 0xb098 /* 나 */ || m.end - m.start !== 1) continue;
    const s = ms[i + 1] as Morph;
    if (s.pos !== "JKB" || s.start !== m.end || s.end !== m.end + 1 || piece.charCodeAt(s.start) !== 0xc11c /* 서 */) continue;
    if (!beginsWord(piece, ms, i) || !endsEojeol(piece, ms, i + 1)) continue;
    ms.splice(i, 2, { ...m, end: s.end, pos: "VV+EC", type: "Inflect", semantic: "*", expression: "나/VV/*+아서/EC/*" });
  }
  return ms;
}

/**
 * 타(他, "other") is a determiner in the standard dictionary (`타 지역`, `타 업체`); ko-dic reads the
 * eojeol `타` as the verb 타다 with -아 (타/VV + 아/EC). The verb needs its argument before it, an
 * object or a place with 에 (`버스를 타`, `불에 타`), and goes on to another predicate; standing
 * before a common noun after a word that cannot be its argument (not a noun, with or without a
 * particle), 타 is the determiner MM.
 */
export function determinerTa(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("타")) return ms;
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos !== "VV+EC" || m.end - m.start !== 1 || piece.charCodeAt(m.start) !== 0xd0c0 /* 타 */ || m.expression !== "타/VV/*+아/EC/*") continue;
    const prev = ms[i - 1];
    const next = ms[i + 1] as Morph;
    if ((prev !== undefined && prev.end === m.start) || next.start === m.end || next.pos !== "NNG") continue;
    // the word before: a noun (a bare object, `버스 타`) or a particle may be the verb's argument
    if (/^(N|J|S|XSN|ETN)/.test(lastTag(piece, prev))) continue;
    ms[i] = morph(m.start, m.end, "MM");
  }
  return ms;
}


/** Whether a syllable spells the copula's 이 (이, or 이 fused with an ending's consonant: 인, 일, 임, 입). */
const spellsI = (c: number): boolean => choseong(c) === 11 /* ㅇ */ && Math.floor(((c - 0xac00) % 588) / 28) === 20 /* ㅣ */;

/**
 * The copula 이다 is bound: it attaches to a nominal in its own eojeol, and its 이 goes unwritten
 * only after a vowel-final nominal (`학교다`, `친구라면`). An eojeol that begins with the copula and
 * does not spell its 이 has no host for it: ko-dic's lattice read a word's first letters as the copula
 * with its 이 dropped (`라면` → 이/VCP + 라면/EC, `쇼` → 이 + 시 + 오). Such a word-initial copula and the
 * endings fused with it are the start of a noun as written: with the common noun that follows it in
 * the eojeol one noun (`야카모치가` → 야카모치/NNG + 가), or, when nothing but it fills the eojeol, the
 * noun alone (라면/NNG, 쇼/NNG). Not before a proper noun (the `properNouns` path).
 */
export function copulaAtWordStart(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos.charCodeAt(0) !== 0x56 /* V… */ || m.pos.charCodeAt(1) !== 0x43 /* VC… */ || m.pos.charCodeAt(2) !== 0x50 /* VCP */ || spellsI(piece.charCodeAt(m.start)) || !beginsWord(piece, ms, i)) continue;
    const n = ms[i + 1];
    if (n !== undefined && n.start === m.end && n.pos === "NNG") ms.splice(i, 2, morph(m.start, n.end, "NNG"));
    else if (endsEojeol(piece, ms, i)) ms[i] = morph(m.start, m.end, "NNG");
  }
  return ms;
}

/** The words before 들- in the standard dictionary's uses of 들다 (예를 들다, 마음에 들다, 눈에 들다) and the time nouns of 들다 "a time comes" (`요즘 들어`). */
const DEULDA_ARGUMENTS = new Set(["예를", "예로", "마음에", "맘에", "눈에"]);
const DEULDA_TIMES = new Set(["요즘", "최근", "근래", "올해", "금년"]);

/**
 * `들어`, `들었다` are both 듣다 ("hear", ㄷ-irregular) and 들다; ko-dic always reads 듣다. The
 * standard dictionary's set phrases with 들다 decide it: `예를 들다` (give an example), `마음에 들다`,
 * `눈에 들다` (be liked), and 들다 "a time comes" after a time noun (`요즘 들어`, `최근 들어`). After such
 * a word, in the eojeol before or written onto the time noun, the stem 들 is 들다 as written.
 */
export function idiomDeulda(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("들")) return ms;
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i] as Morph;
    // the stem alone (들/VV) or fused with its ending in one entry (`들어도` = 듣/VV + 어도/EC)
    if (m.pos.charCodeAt(0) !== 0x56 || piece.charCodeAt(m.start) !== 0xb4e4 /* 들 */ || !m.pos.startsWith("VV") || !m.expression.startsWith("듣/VV/")) continue;
    const prev = ms[i - 1] as Morph;
    if (prev.end === m.start) {
      // written onto a time noun that begins the eojeol (`최근들어`)
      if (prev.pos !== "NNG" || !beginsWord(piece, ms, i - 1) || !DEULDA_TIMES.has(piece.slice(prev.start, prev.end))) continue;
    } else {
      let a = i - 1;
      while (a > 0 && (ms[a - 1] as Morph).end === (ms[a] as Morph).start) a--;
      const before = piece.slice((ms[a] as Morph).start, prev.end);
      if (!DEULDA_ARGUMENTS.has(before) && !DEULDA_TIMES.has(before)) continue;
    }
    ms[i] = m.pos === "VV" ? { ...m, expression: "들/VV/*", type: "*" } : { ...m, expression: `들${m.expression.slice(1)}` };
  }
  return ms;
}

/**
 * A modifier ending (ETM) ends its word: the noun it modifies is written apart (한글 맞춤법 제2항,
 * 관형어와 체언은 띄어 쓴다), so inside one eojeol no common noun follows it; lexicalised compounds
 * (`큰형`, `된장`) are ko-dic entries of their own. When ko-dic's lattice reads a word's first letters
 * as a stem and a modifier ending before a common noun of the same eojeol (`매운족발` → 맵 + ㄴ +
 * 족발, `친서민` → 치 + ㄴ + 서민), those letters are a noun as written, the first of a compound
 * (매운/NNG + 족발/NNG), as {@link connectiveBeforeNoun} does for a connective; the copula's modifier
 * form `인` between two common nouns (`경제인연합회` → 경제 + 이 + ㄴ + 연합회) is the last syllable of
 * the noun before it (경제인/NNG). Bound nouns after a modifier (`먹을만한`, `피던중`) are a spacing
 * slip and stay, and so does a one-syllable noun, which is as often an ending the lattice cut
 * (`짠대` = 짜 + ㄴ대, not 짠 + 대); not next to a proper noun.
 */
export function modifierBeforeNoun(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos.charCodeAt(0) !== 0x56 /* V… */) continue;
    let j = i;
    // the ending fused into the stem's morph (…+ETM: the only V… tag that ends in M) or the next morph
    if (m.pos.charCodeAt(m.pos.length - 1) !== 0x4d /* …M */) {
      const e = ms[i + 1] as Morph;
      if (e.pos !== "ETM" || e.start !== m.end || m.pos.includes("+")) continue;
      j = i + 1;
    }
    const n = ms[j + 1];
    if (n === undefined || n.pos !== "NNG" || n.start !== (ms[j] as Morph).end) continue;
    const prev = ms[i - 1];
    if (m.pos === "VCP+ETM") {
      // 인 between two common nouns: the noun before ends in it (경제인)
      if (prev !== undefined && prev.pos === "NNG" && prev.end === m.start && m.end - m.start === 1) ms.splice(i - 1, 2, morph(prev.start, m.end, "NNG"));
    } else if (n.end - n.start >= 2 && !m.pos.startsWith("VCP") && beginsWord(piece, ms, i)) ms.splice(i, j - i + 1, morph(m.start, (ms[j] as Morph).end, "NNG"));
  }
  return ms;
}

/**
 * A particle attaches to a nominal before it in its eojeol; it cannot begin a word (like an ending,
 * {@link endingAtWordStart}). An eojeol of nothing but particles is a word as written: `보다` before
 * another word is the standard dictionary's adverb 보다 ("more": `보다 빠르게`), MAG; others are a
 * noun (`도` the province, `만` "full" in `만 5세`, `로만` → 로/JKB + 만/JX). Word-initial particles
 * before a common noun of the same eojeol are a noun as written, the first of a compound (`나마코카베로`:
 * 나마/NNG, not 나마/JX); the lattice's cut before the noun stays. Not before a proper noun.
 */
export function particleAtWordStart(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos.charCodeAt(0) !== 0x4a /* J… */ || !beginsWord(piece, ms, i)) continue;
    let j = i;
    while (j + 1 < ms.length && (ms[j + 1] as Morph).start === (ms[j] as Morph).end && (ms[j + 1] as Morph).pos.charCodeAt(0) === 0x4a) j++;
    const n = ms[j + 1];
    if (n !== undefined && n.start === (ms[j] as Morph).end && n.pos === "NNG") ms.splice(i, j - i + 1, morph(m.start, (ms[j] as Morph).end, "NNG"));
    else if (endsEojeol(piece, ms, j)) {
      const word = piece.slice(m.start, (ms[j] as Morph).end);
      ms.splice(i, j - i + 1, morph(m.start, (ms[j] as Morph).end, word === "보다" && n !== undefined ? "MAG" : "NNG"));
    }
  }
  return ms;
}

/**
 * The genitive 의 makes its noun a modifier of the next noun, which is written apart (`부양의 의무`);
 * inside one eojeol a common noun does not follow it. Many Sino-Korean nouns begin with the syllable 의
 * (義 의무, 醫 의사, 議 의원, 意 의견), and ko-dic's lattice cuts them after a noun as the particle and
 * the rest (`부양의무자` → 부양 + 의/JKG + 무자): 의 and the common noun after it are one noun as written
 * (의무자/NNG). Not before a proper noun.
 */
export function genitiveInWord(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("의")) return ms;
  for (let i = 1; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos !== "JKG" || m.end - m.start !== 1 || (ms[i - 1] as Morph).end !== m.start || piece.charCodeAt(m.start) !== 0xc758 /* 의 */) continue;
    const n = ms[i + 1] as Morph;
    if (n.pos === "NNG" && n.start === m.end) ms.splice(i, 2, morph(m.start, n.end, "NNG"));
  }
  return ms;
}

/**
 * Sejong tags an ending by what it does in the sentence: an ending right before the sentence's final
 * mark (`.`, `!`, `?`) ends the sentence and is final, EF, even when its form is a connective's
 * (`정말 친절하고.` → 고/EF); an ending right before a comma that closes the eojeol joins its clause to
 * the next one and is connective, EC (`문을 열자, 바람이` → 자/EC, not ko-dic's 자/EF). A comma before
 * a closing quotation mark ends a quoted sentence and is left alone.
 */
export function endingByPunctuation(piece: string, ms: Morph[]): Morph[] {
  if (!/[,.!?]/.test(piece)) return ms;
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    const final = m.pos.endsWith("EF");
    if ((!final && !m.pos.endsWith("EC")) || m.pos.charCodeAt(m.pos.length - 2) !== 0x45 /* E */) continue;
    const p = ms[i + 1] as Morph;
    if (p.start !== m.end || p.end !== p.start + 1) continue;
    const c = piece.charAt(p.start);
    const after = ms[i + 2];
    if (final) {
      // a comma that ends the eojeol (not one before a closing quotation mark)
      if (c !== "," || (after !== undefined && after.start === p.end) || (p.end < piece.length && !/\s/.test(piece.charAt(p.end)))) continue;
    } else if (!/[.!?]/.test(c) || (after !== undefined && after.start === p.end && !/[.!?]/.test(piece.charAt(after.start)))) continue;
    const to = final ? "EC" : "EF";
    const expression = m.expression === "*" || m.expression === "" ? m.expression : m.expression.replace(/\/E[CF]\/([^/+]*)$/, `/${to}/$1`);
    ms[i] = { ...m, pos: m.pos.slice(0, -2) + to, expression };
  }
  return ms;
}

/**
 * A numeral counts through a counter: Sino-Korean numerals take a unit noun (`삼 년`, `백 명`) and the
 * native ones modify as determiners (`세 사람`, MM) or follow the noun (`사람 셋`). A Hangul numeral (NR)
 * directly before a common noun in one eojeol counts nothing: ko-dic's lattice read a noun's first
 * syllable as a number (`투여군` → 투/NR + 여군, `오남용` → 오/NR + 남용); the numeral and the noun are one
 * noun as written (투여군/NNG). Compounds with a numeral that ko-dic lists (`사계절`, `일부`) are its
 * own entries and never come as NR + NNG. Not the native numerals (a closed class): one written onto
 * its noun (`열사람`) is the determiner of a spacing slip. Not a digit (`3월`), not before a proper noun.
 */
const NATIVE_NUMERAL = /^(하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)+$/;
export function numeralBeforeNoun(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos !== "NR" || !isHangul(piece.charCodeAt(m.start)) || NATIVE_NUMERAL.test(piece.slice(m.start, m.end))) continue;
    const n = ms[i + 1] as Morph;
    if (n.pos === "NNG" && n.start === m.end) ms.splice(i, 2, morph(m.start, n.end, "NNG"));
  }
  return ms;
}

/**
 * A predicate's stem never stands without an ending: Korean verbs and adjectives always inflect
 * (`낮다`, `낮은`), so an eojeol that ends in a bare stem (VV, VA, VX with nothing after it but
 * punctuation) was misread. A bare stem that is the whole word is a noun as written (`낮` → 낮/NNG, `이번
 * 주` → 주/NNG, not the verb 주다); a stem `X이` after a syllable with a final consonant is the noun X and
 * the subject particle 이, which ko-dic has no entry for (`불이 나서` → 불/NNG + 이/JKS, not 불이/VV; also
 * after a number, `3맥이`);
 * endings before a bare stem at a word's start (`나하` → 나/EC + 하/VX) are letters of one noun with it.
 */
export function bareStemAtEnd(piece: string, ms: Morph[]): Morph[] {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos.length !== 2 || m.pos.charCodeAt(0) !== 0x56 /* V… */ || m.pos === "VC" || !endsEojeol(piece, ms, i)) continue;
    const p1 = m.pos.charCodeAt(1);
    if (p1 !== 0x56 && p1 !== 0x41 && p1 !== 0x58) continue; // VV, VA, VX
    const last = piece.charCodeAt(m.end - 1);
    const prev = ms[i - 1];
    const alone = beginsWord(piece, ms, i);
    if (m.end - m.start >= 2 && last === 0xc774 /* 이 */ && jongseong(piece.charCodeAt(m.end - 2)) !== 0 && (alone || isDigit(piece.charCodeAt((prev as Morph).end - 1)))) {
      ms.splice(i, 1, morph(m.start, m.end - 1, "NNG", "*", "*", "T"), morph(m.end - 1, m.end, "JKS", "*", "*", "F"));
    } else if (alone) ms[i] = morph(m.start, m.end, "NNG");
    else {
      // endings from the word's start up to the stem (`나하`)
      let a = i - 1;
      while (a >= 0 && (ms[a] as Morph).pos.charCodeAt(0) === 0x45 /* E… */ && (ms[a] as Morph).end === (ms[a + 1] as Morph).start && !beginsWord(piece, ms, a)) a--;
      if (a >= 0 && (ms[a] as Morph).pos.charCodeAt(0) === 0x45 && beginsWord(piece, ms, a)) {
        ms.splice(a, i - a + 1, morph((ms[a] as Morph).start, m.end, "NNG"));
        i = a;
      }
    }
  }
  return ms;
}

/** Time nouns that head the `-고 난` construction (`먹고 난 뒤`). */
const AFTER_NAN = new Set(["후", "뒤", "다음"]);

/**
 * `-고 나다` is the standard dictionary's auxiliary 나다 (보조 동사: an action finished, `먹고 나서`,
 * `끝내고 난 뒤`). Right after a verb in the connective -고 and before the time noun it modifies (후,
 * 뒤, 다음), `난` is that auxiliary with the modifier ending, 나/VX + ㄴ/ETM, not ko-dic's pronoun 나 +
 * the topic ㄴ: a modifier needs its noun, and the clause in -고 needs a predicate to go on to. A comma
 * after -고 (`먹고, 난 후에 갈게`) ends the clause and leaves the pronoun.
 */
export function auxiliaryNaAfterGo(piece: string, ms: Morph[]): Morph[] {
  if (!piece.includes("고 난 ")) return ms;
  for (let i = 1; i + 1 < ms.length; i++) {
    const m = ms[i] as Morph;
    if (m.pos !== "NP+JX" || m.end - m.start !== 1 || piece.charCodeAt(m.start) !== 0xb09c /* 난 */) continue;
    const prev = ms[i - 1] as Morph;
    const next = ms[i + 1] as Morph;
    if (prev.end === m.start || next.start === m.end || !prev.pos.endsWith("EC") || piece.charCodeAt(prev.end - 1) !== 0xace0 /* 고 */) continue;
    if (!next.pos.startsWith("NNG") || !AFTER_NAN.has(piece.slice(next.start, next.end))) continue;
    ms[i] = { ...m, pos: "VX+ETM", type: "Inflect", semantic: "*", expression: "나/VX/*+ᆫ/ETM/*" };
  }
  return ms;
}
