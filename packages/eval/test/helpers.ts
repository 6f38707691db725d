import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EvalDoc } from "../src/types";

const dir = mkdtempSync(join(tmpdir(), "sinmun-eval-"));

/** Writes a fixture file into a fresh temp folder and returns its path. */
export function tmpFile(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content, "utf8");
  return p;
}

/** Collects a reader's documents. */
export async function collect(it: AsyncIterable<EvalDoc>): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  for await (const d of it) out.push(d);
  return out;
}

/** KLUE rows for a text with tagged spans: one `char\ttag` line per character. */
export function klueRows(text: string, spans: [number, number, string][]): string {
  const tags = [...text].map(() => "O");
  for (const [s, e, l] of spans) for (let i = s; i < e; i++) tags[i] = `${i === s ? "B" : "I"}-${l}`;
  return [...text].map((c, i) => `${c}\t${tags[i]}`).join("\n");
}

/** Entity shorthand over a text: finds the nth occurrence of `surface`. */
export function ent(text: string, surface: string, label: string, id: string | null = null, nth = 0): { start: number; end: number; text: string; label: string; id: string | null } {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
  if (at < 0) throw new Error(`"${surface}" not in "${text}"`);
  return { start: at, end: at + surface.length, text: surface, label, id };
}
