import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SinmunError } from "@sinmun/core";
import type { EntityRecord } from "./types";

/** Word lists compiled from dictionaries/titles and dictionaries/org-suffixes by scripts/data.mjs. */
export interface RuleData {
  titles: Set<string>;
  surnames: Set<string>;
  notNames: Set<string>;
  josa: Set<string>;
  josaMaxLength: number;
  attachedSuffixes: string[];
  separateSuffixes: Set<string>;
  notOrgs: Set<string>;
  stemsNotNames: Set<string>;
  acronymStoplist: Set<string>;
  acronymOwnerSuffixes: string[];
  orgCues: Set<string>;
  /** Words after 엑스에/X의/엑스 that show the platform (PRODUCT) is meant, not the company. */
  platformCues: Set<string>;
}

const dataDir = join(__dirname, "..", "data");
let rules: RuleData | undefined;
let bundled: EntityRecord[] | undefined;

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dataDir, file), "utf8"));
  } catch (e) {
    throw new SinmunError("@sinmun/ner", "missing-data", `expected generated data at ${join(dataDir, file)} (run \`npm run build\`), got ${(e as Error).message}`);
  }
}

/** The rule word lists (loaded once). */
export function ruleData(): RuleData {
  if (rules) return rules;
  const raw = readJson("rules.json") as Record<string, string[]>;
  const get = (k: string): string[] => raw[k] ?? [];
  const josa = new Set(get("josa"));
  rules = {
    titles: new Set(get("titles")),
    surnames: new Set(get("surnames")),
    notNames: new Set(get("notNames")),
    josa,
    josaMaxLength: Math.max(0, ...[...josa].map((j) => j.length)),
    // Longest suffix first, so 투자증권 is tried before 증권.
    attachedSuffixes: [...get("attachedSuffixes")].sort((a, b) => b.length - a.length),
    separateSuffixes: new Set(get("separateSuffixes")),
    notOrgs: new Set(get("notOrgs")),
    stemsNotNames: new Set(get("stemsNotNames")),
    acronymStoplist: new Set(get("acronymStoplist")),
    orgCues: new Set(get("orgCues")),
    platformCues: new Set(get("platformCues")),
    acronymOwnerSuffixes: [...get("acronymOwnerSuffixes")].sort((a, b) => b.length - a.length),
  };
  return rules;
}

/** The bundled entity records (loaded once). */
export function bundledEntities(): EntityRecord[] {
  if (!bundled) bundled = readJson("entities.json") as EntityRecord[];
  return bundled;
}
