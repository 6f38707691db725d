// Builds news-styles.jsonl from the inline markup in source/*.txt (all three layers).
//   # <doc id> <style>      starts a document; the following lines (joined with "\n") are its text
//   [surface|LABEL|id]      an entity mention (as in corpora/business-news; ids checked against dictionaries/entities)
//   {surface|kind|value|unit|flags}
//                           an amount. value: an exact decimal, `a..b` (a range), `>=a` `>a` `<=a` `<a` (a bound),
//                           unit: `-` for none. flags (comma-separated): `~` approx, `q:over|under|reach|nearly`,
//                           `>` this amount is the `from` of a change whose `to` is the next amount.
//   «kind;S=…;C=…;SRC=…|…»  a quote (kind direct | indirect | mixed) spanning the text after `|` up to the closing `»`.
//                           S=text: the speaker, the last occurrence of text before the quote (S>text: the first
//                           after it); `+` joins coordinated speakers; `~anonymous`/`~organization`/`~unresolved`
//                           sets the kind of a speaker that is no entity mention; `@id` resolves a pronoun or
//                           title reference to an entity id. No S: no speaker. C=surface/lemma: the cue, the first
//                           occurrence after the quote; no C: no cue. SRC=text: the outlet of a reported chain.
// Run: node corpora/news-styles/build.mjs [--check]
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDictionary } from "../dictionary.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { records, surfaces } = loadDictionary();

const problems = [];
const notes = [];
const docs = [];

function parseAmount(id, text, start, inner) {
  const [surface, kind, value, unit, flags = ""] = inner.split("|");
  const a = { start, end: start + surface.length, text: surface, kind, value: null, decimal: null, unit: unit === "-" ? null : unit, approx: false };
  const fl = flags.split(",").filter(Boolean);
  let m;
  if ((m = /^(-?[\d.]+)\.\.(-?[\d.]+)$/.exec(value))) {
    Object.assign(a, { min: Number(m[1]), max: Number(m[2]), minDecimal: m[1], maxDecimal: m[2], minInclusive: true, maxInclusive: true });
  } else if ((m = /^(>=|>|<=|<)(-?[\d.]+)$/.exec(value))) {
    if (m[1][0] === ">") Object.assign(a, { min: Number(m[2]), minDecimal: m[2], minInclusive: m[1] === ">=" });
    else Object.assign(a, { max: Number(m[2]), maxDecimal: m[2], maxInclusive: m[1] === "<=" });
  } else if (/^-?\d+(\.\d+)?$/.test(value)) {
    a.decimal = value;
    a.value = Number(value);
  } else problems.push(`${id}: bad amount value ${value} (${surface})`);
  if (fl.includes("~")) a.approx = true;
  for (const f of fl) if (f.startsWith("q:")) a.qualifier = f.slice(2);
  return { a, changeFrom: fl.includes(">") };
}

