import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const repoRoot = join(__dirname, "..", "..", "..");
export const bin = join(repoRoot, "packages", "cli", "bin", "sinmun.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout as bytes, with `encoding: "buffer"` (a BOM, CRLF). */
  stdoutBytes?: Buffer;
}

/** Spawns the built `sinmun` command as a user would (not a TTY: no progress bar, no colour). */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string>; encoding?: "utf8" | "buffer" } = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  // Colour only when a test asks for it: picocolors also turns colour on when CI is set (as in .ci/run).
  if (!options.env?.FORCE_COLOR) {
    delete env.FORCE_COLOR;
    env.NO_COLOR = "1";
  }
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? "",
    env,
    maxBuffer: 256 << 20,
    timeout: 300_000,
  });
  const stdout = result.stdout as Buffer;
  const out: CliResult = { code: result.status, stdout: stdout.toString("utf8"), stderr: (result.stderr as Buffer).toString("utf8") };
  if (options.encoding === "buffer") out.stdoutBytes = stdout;
  return out;
}
