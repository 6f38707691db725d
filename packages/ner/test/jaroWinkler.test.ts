import { jaroWinkler } from "../src/jaroWinkler";

const jamo = (s: string): string => s.normalize("NFD");

// Values worked out by hand: m matches, t transpositions, ℓ shared prefix (≤ 4),
// jaro = (m/|a| + m/|b| + (m−t)/m) / 3, result = jaro + 0.1·ℓ·(1 − jaro).
describe("jaroWinkler", () => {
  test.each<[string, string, string, number]>([
    ["같은 문자열", "올트먼", "올트먼", 1],
    ["빈 문자열", "", "올트먼", 0],
    ["공통 글자 없음", "abc", "xyz", 0],
    ["대소문자 구별", "abc", "ABC", 0],
    // m=6, t=1, ℓ=3: 0.944 + 0.3 × 0.056
    ["교과서 예: MARTHA/MARHTA", "MARTHA", "MARHTA", 0.9611],
    // window 3, m=4 (D I O N), t=0, ℓ=2: 0.767 + 0.2 × 0.233
    ["교과서 예: DIXON/DICKSONX", "DIXON", "DICKSONX", 0.8133],
    // jamo ㅇㅗㄹㅌㅡㅁㅏㄴ / ㅇㅗㄹㅌㅡㅁㅓㄴ: m=7, ℓ=4 → 0.917 + 0.4 × 0.083
    ["모음 하나 다른 표기 변이: 올트만/올트먼", jamo("올트만"), jamo("올트먼"), 0.95],
    // first vowel differs: m=7, ℓ=1 → 0.917 + 0.1 × 0.083
    ["첫 모음이 다른 표기 변이: 알트먼/올트먼", jamo("알트먼"), jamo("올트먼"), 0.925],
    // ㅁㅏㅅㅡㅋㅡ / ㅁㅓㅅㅡㅋㅡ: m=5, ℓ=1 → 0.889 + 0.1 × 0.111
    ["다른 사람: 마스크/머스크", jamo("마스크"), jamo("머스크"), 0.9],
    // ℓ is capped at 4 although 7 units are shared: 0.917 + 0.4 × 0.083
    ["접두 보너스는 네 글자까지", "abcdefgh", "abcdefgx", 0.95],
    // jaro 0.667 is under Winkler's 0.7 boost threshold, and the prefix bonus still applies
    ["0.7 문턱 없이 접두 보너스", "ab", "ac", 0.7],
  ])("%s", (_name, a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 4);
    expect(jaroWinkler(b, a)).toBeCloseTo(expected, 4);
  });
});
