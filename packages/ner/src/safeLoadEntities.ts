import { ENTITY_LABELS } from "@sinmun/core";
import type { Diagnostic, EntityLabel, SafeResult } from "@sinmun/core";
import type { EntityRecord } from "./types";

type NodeProcess = { getBuiltinModule?: (id: string) => unknown };

/**
 * What reading a dictionary file needs from Node, reached without a static import (the one thing
 * in @sinmun/ner that needs Node; browser and edge bundles must include neither node:fs nor
 * iconv-lite): node:fs, and, where `require` exists (the CommonJS build) and @sinmun/decode is
 * installed (an optional peer: the CLI and the pipeline bring it), @sinmun/decode to name the
 * encoding of a file that is not UTF-8. Undefined outside Node.
 */
function nodeFileAccess(): { fs: typeof import("node:fs"); decode: typeof import("@sinmun/decode") | undefined } | undefined {
  const req = typeof require === "function" ? require : undefined;
  const load = (id: string): unknown => {
    try {
      return req?.(id); // a bundle's require shim throws instead of loading
    } catch {
      return undefined;
    }
  };
  const proc = (globalThis as { process?: NodeProcess }).process;
  const fs = (proc?.getBuiltinModule?.("node:fs") ?? load("node:fs")) as typeof import("node:fs") | undefined;
  if (fs === undefined) return undefined;
  return { fs, decode: load("@sinmun/decode") as typeof import("@sinmun/decode") | undefined };
}

/** Whether bytes are plain UTF-8 text: valid, no NUL (UTF-16), no UTF-16 byte-order mark. */
function plainUtf8(bytes: Uint8Array): string | null {
  if (bytes.includes(0) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

function looksLikeText(pathOrText: string): boolean {
  const t = pathOrText.trimStart();
  return t === "" || t.startsWith("{") || t.startsWith("[") || pathOrText.includes("\n");
}

const utf8Fatal = new TextDecoder("utf-8", { fatal: true });

/** 1-based number of the first line whose bytes are not valid UTF-8 (1 when the whole file is, e.g. UTF-16). */
function firstNonUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      utf8Fatal.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return 1;
}

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.every((v) => typeof v === "string") ? (value as string[]) : null;
}

/**
 * Parses an entity dictionary (JSONL: one record per line) from a file path or from its text,
 * and returns the records or every located problem (`{ code, message, line }`) instead of throwing.
 *
 * @example
 * safeLoadEntities('{"id":"openai","label":"ORG","name":"오픈AI","aliases":["OpenAI"]}');
 * // → { ok: true, value: [{ id: "openai", label: "ORG", name: "오픈AI", aliases: ["OpenAI"] }] }
 * safeLoadEntities('{"id":"x","label":"PER","name":"엑스","aliases":[]}');
 * // → { ok: false, diagnostics: [{ code: "invalid-label", line: 1,
 * //      message: '@sinmun/ner: expected label in {PERSON, ORG, PRODUCT, LOC}, got "PER"' }] }
 */
