import { SinmunError, invalidOption } from "@sinmun/core";
import { buildIndex, mergeRecords } from "./dictionaryIndex";
import { loadEntities } from "./loadEntities";
import { recognizeText } from "./recognize";
import { bundledEntities, ruleData } from "./ruleData";
import type { CreateRecognizerOptions, EntityRecord, Recognizer, RecognizeOptions, UserEntry } from "./types";

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
  if (options === null || typeof options !== "object") throw invalidOption("@sinmun/ner", "options", ["object"], options);
  const { entities, bundled = true } = options;
  if (typeof bundled !== "boolean") throw invalidOption("@sinmun/ner", "bundled", ["true", "false"], bundled);
  let user: EntityRecord[] = [];
  if (typeof entities === "string") user = loadEntities(entities);
  else if (Array.isArray(entities)) user = entities;
  else if (entities !== undefined) throw invalidOption("@sinmun/ner", "entities", ["EntityRecord[]", "file path"], entities);
  for (const r of user) {
    if (!r || typeof r.id !== "string" || typeof r.name !== "string" || !Array.isArray(r.aliases)) {
      throw new SinmunError("@sinmun/ner", "invalid-entity", `expected entity records {id, label, name, aliases}, got ${JSON.stringify(r)}`);
    }
    if (!["PERSON", "ORG", "PRODUCT", "LOC"].includes(r.label)) throw invalidOption("@sinmun/ner", "label", ["PERSON", "ORG", "PRODUCT", "LOC"], r.label);
  }
  const rules = ruleData();
  const records = mergeRecords(bundled ? bundledEntities() : [], user);
  const index = buildIndex(records);
  let overlay: UserEntry[] | undefined;
  return {
    size: records.length,
    recognize(text: string, opts?: RecognizeOptions) {
      return recognizeText(index, rules, text, opts ?? {});
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
