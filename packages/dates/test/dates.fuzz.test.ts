import fc from "fast-check";
import { findDates, DATE_KINDS, type DateMention } from "@sinmun/dates";
import { FUZZ, runs, docArb, show } from "../../../scripts/fuzz-arbitraries";

// Property-based robustness of findDates: on any text (random Unicode, news-like text, and runs of
// date pieces), with and without a reference date, it never throws and every mention is well formed.
jest.setTimeout(FUZZ === undefined ? 120_000 : 6 * 3_600_000);

const PIECES = ["2025년", " ", "11월", "3일", "(현지 시간)", "~", "부터", "까지", "지난", "오는", "올해", "지난해", "3분기", "상반기", "말", "초", "전년 동기", "대비", "보다", "7년", "간", "2025.11.3", "2025.11", "'25년", "1Q", "FY2025", "2월 30일", "13월", "3000년", "이날", "전날", "석 달", "동안", "전", "뒤", ".", "\n", "0", "9", "99", "-"];
const dateText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(""));
const VALUE = /^(\d{4}-\d{2}-\d{2}(\/(\d{4}-\d{2}-\d{2}|\.\.))?|\.\.\/\d{4}-\d{2}-\d{2}|P(T?)\d+[YMWDH])$/;

function problems(text: string, found: DateMention[]): string[] {
  const p: string[] = [];
  let last = 0;
  for (const m of found) {
    const at = `${m.start}..${m.end} ${show(m.text)}`;
    if (m.start < last || m.end <= m.start || m.end > text.length) p.push(`${at}: offsets`);
    if (text.slice(m.start, m.end) !== m.text) p.push(`${at}: text`);
    if (!(DATE_KINDS as readonly string[]).includes(m.kind)) p.push(`${at}: kind ${m.kind}`);
    if (m.value !== null && !VALUE.test(m.value)) p.push(`${at}: value ${m.value}`);
    if (m.value !== null && m.value.includes("/") && !m.value.includes("..")) {
      const [a, b] = m.value.split("/") as [string, string];
      if (a > b) p.push(`${at}: interval ${m.value} runs backwards`);
    }
    if (m.value === null && m.resolved) p.push(`${at}: resolved without a value`);
    last = m.end;
  }
  if (JSON.stringify(JSON.parse(JSON.stringify(found))) !== JSON.stringify(found)) p.push("JSON round trip");
  return p;
}

describe("findDates (fuzz)", () => {
  test.each([
    ["기준일 있음", "2025-11-14"],
    ["기준일 없음", undefined],
  ])("%s: never throws, mentions well formed", (_name, reference) => {
    fc.assert(
      fc.property(fc.oneof(docArb, dateText), (text) => {
        const found = findDates(text, reference === undefined ? {} : { reference });
        expect(problems(text, found)).toEqual([]);
      }),
      { numRuns: runs(400) },
    );
  });
});
