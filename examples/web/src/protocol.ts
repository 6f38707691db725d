// Messages between the page (src/main.ts) and the analysis worker (src/worker.ts).

/** Page → worker: analyse this text. */
export interface AnalyzeRequest {
  id: number;
  text: string;
}

/** Worker → page: the rendered document (renderDocHtml's fragment) and what was found. */
export type AnalyzeResponse =
  | { id: number; ok: true; html: string; counts: { sentences: number; entities: number; amounts: number; quotes: number }; ms: number }
  | { id: number; ok: false; message: string };
