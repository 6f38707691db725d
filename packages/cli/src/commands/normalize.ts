import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import { findAmounts, parseAmount } from "@sinmun/normalizer";
import { parseOptions } from "../parseOptions";
import { choice } from "../flags";
import { UsageError } from "../UsageError";
import { assertFile, readText } from "../readInput";
import { openSink } from "../openSink";
import { formatRow } from "../formatRow";
import { LAYER_COLUMNS, spanRows } from "../spanRows";

const FIND_FORMATS = ["jsonl", "csv", "tsv"] as const;
type FindFormat = (typeof FIND_FORMATS)[number];

/**
 * `sinmun normalize "380억 달러" "약 54조 원"` prints one JSON line per argument (the amount, or
 * `null`); `sinmun normalize --jsonl FILE|-` one per input line; `sinmun normalize --find FILE|-`
 * every amount found in running text (JSONL, or `--format csv|tsv`).
 *
 * @example
 * // sinmun normalize "약 54조 원"
 * // {"start":0,"end":7,"text":"약 54조 원","kind":"money","value":54000000000000,"decimal":"54000000000000","unit":"KRW","approx":true}
 */
export async function normalizeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    jsonl: { type: "string" },
    find: { type: "string" },
    format: { type: "string" },
    encoding: { type: "string" },
    output: { type: "string", short: "o" },
  });
  if (values.jsonl !== undefined && values.find !== undefined) throw new UsageError("normalize takes --jsonl FILE or --find FILE, not both");
  const source = values.jsonl ?? values.find;
  if (source !== undefined && positionals.length > 0) {
    throw new UsageError(`normalize ${values.jsonl !== undefined ? "--jsonl" : "--find"} takes no expression, got ${positionals.join(" ")}`);
  }
  if (source === undefined && positionals.length === 0) {
    throw new UsageError(`normalize expects EXPRESSION... (e.g. "380억 달러"), --jsonl FILE|- (one expression per line) or --find FILE|- (amounts in running text)`);
  }
  if (values.format !== undefined && values.find === undefined) throw new UsageError("--format is for normalize --find (jsonl, csv or tsv)");
  const format = choice("format", FIND_FORMATS, values.format, "jsonl");
  if (values.encoding !== undefined && values.find === undefined) throw new UsageError("--encoding is for normalize --find");
  if (source !== undefined && source !== "-") await assertFile(source);

  const sink = openSink(values.output);
  try {
    if (values.find !== undefined) {
      await sink.write(await findIn(values.find, format as FindFormat, values.encoding));
    } else if (values.jsonl !== undefined) {
      const input = values.jsonl === "-" ? process.stdin : createReadStream(values.jsonl, { encoding: "utf8" });
      const rl = createInterface({ input, crlfDelay: Infinity });
      for await (const line of rl) {
        await sink.write(`${JSON.stringify(parseAmount(line.replace(/^\uFEFF/, "")))}\n`);
      }
    } else {
      for (const expression of positionals) await sink.write(`${JSON.stringify(parseAmount(expression))}\n`);
    }
    await sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  }
  return 0;
}

/** Every amount of a text file, as JSONL or a CSV/TSV table (the columns of `analyze --layer amounts`, without `doc`). */
async function findIn(path: string, format: FindFormat, encoding: string | undefined): Promise<string> {
  const warn = (message: string): void => void process.stderr.write(`sinmun: warning: ${message}\n`);
  const allowed = ["auto", "utf-8", "euc-kr", "cp949", "utf-16le", "utf-16be"] as const;
  if (encoding !== undefined && !(allowed as readonly string[]).includes(encoding)) throw new UsageError(`expected --encoding in {${allowed.join(", ")}}, got "${encoding}"`);
  const text = await readText(path, (encoding ?? "auto") as (typeof allowed)[number], warn);
  const amounts = findAmounts(text);
  if (format === "jsonl") return amounts.map((a) => `${JSON.stringify(a)}\n`).join("");
  const separator = format === "tsv" ? "\t" : ",";
  const columns = LAYER_COLUMNS.amounts.filter((c) => c !== "doc");
  const rows = spanRows({ text, amounts }, "amounts");
  return formatRow(columns, separator) + rows.map((r) => formatRow(columns.map((c) => r[c]), separator)).join("");
}
