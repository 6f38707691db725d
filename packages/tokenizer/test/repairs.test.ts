import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { createTokenizer, type EmbeddedTokenizer } from "../src";
import { expectTokenInvariants } from "./helpers/invariants";
import { unspelled } from "./helpers/spelled";

let tk: EmbeddedTokenizer;
beforeAll(async () => {
  tk = await createTokenizer();
}, 60_000);

/** `surface/form/TAG` of every token inside the first eojeol that contains `word`. */
const analysis = (text: string, word: string): string[] => {
  const at = text.indexOf(word);
  return tk
    .tokenizeSync(text)
    .filter((t) => t.start >= at && t.end <= at + word.length)
    .map((t) => `${t.text}/${t.form}/${t.pos}`);
};

describe("GSD에서 찾은 오류의 보정 (이름 붙은 규칙)", () => {
  test.each<[string, string, string, string[]]>([
    ["joinNumbers: 소수점", "매출이 16.2% 늘었다.", "16.2%", ["16.2/16.2/SN", "%/%/SY"]],
    ["sense numbers (lindera.ts): 사전의 뜻 번호는 쓰지 않는다 (목적3이 아니라 목적)", "투자의 목적이 분명하다.", "목적이", ["목적이/목적+이/NNG+JKS"]],
    ["sense numbers (lindera.ts): 단편3이 아니라 단편", "단편들을 모았다.", "단편들을", ["단편들을/단편+들+을/NNG+XSN+JKO"]],
    ["joinNumbers: 천 단위 쉼표", "직원 7,780명이 일한다.", "7,780명이", ["7,780/7,780/SN", "명/명/NNBC", "이/이/JKS"]],
    ["joinNumbers: 쉼표와 소수점", "1,234,567.89달러", "1,234,567.89", ["1,234,567.89/1,234,567.89/SN"]],
    ["joinNumbers: 문장 끝 마침표는 숫자가 아니다", "모두 16.", "16.", ["16/16/SN", "././SF"]],
    ["splitBrackets: 단위 뒤 닫는 괄호", "거리(9.6㎞)보다 길다", "㎞)", ["㎞/㎞/SY", ")/)/SSC"]],
    ["dropUnspelledPrefix: 들이에 없는 는", "사람들이 모였다.", "사람들이", ["사람/사람/NNG", "들/들/XSN", "이/이/JKS"]],
    ["dropUnspelledPrefix: 것이에 없는 ᆯ, 어절 끝 이는 JKS", "그런 것이 있다.", "것이", ["것/것/NNB", "이/이/JKS"]],
    ["dropUnspelledPrefix: 것이다", "갈 것이다.", "것이다", ["것/것/NNB", "이/이/VCP", "다/다/EF"]],
    ["vowelEndings: 줘의 ㅓ는 어", "좀 도와 줘.", "줘", ["줘/주+어/VX+EF"]],
    ["vowelEndings: 샀의 ㅏㅆ은 았", "책을 샀다.", "샀다", ["샀/사+았/VV+EP", "다/다/EF"]],
    ["copulaAfterNoun: 이다/JC → 이/VCP + 다/EF", "이번이 계획이다.", "계획이다", ["계획/계획/NNG", "이다/이+다/VCP+EF"]],
    ["copulaAfterNoun: 이며/JC", "그는 동생이며 친구다.", "동생이며", ["동생/동생/NNG", "이며/이+며/VCP+EC"]],
    ["copulaAfterNoun: 이었다 (미등록어)", "최악이었다.", "최악이었다", ["최악/최악/NNG", "이었다/이+었+다/VCP+EP+EF"]],
    ["irregularRieul: 가고는 갈+고가 아니다", "집에 가고 싶다.", "가고", ["가/가/VV", "고/고/EC"]],
    ["splitVerbs: 끝났다는 끝나 + 았", "계약이 끝났다.", "끝났다", ["끝났/끝나+았/VV+EP", "다/다/EF"]],
    ["finalDa: 문장 끝 다는 EF", "사과가 있다.", "있다", ["있/있/VA", "다/다/EF"]],
    ["auxiliaryAfterConnective: 하고 있다의 있은 VX", "회의를 하고 있다.", "있다", ["있/있/VX", "다/다/EF"]],
    ["auxiliaryAfterConnective: 늘어 가는의 가는 VX", "점점 늘어 가는 추세다.", "가는", ["가/가/VX", "는/는/ETM"]],
    ["boundNounAfterModifier: 할 수 있다의 수는 NNB", "그는 할 수 있다.", "수", ["수/수/NNB"]],
    ["determinerGeu: 그 회사의 그는 MM", "그 회사는 컸다.", "그", ["그/그/MM"]],
    ["nounBeforeCopula: 22만원이다의 원은 NNB", "가격은 22만원이다.", "22만원이다", ["22/22/SN", "만/만/NR", "원/원/NNB", "이다/이+다/VCP+EF"]],
    ["repairParticleI + boundNounAfterNominal: 명사 뒤 등이는 등/NNB + 이/JKS", "사과, 배 등이 있다.", "등이", ["등/등/NNB", "이/이/JKS"]],
    ["nounBeforeCopula: 중이다", "회의 중이다.", "중이다", ["중/중/NNG", "이다/이+다/VCP+EF"]],
    ["numeralDeterminer: 관형사 두", "회의에 두 사람이 왔다.", "두", ["두/두/MM"]],
    ["numeralDeterminer: 다른 회사의 다른은 MM", "다른 회사도 참여했다.", "다른", ["다른/다른/MM"]],
    ["numeralDeterminer: 한 명의 한은 MM (접미사 XSA가 아니다)", "직원 한 명이 떠났다.", "한", ["한/한/MM"]],
    ["numeralDeterminer: 목적어 뒤 한은 하다의 관형형", "일을 한 사람은 없다.", "한", ["한/하+ᆫ/VV+ETM"]],
    ["jeonAfterNominal: 3년 전의 전은 명사", "출시 3년 전 일이다.", "전", ["전/전/NNG"]],
    ["geotContraction: 하는 게 = 것 + 이", "혼자 하는 게 낫다.", "게", ["게/것+이/NNB+JKS"]],
    ["pronounI: 이를 위해", "이를 위해 투자를 늘렸다.", "이를", ["이/이/NP", "를/를/JKO"]],
    ["pronounI: 이에 따라", "이에 따라 주가가 올랐다.", "이에", ["이/이/NP", "에/에/JKB"]],
    ["pronounI: 이의 신청의 이의는 명사 그대로", "이의 신청을 냈다.", "이의", ["이의/이의/NNG"]],
    ["boundNounAfterNominal: 숫자 뒤 원은 단위 명사", "가격은 5만 원에 달했다.", "원에", ["원/원/NNBC", "에/에/JKB"]],
    ["complementBeforeAnida: 아니다 앞 이는 JKC", "그것은 사실이 아니다.", "사실이", ["사실/사실/NNG", "이/이/JKC"]],
    ["conjunctiveHajiman: 문장 첫머리 하지만은 MAJ", "매출이 늘었다. 하지만 이익은 줄었다.", "하지만", ["하지만/하지만/MAJ"]],
    ["copulaAfterNoun: 이네/NP + 요 → 이/VCP + 네요", "여기가 우리 집이네요.", "집이네요", ["집/집/NNG", "이네요/이+네요/VCP+EF"]],
    ["copulaAfterNoun: 이에/NNG + 요 → 이/VCP + 에요", "이곳이 사무실이에요.", "사무실이에요", ["사무실/사무실/NNG", "이에요/이+에요/VCP+EF"]],
    ["copulaAfterNoun: 이면/NNG → 이/VCP + 면", "돈이면 된다.", "돈이면", ["돈/돈/NNG", "이면/이+면/VCP+EC"]],
    ["copulaAfterNoun: 닫는 따옴표 뒤 이라고는 인용 조사", "회사 측은 \"검토 중\"이라고 밝혔다.", "이라고", ["이라고/이라고/JKQ"]],
    ["copulaAfterNoun: 이나는 조사 (계사 아님)", "책이나 연필을 샀다.", "책이나", ["책/책/NNG", "이나/이나/JC"]],
    ["copulaAfterNoun: 대출이자의 이자는 명사", "대출이자가 올랐다.", "대출이자가", ["대출/대출/NNG", "이자/이자/NNG", "가/가/JKS"]],
    ["boundNounAfterModifier: 할 수도의 수도는 수/NNB + 도/JX", "그는 할 수도 있다.", "수도", ["수/수/NNB", "도/도/JX"]],
    ["auxiliaryAfterConnective: 하기도 했다의 하는 VX", "그는 공부를 하기도 했다.", "했다", ["했/하+았/VX+EP", "다/다/EF"]],
    ["elidedVowel: 가서 = 가 + 아서", "시장에 가서 샀다.", "가서", ["가서/가+아서/VV+EC"]],
    ["elidedVowel: 서서 = 서 + 어서", "줄을 서서 기다렸다.", "서서", ["서서/서+어서/VV+EC"]],
    ["elidedVowel: 떠나야의 야는 EF가 아니라 아야/EC", "지금 떠나야 한다.", "떠나야", ["떠나야/떠나+아야/VV+EC"]],
    ["auxiliaryAfterConnective: 하려고 한다의 하는 VX", "그는 팔려고 한다.", "한다", ["한다/하+ᆫ다/VX+EF"]],
    ["auxiliaryAfterConnective: 가곤 한다의 하는 VX", "주말마다 가곤 한다.", "한다", ["한다/하+ᆫ다/VX+EF"]],
    ["auxiliaryAfterConnective: 연결 어미 없는 주는 본용언", "선물을 준 사람", "준", ["준/주+ᆫ/VV+ETM"]],
    ["auxiliaryAfterConnective: 싶다는 늘 보조 용언", "먹고 싶다.", "싶다", ["싶/싶/VX", "다/다/EF"]],
    ["comitativeWaGwa: 서술어 앞 와는 JKB", "정부와 협력한다.", "정부와", ["정부/정부/NNG", "와/와/JKB"]],
    ["comitativeWaGwa: 부사 앞 과는 JKB", "작년과 달리 늘었다.", "작년과", ["작년/작년/NNG", "과/과/JKB"]],
    ["comitativeWaGwa: 명사 앞 와는 JC", "사과와 배를 샀다.", "사과와", ["사과/사과/NNG", "와/와/JC"]],
    ["repairParticleI: 고유 명사로 읽힌 마음이는 마음 + 이/JKS", "마음이 아팠다.", "마음이", ["마음/마음/NNG", "이/이/JKS"]],
    ["repairParticleI: 17일이의 일이/NR는 일 + 이/JKS", "5월 17일이 되자 올랐다.", "17일이", ["17/17/SN", "일/일/NNBC", "이/이/JKS"]],
    ["repairParticleI: 고양이는 한 명사", "고양이가 운다.", "고양이가", ["고양이/고양이/NNG", "가/가/JKS"]],
    ["nounBeforeCopula: 곡이었다의 곡이/NNG + 었은 곡 + 이었", "그 곡이었다.", "곡이었다", ["곡/곡/NNG", "이었/이+었/VCP+EP", "다/다/EF"]],
    ["copulaAfterNoun: 높임 계사 이시/VV → 이/VCP + 시/EP", "그분은 사장님이시고 나는 직원이다.", "사장님이시고", ["사장/사장/NNG", "님/님/XSN", "이시/이+시/VCP+EP", "고/고/EC"]],
    ["hanjaWord + particleIAfterMark: 한자 병기는 SH 하나, 괄호 뒤 이는 JKS", "연원(淵源)이 깊다.", "연원(淵源)이", ["연원/연원/NNG", "(/(/SSO", "淵源/淵源/SH", ")/)/SSC", "이/이/JKS"]],
    ["particleIAfterMark: 작은따옴표 뒤 이는 JKS", "'혁신'이 필요하다.", "'혁신'이", ["'/'/SY", "혁신/혁신/NNG", "'/'/SY", "이/이/JKS"]],
    ["ellipsis: 마침표 셋은 줄임표 SE", "맛있었다... 정말", "다...", ["다/다/EF", ".../.../SE"]],
    ["ellipsis: 마침표 둘은 SF 그대로", "좋다.. 정말", "다..", ["다/다/EF", "././SF", "././SF"]],
    ["webAddress: 웹 주소는 SL 하나", "자세한 내용은 www.example.com에서 볼 수 있다.", "www.example.com에서", ["www.example.com/www.example.com/SL", "에서/에서/JKB"]],
    ["webAddress: 전자우편 주소", "문의는 ir@example.co.kr로 하면 된다.", "ir@example.co.kr로", ["ir@example.co.kr/ir@example.co.kr/SL", "로/로/JKB"]],
    ["stemAsWritten: 들고는 듣다가 아니라 들다 (ㄷ 불규칙은 모음 앞에서만)", "가방을 들고 왔다.", "들고", ["들/들/VV", "고/고/EC"]],
    ["stemAsWritten: 들으니는 듣다 그대로", "노래를 들으니 좋다.", "들으니", ["들으니/듣+으니/VV+EC"]],
    ["stemAsWritten: 안고는 알다가 아니라 안다", "아이를 안고 왔다.", "안고", ["안/안/VV", "고/고/EC"]],
    ["uninflectedAsWritten: 저는의 저는 저 (제가 아니다)", "저는 학생이다.", "저는", ["저/저/NP", "는/는/JX"]],
    ["uninflectedAsWritten: 이것은의 이것", "이것은 책이다.", "이것은", ["이것/이것/NP", "은/은/JX"]],
    ["verbGaAtStart: 어절 첫 가는 조사가 아니라 가다 + 아", "어제 가보니 좋았다.", "가보니", ["가/가+아/VV+EC", "보/보/VX", "니/니/EC"]],
    ["verbGaAtStart: 가봤는데", "직접 가봤는데 좋았다.", "가봤는데", ["가/가+아/VV+EC", "봤/보+았/VX+EP", "는데/는데/EC"]],
    ["sejongForms: 의존 명사 거는 쓴 대로 거", "그런 거 같다.", "거", ["거/거/NNB"]],
    ["sejongForms: -기에는 기/ETN + 에/JKB", "작업하기에 좋다.", "기에", ["기에/기+에/ETN+JKB"]],
    ["standaloneWords: 어절 하나인 다는 부사", "물건이 다 팔렸다.", "다", ["다/다/MAG"]],
    ["standaloneWords: 숫자 앞 약은 관형사", "약 3만 명이 왔다.", "약", ["약/약/MM"]],
    ["counterAfterNumber: 3만 명의 명은 단위 명사", "직원 3만 명이 일한다.", "명이", ["명/명/NNBC", "이/이/JKS"]],
    ["counterAfterNumber: 5천 대가는 대 + 가", "차량 5천 대가 팔렸다.", "대가", ["대/대/NNBC", "가/가/JKS"]],
    ["counterAfterNumber: 숫자 뒤가 아니면 대가는 명사", "그 대가를 치렀다.", "대가를", ["대가/대가/NNG", "를/를/JKO"]],
    ["geotContraction: 하는 건 = 것 + ㄴ", "혼자 하는 건 어렵다.", "건", ["건/것+ᆫ/NNB+JX"]],
    ["pronounParts: 이들 = 이/NP + 들/XSN (그들처럼)", "이들의 주장은 달랐다.", "이들의", ["이/이/NP", "들/들/XSN", "의/의/JKG"]],
    ["pronounParts: 명사 앞 내 = 나 + 의", "내 차는 작다.", "내", ["내/나+의/NP+JKG"]],
    ["pronounParts: 내가의 내는 그대로", "내가 했다.", "내가", ["내/내/NP", "가/가/JKS"]],
    ["counterAfterNumber: 1990년대의 년대는 단위 명사 하나", "1990년대에 컸다.", "1990년대에", ["1990/1990/SN", "년대/년대/NNBC", "에/에/JKB"]],
    ["counterAfterNumber: 띄어 쓴 숫자 뒤 명", "직원 300 명이 일한다.", "명이", ["명/명/NNBC", "이/이/JKS"]],
    ["copulaAfterNoun: 퍼센트 뒤 이고", "금리는 5%이고 물가는 3%다.", "5%이고", ["5/5/SN", "%/%/SY", "이고/이+고/VCP+EC"]],
    ["copulaAfterNoun: 괄호 뒤 이라고는 인용 조사", "소령(Major)이라고 불렀다.", "이라고", ["이라고/이라고/JKQ"]],
    ["dropUnspelledPrefix: 남은 형태소도 표층에 없으면 표층이 형태 (fast-check가 찾은 것이만)", "것이만", "만", ["만/만/EC"]],
    ["uninflectedAsWritten: 물론은 물론 (ko-dic 항목의 몰론이 아니다)", "물론 그렇다.", "물론", ["물론/물론/MAG"]],
    ["uninflectedAsWritten: 부사 끝내는 끝내 (ko-dic의 끝내어가 아니다)", "끝내 오지 않았다.", "끝내", ["끝내/끝내/MAG"]],
    ["standaloneWords: 관형사 뒤 해는 명사", "그 해 겨울은 추웠다.", "해", ["해/해/NNG"]],
    ["copulaFromProperNoun: 고유 명사로 읽힌 이지만은 계사", "높이는 3미터이지만 넓다.", "3미터이지만", ["3/3/SN", "미터/미터/NNBC", "이지만/이+지만/VCP+EC"]],
    ["copulaFromProperNoun: 어절 첫머리의 이지만은 그대로", "이지만 씨가 왔다.", "이지만", ["이지만/이지만/NNP"]],
    ["copulaAfterNoun: 이라/VV + 는데 → 이/VCP + 라는데", "단골집이라는데 좋다.", "단골집이라는데", ["단골집/단골집/NNG", "이라는데/이+라는데/VCP+EC"]],
    ["stemAsWritten: 말았다는 맡다가 아니다 (ㅌ이 ㄹ로 바뀌는 불규칙은 없다)", "결국 포기하고 말았다.", "말았다", ["말/말/VX", "았/았/EP", "다/다/EF"]],
    ["counterAfterNumber: 9만여 명의 = 명/NNBC + 의/JKG", "직원 9만여 명의 생계가 걸렸다.", "명의", ["명/명/NNBC", "의/의/JKG"]],
    ["counterAfterNumber: 숫자 뒤가 아니면 명의는 명사", "회사 명의로 된 계좌", "명의로", ["명의/명의/NNG", "로/로/JKB"]],
    ["counterAfterNumber: 한 번의 번은 단위 명사 (벌다 + ㄴ이 아니다)", "한 번 더 해 보자.", "번", ["번/번/NNBC"]],
    ["counterAfterNumber: 세 명이", "세 명이 왔다.", "명이", ["명/명/NNBC", "이/이/JKS"]],
    ["counterAfterNumber: 목적어 뒤 번은 벌다", "돈을 번 사람", "번", ["번/벌+ᆫ/VV+ETM"]],
    ["splitBrackets: 퍼센트 뒤 쉼표", "금리는 3%, 물가는 2%다.", "3%,", ["3/3/SN", "%/%/SY", ",/,/SC"]],
    ["suffixHaAfterObject: 목적어를 가진 X한은 동사 (형용사는 목적어를 받지 않는다)", "회사가 자료를 조사한 결과가 나왔다.", "조사한", ["조사/조사/NNG", "한/하+ᆫ/XSV+ETM"]],
    ["suffixHaAfterObject: 목적어가 없으면 그대로", "아주 친절한 직원이 맞았다.", "친절한", ["친절/친절/NNG", "한/하+ᆫ/XSA+ETM"]],
    ["endingSeyo: -세요는 어미 하나 (시 + 어요의 어는 표층에 없다)", "새 요금제를 신청하세요.", "신청하세요", ["신청/신청/NNG", "하/하/XSV", "세요/세요/EF"]],
    ["freeNouns: 관형형 뒤 곳은 NNG (자립 명사)", "주차하기 어려운 곳.", "곳", ["곳/곳/NNG"]],
    ["counterAfterNumber: 한 번은 = 번/NNBC + 은/JX (벌다 + 은이 아니다)", "한 번은 꼭 들러 보자.", "번은", ["번/번/NNBC", "은/은/JX"]],
    ["counterAfterNumber: 두 개는 = 개/NNBC + 는/JX", "사과 두 개는 남겼다.", "개는", ["개/개/NNBC", "는/는/JX"]],
    ["copulaAfterJeok: 혁신적이다 = 적/XSN + 이/VCP (적이다라는 동사는 없다)", "새 요금제는 꽤 혁신적이었다.", "혁신적이었다", ["혁신/혁신/NNG", "적/적/XSN", "이/이/VCP", "었/었/EP", "다/다/EF"]],
    ["copulaAfterJeok: 적 뒤 일은 이/VCP + ㄹ/ETM", "결과는 긍정적일 것이다.", "긍정적일", ["긍정/긍정/NNG", "적/적/XSN", "일/이+ᆯ/VCP+ETM"]],
    ["copulaAfterNoun: 이지/NNG → 이/VCP + 지/EC", "그것은 시간 문제이지 않을까.", "문제이지", ["문제/문제/NNG", "이지/이+지/VCP+EC"]],
    ["bareAdverbHomograph: 조사 없이 선 직접은 부사", "사장이 직접 매장을 챙긴다.", "직접", ["직접/직접/MAG"]],
    ["bareAdverbHomograph: 조사가 붙으면 명사", "현재의 판매량은 적다.", "현재의", ["현재/현재/NNG", "의/의/JKG"]],
    ["bareAdverbHomograph: 명사와 붙여 쓰면 합성 명사의 명사", "현재위치를 알려 줘.", "현재위치를", ["현재/현재/NNG", "위치/위치/NNG", "를/를/JKO"]],
    ["compoundPredicates: 붙여 쓴 더하다는 동사 하나", "새 기능이 편의를 더했다.", "더했다", ["더했/더하+았/VV+EP", "다/다/EF"]],
    ["compoundPredicates: 띄어 쓴 더 해는 부사 + 하다", "한 번 더 해 보자.", "더", ["더/더/MAG"]],
    ["compoundPredicates: 오래되다는 형용사 하나", "공장은 꽤 오래되었다.", "오래되었다", ["오래되/오래되/VA", "었/었/EP", "다/다/EF"]],
    ["verbsInEohada: 좋아하다는 동사 하나 (좋 + 아 + 하/VX가 아니다)", "고객들이 새 모델을 좋아한다.", "좋아한다", ["좋아한다/좋아하+ᆫ다/VV+EF"]],
    ["verbsInEohada: 한 형태소 안의 두려워했 = 두려워하 + 았", "투자자들이 금리 인상을 두려워했다.", "두려워했다", ["두려워했/두려워하+았/VV+EP", "다/다/EF"]],
    ["verbsInEohada: 띄어 쓴 좋아 하는은 그대로", "좋아 하는 척했다.", "좋아", ["좋/좋/VA", "아/아/EC"]],
    ["numeralDeterminer: 낱말 앞 새는 관형사 (명사 새가 아니다)", "회사가 새 모델을 내놓았다.", "새", ["새/새/MM"]],
    ["numeralDeterminer: 조사가 붙은 새는 명사", "새가 창가에 앉았다.", "새가", ["새/새/NNG", "가/가/JKS"]],
    ["stemAsWritten: 모음 어미 앞 날의 ㄹ은 어간 (나 + 관형형 ㄹ이 아니다)", "드론이 하늘을 날았다.", "날았다", ["날/날/VV", "았/았/EP", "다/다/EF"]],
    ["comitativeWaGwa: 명사구 앞 와/과는 접속 조사 JC", "인도와 파키스탄이 회담을 열었다.", "인도와", ["인도/인도/NNP", "와/와/JC"]],
    ["comitativeWaGwa: 대명사 뒤 와는 부사격 JKB 그대로", "우연히 그와 인사를 나눴다.", "그와", ["그/그/NP", "와/와/JKB"]],
    ["endingSeyo: 으시오는 ko-dic의 읽으시오처럼 으시/EP + 오", "안내문을 찾으시오", "찾으시오", ["찾/찾/VV", "으시/으시/EP", "오/오/EC"]],
    ["stemAsWritten: 가리키는 가리키 (ko-dic의 가르키가 아니다: 불규칙은 끝 음절만 바꾼다)", "지표가 반등을 가리키는 중이다.", "가리키는", ["가리키/가리키/VV", "는/는/ETM"]],
    ["stemAsWritten: 재미있은 재미있 (준말 재밌이 아니다)", "재미있는 기능이 많다.", "재미있는", ["재미있/재미있/VA", "는/는/ETM"]],
    ["dropUnspelledSuffix: 연 = 연/NNG (ko-dic 항목의 이 + 라고는 표층에 없다)", "연 5%의 금리를 준다.", "연", ["연/연/NNG"]],
    ["adjectiveKeuda: 커서의 크는 형용사 (ko-dic의 커, 큰, 컸다처럼)", "시장 규모가 커서 경쟁이 심하다.", "커서", ["커서/크+어서/VA+EC"]],
    ["suffixHaAfterAdverb: 부사에 붙여 쓴 하는 파생 접미사 XSV", "지역과 함께하는 기업이 늘었다.", "함께하는", ["함께/함께/MAG", "하/하/XSV", "는/는/ETM"]],
    ["suffixHaAfterAdverb: 잘하다는 합성 동사 그대로", "그는 요리를 잘한다.", "잘한다", ["잘/잘/MAG", "한다/하+ᆫ다/VV+EF"]],
    ["suffixHaAfterAdverb: 다했다의 다는 부사 (어미는 어절을 시작하지 않는다), 하는 XSV", "선수들이 최선을 다했다.", "다했다", ["다/다/MAG", "했/하+았/XSV+EP", "다/다/EF"]],
    ["boundNounAfterModifier: 관형형 뒤 홀로 선 듯은 의존 명사 (어미는 어절을 시작하지 않는다)", "내일은 비가 올 듯.", "듯", ["듯/듯/NNB"]],
    ["boundNounAfterModifier: 관형형 뒤 만큼은 의존 명사 (조사가 아니다)", "놀랄 만큼 빨랐다.", "만큼", ["만큼/만큼/NNB"]],
    ["boundNounAfterModifier: 할 줄 알았다의 줄은 의존 명사 (주 + ㄹ이 아니다)", "그가 이길 줄 알았다.", "줄", ["줄/줄/NNB"]],
    ["boundNounAfterModifier: 본 적이 = 적/NNB + 이/JKS (부사 적이가 아니다)", "한 번도 가 본 적이 없다.", "적이", ["적/적/NNB", "이/이/JKS"]],
    ["boundNounAfterModifier: 관형형이 없으면 줄은 그대로", "그 줄 번호를 봐.", "줄", ["줄/주+ᆯ/VV+ETM"]],
    ["endingAtWordStart: 어미는 어절을 시작하지 않는다 (실정 ≠ 시 + ㄹ + 정)", "우리 동네의 실정이다.", "실정이다", ["실정/실정/NNG", "이다/이+다/VCP+EF"]],
    ["endingAtWordStart: 어미만으로 된 어절은 없다 (기지 ≠ 기/ETN + 지/EF)", "군사 기지 건설", "기지", ["기지/기지/NNG"]],
    ["endingAtWordStart: 한 형태소 안의 어미들도 (신규 ≠ 시 + ㄴ규)", "이번 신규 사업", "신규", ["신규/신규/NNG"]],
    ["interjectionInWord: 감탄사는 명사와 한 어절이 되지 않는다 (예정 ≠ 예/IC + 정)", "다음 달 출시 예정이다.", "예정이다", ["예정/예정/NNG", "이다/이+다/VCP+EF"]],
    ["interjectionInWord: 핫핑크는 명사 하나", "핫핑크 가방을 샀다.", "핫핑크", ["핫핑크/핫핑크/NNG"]],
    ["interjectionInWord: 서술어에 붙은 뭐는 대명사", "너 뭐하는 거야?", "뭐하는", ["뭐/뭐/NP", "하/하/VV", "는/는/ETM"]],
    ["connectiveBeforeNoun: 연결 어미 뒤에는 명사가 오지 않는다 (심해 ≠ 심하 + 아)", "심해잠수 장비를 샀다.", "심해잠수", ["심해/심해/NNG", "잠수/잠수/NNG"]],
    ["connectiveBeforeNoun: 맞춤버스의 맞춤은 명사", "맞춤버스를 탔다.", "맞춤버스를", ["맞춤/맞춤/NNG", "버스/버스/NNG", "를/를/JKO"]],
    ["connectiveBeforeNoun: 보조 용언 앞 연결 어미는 그대로", "먹어보니 맛있다.", "먹어보니", ["먹/먹/VV", "어/어/EC", "보/보/VX", "니/니/EC"]],
    ["connectiveBeforeNoun: 두 명사 사이의 어간 + 연결 어미는 한 낱말의 글자 (유고 + 슬 + 라 + 비안)", "유고슬라비안 음악을 들었다.", "유고슬라비안", ["유고슬라비안/유고슬라비안/NNG"]],
    ["suffixAtWordStart: 접미사는 어절을 시작하지 않는다 (당역 ≠ 당/XSN + 역)", "다음 당역 도착", "당역", ["당역/당역/NNG"]],
    ["suffixAtWordStart: 조사 앞 어절 첫머리의 계는 명사", "그 계는 닫혀 있다", "계는", ["계/계/NNG", "는/는/JX"]],
    ["suffixAtWordStart: 어절 첫머리의 하는 동사 하다", "내일 다시 연락하기로 함.", "함", ["함/하+ᄆ/VV+ETN"]],
    ["repairCopulaStem: ko-dic에 이가 없어 상황이다가 상 + 황이가 된다 → 상황 + 이다", "힘든 상황이다.", "상황이다", ["상황/상황/NNG", "이다/이+다/VCP+EF"]],
    ["repairCopulaStem: 동사로 읽힌 부이 (전부이다 ≠ 전 + 부이 + 다)", "합계 전부이다.", "전부이다", ["전부/전부/NNG", "이다/이+다/VCP+EF"]],
    ["repairCopulaStem: 더 짧지 않으면 그대로 (고양이 + 다)", "우리 집 고양이다.", "고양이다", ["고양이/고양이/NNG", "다/이+다/VCP+EF"]],
    ["repairCopulaStem: 동사 줄이다는 그대로", "예산을 줄이며 버텼다.", "줄이며", ["줄이/줄이/VV", "며/며/EC"]],
    ["adverbInWord: 부사 뒤에 붙은 명사는 없다 (안전부 ≠ 안/MAG + 전부)", "행정안전부는 발표했다.", "행정안전부는", ["행정/행정/NNG", "안전부/안전부/NNG", "는/는/JX"]],
    ["adverbInWord: 부사에 붙은 서술어는 그대로 (잘하다)", "잘하는 일", "잘하는", ["잘/잘/MAG", "하/하/VV", "는/는/ETM"]],
    ["demonstrativeDeterminer: 아무런은 관형사 (아무렇 + ㄴ이 아니다)", "아무런 문제가 없다.", "아무런", ["아무런/아무런/MM"]],
    ["demonstrativeDeterminer: 낱말 앞 그런은 관형사", "다시는 그런 식당 안 간다", "그런", ["그런/그런/MM"]],
    ["ordinalJe: 숫자 앞 제는 접두사 第 (저 + 의가 아니다)", "제 31차 회의가 열렸다.", "제", ["제/제/XPN"]],
    ["ordinalJe: 따옴표 뒤에서도", "'제 2의 도약'", "제", ["제/제/XPN"]],
    ["ordinalJe: 명사 앞 제는 저 + 의 그대로", "제 여자 친구", "제", ["제/저+의/NP+JKG"]],
    ["pronounNaSeo: 대명사 나에는 서가 붙지 않는다 (나서 = 나 + 아서)", "불이 나서 모두 나왔다.", "나서", ["나서/나+아서/VV+EC"]],
    ["pronounNaSeo: 나에게서는 대명사 + 조사 그대로", "나에게서 배웠다.", "나에게서", ["나/나/NP", "에게서/에게서/JKB"]],
    ["determinerTa: 명사 앞 타는 관형사 他 (타다 + 아가 아니다)", "맛도 좋아 타 지역에서 온다.", "타", ["타/타/MM"]],
    ["determinerTa: 목적어가 있으면 동사 타다", "버스를 타 보았다.", "타", ["타/타+아/VV+EC"]],
    ["determinerTa: 조사 없는 명사도 목적어일 수 있다", "버스 타 학교에 갔다.", "타", ["타/타+아/VV+EC"]],
    ["copulaAtWordStart: 어절 첫머리의 계사는 숙주가 없다 (이 + 라면이 아니라 라면)", "동생의 라면 한 그릇", "라면", ["라면/라면/NNG"]],
    ["copulaAtWordStart: 이 + 시 + 오가 아니라 명사 쇼", "밤마다 쇼 보러 간다.", "쇼", ["쇼/쇼/NNG"]],
    ["copulaAtWordStart: 이를 적은 계사는 띄어 써도 그대로 (인데 = 이 + ㄴ데)", "정답은 사과 인데 틀렸다.", "인데", ["인데/이+ᆫ데/VCP+EC"]],
    ["idiomDeulda: 예를 들다 (듣다가 아니다)", "책을 예를 들어 설명했다.", "들어", ["들/들/VV", "어/어/EC"]],
    ["idiomDeulda: 마음에 들다, 어미와 한 항목이어도", "새 옷이 마음에 들어도 비싸다.", "들어도", ["들어도/들+어도/VV+EC"]],
    ["idiomDeulda: 때를 나타내는 명사 뒤 (최근들어)", "최근들어 바쁘다.", "최근들어", ["최근/최근/NNG", "들/들/VV", "어/어/EC"]],
    ["idiomDeulda: 목적어가 소리면 듣다", "소리를 들어도 모른다.", "들어도", ["들어도/듣+어도/VV+EC"]],
    ["modifierBeforeNoun: 관형사형 어미 뒤에는 띄어 쓴다, 어절 첫머리 어간 + 어미는 명사 (맵 + ㄴ이 아니다)", "매운족발을 시켰다.", "매운족발을", ["매운/매운/NNG", "족발/족발/NNG", "을/을/JKO"]],
    ["modifierBeforeNoun: 명사 사이의 인은 앞 명사의 끝 (경제 + 이 + ㄴ이 아니다)", "한국경제인협회가 열렸다.", "경제인협회가", ["경제인/경제인/NNG", "협회/협회/NNG", "가/가/JKS"]],
    ["modifierBeforeNoun: 관형사형 뒤 의존 명사는 그대로", "먹을만한 곳이다.", "먹을만한", ["먹/먹/VV", "을/을/ETM", "만/만/NNB", "한/하+ᆫ/XSA+ETM"]],
    ["particleAtWordStart: 조사로 시작하는 어절은 없다, 홀로 선 보다는 부사", "그는 보다 빠르게 달렸다.", "보다", ["보다/보다/MAG"]],
    ["particleAtWordStart: 홀로 선 만은 명사 (만 세 살)", "아이는 만 세 살이다.", "만", ["만/만/NNG"]],
    ["particleAtWordStart: 명사 뒤 보다는 조사", "친구보다 빠르다.", "친구보다", ["친구/친구/NNG", "보다/보다/JKB"]],
    ["genitiveInWord: 어절 안에서 의 뒤에 명사가 오면 의는 그 명사의 첫 음절 (의무자)", "그는 부양의무자가 아니다.", "부양의무자가", ["부양/부양/NNG", "의무자/의무자/NNG", "가/가/JKC"]],
    ["genitiveInWord: 띄어 쓴 관형격 조사는 그대로", "학교의 의무", "학교의", ["학교/학교/NNG", "의/의/JKG"]],
    ["endingByPunctuation: 쉼표 앞 어미는 연결 어미 (자/EF가 아니다)", "문을 열자, 바람이 불었다.", "열자,", ["열/열/VV", "자/자/EC", ",/,/SC"]],
    ["endingByPunctuation: 마침표 앞 어미는 종결 어미 (고/EF)", "정말 친절하고. 또 올게요.", "친절하고.", ["친절/친절/NNG", "하/하/XSA", "고/고/EF", "././SF"]],
    ["endingByPunctuation: 따옴표 안 쉼표 앞은 그대로", "\"좋다,\" 그가 말했다.", "좋다,", ["좋/좋/VA", "다/다/EC", ",/,/SC"]],
    ["numeralBeforeNoun: 수사는 단위 명사로 센다, 어절 안 수사 + 일반 명사는 한 명사 (투 + 여군이 아니다)", "약 투여군 중에서 골랐다.", "투여군", ["투여군/투여군/NNG"]],
    ["numeralBeforeNoun: 고유어 수사를 붙여 쓴 것은 그대로 (열 사람)", "열사람이 왔다.", "열사람이", ["열/열/NR", "사람/사람/NNG", "이/이/JKS"]],
    ["bareStemAtEnd: 용언 어간은 어미 없이 어절을 끝내지 않는다, 홀로 선 어간은 명사 (낮다의 낮이 아니다)", "오늘 낮 기온이 높다.", "낮", ["낮/낮/NNG"]],
    ["bareStemAtEnd: 받침 뒤 X이 어간은 명사 + 주격 조사 (불이다의 불이가 아니다)", "큰 불이 나서 놀랐다.", "불이", ["불/불/NNG", "이/이/JKS"]],
    ["bareStemAtEnd: 어미가 있으면 그대로", "길이 낮아 보인다.", "낮아", ["낮/낮/VA", "아/아/EC"]],
    ["auxiliaryNaAfterGo: -고 난 뒤의 난은 보조 동사 나다 + ㄴ (나 + ㄴ/JX가 아니다)", "일을 끝내고 난 뒤 쉬었다.", "난", ["난/나+ᆫ/VX+ETM"]],
    ["auxiliaryNaAfterGo: 쉼표 뒤 난은 대명사 + 는", "먹고, 난 후에 갈게.", "난", ["난/나+ᆫ/NP+JX"]],
  ])("%s: %s", (_rule, text, word, expected) => {
    expect(analysis(text, word)).toEqual(expected);
    expectTokenInvariants(text, tk.tokenizeSync(text));
  });
});

