"""Subjects, times and status on news pages, session 11: batch 16's errors (six news pages written
blind: 人民网, 新华网, 中新网, 光明网, 澎湃, 第一财经), each named as a general construction, with the row
it was found on (``batch16-<page>``) and rows written here in the style of other news sites
(``written-<kind of site>``: 新华社 dispatches, 人民网, 中新网, finance media, 澎湃, local papers).
Rows that fail today are strict xfails whose reason names the construction.
"""

from __future__ import annotations

import pytest

from factcase import check_subject, subject_case

# ---------------------------------------------------------------- a figure, 的 and the words up to
# the clause's end: they are the noun 的 heads, even when jieba tags them an adverb and a noun
# (高速|列车) or two verbs (新增|需求)
HEAD_AFTER_DE = [
    subject_case(
        "受罢工影响，法国国营铁路公司（SNCF）当天仅开行约五分之一的高速列车，巴黎大区公共交通几近瘫痪。",
        "五分之一",
        "batch16-xinhuanet-strike: 仅开行约五分之一的高速列车，",
        ["高速列车"],
    ),
    subject_case(
        "“居民消费率每提高1个百分点，就意味着约1.3万亿元的新增需求，扩大内需的空间仍然很大”。",
        "1.3万亿元",
        "batch16-chinanews-demand: 就意味着约1.3万亿元的新增需求，",
        ["新增需求", "需求"],
    ),
    subject_case(
        "项目建成后，预计每年可带来约20亿元的新增产值，带动就业3000人。",
        "20亿元",
        "written-city-daily: 可带来约20亿元的新增产值，",
        ["新增产值", "产值"],
    ),
    subject_case(
        "受台风“摩羯”影响，海口美兰机场当天取消了约三分之一的国内航班，旅客出行受阻。",
        "三分之一",
        "written-chinanews: 取消了约三分之一的国内航班，",
        ["国内航班", "航班"],
    ),
    subject_case(
        "据测算，该政策每年将撬动约500亿元的社会投资。",
        "500亿元",
        "written-finance-news: 将撬动约500亿元的社会投资。",
        ["社会投资"],
    ),
    subject_case(
        "寒潮期间，国家电网经营区内约四成的风电机组因覆冰停机，电力供应偏紧。",
        "四成",
        "written-xinhua-dispatch: 约四成的风电机组因覆冰停机",
        ["风电机组"],
    ),
    # not a head: a noun and its predicate after 的 (企业实现盈利), a change (较快增长), a locative
    subject_case(
        "去年全市规上工业企业中，约30%的企业实现盈利增长，比上年提高2个百分点。",
        "30%",
        "written-statistics-bulletin: 约30%的企业实现盈利增长 (the noun, not its predicate)",
        ["企业", "规上工业企业"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), HEAD_AFTER_DE)
def test_head_of_de_to_the_clause_end(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)
