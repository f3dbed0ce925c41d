"""Which period dates a figure whose sentence states none (session 12, batch 19, issue 15), by
construction: times carried to a figure that are wrong by any reading, and a plan word that names
the level a figure is compared with.

Each table is one construction named in general terms, with the row of the batch-19 page it was
found on (``work-list-<page>``) and rows written in the style of other kinds of site
(``written-<kind of site>``). Rows that fail today are strict xfails whose reason names the
construction. ``time`` is the fact's last day (as the gold scorer compares it).

Left alone on purpose (the convention conflict of eng_common.md): a headline's period (上半年…) or a
lead's 展會期間 over figures whose own sentence states no time; the gold of batch 19 leaves them
undated, the engine dates them by the scope issue 15 asks for.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case as case
from factcase import known_miss, run_fact

PLANNED, REPORTED = "planned", "reported"


# ---------------------------------------------------------------- a title's year that numbers a name
# (2024年第15号台风“银杏”影响过程总结): the year is the typhoon's, part of its name, no period of the
# report; the figures of the event's days are not the year's. A quarter (2024年第一季度) is a period.
NUMBERED_TITLE_YEAR = [
    case(
        "沿海海面和沿海地区普遍出现9～11级大风，近中心最大阵风达16级。",
        "16级",
        "2024-09-21",
        "work-list-province-meteorological-typhoon-process: 2024年第15号台风 in the title",
        title="2024年第15号台风“银杏”影响过程总结",
        time=None,
    ),
    case(
        "全省共有236个国家级和区域自动气象站出现10级以上阵风，其中12级以上阵风站点71个。",
        "71个",
        "2024-09-21",
        "work-list-province-meteorological-typhoon-process: a count of stations on the event's days",
        title="2024年第15号台风“银杏”影响过程总结",
        time=None,
    ),
    case(
        "全市共转移群众1.2万人，出动抢险人员3500人次。",
        "1.2万人",
        "2025-07-25",
        "written-city-emergency-bureau: a typhoon defence summary titled by the typhoon's number",
        title="2025年第6号台风“韦帕”防御工作总结",
        time=None,
    ),
    case(
        "本届博览会共签约项目126个，签约金额达386亿元。",
        "126个",
        "2025-06-12",
        "written-provincial-portal: the year of an edition (第N届) in a summary's title",
        title="2025年第五届数字经济博览会工作总结",
        time=None,
    ),
    case(
        "全市地区生产总值5230亿元，同比增长5.1%。",
        "5230亿元",
        "2024-04-20",
        "written-statistics-bulletin: 第一季度 is a period, not a numbered name",
        title="2024年第一季度全市经济运行情况",
        time="2024-03-31",
    ),
    case(
        "全年全省平均气温17.9℃，较常年偏高0.8℃。",
        "17.9℃",
        "2025-01-10",
        "written-provincial-meteorological-bureau: a year's own review still dates its figures",
        title="2024年全省气候公报",
        time="2024-12-31",
    ),
]


# ---------------------------------------------------------------- a deadline of one duty, then another
# (須於二○三一年六月三十日或之前完成建築工程，並須提供不少於1 200個住宅單位): a deadline dates its own
# duty's clause; a clause opening a further duty (并须, 亦須) is a condition of its own, undated
FURTHER_DUTY = [
    case(
        "根據賣地條件，發展商須於二○三一年六月三十日或之前完成建築工程，"
        "並須在地段內提供不少於1 200個住宅單位，其中不少於四成單位的實用面積須在50平方米以下。",
        "1 200個",
        "2025-03-26",
        "work-list-hk-landsd-land-sale-result: 並須 after a deadline of completion",
        time=None,
    ),
    case(
        "根據賣地條件，發展商須於二○三一年六月三十日或之前完成建築工程，"
        "並須在地段內提供不少於1 200個住宅單位，其中不少於四成單位的實用面積須在50平方米以下。",
        "50平方米",
        "2025-03-26",
        "work-list-hk-landsd-land-sale-result: a part (其中) of the further duty",
        time=None,
    ),
    case(
        "承批人須於二○二八年十二月三十一日或之前完成利用，並須設置不少於200個公共停車位。",
        "200個",
        "2025-05-06",
        "written-macau-land-concession: 並須 after 或之前",
        time=None,
    ),
    case(
        "中标人须于2025年12月31日前完成供货，并须提供不少于3年的质保服务，供货数量不少于500台。",
        "500台",
        "2025-05-06",
        "written-procurement-notice: 并须 after a delivery deadline",
        time=None,
    ),
    case(
        "申請人須於二○二五年十月三十一日或之前提交不少於3份證明文件。",
        "3份",
        "2025-05-06",
        "written-hk-government-notice: 或之前 is a deadline of its own clause",
        time="2025-10-31",
        status=PLANNED,
    ),
    case(
        "各地须于2025年12月31日前完成改造老旧小区23个。",
        "23个",
        "2025-05-06",
        "written-provincial-portal: the deadline's own clause keeps it",
        time="2025-12-31",
        status=PLANNED,
    ),
    case(
        "力争年底前完成投资10亿元，新增就业2000人。",
        "2000人",
        "2025-05-06",
        "written-county-portal: a target's deadline carries to the next target (no further duty opens)",
        time="2025-12-31",
        status=PLANNED,
    ),
]


# ---------------------------------------------------------------- the previous one of a series
# (較該區上一幅招標住宅用地的7份為多): the level compared with is an earlier item's, which the text does
# not date; the sentence's time is the present item's
PREVIOUS_OF_A_SERIES = [
    case(
        "地政總署在二○二五年三月二十一日截標時共接獲12份標書，較該區上一幅招標住宅用地的7份為多。",
        "7份",
        "2025-03-26",
        "work-list-hk-landsd-land-sale-result: 上一幅 after a comparison word",
        time=None,
    ),
    case(
        "地政總署在二○二五年三月二十一日截標時共接獲12份標書，較該區上一幅招標住宅用地的7份為多。",
        "12份",
        "2025-03-26",
        "work-list-hk-landsd-land-sale-result: the present tender keeps its day",
        time="2025-03-21",
    ),
    case(
        "2025年3月，本次土地出让共吸引15家企业报名，多于上一批次出让的9家。",
        "9家",
        "2025-04-06",
        "written-city-natural-resources-bureau: 上一批次 after 多于",
        time=None,
    ),
    case(
        "今年第二季度共接獲申請312宗，較上一期的285宗為多。",
        "285宗",
        "2025-07-16",
        "written-macau-department-release: 上一期 after 較",
        time=None,
    ),
]


# ---------------------------------------------------------------- a plan word naming the level compared with
# (比年初预计数量多出近三成): after 比/较 the plan word names the expected level the figure exceeds;
# the figure is what was found; 比上年预计增长5% forecasts a change (a change word follows the plan word)
PLAN_AS_THE_BASE = [
    case(
        "截至10月31日，经专家初步认定新发现不可移动文物387处，比年初预计数量多出近三成。",
        "三成",
        "2024-11-08",
        "work-list-city-cultural-relics-census-progress: 比年初预计数量",
        status=REPORTED,
    ),
    case(
        "今年全市一般公共预算收入比预期多2亿元。",
        "2亿元",
        "2024-12-16",
        "written-finance-news: 比预期",
        status=REPORTED,
    ),
    case(
        "全年实际完成投资12.6亿元，比计划多完成1.3亿元。",
        "1.3亿元",
        "2025-01-16",
        "written-county-development-reform-bureau: 比计划",
        status=REPORTED,
    ),
    case(
        "全市规模以上工业增加值比上年预计增长5%。",
        "5%",
        "2024-12-16",
        "written-statistics-bulletin: a forecast change after the base (a change word follows 预计)",
        status=PLANNED,
    ),
    case(
        "新能源汽车销量占比预计达到30%。",
        "30%",
        "2024-12-16",
        "written-finance-news: 占比 is no comparison word",
        status=PLANNED,
    ),
    case(
        "全年研究与试验发展经费支出占GDP的比重预计为2.6%。",
        "2.6%",
        "2024-03-01",
        "written-statistics-bulletin: 比重 is no comparison word",
        status=PLANNED,
    ),
]


# ---------------------------------------------------------------- when an extreme occurred, said after it
# (最大小时雨强98.3毫米，出现在20日02时的清溪镇站): the clause right after the figure says when the
# extreme occurred; that time is the figure's own, not the report's period nor none
OCCURRED_AT = [
    case(
        "最大小时雨强98.3毫米，出现在20日02时的清溪镇站。",
        "98.3毫米",
        "2024-09-21",
        "work-list-province-meteorological-typhoon-process: 出现在 a day and an hour",
        title="2024年第15号台风“银杏”影响过程总结",
        time="2024-09-20",
    ),
    case(
        "受强对流天气影响，全市最大小时雨强76.5毫米，出现于7月15日17时的城南站。",
        "76.5毫米",
        "2025-07-16",
        "written-city-meteorological-bureau: 出现于 a day and an hour",
        time="2025-07-15",
    ),
    case(
        "据统计，此次过程极大风速32.6米/秒，发生在8月3日的南山站。",
        "32.6米/秒",
        "2025-08-05",
        "written-county-emergency-bureau: 发生在 a day",
        time="2025-08-03",
    ),
    case(
        "全年最大日降水量186.4毫米，发生在8月3日的南山站。",
        "186.4毫米",
        "2025-01-08",
        "written-statistics-bulletin: a period in the figure's own clause (全年) stays its time",
        time="2024-12-31",
    ),
    case(
        "过程最大累计雨量为612.4毫米，出现在东屿县大岚站。",
        "612.4毫米",
        "2024-09-21",
        "written-provincial-meteorological-bureau: 出现在 a place dates nothing",
        time=None,
    ),
]


# ---------------------------------------------------------------- known misses (wrong by any reading)
KNOWN_MISSES = [
    case(
        "11月6日，全市第四次全国文物普查工作推进会在市文物局召开。\n"
        "会议指出，自2024年3月全市实地调查工作全面启动以来，各区县共组建普查队伍27支。",
        "27支",
        "2024-11-08",
        "work-list-city-cultural-relics-census-progress: 以来 in a meeting's words runs to the meeting's day",
        time=(None, "2024-11-06"),
        marks=known_miss("a span up to now (以来) ends on the publish date, not the day of the telling"),
    ),
    case(
        "農業局指出，本市芒果種植面積約7,050公頃，約占全國芒果種植面積的四成二。",
        "7,050公頃",
        "2025-08-12",
        "work-list-tw-tainan-agri-mango-export: a headline's 截至 over a standing area",
        title="臺南芒果外銷亮眼 截至7月底外銷量逾2,800公噸 較去年同期增18.6%",
        time=None,
        marks=known_miss("a headline's as-of date dates every undated figure, not only those counted to it"),
    ),
]


TABLES: dict[str, list[Any]] = {
    "numbered-title-year": NUMBERED_TITLE_YEAR,
    "further-duty": FURTHER_DUTY,
    "previous-of-a-series": PREVIOUS_OF_A_SERIES,
    "plan-as-the-base": PLAN_AS_THE_BASE,
    "occurred-at": OCCURRED_AT,
    "known-misses": KNOWN_MISSES,
}


@pytest.mark.parametrize(
    ("text", "needle", "published", "title", "expected"),
    [pytest.param(*p.values, id=f"{t}/{p.id}", marks=p.marks) for t, rows in TABLES.items() for p in rows],
)
def test_time_defaults(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
