import { SinmunError } from "@sinmun/core";
import { LAYERS, type Layer, type PoolRequestOptions } from "sinmun";

/** The per-request (or per-job) analysis options: the ones the CLI's flags set (sinmun's pool reads them). */
export type RequestOptions = PoolRequestOptions;

/** The analyser options for one request: the server's base options with the request's `disable` added and its `tokens` switch (sinmun's, re-exported). */
export { mergeOptions } from "sinmun";

/**
 * Reads `disable` (comma-separated layers, or a list) and `tokens` (`true`/`false`/`1`/`0`) from a
 * query string or job; anything else is an `invalid-option` error naming the allowed values.
 *
 * @example
 * parseRequestOptions({ disable: "tokens,quotes", tokens: "false" }); // { disable: ["tokens", "quotes"], tokens: false }
 */
export function parseRequestOptions(query: Record<string, unknown>): RequestOptions {
  const out: RequestOptions = {};
  for (const [key, value] of Object.entries(query)) {
    if (key === "disable") {
      const list = Array.isArray(value) ? value.flatMap((v) => String(v).split(",")) : String(value).split(",");
      const layers = list.map((s) => s.trim()).filter((s) => s !== "");
      for (const layer of layers) {
        if (!(LAYERS as readonly string[]).includes(layer)) throw new SinmunError("@sinmun/server", "invalid-option", `expected disable in {${LAYERS.join(", ")}}, got "${layer}"`);
      }
      out.disable = layers as Layer[];
    } else if (key === "tokens") {
      if (value === true || value === "true" || value === "1" || value === "") out.tokens = true;
      else if (value === false || value === "false" || value === "0") out.tokens = false;
      else throw new SinmunError("@sinmun/server", "invalid-option", `expected tokens in {true, false}, got ${JSON.stringify(value)}`);
    } else {
      throw new SinmunError("@sinmun/server", "invalid-option", `expected option in {tokens, disable}, got "${key}"`);
    }
  }
  return out;
}
