"""Session 8, a time after a word of comparison is the baseline, not the figure's time: 好于上年,
优于上年, 高于去年同期, as 比上年 and 较上年 were (``comparison_words`` in words.toml,
:func:`gov_facts.facts.time_baselines.is_baseline`). Found on blind batch 10's harvest page, where
今年…好于上年 dated every figure of the sentence to last year. And a table row labelled by a date in
Chinese numerals is a period row.

Ids name the source: ``invented-<page>`` or ``written-<kind of site>``.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import dated_case as case
from factcase import run_fact

ROWS = [
    case(
        "从测产情况看，今年全省秋粮长势总体好于上年，据专家在32个县开展的实收测产，玉米平均单产612.5公斤/亩，"
        "比上年增加18.3公斤。",
        "612.5",
        "2022-10-14",
        "invented-province-autumn-harvest: 今年…好于上年，…玉米平均单产612.5公斤/亩",
        time="2022-12-31",
    ),
    case(
        "今年全市空气质量优于上年，优良天数比例为88.5%，PM2.5平均浓度为29微克/立方米。",
        "88.5%",
        "2024-01-10",
        "written-eco-env-bulletin: 今年…优于上年，优良天数比例为88.5%",
        time="2024-12-31",
    ),
    case(
        "今年以来，全省外贸形势明显好于去年同期，1—8月进出口总值3.2万亿元。",
        "3.2万亿元",
        "2023-09-20",
        "written-provincial-customs: 好于去年同期，1—8月进出口总值",
        time="2023-08-31",
    ),
    case(
        "今年我市汛期降水明显多于上年，全市平均降水量达1120毫米。",
        "1120毫米",
        "2024-09-30",
        "written-water-resources: 多于上年 (a word already in the list)",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), ROWS)
def test_a_time_after_a_word_of_comparison_is_the_baseline(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, None, expected)


# a table row labelled by a date in Chinese numerals (二○二一年十二月底, as Hong Kong's tables write
# it; 二〇二三年) is a period row: its cells are of that date and measure their column
# (:mod:`gov_facts.facts.table_heads`); the label was the cells' subject before (blind batch 10)
HK_WAITING = (
    "平均輪候時間的資料如下：\n時間\t一般申請者（年）\t長者一人申請者（年）\n"
    "二○二一年十二月底\t6.0\t4.1\n二○二二年十二月底\t5.8\t4.0\n"
)
TABLE_ROWS = [
    case(
        HK_WAITING,
        "6.0",
        "2024-02-09",
        "invented-hk-housing-dept: 二○二一年十二月底 | 6.0",
        time="2021-12-31",
        subject=["一般申請者"],
    ),
    case(
        HK_WAITING,
        "4.0",
        "2024-02-09",
        "invented-hk-housing-dept: 二○二二年十二月底 | … | 4.0",
        time="2022-12-31",
        subject=["長者一人申請者"],
    ),
    case(
        "年份\t地区生产总值（亿元）\t增长（%）\n二〇二二年\t3120.5\t4.1\n二〇二三年\t3305.8\t5.6\n",
        "3305.8",
        "2024-03-20",
        "written-county-yearbook: 二〇二三年 | 3305.8",
        time="2023-12-31",
        subject=["地区生产总值"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), TABLE_ROWS)
def test_a_table_row_labelled_by_a_date_in_chinese_numerals(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, None, expected)
