import { calendarDay } from "./calendar";

describe("calendarDay: the one check of a caller's date", () => {
  test.each<[unknown, string | null]>([
    ["2025-11-14", "2025-11-14"],
    ["2025-11-14T09:30:00+09:00", "2025-11-14"],
    ["2025.11.14", "2025-11-14"],
    ["2025/1/3", "2025-01-03"],
    ["2024-02-29", "2024-02-29"],
    ["2025-02-29", null],
    ["2025-02-30", null],
    ["2025-13-01", null],
    ["20251114", null],
    ["지난해", null],
    [20251114, null],
    [undefined, null],
  ])("%s → %s", (value, expected) => {
    expect(calendarDay(value)).toBe(expected);
  });
});
