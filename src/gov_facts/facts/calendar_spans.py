"""The calendar arithmetic behind time expressions: what a named part of a year, a month, a
window or a relative month spans, as a first and last date, a type and a grain."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from .numerals import NumberFormatError, parse_number


@dataclass
class Resolved:
    """The dates a time expression names, its type and its grain."""

    first: date | None = None
    last: date | None = None
    kind: str = "period"
    grain: str = "year"


def num(s: str) -> int:
    if s.isdigit():
        return int(s)
    try:
        return int(parse_number(s))
    except NumberFormatError:
        return 0


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def year_part(y: int, part: str) -> tuple[date, date, str]:
    quarters = {"首": 1, "一": 1, "1": 1, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}
    if part in ("上半年", "半年度", "半年", "前两季度", "首两季", "首两季度"):  # 2024年半年度报告
        return date(y, 1, 1), date(y, 6, 30), "period"
    if part in ("下半年",):
        return date(y, 7, 1), date(y, 12, 31), "period"
    if part.startswith(("前三季", "首三季", "前3季", "首3季")):  # 首三季: Hong Kong's first three
        return date(y, 1, 1), date(y, 9, 30), "period"
    if part.endswith(("季度", "季")):  # 第3季 (Hong Kong, Taiwan) is 第三季度
        q = quarters.get(part.lstrip("第")[0], 1)
        # 一至三季度: from the first quarter named to the end of the second
        q2 = quarters.get(part[2], q) if len(part) > 3 and part[1] in _JOINS else q
        return date(y, 3 * q - 2, 1), month_end(y, 3 * q2), "period"
    if part in ("年初", "初"):
        return date(y, 1, 1), date(y, 1, 31), "point"
    if part == "年中":  # 年中人口: mid-year is 30 June, the reference day of a mid-year count
        return date(y, 6, 30), date(y, 6, 30), "point"
    if part in ("年底", "年末", "底", "末"):
        return date(y, 12, 31), date(y, 12, 31), "point"
    if part in ("年内", "内"):
        return date(y, 1, 1), date(y, 12, 31), "deadline"
    return date(y, 1, 1), date(y, 12, 31), "period"


#: what joins the two quarters of a range (一至三季度)
_JOINS = frozenset("-－—~～至到")
#: the days of a month's thirds (上旬, 中旬, 下旬: the last runs to the month's end)
_TENTHS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}


def part_grain(part: str) -> str:
    if "季" in part or "半年" in part:
        return "quarter"
    if part in ("全年", "年度"):
        return "year"
    return "part"


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def shift_year(d: date, years: int) -> date:
    y = d.year + years
    return date(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))


class Dated(Protocol):
    """A time read before (a :class:`.time_expressions.TimeExpr`): its dates and grain."""

    @property
    def first(self) -> date | None: ...
    @property
    def last(self) -> date | None: ...
    @property
    def grain(self) -> str: ...


def year_back(prev: Dated | None) -> Resolved | None:
    """較一年前的7 503 100人: the period just named, a year back (as 去年同期 after it: 二○二五年年中 ->
    2024-06-30; an as-of time stays one); none named, no time."""
    if prev is None or prev.last is None:
        return None
    moved = shift_year(prev.first, -1) if prev.first else None
    return Resolved(moved, shift_year(prev.last, -1), "period" if moved else "as_of", prev.grain)


def shift_month(y: int, m: int, months: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + months
    return k // 12, k % 12 + 1


def first_months(y: int, n: str) -> Resolved:
    """前8个月: January to the end of the eighth month."""
    months = num(n)
    if not 1 <= months <= 12:
        raise ValueError(n)
    return Resolved(date(y, 1, 1), month_end(y, months), "period", "quarter")


def window(g: dict[str, str | None], published: date | None) -> Resolved:
    """近三年, 五年来, 过去6个月: the stretch of time that ends at the publish date (未来十年: starts).

    近 opens a window only where it opens a clause before a comma (近三年，…) or with 来/以来
    (近3年来); elsewhere it is "nearly" (工期近20天 is a duration of about 20 days)."""
    n = num(g["wn"] or g["wn2"] or g["wn3"] or g["wn4"] or "0")
    unit = g["wu"] or g["wu2"] or g["wu3"] or g["wu4"] or "年"
    if not published or n <= 0:
        return Resolved(None, None, "period", "window")
    if g["ahead"]:  # 未来十年: the stretch that starts at the publish date
        if unit == "年":
            return Resolved(published, shift_year(published, n), "period", "window")
        y, m = shift_month(published.year, published.month, n * (3 if unit == "季度" else 1))
        return Resolved(published, month_end(y, m), "period", "window")
    if unit == "年":
        first = shift_year(published, -n)
    elif unit in ("月", "季度"):
        y, m = shift_month(published.year, published.month, -n * (3 if unit == "季度" else 1))
        first = date(y, m, min(published.day, calendar.monthrange(y, m)[1]))
    else:
        first = published - timedelta(days=n * (7 if unit == "周" else 1))
    return Resolved(first, published, "period", "window")


def relative_month(g: dict[str, str | None], published: date | None) -> Resolved:
    """上月, 本月, 下个月: a month counted from the publish date."""
    if not published:
        return Resolved(None, None, "period", "month")
    word = g["relm"] or ""
    offset = -1 if word.startswith("上") else 1 if word.startswith("下") else 0
    y, m = shift_month(published.year, published.month, offset)
    m = int(g.get("relmn") or m)  # 本（7）月, 上（6）月 (Taiwan's releases): the month the bracket names
    last = month_end(y, m)
    if g["relmpart"] in ("底", "末"):
        return Resolved(last, last, "point", "month")
    return Resolved(date(y, m, 1), last, "period", "month")


def relative_quarter(word: str, published: date | None) -> Resolved:
    """上季度, 上一季, 本季度, 下季度: a quarter counted from the publish date (in 较上一季度 a
    baseline, never the first quarter its 一季度 would read alone)."""
    if not published:
        return Resolved(None, None, "period", "quarter")
    offset = -1 if word[0] in "上前" else 1 if word[0] == "下" else 0
    y, m = shift_month(published.year, 3 * ((published.month - 1) // 3) + 1, 3 * offset)
    return Resolved(date(y, m, 1), month_end(y, m + 2), "period", "quarter")


def week(g: dict[str, str | None], published: date | None) -> Resolved:
    """本周, 上周: Monday to Sunday of the week, counted from the publish date."""
    if not published:
        return Resolved(None, None, "period", "day")
    monday = published - timedelta(days=published.weekday())
    offset = {"上周": -7, "本周": 0, "下周": 7}[g["week"] or "本周"]
    first = monday + timedelta(days=offset)
    return Resolved(first, first + timedelta(days=6), "period", "day")


def month_day(year: int, month: int, day: str | None, part: str | None, day2: str | None = None) -> Resolved:
    """9月, 9月30日, 9月底 of a known year, and 5月1日至5日 (a span of days, grain ``days``);
    ValueError when a day does not exist."""
    if day:
        d = num(day)
        if not valid_day(year, month, d):
            raise ValueError(day)
        d2 = num(day2) if day2 else 0
        if d2 > d and valid_day(year, month, d2):
            return Resolved(date(year, month, d), date(year, month, d2), "period", "days")
        return Resolved(date(year, month, d), date(year, month, d), "point", "day")
    first, last = date(year, month, 1), month_end(year, month)
    if part in ("底", "末"):
        return Resolved(last, last, "point", "month")
    if part in _TENTHS:  # 10月上旬: the 1st to the 10th
        d1, d2 = _TENTHS[part]
        return Resolved(date(year, month, d1), date(year, month, min(d2, last.day)), "period", "days")
    return Resolved(first, last, "period", "month")


def with_prefix_and_suffix(
    r: Resolved, prefix: str, suffix: str, published: date | None
) -> tuple[Resolved, str]:
    """截至 makes an as-of time; 到/至 a deadline when it lies ahead; 前 a deadline; 以来 a period to now."""
    if prefix in ("截至", "截至到", "截止", "截止到") or (prefix in ("到", "至") and r.grain == "now"):
        r.kind, r.first = "as_of", None
    elif prefix in ("到", "至") and r.last is not None and published and r.last >= published:
        r.kind = "deadline"
    elif prefix in ("到", "至"):
        prefix = ""  # 由…到 / 1至9月 inside a range: the plain expression
    if suffix in ("前", "以前", "之前", "或之前", "或以前"):
        r.kind = "deadline"
    elif suffix == "起":
        r.kind, r.last = "period", None  # 2022年起: from then on, an open period
    elif suffix in ("以来", "来"):
        r.kind = "period"  # since then, up to the publish date (never before it began)
        if published and (r.first is None or published >= r.first):
            r.last = published
    return r, prefix
