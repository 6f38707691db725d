// Builds facts.jsonl from source/facts.txt and heldout.jsonl from source/heldout.txt, validating
// every document against GUIDELINES.md; exits non-zero on the first file with errors.
// Run: node corpora/facts/build.mjs
//
// Source format (one document per block):
//   @ <id> <date YYYY-MM-DD> <genre>
//   <text, one line>
//   - <subject> <metric> <value> <period> [key=value …]
// `_` is null. <value> is a number as Korean news writes it, glued to its unit code: `12조1000억KRW`,
// `380억USD`, `2.5%`, `0.25%p`, `2500만명`, `2612.35` (no unit: an index level). <period> is ISO
// (`2025-07-01/2025-09-30`, `2025-10-30`, `../2030-12-31`) or a short form: `2025Q3`, `2025H1`,
// `2025` (the year), `2025-10` (the month), `..2030` / `..2030-06` / `..2030-06-15` (until).
// Keys: seg=<segment> b=c|s (basis) ch=<up|down|flat>[/<by value>][/<base>] st=r|f|t|g|c
// (status, default r) src=<source> cp=<counterparty> dur=<ISO duration> ev=<sentence number, 1-based>.
// In segment and name values `_` stands for a space.
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDictionary } from "../dictionary.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { records, surfaces } = loadDictionary();

// Metric keys: the first column of the Metrics table in GUIDELINES.md.
const guide = readFileSync(join(here, "GUIDELINES.md"), "utf8");
const metricsPart = guide.slice(guide.indexOf("## Metrics"), guide.indexOf("## Scoring"));
const METRICS = new Set([...metricsPart.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]));
if (METRICS.size < 20) throw new Error(`GUIDELINES.md: expected the metrics table, found ${METRICS.size} keys`);

const GENRES = ["earnings", "guidance", "deals", "rates-fx", "market"];
const STATUS = { r: "reported", f: "forecast", t: "target", g: "guidance", c: "consensus" };
const BASIS = { c: "consolidated", s: "separate" };
const DIRECTIONS = new Set(["up", "down", "flat"]);
const BASES = new Set(["yoy", "qoq", "mom", "previous"]);
const UNITS = new Set(["KRW", "USD", "EUR", "JPY", "CNY", "TWD", "%", "%p", "명", "대", "주", "척", "건", "개", "pt"]);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MIN = { facts: { docs: 64, perGenre: 12 }, heldout: { docs: 16, perGenre: 3 } };

/** "12조1000억" / "1.5조" / "2,612.35" → exact decimal string (no exponent, no trailing zeros). */
export function koreanNumber(s) {
  const SCALE = 6n; // fractional digits kept
  const parse = (d) => {
    if (!/^\d+(\.\d+)?$/.test(d)) throw new Error(`bad number ${JSON.stringify(s)}`);
    const [i, f = ""] = d.split(".");
    if (f.length > Number(SCALE)) throw new Error(`too many decimals in ${JSON.stringify(s)}`);
    return BigInt(i + f.padEnd(Number(SCALE), "0"));
  };
  const MULT = { 조: 10n ** 12n, 억: 10n ** 8n, 만: 10n ** 4n, 천: 1000n };
  let total = 0n;
  let rest = s.replace(/,/g, "");
  const re = /(\d+(?:\.\d+)?)([조억만천]?)/y;
  let m;
  while (rest.length && (m = re.exec(rest))) {
    total += parse(m[1]) * (m[2] ? MULT[m[2]] : 1n);
    rest = rest.slice(m[0].length);
    re.lastIndex = 0;
  }
  if (rest.length) throw new Error(`bad number ${JSON.stringify(s)}`);
  const str = total.toString().padStart(Number(SCALE) + 1, "0");
  const int = str.slice(0, -Number(SCALE));
  const frac = str.slice(-Number(SCALE)).replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int;
}

function value(tok) {
  if (tok === "_") return null;
  const m = /^([\d.,조억만천]+)(.*)$/.exec(tok);
  if (!m) throw new Error(`bad value ${JSON.stringify(tok)}`);
  const unit = m[2] === "" ? null : m[2];
  if (unit !== null && !UNITS.has(unit)) throw new Error(`unknown unit ${JSON.stringify(unit)} in ${tok}`);
  return { decimal: koreanNumber(m[1]), unit };
}

