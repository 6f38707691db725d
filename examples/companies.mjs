// The library in a few lines: analyse an article and list the companies it mentions, once each, with their ids.
// Run: node examples/companies.mjs [FILE]   (after `npm install`, which builds the packages)
import { readFileSync } from "node:fs";
import { createAnalyzer } from "sinmun";

const analyzer = await createAnalyzer();
const doc = await analyzer.analyze(readFileSync(process.argv[2] ?? new URL("openai-aws.txt", import.meta.url), "utf8"));
const companies = new Map(doc.entities.filter((e) => e.label === "ORG").map((e) => [e.id, e.name]));
for (const [id, name] of companies) console.log(`${id}\t${name}`);
await analyzer.close();
