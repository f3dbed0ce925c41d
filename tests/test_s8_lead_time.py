"""Session 8, a time after a word of comparison is the baseline, not the figure's time: 好于上年,
优于上年, 高于去年同期, as 比上年 and 较上年 were (``comparison_words`` in words.toml,
:func:`gov_facts.facts.time_scopes.is_baseline`). Found on blind batch 10's harvest page, where
今年…好于上年 dated every figure of the sentence to last year.

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
