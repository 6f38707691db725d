import { isHangul, isWhiteSpace } from "@sinmun/core";
import type { Candidate } from "./candidates";
import { RANK } from "./candidates";
import { CharClass, charClass, isJosaSequence, maxJosaTail, syllables } from "./eojeol";
import type { Word } from "./eojeol";
import type { RuleData } from "./ruleData";

/** Words that may stand between a name (or its organization) and the title: 이재용 전 회장, 이사회 의장. */
const TITLE_MODIFIERS = new Set(["전", "현", "前", "現", "신임", "공동", "당시", "겸", "이사회", "대표이사", "수석", "초대", "명예", "부문", "사업부"]);
/** A word between the organization and the title: 전, 신임, 승용부문, DS부문, 반도체사업부. */
function isModifier(word: string): boolean {
  return TITLE_MODIFIERS.has(word) || /^[가-힣A-Za-z0-9]*(?:부문|사업부|사업본부|본부|연구소|센터)$/.test(word);
}

/** The josa classes (dictionaries/josa/josa.tsv) that end a particle phrase: 은, 는, 을, 를, 의, 에, 와, 과, 도, 께서, 에서, (으)로. */
export const PHRASE_JOSA_CLASSES = ["topic", "object", "adnominal", "locative", "comitative", "additive", "subject-honorific", "action-locative", "instrumental"] as const;
/** Verb endings (not josa, so not in the josa data) that make a word a clause, not a first name: 따르면, 위해. */
const FIRST_NAME_STOP_ENDINGS = ["면", "며", "게", "된", "할", "한", "해", "했", "른", "간", "니", "면서", "다가", "더니", "지만", "는데", "으며", "하며", "해서"];
/** Predicate endings that show a word is not an organization's name word: 이다, 했다. */
const JOSA_FINAL_ENDINGS = ["이다", "했다", "하는", "한"];

/** The patterns of {@link josaPatterns}. */
interface JosaPatterns {
  /** Endings that make a word a clause or a particle phrase, not a first name: 따르면, 그는, 위해. */
  firstNameStop: RegExp;
  /** A word ending in a particle or a predicate ending. */
  josaFinal: RegExp;
}
const patternsByRules = new WeakMap<RuleData, JosaPatterns>();

