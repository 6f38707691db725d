import { readFileSync } from "node:fs";
import { createRecognizer, safeLoadEntities, lintEntities } from "@sinmun/ner";
import { toMecabUserCsv } from "@sinmun/tokenizer";
import { parseOptions } from "../parseOptions";
import { UsageError, InputError } from "../UsageError";
import { loadUserEntities } from "sinmun";
import { assertFile } from "../readInput";
import { openSink } from "../openSink";

const SUBCOMMANDS = ["export", "lint"] as const;

/**
 * `sinmun dict export --mecab` writes the bundled and user entities as mecab-ko-dic user-dictionary
 * CSV; `sinmun dict lint FILE...` checks entity files and prints located diagnostics.
 *
 * @example
 * // sinmun dict export --mecab --dict my-entities.jsonl > user.csv
 * // /usr/lib/mecab/mecab-dict-index -d <ko-dic> -u user.dic -f utf-8 -t utf-8 user.csv
 */
export async function dictCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "export") return exportCommand(rest);
  if (sub === "lint") return lintCommand(rest);
  throw new UsageError(`expected dict subcommand in {${SUBCOMMANDS.join(", ")}}, got ${sub === undefined ? "none" : `"${sub}"`}`);
}

async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    mecab: { type: "boolean" },
    dict: { type: "string", multiple: true },
    "no-bundled": { type: "boolean" },
    output: { type: "string", short: "o" },
  });
  if (!values.mecab) throw new UsageError("dict export needs a target format: --mecab (mecab-ko-dic user-dictionary CSV)");
  if (positionals.length > 0) throw new UsageError(`dict export takes no positional arguments, got ${positionals.join(" ")}`);
  for (const path of values.dict ?? []) await assertFile(path);
  const dictionaries = values.dict ?? [];
  const recognizer = createRecognizer({
    ...(dictionaries.length > 0 ? { entities: loadUserEntities(dictionaries) } : {}),
    bundled: !values["no-bundled"],
  });
  const sink = openSink(values.output);
  try {
    await sink.write(toMecabUserCsv(recognizer.userDictionary()));
    await sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  }
  return 0;
}

async function lintCommand(args: string[]): Promise<number> {
  const { positionals } = parseOptions(args, {});
  if (positionals.length === 0) throw new UsageError("dict lint expects one or more entity files (JSONL)");
  let problems = 0;
  for (const path of positionals) {
    await assertFile(path);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (err) {
      throw new InputError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    const loaded = safeLoadEntities(text);
    const diagnostics = loaded.ok ? lintEntities(loaded.value) : loaded.diagnostics;
    for (const d of diagnostics) {
      problems++;
      process.stdout.write(`${path}:${d.line ?? 0}: ${d.code}: ${d.message}\n`);
    }
  }
  if (problems === 0) process.stdout.write(`${positionals.length} file(s): no problems\n`);
  return problems === 0 ? 0 : 1;
}
