import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./UsageError";

/**
 * Parses options strictly; unknown options and missing values become usage errors (exit 2).
 *
 * @example
 * parseOptions(["기사.txt", "--format", "json"], { format: { type: "string" } });
 */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(String((err as Error).message).split("\n")[0]);
  }
}
