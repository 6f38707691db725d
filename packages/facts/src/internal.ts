// Types and small helpers shared by extractFacts's passes (not exported from the package).
import type { Amount } from "@sinmun/core";
import type { Party } from "./parties";
import { wordEnd } from "./scan";
import type { CueMention, MetricMention } from "./scan";
import type { DateMention, Fact, FactBasis, FactParty, FactStatus } from "./types";

export type Span = { start: number; end: number };

export interface Built {
  metric: MetricMention;
  value: Amount | null;
  changes: Amount[];
  turn: CueMention | null;
  /** A status given by the rule that made the fact (a figure after `시장 전망치`). */
  status: FactStatus | null;
  /** A subject given by the rule that made the fact (a new topic in a parallel clause). */
  subject?: Party | null;
  /** A source given by the rule that made the fact. */
  source?: Party | null;
  /** A segment given by the rule that made the fact. */
  segment?: string | null;
  /** Made by an expectation noun (`컨센서스인 3200억 원`): the figure before it keeps the clause's verb (웃돌았다). */
  expectation?: boolean;
  /** The fact continues the previous one (`이 가운데 …`): its period and status carry over. */
  partOf?: Fact;
  /** Where the fact's words end (the next fact's metric, or the sentence end). */
  end: number;
}

export interface DocState {
  /** The subject of the last fact. */
  subject: FactParty | null;
  /** The last organization in subject position (은/는/이/가) of the paragraph. */
  topic: FactParty | null;
  /** The last central bank named. */
  centralBank: FactParty | null;
  basis: FactBasis | null;
  /** The last period (longer than a day) of the paragraph. */
  span: DateMention | null;
  /** The day of the paragraph's first figure measured at a day (the market's day). */
  day: DateMention | null;
  /** The source named with `…에 따르면`, which holds for the paragraph. */
  according: FactParty | null;
  /** Who made the last forecast (`이 증권사는 …`, a forecast with no forecaster of its own). */
  forecaster: FactParty | null;
  /** The last deal named without a figure (`…와 공급 계약을 맺었다`): its date, other party and sentence. */
  deal: { period: DateMention | null; counterparty: FactParty | null; sentence: number } | null;
  facts: Fact[];
  /** The last FX rate or index level (a 종가 with no company is its close). */
  market: Fact | null;
  sentence: number;
}

export interface SentenceLayers {
  start: number;
  end: number;
  parties: Party[];
  amounts: Amount[];
  dates: DateMention[];
}

/** Sorted copy of a layer. */
export function sorted<T extends Span>(xs: readonly T[] | undefined): T[] {
  return [...(xs ?? [])].filter((x) => x !== null && typeof x === "object" && Number.isInteger(x.start) && Number.isInteger(x.end) && x.start <= x.end).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The items of a sorted layer inside `[from, to)`, with a moving cursor (linear over a document). */
export class Cursor<T extends Span> {
  private i = 0;
  constructor(private readonly items: T[]) {}
  take(from: number, to: number): T[] {
    while (this.i < this.items.length && (this.items[this.i] as T).start < from) this.i++;
    const out: T[] = [];
    let j = this.i;
    while (j < this.items.length && (this.items[j] as T).start < to) {
      const x = this.items[j] as T;
      if (x.end <= to) out.push(x);
      j++;
    }
    this.i = j;
    return out;
  }
}

export const toFact = (p: Party): FactParty => ({ id: p.id, name: p.name, text: p.text, start: p.start, end: p.end });
export const sameParty = (a: FactParty | null, b: FactParty | null): boolean => a !== null && b !== null && (a.id !== null && b.id !== null ? a.id === b.id : a.text === b.text || (a.name !== null && a.name === b.name));

export const partyOf = (f: FactParty): Party => ({ ...f, label: "ORG", centralBank: false });

/** The rest of the word after a span (its particles). */
export function restAfter(text: string, end: number, limit: number): string {
  // A short gloss in brackets right after a name (아마존웹서비스(AWS)와, 삼성전자(005930)는) stands
  // between the name and its particle; a name that is itself the gloss (the AWS of (AWS)와) takes
  // the particle after the bracket.
  const gloss = /^\([^()\s]{1,20}\)/.exec(text.slice(end, Math.min(limit, end + 22)));
  const from = gloss ? end + gloss[0].length : text[end] === ")" ? end + 1 : end;
  return text.slice(from, wordEnd(text, from, limit));
}

/** Whether an amount can be a figure of the metric (money for revenue, a percentage for a margin, …). */
export function fits(a: Amount, m: MetricMention): boolean {
  switch (m.info.units) {
    case "money":
      return a.kind === "money";
    case "percent":
      return a.kind === "percent";
    case "count":
      return a.kind === "quantity" && a.unit !== null && /^[가-힣]+$/.test(a.unit);
    case "index":
      return a.kind === "index" || (a.kind === "number" && a.unit === null);
  }
}

/** An organization whose figures are other companies' (a brokerage, a research firm, a news outlet): its forecasts are its own view of others. */
export function isForecaster(p: Party): boolean {
  return p.type === "media" || p.sector === "securities" || p.sector === "market-research" || p.sector === "research" || p.sector === "ratings" || p.sector === "asset-management";
}

/** An organization named as the source of what follows (`X에 따르면`, `X의 집계에`), not as its subject. */
export function isSourceParty(text: string, p: Party, limit: number): boolean {
  const after = text.slice(p.end, Math.min(limit, p.end + 12));
  return /^(?:에|의\s?집계에|의\s?조사에|의\s?자료에)\s?따르면/.test(after) || p.type === "media";
}
