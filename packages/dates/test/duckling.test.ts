// Conformance with Duckling's Korean time corpus (facebook/duckling, Duckling/Time/KO/Corpus.hs),
// read in place from ../shared/corpora/peer-date-cases (never copied). A row passes when one mention
// covers the text (a trailing 에 aside) and its value is Duckling's at Duckling's grain. Prints the
// pass rate by grain, overall and on the rows a news reader needs; fails when a rate drops below
// duckling-baseline.json minus its tolerance. Rows a news reader needs that fail stay visible as
// test.failing; the others (times of day, weekdays, seasons, Hangul numerals …) are listed by reason.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findDates } from "../src/findDates";
import { addDays, bounds, isoDay } from "../src/calendar";
import type { DateMention } from "../src/types";
import baseline from "./duckling-baseline.json";

export const CASES_PATH = join(__dirname, "..", "..", "..", "..", "shared", "corpora", "peer-date-cases", "cases.jsonl");

interface DucklingCase {
  text: string;
  reference: string;
  kind: "instant" | "interval" | "open";
  value?: string;
  from?: string;
  to?: string;
  grain: string;
}

const cases: DucklingCase[] = existsSync(CASES_PATH)
  ? readFileSync(CASES_PATH, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as DucklingCase)
  : [];

const GRAIN: Record<string, DateMention["granularity"]> = { Day: "day", Week: "week", Month: "month", Quarter: "quarter", Year: "year" };

/** Why a row is not what a news reader needs (null when it is). */
const NOT_NEEDED: [string, (c: DucklingCase) => boolean][] = [
  ["시각(시·분·초, 오전/오후, 정오, 자정, 몇 분 안에)", (c) => ["Hour", "Minute", "Second"].includes(c.grain) || c.kind === "open"],
  ["요일(월요일, 다음주 화요일, 마지막 일요일)", (c) => /[월화수목금토일]요일|마지막|첫째|첫번째|둘째|두번째|셋째|세번째/.test(c.text)],
  ["한글 숫자(이천십오년 삼월 삼일, 삼분기, 두달)", (c) => /[일이삼사오육칠팔구십백천][년월일주분달]|[두세]달|삼분기|이주/.test(c.text) && !/\d/.test(c.text)],
  ["계절(이번여름, 이번겨울)", (c) => /여름|겨울|봄|가을/.test(c.text)],
  ["M/D, YY/MM/DD, 연도만(2/15, 74/10/31, 1954, 12년)", (c) => /^\d{1,2}\/\d{1,2}$|^\d{2}\/\d{1,2}\/\d{1,2}$|^\d{4}$|^\d{2}년$/.test(c.text)],
  ["대화체 상대 표현(다음 3월, 지난 2주, 다음 3달)", (c) => /^(다음|지난) /.test(c.text)],
];

function notNeeded(c: DucklingCase): string | null {
  for (const [reason, pred] of NOT_NEEDED) if (pred(c)) return reason;
  return null;
}

/** Whether our mentions give Duckling's value at Duckling's grain. */
function passes(c: DucklingCase, found: DateMention[]): boolean {
  const text = c.text.replace(/에$/, "");
  const m = found.length === 1 ? found[0] : undefined;
  if (!m || m.start !== 0 || m.end !== text.length || m.value === null) return false;
  const b = bounds(m.value);
  if (!b) return false;
  if (c.kind === "instant") {
    const grain = GRAIN[c.grain];
    if (!grain || !c.value?.endsWith("T00:00:00")) return false;
    return m.granularity === grain && isoDay(b[0]) === c.value.slice(0, 10);
  }
  if (c.kind === "interval" && c.from?.endsWith("T00:00:00") && c.to?.endsWith("T00:00:00")) {
    return isoDay(b[0]) === c.from.slice(0, 10) && isoDay(addDays(b[1], 1)) === c.to.slice(0, 10);
  }
  return false;
}

const results = cases.map((c) => {
  const found = findDates(c.text, { reference: c.reference.slice(0, 10) });
  return { c, pass: passes(c, found), got: found.map((m) => `${m.text}→${m.value ?? "null"}`).join(", ") || "none", reason: notNeeded(c) };
});

function rate(rows: typeof results): number {
  return rows.length === 0 ? 1 : rows.filter((r) => r.pass).length / rows.length;
}

const grains = [...new Set(cases.map((c) => c.grain))];
const news = results.filter((r) => r.reason === null);

describe("conformance with Duckling's Korean time cases", () => {
  test(`the cases file is readable at ${CASES_PATH}`, () => {
    expect(cases.length).toBe(208);
  });

  test("pass rate overall, on news rows and by grain stays at or above the baseline", () => {
    const lines = [
      `duckling dates: ${results.filter((r) => r.pass).length}/${results.length} pass (${(rate(results) * 100).toFixed(1)}%); rows a news reader needs: ${news.filter((r) => r.pass).length}/${news.length} (${(rate(news) * 100).toFixed(1)}%)`,
    ];
    const byGrain: Record<string, number> = {};
    for (const g of grains) {
      const rows = results.filter((r) => r.c.grain === g);
      byGrain[g] = Math.round(rate(rows) * 1000) / 1000;
      lines.push(`  ${g}: ${rows.filter((r) => r.pass).length}/${rows.length} (${(rate(rows) * 100).toFixed(1)}%)`);
    }
    for (const [reason] of NOT_NEEDED) {
      const rows = results.filter((r) => r.reason === reason);
      lines.push(`  not needed by news — ${reason}: ${rows.length} rows, ${rows.filter((r) => r.pass).length} pass`);
    }
    console.log(lines.join("\n"));
    const tol = baseline.tolerance;
    expect(rate(results)).toBeGreaterThanOrEqual(baseline.overall - tol);
    expect(rate(news)).toBeGreaterThanOrEqual(baseline.news - tol);
    for (const [g, min] of Object.entries(baseline.byGrain)) expect(byGrain[g] ?? 0).toBeGreaterThanOrEqual(min - tol);
  });

  const passing = news.filter((r) => r.pass);
  const failing = news.filter((r) => !r.pass);
  if (passing.length > 0) {
    test.each(passing.map((r) => [r.c.text, r.c.grain, r.got]))("%s (%s) → %s", (text) => {
      const r = results.find((x) => x.c.text === text);
      expect(r?.pass).toBe(true);
    });
  }
  // Known gaps a news reader would want: each must fail today; fixing one makes its row fail here, so move it.
  if (failing.length > 0) {
    test.failing.each(failing.map((r) => [r.c.text, r.c.grain, r.got]))("gap: %s (%s), we give %s", (text) => {
      const r = results.find((x) => x.c.text === text);
      expect(r?.pass).toBe(true);
    });
  }
});
