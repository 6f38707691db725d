import { genericTopic, speakerBefore } from "../../src/passes/findSpeakers";
import { setup } from "./helpers";
import type { E } from "./helpers";

const LEE: E[] = [["이재용", "PERSON", "lee-jae-yong"]];
const SAM: E[] = [["샘 올트먼", "PERSON", "sam-altman"], ["오픈AI", "ORG", "openai"]];

describe("createSpeakerFinder.atWord: 화자 해석기 순서", () => {
  test.each<[string, string, E[], string, string | null, string | null, string | null]>([
    // name, text, entities, word, speaker text, id, kind
    ["개체 언급 + 직함", "이재용 회장은 말했다.", LEE, "회장은", "이재용", "lee-jae-yong", "named"],
    ["동격: 이름 + 회사 + 직함", "샘 올트먼 오픈AI 최고경영자(CEO)는 말했다.", SAM, "최고경영자(CEO)는", "샘 올트먼", "sam-altman", "named"],
    ["대명사는 앞선 인물", "이재용 회장이 왔다. 그는 말했다.", LEE, "그는", "그", "lee-jae-yong", "named"],
    ["이름 일부", "이재용 회장이 왔다. 재용은 말했다.", [["이재용", "PERSON", "lee-jae-yong"]], "재용은", null, null, null],
    ["성 + 직함", "이재용 회장이 왔다. 이 회장은 말했다.", LEE, "회장은", "이 회장", "lee-jae-yong", "named"],
    ["한 + 명사: 익명", "한 증권사 연구원은 말했다.", [], "연구원은", "한 증권사 연구원", null, "anonymous"],
    ["관계자: 익명", "업계 관계자는 말했다.", [], "관계자는", "업계 관계자", null, "anonymous"],
    ["기관 대명사는 주제 기업", "삼성전자는 왔다. 회사는 말했다.", [["삼성전자", "ORG", "samsung"]], "회사는", "회사", "samsung", "organization"],
    ["기관 명사", "검찰은 말했다.", [], "검찰은", "검찰", null, "organization"],
    ["맨 측은 아무도 아니다", "측은 말했다.", [], "측은", null, null, null],
    ["주격 조사가 없으면 화자가 아니다", "이재용 회장과 만났다.", LEE, "회장과", null, null, null],
  ])("%s", (_name, text, list, word, speaker, id, kind) => {
    const { t, finder } = setup(text, list);
    const wi = t.words.findIndex((w, i) => w.trimmed === word && (word !== "회장은" || i > 0));
    const hit = finder.atWord(wi);
    expect([hit?.speaker.text ?? null, hit ? hit.speaker.id : null, hit?.speaker.kind ?? null]).toEqual([speaker, id, kind]);
  });
});

describe("speakerBefore: 인용 앞의 화자", () => {
  test.each<[string, string, E[], boolean, string | null]>([
    ["주제어(은/는)가 이긴다", "삼성전자가 밝힌 가운데 이재용 회장은 “좋다”", [...LEE, ["삼성전자", "ORG", "samsung"]], false, "이재용"],
    ["가장 가까운 화자", "이재용 회장은 삼성전자가 “좋다”", [...LEE, ["삼성전자", "ORG", "samsung"]], true, "삼성전자"],
    ["에 따르면은 다른 화자가 없을 때만", "로이터에 따르면 “좋다”", [["로이터", "ORG", "reuters"]], false, "로이터"],
    ["화자가 없다", "내년에는 “좋다”", [], false, null],
  ])("%s", (_name, text, list, nearest, want) => {
    const { t, finder } = setup(text, list);
    expect(speakerBefore(t, finder, 0, text.indexOf("“"), nearest)?.text ?? null).toBe(want);
  });
});

describe("genericTopic: 사전에 없는 주제어", () => {
  test.each<[string, string, string | null]>([
    ["사전에 없는 이름 + 는", "애슐리는 “좋다”", "애슐리"],
    ["시간어를 건너뛴다", "21일 애슐리는 “좋다”", "애슐리"],
    ["목적어는 화자가 아니다", "사과를 “좋다”", null],
  ])("%s", (_name, text, want) => {
    const { t } = setup(text);
    expect(genericTopic(t, 0, text.indexOf("“"))?.speaker.text ?? null).toBe(want);
  });
});
