import { analyseEmbedded, Generations, WordCache } from "../src/internal/lindera";
import { randomHangul } from "./helpers/randomHangul";


const NEWS = [
  "삼성전자가 3분기 영업이익이 12조 원으로 늘었다고 밝혔다.",
  "사람들이 모였고 회사는 \"아직 결정된 것은 없다\"며 말을 아꼈다.",
  "이 회장은 이를 위해 두 명의 임원을 새로 뽑을 수 있다고 말했다.",
];
/** Over 16,000 characters: several lindera batches, so words at batch starts and ends. */
const LONG = Array.from({ length: 400 }, (_, i) => `${i}번째 문단에서 홍길동이 서울에 갔다.`).join("\n");

describe("tokenize의 단어 캐시: 캐시를 거친 형태소 = lindera를 곧바로 부른 형태소", () => {
  test.each<[string, string]>([
    ["기사 문장", NEWS.join("\n")],
    ["묶음 경계(16,000자 넘는 문서)", LONG],
    ["공백 없는 긴 한글(24자 넘는 단어는 캐시에 넣지 않음)", "가".repeat(450) + " 서울에 갔다"],
    ["탭·줄바꿈·여러 칸 공백", "회사가\t발표했다.\n\n  회사가  발표했다 \n회사가"],
    ["무작위 한글", randomHangul(20_000, 7, 0.02)],
    ["빈 문자열", ""],
  ])("%s: 처음(비어 있는 캐시)에도, 두 번째(캐시에서)에도 같다", (_name, text) => {
    const pieces = text.split("\n");
    const expected = analyseEmbedded(pieces);
    const cache = new WordCache();
    expect(analyseEmbedded(pieces, cache)).toEqual(expected);
    const first = cache.misses;
    expect(analyseEmbedded(pieces, cache)).toEqual(expected);
    // the second time every word comes from the cache, but words too long to keep
    const long = text.split(/\s+/).filter((w) => w.length > cache.longest).length;
    if (long === 0) expect(cache.misses).toBe(first);
    else expect(cache.misses).toBeGreaterThan(first);
  });

  test("다른 자리(문장 첫머리·끝, 묶음 끝)에서 본 단어도 제자리의 분석을 쓴다", () => {
    const cache = new WordCache();
    // the same words first seen at line starts and ends, then in the middle of a line, and alone
    for (const text of ["회사가 발표했다", "발표했다 회사가", "그 회사가 어제 발표했다 고 한다", "회사가"]) {
      const pieces = text.split("\n");
      expect(analyseEmbedded(pieces, cache)).toEqual(analyseEmbedded(pieces));
    }
    // a mostly known text goes through the cache (few words new), and still agrees
    const known = "그 회사가 발표했다 회사가 어제 발표했다";
    const before = cache.misses;
    expect(analyseEmbedded([known], cache)).toEqual(analyseEmbedded([known]));
    expect(cache.misses - before).toBeLessThan(3);
  });

  test("캐시가 가득 차도 이미 아는 단어의 형태소를 잃지 않는다", () => {
    // the second text knows three words and brings four new ones into a cache of six: keeping the
    // new words pushes older ones out, and the known words' morphs were taken before that
    const cache = new WordCache(6);
    analyseEmbedded(["회사가 오늘 발표했다"], cache);
    const text = ["회사가 오늘 발표했다 그리고 새 제품을 내놓았다"];
    expect(analyseEmbedded(text, cache)).toEqual(analyseEmbedded(text));
    expect(analyseEmbedded(text, cache)).toEqual(analyseEmbedded(text));
  });

  test("Generations: 가득 차면 오래된 절반만 잊고, 다시 찾은 것은 새 세대로 옮긴다", () => {
    const g = new Generations<number>(4);
    g.set("a", 1);
    g.set("b", 2);
    g.set("c", 3); // the first generation (a, b) is now the older one
    expect(g.get("a")).toBe(1); // found there: moves into the current generation (c, a)
    g.set("d", 4); // (c, a) becomes the older one; b is forgotten
    expect([g.has("a"), g.has("b"), g.has("c"), g.has("d")]).toEqual([true, false, true, true]);
    expect(g.size).toBeLessThanOrEqual(4);
  });

  test("가득 차도 맞고, 한도를 넘지 않는다", () => {
    const cache = new WordCache(50);
    const text = randomHangul(3_000, 3);
    const pieces = text.split("\n");
    const expected = analyseEmbedded(pieces);
    expect(analyseEmbedded(pieces, cache)).toEqual(expected);
    expect(cache.words.size).toBeLessThanOrEqual(50);
    expect(analyseEmbedded(pieces, cache)).toEqual(expected);
  });
});
