import { daysIn } from "./calendar";

/** 입력 2025.11.14 10:32 / 기사입력 2025-11-14 / 송고시간 2025년 11월 14일 … */
const STAMP = /(?:기사\s?입력|입력|등록|송고(?:시간)?|발행|승인|게재|작성)(?:일시|일)?\s{0,3}[:：]?\s{0,3}(\d{4})\s{0,2}(?:[.\-/]|년)\s{0,2}(\d{1,2})\s{0,2}(?:[.\-/]|월)\s{0,2}(\d{1,2})(?!\d)/;
/** A line that is only a date (with an optional time): `2025.11.14 10:32`, `[2025-11-14]`. */
const LINE = /(?:^|\n)[ \t[(]{0,3}(\d{4})\s{0,2}(?:[.\-/]|년)\s{0,2}(\d{1,2})\s{0,2}(?:[.\-/]|월)\s{0,2}(\d{1,2})\s{0,2}(?:일|\.)?(?:\s{0,3}\(?[월화수목금토일]\)?)?(?:\s{0,3}(?:오전|오후)?\s{0,2}\d{1,2}[:시]\s{0,2}\d{0,2}분?(?::\d{2})?)?[ \t\])]{0,3}(?=\n|$)/;

/**
 * The article's date from its dateline or byline stamp (`입력 2025.11.14 10:32`, a line that is
 * only a date), looked for in the first and last 400 characters; null when there is none. Only a
 * stamp counts: a date in the story is what the story is about, not when it was written.
 *
 * @example
 * referenceFromText("입력 2025.11.14 10:32\n삼성전자는 이날 …"); // → "2025-11-14"
 * referenceFromText("삼성전자는 지난 3일 …");                    // → null
 */
export function referenceFromText(text: string): string | null {
  const head = text.slice(0, 400);
  const tail = text.length > 400 ? text.slice(-400) : "";
  for (const part of [head, tail]) {
    for (const re of [STAMP, LINE]) {
      const m = re.exec(part);
      if (!m) continue;
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      if (y < 1900 || y > 2099 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) continue;
      return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    }
  }
  return null;
}
