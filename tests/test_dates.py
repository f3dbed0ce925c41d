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
    # Taiwan: years of the Republic of China era (民國 year + 1911)
    ("invented-tw: 民國 year", "民國112年5月4日", "2023-05-04"),
    ("invented-tw: 中華民國 with spaces (公文)", "中華民國 112 年 5 月 4 日", "2023-05-04"),
    ("invented-tw: 民國 year in words", "中華民國一百一十二年五月四日", "2023-05-04"),
    ("invented-tw: 民國 year in words with 零", "民國一百零九年十二月三十一日", "2020-12-31"),
    ("invented-tw: 民國 two-digit year", "民國99年5月4日", "2010-05-04"),
    ("invented-tw: three-digit year, 年月日", "發布日期：112年5月4日", "2023-05-04"),
    ("invented-tw: three-digit year, dashes", "發布日期：112-05-04", "2023-05-04"),
    ("invented-tw: three-digit year, slashes", "更新日期：112/5/4", "2023-05-04"),
    ("invented-tw: three-digit year with a time", "112-05-04 16:30", "2023-05-04T16:30:00+08:00"),
    ("invented-tw: 號 for the day", "民國112年5月4號", "2023-05-04"),
    ("invented-tw: future ROC date rejected", "民國199年1月1日", None),
    ("invented: a version number is not an ROC date", "版本 112.05.04.1", None),
    ("invented: a two-digit year without 民國 is not read", "23年5月4日", None),
    # Hong Kong and Macau: weekday in brackets, local time, 上午/下午, 時 for the hour
    ("invented-hk: weekday after the date", "2023年5月4日（星期四）", "2023-05-04"),
    (
        "invented-hk: press release date and time",
        "2023年5月4日（星期四）\n香港時間16時30分",
        "2023-05-04T16:30:00+08:00",
    ),
    (
        "invented-hk: 下午 on a 12-hour clock",
        "2023年5月4日（星期四）香港時間 下午4時30分",
        "2023-05-04T16:30:00+08:00",
    ),
    ("invented-hk: 上午", "2023年5月4日 上午10時05分", "2023-05-04T10:05:00+08:00"),
    ("invented-hk: 中午12時", "2023年5月4日（星期四）中午12時15分", "2023-05-04T12:15:00+08:00"),
    ("invented-mo: 時 for the hour", "2023年05月04日 16時30分", "2023-05-04T16:30:00+08:00"),
    ("invented-mo: 週 for the weekday", "2023年5月4日(週四) 09:00", "2023-05-04T09:00:00+08:00"),
    ("invented-tw: 點 for the hour", "112年5月4日 下午3點20分", "2023-05-04T15:20:00+08:00"),
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
