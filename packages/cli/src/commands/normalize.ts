import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import { parseAmount } from "@sinmun/normalizer";
import { parseOptions } from "../parseOptions";
import { UsageError } from "../UsageError";
import { assertFile } from "../readInput";
import { openSink } from "../openSink";

/**
 * `sinmun normalize "380억 달러"` prints the amount as JSON (or `null`);
 * `sinmun normalize --jsonl FILE|-` reads one expression per line and prints one JSON value per line.
 *
 * @example
 * // sinmun normalize "약 54조 원"
 * // {"start":0,"end":7,"text":"약 54조 원","kind":"money","value":54000000000000,"decimal":"54000000000000","unit":"KRW","approx":true}
 */
export async function normalizeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    jsonl: { type: "string" },
    output: { type: "string", short: "o" },
  });
  const sink = openSink(values.output);
  try {
    if (values.jsonl !== undefined) {
      if (positionals.length > 0) throw new UsageError(`normalize --jsonl takes no expression, got ${positionals.join(" ")}`);
      const path = values.jsonl;
      if (path !== "-") await assertFile(path);
      const input = path === "-" ? process.stdin : createReadStream(path, { encoding: "utf8" });
      const rl = createInterface({ input, crlfDelay: Infinity });
      for await (const line of rl) {
        await sink.write(`${JSON.stringify(parseAmount(line.replace(/^\uFEFF/, "")))}\n`);
      }
    } else {
      if (positionals.length === 0) throw new UsageError(`normalize expects an EXPRESSION (e.g. "380억 달러") or --jsonl FILE|-`);
      await sink.write(`${JSON.stringify(parseAmount(positionals.join(" ")))}\n`);
    }
    await sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  }
  return 0;
}
