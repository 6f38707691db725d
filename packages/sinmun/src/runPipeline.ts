import { SinmunError, indexText, type Sentence } from "@sinmun/core";
import type { AnalyzeInput, Component, WorkingDoc } from "./types";

const PKG = "sinmun";
const RESERVED = new Set(["id", "text"]);

/** An input split into its id, text and other fields. */
export interface ParsedInput {
  id: string | number | undefined;
  text: string;
  meta: Record<string, unknown> | undefined;
}

/**
 * Reads one input of `analyze`/`analyzeMany`: a string, or `{ text, id?, …other fields }`.
 * Throws a SinmunError (`invalid-input`) naming what was expected and found.
 *
 * @example
 * parseInput({ id: "a1", text: "삼성전자가 올랐다.", url: "https://…" });
 * // { id: "a1", text: "삼성전자가 올랐다.", meta: { url: "https://…" } }
 */
export function parseInput(input: unknown): ParsedInput {
  if (typeof input === "string") return { id: undefined, text: input, meta: undefined };
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw new SinmunError(PKG, "invalid-input", `expected a string or an object { text, id?, … }, got ${input === null ? "null" : Array.isArray(input) ? "an array" : typeof input}`);
  }
  const record = input as Record<string, unknown>;
  if (typeof record.text !== "string") {
    throw new SinmunError(PKG, "invalid-input", `expected a string "text" field, got ${record.text === undefined ? "none" : typeof record.text}`);
  }
  // The id is carried as given (a string or a number, by the contract; other JSON values pass through too).
  const id = record.id as string | number | undefined;
  let meta: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(record)) {
    if (RESERVED.has(k)) continue;
    (meta ??= {})[k] = v;
  }
  return { id, text: record.text, meta };
}

/** The id of an input, when it has one (for the error results of inputs that fail to parse). */
export function inputId(input: unknown): string | number | undefined {
  if (input === null || typeof input !== "object") return undefined;
  return (input as Record<string, unknown>).id as string | number | undefined;
}

/**
 * Runs components in order over one document built once (text + core's text index) and returns
 * the output document: id, meta, text, then each output layer in pipeline order.
 *
 * @example
 * const doc = await runPipeline(components, outputLayers, parseInput("오픈AI가 …"));
 */
export async function runPipeline(
  components: readonly Component[],
  output: readonly string[],
  input: ParsedInput,
  /** Layers an earlier run already added (a worker thread's document, before the caller's own components). */
  layers: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const sentences = layers.sentences as Sentence[] | undefined;
  const work: WorkingDoc = {
    ...layers,
    text: input.text,
    index: indexText(input.text, sentences ? { sentences } : {}),
    ...(input.meta !== undefined ? { meta: input.meta } : {}),
  };
  for (const component of components) await component.run(work);
  const doc: Record<string, unknown> = {};
  if (input.id !== undefined) doc.id = input.id;
  if (input.meta !== undefined) doc.meta = input.meta;
  doc.text = input.text;
  for (const layer of output) if (work[layer] !== undefined) doc[layer] = work[layer];
  return doc;
}
