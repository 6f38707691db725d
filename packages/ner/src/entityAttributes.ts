import type { Entity } from "@sinmun/core";
import type { EntityRecord } from "./types";

/** What a dictionary record can be, coarsely: the `type` of a linked entity. */
export const ENTITY_TYPES = ["company", "institution", "media", "person", "product", "place"] as const;

/** `meta.type` values of the bundled media records (dictionaries/entities/media.jsonl). */
const MEDIA_KINDS = new Set(["media", "news-agency", "newspaper", "magazine", "broadcaster"]);
/** `meta.type` values of the bundled institution records (dictionaries/entities/institutions.jsonl). */
const INSTITUTION_KINDS = new Set([
  "institution", "agency", "ministry", "regulator", "central-bank", "policy-bank", "international", "court",
  "legislature", "party", "research", "association", "union", "exchange", "university",
]);
const BY_LABEL = { PERSON: "person", LOC: "place", PRODUCT: "product" } as const;

/** The fields a linked entity gets from its record: type, ticker, exchange and the other meta keys. */
export type EntityAttributes = Pick<Entity, "type" | "ticker" | "exchange" | "attributes">;

/**
 * The coarse type of a record: `person`, `place`, `product` by label; an organization is `media` or
 * `institution` when its `meta.type` is a media or institution kind (`newspaper`, `central-bank`),
 * `company` when it has none; a user record's own `meta.type` is kept when it is none of these
 * (`startup`), and one of {@link ENTITY_TYPES} always wins.
 *
 * @example
 * recordType({ id: "bank-of-korea", label: "ORG", name: "한국은행", aliases: [], meta: { type: "central-bank" } }); // → "institution"
 * recordType({ id: "samsung-electronics", label: "ORG", name: "삼성전자", aliases: [] }); // → "company"
 */
export function recordType(record: EntityRecord): string {
  const kind = typeof record.meta?.type === "string" && record.meta.type !== "" ? record.meta.type : undefined;
  if (kind !== undefined && (ENTITY_TYPES as readonly string[]).includes(kind)) return kind;
  if (record.label !== "ORG") return BY_LABEL[record.label];
  if (kind === undefined) return "company";
  if (MEDIA_KINDS.has(kind)) return "media";
  if (INSTITUTION_KINDS.has(kind)) return "institution";
  return kind;
}

/**
 * What a mention linked to `record` carries besides the contract's fields: `type`
 * ({@link recordType}), `ticker` and `exchange` when the record's meta has them (as strings), and
 * every other meta key unchanged under `attributes` (absent when there is none). The result is a
 * fresh object each call, so entities never share one.
 *
 * @example
 * entityAttributes({ id: "nvidia", label: "ORG", name: "엔비디아", aliases: [], meta: { ticker: "NVDA", exchange: "NASDAQ", country: "US" } });
 * // → { type: "company", ticker: "NVDA", exchange: "NASDAQ", attributes: { country: "US" } }
 */
export function entityAttributes(record: EntityRecord): EntityAttributes {
  const out: EntityAttributes = { type: recordType(record) };
  const meta = record.meta;
  if (meta === undefined || meta === null || typeof meta !== "object") return out;
  const rest: Record<string, unknown> = {};
  let any = false;
  for (const [key, value] of Object.entries(meta)) {
    if (value === undefined) continue;
    if ((key === "ticker" || key === "exchange") && (typeof value === "string" || typeof value === "number")) out[key] = String(value);
    else {
      rest[key] = structuredClone(value);
      any = true;
    }
  }
  if (any) out.attributes = rest;
  return out;
}
