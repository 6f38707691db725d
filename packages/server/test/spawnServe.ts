// Spawns the built `sinmun serve` on a free loopback port (--port 0) and waits until /healthz is ready.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export const BIN = join(__dirname, "..", "..", "cli", "dist", "bin.js");

export interface Served {
  proc: ChildProcess;
  url: string;
  /** Everything the server logged so far (pino JSON lines on stdout). */
  logs(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function spawnServe(args: string[] = []): Promise<Served> {
  const proc = spawn(process.execPath, [BIN, "serve", "--port", "0", "--tokenizer", "none", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout?.setEncoding("utf8").on("data", (d: string) => (out += d));
  proc.stderr?.setEncoding("utf8").on("data", (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  while (Date.now() < deadline && url === undefined) {
    url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    if (proc.exitCode !== null) throw new Error(`sinmun serve exited: ${out}`);
    if (url === undefined) await new Promise((r) => setTimeout(r, 50));
  }
  if (url === undefined) {
    proc.kill("SIGKILL");
    throw new Error(`sinmun serve did not listen: ${out}`);
  }
  while (Date.now() < deadline) {
    const r = await fetch(`${url}/healthz`).catch(() => undefined);
    if (r?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    proc,
    url,
    logs: () => out,
    async stop(signal = "SIGTERM") {
      if (proc.exitCode === null) proc.kill(signal);
      const timer = setTimeout(() => proc.kill("SIGKILL"), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
