"""Mend M3 (end-of-session review): a school break whose dates follow its name in brackets keeps them
when the name ends in 期 (今年暑期（…）…暑期期間): the name before the bracket loses the word 期间 as a
suffix, not every trailing 期 or 间; a holiday named with 期间 (春节期间) is still read as its span.

Each row's id names its source: ``written-<kind of site>`` (written here, in the style of that site).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import the_fact

BRACKETED_BREAKS = [
    case(
        "今年暑期（7月10日至8月20日）全市开放学校体育场馆120所。暑期期间，各场馆共接待市民约35万人次。",
        "35万",
        "2025-09-15",
        "written-city-portal: 暑期期间 takes 今年暑期's bracketed days",
        time="2025-08-20",
        start="2025-07-10",
    ),
    case(
        "教青局今年暑期（七月五日至八月二十五日）共資助社團舉辦活動480項。暑期期間，參加學生約2.6萬人次。",
        "2.6萬",
        "2025-09-10",
        "written-macau-bureau: 暑期期間 takes 今年暑期's bracketed days",
        time="2025-08-25",
        start="2025-07-05",
    ),
    case(
        "今年暑假（7月5日至8月25日）共开放学校运动场馆120所。暑假期间，各场馆共接待市民约35万人次。",
        "35万",
        "2025-09-15",
        "written-city-portal: 暑假期间 takes 今年暑假's bracketed days (a name not ending in 期)",
        time="2025-08-25",
        start="2025-07-05",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), BRACKETED_BREAKS)
def test_bracketed_break_dates(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


HOLIDAYS = [
    case(
        "2025年春节期间，全市共接待游客约128万人次，实现旅游收入9.6亿元。",
        "128万",
        "2025-02-10",
        "written-provincial-portal: 春节期间 is the holiday's span",
        time="2025-02-04",
        start="2025-01-28",
    ),
    case(
        "“五一”假期，全省重点景区共接待游客1,260万人次。",
        "1,260万",
        "2025-05-06",
        "written-tourism-bureau: a quoted “五一”假期 is the holiday's span",
        time="2025-05-05",
        start="2025-05-01",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), HOLIDAYS)
def test_holiday_spans(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
