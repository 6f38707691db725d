// Compiles dictionaries/facts (metrics.tsv, keys.tsv, cues.tsv, owners.tsv, type-nouns.txt, not-segments.txt) and the particles of
// dictionaries/josa into src/generated/words.ts, which src/words.ts imports (bundled with the code;
// parsed on first use). Called by the root `npm run build` (scripts/data.mjs) and by Jest's global setup.
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readTable } from "../../normalizer/scripts/data.mjs";
import { readJosa } from "../../../scripts/josa.mjs";
import { readList } from "../../../scripts/word-list.mjs";
import { writeGeneratedModule } from "../../../scripts/generated-module.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dictionaries = join(here, "..", "..", "..", "dictionaries");
const dict = join(dictionaries, "facts");
const PERIODS = ["span", "point", "event", "none"];
const SUBJECTS = ["entity", "none", "central-bank"];
const ROLES = {
  change: ["up", "down", "flat"],
  turn: ["up", "down"],
  status: ["forecast", "target", "guidance", "consensus"],
  basis: ["consolidated", "separate"],
  base: ["yoy", "qoq", "mom", "previous"],
  source: ["according", "tally"],
  crowd: ["consensus"],
  head: ["metric"],
};
const UNITS = ["money", "percent", "count", "index"];
const STATUSES = ["reported", "forecast"];
const BASES = ["-", "previous"];

const fail = (file, what, got, allowed) => {
  throw new Error(`@sinmun/facts: expected ${what} in {${allowed.join(", ")}}, got ${JSON.stringify(got)} (dictionaries/facts/${file})`);
};

export function compile() {
  const keys = readTable(join(dict, "keys.tsv"), 7).map(([key, period, basis, subject, units, status, base]) => {
    if (!PERIODS.includes(period)) fail("keys.tsv", "period", period, PERIODS);
    if (basis !== "0" && basis !== "1") fail("keys.tsv", "basis", basis, ["0", "1"]);
    if (!SUBJECTS.includes(subject)) fail("keys.tsv", "subject", subject, SUBJECTS);
    if (!UNITS.includes(units)) fail("keys.tsv", "units", units, UNITS);
    if (!STATUSES.includes(status)) fail("keys.tsv", "status", status, STATUSES);
    if (!BASES.includes(base)) fail("keys.tsv", "base", base, BASES);
    return [key, period, basis === "1", subject, units, status, base === "-" ? null : base];
  });
  const known = new Set(keys.map((k) => k[0]));
  const metrics = readTable(join(dict, "metrics.tsv"), 3).map(([lemma, key, segment]) => {
    if (!known.has(key)) fail("metrics.tsv", "a key of keys.tsv", key, [...known]);
    return [lemma, key, segment === "-" ? null : segment];
  });
  const cues = readTable(join(dict, "cues.tsv"), 3).map(([word, role, value]) => {
    if (!(role in ROLES)) fail("cues.tsv", "role", role, Object.keys(ROLES));
    if (!ROLES[role].includes(value)) fail("cues.tsv", `value of ${role}`, value, ROLES[role]);
    return [word, role, value];
  });
  const owners = readTable(join(dict, "owners.tsv"), 2);
  const typeNouns = readList(join(dict, "type-nouns.txt"));
  const notSegments = readList(join(dict, "not-segments.txt"));
  const josa = readJosa(dictionaries).map((r) => r.josa).filter((j) => j !== "");
  return { version: 1, keys, metrics, cues, owners, typeNouns, notSegments, josa };
}

export async function build() {
  writeGeneratedModule(join(here, ".."), "words", "WORDS_JSON", compile(), "dictionaries/facts and dictionaries/josa");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await build();
}
