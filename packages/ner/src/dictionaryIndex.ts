import { Automaton } from "./automaton";
import { isSpace } from "@sinmun/core";
import { foldUnit, isCaseSensitiveKey, matchKey } from "./matchKey";
import type { EntityRecord } from "./types";

/** One surface form of one entity in the automaton. */
export interface Pattern {
  /** Index into `DictionaryIndex.records`. */
  record: number;
  surface: string;
  ambiguous: boolean;
  caseSensitive: boolean;
}

/** A dictionary compiled into one automaton; several patterns may share a key. */
export interface DictionaryIndex {
  records: EntityRecord[];
  byId: Map<string, number>;
  automaton: Automaton;
  /** Patterns per automaton pattern index (one key → every entity using it). */
  patterns: Pattern[][];
  /** Ids related to each record: itself, its org/parent, records whose org/parent it is. */
  related: Map<string, Set<string>>;
}

/**
 * Merges user records over bundled ones: the same id replaces the bundled record; an alias a user
 * record claims (same match key) is removed from every bundled record, so it moves to the user entity.
 */
export function mergeRecords(bundled: readonly EntityRecord[], user: readonly EntityRecord[]): EntityRecord[] {
  const userIds = new Set(user.map((r) => r.id));
  const userKeys = new Set(user.flatMap((r) => [r.name, ...r.aliases].map(matchKey)));
  const out: EntityRecord[] = [];
  for (const r of bundled) {
    if (userIds.has(r.id)) continue;
    if (![r.name, ...r.aliases].some((a) => userKeys.has(matchKey(a)))) {
      out.push(r);
      continue;
    }
    const copy: EntityRecord = { ...r, aliases: r.aliases.filter((a) => !userKeys.has(matchKey(a))) };
    if (r.ambiguous) copy.ambiguous = r.ambiguous.filter((a) => !userKeys.has(matchKey(a)));
    // The canonical name stays the display name, but it no longer matches.
    (copy as EntityRecord & { nameClaimed?: boolean }).nameClaimed = userKeys.has(matchKey(r.name));
    out.push(copy);
  }
  return [...out, ...user];
}

/** Compiles records into one Aho–Corasick automaton over match keys. */
export function buildIndex(records: EntityRecord[]): DictionaryIndex {
  const automaton = new Automaton();
  const patterns: Pattern[][] = [];
  const keyToPattern = new Map<string, number>();
  const byId = new Map<string, number>();
  records.forEach((r, ri) => {
    byId.set(r.id, ri);
    const ambiguousKeys = new Set((r.ambiguous ?? []).map(matchKey));
    const claimed = (r as EntityRecord & { nameClaimed?: boolean }).nameClaimed === true;
    const surfaces = claimed ? r.aliases : [r.name, ...r.aliases];
    const done = new Set<string>();
    for (const surface of surfaces) {
      const key = matchKey(surface);
      if (key === "" || done.has(key)) continue;
      done.add(key);
      let p = keyToPattern.get(key);
      if (p === undefined) {
        p = automaton.add(key);
        keyToPattern.set(key, p);
        patterns[p] = [];
      }
      (patterns[p] as Pattern[]).push({ record: ri, surface, ambiguous: ambiguousKeys.has(key), caseSensitive: isCaseSensitiveKey(surface) });
    }
  });
  const related = new Map<string, Set<string>>();
  const rel = (a: string): Set<string> => {
    let s = related.get(a);
    if (!s) {
      s = new Set([a]);
      related.set(a, s);
    }
    return s;
  };
  for (const r of records) {
    rel(r.id);
    for (const k of ["org", "parent"] as const) {
      const v = r.meta?.[k];
      if (typeof v === "string" && v !== "") {
        rel(r.id).add(v);
        rel(v).add(r.id);
      }
    }
  }
  return { records, byId, automaton, patterns, related };
}

function foldWidth(s: string): string {
  return s.replace(/\s+/g, "").replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A dictionary hit in the original text. */
export interface DictionaryHit {
  start: number;
  end: number;
  patterns: Pattern[];
}

/**
 * Runs the automaton over the text folded the same way as the keys (spaces dropped, Latin
 * lower-cased), mapping hits back to original offsets. Line breaks are kept, so no match crosses a line.
 */
export function scanDictionary(index: DictionaryIndex, text: string): DictionaryHit[] {
  const units = new Uint16Array(text.length);
  const pos = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Spaces inside a line are skipped (core's isSpace); line breaks stay, so no match crosses a line.
    if (isSpace(c)) continue;
    units[n] = foldUnit(c);
    pos[n] = i;
    n++;
  }
  const hits: DictionaryHit[] = [];
  for (const h of index.automaton.search(units.subarray(0, n))) {
    const start = pos[h.start] as number;
    const end = (pos[h.end - 1] as number) + 1;
    const surface = text.slice(start, end);
    const list = (index.patterns[h.pattern] as Pattern[]).filter((p) => !p.caseSensitive || foldWidth(surface) === foldWidth(p.surface));
    if (list.length > 0) hits.push({ start, end, patterns: list });
  }
  return hits;
}
