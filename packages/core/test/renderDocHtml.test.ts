import { checkDoc, renderDocHtml, renderDocsHtml, highlightHtml, escapeHtml, type Doc } from "../src/index";

/** The text content of rendered HTML: tags dropped, entities decoded, the added "— speaker" links removed. */
function textOf(html: string): string {
  const article = /<article[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1] ?? "";
  return article
    .replace(/<a class="who"[^>]*>[^<]*<\/a>|<span class="who">[^<]*<\/span>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Tags balance: every opened span/mark/article closes in order. */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)(span|mark|article|a)\b[^>]*>/g)) {
    if (m[1] === "") stack.push(m[2] as string);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

const TEXT = "샘 올트먼 오픈AI CEO는 “380억 달러를 쓴다”고 말했다.\n< 저작권자 ⓒ 신문통신 >";
/** The span of `piece` in TEXT (first occurrence). */
const at = (piece: string): { start: number; end: number; text: string } => {
  const start = TEXT.indexOf(piece);
  return { start, end: start + piece.length, text: piece };
};
const firstLine = TEXT.indexOf("\n");
const DOC: Doc = {
  text: TEXT,
  sentences: [{ start: 0, end: firstLine }, { start: firstLine + 1, end: TEXT.length, boilerplate: true }],
  entities: [
    { ...at("샘 올트먼"), label: "PERSON", id: "sam-altman", name: "샘 올트먼", source: "dictionary" },
    { ...at("오픈AI"), label: "ORG", id: "openai", name: "오픈AI", source: "dictionary" },
  ],
  amounts: [{ ...at("380억 달러"), kind: "money", value: 38000000000, decimal: "38000000000", unit: "USD", approx: false }],
  quotes: [
    {
      ...at("“380억 달러를 쓴다”"), kind: "direct", content: { start: at("380억").start, end: at("”").start },
      speaker: { ...at("샘 올트먼"), id: "sam-altman", name: "샘 올트먼", kind: "named" },
      cue: { ...at("말했다"), lemma: "말하다" },
    },
  ],
};

describe("renderDocHtml", () => {
  test("예제 문서가 유효하다", () => expect(checkDoc(DOC)).toEqual([]));

  test("텍스트는 그대로 복원되고 태그는 균형을 이룬다", () => {
    const html = renderDocHtml(DOC);
    expect(textOf(html)).toBe(TEXT);
    expect(balanced(html)).toBe(true);
  });

  test.each([
    ["개체: 라벨 색과 id", '<mark class="ent ORG" data-label="ORG" data-id="openai" title="ORG · openai · 오픈AI">오픈AI</mark>'],
    ["금액: 정규화된 값과 단위", 'data-value="38000000000 USD"'],
    ["인용: 화자로 가는 링크", '<a class="who" href="#q0-speaker">— 샘 올트먼</a>'],
    ["화자 표시", '<span class="speaker" id="q0-speaker"'],
    ["발화 동사 표시", '<span class="cue" id="q0-cue" title="cue of q0: 말하다">말했다</span>'],
    ["상용구 문장은 회색", '<span class="sent boilerplate" data-sentence="1">'],
    ["범례", '<div class="sinmun-legend" role="note">'],
  ])("%s", (_name, piece) => {
    expect(renderDocHtml(DOC)).toContain(piece);
  });

  test("날짜: ISO 값을 달고, 풀리지 않은 날짜는 ?로 (issue 16)", () => {
    const text = "한빛소재는 올해 3분기 매출이 늘었다고 이날 밝혔다. 다음 달 공장을 연다.";
    const span = (piece: string) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length, text: piece });
    const doc: Doc = {
      text,
      sentences: [{ start: 0, end: text.indexOf("다음") - 1 }, { start: text.indexOf("다음"), end: text.length }],
      dates: [
        { ...span("올해 3분기"), kind: "quarter", value: "2025-07-01/2025-09-30" },
        { ...span("이날"), kind: "relative", value: "2025-10-30" },
        { ...span("다음 달"), kind: "relative", value: null },
      ],
    };
    expect(checkDoc(doc)).toEqual([]);
    const html = renderDocHtml(doc);
    expect(html).toContain('<mark class="date" data-kind="quarter" data-value="2025-07-01/2025-09-30" title="quarter: 2025-07-01/2025-09-30">올해 3분기</mark>');
    expect(html).toContain('data-value="?" title="relative: ?">다음 달</mark>');
    expect(html).toContain("date (ISO value)");
    expect(textOf(html)).toBe(text);
    expect(balanced(html)).toBe(true);
  });

  test("사실: 지표에 밑줄과 요약 툴팁, 글 아래 표 (issue 16)", () => {
    const text = "한빛소재는 올해 3분기 매출이 1조2000억 원으로 지난해 같은 기간보다 12% 늘었다고 밝혔다.";
    const span = (piece: string) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length, text: piece });
    const value = { ...span("1조2000억 원"), kind: "money" as const, value: 1.2e12, decimal: "1200000000000", unit: "KRW", approx: false };
    const by = { ...span("12%"), kind: "percent" as const, value: 12, decimal: "12", unit: "%", approx: false };
    const period = { ...span("올해 3분기"), kind: "quarter", value: "2025-07-01/2025-09-30" };
    const subject = { ...span("한빛소재"), id: null, name: null };
    const doc: Doc = {
      text,
      sentences: [{ start: 0, end: text.length }],
      amounts: [value, by],
      facts: [{ start: 0, end: text.length, subject, metric: { ...span("매출"), key: "revenue" }, segment: null, value, period, basis: null, change: { direction: "up", by, base: "yoy" }, status: "reported", source: subject, counterparty: null, duration: null }],
    };
    expect(checkDoc(doc)).toEqual([]);
    const html = renderDocHtml(doc);
    expect(html).toContain('<mark class="metric" id="f0" data-key="revenue" title="fact 1: 한빛소재 · revenue · 1200000000000 KRW · 2025-07-01/2025-09-30 · up 12 % (yoy) · reported">매출</mark>');
    expect(html).toContain('<table class="sinmun-facts"><caption>facts (1)</caption>');
    expect(html).toContain("<td>올해 3분기 → 2025-07-01/2025-09-30</td><td>up 12 % (yoy)</td>");
    expect(textOf(html)).toBe(text);
    expect(balanced(html)).toBe(true);
    // A fact whose parts point outside the text is an invariant violation, found by checkDoc.
    const broken = { ...doc, facts: [{ ...(doc.facts?.[0] as NonNullable<Doc["facts"]>[number]), period: { ...period, end: 999 } }] };
    expect(checkDoc(broken).map((v) => v.path)).toContain("facts[0].period");
  });

  test("외부 자원이 없다 (src=, href=http, @import 없음)", () => {
    const html = renderDocHtml(DOC);
    expect(html).not.toMatch(/\bsrc=|href="https?:|@import|url\(/);
  });

  test.each([
    ["스크립트 태그", "<script>alert(1)</script> 삼성전자"],
    ["mark 닫기 태그", "</mark><mark>오픈AI</mark>"],
    ["따옴표와 앰퍼샌드", `"A&B" 'C' &amp;`],
    ["제어 문자", "삼성\u0000전자\u001b[2J"],
  ])("주입 방지: %s는 글자로만 나온다", (_name, text) => {
    const doc: Doc = { text, sentences: [{ start: 0, end: text.length }], entities: [{ start: 0, end: Math.min(4, text.length), text: text.slice(0, 4), label: "ORG", id: '"><script>x</script>', name: "<b>", source: "rule" }] };
    const html = renderDocHtml(doc);
    expect(html).not.toMatch(/<script|<b>|<\/mark><mark>오픈/);
    expect(balanced(html)).toBe(true);
    expect(textOf(html)).toBe(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ""));
  });

  test("겹치는 스팬은 쪼개져도 올바르게 중첩된다", () => {
    const text = "가나다라마바사";
    const doc: Doc = {
      text,
      sentences: [{ start: 0, end: 7 }],
      entities: [{ start: 1, end: 4, text: "나다라", label: "ORG", id: "x", name: "x", source: "rule" }],
      amounts: [{ start: 3, end: 6, text: "라마바", kind: "quantity", value: 1, decimal: "1", unit: "명", approx: false }],
    };
    const html = renderDocHtml(doc);
    expect(balanced(html)).toBe(true);
    expect(textOf(html)).toBe(text);
  });

  test("빈 문서, 잘못된 스팬은 무시", () => {
    expect(textOf(renderDocHtml({ text: "", sentences: [] }))).toBe("");
    const html = renderDocHtml({ text: "abc", sentences: [{ start: 2, end: 9 }], entities: [{ start: -1, end: 2, text: "ab", label: "ORG", id: "a", name: "a", source: "rule" }] });
    expect(textOf(html)).toBe("abc");
    expect(html).not.toContain("<mark");
  });

  test("fragment: 페이지 없이 조각만", () => {
    const html = renderDocHtml(DOC, { fragment: true });
    expect(html.startsWith("<style>")).toBe(true);
    expect(html).not.toContain("<!doctype");
  });

  test("escapeHtml", () => {
    expect(escapeHtml(`<a href="x">'&'</a>\ud800`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\ufffd");
  });
});

