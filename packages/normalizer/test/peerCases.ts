// Shared by the conformance test and the benchmark: reads the peers' normalizer cases IN PLACE from
// ../shared (never copied into the project) and checks one case against parseAmount.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Amount } from "@sinmun/core";

export const CASES_PATH = join(__dirname, "..", "..", "..", "..", "shared", "corpora", "peer-normalizer-cases", "cases.jsonl");

export interface PeerCase {
  line: number;
  source: string;
  kind: string;
  text: string;
  value: number | null;
  value_str?: string;
  unit: string | null;
  min: number | null;
  max: number | null;
  min_inclusive?: boolean;
  max_inclusive?: boolean;
  seconds?: number;
  context?: string;
  peer_fails?: boolean;
  value_unchecked?: boolean;
  peer_untested?: boolean;
}

export function readPeerCases(): PeerCase[] | null {
  if (!existsSync(CASES_PATH)) return null;
  return readFileSync(CASES_PATH, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => ({ ...(JSON.parse(l) as Omit<PeerCase, "line">), line: i + 1 }));
}

/** The short source name: "microsoft/Recognizers-Text". */
export function sourceName(c: PeerCase): string {
  return c.source.split(":")[0] as string;
}

/**
 * Rows whose expected value is wrong, each with the reason (the README names the first). They are
 * reported, not counted: a peer value that nobody ever checked and that arithmetic contradicts.
 */
export const PEER_WRONG: Record<string, string> = {
  "2억 4천 4백만 달러": "README: value_unchecked row, 2억 + 4천4백만 = 244000000, not 254000000",
};

// The peers' units → ours (base unit and exact factor). Peers do not convert; we do (see README).
const UNIT_MAP: Record<string, [string, number]> = {
  cent: ["USD", 0.01], pence: ["GBP", 0.01], penny: ["GBP", 0.01],
  km: ["m", 1000], m: ["m", 1], cm: ["m", 0.01], mm: ["m", 0.001], dm: ["m", 0.1], pm: ["m", 1e-12],
  mi: ["m", 1609.344], ft: ["m", 0.3048], in: ["m", 0.0254],
  kg: ["g", 1000], g: ["g", 1], mg: ["g", 0.001], t: ["g", 1e6], "metric t": ["g", 1e6], lb: ["g", 453.59237], oz: ["g", 28.349523125],
  L: ["L", 1], ml: ["L", 0.001], cc: ["L", 0.001], gal: ["L", 3.785411784], hL: ["L", 100],
  m2: ["m²", 1], "m²": ["m²", 1], km2: ["m²", 1e6], "km²": ["m²", 1e6], acre: ["m²", 4046.8564224], ft3: ["m³", 0.028316846592],
  bbl: ["배럴", 1], py: ["평", 1], degree: ["°", 1], cup: ["컵", 1],
  GB: ["B", 1e9], MB: ["B", 1e6], TB: ["B", 1e12], mA: ["A", 0.001], MHz: ["Hz", 1e6],
};
const SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800 };

export type Verdict = "pass" | "null" | "kind" | "unit" | "value" | "bounds";

function close(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Compares our parse of a case with the peer's expectation. */
export function judge(c: PeerCase, got: Amount | null): Verdict {
  if (!got) return "null";
  const kindOk = got.kind === c.kind || (c.kind === "number" && got.kind === "ordinal") || (c.kind === "ordinal" && got.kind === "number");
  if (!kindOk) return "kind";
  let unit = c.unit;
  let factor = 1;
  const mapped = unit ? UNIT_MAP[unit] : undefined;
  if (mapped) [unit, factor] = mapped;
  if (c.kind === "duration" && unit && got.unit && SECONDS[unit] !== undefined && SECONDS[got.unit] !== undefined) {
    // Durations compare in seconds when both units are fixed lengths (1시간 30분 = 90 minutes = 1.5 hours).
    factor = (SECONDS[unit] as number) / (SECONDS[got.unit] as number);
    unit = got.unit;
  }
  if (c.kind === "duration" && c.unit === "second" && got.unit && SECONDS[got.unit] !== undefined) {
    factor = 1 / (SECONDS[got.unit] as number);
    unit = got.unit;
  }
  if ((unit ?? null) !== got.unit) return "unit";
  const scale = (x: number | null) => (x === null ? null : x * factor);
  if (c.value_str && got.decimal !== c.value_str) return "value";
  if (!close(scale(c.value), got.value)) return "value";
  const bounded = c.min !== null || c.max !== null;
  if (bounded) {
    if (!close(scale(c.min), got.min ?? null) || !close(scale(c.max), got.max ?? null)) return "bounds";
    const recog = c.source.startsWith("microsoft/");
    const oneSided = (c.min === null) !== (c.max === null);
    if (recog && oneSided) {
      if (c.min !== null && (c.min_inclusive ?? false) !== (got.minInclusive ?? false)) return "bounds";
      if (c.max !== null && (c.max_inclusive ?? false) !== (got.maxInclusive ?? false)) return "bounds";
    }
  } else if ((got.min ?? null) !== null || (got.max ?? null) !== null) {
    if (c.value !== null) return "bounds";
  }
  return "pass";
}
