// A component of your own in the Sinmun pipeline: an entity ruler that tags six-digit KRX stock
// codes written in parentheses (삼성전자(005930)) and links them to the company just before them.
// Run: node examples/custom-component.mjs
import { createAnalyzer } from "sinmun";

/** @type {import("sinmun").Component} */
const tickerRuler = {
  name: "ticker-ruler",
  reads: ["entities"], // runs after the built-in entities component
  adds: ["tickers"],   // a new layer of its own
  run(doc) {
    doc.tickers = [];
    for (const m of doc.text.matchAll(/\((\d{6})\)/g)) {
      const start = m.index + 1;
      const company = doc.entities.findLast((e) => e.end <= m.index && e.label === "ORG");
      doc.tickers.push({ start, end: start + 6, text: m[1], company: company?.id ?? null });
    }
  },
};

const analyzer = await createAnalyzer({ disable: ["tokens"], components: [tickerRuler] });
const doc = await analyzer.analyze("삼성전자(005930)와 SK하이닉스(000660)가 나란히 올랐다.");
console.log(JSON.stringify(doc.tickers));
await analyzer.close();
