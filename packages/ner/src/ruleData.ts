import { ENTITIES_JSON } from "./generated/entities";
import { RULES_JSON } from "./generated/rules";
import type { EntityRecord } from "./types";

/** Word lists compiled from dictionaries/titles and dictionaries/org-suffixes by scripts/data.mjs (into src/generated/, bundled with the code; parsed on first use). */
export interface RuleData {
  titles: Set<string>;
  surnames: Set<string>;
  notNames: Set<string>;
  josa: Set<string>;
  /** The particles of each class of dictionaries/josa/josa.tsv, in file order: `topic` → 는, 은. */
  josaByClass: Map<string, readonly string[]>;
  josaMaxLength: number;
  /** The subject particles (이, 가): nothing follows them in a particle sequence. */
  subjectJosa: Set<string>;
  attachedSuffixes: string[];
  separateSuffixes: Set<string>;
  notOrgs: Set<string>;
  stemsNotNames: Set<string>;
  acronymStoplist: Set<string>;
  acronymOwnerSuffixes: string[];
  orgCues: Set<string>;
  /** Words after 엑스에/X의/엑스 that show the platform (PRODUCT) is meant, not the company. */
  platformCues: Set<string>;
  /** Type nouns before an organization's name (제약사 얀센, 시장조사업체 트렌드포스): the context pass. */
  typeNouns: Set<string>;
}

let rules: RuleData | undefined;
let bundled: EntityRecord[] | undefined;

/** The rule word lists (loaded once). */
export function ruleData(): RuleData {
  if (rules) return rules;
  const raw = JSON.parse(RULES_JSON) as Record<string, string[]>;
  const get = (k: string): string[] => raw[k] ?? [];
  const josa = new Set(get("josa"));
  rules = {
    titles: new Set(get("titles")),
    surnames: new Set(get("surnames")),
    notNames: new Set(get("notNames")),
    josa,
    josaByClass: new Map(Object.entries(raw).filter(([k]) => k.startsWith("josa:")).map(([k, v]) => [k.slice("josa:".length), v])),
    josaMaxLength: Math.max(0, ...[...josa].map((j) => j.length)),
    subjectJosa: new Set(get("josa:subject")),
    // Longest suffix first, so 투자증권 is tried before 증권.
    attachedSuffixes: [...get("attachedSuffixes")].sort((a, b) => b.length - a.length),
    separateSuffixes: new Set(get("separateSuffixes")),
    notOrgs: new Set(get("notOrgs")),
    stemsNotNames: new Set(get("stemsNotNames")),
    acronymStoplist: new Set(get("acronymStoplist")),
    orgCues: new Set(get("orgCues")),
    platformCues: new Set(get("platformCues")),
    typeNouns: new Set(get("typeNouns")),
    acronymOwnerSuffixes: [...get("acronymOwnerSuffixes")].sort((a, b) => b.length - a.length),
  };
  return rules;
}

/** The bundled entity records (loaded once). */
export function bundledEntities(): EntityRecord[] {
  if (!bundled) bundled = JSON.parse(ENTITIES_JSON) as EntityRecord[];
  return bundled;
}