const pad = (n) => String(n).padStart(2, "0");
const lastDay = (y, mo) => new Date(Date.UTC(y, mo, 0)).getUTCDate();
function validDay(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo);
}
function period(tok) {
  if (tok === "_") return null;
  let m;
  if ((m = /^(\d{4})Q([1-4])$/.exec(tok))) {
    const q = +m[2], y = +m[1], e = q * 3;
    return `${y}-${pad(e - 2)}-01/${y}-${pad(e)}-${lastDay(y, e)}`;
  }
  if ((m = /^(\d{4})H([12])$/.exec(tok))) return m[2] === "1" ? `${m[1]}-01-01/${m[1]}-06-30` : `${m[1]}-07-01/${m[1]}-12-31`;
  if ((m = /^(\d{4})$/.exec(tok))) return `${m[1]}-01-01/${m[1]}-12-31`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(tok))) return `${m[1]}-${m[2]}-01/${m[1]}-${m[2]}-${lastDay(+m[1], +m[2])}`;
  if ((m = /^\.\.(\d{4})$/.exec(tok))) return `../${m[1]}-12-31`;
  if ((m = /^\.\.(\d{4})-(\d{2})$/.exec(tok))) return `../${m[1]}-${m[2]}-${lastDay(+m[1], +m[2])}`;
  if ((m = /^\.\.(\d{4}-\d{2}-\d{2})$/.exec(tok))) return `../${m[1]}`;
  return tok;
}
function checkPeriod(p) {
  if (p === null) return true;
  if (validDay(p)) return true;
  const parts = p.split("/");
  if (parts.length !== 2) return false;
  const [a, b] = parts;
  if (a === ".." && validDay(b)) return true;
  if (b === ".." && validDay(a)) return true;
  return validDay(a) && validDay(b) && a <= b;
}

/** Sentences of a text as the evidence field quotes them. */
function sentences(text) {
  return text.split(/(?<=[.?!])\s+(?=\S)/);
}

function entity(tok, text, where, errors, field) {
  if (tok === undefined || tok === "_") return null;
  const name = tok.replace(/_/g, " ");
  if (ID.test(name)) {
    if (!records.has(name)) errors.push(`${where}: ${field} ${name} is not an id in dictionaries/entities`);
    return name;
  }
  const known = surfaces.get(name.replace(/\s+/g, ""));
  if (known) errors.push(`${where}: ${field} ${name} is in the dictionary: write its id ${known}`);
  if (!text.includes(name)) errors.push(`${where}: ${field} ${name} is neither an id nor written in the text`);
  return name;
}

function parseFact(line, doc, where, errors) {
  const toks = line.slice(1).trim().split(/\s+/);
  if (toks.length < 4) { errors.push(`${where}: expected subject metric value period [options]`); return null; }
  const [subj, metric, val, per, ...opts] = toks;
  const o = {};
  for (const t of opts) {
    const i = t.indexOf("=");
    if (i < 1) { errors.push(`${where}: bad option ${t}`); continue; }
    const k = t.slice(0, i);
    if (!["seg", "b", "ch", "st", "src", "cp", "dur", "ev"].includes(k)) errors.push(`${where}: unknown option ${k}`);
    if (k in o) errors.push(`${where}: option ${k} twice`);
    o[k] = t.slice(i + 1);
  }
  if (!METRICS.has(metric)) errors.push(`${where}: metric ${metric} is not in the GUIDELINES table`);
  let v = null, change = null;
  try { v = value(val); } catch (e) { errors.push(`${where}: ${e.message}`); }
  const p = period(per);
  if (!checkPeriod(p)) errors.push(`${where}: bad period ${per}`);
  if (o.b !== undefined && !(o.b in BASIS)) errors.push(`${where}: basis ${o.b} is not c or s`);
  if (o.st !== undefined && !(o.st in STATUS)) errors.push(`${where}: status ${o.st} is not one of r f t g c`);
  if (o.ch !== undefined) {
    const [dir, by = "", base = ""] = o.ch.split("/");
    if (!DIRECTIONS.has(dir)) errors.push(`${where}: change direction ${dir}`);
    if (base && !BASES.has(base)) errors.push(`${where}: change base ${base}`);
    let byV = null;
    try { byV = by ? value(by) : null; } catch (e) { errors.push(`${where}: ${e.message}`); }
    change = { direction: dir, by: byV, base: base || null };
  }
  if (v === null && change === null) errors.push(`${where}: a fact needs a value or a change`);
  if (o.dur !== undefined && !/^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/.test(o.dur)) errors.push(`${where}: bad duration ${o.dur}`);
  const sents = sentences(doc.text);
  const n = Number(o.ev);
  if (!Number.isInteger(n) || n < 1 || n > sents.length) errors.push(`${where}: ev=${o.ev} is not a sentence number (1–${sents.length})`);
  const evidence = sents[n - 1] ?? "";
  if (evidence && !doc.text.includes(evidence)) errors.push(`${where}: evidence is not a substring of the text`);
  return {
    subject: entity(subj, doc.text, where, errors, "subject"),
    metric,
    segment: o.seg ? o.seg.replace(/_/g, " ") : null,
    value: v,
    period: p,
    basis: o.b ? BASIS[o.b] ?? o.b : null,
    change,
    status: STATUS[o.st ?? "r"] ?? o.st,
    source: entity(o.src, doc.text, where, errors, "source"),
    counterparty: entity(o.cp, doc.text, where, errors, "counterparty"),
    duration: o.dur ?? null,
    evidence,
  };
}

