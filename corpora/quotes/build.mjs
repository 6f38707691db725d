// Builds quotes.jsonl from the inline-annotated sources in source/*.txt, so every offset is exact.
// Markup (see README.md): a document starts with `=== <id>`, then `@ <key> <id|-> <PERSON|ORG> <name>`
// header lines, then its text. Inline tags, nestable:
//   {q<g><d|i|m>|…}         a quote of group g (direct / indirect / mixed)
//   {s<g,…>@<key>|…}         the speaker mention of groups g… (also a gold entity mention)
//   {s<g,…>@<key>~|…}        a pronoun / title reference resolved to <key> (not an entity mention)
//   {s<g,…>!anon|…} {s<g,…>!org|…} {s<g,…>!unres|…}   speaker with no dictionary entity
//   {c<g,…>=<lemma>|…}       the cue (reporting verb) of groups g…
//   {e@<key>|…}              an entity mention that speaks no quote
//   {n|…}                    a quoted phrase that is not speech
// Usage: node corpora/quotes/build.mjs   (writes corpora/quotes/quotes.jsonl)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

function parseDoc(id, lines) {
  const ents = new Map();
  const body = [];
  for (const line of lines) {
    const m = /^@ (\S+) (\S+) (PERSON|ORG) (.+)$/u.exec(line);
    if (m) ents.set(m[1], { id: m[2] === "-" ? null : m[2], label: m[3], name: m[4].trim() });
    else body.push(line);
  }
  while (body.length && body[body.length - 1].trim() === "") body.pop();
  while (body.length && body[0].trim() === "") body.shift();
  const src = body.join("\n");
  let text = "";
  const stack = [];
  const tags = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "{") {
      const bar = src.indexOf("|", i);
      if (bar < 0) throw new Error(`${id}: unterminated tag at ${i}`);
      stack.push({ head: src.slice(i + 1, bar), start: text.length });
      i = bar;
    } else if (c === "}") {
      const t = stack.pop();
      if (!t) throw new Error(`${id}: stray } at ${i}: ${src.slice(Math.max(0, i - 30), i + 1)}`);
      tags.push({ ...t, end: text.length });
    } else text += c;
  }
  if (stack.length) throw new Error(`${id}: unclosed tag ${stack[0].head}`);
  const span = (t) => ({ start: t.start, end: t.end, text: text.slice(t.start, t.end) });
  const groups = (s) => s.split(",").map((g) => g.trim());
  const quotes = [];
  const speakers = new Map();
  const cues = new Map();
  const entities = [];
  const nonSpeech = [];
  const entityOf = (key) => {
    const e = ents.get(key);
    if (!e) throw new Error(`${id}: unknown entity key ${key}`);
    return e;
  };
  for (const t of tags) {
    let m;
    if ((m = /^q(\d+)([dim])$/u.exec(t.head))) {
      const kind = { d: "direct", i: "indirect", m: "mixed" }[m[2]];
      const content = kind === "direct" ? { start: t.start + 1, end: t.end - 1 } : { start: t.start, end: t.end };
      quotes.push({ group: m[1], ...span(t), kind, content });
    } else if ((m = /^s([\d,]+)@(\S+?)(~?)$/u.exec(t.head))) {
      const e = entityOf(m[2]);
      const sp = { ...span(t), id: e.id, name: e.name, kind: e.label === "PERSON" ? "named" : "organization" };
      for (const g of groups(m[1])) speakers.set(g, sp);
      if (!m[3]) entities.push({ ...span(t), label: e.label, id: e.id ?? `doc:${m[2]}`, name: e.name, source: "dictionary" });
    } else if ((m = /^s([\d,]+)!(anon|org|unres)$/u.exec(t.head))) {
      const s = span(t);
      const kind = { anon: "anonymous", org: "organization", unres: "unresolved" }[m[2]];
      const sp = { ...s, id: null, name: kind === "unresolved" ? null : s.text, kind };
      for (const g of groups(m[1])) speakers.set(g, sp);
    } else if ((m = /^c([\d,]+)=(\S+(?: \S+)?)$/u.exec(t.head))) {
      for (const g of groups(m[1])) cues.set(g, { ...span(t), lemma: m[2] });
    } else if ((m = /^e@(\S+)$/u.exec(t.head))) {
      const e = entityOf(m[1]);
      entities.push({ ...span(t), label: e.label, id: e.id ?? `doc:${m[1]}`, name: e.name, source: "dictionary" });
    } else if (t.head === "n") {
      nonSpeech.push(span(t));
    } else throw new Error(`${id}: unknown tag {${t.head}|`);
  }
  const byPos = (a, b) => a.start - b.start || a.end - b.end;
  const out = quotes
    .map((q) => ({
      start: q.start, end: q.end, text: q.text, kind: q.kind, content: q.content,
      speaker: speakers.get(q.group) ?? null,
      cue: cues.get(q.group) ?? null,
    }))
    .sort(byPos);
  for (const g of speakers.keys()) if (!quotes.some((q) => q.group === g)) throw new Error(`${id}: speaker for missing group ${g}`);
  for (const g of cues.keys()) if (!quotes.some((q) => q.group === g)) throw new Error(`${id}: cue for missing group ${g}`);
  return { id, text, entities: entities.sort(byPos), quotes: out, nonSpeech: nonSpeech.sort(byPos) };
}

export function buildCorpus() {
  const docs = [];
  for (const file of readdirSync(join(here, "source")).filter((f) => f.endsWith(".txt")).sort()) {
    const src = readFileSync(join(here, "source", file), "utf8").normalize("NFC");
    let cur = null;
    for (const line of src.split("\n")) {
      const m = /^=== (\S+)\s*$/u.exec(line);
      if (m) {
        if (cur) docs.push(parseDoc(cur.id, cur.lines));
        cur = { id: m[1], lines: [] };
      } else if (cur) cur.lines.push(line);
    }
    if (cur) docs.push(parseDoc(cur.id, cur.lines));
  }
  return docs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
const docs = buildCorpus();
const out = docs.map((d) => JSON.stringify(d)).join("\n") + "\n";
if (process.argv.includes("--check")) {
  // Exit 1 when quotes.jsonl is not what the sources build (the corpus test runs this).
  const current = readFileSync(join(here, "quotes.jsonl"), "utf8");
  if (current !== out) {
    console.error("corpora/quotes/quotes.jsonl is stale: run node corpora/quotes/build.mjs");
    process.exit(1);
  }
  process.exit(0);
}
writeFileSync(join(here, "quotes.jsonl"), out);
const count = (k) => docs.reduce((n, d) => n + d.quotes.filter((q) => q.kind === k).length, 0);
console.log(`${docs.length} docs, direct ${count("direct")}, indirect ${count("indirect")}, mixed ${count("mixed")}, non-speech ${docs.reduce((n, d) => n + d.nonSpeech.length, 0)}`);
}
