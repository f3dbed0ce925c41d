"""Subjects and times in running text on session 8's held-out invented pages (in-sample since
session 9), by construction.

Each table is one construction named in general terms, with the row of the page it was found on
(``invented-<page>``) and rows written here in the style of other kinds of site (``written-<kind
of site>``) and other wordings, simplified and traditional, so that the rule catches the family,
not the page's sentence. Rows that fail today are strict xfails whose reason names the
construction. ``time`` is the fact's last day (as the gold scorer compares it), ``start`` its first.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact, the_fact
from factcase import dated_case as case


def _check(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check_fact(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a school year is a time from
# 1 August to 31 July of its second calendar year, however it is written (114學年度, 本學年度,
# 2025—2026学年, 2025学年 as Shanghai and Zhejiang name it by its first year); a term after it is
# its half (第一学期, 秋季学期: August to January; 第二学期, 春季学期: February to July); 本学年 and
# 本学期 are those of the publish day, and one published in August speaks of the year about to open
SCHOOL_YEARS = [
    case(
        "114學年度將於8月29日開學，臺南市政府教育局統計，本學年度全市公私立國民中小學共282所。",
        "282所",
        "2025-08-20",
        "invented-tw-tainan-education: 本學年度 in August is the year about to open",
        time="2026-07-31",
        start="2025-08-01",
    ),
    case(
        "2025—2026学年全区义务教育阶段学校共218所，在校生12.6万人。",
        "12.6万人",
        "2025-09-15",
        "written-district-education: 2025—2026学年 with a long dash",
        time="2026-07-31",
    ),
    case(
        "2025学年全市共招收初中一年级新生5.2万人。",
        "5.2万人",
        "2025-09-20",
        "written-shanghai-education: 2025学年, named by its first year",
        time="2026-07-31",
        start="2025-08-01",
    ),
    case(
        "2024学年度全省普通高校共录取新生38.6万人。",
        "38.6万人",
        "2024-10-10",
        "written-provincial-portal: 2024学年度",
        time="2025-07-31",
    ),
    case(
        "2024～2025學年，本澳非高等教育學生人數為8萬6千人。",
        "8萬6千人",
        "2025-03-10",
        "written-mo-dsedj: 2024～2025學年 with a wave dash",
        time="2025-07-31",
    ),
    case(
        "2025学年第一学期全区开设课后服务课程320门。",
        "320门",
        "2025-09-10",
        "written-county-news: 2025学年第一学期 is August to January",
        time="2026-01-31",
        start="2025-08-01",
    ),
    case(
        "113學年度第2學期全市共有國中學生4萬2,130人。",
        "4萬2,130人",
        "2025-03-10",
        "written-tw-city: 113學年度第2學期 is February to July",
        time="2025-07-31",
        start="2025-02-01",
    ),
    case(
        "2026年春季学期全市中小学共招收插班生1,260人。",
        "1,260人",
        "2026-03-02",
        "written-city-education: 2026年春季学期 ends in that year's July",
        time="2026-07-31",
    ),
    case(
        "2025年秋季学期全区新增学位4,500个。",
        "4,500个",
        "2025-09-01",
        "written-county-news: 2025年秋季学期 runs into January",
        time="2026-01-31",
    ),
    case(
        "本學期共舉辦家長講座12場。",
        "12場",
        "2025-03-10",
        "written-hk-school: 本學期 in March is the second term",
        time="2025-07-31",
        start="2025-02-01",
    ),
    case(
        "本学期全校共开设选修课36门。",
        "36门",
        "2025-10-10",
        "written-university-news: 本学期 in October is the first term",
        time="2026-01-31",
    ),
    case(
        "每学期收取保育费1,200元。",
        "1,200元",
        "2025-10-10",
        "written-kindergarten-notice: 每学期 is a rate, no time",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SCHOOL_YEARS)
def test_school_years(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)
