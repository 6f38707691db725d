import { partitionPoint, type Entity } from "@sinmun/core";
import type { Candidate } from "../candidates";
import { RANK, docId, spanIndex } from "../candidates";
import { leftBoundaryOk, rightBoundaryOk, syllables } from "../eojeol";
import { jaroWinkler } from "../jaroWinkler";
import { isTitleWord } from "../rules";
import type { PassContext } from "./context";


/** A cluster of coreferent mentions: the id and name every mention of it carries. */
export interface Cluster {
  id: string;
  label: Entity["label"];
  name: string;
  /** Index in the document of the cluster's first full mention. */
  first: number;
}

/**
 * Decomposes Hangul syllables into jamo so that 올트만 and 올트먼 differ by one vowel, not one syllable.
 *
 * @example
 * toJamo("올트먼").length; // → 8 (ㅇㅗㄹㅌㅡㅁㅓㄴ)
 */
export function toJamo(s: string): string {
  return s.normalize("NFD");
}

/** Jaro–Winkler threshold on jamo strings for a transliteration variant (올트만 ↔ 올트먼 0.95, 알트먼 ↔ 올트먼 0.925; 마스크 ↔ 머스크 0.90 stays out). */
export const VARIANT_THRESHOLD = 0.92;

/**
 * True when `a` is a transliteration variant of `b`: same syllable count (≥ 3), same initial
 * consonant, and Jaro–Winkler similarity of their jamo ≥ {@link VARIANT_THRESHOLD}.
 *
 * @example
 * isVariant("올트만", "올트먼"); // → true (0.95)
 * isVariant("마스크", "머스크"); // → false (0.90)
 */
export function isVariant(a: string, b: string): boolean {
  const n = syllables(a);
  if (n < 3 || n !== syllables(b) || a === b) return false;
  // Same initial consonant (올트먼 / 알트먼 share ㅇ); the vowels may differ.
  if (toJamo(a)[0] !== toJamo(b)[0]) return false;
  return jaroWinkler(toJamo(a), toJamo(b)) >= VARIANT_THRESHOLD;
}

interface ShortForm {
  form: string;
  cluster: Cluster;
  needsTitle: boolean;
}

/** What the coreference pass gives back. */
export interface CoreferenceResult {
  /** The selected candidates, now all with an id and a name, and the added short mentions, sorted by start. */
  mentions: Candidate[];
  /** Clusters by id. */
  clusters: Map<string, Cluster>;
}

/**
 * Pass 5, coreference: gives every selected candidate a cluster id and name (in place), then adds
 * short mentions of person clusters: the last word of a multi-word name (올트먼 → 샘 올트먼), a surname
 * before a title (황 CEO → 젠슨 황; 이 회장 → 이재용, the nearest preceding 이-cluster), transliteration
 * variants (올트만 → 샘 올트먼), and first words of separate-suffix organizations (알티미터). Rule
 * mentions with the same text share one document-local id (`doc:브래드-거스트너`). `nameOf` gives a
 * dictionary id's canonical name.
 *
 * @example
 * coreferencePass(ctx("샘 올트먼은 … 올트만은"), selected, nameOf).mentions.map((m) => m.id); // → ["sam-altman", "sam-altman"]
 */
