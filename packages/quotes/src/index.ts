export { attributeQuotes } from "./attributeQuotes";
export type { AttributeQuotesOptions, QuoteInput } from "./attributeQuotes";
