"""The time a figure of a series stands at: the period its fact states, named as a person would
(2021, 2021-Q3, 2021-09, 2021-09-30), or that period's year, quarter or month (``--by``)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

BY = ("stated", "year", "quarter", "month")


@dataclass(frozen=True, order=True)
class Period:
    """A series' time: ``start`` and ``end`` ISO dates, its ``label``, and whether it came from
    the article's publish date because the fact states no time (``published``)."""

    start: str
    end: str
    label: str
    published: bool = False


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


def _last(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def label(start: date, end: date) -> str:
    """A period's name: a day, a month, a quarter, a half year, a year, or start/end."""
    if start == end:
        return end.isoformat()
    whole_months = start.day == 1 and end.day == _last(end.year, end.month) and start.year == end.year
    if whole_months:
        if start.month == 1 and end.month == 12:
            return str(end.year)
        if start.month == end.month:
            return f"{end.year}-{end.month:02d}"
        if (start.month - 1) % 3 == 0 and end.month == start.month + 2:
            return f"{end.year}-Q{(end.month - 1) // 3 + 1}"
        if start.month in (1, 7) and end.month == start.month + 5:
            return f"{end.year}-H{1 if start.month == 1 else 2}"
    return f"{start.isoformat()}/{end.isoformat()}"


def period_of(
    time_start: str | None, time_end: str | None, published_at: str | None, by: str = "stated"
) -> Period | None:
    """The period a fact stands at (its stated time, else the article's publish day), as ``by`` asks."""
    start, end = _day(time_start), _day(time_end)
    published = False
    if start is None and end is None:
        start = end = _day(published_at)
        published = True
    start = start or end
    end = end or start
    if start is None or end is None:
        return None
    if by == "year":
        return Period(f"{end.year}-01-01", f"{end.year}-12-31", str(end.year), published)
    if by == "quarter":
        q = (end.month - 1) // 3
        first = date(end.year, 3 * q + 1, 1)
        last = date(end.year, 3 * q + 3, _last(end.year, 3 * q + 3))
        return Period(first.isoformat(), last.isoformat(), f"{end.year}-Q{q + 1}", published)
    if by == "month":
        first = date(end.year, end.month, 1)
        last = date(end.year, end.month, _last(end.year, end.month))
        return Period(first.isoformat(), last.isoformat(), f"{end.year}-{end.month:02d}", published)
    return Period(start.isoformat(), end.isoformat(), label(start, end), published)


def overlaps(period: Period, first_year: int | None, last_year: int | None) -> bool:
    """Whether the period falls (partly) within the years asked for."""
    if first_year is not None and int(period.end[:4]) < first_year:
        return False
    return not (last_year is not None and int(period.start[:4]) > last_year)
