import type { AmountKind } from "@sinmun/core";
import { type Rat, parseFactor } from "./rational";
import { isSpace } from "@sinmun/core";
import { LEXICON_JSON } from "./generated/lexicon";

/** What a unit word after a number means. */
export interface UnitEntry {
  kind: AmountKind;
  /** Output unit: ISO 4217 code, "%", "%p", "bp", SI base unit, English duration name or the Korean counter. */
  unit: string;
  /** Exact factor from the written unit to `unit` (GW → W: 10^9). */
  factor: Rat;
  /** Where it came from, for the few context rules (counter 대/주, date 일). */
  source: "currency" | "symbol" | "iso" | "unit" | "counter" | "minor";
  surface: string;
}

export type QualifierRole = "approx" | "min_incl" | "min_excl" | "max_incl" | "max_excl" | AmountQualifier;
/** Comparison verbs that keep the stated number (웃도는 → over, 에 달하는 → reach, 에 육박 → nearly). */
export type AmountQualifier = "over" | "under" | "reach" | "nearly";
export const COMPARISONS: ReadonlySet<string> = new Set(["over", "under", "reach", "nearly"]);

interface Node<T> {
  next: Map<number, Node<T>>;
  value: T | undefined;
}

/** A longest-match trie over UTF-16 code units; a space in a key matches one to three whitespace characters. */
export class Trie<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined };

  set(key: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Adds a key, and for keys with spaces also the spelling without them (홍콩 달러 / 홍콩달러). */
  add(key: string, value: T): void {
    this.set(key, value);
    if (key.includes(" ")) this.set(key.replace(/ /g, ""), value);
  }

  /** Longest key starting at `pos`; `end` is exclusive. */
  match(text: string, pos: number): { value: T; end: number } | null {
    let node: Node<T> | undefined = this.root;
    let best: { value: T; end: number } | null = null;
    let i = pos;
    while (node) {
      if (node.value !== undefined && i > pos) best = { value: node.value, end: i };
      if (i >= text.length) break;
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        const sp: Node<T> | undefined = node.next.get(32);
        if (!sp) break;
        let j = i;
        while (j < text.length && j - i < 3 && isSpace(text.charCodeAt(j))) j++;
        node = sp;
        i = j;
        continue;
      }
      node = node.next.get(c);
      i++;
    }
    return best;
  }
}

export interface Lexicon {
  /** Currency names, currency suffix symbols, units and counters, all after the number. */
  after: Trie<UnitEntry>;
  /** Currency symbols and ISO codes before the number ($38, US$ 1,234, EUR 20). */
  before: Trie<UnitEntry>;
  minor: Trie<{ code: string; factor: Rat; surface: string }>;
  prefixQualifiers: Trie<QualifierRole>;
  suffixQualifiers: Trie<QualifierRole>;
  notAmount: Trie<string>;
  fused: Trie<{ kind: AmountKind; unit: string | null; value: Rat }>;
  iso: Set<string>;
}

interface LexiconJson {
  currencies: [string, string][];
  symbols: [string, string, string][];
  iso4217: string[];
  minor: [string, string, string][];
  units: [string, string, string, string][];
  counters: string[];
  qualifiers: [string, string, string][];
  notAmount: string[];
  fused: [string, string, string, string][];
}

let cached: Lexicon | undefined;

/** Builds the lexicon (compiled from dictionaries/ into src/generated/lexicon.ts by scripts/data.mjs) once, on first use. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const json = JSON.parse(LEXICON_JSON) as LexiconJson;
  const one = parseFactor("1");
  const after = new Trie<UnitEntry>();
  const before = new Trie<UnitEntry>();
  for (const [surface, code] of json.currencies) after.add(surface, { kind: "money", unit: code, factor: one, source: "currency", surface });
  for (const [surface, code, position] of json.symbols) {
    const entry: UnitEntry = { kind: "money", unit: code, factor: one, source: "symbol", surface };
    if (position === "prefix" || position === "both") before.add(surface, entry);
    if (position === "suffix" || position === "both") after.add(surface, entry);
  }
  for (const code of json.iso4217) {
    for (const spelling of [code, code.toLowerCase()]) {
      const entry: UnitEntry = { kind: "money", unit: code, factor: one, source: "iso", surface: spelling };
      before.add(spelling, entry);
      if (spelling === code) after.add(spelling, entry);
    }
  }
  for (const [surface, kind, unit, factor] of json.units) {
    after.add(surface, { kind: kind as AmountKind, unit, factor: parseFactor(factor), source: "unit", surface });
  }
  for (const surface of json.counters) after.add(surface, { kind: "quantity", unit: surface, factor: one, source: "counter", surface });
  const minor = new Trie<{ code: string; factor: Rat; surface: string }>();
  for (const [surface, code, factor] of json.minor) minor.add(surface, { code, factor: parseFactor(factor), surface });
  const prefixQualifiers = new Trie<QualifierRole>();
  const suffixQualifiers = new Trie<QualifierRole>();
  for (const [surface, position, role] of json.qualifiers) {
    (position === "prefix" ? prefixQualifiers : suffixQualifiers).add(surface, role as QualifierRole);
  }
  const notAmount = new Trie<string>();
  for (const w of json.notAmount) notAmount.add(w, w);
  const fused = new Trie<{ kind: AmountKind; unit: string | null; value: Rat }>();
  for (const [surface, kind, unit, value] of json.fused) fused.add(surface, { kind: kind as AmountKind, unit: unit === "" ? null : unit, value: parseFactor(value) });
  cached = { after, before, minor, prefixQualifiers, suffixQualifiers, notAmount, fused, iso: new Set(json.iso4217) };
  return cached;
}