describe("renderDocsHtml", () => {
  test("여러 문서: 스타일과 범례는 한 번, 문서마다 id 제목", () => {
    const html = renderDocsHtml([{ ...DOC, id: "a1" }, { text: "<b>둘째</b>", sentences: [] }]);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/sinmun-legend" role/g)).toHaveLength(1);
    expect(html).toContain('<h2 class="sinmun-id">a1</h2>');
    expect(html).toContain('<h2 class="sinmun-id">#2</h2>');
    expect(html).toContain("&lt;b&gt;둘째&lt;/b&gt;");
    expect(balanced(html)).toBe(true);
  });
});

describe("highlightHtml", () => {
  test.each([
    ["한 스팬", "경찰은 <조사>했다", [{ start: 0, end: 2, className: "missed" }], '<mark class="missed">경찰</mark>은 &lt;조사&gt;했다'],
    ["겹침은 쪼개 중첩", "가나다라", [{ start: 0, end: 3, className: "a" }, { start: 2, end: 4, className: "b" }], '<mark class="a">가나<mark class="b">다</mark></mark><mark class="b">라</mark>'],
    ["범위 밖 스팬은 무시", "abc", [{ start: 2, end: 9, className: "x" }], "abc"],
    ["툴팁", "삼성", [{ start: 0, end: 2, className: "ok", title: "ORG \"삼성\"" }], '<mark class="ok" title="ORG &quot;삼성&quot;">삼성</mark>'],
  ])("%s", (_name, text, spans, html) => {
    expect(highlightHtml(text, spans)).toBe(html);
  });
});
