// Compares the gold values and periods with what the pipeline reads (amounts and dates layers of
// `sinmun analyze`): every gold value or change.by should be an amount read inside its evidence
// sentence, every gold period a date value of the document. Prints the disagreements; the ones that
// are the pipeline's misreadings are listed in README.md ("Known disagreements"). Needs a build
// (npx tsc -b). Run: node corpora/facts/check.mjs
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, "..", "..", "packages", "cli", "dist", "bin.js");
let total = 0;
for (const name of ["facts", "heldout"]) {
  if (!existsSync(join(here, `${name}.jsonl`))) continue;
  const out = execFileSync("node", [bin, "analyze", join(here, `${name}.jsonl`), "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const gold = readFileSync(join(here, `${name}.jsonl`), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const byId = new Map(JSON.parse(out).map((d) => [d.id, d]));
  for (const doc of gold) {
    const a = byId.get(doc.id);
    const miss = [];
    for (const f of doc.facts) {
      const s = doc.text.indexOf(f.evidence), e = s + f.evidence.length;
      const inEv = (v) => a.amounts.some((x) => x.start >= s && x.end <= e && x.decimal === v.decimal && (x.unit ?? null) === v.unit);
      if (f.value && !inEv(f.value)) miss.push(`value ${f.value.decimal} ${f.value.unit} (${f.metric})`);
      const inDoc = (v) => a.amounts.some((x) => x.decimal === v.decimal && (x.unit ?? null) === v.unit);
      if (f.change?.by && !inDoc(f.change.by)) miss.push(`change.by ${f.change.by.decimal} ${f.change.by.unit} (${f.metric})`);
      if (f.period && !a.dates.some((d) => d.value === f.period)) miss.push(`period ${f.period} (${f.metric})`);
    }
    if (miss.length) {
      total += miss.length;
      console.log(`${name} ${doc.id}: ${miss.join("; ")}`);
      console.log(`   amounts: ${a.amounts.map((x) => `${x.text}=${x.decimal}${x.unit ?? ""}`).join(", ")}`);
      console.log(`   dates: ${a.dates.map((x) => `${x.text}=${x.value}`).join(", ")}`);
    }
  }
}
console.log(`${total} disagreement(s)`);
