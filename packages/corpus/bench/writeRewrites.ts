// Writes the seeded near-duplicate test set (test/rewrites.fixture.ts) as JSONL on stdout:
// {"id","text","story"} per line, documents with one story id being one article.
// Run: node -r ts-node/register/transpile-only packages/corpus/bench/writeRewrites.ts [SEED] [COPIES] > rewrites.jsonl
import { labelledSet } from "../test/rewrites.fixture";

const seed = Number(process.argv[2] ?? 17);
const copies = Number(process.argv[3] ?? 2);
for (const doc of labelledSet(seed, copies)) process.stdout.write(`${JSON.stringify(doc)}\n`);
