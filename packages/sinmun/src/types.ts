import type { Amount, Entity, Quote, Sentence, TextIndex, Token } from "@sinmun/core";
import type { EntityRecord } from "@sinmun/ner";
import type { DateMention } from "@sinmun/dates";
import type { Fact } from "@sinmun/facts";

/** The layers the built-in components add, in pipeline order. */
export const LAYERS = ["sentences", "tokens", "entities", "amounts", "quotes", "dates", "facts"] as const;
/** A built-in layer. */
export type Layer = (typeof LAYERS)[number];

/** The type of each built-in layer. */
export interface LayerTypes {
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  amounts: Amount[];
  quotes: Quote[];
  dates: DateMention[];
  facts: Fact[];
}

/** Layers in the output when nothing is disabled (`tokens` appears only with `tokens: true`). */
export type DefaultLayer = "sentences" | "entities" | "amounts" | "quotes" | "dates" | "facts";

/**
 * One analysed document: the text, the caller's `id` and other input fields (`meta`), and a
 * required array for every enabled layer, so strict TypeScript needs no `?.`. Custom components'
 * layers are there too, typed `unknown`.
 */
export type AnalyzedDoc<L extends Layer = DefaultLayer> = {
  /** The input's `id`, when it had one. */
  id?: string | number;
  /** The input's other fields (`url`, `date`, …), carried through unchanged. */
  meta?: Record<string, unknown>;
  text: string;
} & Pick<LayerTypes, L> &
  Record<string, unknown>;

/** What `analyze` and `analyzeMany` take: a text, or an object with `text` and any other fields. */
export type AnalyzeInput = string | ({ id?: string | number; text: string } & Record<string, unknown>);

/**
 * The document a component reads and extends. Components run in order over one shared document:
 * the text index (`index`: sentences, eojeols, paired quote marks, built once) and the layers of
 * earlier components.
 */
export interface WorkingDoc {
  readonly text: string;
  /** The one text index of this document (core's `indexText`), shared by every component. */
  readonly index: TextIndex;
  /** The input's other fields (`date`, `url`, …), as in the output's `meta`. */
  readonly meta?: Record<string, unknown>;
  sentences?: Sentence[];
  tokens?: Token[];
  entities?: Entity[];
  amounts?: Amount[];
  quotes?: Quote[];
  dates?: DateMention[];
  facts?: Fact[];
  [layer: string]: unknown;
}

/**
 * A pipeline component (spaCy's pipeline component, lindera's filter): a name, the layers it
 * needs (`reads`, which an earlier component must add), the layers it uses when present (`uses`),
 * the layers it adds (or extends), and `run`, which sets them on the document.
 *
 * @example
 * const tickerRuler: Component = {
 *   name: "ticker-ruler",
 *   reads: ["entities"],
 *   adds: ["tickers"],
 *   run(doc) { doc.tickers = [...doc.text.matchAll(/\((\d{6})\)/g)].map((m) => m[1]); },
 * };
 */
export interface Component {
  /** A unique name (`"amounts"`, `"my-ruler"`). */
  readonly name: string;
  /** Layers that must exist before this runs. */
  readonly reads?: readonly string[];
  /** Layers read when present (NER uses tokens as evidence when the tokenizer ran). */
  readonly uses?: readonly string[];
  /** Layers this component adds or extends. */
  readonly adds: readonly string[];
  /** Adds the component's layers to `doc`. */
  run(doc: WorkingDoc): void | Promise<void>;
  /** Loads what the component needs (a dictionary, an analyser); called once, before the first `run`. */
  ready?(): void | Promise<void>;
  /** Releases what `ready` loaded. */
  close?(): void | Promise<void>;
}

/** Settings of the morphological analyser (the `tokens` component). */
export interface TokenizerSettings {
  /** `embedded` (lindera-wasm with ko-dic, the default) or `mecab` (a system mecab-ko). */
  backend?: "embedded" | "mecab";
  /** Where mecab and mecab-ko-dic are, when not on the default paths. */
  mecab?: { libPath?: string; dicDir?: string };
}

/** Settings of the `quotes` component (as `attributeQuotes`'s options). */
export interface QuoteSettings {
  /** Extra reporting verbs, surface → lemma (`{ "일갈했다": "일갈하다" }`). */
  cues?: Record<string, string>;
  /** Let a quote with no speaker keep the previous quote's speaker (default true). */
  inherit?: boolean;
}

/** Settings of the `dates` component. */
export interface DateSettings {
  /** The reference date (`YYYY-MM-DD`) of every document; else each input's `date` field, else a dateline stamp in its text. */
  reference?: string;
}

/** Options of {@link createAnalyzer}. Unknown keys are rejected. */
export interface AnalyzerOptions {
  /** Built-in layers to leave out: `["tokens"]` runs NER without morphology; `["quotes"]`, …. */
  disable?: readonly Layer[];
  /** The morphological analyser. */
  tokenizer?: TokenizerSettings;
  /** User entities, as in-memory records or JSONL paths; they win over the bundled dictionary (later ones over earlier). */
  entities?: readonly (string | EntityRecord)[];
  /** Leave out the bundled entity dictionary (default false). */
  bundledEntities?: boolean;
  /** Quote attribution settings. */
  quotes?: QuoteSettings;
  /** Date settings (the reference date relative expressions resolve against). */
  dates?: DateSettings;
  /** Include the `tokens` layer in the output (the tokenizer runs anyway unless disabled). */
  tokens?: boolean;
  /** Your own components, run after the built-in ones, in order. */
  components?: readonly Component[];
}

/** Options of {@link Analyzer.analyzeMany}. */
export interface AnalyzeManyOptions {
  /** Worker threads (default 1: the calling thread). Each loads its own analyser once. */
  workers?: number;
  /** Documents in flight at most (default 8 per worker): memory stays bounded on any input size. */
  window?: number;
  /** Also serialise each document to its JSON line (contract key order) — on the worker, in parallel. */
  json?: boolean;
}

/** One result of `analyzeMany`, in input order. */
export type AnalyzeManyResult<D> =
  | { ok: true; index: number; id: string | number | undefined; doc: D; json?: string }
  | { ok: false; index: number; id: string | number | undefined; error: { code: string; message: string } };

/** The pipeline built by {@link createAnalyzer}. */
export interface Analyzer<D = AnalyzedDoc> {
  /** The components, in the order they run. */
  readonly components: readonly Component[];
  /** Loads every component (the analyser, about a second) and surfaces backend errors; `analyze` calls it itself. */
  ready(): Promise<void>;
  /** Analyses one document. */
  analyze(input: AnalyzeInput): Promise<D>;
  /** Analyses a stream of documents, yielding results in input order with bounded memory. */
  analyzeMany(inputs: Iterable<AnalyzeInput> | AsyncIterable<AnalyzeInput>, options?: AnalyzeManyOptions): AsyncIterable<AnalyzeManyResult<D>>;
  /** Releases the analyser and any workers. Harmless twice; `analyze` afterwards throws. */
  close(): Promise<void>;
}

/** The disabled layers named in an options type. */
type DisabledIn<O> = O extends { disable: readonly (infer D)[] } ? D : never;

/** The layers an analyzer built with options `O` returns. */
export type LayersOf<O> = Exclude<DefaultLayer, DisabledIn<O>> | (O extends { tokens: true } ? Exclude<"tokens", DisabledIn<O>> : never);
