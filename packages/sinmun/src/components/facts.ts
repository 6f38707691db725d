import { extractFacts } from "@sinmun/facts";
import type { Component } from "../types";

/**
 * `facts`: financial facts (`extractFacts` of `@sinmun/facts`) read from the layers before it —
 * a metric of a subject with its figure, period, basis, change, status and source. It runs last
 * of the built-ins and uses whatever of sentences, entities, amounts, quotes and dates is enabled
 * (without quotes a fact has no source, without dates no period).
 *
 * @example
 * factsComponent().run(doc); // doc.facts = [{ subject: { id: "samsung-electronics", … }, metric: { key: "operating_profit", … }, … }]
 */
export function factsComponent(): Component {
  return {
    name: "facts",
    uses: ["sentences", "entities", "amounts", "quotes", "dates"],
    adds: ["facts"],
    run(doc) {
      doc.facts = extractFacts({
        text: doc.text,
        ...(doc.sentences ? { sentences: doc.sentences } : {}),
        ...(doc.entities ? { entities: doc.entities } : {}),
        ...(doc.amounts ? { amounts: doc.amounts } : {}),
        ...(doc.quotes ? { quotes: doc.quotes } : {}),
        ...(doc.dates ? { dates: doc.dates } : {}),
      });
    },
  };
}
