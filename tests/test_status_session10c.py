"""Session 10, round 3, status, times and units: batch 14's leftovers (what 争取 reports, a
comparison's bare degree, a list under 分别 with no unit, a month span of a plan), each written in
the styles of other sites (tables by construction)."""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case, run_fact

# ---------------------------------------------------------------- what 争取 secured
# 争取 + money, projects, support after a time that runs to now (今年以来, 截至目前) or is past, or
# with 已, 共, 累计: what was secured, reported, and the later clauses of its sentence are not governed
# by it; 争取 + a target verb (争取实现, 争取达到) or a time ahead (争取到2025年) stays a plan.
_FOREST = (
    "今年以来，县林业局争取中央和省级森林防火项目资金860万元，新建生物防火林带32公里，新修和改造"
    "防火通道46.5公里（其中新建18公里），新建消防蓄水池12座，林区视频监控覆盖率提高到85%。"
)
SECURED = [
    fact_case(
        _FOREST, "860万元", "2023-05-09", "invented-county-forestry: 今年以来 争取 资金", status="reported"
    ),
    fact_case(_FOREST, "32公里", "2023-05-09", "invented-county-forestry: a later clause", status="reported"),
    fact_case(_FOREST, "12座", "2023-05-09", "invented-county-forestry: 新建 later", status="reported"),
    fact_case(_FOREST, "85%", "2023-05-09", "invented-county-forestry: 提高到85%", status="reported"),
    fact_case(
        "2024年以来，省发展改革委累计争取中央预算内投资项目资金56.3亿元，支持项目218个。",
        "56.3亿元",
        "2024-09-12",
        "written-provincial-portal: 累计争取…资金",
        status="reported",
    ),
    fact_case(
        "截至目前，全县共争取地方政府专项债券资金12.6亿元，新建改建农村公路85公里。",
        "85公里",
        "2024-11-02",
        "written-county-news: 截至目前…共争取…, then what it built",
        status="reported",
    ),
    fact_case(
        "今年以来，市财政局已争取上级各类转移支付资金38.7亿元，同比增长12%。",
        "38.7亿元",
        "2024-07-20",
        "written-finance-news: 已争取…转移支付资金",
        status="reported",
    ),
    fact_case(
        "2023年，区农业农村局争取中央和省级衔接资金1.2亿元，实施产业项目46个。",
        "46个",
        "2024-02-01",
        "written-city-agriculture: a past year, then what was done with it",
        status="reported",
    ),
    fact_case(
        "縣府今年以來已爭取中央補助經費新臺幣3億2,000萬元，完成道路改善工程18處。",
        "18處",
        "2024-06-15",
        "written-tw-county: 已爭取中央補助經費, then the works done",
        status="reported",
    ),
    fact_case(
        "1-8月，全市争取到位中央预算内资金12.3亿元，完成年度任务的85%。",
        "12.3亿元",
        "2024-09-01",
        "written-city-development: 争取到位, the result won",
        status="reported",
    ),
    fact_case(
        "近年来，区里先后争取各类政策资金3000余万元，建成冷链仓储设施8处。",
        "8处",
        "2024-09-01",
        "written-district-agriculture: 近年来…先后争取, then what it built",
        status="reported",
    ),
    fact_case(
        "明年，全县争取到位资金8亿元。",
        "8亿元",
        "2024-09-01",
        "written-county-plan: won, but next year's: a time ahead plans it",
        status="planned",
    ),
    fact_case(
        "下一步，县林业局将积极争取上级资金2000万元，新建防火通道30公里。",
        "2000万元",
        "2023-05-09",
        "written-county-news: 将争取 stays a plan",
        status="planned",
    ),
    fact_case(
        "今年以来全县经济运行平稳，全年争取实现地区生产总值增长6%。",
        "6%",
        "2024-07-20",
        "written-county-report: 争取实现 is a target",
        status="planned",
    ),
    fact_case(
        "今年以来，我县正在争取中央预算内资金5000万元，用于城区排水管网改造。",
        "5000万元",
        "2024-07-20",
        "written-county-news: 正在争取 is sought, not won",
        status="planned",
    ),
    fact_case(
        "争取到2025年，全县森林覆盖率达到65%。",
        "65%",
        "2024-03-01",
        "written-county-plan: 争取到 a year ahead",
        status="planned",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), SECURED)
