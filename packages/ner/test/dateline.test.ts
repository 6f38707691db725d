import { join } from "node:path";
import { assertDoc } from "@sinmun/core";
import { createRecognizer } from "../src";

// A wire dateline (CITY=AGENCY) names the agency as the organization, not "CITY=AGENCY".
const ner = createRecognizer({ bundled: false, entities: join(__dirname, "fixtures", "entities.jsonl") });

describe("기사 첫머리 (도시=통신사) 기자 =", () => {
  test.each<[string, string, string[]]>([
    ["통신사 접미사 (통신)", "(서울=신문통신) 김하늘 기자 = 시장이 열렸다.", ["신문통신/ORG", "김하늘/PERSON"]],
    ["해외 도시 + 통신", "(뉴욕=한빛통신) 이수진 특파원 = 증시가 올랐다.", ["한빛통신/ORG", "이수진/PERSON"]],
    ["= 뒤의 기관 이름만", "A=한빛증권 자료", ["한빛증권/ORG"]],
  ])("%s: %s", (_n, text, expected) => {
    const entities = ner.recognize(text);
    assertDoc({ text, sentences: [], entities });
    expect(entities.filter((e) => e.label !== "LOC").map((e) => `${e.text}/${e.label}`)).toEqual(expected);
  });
});
