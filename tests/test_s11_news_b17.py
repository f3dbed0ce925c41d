"""Session 11: news pages of batch 17 (a rainstorm bulletin, a marathon report, annual results, a
reprinted quarterly economy story) and probes of the same constructions in other styles.

Each error was named as a construction; each table holds the batch page's sentence with sentences
written in the styles of other kinds of site (statistics bulletins, provincial and county portals,
finance news, Hong Kong, Macau and Taiwan pages) and other wordings. Ids name the source:
``invented-<page>`` (a sentence of an invented page), ``written-<kind of site>`` (written here).
Rows that still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, known_miss, the_fact

# ---------------------------------------------------------------- a table of places by measures
# 省份 | 受灾人口（万人） | 紧急转移安置（人）, 江西 | 41.2 | 63800: a first header cell made of division
# words only (省份, 地区, 县（市、区）, 市（州）) makes the rows places; a column naming a measure of its
# own is what each cell measures (受灾人口), and the row's place is the fact's place, not its subject.
# A bare measure word (人数, 产量) and a column of periods or changes keep the row as the subject.

_RAIN = (
    "江西、湖南受灾情况见下表：\n"
    "省份\t受灾人口（万人）\t紧急转移安置（人）\n江西\t41.2\t63800\n湖南\t23.5\t35100"
)
_CITY = (
    "各县（市、区）财政收入\n"
    "县（市、区）\t一般公共预算收入（亿元）\t同比增长（%）\n东湖区\t56.3\t4.2\n西山县\t21.8\t-1.5"
)
_MO = "按區域統計\n區域\t新登記車輛（輛）\t註銷車輛（輛）\n澳門半島\t1 205\t980\n氹仔\t860\t410"
_PREF = "各市（州）下达资金\n市（州）\t下达资金（亿元）\t支出进度（%）\n曲靖市\t24.86\t56.3"
_TW = "各縣市人口\n縣市\t人口數（人）\t增減率（%）\n新北市\t4,048,721\t-2.13"
_TOWN = "各镇户籍情况\n镇\t户数\t人数\n甲镇\t1 203\t3 456"
_HOUSE = "分区域成交\n区域\t2024年（万平方米）\t2025年（万平方米）\n城东区\t12.35\t14.10"

PLACE_ROWS = [
    case(_RAIN, "41.2", "2024-06-25", "invented-cctv-south-rainstorm: 江西 | 41.2 under 受灾人口（万人）",
         subject=["受灾人口"], value=412000, unit="人"),
    case(_RAIN, "35100", "2024-06-25", "invented-cctv-south-rainstorm: 湖南 | 35100 under 紧急转移安置（人）",
         subject=["紧急转移安置"]),
    case(_CITY, "56.3", "2025-01-20", "written-county-portal: 县（市、区） | 一般公共预算收入（亿元）",
         subject=["一般公共预算收入"], value=5630000000),
    case(_MO, "1 205", "2025-02-10", "written-macau-dsec: 區域 | 新登記車輛（輛）",
         subject=["新登記車輛"], value=1205),
    case(_PREF, "24.86", "2024-03-01", "written-provincial-funds: 市（州） | 下达资金（亿元）",
         subject=["下达资金"]),
    # a row named by a division the place index does not know keeps its name: the record says where
    case(_PREF.replace("曲靖市", "澄南区"), "24.86", "2024-03-01",
         "written-provincial-funds: 澄南区 (an unknown district) | 下达资金（亿元）", subject="澄南区"),
    case(_RAIN.replace("江西", "北部片区"), "41.2", "2024-06-25",
         "written-county-portal: 北部片区 (no division of the index) | 受灾人口（万人）", subject="北部片区"),
    case(_TW, "4,048,721", "2025-01-10", "written-taiwan-moi: 縣市 | 人口數（人）",
         subject=["人口數"]),
    # a bare measure word and a column of periods: the row's place stays the subject
    case(_TOWN, "3 456", "2025-01-05", "written-county-portal: 镇 | 人数 (a bare measure word)",
         subject="甲镇"),
    case(_HOUSE, "14.10", "2025-06-01", "written-city-housing: 区域 | 2025年（万平方米） (a period)",
         subject="城东区"),
    case(_CITY, "-1.5", "2025-01-20", "written-county-portal: 县（市、区） | 同比增长（%） (a change)",
         subject="西山县"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PLACE_ROWS)
def test_place_rows(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- counts of places
# 江西、湖南、广西、福建等4省（区）, 河南、山东两省, 邻近的两省: a whole number right before tiers of
# government counts places. The tier before any brackets is the unit (省); the tiers, brackets and
# all, are what is counted (the subject), not the last place named before 等. The count may follow a
# determiner (其余, 邻近的) or the last name of a list (、山东两省), and an adverb may follow the tier
# at once (两省分别, 三市均), though 省分 reads as a word.

_MISS_UNIT_PLACES = known_miss(
    "a count of places whose tier is a measure word of its own (兩區, 两区) is read by the unit path, "
    "which takes the last name before it as subject"
)

PLACE_COUNTS = [
    case("截至6月24日12时，江西、湖南、广西、福建等4省（区）共有86.7万人受灾。", "4省", "2024-06-25",
         "invented-cctv-south-rainstorm: 等4省（区）", value=4, unit="省", kind="count",
         subject=["省（区）", "省"]),
    case("截至6月24日，全国已收获冬小麦3.35亿亩，其中河南、山东两省分别收获8530万亩、5960万亩。", "两省",
         "2024-06-25", "invented-cctv-south-rainstorm: 河南、山东两省分别 (a list's last name, 省分)",
         value=2, unit="省", kind="count", subject=["省"]),
    case("与周边省份相比，青川一季度经济增速分别高于邻近的两省0.7个和1.1个百分点。", "两省", "2024-04-20",
         "invented-xinhua-reprint-qingchuan: 邻近的两省 (a determiner)", value=2, unit="省", subject=["省"]),
    case("農業部表示，已公告高雄市等5縣市為現金救助地區。", "5縣市", "2024-10-08",
         "invented-tw-moa-typhoon: 高雄市等5縣市 (not 公告高雄市)", value=5, unit="縣市", subject=["縣市"]),
    case("全市5县（市、区）均已完成验收。", "5县", "2025-01-10",
         "written-county-portal: 全市5县（市、区）均 (brackets of several tiers)", value=5, unit="县",
         subject=["县（市、区）"]),
    case("广东、广西、海南等3省区出现强降雨。", "3省区", "2024-06-01",
         "written-weather-news: 等3省区 (tiers without brackets)", value=3, unit="省区", subject=["省区"]),
    case("其余两县正在加快推进。", "两县", "2025-03-01", "written-provincial-portal: 其余两县",
         value=2, unit="县", subject=["县"]),
    case("元朗、屯門兩區分別錄得12宗及8宗個案。", "兩區", "2025-02-01", "written-hk-chp: 元朗、屯門兩區分別",
         marks=_MISS_UNIT_PLACES, value=2, subject=["區"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PLACE_COUNTS)
def test_place_counts(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


def test_tier_opening_a_word_is_no_count() -> None:
    """北京、天津等3市场监管部门: the tier begins a word (市场), so 3 counts no places."""
    text = "北京、天津等3市场监管部门参加。"
    assert [f.text for f in facts_of(text, "2025-01-10")] == []


# ---------------------------------------------------------------- a level that rises to a reading
# 鄱阳湖星子站水位24日8时涨至19.82米: the verbs of a level rising or falling to a reading in flood,
# market and power news (涨至, 跌至, 攀升至, 退至) state the new level (change "to"), and the hour of
# the clock right after a day (24日8时, 23日14時) is part of the time the subject is read past: the
# subject is the level named before the time (水位), not nothing.

LEVEL_TO = [
    case("鄱阳湖星子站水位24日8时涨至19.82米，超警戒水位0.82米。", "19.82", "2024-06-25",
         "invented-cctv-south-rainstorm: 水位24日8时涨至19.82米", subject=["水位", "星子站水位"], change="to",
         time="2024-06-24"),
    case("太湖平均水位6月30日14时涨至4.36米，超过警戒水位0.56米。", "4.36", "2024-07-01",
         "written-water-resources-bureau: 平均水位6月30日14时涨至", subject=["平均水位", "太湖平均水位"],
         change="to"),
    case("全市用电负荷7月23日13时30分攀升至1250万千瓦，创历史新高。", "1250", "2024-07-24",
         "written-power-grid-news: 用电负荷…13时30分攀升至", subject=["用电负荷"], change="to",
         time="2024-07-23"),
    case("台北站氣溫23日14時升至38.2度，為今年最高。", "38.2", "2024-07-24",
         "written-taiwan-cwa: 氣溫23日14時升至 (時)", subject=["氣溫", "台北站氣溫"], change="to"),
    case("受消息影響，該股股價昨日收市跌至8.5元。", "8.5", "2025-03-12",
         "written-hk-finance-news: 股價…跌至8.5元", change="to"),
    case("洪峰过后，长江汉口站水位退至25.1米。", "25.1", "2024-07-20",
         "written-hubei-portal: 水位退至25.1米", subject=["水位", "汉口站水位"], change="to"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), LEVEL_TO)
def test_level_to(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a rank of the sentence's topic
# 春江马拉松的报名人数仅次于省城，在全省各地的马拉松赛事中排第2位: a rank whose own clause opens with the
# group it is ranked within (在…中, or a bare scope: 在全球, 在全省) ranks the sentence's topic; a topic
# may be a noun owned by the one before 的 (春江马拉松的报名人数, 深圳的整体竞争力, 本港的): what is
# owned is ranked, not the owner, and not the scope.

RANK_TOPIC = [
    case("与周边城市相比，春江马拉松的报名人数仅次于省城，在全省各地的马拉松赛事中排第2位。", "第2位",
         "2025-04-20", "invented-evening-paper-chunjiang-marathon: 的报名人数仅次于…，在…中排第2位",
         subject=["报名人数", "春江马拉松"]),
    case("深圳的整体竞争力在全国排名第5位。", "第5位", "2025-01-10",
         "written-city-news: 深圳的整体竞争力在全国排名 (a bare scope)", subject=["整体竞争力"]),
    case("本港的整體競爭力在全球排名第5位。", "第5位", "2025-06-18",
         "written-hk-government-news: 本港的整體競爭力在全球排名 (a pronoun owns)", subject=["整體競爭力"]),
    case("该区的人均可支配收入在全市排第2位。", "第2位", "2025-02-01",
         "written-district-portal: 该区的人均可支配收入在全市排", subject=["人均可支配收入"]),
    case("该市营商环境评价得分91.2分，在全省排第4位。", "第4位", "2025-03-01",
         "written-provincial-portal: 得分91.2分，在全省排第4位 (carried)", subject=["营商环境评价"]),
    case("全市地区生产总值增长6.2%，在全省16个市中排第3位。", "第3位", "2025-02-01",
         "written-statistics-bulletin: 在全省16个市中排第3位 (a counted group)", subject=["地区生产总值"],
         marks=known_miss("a counted group before 中 (16个市中): the count's subject 市中排 is carried")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), RANK_TOPIC)
def test_rank_topic(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- earlier levels in a 分别 bracket
# 全程马拉松完赛率为96.3%，半程马拉松完赛率为98.7%，均高于上届（分别为94.8%、97.9%）: a bracket of 分别
# after a comparison lists the earlier level of each figure before it, in order; the n-th figure of
# the bracket measures what the n-th of as many figures of its kind before the bracket measures. Its
# time is the compared period's (上年同期: a year back; 上季: the quarter before); 上届 names no time.

_RACE = "据组委会统计，全程马拉松完赛率为96.3%，半程马拉松完赛率为98.7%，均高于上届（分别为94.8%、97.9%）。"
_GRAIN = "今年一季度，全省夏粮播种面积增长3.1%，油料播种面积增长2.4%，均高于上年同期（分别为1.2%、0.8%）。"
_VACANCY = "本季度住宅單位空置率為3.8%，非住宅單位空置率為5.2%，均低於上季（分別為4.1%及5.6%）。"

RESPECTIVE = [
    case(_RACE, "94.8%", "2025-04-21", "invented-evening-paper-chunjiang-marathon: （分别为94.8%、…） first",
         subject=["全程马拉松完赛率"]),
    case(_RACE, "97.9%", "2025-04-21", "invented-evening-paper-chunjiang-marathon: （分别为…、97.9%） second",
         subject=["半程马拉松完赛率"]),
    case(_GRAIN, "1.2%", "2024-04-20", "written-provincial-statistics: 均高于上年同期（分别为1.2%、…）",
         subject=["夏粮播种面积"]),
    case(_GRAIN, "0.8%", "2024-04-20", "written-provincial-statistics: 均高于上年同期（分别为…、0.8%）",
         subject=["油料播种面积"]),
    case(_VACANCY, "4.1%", "2024-07-20", "written-hk-rvd: 均低於上季（分別為4.1%及…） (traditional, 及)",
         subject=["住宅單位空置率"]),
    case(_VACANCY, "5.6%", "2024-07-20", "written-hk-rvd: 均低於上季（分別為…及5.6%）",
         subject=["非住宅單位空置率"]),
    case(_GRAIN, "1.2%", "2024-04-20", "written-provincial-statistics: 上年同期's level is dated a year back",
         time="2023-03-31"),
    case(_GRAIN, "0.8%", "2024-04-20", "written-provincial-statistics: 上年同期's second level too",
         time="2023-03-31"),
    case(_VACANCY, "5.6%", "2024-06-20", "written-hk-rvd: 上季's level is of the quarter before 本季度's",
         time="2024-03-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), RESPECTIVE)
def test_respective_baselines(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- the level of an earlier edition
# 均高于上届（分别为94.8%、97.9%）, 高于上一届的980家, 低於上屆的61.3%: the level of an earlier edition
# (上届, 上一届, 上次) a comparison names is of a time the text does not give: undated, not of the
# sentence's time (截至当日…) nor the year's.

EDITION = [
    case(_RACE.replace("据组委会统计，", "据组委会统计，截至当日14时关门时间，"), "94.8%", "2025-03-24",
         "invented-evening-paper-chunjiang-marathon: 均高于上届（分别为94.8%、…）", time=None),
    case("今年参展企业达到1200家，高于上一届的980家。", "980家", "2025-05-20",
         "written-expo-news: 高于上一届的980家", time=None, subject=["企业", "参展企业"]),
    case("本屆投票率為58.2%，低於上屆的61.3%。", "61.3%", "2024-11-25",
         "written-macau-election-news: 低於上屆的61.3% (traditional)", time=None),
    case("今年参展企业达到1200家，高于上一届的980家。", "1200家", "2025-05-20",
         "written-expo-news: this edition's figure keeps the year", time="2025-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), EDITION)
def test_edition_level(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- places compared with
# 青川一季度经济增速分别高于邻近的两省0.7个和1.1个百分点: a count of the places a comparison is made with
# (高于邻近的两省, 低於鄰近的兩個縣) is no figure of the period the sentence reports; it is undated.

COMPARED_PLACES = [
    case("与周边省份相比，青川一季度经济增速分别高于邻近的两省0.7个和1.1个百分点。", "两省", "2024-04-20",
         "invented-xinhua-reprint-qingchuan: 高于邻近的两省", time=None),
    case("今年上半年，本市居民人均可支配收入增速快于相邻的三市。", "三市", "2024-07-20",
         "written-city-statistics: 快于相邻的三市", time=None, unit="市"),
    case("截至6月24日，河南、山东两省分别收获8530万亩、5960万亩。", "两省", "2024-06-25",
         "written-agriculture-news: 河南、山东两省 (not compared: the sentence's time)", time="2024-06-24"),
    case("上半年，全市等4区县完成目标。", "4区县", "2024-07-20",
         "written-county-portal: 等4区县 (not compared)", time="2024-06-30"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), COMPARED_PLACES)
def test_compared_places(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