def test_what_zhengqu_secured(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- months ahead of a plan
# A span of months with no year that ends after the publish month is read as last year's (1-12月
# published in January); a plan word governing the figure makes it this year's months to come. A
# deadline that opens a list of planned actions (10月底前，将…，…) dates each of them.
MONTHS_OF_A_PLAN = [
    fact_case(
        "衛生局表示，9月至10月將加強社區動員，預計辦理衛教宣導活動120場次，並補助各鄉鎮市公所執行環境整頓，"
        "目標於10月底前將本土病例控制在50例以內。",
        "120場次",
        "2024-08-27",
        "invented-tw-health: 9月至10月將…預計辦理…120場次",
        time="2024-10-31",
        status="planned",
    ),
    fact_case(
        "11-12月，全市计划开展安全生产检查200次。",
        "200次",
        "2024-08-27",
        "written-city-safety: 11-12月 计划",
        time="2024-12-31",
        status="planned",
    ),
    fact_case(
        "9—10月，全省将组织开展秋冬季森林防火宣传活动500场次。",
        "500场次",
        "2024-08-10",
        "written-provincial-forestry: 9—10月 将",
        time="2024-10-31",
        status="planned",
    ),
    fact_case(
        "旅遊局表示，11月至12月將於大灣區城市舉辦推廣活動30場。",
        "30場",
        "2025-09-30",
        "written-mo-tourism: 11月至12月將",
        time="2025-12-31",
        status="planned",
    ),
    fact_case(
        "11月至12月，全市开展安全生产检查200次。",
        "200次",
        "2024-08-27",
        "written-city-safety: reported, no plan word: last year's months",
        time="2023-12-31",
        status="reported",
    ),
    fact_case(
        "10月底前，将完成老旧小区改造32个，开展宣传活动120场次。",
        "120场次",
        "2024-08-27",
        "written-city-housing: a deadline opening a list of plans dates each",
        time="2024-10-31",
        status="planned",
    ),
    fact_case(
        "年底前，全區將完成樓宇巡查300次，並舉辦防火講座45場。",
        "45場",
        "2024-08-27",
        "written-hk-district: 年底前 opens the list",
        time="2024-12-31",
        status="planned",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), MONTHS_OF_A_PLAN)
def test_months_ahead_of_a_plan(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a bare degree after a compared level
# 較疫情前二○一九年的約1,380萬人次少約4%: a comparison word, a baseline that names its year (perhaps
# after an event it is before: 疫情前) and its level, then a bare degree (少, 多, 高, 低) right before
# the figure: the figure is the difference, a change, of the sentence's own period, not the baseline's.
_PARKS = "二○二四年全港郊野公園共錄得遊客約1,320萬人次，但仍較疫情前二○一九年的約1,380萬人次少約4%。"
COMPARED_DEGREE = [
    fact_case(_PARKS, "4%", "2025-02-14", "invented-hk-afcd: 少約4%", change="decrease", time="2024-12-31"),
    fact_case(
        _PARKS, "1,380", "2025-02-14", "invented-hk-afcd: the compared level is 2019's", time="2019-12-31"
    ),
    fact_case(
        "2024年全市接待游客1320万人次，比2019年少4%。",
        "4%",
        "2025-01-20",
        "written-city-tourism: 比2019年少 with the year in digits",
        change="decrease",
        time="2024-12-31",
    ),
    fact_case(
        "今年上半年，全省粮食产量2100万吨，比上年同期的2050万吨多50万吨。",
        "多50万吨",
        "2025-07-15",
        "written-provincial-bulletin: 比…的2050万吨多50万吨",
        change="increase",
        time="2025-06-30",
    ),
    fact_case(
        "113年全年來臺旅客785萬人次，較疫情前108年的1,186萬人次少約34%。",
        "34%",
        "2025-01-20",
        "written-tw-tourism: 較疫情前108年的…少約",
        change="decrease",
        time="2024-12-31",
    ),
    fact_case(
        "2024年全市入境游客128万人次，较疫情发生前的2019年同期高出不少，较2023年高12.5%。",
        "12.5%",
        "2025-01-20",
        "written-finance-news: 较2023年高",
        change="increase",
        time="2024-12-31",
    ),
    fact_case(
        "全年澳门入境旅客3,470万人次，恢复至疫情前2019年的87.6%。",
        "87.6%",
        "2025-01-20",
        "written-mo-tourism: a share of the year before an event, no degree",
        change=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), COMPARED_DEGREE)
def test_a_bare_degree_after_a_compared_level(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a list under 分别 with its unit unwritten
# 分別約為182萬及145萬: scaled numbers of a list 分别 hands out that ends its clause with no unit are
# counts in the measure a noun of the sentence before names (遊客人次: 人次), else with no unit; money
# when the sentence is about money; the approximation after 分别 is of every item.
_PARK_LIST = (
    "以個別郊野公園計，遊客人次最多的分別為大帽山郊野公園及西貢東郊野公園，分別約為182萬及145萬，"
    "其中大帽山郊野公園的遊客人次按年上升12.3%。"
)
UNWRITTEN_LIST_UNIT = [
    fact_case(
        _PARK_LIST, "182萬", "2025-02-14", "invented-hk-afcd: the first item", value=1820000, unit="人次"
    ),
    fact_case(
        _PARK_LIST, "145萬", "2025-02-14", "invented-hk-afcd: the last", value=1450000, qualifier="approx"
    ),
    fact_case(
        "全省出入境人次中，深圳湾口岸、皇岗口岸和罗湖口岸分别为1,256万、860万和430万。",
        "860万",
        "2025-01-20",
        "written-provincial-port: three items, 人次 named before",
        value=8600000,
        unit="人次",
        kind="count",
    ),
    fact_case(
        "2024年，两区常住人口分别为105万和98万。",
        "98万",
        "2025-03-01",
        "written-statistics-bulletin: a head count, no measure: unit null",
        value=980000,
        unit=None,
        kind="count",
    ),
    fact_case(
        "两家公司去年营收分别为1.2亿和0.8亿，同比增长5%。",
        "0.8亿",
        "2025-03-01",
        "written-finance-news: money with its currency unwritten",
        value=80000000,
        kind="money",
    ),
    fact_case(
        "上半年两市的商品房销售面积分别为320万和285万平方米。",
        "320万",
        "2025-07-15",
        "written-city-property: a unit written after the last is shared",
        unit="平方米",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), UNWRITTEN_LIST_UNIT)
def test_a_list_under_fenbie_with_its_unit_unwritten(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- places visited counted per visit
# 有87里次 (Taiwan's 里, a village, times visits), 142村次, 56校次, 38站次: a measure of places visited.
PLACES_VISITED = [
    fact_case(
        "今年1至7月全縣病媒蚊調查里次中，布氏指數達警戒值者有87里次，占6.8%。",
        "87里次",
        "2024-08-27",
        "invented-tw-health: 有87里次",
        value=87,
        unit="里次",
        kind="count",
    ),
    fact_case(
        "本月走访村（社区）142村次，入户调查3560户次。",
        "142村次",
        "2024-08-27",
        "written-county-news: 走访142村次",
        unit="村次",
        kind="count",
    ),
    fact_case(
        "开学以来，区教育局巡查校园56校次，发现安全隐患12处。",
        "56校次",
        "2024-10-08",
        "written-district-education: 巡查56校次",
        unit="校次",
        kind="count",
    ),
    fact_case(
        "國慶假期期間，市場監管部門檢查加油站38站次。",
        "38站次",
        "2024-10-08",
        "written-trad-market: 檢查加油站38站次",
        unit="站次",
        kind="count",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), PLACES_VISITED)
def test_places_visited_counted_per_visit(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
