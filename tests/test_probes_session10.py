"""Probes in other sites' wordings (session 10): constructions found by writing sentences in the
styles of kinds of site the invented pages lack, run through ``gov-facts extract --text``.

Ids name the source: ``written-<kind of site>`` (written here). Rows that still fail are strict
xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, overlapping, the_fact

# ---------------------------------------------------------------- status: a running time with what is done
# 年内, 本月内 name a time still running at the publish date; with a plan word it is a target (年内将
# 新建学校5所), with a word saying what is done so far (已, 累计, 录得) it dates a reported figure.

RUNNING_TIME = [
    case(
        "年内已完成投资5亿元，占年度计划的62%。",
        "5亿元",
        "2025-08-05",
        "written-portal: 年内已完成",
        status="reported",
    ),
    case(
        "年内累计接待游客120万人次，同比增长12.3%。",
        "120万人次",
        "2025-08-05",
        "written-tourism: 年内累计接待",
        status="reported",
    ),
    case(
        "年內共錄得1 234宗個案，較去年減少5.6%。",
        "1 234宗",
        "2025-08-05",
        "written-hk: 年內共錄得",
        status="reported",
    ),
    case(
        "年内将新建学校5所。",
        "5所",
        "2025-08-05",
        "written-county: 年内将新建 stays a plan",
        status="planned",
    ),
    case(
        "力争年内完成投资5亿元。",
        "5亿元",
        "2025-08-05",
        "written-provincial: 力争年内 stays a plan",
        status="planned",
    ),
    case(
        "全年计划完成投资8亿元，年内目前已完成3亿元。",
        "3亿元",
        "2025-08-05",
        "written-ndrc: the done clause after the plan",
        status="reported",
    ),
    case(
        "市府目標於115年底前累計提供社會住宅達2萬5,000戶。",
        "2萬5,000戶",
        "2025-08-05",
        "written-tw: a target of what will have been done (目標…累計) stays a plan",
        status="planned",
    ),
    case(
        "年内从目前的6所增加到10所。",
        "10所",
        "2025-08-05",
        "written-education: 从目前 is the old level, not what is done",
        status="planned",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), RUNNING_TIME)
def test_a_running_time_with_what_is_done_is_reported(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- status: a list item with its verb left out
# 计划新建学校5所，幼儿园3所: a clause of a short name alone before its figure, in the unit the plan's
# clause ends with, leaves the plan's verb out and goes on with the plan; 实际, 已 and a time of its own
# end the plan.

GAPPED_VERB = [
    case(
        "计划新建学校5所，幼儿园3所。",
        "3所",
        "2024-08-28",
        "written-county: 新建…，幼儿园3所",
        status="planned",
    ),
    case(
        "会议指出，今年秋季全县预计招收一年级新生3250人，七年级新生2980人。",
        "2980人",
        "2024-08-28",
        "written-education: 预计招收…，七年级新生2980人",
        status="planned",
    ),
    case(
        "明年拟新增公交线路12条，定制公交线路5条。",
        "5条",
        "2024-12-20",
        "written-transport: 拟新增…，定制公交线路5条",
        status="planned",
    ),
    case(
        "預計明年落成公營房屋約3萬個單位，私營房屋約1.8萬個單位。",
        "1.8萬個",
        "2025-12-20",
        "written-hk: 預計落成…，私營房屋約1.8萬個",
        status="planned",
    ),
    case(
        "计划投资5亿元，实际投资4.8亿元。",
        "4.8亿元",
        "2024-08-28",
        "written-ndrc: 实际 says what is",
        status="reported",
    ),
    case(
        "计划新建学校5所，已建成3所。",
        "3所",
        "2024-08-28",
        "written-county: 已建成 says what is done",
        status="reported",
    ),
    case(
        "计划新建学校5所，去年学校3所。",
        "3所",
        "2024-08-28",
        "written-county: a past time of its own ends the plan",
        status="reported",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), GAPPED_VERB)
def test_a_list_item_with_its_verb_left_out_goes_on_with_the_plan(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- time: a span of whole years
# 2022年至2024年, 2022—2024年, 二〇二二年到二〇二四年: one period from the first year's start to the
# second's end; a deadline (and a plan) only when it runs past the publish year; the old level of a
# change over the span keeps the first year (从2018年到2023年，…从12万人增至39.5万人).

YEAR_SPANS = [
    case(
        "2022年至2024年，全市投入资金35亿元。",
        "35亿元",
        "2024-12-10",
        "written-portal: 2022年至2024年 published in its last year",
        start="2022-01-01",
        time="2024-12-31",
        status="reported",
    ),
    case(
        "2022-2024年，全县累计新建农村公路560公里。",
        "560公里",
        "2025-01-20",
        "written-county: 2022-2024年 with a hyphen",
        start="2022-01-01",
        time="2024-12-31",
    ),
    case(
        "二〇一九年至二〇二三年，本港共興建公營房屋約8萬個單位。",
        "8萬個",
        "2024-02-20",
        "written-hk: years in Chinese numerals",
        start="2019-01-01",
        time="2023-12-31",
    ),
    case(
        "2025—2027年，全市新增城镇就业30万人以上。",
        "30万人",
        "2025-03-05",
        "written-plan: a span past the publish year is a plan",
        time="2027-12-31",
        status="planned",
    ),
    case(
        "从2018年到2023年，骑手从12万人增至约39.5万人。",
        "12万人",
        "2024-03-10",
        "written-finance: the old level of a change over the span keeps the first year",
        time="2018-12-31",
    ),
    case(
        "从2018年到2023年，骑手从12万人增至约39.5万人。",
        "39.5万人",
        "2024-03-10",
        "written-finance: the new level takes the span's end",
        time="2023-12-31",
    ),
    case(
        "与2022年相比，2024年全市投入资金35亿元。",
        "35亿元",
        "2025-01-10",
        "written-bulletin: a compared year and a year are no span",
        start="2024-01-01",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), YEAR_SPANS)
def test_a_span_of_whole_years_is_one_period(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- status: 计划 before a work noun
# jieba tags 植树, 造林 nouns, so 计划植树30万株 looked like a programme's name (研发计划项目); after a
# time or the place that acts (今年计划, 全市计划, 我县计划) 计划 plans the work; after a verb (完成计划造林)
# or a name it does not.

PLAN_BEFORE_A_WORK_NOUN = [
    case(
        "今冬明春，全市计划植树30万株。",
        "30万株",
        "2024-12-10",
        "written-forestry: 全市计划植树",
        status="planned",
    ),
    case("我县计划造林2万亩。", "2万亩", "2024-03-01", "written-county: 我县计划造林", status="planned"),
    case("今年计划植树30万株。", "30万株", "2024-03-01", "written-portal: 今年计划植树", status="planned"),
    case(
        "本区计划绿化5.2公顷。", "5.2公顷", "2024-03-01", "written-district: 本区计划绿化", status="planned"
    ),
    case(
        "完成计划造林2万亩。",
        "2万亩",
        "2024-12-10",
        "written-bulletin: 完成计划造林 reports",
        status="reported",
    ),
    case(
        "国家重点研发计划项目12项。",
        "12项",
        "2024-12-10",
        "written-kjt: a programme's name plans nothing",
        status="reported",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PLAN_BEFORE_A_WORK_NOUN)
def test_plan_before_a_work_noun(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a measured term that holds a plan word
# 人均预期寿命 is measured (a statistic's name), not expected: words.toml not_planned.

MEASURED_TERMS = [
    case(
        "人均预期寿命达到80.2岁。",
        "80.2岁",
        "2025-01-20",
        "written-health: 人均预期寿命达到",
        status="reported",
    ),
    case(
        "全市人均預期壽命為85.5歲。", "85.5歲", "2025-01-20", "written-hk: 人均預期壽命為", status="reported"
    ),
    case(
        "预计到2025年人均预期寿命达到81岁。",
        "81岁",
        "2023-01-20",
        "written-plan: 预计 still plans it",
        status="planned",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), MEASURED_TERMS)
def test_a_measured_term_holding_a_plan_word(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a ratio's new level
# 由2.5:1缩小到2.3:1: a second ratio in the clause of one is the new level of the change (no ratio
# word stands right before it); a time of day (10:30) and a score (3:1获胜) stay out.

RATIO_LEVELS = [
    case(
        "城乡居民收入比由2.5:1缩小到2.3:1。",
        "2.3:1",
        "2025-01-20",
        "written-stats: 缩小到2.3:1",
        kind="other",
        change="to",
    ),
    case(
        "全省城乡居民人均可支配收入之比由2.35:1縮小至2.29:1。",
        "2.29:1",
        "2025-01-20",
        "written-tw-style: 縮小至",
        kind="other",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), RATIO_LEVELS)
def test_a_ratios_new_level(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("会议于10:30召开，15:00结束。", "15:00", id="written-portal: times of day"),
        pytest.param("主队以3:1获胜，比分2:1。", "2:1", id="written-sports: scores"),
    ],
)
def test_no_ratio_without_one_before(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-01-20"), text, needle) == []


# ---------------------------------------------------------------- subject: a division's name that opens it
# 深圳市南山区GDP突破8000亿元: the place field holds 南山区, the subject GDP; only a division's full name
# (ending 市, 县, 区, 省, 區...) is taken off, never a bare name that tells the thing apart (英国人口 and
# 美国人口, 香港居民), a partner (自美國接單) or a reference (全市).

PLACE_OPENS_THE_SUBJECT = [
    case(
        "深圳市南山区GDP突破8000亿元。",
        "8000亿元",
        "2025-01-20",
        "written-portal: 深圳市南山区GDP",
        subject="GDP",
    ),
    case(
        "新北市板橋區人口達55萬人。", "55萬人", "2025-01-20", "written-tw: 新北市板橋區人口", subject="人口"
    ),
    case(
        "浙江省杭州市余杭区新增企业1.2万家。",
        "1.2万家",
        "2025-01-20",
        "written-provincial: a chain of divisions",
        subject="新增企业",
    ),
    case(
        "2022年万载县农业机械总动力33.7万千瓦。",
        "33.7万千瓦",
        "2023-03-01",
        "corpus-007: 万载县农业机械总动力",
        subject="农业机械总动力",
    ),
    case(
        "第一次工业革命开始时，英国人口不到600万；第二次工业革命时期，美国人口不到8000万。",
        "8000万",
        "2024-03-01",
        "corpus-033: a bare name tells the figures apart",
        subject="美国人口",
    ),
    case(
        "其中，香港居民約1,105萬人次，內地訪客約418萬人次。",
        "1,105萬人次",
        "2025-10-08",
        "invented-hk-immd: 香港居民 stays whole",
        subject="香港居民",
    ),
    # (session 18: 分别查出问题金额 now gives the object, so the items are read where 分别为 hands them out)
    case(
        "其中，市本级和县（市、区）审计项目分别为56个和120个。",
        "120个",
        "2024-09-01",
        "written-audit: 县（市、区） is no division's name",
        subject="县（市、区）审计项目",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PLACE_OPENS_THE_SUBJECT)
def test_a_divisions_name_that_opens_the_subject_is_the_place(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)
