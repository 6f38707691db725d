import { partitionPoint } from "../src/partitionPoint";

describe("partitionPoint", () => {
  const starts = [0, 12, 30, 30, 41];
  test.each<[string, number, number]>([
    ["첫 문장 시작 전 위치", -1, 0],
    ["첫 문장 시작 위치", 0, 1],
    ["두 문장 사이", 15, 2],
    ["같은 시작이 둘: 둘 다 넘는다", 30, 4],
    ["마지막 뒤", 100, 5],
  ])("%s", (_name, pos, want) => {
    expect(partitionPoint(starts.length, (i) => starts[i]! <= pos)).toBe(want);
  });

  test.each<[string, number, number]>([
    ["빈 범위", 0, 0],
    ["전부 참", 7, 7],
  ])("경계: %s", (_name, length, want) => {
    expect(partitionPoint(length, () => length > 0)).toBe(want);
  });

  test("길이 2^31에 가까워도 넘치지 않는다 (부호 없는 평균)", () => {
    const n = 2 ** 31 - 1;
    expect(partitionPoint(n, (i) => i < n - 3)).toBe(n - 3);
  });
});
