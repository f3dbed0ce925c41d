"""Session 16 (issue 15): subjects by construction, from session 15's held-out errors.

Each table holds a sentence of an in-sample page (``work list``: session 15's held-out pages, now in
``tests/data/invented/``) and sentences written in the style of other kinds of site, in simplified and
traditional script. Ids name the source: ``work-list-<page>`` or ``written-<kind of site>``. Rows are
checked with the gold scorer's rule (:func:`factcase.subject_ok`); rows that fail today are strict
xfails naming the construction.
"""

from __future__ import annotations

import pytest

from factcase import check_subject as _check
from factcase import known_miss
from factcase import subject_case as accept

# ---------------------------------------------------------------- 1. X由[word]A降至B
# 价格由均价1.3万元左右降至700元左右: a word inside the from-phrase (均价, 平均, 原来) says how the old
# level is read; both levels take the noun before 由 (以X为例 names a topic, a known miss)

STENT = "以心脏冠脉支架为例，价格由均价1.3万元左右降至700元左右；一副人工髋关节价格从3.5万元降至7000元左右。"
FROM_PHRASE = [
    accept(STENT, "700元", "work-list-city-drug-volume-procurement: 降至700元左右", ["心脏冠脉支架", "价格"]),
    accept(
        STENT,
        "1.3万元",
        "work-list-city-drug-volume-procurement: 由均价1.3万元",
        ["心脏冠脉支架", "价格", "均价"],
    ),
    accept(
        "以胰岛素为例，每支价格由平均80元降至40元左右。",
        "40元",
        "written-health-commission: 由平均80元降至40元",
        ["价格", "胰岛素"],
    ),
    accept(
        "每宗個案的平均處理時間由原來45天縮短至28天。",
        "28天",
        "written-mo-department-traditional: 由原來45天縮短至28天",
        ["平均處理時間", "處理時間"],
    ),
    accept(
        "城乡低保标准由每人每月800元提高到860元。",
        "860元",
        "written-civil-affairs-portal: 由每人每月800元提高到",
        ["城乡低保标准", "低保标准"],
    ),
    accept(
        STENT,
        "1.3万元",
        "work-list-city-drug-volume-procurement: 以X为例 names the topic",
        ["心脏冠脉支架"],
        marks=known_miss(
            "以X为例 names a topic the price levels belong to; the noun before 由 (价格) is taken"
        ),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), FROM_PHRASE)
