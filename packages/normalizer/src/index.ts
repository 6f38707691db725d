export { parseAmount } from "./parseAmount";
export { findAmounts } from "./findAmounts";
export { parseNumber } from "./parseNumber";
export { formatAmount } from "./formatAmount";
export type { FormatOptions } from "./formatAmount";