export function coreferencePass(ctx: PassContext, selected: readonly Candidate[], nameOf: (id: string) => string | undefined): CoreferenceResult {
  const { text, rules, words } = ctx;
  const clusters = new Map<string, Cluster>();
  const shorts: ShortForm[] = [];
  // Every mention of a cluster offers the same short forms: keep one of each (first one wins anyway).
  const seenShort = new Set<string>();
  const addShort = (form: string, cluster: Cluster, needsTitle: boolean): void => {
    if (form === "" || form === cluster.name) return;
    const key = `${form}\u0000${cluster.id}\u0000${needsTitle ? 1 : 0}`;
    if (seenShort.has(key)) return;
    seenShort.add(key);
    shorts.push({ form, cluster, needsTitle });
  };
  const norm = (s: string): string => s.replace(/\s+/g, " ").trim();
  // Full mentions first: dictionary ids, then rule clusters by text.
  const mentions = [...selected];
  for (const m of mentions) {
    const surface = norm(text.slice(m.start, m.end));
    if (m.id === null) {
      const id = docId(surface);
      m.id = id;
      m.name = surface;
    }
    if (m.name === null) m.name = nameOf(m.id) ?? surface;
    let c = clusters.get(m.id);
    if (!c) {
      c = { id: m.id, label: m.label, name: m.name, first: m.start };
      clusters.set(m.id, c);
    }
    if (m.label === "PERSON") {
      for (const full of new Set([c.name, surface])) {
        const parts = full.split(" ");
        if (parts.length >= 2) {
          const last = parts[parts.length - 1] as string;
          addShort(last, c, syllables(last) === 1 || /^[A-Z][a-z]?$/.test(last));
        } else if (syllables(full) === 3 && (m.source === "dictionary" || rules.surnames.has(full.slice(0, 1)))) {
          // 이재용 → 이 회장; 판궁성 → 판 행장 (a dictionary name needs no surname list).
          addShort(full.slice(0, 1), c, true);
        } else if (syllables(full) === 4 && rules.surnames.has(full.slice(0, 2))) {
          addShort(full.slice(0, 2), c, true);
        }
      }
    } else if (m.label === "ORG" && m.source === "rule" && m.rule === "org-separate") {
      const firstWord = surface.split(" ")[0] as string;
      if (syllables(firstWord) >= 2 || /^[A-Za-z]{3,}$/.test(firstWord)) addShort(firstWord, c, false);
    }
  }
  // Short forms by surface, in the order they were offered.
  const shortsByForm = new Map<string, ShortForm[]>();
  for (const x of shorts) {
    const list = shortsByForm.get(x.form);
    if (list) list.push(x);
    else shortsByForm.set(x.form, [x]);
  }
  // Rule/morphology mentions whose text is a short form of a known cluster join it.
  for (const m of mentions) {
    if (m.source === "dictionary" || m.label !== "PERSON") continue;
    const surface = norm(text.slice(m.start, m.end));
    const s = (shortsByForm.get(surface) ?? []).find((x) => x.cluster.id !== m.id && x.cluster.label === "PERSON");
    if (s) {
      m.id = s.cluster.id;
      m.name = s.cluster.name;
    }
  }
  const mentionIndex = spanIndex(mentions);
  const overlaps = (s: number, e: number): boolean => mentionIndex.overlaps(s, e);
  // Added mentions are disjoint: mark their code units.
  const addedAt = new Uint8Array(text.length + 1);
  const overlapsAdded = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (addedAt[i] === 1) return true;
    return false;
  };
  const pushAdded = (c: Candidate): void => {
    added.push(c);
    addedAt.fill(1, c.start, c.end);
  };
  // For surname + title: the clusters offering each form, by the start of their first mention.
  const rivalsByForm = new Map<string, ShortForm[]>();
  for (const [form, list] of shortsByForm) rivalsByForm.set(form, [...list].sort((a, b) => a.cluster.first - b.cluster.first));
  const nearestRival = (form: string, i: number): ShortForm | undefined => {
    const list = rivalsByForm.get(form) ?? [];
    const lo = partitionPoint(list.length, (k) => (list[k] as ShortForm).cluster.first <= i);
    // The latest first mention at or before i; among equal firsts, the earliest offered (stable order).
    if (lo === 0) return undefined;
    const f = (list[lo - 1] as ShortForm).cluster.first;
    let k = lo - 1;
    while (k > 0 && (list[k - 1] as ShortForm).cluster.first === f) k--;
    return list[k];
  };
  const added: Candidate[] = [];
  // Short forms.
  for (const sf of shorts) {
    for (let i = text.indexOf(sf.form); i !== -1; i = text.indexOf(sf.form, i + 1)) {
      const end = i + sf.form.length;
      if (!leftBoundaryOk(text, i) || overlaps(i, end) || overlapsAdded(i, end)) continue;
      if (sf.needsTitle) {
        if (i < sf.cluster.first) continue;
        // The form must be a whole word, followed by a title word.
        const wi = ctx.wordAt(i);
        const w = words[wi];
        if (!w || w.start !== i || w.end !== end || !isTitleWord(words[wi + 1], rules)) continue;
        // The nearest preceding cluster with this surname wins.
        const rival = nearestRival(sf.form, i);
        if (rival && rival.cluster !== sf.cluster) continue;
      } else if (!rightBoundaryOk(text, end, rules)) continue;
      pushAdded({ start: i, end, label: sf.cluster.label, id: sf.cluster.id, name: sf.cluster.name, source: "rule", rank: RANK.rule, rule: "coreference" });
    }
  }
  // Transliteration variants of multi-syllable short forms (올트만 → 올트먼).
  const variantTargets = shorts.filter((s) => !s.needsTitle && s.cluster.label === "PERSON" && syllables(s.form) >= 3);
  if (variantTargets.length > 0) {
    for (const w of words) {
      const m = /^[가-힣]+/.exec(w.text);
      if (!m) continue;
      for (let k = m[0].length; k >= 3; k--) {
        const stem = m[0].slice(0, k);
        const end = w.start + k;
        if (!rightBoundaryOk(text, end, rules) || overlaps(w.start, end) || overlapsAdded(w.start, end)) continue;
        const t = variantTargets.find((s) => isVariant(stem, s.form));
        if (t) {
          pushAdded({ start: w.start, end, label: "PERSON", id: t.cluster.id, name: t.cluster.name, source: "rule", rank: RANK.rule, rule: "coreference-variant" });
          break;
        }
      }
    }
  }
  return { mentions: [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end), clusters };
}
