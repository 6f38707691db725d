// Jest setup for the "fuzz" project. CI (`npm test`) replays the same cases on every run, so a
// green submission stays green: fast-check gets a fixed seed. `npm run fuzz` (FUZZ_RUNS set) explores
// fresh random seeds; any failure prints its seed and counterexample, and FUZZ_SEED=<n> replays it.
const fc = require("fast-check");

const explicit = process.env.FUZZ_SEED;
const exploring = process.env.FUZZ_RUNS !== undefined && explicit === undefined;
if (!exploring) {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(explicit ?? 20261128) });
}
