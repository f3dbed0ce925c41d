"""Session 11: the errors of session 10's held-out set (12 pages, moved in-sample), each named as a
general construction, with the row it was found on (``invented-<page>``) and rows written here in
the style of other kinds of site (``written-<kind of site>``: provincial and county portals,
statistics bulletins, procurement notices, finance news, Hong Kong, Macau and Taiwan releases).
Rows that fail today are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case, run_fact

# ---------------------------------------------------------------- the year an as-of day falls in
# 截至6月底，公司今年累计投入…: the year named after an as-of time of the sentence (今年, 本年, 全年)
# says the total runs from the year's start to that day; the figures are as of the day. A plan the
# year governs keeps the year (今年计划新建项目100个).
AS_OF_IN_ITS_YEAR = [
    fact_case(
        "截至6月底，公司今年累计投入度夏电网建设资金6.8亿元，实施迎峰度夏重点工程127项，新建改造10千伏及以上"
        "线路412.6公里，新增（改造）配电变压器836台，新增配变容量21.5万千伏安。",
        "6.8亿元",
        "2025-07-29",
        "invented-power-supply: 截至6月底，公司今年累计投入…6.8亿元",
        time="2025-06-30",
    ),
    fact_case(
        "截至6月底，公司今年累计投入度夏电网建设资金6.8亿元，实施迎峰度夏重点工程127项，新建改造10千伏及以上"
        "线路412.6公里，新增（改造）配电变压器836台，新增配变容量21.5万千伏安。",
        "836台",
        "2025-07-29",
        "invented-power-supply: a later clause of the same sentence",
        time="2025-06-30",
    ),
    fact_case(
        "截至9月底，今年累計核准僑外投資案件1,215件，金額新臺幣1,203億元。",
        "1,215件",
        "2025-10-15",
        "written-tw-investment-commission: 截至9月底，今年累計核准…",
        time="2025-09-30",
    ),
    fact_case(
        "截至二○二五年六月三十日，今年共錄得登革熱個案12宗。",
        "12宗",
        "2025-07-02",
        "written-hk-chp: 截至…六月三十日，今年共錄得…",
        time="2025-06-30",
    ),
    fact_case(
        "截至10月末，全市今年新增市场主体2.3万户，其中企业8600户。",
        "8600户",
        "2025-11-12",
        "written-city-market-regulation: 截至10月末，全市今年新增…",
        time="2025-10-31",
    ),
    fact_case(
        "截至6月底，全年累计完成植树造林1.2万亩。",
        "1.2万亩",
        "2025-07-10",
        "written-county-forestry: 截至6月底，全年累计完成…",
        time="2025-06-30",
    ),
    fact_case(
        "截至9月底，今年计划新建项目100个，已开工80个。",
        "100个",
        "2025-10-15",
        "written-provincial-development: a plan the year governs keeps the year",
        time="2025-12-31",
        status="planned",
    ),
    fact_case(
        "截至9月底，今年计划新建项目100个，已开工80个。",
        "80个",
        "2025-10-15",
        "written-provincial-development: what is done is as of the day",
        time="2025-09-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), AS_OF_IN_ITS_YEAR)
def test_the_year_an_as_of_day_falls_in(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
