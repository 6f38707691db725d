#!/usr/bin/env node
// The `sinmun` command. A plain JS launcher that exists before the TypeScript build, so npm links
// the bin on a fresh clone (npm install runs the build afterwards, through the root prepare script).
"use strict";
try {
  require("../dist/bin.js");
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes("dist/bin.js")) {
    process.stderr.write("sinmun: the CLI is not built yet; run `npm run build` at the repository root\n");
    process.exit(1);
  }
  throw err;
}
