import { invalidOption } from "@sinmun/core";
import type { TagScheme } from "./types";

/** A decoded chunk: token (or character) indices, end-exclusive, and its label. */
export interface TagSpan {
  start: number;
  end: number;
  label: string;
}

/** Result of `decodeTags`: the chunks and how many ill-formed transitions were repaired. */
export interface DecodedTags {
  spans: TagSpan[];
  /** Ill-formed transitions that were repaired (I-X after O or after another label; BIOES chunks without E-/S-). */
  repairs: number;
}

const PREFIXES: Record<TagScheme, string> = { BIO: "BI", BIOES: "BIESLU" };
const O_TAG = Object.freeze({ prefix: "O", label: "" });

/**
 * Splits a tag into prefix and label, or null when it is not a tag of the scheme
 * (`O`, or `<prefix>-<label>` with a non-empty label).
 */
export function parseTag(tag: string, scheme: TagScheme): { prefix: string; label: string } | null {
  if (tag === "O") return O_TAG;
  if (tag.length < 3 || tag.charCodeAt(1) !== 45 /* - */ || !PREFIXES[scheme].includes(tag[0] as string)) return null;
  const label = tag.slice(2);
  if (/\s/.test(label)) return null;
  let prefix = tag[0] as string;
  if (prefix === "L") prefix = "E";
  if (prefix === "U") prefix = "S";
  return { prefix, label };
}

/**
 * Decodes a BIO or BIOES tag sequence into labelled chunks. Decoding is lenient, as conlleval's
 * is: an `I-X` that does not continue an `X` chunk starts a new one; in BIOES a chunk that ends
 * without `E-X` is closed where it stops, and a stray `E-X` is a one-token chunk. Each such repair
 * is counted. A string that is not a tag of the scheme throws.
 *
 * @example
 * decodeTags(["B-PS", "I-PS", "O", "B-OG"], "BIO");
 * // → { spans: [{ start: 0, end: 2, label: "PS" }, { start: 3, end: 4, label: "OG" }], repairs: 0 }
 * decodeTags(["S-LC", "B-OG", "E-OG"], "BIOES"); // 서울 / 삼성 전자
 * // → { spans: [{ start: 0, end: 1, label: "LC" }, { start: 1, end: 3, label: "OG" }], repairs: 0 }
 */
export function decodeTags(tags: readonly string[], scheme: TagScheme = "BIO"): DecodedTags {
  if (scheme !== "BIO" && scheme !== "BIOES") throw invalidOption("@sinmun/eval", "scheme", ["BIO", "BIOES"], scheme);
  const spans: TagSpan[] = [];
  let repairs = 0;
  let open: TagSpan | null = null;
  const close = (end: number, clean: boolean): void => {
    if (!open) return;
    open.end = end;
    spans.push(open);
    if (!clean && scheme === "BIOES") repairs += 1;
    open = null;
  };
  tags.forEach((tag, i) => {
    const t = parseTag(tag, scheme);
    if (!t) throw invalidOption("@sinmun/eval", `${scheme} tag`, scheme === "BIO" ? ["O", "B-*", "I-*"] : ["O", "B-*", "I-*", "E-*", "S-*"], tag);
    const { prefix, label } = t;
    if (prefix === "O") return close(i, false);
    if (prefix === "B") {
      close(i, false);
      open = { start: i, end: i + 1, label };
      return;
    }
    if (prefix === "S") {
      close(i, false);
      spans.push({ start: i, end: i + 1, label });
      return;
    }
    const continues = open !== null && (open as TagSpan).label === label;
    if (prefix === "I") {
      if (!continues) {
        close(i, false);
        repairs += 1;
        open = { start: i, end: i + 1, label };
      }
      return;
    }
    // E
    if (continues) return close(i + 1, true);
    close(i, false);
    repairs += 1;
    spans.push({ start: i, end: i + 1, label });
  });
  close(tags.length, false);
  return { spans, repairs };
}
