import pc from "picocolors";
import type { Doc, EntityLabel } from "@sinmun/core";

type Paint = (s: string) => string;

const ENTITY_COLOURS: Record<EntityLabel, Paint> = {
  PERSON: (s) => pc.bold(pc.magenta(s)),
  ORG: (s) => pc.bold(pc.cyan(s)),
  PRODUCT: (s) => pc.bold(pc.blue(s)),
  LOC: (s) => pc.bold(pc.green(s)),
};
const AMOUNT: Paint = (s) => pc.bold(pc.yellow(s));
const QUOTE: Paint = (s) => pc.underline(s);

/**
 * The document for a terminal reader: each sentence on its own line with entities, amounts and
 * quotes highlighted in colour, then a legend of what was found. Colours follow picocolors'
 * detection (off when not a terminal or with NO_COLOR).
 *
 * @example
 * process.stdout.write(renderPretty(await analyzer.analyze("엔비디아가 3% 올랐다.")));
 */
export function renderPretty(doc: Doc): string {
  const { text } = doc;
  // One painter per UTF-16 index: quote underline below, amount/entity colour above.
  const paints: Paint[][] = Array.from({ length: text.length }, () => []);
  const mark = (start: number, end: number, paint: Paint): void => {
    for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) paints[i]?.push(paint);
  };
  for (const q of doc.quotes ?? []) mark(q.start, q.end, QUOTE);
  for (const a of doc.amounts ?? []) mark(a.start, a.end, AMOUNT);
  for (const e of doc.entities ?? []) mark(e.start, e.end, ENTITY_COLOURS[e.label]);

  const paintRange = (start: number, end: number): string => {
    let out = "";
    let i = start;
    while (i < end) {
      const style = paints[i] ?? [];
      let j = i + 1;
      while (j < end && sameStyle(paints[j] ?? [], style)) j++;
      const piece = text.slice(i, j);
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
      [ENTITY_COLOURS.PERSON("PERSON"), ENTITY_COLOURS.ORG("ORG"), ENTITY_COLOURS.PRODUCT("PRODUCT"), ENTITY_COLOURS.LOC("LOC"), AMOUNT("amount"), QUOTE("quote")].join(" "),
  );
  if (doc.entities?.length) {
    lines.push(pc.bold(`entities (${doc.entities.length})`));
    for (const e of doc.entities) lines.push(`  ${ENTITY_COLOURS[e.label](e.text)}  ${e.label} ${pc.dim(e.id)}${e.name !== e.text ? ` → ${e.name}` : ""}`);
  }
  if (doc.amounts?.length) {
    lines.push(pc.bold(`amounts (${doc.amounts.length})`));
    for (const a of doc.amounts) {
      const bounds = a.min !== undefined || a.max !== undefined ? ` [${a.minDecimal ?? "…"}, ${a.maxDecimal ?? "…"}]` : "";
      lines.push(`  ${AMOUNT(a.text)}  ${a.kind} ${a.decimal ?? "–"}${a.unit ? ` ${a.unit}` : ""}${bounds}${a.approx ? pc.dim(" (approx)") : ""}`);
    }
  }
  if (doc.quotes?.length) {
    lines.push(pc.bold(`quotes (${doc.quotes.length})`));
    for (const q of doc.quotes) {
      const who = q.speaker ? `${q.speaker.name ?? q.speaker.text} ${pc.dim(`(${q.speaker.kind}${q.speaker.id ? `, ${q.speaker.id}` : ""})`)}` : pc.dim("(no speaker)");
      const content = text.slice(q.content.start, q.content.end);
      const short = content.length > 80 ? `${content.slice(0, 77)}…` : content;
      lines.push(`  ${who} ${q.kind}${q.cue ? ` ${pc.dim(q.cue.lemma)}` : ""}: ${QUOTE(short)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function sameStyle(a: Paint[], b: Paint[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}
