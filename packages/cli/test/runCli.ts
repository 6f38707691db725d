import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const repoRoot = join(__dirname, "..", "..", "..");
export const bin = join(repoRoot, "packages", "cli", "bin", "sinmun.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the built `sinmun` command as a user would (not a TTY: no progress bar, no colour). */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? "",
    encoding: "utf8",
    env,
    maxBuffer: 256 << 20,
    timeout: 300_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
