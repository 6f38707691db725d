import { SinmunError, invalidOption } from "@sinmun/core";
import type { Sentence, TextIndex, Token } from "@sinmun/core";
import { buildIndex, mergeRecords } from "./dictionaryIndex";
import { loadEntities } from "./loadEntities";
import { passContext } from "./passes/context";
import { recognizePasses } from "./recognize";
import { bundledEntities, ruleData } from "./ruleData";
import type { CreateRecognizerOptions, EntityRecord, Recognizer, RecognizeOptions, UserEntry } from "./types";

const PKG = "@sinmun/ner";
/** The keys `createRecognizer` accepts. */
const CREATE_KEYS = ["entities", "bundled"] as const;
/** The keys `recognize` accepts. */
const RECOGNIZE_KEYS = ["sentences", "tokens", "index"] as const;

/** Throws unless `options` is undefined or a plain object whose keys are all in `allowed`. */
function checkKeys(options: unknown, allowed: readonly string[]): asserts options is Record<string, unknown> | undefined {
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) throw invalidOption(PKG, "options", ["object", "undefined"], options);
  for (const key of Object.keys(options)) if (!allowed.includes(key)) throw invalidOption(PKG, "option", allowed, key);
}

const isSpanLike = (x: unknown): boolean =>
  x !== null && typeof x === "object" && Number.isFinite((x as { start?: unknown }).start) && Number.isFinite((x as { end?: unknown }).end);

/** Checks `recognize`'s per-call options: known keys, arrays of spans, an index of this very text. */
function checkRecognizeOptions(text: string, options: unknown): { sentences?: Sentence[]; tokens?: Token[]; index?: TextIndex } {
  checkKeys(options, RECOGNIZE_KEYS);
  if (options === undefined) return {};
  const { sentences, tokens, index } = options;
  if (sentences !== undefined) {
    if (!Array.isArray(sentences)) throw invalidOption(PKG, "sentences", ["Sentence[]", "undefined"], sentences);
    const bad = sentences.findIndex((s) => !isSpanLike(s));
    if (bad >= 0) throw invalidOption(PKG, `sentences[${bad}]`, ["{ start, end }"], sentences[bad]);
  }
  if (tokens !== undefined) {
    if (!Array.isArray(tokens)) throw invalidOption(PKG, "tokens", ["Token[]", "undefined"], tokens);
    const bad = tokens.findIndex((t) => !isSpanLike(t) || !Array.isArray((t as Token).tags));
    if (bad >= 0) throw invalidOption(PKG, `tokens[${bad}]`, ["Token { start, end, tags, … }"], tokens[bad]);
  }
  if (index !== undefined) {
    const ix = index as Partial<TextIndex> | null;
    if (ix === null || typeof ix !== "object" || typeof ix.sentenceAt !== "function" || typeof ix.wordAt !== "function" || typeof ix.text !== "string") {
      throw invalidOption(PKG, "index", ["TextIndex (indexText from @sinmun/core)", "undefined"], typeof index === "object" ? "an object that is not a TextIndex" : index);
    }
    if (typeof text === "string" && ix.text !== text) throw invalidOption(PKG, "index", ["a TextIndex of this text"], "a TextIndex of another text");
  }
  return options as { sentences?: Sentence[]; tokens?: Token[]; index?: TextIndex };
}

const SEMANTIC: Record<EntityRecord["label"], string | undefined> = { PERSON: "인명", LOC: "지명", ORG: undefined, PRODUCT: undefined };

/**
 * Builds a recognizer over the bundled dictionary and/or user entities (records or a JSONL path).
 * User records win: the same id replaces the bundled record, and an alias a user record claims moves
 * to it.
 *
 * @example
 * const ner = createRecognizer({ entities: [{ id: "hanbit", label: "ORG", name: "한빛소프트", aliases: ["한빛"] }] });
 * ner.recognize("샘 올트먼 오픈AI 최고경영자(CEO)는 한빛과 손잡았다. 올트먼은 …");
 * // → [{ text: "샘 올트먼", label: "PERSON", id: "sam-altman", … }, { text: "오픈AI", id: "openai", … },
 * //    { text: "한빛", id: "hanbit", … }, { text: "올트먼", id: "sam-altman", name: "샘 올트먼", … }]
 */
export function createRecognizer(options: CreateRecognizerOptions = {}): Recognizer {
  checkKeys(options, CREATE_KEYS);
  const { entities, bundled = true } = options as CreateRecognizerOptions;
  if (typeof bundled !== "boolean") throw invalidOption(PKG, "bundled", ["true", "false"], bundled);
  let user: EntityRecord[] = [];
  if (typeof entities === "string") user = loadEntities(entities);
  else if (Array.isArray(entities)) user = entities;
  else if (entities !== undefined) throw invalidOption(PKG, "entities", ["EntityRecord[]", "file path"], entities);
  for (const r of user) {
    if (!r || typeof r.id !== "string" || typeof r.name !== "string" || !Array.isArray(r.aliases)) {
      throw new SinmunError(PKG, "invalid-entity", `expected entity records {id, label, name, aliases}, got ${JSON.stringify(r)}`);
    }
    if (!["PERSON", "ORG", "PRODUCT", "LOC"].includes(r.label)) throw invalidOption(PKG, "label", ["PERSON", "ORG", "PRODUCT", "LOC"], r.label);
  }
  const rules = ruleData();
  const records = mergeRecords(bundled ? bundledEntities() : [], user);
  const index = buildIndex(records);
  let overlay: UserEntry[] | undefined;
  return {
    size: records.length,
    recognize(text: string, opts?: RecognizeOptions) {
      const { sentences, tokens, index: textIndex } = checkRecognizeOptions(text, opts);
      if (typeof text !== "string" || text.length === 0) return [];
      return recognizePasses(index, passContext(text, rules, textIndex, sentences), tokens ?? []);
    },
    lookup(id: string) {
      const i = index.byId.get(id);
      if (i === undefined) return undefined;
      const r = index.records[i] as EntityRecord & { nameClaimed?: boolean };
      const { nameClaimed: _, ...rec } = r;
      return rec;
    },
    userDictionary() {
      if (overlay) return overlay.map((e) => ({ ...e }));
      const seen = new Set<string>();
      const out: UserEntry[] = [];
      for (const r of [...records].reverse()) {
        for (const s of [r.name, ...r.aliases]) {
          const surface = s.normalize("NFC").replace(/\s+/g, "");
          if (surface === "" || seen.has(surface) || !/[가-힣]/.test(surface)) continue;
          seen.add(surface);
          const e: UserEntry = { surface, pos: "NNP" };
          const sem = SEMANTIC[r.label];
          if (sem !== undefined) e.semantic = sem;
          out.push(e);
        }
      }
      overlay = out.sort((a, b) => (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0));
      return overlay.map((e) => ({ ...e }));
    },
  };
}
