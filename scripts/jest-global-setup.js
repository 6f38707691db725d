// Generated dictionary data must exist before any test loads a package.
module.exports = async function globalSetup() {
  const { pathToFileURL } = require("node:url");
  const { join } = require("node:path");
  const mod = await import(pathToFileURL(join(__dirname, "data.mjs")).href);
  await mod.buildAll();
};
