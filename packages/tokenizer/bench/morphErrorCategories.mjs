// Sorts the wrong eojeols of a morpheme evaluation into the categories of the tokenizer README
// (one category each, the first check that matches, in this order) and prints a Markdown table.
// Run: node packages/cli/dist/bin.js eval --corpus ../shared/corpora/ud-korean-gsd/ko_gsd-ud-dev.conllu \
//        --task morphs --format conllu --json > /tmp/morphs.json
//      node packages/tokenizer/bench/morphErrorCategories.mjs /tmp/morphs.json
// The report's errors are the scorer's mapped morphemes (`form/TAG + …`); the first example of each
// category is shown.
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2] ?? "/dev/stdin", "utf8"));
const split = (s) => (s ? s.split(" + ").map((x) => ({ f: x.slice(0, x.lastIndexOf("/")), t: x.slice(x.lastIndexOf("/") + 1) })) : []);
const NOUNISH = /^(NNG|NNP|NNB|NNBC|NR|XPN|XSN|SN|SL|SH)$/;
const PREDICATE = /^(XSV|XSA|VV|VX|VA)$/;

function category(e) {
  const g = split(e.gold);
  const p = split(e.pred);
  const gf = g.map((m) => m.f);
  const pf = p.map((m) => m.f);
  const sameForms = gf.join(" ") === pf.join(" ");
  const diffs = sameForms ? g.map((m, i) => [m, p[i]]).filter(([a, b]) => a.t !== b.t) : [];
  const only = (fn) => diffs.length > 0 && diffs.every(([a, b]) => fn(a, b));
  if (only((a, b) => a.t === "EC" && b.t === "EF")) return "GSD tags a final ending without punctuation EC (its convention; we say EF)";
  if (only((a) => a.f === "이")) return "이 tagged otherwise (VCP / JKS / JKC / NP / NNB)";
  if (only((a) => /^[와과]$/.test(a.f))) return "와/과 as JKB vs JC";
  if (diffs.some(([a, b]) => a.t === "XR" || b.t === "XR")) return "XR roots (유용, 가능) vs NNG";
  if (only((a, b) => PREDICATE.test(a.t) && PREDICATE.test(b.t))) return "predicate stems: XSV / XSA / VV / VX / VA";
  if (only((a, b) => /^NN[GP]$/.test(a.t) && /^NN[GP]$/.test(b.t))) return "NNG vs NNP";
  if (sameForms) return "same morphemes, other tag differences (NNB/NNG, MAG/MAJ, MAG/NNG …)";
  if (p.some((m) => m.t === "NA")) return "unknown word left whole (NA)";
  if (gf.includes("이") && !pf.includes("이")) return "이 not split off (이지만/NNP, X이 read as one noun …)";
  if ([...gf, ...pf].some((f) => /^[ㄱ-ㅎ]/.test(f)) && gf.join("") !== pf.join("")) return "contracted endings (ㄴ/ㄹ/ㅁ/ㅂ) and stem + ETM read for a noun (문 = 물+ㄴ)";
  const lead = (ms) => {
    const out = [];
    for (const m of ms) {
      if (!NOUNISH.test(m.t)) break;
      out.push(m.f);
    }
    return out;
  };
  const gn = lead(g);
  const pn = lead(p);
  if (gn.length > 0 && gn.join("") === pn.join("") && gn.length !== pn.length) return "nouns cut differently (compounds, names: 스타+벅스)";
  if (gf.join("") === pf.join("")) return "same letters, cut differently (not only nouns)";
  return "other analysis differences (stems, typos in the text, 세요 = 시+어요)";
}

const counts = new Map();
const example = new Map();
for (const e of report.errors) {
  const c = category(e);
  counts.set(c, (counts.get(c) ?? 0) + 1);
  if (!example.has(c)) example.set(c, `\`${e.eojeol}\` ${e.gold} / ours ${e.pred}`);
}
console.log("| category | eojeols | example (GSD / ours) |\n|---|---:|---|");
for (const [c, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`| ${c} | ${n} | ${(example.get(c) ?? "").replace(/\|/g, "\\|")} |`);
console.log(`| **all wrong eojeols** | **${report.errors.length}** of ${report.scores.exact.total.toLocaleString("en")} | |`);
