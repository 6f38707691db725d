// The page: a text box whose analysis runs in a Web Worker (inlined as a Blob URL, so the page
// works from file://), and a normalizer box that shows parseAmount's JSON as you type.
import { parseAmount } from "@sinmun/normalizer";
import type { AnalyzeResponse } from "./protocol";

/** The worker's bundled source, inlined by build.mjs. */
declare const WORKER_SOURCE: string;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>("text");
const output = $<HTMLDivElement>("output");
const status = $<HTMLParagraphElement>("status");
const amountInput = $<HTMLInputElement>("amount");
const amountJson = $<HTMLPreElement>("amount-json");

const workerUrl = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
let worker: Worker | undefined;
let busy = false;
let next = 0;
let current = -1;
let timer: ReturnType<typeof setTimeout> | undefined;

function startWorker(): Worker {
  const w = new Worker(workerUrl);
  w.onmessage = (event: MessageEvent<AnalyzeResponse>) => {
    const r = event.data;
    if (r.id !== current) return; // a stale answer
    busy = false;
    document.body.dataset.state = r.ok ? "done" : "error";
    if (!r.ok) {
      status.textContent = `분석 실패: ${r.message}`;
      return;
    }
    // renderDocHtml escapes everything from the text: <script> in an article renders as text.
    output.innerHTML = r.html;
    const c = r.counts;
    status.textContent = `문장 ${c.sentences} · 개체 ${c.entities} · 금액·수치 ${c.amounts} · 인용 ${c.quotes} — ${r.ms} ms (Web Worker)`;
  };
  w.onerror = (event) => {
    busy = false;
    document.body.dataset.state = "error";
    status.textContent = `분석 실패: ${event.message}`;
  };
  return w;
}

function analyze(): void {
  const text = input.value;
  current = ++next;
  if (text.trim() === "") {
    output.replaceChildren();
    status.textContent = "기사를 붙여넣으면 여기에 분석이 나옵니다.";
    document.body.dataset.state = "empty";
    return;
  }
  // A newer text while the worker is still busy: stop it rather than wait for an answer nobody wants.
  if (busy && worker) {
    worker.terminate();
    worker = undefined;
  }
  worker ??= startWorker();
  busy = true;
  document.body.dataset.state = "busy";
  status.textContent = `분석 중… (${text.length.toLocaleString("ko-KR")}자)`;
  worker.postMessage({ id: current, text });
}

input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(analyze, 300);
});
$<HTMLButtonElement>("analyze").addEventListener("click", () => {
  clearTimeout(timer);
  analyze();
});

function showAmount(): void {
  const value = amountInput.value;
  let json: string;
  try {
    json = JSON.stringify(parseAmount(value), null, 2);
  } catch (err) {
    json = `// ${err instanceof Error ? err.message : String(err)}`;
  }
  amountJson.textContent = json; // textContent: never markup
}
amountInput.addEventListener("input", showAmount);
showAmount();
analyze();
