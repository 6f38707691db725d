#!/usr/bin/env node
import { main } from "./main";

// A closed pipe (`sinmun … | head`) is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`sinmun: internal error: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
