import { invalidOption, SinmunError } from "@sinmun/core";
import { batchimOf } from "./internal/batchim";
import { POS_TAGS, type UserEntry } from "./types";

const PKG = "@sinmun/tokenizer";
const TAGS: ReadonlySet<string> = new Set(POS_TAGS);

/**
 * Options of {@link toMecabUserCsv}.
 *
 * @example
 * const options: MecabCsvOptions = { contextIds: { NNP: { left: 1781, right: 3533 } }, cost: 0 }; // 고유명사 문맥 ID
 */
export interface MecabCsvOptions {
  /**
   * Left/right context ids per POS tag, from the target dictionary's left-id.def / right-id.def.
   * Without them the id and cost columns stay empty, as in mecab-ko-dic's `user-dic/*.csv`,
   * for `tools/add-userdic.sh` to fill in with the dictionary's model.
   */
  contextIds?: Record<string, { left: number; right: number }>;
  /** Word cost when ids are given (lower wins; default 0, so user entries beat the system dictionary). */
  cost?: number;
}

function field(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Writes user-dictionary entries as mecab-ko-dic user-dictionary CSV, one row per entry:
 * `표층형,좌문맥ID,우문맥ID,비용,품사태그,의미부류,종성유무,읽기,타입,첫번째품사,마지막품사,표현`.
 * The batchim flag (종성유무) comes from the last syllable of the reading (or of the surface;
 * acronyms by letter names). mecab cannot match across spaces, so entries whose surface holds a
 * space are left out (they still work through the tokenizer's overlay). Rows end with "\n".
 *
 * @example
 * toMecabUserCsv([{ surface: "오픈AI", pos: "NNP", reading: "오픈에이아이", semantic: "단체" }]);
 * // → "오픈AI,,,,NNP,단체,F,오픈에이아이,*,*,*,*\n"
 */
export function toMecabUserCsv(entries: readonly UserEntry[], options: MecabCsvOptions = {}): string {
  if (!Array.isArray(entries)) {
    throw new SinmunError(PKG, "invalid-option", `expected entries to be an array of { surface, pos }, got ${typeof entries}`);
  }
  const rows: string[] = [];
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (e === null || typeof e !== "object" || typeof e.surface !== "string" || e.surface.trim() === "") {
      throw new SinmunError(PKG, "invalid-option", `expected entries[${i}].surface to be a non-empty string, got ${JSON.stringify(e?.surface)}`);
    }
    if (!TAGS.has(e.pos)) throw invalidOption(PKG, `entries[${i}].pos`, POS_TAGS, e.pos);
    const surface = e.surface.trim().normalize("NFC");
    if (/\s/.test(surface)) return;
    const reading = (e.reading ?? surface).normalize("NFC");
    const kind = batchimOf(reading) ?? batchimOf(surface);
    const flag = kind === undefined ? "*" : kind === "none" ? "F" : "T";
    const ids = options.contextIds?.[e.pos];
    const cols = ids === undefined ? ["", "", ""] : [String(ids.left), String(ids.right), String(options.cost ?? 0)];
    const row = [field(surface), ...cols, e.pos, field(e.semantic ?? "*"), flag, field(reading), "*", "*", "*", "*"].join(",");
    if (!seen.has(row)) {
      seen.add(row);
      rows.push(row);
    }
  });
  return rows.map((r) => r + "\n").join("");
}
