import { createTokenizer, type EmbeddedTokenizer } from "../src";
import { randomHangul } from "./helpers/randomHangul";


let tk: EmbeddedTokenizer;
beforeAll(async () => {
  tk = await createTokenizer({ userDictionary: [{ surface: "하이브", pos: "NNP" }, { surface: "뉴스1", pos: "NNP" }, { surface: "삼성전자", pos: "NNP" }] });
}, 60_000);

const LONG = Array.from({ length: 400 }, (_, i) => `${i}번째 문단에서 홍길동이 서울에 갔다.`).join("\n");

describe("properNouns = tokenize 중 첫 품사가 NNP인 토큰", () => {
  test.each<[string, string]>([
    ["인명·지명", "홍길동이 부산에 갔다."],
    ["이 보정 대상", "이순신이 왔고 정약용이 말했다. 느낌이 좋다."],
    ["사용자 사전 뒤 나머지", "하이브리드 차량, 뉴스1코리아 보도, 삼성전자이사회"],
    ["문서 끝 문맥", "그녀는 새 얼굴들이네"],
    ["묶음 경계(16,000자 넘는 문서)", LONG],
    ["공백 없는 긴 한글", "가".repeat(450) + " 서울"],
    ["무작위 한글", randomHangul(30_000, 11)],
    ["빈 문자열", ""],
  ])("%s", (_name, text) => {
    const expected = tk.tokenizeSync(text).filter((t) => t.tags[0] === "NNP");
    expect(tk.properNounsSync(text)).toEqual(expected);
    expect(tk.properNounsSync(text)).toEqual(expected); // 두 번째는 캐시에서
  });

  test("비동기 판", async () => {
    await expect(tk.properNouns("홍길동이 부산에 갔다.")).resolves.toEqual(tk.properNounsSync("홍길동이 부산에 갔다."));
  });
});