/** The particles of the classes, longest first. */
export function josaOf(rules: RuleData, classes: readonly string[]): string[] {
  const all = new Set(classes.flatMap((c) => rules.josaByClass.get(c) ?? []));
  return [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The rules' `$`-anchored josa patterns, built once per rule data from the josa classes plus the verb endings.
 *
 * @example
 * josaPatterns(ruleData()).firstNameStop.test("그는"); // → true
 */
export function josaPatterns(rules: RuleData): JosaPatterns {
  let p = patternsByRules.get(rules);
  if (!p) {
    const josa = josaOf(rules, PHRASE_JOSA_CLASSES);
    const ending = (words: readonly string[]): RegExp => new RegExp(`(?:${[...josa, ...words].join("|")})$`);
    p = { firstNameStop: ending(FIRST_NAME_STOP_ENDINGS), josaFinal: ending(JOSA_FINAL_ENDINGS) };
    patternsByRules.set(rules, p);
  }
  return p;
}

/** The text of a word cut before a parenthesis (이재용(56) → 이재용, 최고경영자(CEO)는 → 최고경영자). */
function beforeParen(w: Word): { text: string; bare: boolean } {
  const i = w.text.search(/[(（]/);
  if (i > 0) return { text: w.text.slice(0, i), bare: true };
  return { text: w.text, bare: !/[,.·…:;!?"'“”‘’)\]]$/.test(w.text) };
}

/** Whether the word is a title, possibly followed by particles or a parenthesis: 회장은, 최고경영자(CEO)는. */
export function isTitleWord(w: Word | undefined, rules: RuleData): boolean {
  if (!w) return false;
  let t = w.text.replace(/^["'“‘(]/, "");
  const p = t.search(/[(（]/);
  if (p > 0) t = t.slice(0, p);
  t = t.replace(/[,.·…:;!?"'”’)\]]+$/, "");
  for (let k = t.length; k >= Math.max(1, t.length - maxJosaTail(rules)); k--) {
    if (rules.titles.has(t.slice(0, k)) && isJosaSequence(t.slice(k), rules)) return true;
  }
  return false;
}

function endsWithOrgSuffix(s: string, rules: RuleData): boolean {
  return rules.attachedSuffixes.some((suf) => s.length > suf.length && s.endsWith(suf));
}

function plausibleNameWord(s: string, rules: RuleData): boolean {
  return (
    s !== "" &&
    !rules.notNames.has(s) &&
    !rules.titles.has(s) &&
    !rules.notOrgs.has(s) &&
    !rules.separateSuffixes.has(s) &&
    !endsWithOrgSuffix(s, rules)
  );
}

/** A Korean full name: 3 Hangul syllables (4 with a two-syllable surname) starting with a surname (이재용, 남궁민수). */
export function isKoreanName(s: string, rules: RuleData): boolean {
  const n = syllables(s);
  if (n < 3 || n > 4 || !plausibleNameWord(s, rules)) return false;
  if (n === 4) return rules.surnames.has(s.slice(0, 2));
  return rules.surnames.has(s.slice(0, 1));
}

/**
 * Where a word's last sentence ends when no space follows the period or a script marker
 * (`분석됩니다.한빛전자는` → 7, `<기자>한빛전자` → 4); 0 when it has none.
 */
export function afterSentenceEnd(word: string): number {
  const stop = Math.max(word.lastIndexOf("다."), word.lastIndexOf("요."), word.lastIndexOf(">"), word.lastIndexOf("]"));
  if (stop < 0) return 0;
  return word[stop] === ">" || word[stop] === "]" ? stop + 1 : stop + 2;
}

/** A code unit of a name next to a (주)/㈜ mark: Hangul syllable, ASCII letter or digit, &. */
function isMarkedNameChar(c: number): boolean {
  return isHangul(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x26;
}

/**
 * Organizations found by their suffix: attached (알티미터캐피탈, KB증권은), as a separate word after a
 * bare name (알티미터 캐피탈), or marked with (주)/㈜.
 */
export function orgSuffixCandidates(text: string, words: readonly Word[], rules: RuleData, isEntityEnd: (end: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, rule: string): void => {
    out.push({ start, end, label: "ORG", id: null, name: null, source: "rule", rank: RANK.rule, rule });
  };
  const pushMarked = (start: number, nameEnd: number): void => {
    const name = text.slice(start, nameEnd);
    // Strip trailing josa from the name (㈜한빛은 → 한빛).
    let end = nameEnd;
    for (let k = Math.max(1, name.length - maxJosaTail(rules)); k < name.length; k++) {
      if (isJosaSequence(name.slice(k), rules) && charClass(name, k) === CharClass.Hangul) {
        end = start + k;
        break;
      }
    }
    push(start, end, "org-marked");
  };
  words.forEach((w, i) => {
    const { text: t0 } = beforeParen(w);
    const lead = /^["'“‘(（\[]+/.exec(t0)?.[0].length ?? 0;
    let t = t0.slice(lead).replace(/[,.·…:;!?"'”’)\]]+$/, "");
    let base = w.start + lead;
    // 분석됩니다.한빛전자는, <기자>한빛전자: a sentence end or script marker with no space is a boundary.
    const cut = afterSentenceEnd(t);
    t = t.slice(cut);
    base += cut;
    // Dateline (서울=신문통신): the agency after "=" is the organization, not 서울=신문통신.
    const eq = t.lastIndexOf("=");
    if (eq >= 0) {
      t = t.slice(eq + 1);
      base += eq + 1;
    }
    // Attached suffix: longest prefix ending in a suffix whose remainder is josa.
    for (let k = t.length; k >= Math.max(2, t.length - maxJosaTail(rules)); k--) {
      const prefix = t.slice(0, k);
      if (!isJosaSequence(t.slice(k), rules)) continue;
      const suf = rules.attachedSuffixes.find((s) => prefix.length > s.length && prefix.endsWith(s));
      if (!suf) continue;
      const stem = prefix.slice(0, prefix.length - suf.length);
      if (rules.notOrgs.has(prefix) || rules.stemsNotNames.has(stem) || rules.notNames.has(stem) || rules.titles.has(prefix)) break;
      if (!/[가-힣A-Za-z]/.test(stem)) break;
      // 당 (party) needs a stem of two or more syllables: 민주당, 새누리당, but not 악당.
      if (suf.length === 1 && syllables(stem) >= 0 && syllables(stem) < 2) break;
      if (/^[0-9]/.test(stem)) break;
      push(base, base + k, "org-suffix");
      break;
    }
    // Separate suffix word: 알티미터 캐피탈.
    const prev = words[i - 1];
    if (prev && prev.end + 1 >= w.start) {
      for (let k = t.length; k >= Math.max(2, t.length - maxJosaTail(rules)); k--) {
        if (!rules.separateSuffixes.has(t.slice(0, k)) || !isJosaSequence(t.slice(k), rules)) continue;
        const pt = prev.text;
        const cls = charClass(pt, 0);
        if ((cls === CharClass.Hangul || cls === CharClass.Latin) && /^[가-힣A-Za-z0-9&]+$/.test(pt) && plausibleNameWord(pt, rules) && !rules.stemsNotNames.has(pt) && !isEntityEnd(prev.end) && !josaPatterns(rules).josaFinal.test(pt)) {
          push(prev.start, base + k, "org-separate");
        }
        break;
      }
    }
  });
  // (주)삼성전자, ㈜한빛, 한빛(주): find the marks with indexOf and scan the adjacent word by hand
  // (a regex with an unanchored [class]+ before the mark backtracks quadratically on long runs).
  // Same answers as the leftmost-match regex: marks in text order; a name before the mark wins over
  // one after it; nothing already taken by the previous mark is taken again.
  const marks: [number, number][] = [];
  for (const mark of ["(주)", "㈜"]) {
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + mark.length)) marks.push([i, mark.length]);
  }
  marks.sort((x, y) => x[0] - y[0]);
  let taken = 0;
  for (const [i, len] of marks) {
    if (i < taken) continue;
    // Name before the mark: 한빛(주), 한빛 ㈜.
    let b = i > taken && isWhiteSpace(text.charCodeAt(i - 1)) ? i - 1 : i;
    if (b < i && !(b > taken && isMarkedNameChar(text.charCodeAt(b - 1)))) b = i;
    let a = b;
    while (a > taken && isMarkedNameChar(text.charCodeAt(a - 1))) a--;
    if (a < b) {
      pushMarked(a, b);
      taken = i + len;
      continue;
    }
    // Name after the mark: (주)삼성전자, ㈜ 한빛.
    const after = i + len;
    let s = after < text.length && isWhiteSpace(text.charCodeAt(after)) ? after + 1 : after;
    if (s > after && !isMarkedNameChar(text.charCodeAt(s))) s = after;
    let e = s;
    while (e < text.length && isMarkedNameChar(text.charCodeAt(e))) e++;
    if (e > s) {
      pushMarked(s, e);
      taken = e;
    }
  }
  return out;
}

/**
 * Persons before a title, with or without their organization in between:
 * 이재용 삼성전자 회장, 샘 올트먼 오픈AI 최고경영자(CEO), 브래드 거스트너 알티미터 캐피탈 창업자, 최태원 회장.
 * `orgStartEndingAt(end)` gives the start of an organization candidate ending at `end`, if any;
 * `properNoun(start, end)` says whether the tokens make that span one NNP (only with tokens).
 */
export function personTitleCandidates(
  words: readonly Word[],
  rules: RuleData,
  orgStartEndingAt: (end: number) => number | undefined,
  sentenceOf: (offset: number) => number,
  knownShort: (s: string) => boolean,
  properNoun: (start: number, end: number) => boolean = () => false,
): Candidate[] {
  const out: Candidate[] = [];
  for (let t = 1; t < words.length; t++) {
    if (!isTitleWord(words[t], rules)) continue;
    const sent = sentenceOf((words[t] as Word).start);
    let j = t - 1;
    while (j >= 0 && isModifier((words[j] as Word).text)) j--;
    let hadOrg = false;
    for (let hops = 0; hops < 2 && j >= 0; hops++) {
      const s = orgStartEndingAt((words[j] as Word).end);
      if (s === undefined) break;
      hadOrg = true;
      let k = j;
      while (k >= 0 && (words[k] as Word).start > s) k--;
      if (k < 0 || (words[k] as Word).start !== s) break;
      j = k - 1;
    }
    while (j >= 0 && isModifier((words[j] as Word).text)) j--;
    const w = words[j];
    if (!w) continue;
    const { text: nameText, bare } = beforeParen(w);
    if (!bare) continue;
    const lead = Math.max(/^["'“‘(（\[]+/.exec(nameText)?.[0].length ?? 0, afterSentenceEnd(nameText));
    const name = nameText.slice(lead);
    const start = w.start + lead;
    if (sentenceOf(start) !== sent) continue;
    if (isKoreanName(name, rules)) {
      out.push({ start, end: start + name.length, label: "PERSON", id: null, name: null, source: "rule", rank: RANK.rule, rule: "person-title-ko" });
      continue;
    }
    const n = syllables(name);
    if (n < 1 || n > 7 || !plausibleNameWord(name, rules)) continue;
    const first = words[j - 1];
    if (first && afterSentenceEnd(nameText) === 0 && sentenceOf(first.start) === sent && first.end + 1 === w.start) {
      const ft = first.text.replace(/^["'“‘(（\[]+/, "");
      const fn = syllables(ft);
      if (fn >= 1 && fn <= 5 && plausibleNameWord(ft, rules) && !josaPatterns(rules).firstNameStop.test(ft) && !isKoreanName(ft, rules)) {
        const fs = first.end - ft.length;
        out.push({ start: fs, end: start + name.length, label: "PERSON", id: null, name: null, source: "rule", rank: RANK.rule, rule: "person-title-foreign" });
        continue;
      }
    }
    // One word before a bare title (파월 의장, 케리 장관) needs evidence: an organization between,
    // a known cluster, or the tokenizer's word for it being one NNP token (회사 대표 is NNG).
    if ((hadOrg && n >= 2) || knownShort(name) || (n >= 2 && properNoun(start, start + name.length))) {
      out.push({ start, end: start + name.length, label: "PERSON", id: null, name: null, source: "rule", rank: RANK.rule, rule: "person-title-single" });
    }
  }
  return out;
}

/**
 * Persons named by surname (or an initial) and 씨: 박씨, 김모(33)씨, 김 씨, A씨 — the surname alone is the
 * mention, as KLUE and Korean court/police reporting write it.
 */
export function surnameSsiCandidates(text: string, rules: RuleData): Candidate[] {
  const out: Candidate[] = [];
  const re = /([가-힣]{1,2}?|[A-Z])(?:\s?모)?(?:\(\d{1,3}\))?\s?씨(?!름|앗|족|알)/g;
  // 씨 followed by a word of two or more syllables and then punctuation is a longer word (씨앗은, 씨름.);
  // checked by hand with the end of the syllable run cached (a lookahead rescans the run at every 씨).
  let runFrom = -1;
  let runTo = -1;
  const syllableRunEnd = (i: number): number => {
    if (i > runFrom && i <= runTo) return runTo;
    let j = i;
    while (j < text.length && isHangul(text.charCodeAt(j))) j++;
    runFrom = i;
    runTo = j;
    return j;
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const after = m.index + m[0].length;
    const r = syllableRunEnd(after);
    if (r - after >= 2 && r < text.length && !isWhiteSpace(text.charCodeAt(r))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const name = m[1] as string;
    const start = m.index;
    const prev = start > 0 ? charClass(text, start - 1) : CharClass.Space;
    if (prev === CharClass.Hangul || prev === CharClass.Latin || prev === CharClass.Digit) continue;
    if (!/^[A-Z]$/.test(name) && !rules.surnames.has(name)) continue;
    out.push({ start, end: start + name.length, label: "PERSON", id: null, name: null, source: "rule", rank: RANK.rule, rule: "surname-ssi" });
  }
  return out;
}

/**
 * A bare all-capital Latin acronym (IOC, LPGA, KDB) that is not a common-noun acronym from the
 * stoplist: usually an organization in Korean news. Weakest rule; the dictionary decides first.
 */
export function acronymOrgCandidates(text: string, rules: RuleData): Candidate[] {
  const out: Candidate[] = [];
  const re = /(?<![A-Za-z0-9&.\-])[A-Z]{2,5}(?![A-Za-z0-9&\-])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (rules.acronymStoplist.has(m[0])) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 4);
    if (/^[가-힣]/.test(after) && !isJosaSequence(/^[가-힣]+/.exec(after)?.[0] ?? "", rules)) continue;
    out.push({ start: m.index, end, label: "ORG", id: null, name: null, source: "rule", rank: RANK.morphology, rule: "acronym-org" });
  }
  return out;
}

/** One-syllable words that are surnames but also 'former', 'current', 'late', 'one', 'each'…: they need a cluster. */
const SURNAME_FUNCTION_WORDS = new Set(["전", "현", "고", "한", "양", "각", "주", "제", "대", "총", "부", "원", "공", "모", "그", "저", "신", "이"]);

/**
 * A surname alone before a title, with no full name in the document: 박 회장은, 최 경장이, 김 위원장을.
 * Surnames that are also common function words (이, 전, 현, 한…) are left to coreference.
 */
export function surnameTitleCandidates(words: readonly Word[], rules: RuleData): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    if (w.text.length !== 1 || !rules.surnames.has(w.text) || SURNAME_FUNCTION_WORDS.has(w.text)) continue;
    let t = i + 1;
    if (words[t] && TITLE_MODIFIERS.has((words[t] as Word).text)) t++;
    if (!isTitleWord(words[t], rules) || (words[t] as Word).text.startsWith("씨")) continue;
    out.push({ start: w.start, end: w.end, label: "PERSON", id: null, name: null, source: "rule", rank: RANK.rule, rule: "surname-title" });
  }
  return out;
}
