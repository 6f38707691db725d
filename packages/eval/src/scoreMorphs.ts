import { prf } from "./prf";
import type { Prf } from "./prf";
import type { GoldMorph, MorphSentence } from "./readConllu";

/**
 * A predicted token as the morpheme scorer reads it (a Sinmun `Token` is assignable): `form` and
 * `tags` joined by `+` give its morphemes (`했` → `하+았` / `["XSV", "EP"]`). A ko-dic `Compound`
 * token (`데이터베이스`) stays one morpheme, as the treebank mostly keeps compounds whole.
 */
export interface MorphToken {
  start: number;
  end: number;
  form: string;
  tags: string[];
}

/**
 * The tag-convention mapping applied to both sides before comparing (mecab-ko-dic ↔ Sejong as UD
 * Korean GSD writes it). Only conventions, never analyses: a tag not listed maps to itself.
 */
export const MORPH_TAG_MAP: Readonly<Record<string, string>> = {
  SSO: "SS", // mecab-ko opening bracket/quote → Sejong SS
  SSC: "SS", // closing bracket/quote → SS
  SC: "SP", // mecab-ko separator (, · / :) → Sejong SP
  SY: "SW", // other symbols: mecab-ko SY, Sejong SW
  SO: "SW", // Sejong's tilde/dash class, which mecab-ko files under SY
  NNBC: "NNB", // mecab-ko's unit noun is Sejong NNB
  UNKNOWN: "NA", // an unanalysed word: mecab-ko UNKNOWN, Sejong NA (and its guesses NF, NV)
  NF: "NA",
  NV: "NA",
};

// Initial (U+1100…) and final (U+11A8…) conjoining jamo → Hangul compatibility jamo (U+3131…).
const CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
const JONG = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
const compatJamo = (c: string): string => {
  const k = c.charCodeAt(0);
  return k >= 0x1100 && k <= 0x1112 ? (CHO[k - 0x1100] as string) : k >= 0x11a8 && k <= 0x11c2 ? (JONG[k - 0x11a8] as string) : c;
};
/** Brackets and quotation marks (the backtick ` too, typed as an opening quote): Sejong SS, whatever class the analyser gives them. */
const BRACKETS = /^['"‘’“”`()[\]{}<>〈〉《》「」『』【】]$/u;

/**
 * The form conventions applied to both sides: conjoining jamo (U+1100…, U+11A8…) as compatibility
 * jamo (`ᆫ다` = `ㄴ다`, `ᄇ니다` = `ㅂ니다`); brackets and quotation marks SS whatever their class; the past-tense ending's vowel-harmony variants 았/였 as 었 (EP); the
 * connective 아/여 (EC) as 어; ko-dic's 있/VA (its tag for every 있다) as GSD's 있/VV.
 */
export function normalizeMorph(m: GoldMorph): GoldMorph {
  const tag = MORPH_TAG_MAP[m.tag] ?? m.tag;
  let form = m.form.replace(/[\u1100-\u1112\u11a8-\u11c2]/g, compatJamo);
  if ((tag === "SW" || tag === "SP") && BRACKETS.test(form)) return { form, tag: "SS" };
  if (tag === "VA" && form === "있") return { form, tag: "VV" }; // ko-dic files every 있다 under VA, GSD under VV (or VX)
  if (tag === "EP") form = form.replace(/^[았였]/, "었");
  else if (tag === "EC" && (form === "아" || form === "여")) form = "어";
  return { form, tag };
}

/** A predicted token's morphemes, before mapping. */
export function tokenMorphs(t: MorphToken): GoldMorph[] {
  const forms = t.tags.length > 1 ? t.form.split("+") : [t.form];
  if (forms.length !== t.tags.length) return [{ form: t.form, tag: t.tags.join("+") }];
  return forms.map((f, i) => ({ form: f, tag: t.tags[i] as string }));
}

/** One mis-analysed eojeol, for the error list. */
export interface MorphError {
  sentence: string;
  eojeol: string;
  gold: string;
  pred: string;
}

/** What {@link createMorphScorer} returns. */
export interface MorphScores {
  sentences: number;
  eojeols: number;
  /** Morphemes matched on form and (mapped) tag, per eojeol as multisets. */
  strict: Prf;
  /** Morphemes matched on form alone. */
  forms: Prf;
  /** Eojeols whose mapped morpheme sequence equals the gold one. */
  exact: { correct: number; total: number; accuracy: number | null };
}

const show = (ms: GoldMorph[]): string => ms.map((m) => `${m.form}/${m.tag}`).join(" + ");

function overlap(a: string[], b: string[]): number {
  const count = new Map<string, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of b) {
    const c = count.get(x) ?? 0;
    if (c > 0) {
      n++;
      count.set(x, c - 1);
    }
  }
  return n;
}

/**
 * A streaming morpheme scorer, eojeol by eojeol: each predicted token belongs to the gold eojeol
 * its start falls in; both sides' morphemes go through {@link normalizeMorph}; an eojeol's matched
 * morphemes are the multiset intersection (strict: form + tag; forms: form only). `add` returns
 * the sentence's wrong eojeols.
 *
 * @example
 * const s = createMorphScorer();
 * s.add(gold, tokenizer.tokenizeSync(gold.text)); // 「사람들이」: 사람/NNG + 들/XSN + 이/JKS
 * s.result().strict.f1;
 */
export function createMorphScorer(): { add(gold: MorphSentence, tokens: readonly MorphToken[]): MorphError[]; result(): MorphScores } {
  let sentences = 0;
  let eojeols = 0;
  let correct = 0;
  let tp = 0, fp = 0, fn = 0, ftp = 0, ffp = 0, ffn = 0;
  return {
    add(gold, tokens) {
      sentences++;
      const errors: MorphError[] = [];
      const sorted = [...tokens].sort((a, b) => a.start - b.start);
      let k = 0;
      for (const e of gold.eojeols) {
        while (k < sorted.length && (sorted[k] as MorphToken).start < e.start) k++;
        const pred: GoldMorph[] = [];
        while (k < sorted.length && (sorted[k] as MorphToken).start < e.end) pred.push(...tokenMorphs(sorted[k++] as MorphToken).map(normalizeMorph));
        const g = e.morphs.map(normalizeMorph);
        const gs = g.map((m) => `${m.form}/${m.tag}`);
        const ps = pred.map((m) => `${m.form}/${m.tag}`);
        const t = overlap(gs, ps);
        tp += t;
        fp += ps.length - t;
        fn += gs.length - t;
        const ft = overlap(g.map((m) => m.form), pred.map((m) => m.form));
        ftp += ft;
        ffp += pred.length - ft;
        ffn += g.length - ft;
        eojeols++;
        if (gs.join(" ") === ps.join(" ")) correct++;
        else errors.push({ sentence: gold.id, eojeol: e.text, gold: show(g), pred: show(pred) });
      }
      return errors;
    },
    result() {
      return { sentences, eojeols, strict: prf(tp, fp, fn), forms: prf(ftp, ffp, ffn), exact: { correct, total: eojeols, accuracy: eojeols === 0 ? null : correct / eojeols } };
    },
  };
}

/**
 * Scores one analysis of every sentence at once (see {@link createMorphScorer}).
 *
 * @example
 * scoreMorphs(sentences, sentences.map((s) => tokenizer.tokenizeSync(s.text))).exact.accuracy; // 0.85…
 */
export function scoreMorphs(gold: readonly MorphSentence[], pred: readonly (readonly MorphToken[])[]): MorphScores {
  const s = createMorphScorer();
  gold.forEach((g, i) => s.add(g, pred[i] ?? []));
  return s.result();
}
