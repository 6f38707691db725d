import { runInNewContext } from "node:vm";
import { renderHtml, renderTable, runEval } from "../src/index";
import { ent, tmpFile } from "./helpers";

// Issue 13: the HTML report lists every error (not the first 2,000), a page at a time, with a
// label filter, and each domain gets its own table. The page's script is also run here against a
// minimal stand-in for the DOM, so its paging and filters are checked where no browser exists
// (renderHtml.browser.test.ts checks the same in headless Chromium).
async function pagedReport() {
  const docs = Array.from({ length: 1300 }, (_, i) => {
    const text = `${i}번 기사: 한빛상사가 부산에서 설명회를 열었다.`;
    return { id: `d${i}`, domain: i % 2 === 0 ? "news" : "review", text, entities: [ent(text, "한빛상사", "ORG")] };
  });
  const corpus = tmpFile("paged.jsonl", docs.map((d) => JSON.stringify(d)).join("\n"));
  return runEval({ corpus, format: "jsonl", maxErrors: Infinity, predict: (d) => ({ ...d, entities: [ent(d.text, "부산", "LOC")] }) });
}

/** Just enough DOM for the report's script: list items, buttons, a select, text and attributes. */
class El {
  hidden = false;
  disabled = false;
  textContent = "";
  value = "";
  readonly attrs: Record<string, string>;
  private readonly listeners: Record<string, (() => void)[]> = {};
  constructor(attrs: Record<string, string> = {}) {
    this.attrs = { ...attrs };
    if (attrs.hidden !== undefined) this.hidden = true;
  }
  getAttribute(name: string): string | null {
    return this.attrs[name] ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attrs[name] = value;
  }
  addEventListener(type: string, fn: () => void): void {
    (this.listeners[type] ??= []).push(fn);
  }
  fire(type: string): void {
    for (const fn of this.listeners[type] ?? []) fn();
  }
}
const attrsOf = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1] as string, m[2] ?? ""]));

function openPage(html: string) {
  const items = [...html.matchAll(/<li [^>]*data-kind[^>]*>/g)].map((m) => new El(attrsOf(m[0])));
  const buttons = [...html.matchAll(/<button type="button" data-filter[^>]*>/g)].map((m) => new El(attrsOf(m[0])));
  const select = html.includes('id="label-filter"') ? new El() : null;
  const page = { list: new El(), info: new El(), prev: new El(), next: new El() };
  const document = {
    querySelectorAll: (sel: string) => (sel === "ol.errors li" ? items : sel === ".filters button" ? buttons : []),
    querySelector: (sel: string) =>
      sel === "ol.errors" ? page.list : sel === ".pager .page-info" ? page.info : sel.includes('"prev"') ? page.prev : sel.includes('"next"') ? page.next : null,
    getElementById: (id: string) => (id === "label-filter" ? select : null),
  };
  const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? "";
  runInNewContext(script, { document, Set, Math, String, Array });
  return {
    visible: () => items.filter((li) => !li.hidden),
    info: () => page.info.textContent,
    next: () => page.next.fire("click"),
    prev: () => page.prev,
    nextButton: () => page.next,
    kind: (k: string) => buttons.find((b) => b.getAttribute("data-filter") === k)?.fire("click"),
    label: (l: string) => {
      if (!select) throw new Error("no label filter");
      select.value = l;
      select.fire("change");
    },
  };
}

describe("HTML 보고서: 모든 오류, 쪽 나눔, 라벨, 도메인", () => {
  test("오류 2,600개가 모두 페이지에, 첫 쪽 100개 말고는 숨김", async () => {
    const report = await pagedReport();
    expect(report.errors).toHaveLength(2600);
    expect(report.errorsTruncated).toBe(false);
    const html = renderHtml(report);
    expect(html.match(/<li value=/g)).toHaveLength(2600);
    expect(html.match(/<li value="\d+" [^>]* hidden>/g)).toHaveLength(2500);
    expect(html).toContain('<option value="LOC">LOC (1300)</option>');
    expect(html).toContain('<option value="ORG">ORG (1300)</option>');
  });

  test("도메인마다 표 (HTML과 터미널 표)", async () => {
    const report = await pagedReport();
    if (report.task !== "ner") throw new Error("expected an NER report");
    expect(report.corpus.domains).toEqual({ news: 650, review: 650 });
    expect(report.byDomain.news?.strict.perLabel.ORG).toMatchObject({ tp: 0, fp: 0, fn: 650 });
    expect(report.byDomain.review?.strict.perLabel.LOC).toMatchObject({ tp: 0, fp: 650, fn: 0 });
    const html = renderHtml(report);
    expect(html).toContain('<table class="scores" id="domain-news">');
    expect(html).toMatch(/<tr data-label="ORG"><td>ORG<\/td><td>0<\/td><td>0<\/td><td>650<\/td><td>–<\/td><td>0\.00<\/td><td>0\.00<\/td><\/tr>/);
    expect(renderTable(report)).toContain("Domain review (650 documents): entities, strict");
  });

  test("쪽 넘기기와 종류·라벨 거르기 (페이지 스크립트를 작은 DOM 대역으로 실행)", async () => {
    const page = openPage(renderHtml(await pagedReport()));
    expect(page.visible()).toHaveLength(100);
    expect(page.info()).toBe("1–100 of 2600 (page 1 of 26)");
    expect(page.prev().disabled).toBe(true);
    page.next();
    expect(page.info()).toBe("101–200 of 2600 (page 2 of 26)");
    expect(page.visible()[0]?.getAttribute("value")).toBe("101");
    page.label("LOC");
    expect(page.info()).toBe("1–100 of 1300 (page 1 of 13)");
    expect(page.visible().every((li) => li.getAttribute("data-kind") === "spurious")).toBe(true);
    page.kind("missed");
    expect(page.info()).toBe("no errors");
    expect(page.visible()).toHaveLength(0);
    page.label("all");
    expect(page.info()).toBe("1–100 of 1300 (page 1 of 13)");
    for (let k = 0; k < 12; k++) page.next();
    expect(page.info()).toBe("1201–1300 of 1300 (page 13 of 13)");
    expect(page.nextButton().disabled).toBe(true);
    expect(page.visible().every((li) => li.getAttribute("data-kind") === "missed")).toBe(true);
  });
});