export function safeLoadEntities(pathOrText: string): SafeResult<EntityRecord[]> {
  if (typeof pathOrText !== "string") {
    return { ok: false, diagnostics: [{ code: "invalid-input", message: `@sinmun/ner: expected a path or JSONL text, got ${typeof pathOrText}` }] };
  }
  let text = pathOrText;
  let file: string | undefined;
  if (!looksLikeText(pathOrText)) {
    file = pathOrText;
    const node = nodeFileAccess();
    if (node === undefined) {
      return { ok: false, diagnostics: [{ code: "unreadable-file", file, message: "@sinmun/ner: expected JSONL text (reading a file needs Node), got a path" }] };
    }
    let bytes: Uint8Array;
    try {
      bytes = node.fs.readFileSync(pathOrText);
    } catch (e) {
      return { ok: false, diagnostics: [{ code: "unreadable-file", file, message: `@sinmun/ner: expected a readable entity file, got ${(e as Error).message}` }] };
    }
    if (node.decode === undefined) {
      // The ES-module build in Node has no `require` for @sinmun/decode: accept plain UTF-8, refuse the rest unnamed.
      const plain = plainUtf8(bytes);
      if (plain === null) {
        return { ok: false, diagnostics: [{ code: "not-utf8", file, line: firstNonUtf8Line(bytes), message: "@sinmun/ner: expected a UTF-8 entity file, got bytes that are not UTF-8; convert it (iconv -f cp949 -t utf-8)" }] };
      }
      text = plain;
    }
    const decoded = node.decode?.decodeText(bytes, { encoding: "auto" });
    // A dictionary in another encoding would load as mojibake names: refuse it with the encoding
    // the decoder saw. Binary files fall through to the JSON parser (invalid-json, line 1).
    if (decoded !== undefined && !decoded.binary && (decoded.encoding !== "utf-8" || decoded.invalidBytes > 0 || decoded.mixed)) {
      const what = decoded.mixed ? `mixed encodings (mostly ${decoded.encoding})` : decoded.encoding !== "utf-8" ? decoded.encoding : `UTF-8 with ${decoded.invalidBytes} invalid byte${decoded.invalidBytes === 1 ? "" : "s"}`;
      return {
        ok: false,
        diagnostics: [{ code: "not-utf8", file, line: firstNonUtf8Line(bytes), message: `@sinmun/ner: expected a UTF-8 entity file, got ${what}; convert it (iconv -f ${decoded.encoding === "utf-8" ? "cp949" : decoded.encoding} -t utf-8)` }],
      };
    }
    if (decoded !== undefined) text = decoded.text;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const diagnostics: Diagnostic[] = [];
  const records: EntityRecord[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const src = raw.trim();
    if (src === "") return;
    const at = (code: string, message: string): void => {
      const d: Diagnostic = { code, message: `@sinmun/ner: ${message}`, line };
      if (file !== undefined) d.file = file;
      diagnostics.push(d);
    };
    let row: unknown;
    try {
      row = JSON.parse(src);
    } catch (e) {
      at("invalid-json", `expected a JSON object per line, got a parse error (${(e as Error).message})`);
      return;
    }
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      at("invalid-row", `expected a JSON object per line, got ${Array.isArray(row) ? "array" : typeof row}`);
      return;
    }
    const r = row as Record<string, unknown>;
    let ok = true;
    if (typeof r.id !== "string" || r.id === "") {
      at("missing-id", `expected a non-empty string id, got ${JSON.stringify(r.id) ?? "nothing"}`);
      ok = false;
    }
    if (typeof r.label !== "string" || !(ENTITY_LABELS as readonly string[]).includes(r.label)) {
      at("invalid-label", `expected label in {${ENTITY_LABELS.join(", ")}}, got ${JSON.stringify(r.label) ?? "nothing"}`);
      ok = false;
    }
    if (typeof r.name !== "string" || r.name.trim() === "") {
      at("missing-name", `expected a non-empty string name, got ${JSON.stringify(r.name) ?? "nothing"}`);
      ok = false;
    }
    const aliases = r.aliases === undefined ? [] : stringList(r.aliases);
    if (aliases === null) {
      at("invalid-aliases", `expected aliases as an array of strings, got ${JSON.stringify(r.aliases)}`);
      ok = false;
    }
    const ambiguous = r.ambiguous === undefined ? undefined : stringList(r.ambiguous);
    if (ambiguous === null) {
      at("invalid-ambiguous", `expected ambiguous as an array of strings, got ${JSON.stringify(r.ambiguous)}`);
      ok = false;
    }
    if (r.meta !== undefined && (r.meta === null || typeof r.meta !== "object" || Array.isArray(r.meta))) {
      at("invalid-meta", `expected meta as an object, got ${JSON.stringify(r.meta)}`);
      ok = false;
    }
    if (!ok) return;
    const rec: EntityRecord = { id: r.id as string, label: r.label as EntityLabel, name: r.name as string, aliases: aliases ?? [] };
    if (ambiguous !== undefined && ambiguous !== null) rec.ambiguous = ambiguous;
    if (r.meta !== undefined) rec.meta = r.meta as EntityRecord["meta"] & object;
    records.push(rec);
  });
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, value: records };
}