for (const f of readdirSync(join(here, "source")).filter((f) => f.endsWith(".txt")).sort()) {
  const blocks = readFileSync(join(here, "source", f), "utf8").normalize("NFC").split(/^# /m).slice(1);
  for (const block of blocks) {
    const nl = block.indexOf("\n");
    const [id, style] = block.slice(0, nl).trim().split(/\s+/);
    const body = block.slice(nl + 1).replace(/\s+$/, "");
    let text = "";
    const entities = [];
    const amounts = [];
    const changeFrom = [];
    const open = [];
    const quoteMarks = [];
    let i = 0;
    while (i < body.length) {
      const c = body[i];
      if (c === "[" && /^\[[^\]|]+\|(PERSON|ORG|PRODUCT|LOC)\|/.test(body.slice(i, i + 80))) {
        const close = body.indexOf("]", i);
        const [surface, label, eid, nameOverride] = body.slice(i + 1, close).split("|");
        let name = nameOverride;
        if (!name) {
          if (eid.startsWith("doc:")) {
            name = eid.slice(4).replace(/-/g, " ");
            const known = surfaces.get(name.replace(/\s+/g, ""));
            // A note, not a failure: the dictionary grows while the corpus stays fixed (relink when convenient).
            if (known) notes.push(`${id}: ${eid} is now in the dictionary as ${known}`);
          }
          else if (records.has(eid)) {
            name = records.get(eid).name;
            if (records.get(eid).label !== label) problems.push(`${id}: ${surface} labelled ${label}, dictionary ${eid} is ${records.get(eid).label}`);
          } else {
            problems.push(`${id}: unknown dictionary id ${eid} (${surface})`);
            name = surface;
          }
        }
        entities.push({ start: text.length, end: text.length + surface.length, text: surface, label, id: eid, name });
        text += surface;
        i = close + 1;
      } else if (c === "{" && body.indexOf("|", i) > i && body.indexOf("|", i) < body.indexOf("}", i)) {
        const close = body.indexOf("}", i);
        const { a, changeFrom: from } = parseAmount(id, text, text.length, body.slice(i + 1, close));
        amounts.push(a);
        changeFrom.push(from);
        text += a.text;
        i = close + 1;
      } else if (c === "«") {
        const bar = body.indexOf("|", i);
        let attrs = body.slice(i + 1, bar).split(";");
        // attributes end at the first "|" followed by the quote's text; they are separated by ";"
        open.push({ start: text.length, attrs });
        i = bar + 1;
      } else if (c === "»") {
        const q = open.pop();
        if (!q) problems.push(`${id}: » without «`);
        else quoteMarks.push({ ...q, end: text.length });
        i++;
      } else {
        text += c;
        i++;
      }
    }
    if (open.length) problems.push(`${id}: unclosed «`);
    for (let k = 0; k < amounts.length; k++) {
      if (!changeFrom[k]) continue;
      if (k + 1 >= amounts.length) problems.push(`${id}: change without a to amount`);
      else amounts[k].change = amounts[k + 1].change = { from: k, to: k + 1 };
    }
    const entityAt = (s, e) => entities.find((x) => x.start === s && x.end === e);
    const speakerOf = (spec, q) => {
      let kindOverride;
      let idOverride;
      let textSpec = spec;
      const at = textSpec.indexOf("@");
      if (at >= 0) [textSpec, idOverride] = [textSpec.slice(0, at), textSpec.slice(at + 1)];
      const tilde = textSpec.indexOf("~");
      if (tilde >= 0) [textSpec, kindOverride] = [textSpec.slice(0, tilde), textSpec.slice(tilde + 1)];
      const after = textSpec.startsWith(">");
      if (after) textSpec = textSpec.slice(1);
      const pos = after ? text.indexOf(textSpec, q.end) : text.lastIndexOf(textSpec, q.start - 1);
      if (pos < 0 || (!after && pos + textSpec.length > q.start && q.start > 0 && pos >= q.start)) {
        problems.push(`${id}: speaker ${textSpec} not found`);
        return null;
      }
      const start = pos;
      const end = pos + textSpec.length;
      const ent = entityAt(start, end);
      if (idOverride) {
        const r = records.get(idOverride);
        const e2 = entities.find((x) => x.id === idOverride);
        if (!r && !e2) problems.push(`${id}: unknown speaker id ${idOverride}`);
        const label = r?.label ?? e2?.label;
        return { start, end, text: textSpec, id: idOverride.startsWith("doc:") ? null : idOverride, name: r?.name ?? e2?.name ?? textSpec, kind: label === "PERSON" ? "named" : "organization" };
      }
      if (ent) return { start, end, text: textSpec, id: ent.id.startsWith("doc:") ? null : ent.id, name: ent.name, kind: ent.label === "PERSON" ? "named" : "organization" };
      return { start, end, text: textSpec, id: null, name: textSpec, kind: kindOverride ?? "organization" };
    };
    const quotes = [];
    for (const q of quoteMarks) {
      const attrs = Object.fromEntries(q.attrs.slice(1).map((x) => [x.slice(0, x.indexOf("=")), x.slice(x.indexOf("=") + 1)]));
      const kind = q.attrs[0];
      if (!["direct", "indirect", "mixed"].includes(kind)) problems.push(`${id}: bad quote kind ${kind}`);
      const span = text.slice(q.start, q.end);
      const content = kind === "direct" ? { start: q.start + 1, end: q.end - 1 } : { start: q.start, end: q.end };
      const quote = { start: q.start, end: q.end, text: span, kind, content, speaker: null, cue: null };
      if (attrs.S) {
        const list = attrs.S.split("+").map((s) => speakerOf(s, q)).filter(Boolean);
        quote.speaker = list[0] ?? null;
        if (list.length > 1) quote.speakers = list;
      }
      if (attrs.SRC) quote.source = speakerOf(">" + attrs.SRC.replace(/^>/, ""), q);
      if (attrs.C) {
        const [surface, lemma] = attrs.C.split("/");
        const pos = text.indexOf(surface, q.end);
        if (pos < 0) problems.push(`${id}: cue ${surface} not found`);
        else quote.cue = { start: pos, end: pos + surface.length, text: surface, lemma };
      }
      quotes.push(quote);
    }
    quotes.sort((a, b) => a.start - b.start || a.end - b.end);
    if (/[\[\]{}«»]/.test(text.replace(/\[[^\]]*\]/g, ""))) problems.push(`${id}: leftover markup`);
    docs.push({ id, style, text, entities, amounts, quotes });
  }
}
const ids = new Set();
for (const d of docs) {
  if (ids.has(d.id)) problems.push(`duplicate document id ${d.id}`);
  ids.add(d.id);
}
if (notes.length) process.stderr.write(notes.map((n) => `note: ${n}`).join("\n") + "\n");
if (problems.length) process.stderr.write(problems.join("\n") + "\n");
const out = docs.map((d) => JSON.stringify(d)).join("\n") + "\n";
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(join(here, "news-styles.jsonl"), "utf8");
  } catch {}
  if (current !== out) problems.push("news-styles.jsonl is stale: run node corpora/news-styles/build.mjs");
} else writeFileSync(join(here, "news-styles.jsonl"), out);
const n = (k) => docs.reduce((s, d) => s + d[k].length, 0);
process.stdout.write(`${docs.length} documents, ${n("entities")} entities, ${n("amounts")} amounts, ${n("quotes")} quotes; ${problems.length} problems\n`);
process.exitCode = problems.length ? 1 : 0;
