import type { AnalyzeInput } from "sinmun";
import type { RequestOptions } from "./analyzeOptions";

/** One queue job: a batch of documents (with their input positions) and the analysis options. */
export interface AnalysisJob {
  options: RequestOptions;
  docs: { index: number; input: AnalyzeInput }[];
}

/** A job's result: one output line per document, in the job's order (a document or an error record). */
export type AnalysisResult = string[];

/** An error record line: `{"index":…,"id":…,"error":{"code","message"}}`. */
export function errorRecord(index: number, id: unknown, code: string, message: string): string {
  return JSON.stringify({ index, ...(id !== undefined ? { id } : {}), error: { code, message } });
}

/** Attempts before a job is given up and its documents become error records. */
export const ATTEMPTS = 3;
