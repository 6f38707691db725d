import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SinmunError } from "@sinmun/core";
import { USAGE } from "./usage";
import { InputError, UsageError } from "./UsageError";
import { analyzeCommand } from "./commands/analyze";
import { normalizeCommand } from "./commands/normalize";
import { evalCommand } from "./commands/evalCommand";
import { dictCommand } from "./commands/dict";
import { keywordsCommand } from "./commands/keywords";
import { dedupeCommand } from "./commands/dedupe";
import { graphCommand } from "./commands/graph";
import { serveCommand } from "./commands/serve";
import { workerCommand } from "./commands/worker";
import { submitCommand } from "./commands/submit";

const COMMANDS = ["analyze", "normalize", "eval", "dict", "keywords", "dedupe", "graph", "serve", "worker", "submit"] as const;

/** The package version, read from package.json beside dist/ or src/. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/**
 * Runs the `sinmun` command with the given arguments and returns the exit code:
 * 0 ok, 1 runtime or input error, 2 usage error. User errors print one line on stderr.
 *
 * @example
 * await main(["normalize", "380억 달러"]); // prints {"kind":"money",…,"unit":"USD"} and returns 0
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === "-v" || command === "--version") {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    if (rest.includes("-h") || rest.includes("--help")) {
      process.stdout.write(USAGE);
      return 0;
    }
    switch (command) {
      case "analyze":
        return await analyzeCommand(rest);
      case "normalize":
        return await normalizeCommand(rest);
      case "eval":
        return await evalCommand(rest);
      case "dict":
        return await dictCommand(rest);
      case "keywords":
        return await keywordsCommand(rest);
      case "dedupe":
        return await dedupeCommand(rest);
      case "graph":
        return await graphCommand(rest);
      case "serve":
        return await serveCommand(rest);
      case "worker":
        return await workerCommand(rest);
      case "submit":
        return await submitCommand(rest);
      default:
        throw new UsageError(`unknown command "${command}", expected one of {${COMMANDS.join(", ")}} (see sinmun --help)`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`sinmun: ${err.message}\n`);
      return 2;
    }
    if (err instanceof InputError || err instanceof SinmunError) {
      // The library's own errors already start with "sinmun: " (its package name); say it once.
      process.stderr.write(`sinmun: ${err.message.replace(/^sinmun: /, "")}\n`);
      return 1;
    }
    if ((err as NodeJS.ErrnoException)?.code === "EPIPE") return 0;
    process.stderr.write(`sinmun: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}
