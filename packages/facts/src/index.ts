export { extractFacts } from "./extractFacts";
export { METRIC_KEYS, FACT_STATUSES } from "./types";
export type {
  Fact,
  FactInput,
  FactParty,
  FactMetric,
  FactChange,
  FactDuration,
  FactStatus,
  FactBasis,
  ChangeDirection,
  ChangeBase,
  MetricKey,
  DateMention,
} from "./types";
