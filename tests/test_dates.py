"""Date strings as pages print them -> ISO 8601 (table-driven)."""

from __future__ import annotations

from datetime import datetime

import pytest

from gov_facts.page.dates import CST, find_dates, parse_date, parse_split_date

NOW = datetime(2024, 6, 1, tzinfo=CST)

CASES = [
    ("seed: 发布时间 line", "发布时间:2021-10-27 07:55 来源:宣城日报 浏览:", "2021-10-27T07:55:00+08:00"),
    (
        "corpus-014: 年月日 glued to time",
        "2019年06月15日08:18\u00a0\u00a0来源：",
        "2019-06-15T08:18:00+08:00",
    ),
    ("corpus-015: seconds kept", "2019-12-10 07:57:40", "2019-12-10T07:57:40+08:00"),
    ("corpus-024: meta with leading space", " 2024-05-13", "2024-05-13"),
    ("slashes", "2021/10/27", "2021-10-27"),
    ("dots", "2021.10.27", "2021-10-27"),
    ("年月日 without zero padding", "2023年3月20日", "2023-03-20"),
    ("Chinese numerals (成文日期 in documents)", "二〇二一年十月二十七日", "2021-10-27"),
    ("Chinese numerals with 零", "二零二三年三月二十日", "2023-03-20"),
    ("时分 written in Chinese", "2021年10月27日 07时55分", "2021-10-27T07:55:00+08:00"),
    ("full-width colon", "2021-10-27 07：55", "2021-10-27T07:55:00+08:00"),
    ("ISO with zone (og:release_date)", "2024-05-13T13:48:00+08:00", "2024-05-13T13:48:00+08:00"),
    ("UTC converted to China time", "2024-05-13T05:48:00Z", "2024-05-13T13:48:00+08:00"),
    ("pre-1990 rejected", "1985-01-01", None),
    ("future rejected", "2099-01-01", None),
    ("impossible day", "2021-02-30", None),
    ("no date at all", "浏览次数：199", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text, now=NOW) == expected


def test_implausible_dates_are_reported_not_dropped() -> None:
    found = find_dates("1985-01-01 and 2021-10-27", now=NOW)
    assert [m.plausible for m in found] == [False, True]


SPLIT = [
    ("corpus-013: day badge before 年月", "21 2024年02月", "2024-02-21"),
    ("day after year-month", "2024-02 21", "2024-02-21"),
    ("no day", "2024年02月", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SPLIT], ids=[c[0] for c in SPLIT])
def test_split_calendar_badge(text: str, expected: str | None) -> None:
    assert parse_split_date(text, now=NOW) == expected
