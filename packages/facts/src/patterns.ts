// The named patterns and word sets of extractFacts's rules: what each matches is in its comment.

/** Amount kinds that can be a fact's figure. */
export const VALUE_KINDS = new Set(["money", "percent", "percent_point", "basis_point", "quantity", "index", "number"]);
/** Amount kinds that can be a change's size. */
export const CHANGE_KINDS = new Set(["money", "percent", "percent_point", "basis_point", "quantity", "points", "index"]);
/** Words that may follow a change's size before its verb (`20%가량 늘었다`, `5원 넘게 올랐다`). */
export const CHANGE_REST = /^(?:|나|이나|가량|씩|가까이|정도|넘게|이상|안팎|포인트|p)$/;
/** Separate words that may stand between a change's size and its verb (`21조 원 넘게 늘었다`). */
export const CHANGE_FILLER = /^(?:넘게|이상|가량|가까이|정도|안팎|이나|나|씩|더|각각|모두)\s+/;
/** A comparison cue right before a size (`전년 대비 20%`, `전 분기보다 5%`). */
export const COMPARED_BEFORE = /(?:대비|보다|에\s?비해|比)\s*$/;
/** A period followed by these is the comparison base, not the period (`지난해 3분기보다`, `2024년 대비`). */
export const COMPARED_AFTER = /^(?:\s?(?:말|초|중순|말께))?(?:\s*\([^)]{0,40}\))?\s*(?:대비|보다|에\s?비해|와\s?비교|과\s?비교|比|와\s|과\s)/;
/** The rest of a figure's word that makes it no figure of its own: a rate's denominator (`100엔당`), a trade's worth (`원어치`). */
export const NOT_FIGURE_REST = /^(?:당|어치)/;
/** A figure before the metric noun it measures (`25조 원 규모의 배터리 공급 계약`, `12조 원의 영업이익`). */
export const PREPOSED = /^\s*(?:규모|어치|상당|가량|수준)?\s*의?\s+(?:[^\s]+\s+){0,3}$|^\s*(?:규모|어치|상당|가량|수준)?\s*의\s*$/;
/** A figure as the object of a verb-stem metric (`1조 원을 투자한다`, `1조4000억 원에 수주했다`, `4200억 원에 인수하기로`). */
export const OBJECT_GAP = /^\s*(?:규모|어치|상당|가량|수준)?\s*(?:을|를|의|에|로|으로)?\s*(?:[^\s]+\s+){0,3}$/;
/** A list of metrics read in order against a list of figures (`매출과 영업이익은 각각 62조 원, 7조 원`). */
export const COORDINATED = /^(?:\s|,|과|와|및|그리고)*$/;
/** A party's particles when it is the subject or topic (은/는/이/가/도), or nothing or 의 before the metric (`삼성전자 영업이익`, `삼성전자의`). */
export const TOPIC_REST = /^(?:은|는|이|가|도|측은|측이)$/;
/** A party followed by its people as the topic (`연준 위원들은`, `삼성전자 관계자는`). */
export const MEMBERS_TOPIC = /^\s(?:위원들|위원|관계자|측|당국자|경영진)(?:은|는|이|가)\s/;
export const ATTRIBUTIVE_REST = /^(?:|의)$/;
/** Particles of a deal's other party (`GM과`, `소프트뱅크로부터`, `인텔에`, `오에스카를 인수`). */
export const COUNTERPARTY_REST = /^(?:과|와|과의|와의|과도|와도|로부터|으로부터|에|에게|측과|측에|을|를)$/;
/** Sentence openers that put a figure inside the previous one (`이 가운데 전동화 부문 투자는 35조 원이다`). */
export const PART_OF = /^\s*(?:이\s?가운데|이\s?중|그\s?중|이\s?중에서)(?=[\s,])/;
/** A segment phrase: the segment and 부문 / 사업부 / 사업 (`반도체 부문`, `DS부문`, `냉난방공조 사업에서만`). */
export const SEGMENT = /([^\s,.·()“”"'‘’]+?)\s?(?:부문|사업부|사업)(?=[^가-힣]|은|는|이|가|의|에서|에|도|과|와|$)/g;
/** Status nouns after which a figure is that expectation (`시장 전망치(7조 원)`, `컨센서스인 3조 원`). */
export const EXPECTATION_NOUN = /치$|컨센서스$|가이던스$|목표$/;
/** Verbs of comparing with an expectation: the expectation is then no status of the figure (`예상치를 웃돌았다`). */
export const COMPARE_VERB = /^\s*(?:\([^)]*\)\s*)?(?:를|을)?\s*(?:크게\s|소폭\s|다소\s)?(?:웃돌|밑돌|상회|하회|넘어|넘었|넘는|못\s?미치|뛰어넘)/;
/** A status cue used as a verb (`전망했다`, `예상한다`, `내다봤다`, `제시했고`): its subject is who states the figure. */
export const VERBAL_REST = /^(?:했|한다|하고|해|하며|하는|했고|했으며|했다|하기|됐|된다|된|되)/;
/** 각각 before a list of figures or sizes: they go to the figures in order. */
export const RESPECTIVELY = /(?:각각|차례로)\s/;
/** Verbs that revise an estimate (높였다, 낮췄다, 상향, 하향, 올렸다, 내렸다). */
export const REVISED = /^(?:높|낮|상향|하향|올|내|올려|내려)/;
/** Verbs of raising that, after a flow figure, mean earning it (`매출 3조 원을 올렸다`), not a change. */
export const EARNED = /^(?:올렸|올린|올려|올릴)/;
/** Verbs that state a figure (`제시했다`, `재확인했다`, `발표했다`). */
export const STATEMENT_VERB = /(?:재확인|제시|밝혔|밝혀|발표|공시|내놨|설명)/;
/** A verb in the past tense that is no copula (`잡았다`, `낮췄다`, `내놨다`; not `이었다`, `였다`). */
export const PAST_VERB = /(?:^|[^이])(?:[았었했놨뒀웠졌렸춰췄])다(?:[.,]|$|\s)|(?:^|[^이])[았었했놨뒀웠졌렸췄]고\s|(?:^|\s)[가-힣]+[가-힣]였다(?:[.,]|$|\s)/;
/** A company that announced the figures (`삼성전자가 이날 공시한 3분기 실적은`). */
export const ANNOUNCED = /^(?:이|가)\s(?:[^\s]+\s)?(?:공시한|발표한|밝힌|내놓은)/;
/** A clause that states an intention (`달성하겠다는`, `투자하겠다고`): its figure is a target. */
export const INTENTION = /겠다(?:는|고|며)?$|겠습니다$/;
/** The period of the previous figure, named again (`같은 기간 영업이익은`, `같은 날 HMM과도`). */
export const SAME_PERIOD = /(?:^|\s)(?:같은|이|동)\s?(?:기간|날|달|분기)/;
/** An attribution that points back to the last `…에 따르면` (`같은 집계에서`, `이 조사에서`). */
export const SAME_SOURCE = /(?:같은|이|동)\s?(?:집계|조사|자료|통계)/;
/** The same span named again (`같은 기간`, `이 기간`): its comparison carries too. */
export const SAME_SPAN = /(?:^|\s)(?:같은|이|동)\s?기간/;
/** A period followed by 에만 (`1분기에만 128% 올라`) is the span of a change, not the figure's period. */
export const ONLY_IN = /^에만/;
/** Words before a metric that make it a figure over a span (`연평균 환율`, `연간 영업이익`). */
export const SPAN_WORDS = /(?:연평균|연간|월평균)\s*$/;
/** 현재 (now) before a figure with no date of its own: the figure is as of now, with no period. */
export const NOW = /(?:^|\s)현재\s/;

export const PRONOUN_WORD = /^(?:이|그|회사|동사|당사|이는|이보다)/;

/** Metrics a product may own (`갤럭시 S25 판매량`); a product before a deal's price is what is delivered (`K2 전차 180대를 공급하는 9조 원 규모의 계약`). */
export const PRODUCT_METRICS = new Set(["sales_volume", "market_share", "users", "subscribers", "revenue"]);

/** 이 증권사는, 같은 증권사는: the last forecaster as the sentence's topic. */
export const FORECASTER_PRONOUN = /(?:^|\s)(?:이|같은|해당)\s?(?:증권사|기관|업체)(?:은|는|가|이|도)\s/;
/** 회사는, 이 회사는, 동사는 …: the company under discussion as the sentence's topic. */
export const PRONOUN_TOPIC = /(?:^|\s)(?:이\s?회사|같은\s?회사|회사|동사|당사|회사\s?측|그룹)(?:은|는|가|이|도)\s/;
