export { findDates } from "./findDates";
export { referenceFromText } from "./referenceFromText";
export { calendarDay } from "./calendar";
export { DATE_KINDS } from "./types";
export type { DateMention, DateKind, Granularity, ComparisonBase, FindDatesOptions } from "./types";
