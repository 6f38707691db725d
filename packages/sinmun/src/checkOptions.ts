import { SinmunError, invalidOption } from "@sinmun/core";
import { calendarDay } from "@sinmun/dates";
import { LAYERS, type AnalyzerOptions, type AnalyzeManyOptions, type Component } from "./types";

const PKG = "sinmun";
const OPTION_KEYS = ["disable", "tokenizer", "entities", "bundledEntities", "quotes", "dates", "tokens", "components"] as const;
const DATE_KEYS = ["reference"] as const;
const TOKENIZER_KEYS = ["backend", "mecab"] as const;
const BACKENDS = ["embedded", "mecab"] as const;
const MECAB_KEYS = ["libPath", "dicDir"] as const;
const QUOTE_KEYS = ["cues", "inherit"] as const;
const MANY_KEYS = ["workers", "window", "json"] as const;

const describe = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "an array" : typeof value);

function plainObject(name: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new SinmunError(PKG, "invalid-option", `expected ${name} to be an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

function knownKeys(name: string, value: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) throw invalidOption(PKG, `${name} key`, allowed, key);
}

function boolean(name: string, value: unknown): void {
  if (value !== undefined && typeof value !== "boolean") throw invalidOption(PKG, name, ["true", "false"], value);
}

function checkComponent(c: unknown, i: number): void {
  const o = plainObject(`components[${i}]`, c) as Partial<Component>;
  if (typeof o.name !== "string" || o.name === "") throw new SinmunError(PKG, "invalid-option", `expected components[${i}].name to be a non-empty string, got ${describe(o.name)}`);
  if (typeof o.run !== "function") throw new SinmunError(PKG, "invalid-option", `expected components[${i}].run to be a function, got ${describe(o.run)}`);
  for (const key of ["reads", "uses", "adds"] as const) {
    const list = o[key];
    if (list === undefined && key !== "adds") continue;
    if (!Array.isArray(list) || list.some((l) => typeof l !== "string")) {
      throw new SinmunError(PKG, "invalid-option", `expected components[${i}].${key} to be an array of layer names, got ${describe(list)}`);
    }
  }
}

/**
 * Checks `createAnalyzer`'s options: unknown keys and wrong types are rejected with an error that
 * names the option, what was expected and what was found.
 *
 * @example
 * checkOptions({ disable: ["quotes"] });  // ok
 * checkOptions({ tokeniser: {} });        // throws: sinmun: expected option key in {disable, …}, got "tokeniser"
 */
export function checkOptions(options: unknown): AnalyzerOptions {
  if (options === undefined) return {};
  const o = plainObject("options", options);
  knownKeys("option", o, OPTION_KEYS);
  if (o.disable !== undefined) {
    if (!Array.isArray(o.disable)) throw new SinmunError(PKG, "invalid-option", `expected disable to be an array of layers, got ${describe(o.disable)}`);
    for (const layer of o.disable) if (!(LAYERS as readonly unknown[]).includes(layer)) throw invalidOption(PKG, "disable", LAYERS, layer);
  }
  if (o.tokenizer !== undefined) {
    const t = plainObject("tokenizer", o.tokenizer);
    knownKeys("tokenizer", t, TOKENIZER_KEYS);
    if (t.backend !== undefined && !(BACKENDS as readonly unknown[]).includes(t.backend)) throw invalidOption(PKG, "tokenizer.backend", BACKENDS, t.backend);
    if (t.mecab !== undefined) {
      const m = plainObject("tokenizer.mecab", t.mecab);
      knownKeys("tokenizer.mecab", m, MECAB_KEYS);
      for (const [k, v] of Object.entries(m)) {
        if (v !== undefined && typeof v !== "string") throw new SinmunError(PKG, "invalid-option", `expected tokenizer.mecab.${k} to be a path string, got ${describe(v)}`);
      }
    }
  }
  if (o.entities !== undefined) {
    if (!Array.isArray(o.entities)) throw new SinmunError(PKG, "invalid-option", `expected entities to be an array of records or JSONL paths, got ${describe(o.entities)}`);
    o.entities.forEach((e: unknown, i: number) => {
      if (typeof e !== "string" && (e === null || typeof e !== "object" || Array.isArray(e))) {
        throw new SinmunError(PKG, "invalid-option", `expected entities[${i}] to be an entity record or a JSONL path, got ${describe(e)}`);
      }
    });
  }
  boolean("bundledEntities", o.bundledEntities);
  boolean("tokens", o.tokens);
  if (o.quotes !== undefined) {
    const q = plainObject("quotes", o.quotes);
    knownKeys("quotes", q, QUOTE_KEYS);
    boolean("quotes.inherit", q.inherit);
    if (q.cues !== undefined) plainObject("quotes.cues", q.cues);
  }
  if (o.dates !== undefined) {
    const d = plainObject("dates", o.dates);
    knownKeys("dates", d, DATE_KEYS);
    // calendarDay canonicalizes, so only an existing day written exactly YYYY-MM-DD equals it (not 2025-02-30).
    if (d.reference !== undefined && calendarDay(d.reference) !== d.reference) {
      throw new SinmunError(PKG, "invalid-option", `expected dates.reference to be a date YYYY-MM-DD, got ${JSON.stringify(d.reference) ?? describe(d.reference)}`);
    }
  }
  if (o.components !== undefined) {
    if (!Array.isArray(o.components)) throw new SinmunError(PKG, "invalid-option", `expected components to be an array, got ${describe(o.components)}`);
    o.components.forEach(checkComponent);
  }
  return o as AnalyzerOptions;
}

/**
 * Checks `analyzeMany`'s options (unknown keys, positive integers).
 *
 * @example
 * checkManyOptions({ workers: 2 }); // { workers: 2 }
 */
export function checkManyOptions(options: unknown): AnalyzeManyOptions {
  if (options === undefined) return {};
  const o = plainObject("analyzeMany options", options);
  knownKeys("analyzeMany option", o, MANY_KEYS);
  for (const key of ["workers", "window"] as const) {
    const v = o[key];
    if (v !== undefined && (typeof v !== "number" || !Number.isInteger(v) || v < 1)) {
      throw new SinmunError(PKG, "invalid-option", `expected ${key} to be a positive integer, got ${JSON.stringify(v) ?? describe(v)}`);
    }
  }
  boolean("json", o.json);
  return o as AnalyzeManyOptions;
}
