import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { decodeStream } from "iconv-lite";
import { decodeText } from "@sinmun/decode";
import type { EncodingOption } from "./readInput";

/** One decoded input line, with what the decoder had to say about it. */
export interface DecodedLine {
  /** 1-based line number. */
  line: number;
  text: string;
  warnings: string[];
}

const NL = 0x0a;

/**
 * Streams the lines of a file (or stdin) decoded one line at a time, so a JSONL file with one
 * CP949 line, or a few bad bytes, is decoded line by line with a warning for that line instead of
 * passing mojibake on silently. UTF-16 input (by option or by BOM) is decoded as a stream first.
 * Reading is pulled by the consumer: memory stays bounded however long the input is.
 *
 * @example
 * for await (const { line, text, warnings } of readLines("docs.jsonl", "auto")) { … }
 */
export async function* readLines(path: string, encoding: EncodingOption): AsyncGenerator<DecodedLine> {
  const input: Readable = path === "-" ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  if (first.done) return;
  const head = first.value;
  const utf16 =
    encoding === "utf-16le" || encoding === "utf-16be"
      ? encoding
      : encoding === "auto" && head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
        ? head[0] === 0xff
          ? "utf-16le"
          : "utf-16be"
        : undefined;

  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value;
  }

  let lineNumber = 0;
  if (utf16) {
    const decoder = decodeStream(utf16, { stripBOM: true });
    let carry = "";
    for await (const chunk of rest()) {
      carry += decoder.write(chunk);
      let nl = carry.indexOf("\n");
      while (nl >= 0) {
        yield { line: ++lineNumber, text: carry.slice(0, nl).replace(/\r$/, ""), warnings: [] };
        carry = carry.slice(nl + 1);
        nl = carry.indexOf("\n");
      }
    }
    carry += decoder.end() ?? "";
    if (carry !== "") yield { line: ++lineNumber, text: carry.replace(/\r$/, ""), warnings: [] };
    return;
  }

  // Byte lines: 0x0A never occurs inside a UTF-8 or CP949 multi-byte sequence.
  const decodeLine = (bytes: Buffer): DecodedLine => {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    const decoded = decodeText(bytes.subarray(0, end), { encoding });
    // "Looks binary" is a judgement about a whole file; a control character inside one line is
    // kept in its text and is not an encoding problem, so only the encoding warnings stay.
    const warnings = decoded.binary ? decoded.warnings.filter((w) => !w.startsWith("input looks binary")) : decoded.warnings;
    return { line: ++lineNumber, text: decoded.text, warnings };
  };
  let pending: Buffer[] = [];
  for await (const chunk of rest()) {
    let from = 0;
    let nl = chunk.indexOf(NL, from);
    while (nl >= 0) {
      const piece = chunk.subarray(from, nl);
      yield decodeLine(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece);
      pending = [];
      from = nl + 1;
      nl = chunk.indexOf(NL, from);
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length > 0) yield decodeLine(Buffer.concat(pending));
}