def test_a_from_phrase_word_is_no_subject(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 2. a run of measures before one noun
# 全市136条、约742公里城市主干道: every figure of a run N+measure、M+measure takes the trailing noun,
# past a bound of the next figure and a thousands comma

MEASURE_RUN = [
    accept(
        "全市136条、约742公里城市主干道在雪停后6小时内完成积雪清理。",
        "136条",
        "work-list-city-snow-removal: 136条、约742公里城市主干道",
        ["城市主干道", "主干道"],
    ),
    accept(
        "今年改造提升12条、约38公里农村公路。",
        "12条",
        "written-county-transport-bureau: 12条、约38公里农村公路",
        ["农村公路"],
    ),
    accept(
        "全縣完成8座、約1,200公尺人行陸橋的耐震補強。",
        "8座",
        "written-tw-county-news: 8座、約1,200公尺人行陸橋",
        ["人行陸橋"],
    ),
    accept(
        "全年完成5宗、合共約3.2公頃土地的收回。",
        "5宗",
        "written-hk-lands-department: 5宗、合共約3.2公頃土地",
        ["土地"],
        marks=known_miss("合共 before the next figure of the run is no bound the run passes over"),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), MEASURE_RUN)
def test_a_run_of_measures_shares_its_noun(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 3. a time limit's topic, never an adverb
# 次干道和背街小巷在雪停后24小时内基本清理完毕: 基本/全部/全数 after a figure say how far an act went, never
# what; a limit whose act ends with a complement of completion (完毕, 到位) and no object is the limit
# of the topic before 在; 基本殡葬服务 keeps its 基本 (a noun follows)

TIME_LIMITS = [
    accept(
        "全市136条主干道在雪停后6小时内完成积雪清理，次干道和背街小巷在雪停后24小时内基本清理完毕。",
        "24小时",
        "work-list-city-snow-removal: 24小时内基本清理完毕",
        ["次干道和背街小巷", "次干道", "背街小巷"],
    ),
    accept(
        "主要道路在颱風過後12小時內基本清理完畢。",
        "12小時",
        "written-tw-county-news: 12小時內基本清理完畢",
        ["主要道路", "道路"],
    ),
    accept(
        "受灾群众临时安置点在灾后48小时内全部搭建到位。",
        "48小时",
        "written-emergency-management-bureau: 48小时内全部搭建到位",
        ["临时安置点", "受灾群众临时安置点", "安置点"],
    ),
    accept(
        "受损线路在48小时内全部恢复供电。",
        "48小时",
        "written-power-company: 48小时内全部恢复供电",
        ["线路", "受损线路", "恢复供电"],
    ),
    accept(
        "各校舍在72小時內全數完成安全檢查。",
        "72小時",
        "written-hk-education-bureau: 72小時內全數完成",
        ["校舍", "安全檢查"],
    ),
    accept(
        "对困难群众免除遗体接运、遗体火化、普通骨灰盒等4项基本殡葬服务费用。",
        "4项",
        "written-civil-affairs-portal: 4项基本殡葬服务 (基本 opens a noun)",
        ["基本殡葬服务", "殡葬服务"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), TIME_LIMITS)
def test_a_limit_takes_its_topic_never_an_adverb(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 4. X较Y增加N: X, never the compared Y
# 清运量较去年同期最大一次降雪增加约三成: a baseline described at some length after 较/比 (no verb in
# it) holds the noun before the figure; what is compared is the noun before 较 (比赛 is no comparison)

COMPARED = [
    accept(
        "全市累计清运积雪12.8万立方米，清运量较去年同期最大一次降雪增加约三成。",
        "三成",
        "work-list-city-snow-removal: 清运量较去年同期最大一次降雪增加",
        ["清运量"],
    ),
    accept(
        "今年一季度，全省铁路客运量比去年春运单日最高峰值增长12%。",
        "12%",
        "written-provincial-portal: 客运量比去年春运单日最高峰值增长",
        ["铁路客运量", "客运量"],
    ),
    accept(
        "本月用電量較去年同期單日最高紀錄上升約一成。",
        "一成",
        "written-tw-power-company: 用電量較去年同期單日最高紀錄上升",
        ["用電量"],
    ),
    accept(
        "「4·23世界閱讀日」創作比賽共收到參賽作品5,812份。",
        "5,812份",
        "written-hk-lcsd-style: 比賽 is no comparison word",
        ["參賽作品"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), COMPARED)
def test_the_compared_thing_is_no_subject(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 5. N人 and the act that says who
# 共组织1.1万余人参与清扫积雪, 共有3862人网上报名: people a pivot verb (组织, 动员, 发动) or an
# existential 有 sets to an act are those who do it; 审核通过3417人: a verb phrase right before N人, with
# no noun before it in the clause, says who they are (never a neighbour clause's adverb); a noun before
# the verbs (招生计划共安排23.6万人, 运动员注册确认5661人) stays who is counted

PEOPLE_ACTS = [
    accept(
        "全市各级机关、企事业单位和志愿者积极落实“门前三包”责任制，共组织1.1万余人参与清扫积雪，有效缓解了出行压力。",
        "1.1万余人",
        "work-list-city-snow-removal: 共组织1.1万余人参与清扫积雪",
        ["参与清扫积雪", "机关、企事业单位和志愿者", "志愿者"],
    ),
    accept(
        "报名期间，共有3862人网上报名，经资格初审，审核通过3417人，审核通过率为88.5%。",
        "3862人",
        "work-list-county-civil-service-recruitment: 共有3862人网上报名",
        ["网上报名", "报名", "报名人数"],
    ),
    accept(
        "报名期间，共有3862人网上报名，经资格初审，审核通过3417人，审核通过率为88.5%。",
        "3417人",
        "work-list-county-civil-service-recruitment: 审核通过3417人",
        ["审核通过", "资格初审", "审核通过人数"],
    ),
    accept(
        "竞争最激烈的岗位为县融媒体中心新闻采编岗，计划招聘1人，审核通过196人，竞争比达196:1。",
        "196人",
        "work-list-county-civil-service-recruitment: 审核通过196人",
        ["新闻采编岗", "审核通过"],
    ),
    accept(
        "本次招考共有5,120人報名，經資格審查，審查通過4,386人。",
        "4,386人",
        "written-tw-exam-ministry: 審查通過4,386人",
        ["審查通過"],
    ),
    accept(
        "全镇共发动群众1.2万人次投工投劳。",
        "1.2万人次",
        "written-township-portal: 发动群众1.2万人次投工投劳",
        ["投工投劳", "群众"],
    ),
    accept(
        "今年我省普通本科招生计划共安排23.6万人，比去年增加0.8万人。",
        "23.6万人",
        "written-provincial-exam-authority: a noun before the verbs stays who is counted",
        ["普通本科招生计划", "普通本科"],
    ),
    accept(
        "完成运动员注册确认5661人，教练员注册331人。",
        "5661人",
        "written-sports-bureau: 运动员 before the verbs",
        ["运动员"],
    ),
    accept(
        "活动当天，区团委动员2300余名青年志愿者参与垃圾分类宣传。",
        "2300余名",
        "written-district-portal: the measure word's own noun after a pivot verb",
        ["青年志愿者", "志愿者"],
        marks=known_miss(
            "a pivot verb's people named after the measure word (2300余名青年志愿者) lose to the agent"
        ),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PEOPLE_ACTS)
def test_people_are_said_by_their_act(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 6. an amount's own verb and noun
# 完成投资8640万元，新建改造供水管网312.5公里: an amount reported as done (完成投资) with the next clause
# stating a figure of its own is no amount spent on that clause's works; its own verb+noun names it

OWN_AMOUNT = [
    accept(
        "其中新建规模化水厂2座、改造提升小型集中供水工程21处，完成投资8640万元，新建改造供水管网312.5公里。",
        "8640万元",
        "work-list-county-rural-drinking-water: 完成投资8640万元",
        ["投资", "完成投资", "农村供水工程"],
    ),
    accept(
        "全年完成交通投资12.6亿元，新建改造农村公路215公里，受益群众8.3万人。",
        "12.6亿元",
        "written-county-transport-bureau: 完成交通投资12.6亿元",
        ["交通投资", "投资"],
    ),
    accept(
        "本年度已完成投資新臺幣5.2億元，改善偏鄉道路42公里。",
        "5.2億元",
        "written-tw-county-news: 已完成投資新臺幣5.2億元",
        ["投資"],
    ),
    accept(
        "市府投放約12億元，繼續推行水管資產管理計劃。",
        "12億元",
        "written-hk-wsd-style: an amount spent on the programme after it (no figure there)",
        ["水管資產管理計劃"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), OWN_AMOUNT)
def test_an_amount_done_keeps_its_own_noun(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 7. follow-on counts and 的有N
# 已完成處理298宗: a count whose own words are only verbs (已完成处理) takes the counted noun of the clause
# before; 其中…主動糾正或改善的有87宗: the part is named by the verbs ending the 的-phrase

CCAC = (
    "行政申訴方面，廉署全年共跟進行政申訴個案352宗，已完成處理298宗，"
    "其中經廉署介入後由相關公共部門主動糾正或改善的有87宗。"
)
FOLLOW_ON = [
    accept(CCAC, "298宗", "work-list-mo-ccac: 已完成處理298宗", ["行政申訴個案", "完成處理"]),
    accept(CCAC, "87宗", "work-list-mo-ccac: …糾正或改善的有87宗", ["糾正或改善", "行政申訴個案"]),
    accept(
        "全年共受理消費投訴3,512宗，已完成處理3,306宗，其中經調解後由商戶主動退款或更換貨品的有1,128宗。",
        "1,128宗",
        "written-mo-consumer-council: …退款或更換貨品的有1,128宗",
        ["退款或更換貨品", "退款"],
    ),
    accept(
        "全年共受理消費投訴3,512宗，已完成處理3,306宗，其中經調解後由商戶主動退款或更換貨品的有1,128宗。",
        "3,306宗",
        "written-mo-consumer-council: 已完成處理3,306宗",
        ["消費投訴", "完成處理"],
    ),
    accept(
        "今年共受理群众信访事项1,260件，已办结1,198件，其中经复查后由责任单位重新作出处理或予以纠正的有43件。",
        "43件",
        "written-city-petition-bureau: …处理或予以纠正的有43件",
        ["处理或予以纠正", "纠正"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), FOLLOW_ON)
def test_follow_on_counts_and_de_you(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 8. the thing, not the verb or recipient
# 落实群测群防员1.12万名: a role's suffix jieba splits off (员) stays with its noun; 向各级防灾责任人发送预警
# 信息120余万条: what is sent, not the recipients and the verb; 每月發給8,329元: a bare verb of giving
# is no subject (the grant its sentence named as such a verb's object, else an opener X部分，);
# 各增設1處日間照顧中心: the measure word's own noun, not the place list before 各

THINGS = [
    accept(
        "全省建成地质灾害专业监测点2318处，落实群测群防员1.12万名，实现在册隐患点监测全覆盖。",
        "1.12万名",
        "work-list-province-geological-disaster: 落实群测群防员1.12万名",
        ["群测群防员"],
    ),
    accept("全区共配备网格员1,260名。", "1,260名", "written-district-portal: 配备网格员1,260名", ["网格员"]),
    accept(
        "汛期联合气象部门发布省级地质灾害气象风险预警46期，通过短信平台向各级防灾责任人发送预警信息120余万条。",
        "120余万条",
        "work-list-province-geological-disaster: 向…责任人发送预警信息120余万条",
        ["预警信息"],
    ),
    accept(
        "氣象局透過手機向市民推送天氣警告訊息約350萬則。",
        "350萬則",
        "written-hk-observatory-style: 向市民推送天氣警告訊息約350萬則",
        ["天氣警告訊息", "警告訊息"],
    ),
    accept(
        "春节前夕，区民政局向困难群众发放慰问金共计86万元。",
        "86万元",
        "written-district-civil-affairs: 向困难群众发放慰问金共计86万元",
        ["慰问金"],
    ),
    accept(
        "經濟安全方面，本縣領取中低收入老人生活津貼長者計9,836人，依家庭經濟狀況每月發給8,329元或4,164元。",
        "8,329元",
        "work-list-tw-yunlin: 每月發給8,329元",
        ["中低收入老人生活津貼", "生活津貼"],
    ),
    accept(
        "經濟安全方面，本縣領取中低收入老人生活津貼長者計9,836人，依家庭經濟狀況每月發給8,329元或4,164元。",
        "4,164元",
        "work-list-tw-yunlin: 或4,164元",
        ["中低收入老人生活津貼", "生活津貼"],
    ),
    accept(
        "全市领取城乡居民基本养老保险基础养老金的老人共12.6万人，每人每月发放180元。",
        "180元",
        "written-city-hrss: 每人每月发放180元",
        ["城乡居民基本养老保险基础养老金", "基础养老金", "养老金"],
    ),
    accept(
        "重陽敬老禮金部分，今年設籍本縣滿65歲以上長者每人可領取新臺幣1,000元，預計約14.8萬人受惠。",
        "1,000元",
        "work-list-tw-yunlin: 重陽敬老禮金部分，…每人可領取",
        ["重陽敬老禮金", "敬老禮金"],
    ),
    accept(
        "高龄津贴部分，80至89周岁老人每人每月可领取100元。",
        "100元",
        "written-county-civil-affairs: 高龄津贴部分，…可领取100元",
        ["高龄津贴"],
    ),
    accept(
        "社會處長表示，115年將再新增巷弄長照站15處，並於斗六市、虎尾鎮各增設1處日間照顧中心。",
        "1處",
        "work-list-tw-yunlin: 斗六市、虎尾鎮各增設1處日間照顧中心",
        ["日間照顧中心"],
    ),
    accept(
        "今年在城东、城西街道各新建1个社区日间照料中心。",
        "1个",
        "written-district-portal: 各新建1个社区日间照料中心",
        ["社区日间照料中心", "日间照料中心"],
    ),
    accept(
        "提供1Gbps或以上服務的住戶寬頻用戶約173萬，佔住戶寬頻用戶總數的63.6%。",
        "1Gbps",
        "work-list-hk-ofca: 提供1Gbps或以上服務",
        ["住戶寬頻服務", "服務"],
        marks=known_miss(
            "a speed bound inside a relative clause (1Gbps或以上服務) names the service after it"
        ),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), THINGS)
def test_the_thing_not_the_verb_or_recipient(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)