const allIds = new Set();
const allTexts = new Set();
let failed = false;
for (const name of ["facts", "heldout"]) {
  const file = `source/${name}.txt`;
  const errors = [];
  const docs = [];
  let doc = null;
  for (const [i, raw] of readFileSync(join(here, file), "utf8").split("\n").entries()) {
    const line = raw.trimEnd();
    const where = `${file}:${i + 1}`;
    if (line.trim() === "" || line.startsWith("#")) continue;
    if (line.startsWith("@ ")) {
      const [id, date, genre, extra] = line.slice(2).trim().split(/\s+/);
      if (!id || allIds.has(id)) errors.push(`${where}: expected a new id, got ${id}`);
      allIds.add(id);
      if (!validDay(date ?? "")) errors.push(`${where}: bad date ${date}`);
      else if (date < "2024-01-01" || date > "2026-12-31") errors.push(`${where}: date ${date} outside 2024–2026`);
      if (!GENRES.includes(genre)) errors.push(`${where}: genre ${genre} is not one of ${GENRES.join(", ")}`);
      if (extra) errors.push(`${where}: extra field ${extra}`);
      doc = { id, date, genre, text: null, facts: [], where };
      docs.push(doc);
    } else if (!doc) errors.push(`${where}: text before the first @ line`);
    else if (line.startsWith("- ")) {
      if (doc.text === null) errors.push(`${where}: a fact before the text`);
      else { const f = parseFact(line, doc, where, errors); if (f) doc.facts.push(f); }
    } else if (doc.text === null) {
      doc.text = line.trim();
      if (doc.text.normalize("NFC") !== doc.text) errors.push(`${where}: expected NFC`);
      if (allTexts.has(doc.text)) errors.push(`${where}: the same text twice`);
      allTexts.add(doc.text);
      const n = sentences(doc.text).length;
      if (n < 2 || n > 6) errors.push(`${where}: ${n} sentences, expected 2–6`);
    } else errors.push(`${where}: a second text line (facts start with "- ")`);
  }
  for (const d of docs) {
    if (d.text === null) errors.push(`${d.where}: no text`);
    if (d.facts.length < 1 || d.facts.length > 8) errors.push(`${d.where}: ${d.facts.length} facts, expected 1–8`);
  }
  const byGenre = Object.fromEntries(GENRES.map((g) => [g, docs.filter((d) => d.genre === g).length]));
  if (docs.length < MIN[name].docs) errors.push(`${file}: ${docs.length} documents, expected at least ${MIN[name].docs}`);
  for (const g of GENRES) if (byGenre[g] < MIN[name].perGenre) errors.push(`${file}: ${byGenre[g]} ${g} documents, expected at least ${MIN[name].perGenre}`);
  if (errors.length) {
    failed = true;
    console.error(errors.join("\n"));
    console.error(`${name}: ${errors.length} error(s); ${name}.jsonl not written`);
    continue;
  }
  const out = docs.map(({ id, date, genre, text, facts }) => JSON.stringify({ id, date, genre, text, facts }));
  writeFileSync(join(here, `${name}.jsonl`), out.join("\n") + "\n");
  const nFacts = docs.reduce((s, d) => s + d.facts.length, 0);
  console.log(`${name}.jsonl: ${docs.length} documents, ${nFacts} facts (${GENRES.map((g) => `${g} ${byGenre[g]}`).join(", ")})`);
}
process.exit(failed ? 1 : 0);
