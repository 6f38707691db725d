// The library in five lines: analyse an article and list the companies it mentions, with their ids.
// Run: node examples/companies.mjs [FILE]   (after `npm install`, which builds the packages)
import { readFileSync } from "node:fs";
import { createAnalyzer } from "sinmun";

const analyzer = await createAnalyzer();
const doc = await analyzer.analyze(readFileSync(process.argv[2] ?? new URL("openai-aws.txt", import.meta.url), "utf8"));
for (const e of doc.entities.filter((e) => e.label === "ORG")) console.log(`${e.text}\t${e.id}`);
await analyzer.close();
