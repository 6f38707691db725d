/**
 * Splits a byte stream into UTF-8 lines without holding more than `limit` bytes of one line: a
 * longer line is skipped to its end and reported as `{ tooLong: bytes }`, so memory stays bounded
 * whatever the client sends.
 *
 * @example
 * for await (const item of splitLines(request, 1 << 20)) console.log(item); // { line: '{"text":"…"}' } …
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, limit: number): AsyncGenerator<{ line: string } | { tooLong: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipped = 0; // > 0 while skipping the rest of a too-long line
  for await (const raw of chunks) {
    let chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
    while (chunk.length > 0) {
      const nl = chunk.indexOf(10);
      const piece = nl < 0 ? chunk : chunk.subarray(0, nl);
      if (skipped > 0) skipped += piece.length;
      else if (size + piece.length > limit) {
        skipped = size + piece.length;
        parts = [];
        size = 0;
      } else {
        parts.push(piece);
        size += piece.length;
      }
      if (nl < 0) break;
      if (skipped > 0) yield { tooLong: skipped };
      else yield { line: Buffer.concat(parts, size).toString("utf8").replace(/\r$/, "") };
      parts = [];
      size = 0;
      skipped = 0;
      chunk = chunk.subarray(nl + 1);
    }
  }
  if (skipped > 0) yield { tooLong: skipped };
  else if (size > 0) yield { line: Buffer.concat(parts, size).toString("utf8").replace(/\r$/, "") };
}
