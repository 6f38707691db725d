import { findAmounts } from "@sinmun/normalizer";
import { createTokenizer, type Tokenizer } from "@sinmun/tokenizer";
import type { Token } from "@sinmun/core";
import { createRecognizer, type EntityRecord, type Recognizer } from "@sinmun/ner";
import { attributeQuotes } from "@sinmun/quotes";
import { loadUserEntities } from "../loadUserEntities";
import { datesComponent } from "./dates";
import { factsComponent } from "./facts";
import type { AnalyzerOptions, Component, Layer, WorkingDoc } from "../types";

/**
 * What the built-in components share: one recognizer (its dictionary also feeds the tokenizer's
 * overlay), and the proper-noun tokens of each document when the `tokens` layer itself is not
 * wanted (see {@link needsAllTokens}).
 */
interface Shared {
  recognizer(): Recognizer;
  properNouns: WeakMap<WorkingDoc, Token[]>;
}

/** The tokens NER and quote attribution read: every token when the layer exists, else the proper nouns. */
function evidenceOf(doc: WorkingDoc, shared: Shared): Token[] | undefined {
  return doc.tokens ?? shared.properNouns.get(doc);
}

/**
 * Whether the `tokens` layer must hold every token: the caller asked for it (`tokens: true`) or one
 * of their components reads or uses it. Otherwise the tokenizer produces only the proper nouns
 * (`Tokenizer.properNouns`, about five times cheaper): NER reads nothing else (NNP tokens with
 * 인명/지명, one NNP token before a title), nor does quote attribution (an NNP 인명 token in a name),
 * so entities, amounts and quotes are the same.
 *
 * @example
 * needsAllTokens({ tokens: true }); // → true
 * needsAllTokens({});               // → false (고유명사만 분석)
 */
export function needsAllTokens(options: AnalyzerOptions): boolean {
  return options.tokens === true || (options.components ?? []).some((c) => (c.reads ?? []).includes("tokens") || (c.uses ?? []).includes("tokens"));
}

/**
 * The user's entity records (dictionary files read and checked now, so a bad file fails
 * createAnalyzer) and a recognizer compiled from them on first use: a calling thread whose
 * documents all go to worker threads never compiles one.
 */
function sharedRecognizer(options: AnalyzerOptions, needed: boolean): Shared {
  const user: EntityRecord[] = [];
  if (needed) {
    for (const source of options.entities ?? []) {
      if (typeof source === "string") user.push(...loadUserEntities([source]));
      else user.push(source);
    }
    // Records given inline are checked as the recognizer would (a few, without the bundled dictionary).
    const inline = (options.entities ?? []).filter((s): s is EntityRecord => typeof s !== "string");
    if (inline.length > 0) createRecognizer({ entities: inline, bundled: false });
  }
  let recognizer: Recognizer | undefined;
  return {
    properNouns: new WeakMap(),
    recognizer() {
      recognizer ??= createRecognizer({ ...(user.length > 0 ? { entities: user } : {}), ...(options.bundledEntities === false ? { bundled: false } : {}) });
      return recognizer;
    },
  };
}

/**
 * `sentences`: the sentence spans of core's text index (boilerplate flagged).
 *
 * @example
 * sentencesComponent().run(doc); // doc.sentences = [{ start: 0, end: 19 }, …]
 */
export function sentencesComponent(): Component {
  return {
    name: "sentences",
    adds: ["sentences"],
    run(doc) {
      doc.sentences = doc.index.sentences.slice();
    },
  };
}

function tokensComponent(options: AnalyzerOptions, shared: Shared): Component {
  let tokenizer: Tokenizer | undefined;
  let loading: Promise<Tokenizer> | undefined;
  const settings = options.tokenizer ?? {};
  const all = needsAllTokens(options);
  return {
    name: "tokens",
    adds: ["tokens"],
    async ready() {
      loading ??= createTokenizer({
        backend: settings.backend ?? "embedded",
        userDictionary: shared.recognizer().userDictionary(),
        ...(settings.mecab ? { mecab: settings.mecab } : {}),
      });
      tokenizer = await loading;
    },
    async run(doc) {
      if (all) doc.tokens = await (tokenizer as Tokenizer).tokenize(doc.text);
      else shared.properNouns.set(doc, await (tokenizer as Tokenizer).properNouns(doc.text));
    },
  };
}

function entitiesComponent(shared: Shared): Component {
  return {
    name: "entities",
    reads: ["sentences"],
    uses: ["tokens"],
    adds: ["entities"],
    ready() {
      shared.recognizer();
    },
    run(doc) {
      const sentences = doc.sentences ?? [];
      const tokens = evidenceOf(doc, shared);
      doc.entities = shared.recognizer().recognize(doc.text, { sentences, ...({ index: doc.index } as object), ...(tokens ? { tokens } : {}) });
    },
  };
}

/**
 * `amounts`: money, percent, %p, bp, units and durations, normalized exactly (`findAmounts`).
 *
 * @example
 * amountsComponent().run(doc); // doc.amounts = [{ text: "380억 달러", value: 38000000000, unit: "USD", … }]
 */
export function amountsComponent(): Component {
  return {
    name: "amounts",
    adds: ["amounts"],
    run(doc) {
      doc.amounts = findAmounts(doc.text);
    },
  };
}

function quotesComponent(options: AnalyzerOptions, shared: Shared, withEntities: boolean): Component {
  const settings = options.quotes ?? {};
  return {
    name: "quotes",
    reads: ["sentences"],
    uses: ["entities", "tokens"],
    adds: ["quotes"],
    run(doc) {
      const lookup = withEntities ? (id: string) => shared.recognizer().lookup(id) : undefined;
      const tokens = evidenceOf(doc, shared);
      doc.quotes = attributeQuotes(
        { text: doc.text, ...({ index: doc.index } as object), ...(doc.sentences ? { sentences: doc.sentences } : {}), ...(doc.entities ? { entities: doc.entities } : {}), ...(tokens ? { tokens } : {}) },
        { ...(lookup ? { lookup } : {}), ...(settings.cues ? { cues: settings.cues } : {}), ...(settings.inherit !== undefined ? { inherit: settings.inherit } : {}) },
      );
    },
  };
}

/**
 * The built-in components for these options, in pipeline order (sentences → tokens → entities →
 * amounts → quotes → dates → facts), leaving out the disabled ones.
 *
 * @example
 * builtinComponents({ disable: ["tokens", "quotes"] }).map((c) => c.name); // ["sentences", "entities", "amounts"]
 */
export function builtinComponents(options: AnalyzerOptions): Component[] {
  const off = new Set<Layer>(options.disable ?? []);
  // User dictionaries are read now, so a bad one fails createAnalyzer, not the first document; the
  // recognizer (about 0.1 s to compile) is built by the first component's ready().
  const shared = sharedRecognizer(options, !off.has("entities") || !off.has("tokens"));
  const out: Component[] = [];
  if (!off.has("sentences")) out.push(sentencesComponent());
  if (!off.has("tokens")) out.push(tokensComponent(options, shared));
  if (!off.has("entities")) out.push(entitiesComponent(shared));
  if (!off.has("amounts")) out.push(amountsComponent());
  if (!off.has("quotes")) out.push(quotesComponent(options, shared, !off.has("entities")));
  if (!off.has("dates")) out.push(datesComponent(options));
  if (!off.has("facts")) out.push(factsComponent());
  return out;
}
