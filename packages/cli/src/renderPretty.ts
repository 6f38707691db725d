import pc from "picocolors";
import type { Doc, EntityLabel, Token } from "@sinmun/core";
import { escapeTerminal } from "./escapeTerminal";

type Paint = (s: string) => string;

const ENTITY_COLOURS: Record<EntityLabel, Paint> = {
  PERSON: (s) => pc.bold(pc.magenta(s)),
  ORG: (s) => pc.bold(pc.cyan(s)),
  PRODUCT: (s) => pc.bold(pc.blue(s)),
  LOC: (s) => pc.bold(pc.green(s)),
};
const AMOUNT: Paint = (s) => pc.bold(pc.yellow(s));
const QUOTE: Paint = (s) => pc.underline(s);
const DATE: Paint = (s) => pc.italic(pc.green(s));

/** Options of {@link renderPretty}. */
export interface PrettyOptions {
  /** Also list each sentence's morphemes (`form/POS`), when the document has a `tokens` layer. */
  tokens?: boolean;
}

/**
 * The document for a terminal reader: each sentence on its own line with entities, amounts,
 * dates and quotes highlighted in colour, then a legend of what was found (and the morphemes with
 * `tokens: true`). Colours follow picocolors' detection (off when not a terminal or with
 * NO_COLOR). Every piece of input text goes through `escapeTerminal`, so control characters and
 * escape sequences in an article (`ESC[2J`, OSC titles) are shown, never obeyed.
 *
 * @example
 * process.stdout.write(renderPretty(await analyzer.analyze("엔비디아가 3% 올랐다.")));
 */
export function renderPretty(doc: Doc, options: PrettyOptions = {}): string {
  const { text } = doc;
  // One painter per UTF-16 index: quote underline below, amount/entity colour above.
  const paints: Paint[][] = Array.from({ length: text.length }, () => []);
  const mark = (start: number, end: number, paint: Paint): void => {
    for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) paints[i]?.push(paint);
  };
  for (const q of doc.quotes ?? []) mark(q.start, q.end, QUOTE);
  for (const d of doc.dates ?? []) mark(d.start, d.end, DATE);
  for (const a of doc.amounts ?? []) mark(a.start, a.end, AMOUNT);
  for (const e of doc.entities ?? []) mark(e.start, e.end, ENTITY_COLOURS[e.label]);

  const paintRange = (start: number, end: number): string => {
    let out = "";
    let i = start;
    while (i < end) {
      const style = paints[i] ?? [];
      let j = i + 1;
      while (j < end && sameStyle(paints[j] ?? [], style)) j++;
      const piece = escapeTerminal(text.slice(i, j));
      out += style.reduce((s, paint) => paint(s), piece);
      i = j;
    }
    return out;
  };

  const lines: string[] = [];
  const sentences = doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: text.length }];
  sentences.forEach((s, n) => {
    const boiler = "boilerplate" in s && s.boilerplate ? pc.dim(" [boilerplate]") : "";
    lines.push(`${pc.dim(String(n + 1).padStart(3))} ${paintRange(s.start, s.end)}${boiler}`);
  });
  lines.push("");
  lines.push(
    pc.dim("legend: ") +
      [ENTITY_COLOURS.PERSON("PERSON"), ENTITY_COLOURS.ORG("ORG"), ENTITY_COLOURS.PRODUCT("PRODUCT"), ENTITY_COLOURS.LOC("LOC"), AMOUNT("amount"), DATE("date"), QUOTE("quote")].join(" "),
  );
  if (doc.entities?.length) {
    lines.push(pc.bold(`entities (${doc.entities.length})`));
    for (const e of doc.entities) {
      const paint = ENTITY_COLOURS[e.label] ?? ((s: string) => s);
      lines.push(`  ${paint(escapeTerminal(e.text))}  ${escapeTerminal(String(e.label))} ${pc.dim(escapeTerminal(String(e.id)))}${e.name !== e.text ? ` → ${escapeTerminal(String(e.name))}` : ""}`);
    }
  }
  if (doc.amounts?.length) {
    lines.push(pc.bold(`amounts (${doc.amounts.length})`));
    for (const a of doc.amounts) {
      const bounds = a.min !== undefined || a.max !== undefined ? ` [${a.minDecimal ?? "…"}, ${a.maxDecimal ?? "…"}]` : "";
      lines.push(`  ${AMOUNT(escapeTerminal(a.text))}  ${a.kind} ${a.decimal ?? "–"}${a.unit ? ` ${a.unit}` : ""}${bounds}${a.approx ? pc.dim(" (approx)") : ""}`);
    }
  }
  if (doc.dates?.length) {
    lines.push(pc.bold(`dates (${doc.dates.length})`));
    for (const d of doc.dates) lines.push(`  ${DATE(escapeTerminal(d.text))}  ${escapeTerminal(String(d.kind))} ${d.value === null ? pc.dim("(unresolved)") : escapeTerminal(d.value)}`);
  }
  if (doc.quotes?.length) {
    lines.push(pc.bold(`quotes (${doc.quotes.length})`));
    for (const q of doc.quotes) {
      const who = q.speaker ? `${escapeTerminal(q.speaker.name ?? q.speaker.text)} ${pc.dim(`(${q.speaker.kind}${q.speaker.id ? `, ${escapeTerminal(q.speaker.id)}` : ""})`)}` : pc.dim("(no speaker)");
      const content = escapeTerminal(text.slice(q.content.start, q.content.end));
      const short = content.length > 80 ? `${content.slice(0, 77)}…` : content;
      lines.push(`  ${who} ${q.kind}${q.cue ? ` ${pc.dim(escapeTerminal(q.cue.lemma))}` : ""}: ${QUOTE(short)}`);
    }
  }
  if (options.tokens && doc.tokens) lines.push(...tokenLines(doc.tokens, sentences.length));
  return `${lines.join("\n")}\n`;
}

/** Each sentence's morphemes on one line: `  1 삼성/NNP 전자/NNG 가/JKS …`. */
function tokenLines(tokens: readonly Token[], sentenceCount: number): string[] {
  const bySentence: string[][] = Array.from({ length: Math.max(1, sentenceCount) }, () => []);
  for (const t of tokens) (bySentence[Math.min(t.sentence, bySentence.length - 1)] ?? []).push(`${escapeTerminal(t.form || t.text)}${pc.dim(`/${t.pos}`)}`);
  const out = [pc.bold(`tokens (${tokens.length})`)];
  bySentence.forEach((forms, n) => {
    if (forms.length > 0) out.push(`${pc.dim(String(n + 1).padStart(3))} ${forms.join(" ")}`);
  });
  return out;
}

function sameStyle(a: Paint[], b: Paint[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}
