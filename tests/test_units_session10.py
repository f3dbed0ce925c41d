"""Session 10: numbers, units and table cells of batch 13.

Four constructions, each a table of rows from the in-sample page that showed it and of sentences
written in the styles of other sites (provincial portals, statistics bulletins, county news,
transport and health bureaux, Hong Kong, Macau and Taiwan pages):

1. a scale word and then a product unit (986.5百萬車公里, 12.3亿人公里): one unit, kind other,
   the scale applied; a unit in no list that ends in a listed one is still a fact (3.5萬延人次);
2. a unit the lists lacked or cut (2.37万治疗量, 15.62万单位 read as 单);
3. a table whose header names its column's unit with a slash between measure words (补贴数量
   （台/套）): a count in either word, not a rate (元/人 stays a rate);
4. a scaled count ending its clause after a verb of recording (出入境人次共錄得1,296.4萬), after a
   verb alone (…，為49.6萬), or in a list of parts of one total (本地居民為411.5萬): the unit is the
   measure the noun names, in the clause, the sentence or the part before; null otherwise.

Ids name the source: ``invented-<page>`` (a line of an in-sample invented page) or
``written-<kind of site>``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factcase import PATTERNS, fact_case, facts_of, known_miss, no_fact_case, run_fact
from gov_facts.facts.engine import find_facts

# ---------------------------------------------------------------- 1. product units after a scale

PRODUCT_UNITS = [
    fact_case(
        "115年春節連續假期共計9天，國道總交通量為986.5百萬車公里，平均每日交通量109.6百萬車公里。",
        "986.5百萬車公里",
        "2026-02-23",
        "invented-tw-freeway: 百萬 and 車公里",
        value=986500000,
        unit="車公里",
        kind="other",
    ),
    fact_case(
        "除夕（2月16日）交通量則降至68.2百萬車公里，為連假期間最低。",
        "68.2百萬車公里",
        "2026-02-23",
        "invented-tw-freeway: 降至 and 百萬車公里",
        value=68200000,
        unit="車公里",
        kind="other",
        change=("to", "decrease"),
    ),
    fact_case(
        "高公局預估，228連續假期國道每日交通量約為95至105百萬車公里，較一般假日增加約1成。",
        "95至105百萬車公里",
        "2026-02-23",
        "invented-tw-freeway: a range to 百萬車公里",
        value=None,
        low=95000000,
        high=105000000,
        unit="車公里",
        kind="other",
        qualifier="approx",
    ),
    fact_case(
        "2024年全市公交车辆全年运营里程达3.2亿车公里，同比增长2.1%。",
        "3.2亿车公里",
        "2025-01-15",
        "written-city-transport: 亿车公里 (mainland)",
        value=320000000,
        unit="车公里",
        kind="other",
        subject=["运营里程", "公交车辆运营里程"],
    ),
    fact_case(
        "全省完成客运周转量125.6亿人公里，货物周转量3560.2亿吨公里。",
        "125.6亿人公里",
        "2025-02-20",
        "written-provincial-bulletin: 亿人公里",
        value=12560000000,
        unit="人公里",
        kind="other",
        subject=["客运周转量"],
    ),
    fact_case(
        "全省完成客运周转量125.6亿人公里，货物周转量3560.2亿吨公里。",
        "3560.2亿吨公里",
        "2025-02-20",
        "written-provincial-bulletin: 亿吨公里",
        value=356020000000,
        unit="吨公里",
        kind="other",
        subject=["货物周转量"],
    ),
    fact_case(
        "全县完成公路货物周转量8650万吨公里，同比增长5.2%。",
        "8650万吨公里",
        "2025-02-20",
        "written-county-bulletin: 万吨公里",
        value=86500000,
        unit="吨公里",
        kind="other",
    ),
    fact_case(
        "臺鐵全年旅運量達2.3百萬人次，較上年成長4.1%。",
        "2.3百萬人次",
        "2025-01-20",
        "written-tw-railway: 百萬人次",
        value=2300000,
        unit="人次",
        kind="count",
    ),
    fact_case(
        "全年水路货物周转量完成1286.5亿吨海里，比上年增长4.3%。",
        "1286.5亿吨海里",
        "2025-03-01",
        "written-port-bulletin: 亿吨海里",
        value=128650000000,
        unit="吨海里",
        kind="other",
    ),
    fact_case(
        "本年度市區公車營運延車公里達1.2千萬延車公里，載客量為5,320萬人次。",
        "1.2千萬延車公里",
        "2025-01-10",
        "written-tw-city-bus: 千萬 and 延車公里",
        value=12000000,
        unit="延車公里",
        kind="other",
    ),
    fact_case(
        "長者及殘疾人士公共交通票價優惠計劃全年服務達3.5萬延人次，較去年增加。",
        "3.5萬延人次",
        "2025-01-10",
        "written-tw-social-welfare: 延人次, a unit in no list ending in 人次",
        value=35000,
        unit="延人次",
        kind="other",
    ),
    fact_case(
        "2024年全市天然气销售量1.2亿标方，同比增长6.5%。",
        "1.2亿标方",
        "2025-01-20",
        "written-city-gas-company: 标方, the standard cubic metre (a volume since session 19)",
        value=120000000,
        unit="标方",
        kind="volume",
        subject=["天然气销售量", "销售量"],
    ),
    fact_case(
        "全市集中供热面积达3200万平方米，供热量320万吉焦。",
        "320万吉焦",
        "2025-03-05",
        "written-city-heating: 吉焦, the gigajoule",
        value=3200000,
        unit="吉焦",
        kind="energy",
    ),
    fact_case(
        "新建110千伏变电站3座，新增变电容量50万千伏安。",
        "50万千伏安",
        "2025-01-05",
        "written-county-power: 千伏安, not 千伏",
        value=500000,
        unit="千伏安",
        kind="other",
    ),
]

#: one character in no list ending the clause after a scaled figure: its unit, never a silent drop
ONE_CHARACTER = [
    fact_case(
        "全市全年销售福利彩票12万注，筹集公益金3.2亿元。",
        "12万注",
        "2025-01-10",
        "written-city-civil-affairs: 万注 (注 is a listed measure word since session 11: a count)",
        value=120000,
        unit="注",
        kind="count",
    ),
    fact_case(
        "全县中蜂养殖规模达3万窝，年产蜂蜜850吨。",
        "3万窝",
        "2025-01-10",
        "written-county-news: 万窝",
        value=30000,
        unit="窝",
        kind="other",
    ),
    fact_case(
        "全年開展職業技能培訓4.2萬學時，參訓1.2萬人次。",
        "4.2萬學時",
        "2025-01-10",
        "written-tw-labor: 學時 as 课时",
        value=42000,
        unit="學時",
        kind="count",
    ),
]
NOT_ONE_CHARACTER = [
    no_fact_case("各镇招商引资额分别为3亿、5亿等。", "5亿", "written-county-news: 5亿等, a particle"),
    no_fact_case("将年度新增债务控制在5万内。", "5万", "written-county-finance: 5万内, within"),
]

#: a measure ending in 次 before 之 and a mark: 次之 says "comes next" (北區15萬6,033人次之，)
NEXT_IN_RANK = [
    fact_case(
        "各區中以東區人口最多，計23萬8,410人，北區15萬6,033人次之，香山區6萬8,772人。",
        "15萬6,033人",
        "2025-07-20",
        "invented-tw-hsinchu: 人, then 次之",
        value=156033,
        unit="人",
        kind="count",
    ),
    fact_case(
        "全省各市中以甲市立案最多，为1.2万件，乙市8600件次之。",
        "8600件",
        "2025-07-20",
        "written-provincial-court: 件, then 次之",
        value=8600,
        unit="件",
        kind="count",
    ),
    fact_case(
        "黄金周期间景区共接待游客52万人次之多。",
        "52万人次",
        "2025-10-08",
        "written-county-tourism: 人次之多 keeps 人次",
        value=520000,
        unit="人次",
        kind="count",
    ),
]

#: a counted noun after a scale is still the thing counted, not a unit (30万居民, 5万农户)
COUNTED_NOUNS = [
    fact_case(
        "全县有5万农户参加农业保险。",
        "5万",
        "2025-01-05",
        "written-county-news: 5万农户, a noun",
        value=50000,
        unit=None,
        kind="count",
    ),
    fact_case(
        "新城区建成后可容纳30万居民。",
        "30万",
        "2025-01-05",
        "written-provincial-portal: 30万居民",
        value=300000,
        unit=None,
        kind="count",
    ),
]


@pytest.mark.parametrize(
    ("text", "needle", "published", "title", "expected"),
    PRODUCT_UNITS + COUNTED_NOUNS + ONE_CHARACTER + NEXT_IN_RANK,
)
def test_product_units(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- 2. units the lists lacked or cut

DOSES = [
    fact_case(
        "全年共采集机采血小板2.37万治疗量，同比增长11.2%。",
        "2.37万治疗量",
        "2025-01-10",
        "invented-city-blood-center: 治疗量",
        value=23700,
        unit="治疗量",
        kind="count",
        subject=["机采血小板", "采集机采血小板"],
    ),
    fact_case(
        "全年共采集机采血小板2.37万治疗量，同比增长11.2%。",
        "11.2%",
        "2025-01-10",
        "invented-city-blood-center: the growth of 治疗量 keeps the subject",
        subject=["机采血小板", "采集机采血小板"],
    ),
    fact_case(
        "全年向全市医疗机构供应红细胞类成分血15.62万单位，临床用血需求满足率保持100%。",
        "15.62万单位",
        "2025-01-10",
        "invented-city-blood-center: 单位, not 单",
        value=156200,
        unit="单位",
        kind="count",
    ),
    fact_case(
        "全年供應紅血球成分血8.6萬單位，血小板1.2萬治療量。",
        "8.6萬單位",
        "2025-01-10",
        "written-tw-blood-service: 萬單位",
        value=86000,
        unit="單位",
        kind="count",
    ),
    fact_case(
        "全年供應紅血球成分血8.6萬單位，血小板1.2萬治療量。",
        "1.2萬治療量",
        "2025-01-10",
        "written-tw-blood-service: 萬治療量",
        value=12000,
        unit="治療量",
        kind="count",
    ),
    fact_case(
        "省疾控中心储备新冠病毒检测试剂10万人份，可满足应急需要。",
        "10万人份",
        "2025-01-10",
        "written-provincial-cdc: 人份, not 人",
        value=100000,
        unit="人份",
        kind="count",
    ),
    fact_case(
        "全区累计接种流感疫苗12.3万剂次，发放宣传资料5万份。",
        "12.3万剂次",
        "2025-01-10",
        "written-district-health: 万剂次",
        value=123000,
        unit="剂次",
        kind="count",
    ),
    fact_case(
        "全区累计接种流感疫苗12.3万剂次，发放宣传资料5万份。",
        "5万份",
        "2025-01-10",
        "written-district-health: 万份",
        value=50000,
        unit="份",
        kind="count",
    ),
    fact_case(
        "市中心血站全年为12个单位授牌，共600个单位参与无偿献血。",
        "600个",
        "2025-01-10",
        "written-city-blood-center: 个单位 counts bodies in 个",
        value=600,
        unit="个",
        kind="count",
        subject=["单位"],
    ),
    fact_case(
        "全年共供应机采血小板3200个治疗量。",
        "3200个",
        "2025-01-10",
        "written-city-blood-center: 个治疗量, the measure after 个",
        marks=known_miss("个 before a listed measure word: only 个 before a unit of measure is read through"),
        value=3200,
        unit="治疗量",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), DOSES)
def test_dose_units(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- 3. a header's unit with a slash

AGRI = (
    "机具品目\t补贴数量（台/套）\t补贴资金（万元）\n"
    "拖拉机\t312\t846.2\n"
    "谷物联合收割机\t96\t702.5\n"
    "植保无人机\t41\t128.6"
)
CLINIC = "项目\t服务量（人/次）\n门诊\t3120\n住院\t412"
MACAU_FLEET = "項目\t數量（輛/艘）\t金額（萬澳門元）\n巡邏車\t25\t312.5\n巡邏艇\t4\t860"
SCHOOLS = (
    "学校\t班级数（个）\t学生数（人）\t生均公用经费（元/人）\t投资（万元）\n"
    "城关小学\t24\t1080\t850\t356.5\n"
    "河东中学\t18\t796\t1050\t120"
)
STATIONS = "類別\t數量（座/處）\n充電站\t128\n換電站\t12"

HEADER_UNITS = [
    fact_case(
        AGRI,
        "312",
        "2021-12-20",
        "invented-county-agri: 台/套",
        value=312,
        unit=("台/套", "台", "套"),
        kind="count",
        subject=["拖拉机", "补贴数量"],
    ),
    fact_case(
        AGRI,
        "96",
        "2021-12-20",
        "invented-county-agri: 台/套, second row",
        value=96,
        unit=("台/套", "台", "套"),
        kind="count",
    ),
    fact_case(
        AGRI,
        "846.2",
        "2021-12-20",
        "invented-county-agri: 万元 beside it",
        value=8462000,
        unit="元",
        kind="money",
    ),
    fact_case(
        CLINIC,
        "3120",
        "2024-01-10",
        "written-county-hospital: 人/次, a two-column table",
        value=3120,
        unit=("人/次", "人次"),
        kind="count",
        subject=["门诊"],
    ),
    fact_case(
        MACAU_FLEET,
        "25",
        "2024-01-10",
        "written-mo-police: 輛/艘",
        value=25,
        unit=("輛/艘", "輛", "艘"),
        kind="count",
    ),
    fact_case(
        MACAU_FLEET, "860", "2024-01-10", "written-mo-police: 萬澳門元 beside it", value=8600000, kind="money"
    ),
    fact_case(
        STATIONS,
        "128",
        "2024-01-10",
        "written-hk-environment: 座/處",
        value=128,
        unit=("座/處", "座", "處"),
        kind="count",
    ),
    fact_case(
        SCHOOLS,
        "24",
        "2024-01-10",
        "written-county-education: 个 in a 5-column table",
        value=24,
        unit="个",
        kind="count",
    ),
    fact_case(
        SCHOOLS, "1080", "2024-01-10", "written-county-education: 人", value=1080, unit="人", kind="count"
    ),
    fact_case(
        SCHOOLS,
        "850",
        "2024-01-10",
        "written-county-education: 元/人 stays a rate",
        value=850,
        unit="元/人",
        kind="money",
    ),
    fact_case(
        SCHOOLS,
        "356.5",
        "2024-01-10",
        "written-county-education: 万元",
        value=3565000,
        unit="元",
        kind="money",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), HEADER_UNITS)
def test_header_units(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- 4. a scaled count ending its clause

MACAU = (
    "根據治安警察局統計，二○二四年八月份全澳各口岸出入境人次共錄得1,296.4萬，日均約41.8萬人次，按年上升12.3%。"
    "按身份劃分，旅客出入境人次為632.7萬，佔總數的48.8%；本地居民為411.5萬，外地僱員則為226.2萬。"
    "單日最高出入境人次出現在8月10日（星期六），為49.6萬，其中經關閘口岸出入境者約21萬。"
    "今年首八個月，全澳出入境人次累計達9,412.8萬，按年上升15.7%。"
)

CLAUSE_FINAL = [
    fact_case(
        MACAU,
        "1,296.4萬",
        "2024-09-05",
        "invented-mo-psp: 共錄得 before the figure",
        value=12964000,
        unit="人次",
        kind="count",
        subject=["出入境人次", "全澳各口岸出入境人次"],
    ),
    fact_case(
        MACAU,
        "411.5萬",
        "2024-09-05",
        "invented-mo-psp: a part after 人次為632.7萬",
        value=4115000,
        unit="人次",
        kind="count",
    ),
    fact_case(
        MACAU,
        "226.2萬",
        "2024-09-05",
        "invented-mo-psp: the next part (則為)",
        value=2262000,
        unit="人次",
        kind="count",
    ),
    fact_case(
        MACAU,
        "49.6萬",
        "2024-09-05",
        "invented-mo-psp: 為 alone, the sentence's 人次",
        value=496000,
        unit="人次",
        kind="count",
    ),
    fact_case(
        MACAU,
        "21萬",
        "2024-09-05",
        "invented-mo-psp: 其中…約21萬 after it",
        value=210000,
        unit="人次",
        kind="count",
        qualifier="approx",
    ),
    fact_case(
        MACAU, "9,412.8萬", "2024-09-05", "invented-mo-psp: 累計達", value=94128000, unit="人次", kind="count"
    ),
    fact_case(
        "全市全年接报警情宗数共录得12.6万，同比下降3.2%。",
        "12.6万",
        "2025-01-10",
        "written-city-police: 宗数共录得",
        value=126000,
        unit="宗",
        kind="count",
    ),
    fact_case(
        "今年一季度全省客运航班架次累计达3.6万，同比增长8.1%。",
        "3.6万",
        "2025-04-10",
        "written-provincial-airport: 架次累计达",
        value=36000,
        unit="架次",
        kind="count",
    ),
    fact_case(
        "國慶黃金周期間入境旅客人次最高的一天出現在10月2日，為14.2萬，創歷史新高。",
        "14.2萬",
        "2024-10-08",
        "written-mo-tourism: 為 alone after a date",
        value=142000,
        unit="人次",
        kind="count",
    ),
    fact_case(
        "按年齡劃分，門診求診人次為36.2萬，其中長者為12.8萬，兒童為5.1萬。",
        "12.8萬",
        "2024-10-08",
        "written-hk-hospital: 其中 a part",
        value=128000,
        unit="人次",
        kind="count",
    ),
    fact_case(
        "全市新增市场主体1.2万家，从业人员为3.5万。",
        "3.5万",
        "2025-01-10",
        "written-city-market-bureau: a count in 家 before passes no measure",
        value=35000,
        unit=None,
        kind="count",
    ),
    fact_case(
        "本澳總人口為68.4萬，較上年增加。",
        "68.4萬",
        "2025-01-10",
        "written-mo-dsec: no measure, unit null",
        value=684000,
        unit=None,
        kind="count",
    ),
]

NO_FIGURE = [
    *NOT_ONE_CHARACTER,
    no_fact_case(
        "项目总投资有所增加，为1.2亿，其中财政资金占六成。",
        "1.2亿",
        "written-county-news: money, its currency unwritten",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), CLAUSE_FINAL)
def test_clause_final_counts(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


@pytest.mark.parametrize(("text", "needle"), NO_FIGURE)
def test_no_figure(text: str, needle: str) -> None:
    i = text.find(needle)
    assert [f.text for f in facts_of(text, "2025-01-10") if f.start < i + len(needle) and i < f.end] == []


def test_unknown_unit_is_warned() -> None:
    """A unit in no list read as kind other is named in the warnings (3.5萬延人次): never silent."""
    text = "全年服務達3.5萬延人次。"
    facts, _, warnings = find_facts(text, PATTERNS, date(2025, 1, 10))
    got = [f for f in facts if f.unit == "延人次"]
    assert [(f.value, f.kind) for f in got] == [(35000, "other")]
    assert any("延人次" in w for w in warnings), warnings