const GSD = join(__dirname, "..", "..", "..", "..", "shared", "corpora", "ud-korean-gsd", "ko_gsd-ud-dev.conllu");

describe("형태소가 표층에 없는 글자를 만들지 않는다", () => {
  (existsSync(GSD) ? test : test.skip)("UD Korean GSD 개발 세트 950문장", () => {
    const texts = readFileSync(GSD, "utf8").split("\n").filter((l) => l.startsWith("# text = ")).map((l) => l.slice(9));
    expect(texts.length).toBe(950);
    const bad = texts.flatMap((t) => tk.tokenizeSync(t).flatMap((x) => (unspelled(x) ? [`${x.text}: ${unspelled(x)}`] : [])));
    expect(bad).toEqual([]);
  });

  test("fast-check 문자열", () => {
    const pieces = fc.constantFrom("사람", "들이", "것이", "이다", "이며", "이었다", "등", "중", "가고", "16", ".", ",", "2", "%", ")", "(", "㎞", " ", "있다", "하고", "\n", "😀", "ㄱ", "ᆯ", "한", "두", "다른", "전", "하는", "게", "이를", "이에", "하지만", "이네요", "이에요", "수도", "원", "만", "와", "아니다", "하기도", "淵源", "(", "'", "...", "www.a.com", "@", "들고", "안고", "저는", "가보니", "거", "기에", "약", "3", "명", "대가", "다", "건", "이들", "내", "년대", "1990", "%", "번", "세", "명의", "해", "이지만", "말았다", "라는데", "물론", "조사한", "세요", "으시오", "곳", "은", "적이", "일", "이지", "직접", "현재", "듯", "만큼", "더", "더했다", "함께", "오래", "되", "좋아", "해요", "두려워했다", "새", "날았다", "가리키는", "재미있는", "연", "커서", "과");
    fc.assert(
      fc.property(fc.oneof(fc.array(pieces, { maxLength: 40 }).map((xs) => xs.join("")), fc.string({ unit: "grapheme", maxLength: 100 })), (t) => {
        const tokens = tk.tokenizeSync(t);
        expectTokenInvariants(t, tokens);
        for (const x of tokens) expect(unspelled(x)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  test("properNouns = tokenize 중 NNP: 계사로 바뀐 고유 명사 (이지만)", () => {
    const text = "높이는 3미터이지만 넓다. 이지만 씨가 왔다. 값은 0.06이다)";
    expect(tk.properNounsSync(text)).toEqual(tk.tokenizeSync(text).filter((t) => t.tags[0] === "NNP"));
  });

  (existsSync(GSD) ? test : test.skip)("properNouns = tokenize 중 NNP (GSD 개발 세트)", () => {
    const text = readFileSync(GSD, "utf8").split("\n").filter((l) => l.startsWith("# text = ")).map((l) => l.slice(9)).join("\n");
    expect(tk.properNounsSync(text)).toEqual(tk.tokenizeSync(text).filter((t) => t.tags[0] === "NNP"));
  });
});

describe("나쁜 입력: 선형 시간, 정확한 위치, 토큰 밖 형태소 없음", () => {
  test.each<[string, string]>([
    ["자모만", "ㄱㄴㄷㅏㅑ ᄀᄁᆫᆯ ㅋㅋㅋㅋ".repeat(200)],
    ["10,000자 어절", "가나다라마바사아자차".repeat(1000)],
    ["문자 섞기와 이모지", "삼성SDI가 16.2%😀 늘었다 漢字 ＳＫ 👨‍👩‍👧이다".repeat(50)],
    ["쉼표 50개 숫자", `${"1" + ",000".repeat(50)}원`],
  ])("%s", (_name, text) => {
    const tokens = tk.tokenizeSync(text);
    expectTokenInvariants(text, tokens);
    for (const x of tokens) expect(unspelled(x)).toBeNull();
  });

  test("쉼표 50개 숫자는 SN 하나", () => {
    const n = `1${",000".repeat(50)}`;
    expect(tk.tokenizeSync(`${n}원`).map((t) => `${t.text}/${t.pos}`)[0]).toBe(`${n}/SN`);
  });
});
