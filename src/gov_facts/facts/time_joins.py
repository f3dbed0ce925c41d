"""Times that :func:`.time_expressions.find_times` reads in two pieces or not at all, made whole:
a third of a month after a month counted from the publish date (本月上旬: days 1 to 10), a span
from the year's start to now (年初至今: 1 January to the publish date, as 年初以来 is), and an as-of
point named by the writing of the text (截至发稿时, 截至記者發稿時: the publish day)."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from .day_spans import join_day_spans
from .hour_spans import join_hour_spans
from .time_expressions import TimeExpr
from .word_lookups import WordLookups
from .year_lists import listed_years

#: the thirds of a month and their first and last days (下旬 runs to the month's end)
_THIRDS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}
#: now, after 年初 and a joining word (年初至今, 年初到现在, 年初迄今)
_TO_NOW = ("至今", "迄今", "到现在", "到目前", "至目前")
#: an as-of point named by the writing of the text: the publish day
_AS_OF_WRITING = re.compile(r"(?:截至|截止)(?:到)?(?:记者)?(?:发稿|截稿)(?:时|前|为止)?")


def joined_times(
    norm: str, times: list[TimeExpr], published: date | None, words: WordLookups
) -> list[TimeExpr]:
    """``times`` with the pieces above made whole (the others as they are), and each span of hours
    between two days one period (:mod:`.hour_spans`: 6月28日8时至30日8时), as is each span of days
    written as two days (:mod:`.day_spans`: 113年7月1日至114年6月30日, 7月1日开始，8月31日结束), and
    each year of a list that shares one 年 a year (:mod:`.year_lists`: 2022、2023及2024年)."""
    times = join_day_spans(norm, join_hour_spans(norm, times, published), published, words)
    times = listed_years(norm, times)
    if published is None or not ("旬" in norm or "年初" in norm or "稿" in norm):
        return times  # the cheap test first: none of the three can be in the text
    out: list[TimeExpr] = []
    for t in times:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.first is not None
            and prev.end == t.start
            and prev.text.endswith("年初")
            and t.text in _TO_NOW
        ):
            out[-1] = replace(prev, end=t.end, text=prev.text + t.text, type="period", last=published)
            continue
        out.append(_with_third(norm, t))
    if "稿" in norm:
        found = [
            m for m in _AS_OF_WRITING.finditer(norm) if not any(t.start <= m.start() < t.end for t in out)
        ]
        for m in found:
            out.append(_as_of(m, published))
        out.sort(key=lambda t: t.start)
    return out


def _with_third(norm: str, t: TimeExpr) -> TimeExpr:
    """本月上旬, 上月下旬: a month counted from the publish date, then a third of it."""
    third = _THIRDS.get(norm[t.end : t.end + 2])
    if (
        third is None
        or t.grain != "month"
        or t.first is None
        or t.last is None
        or t.first.month != t.last.month
    ):
        return t
    y, m = t.first.year, t.first.month
    last = min(third[1], calendar.monthrange(y, m)[1])
    return replace(
        t,
        end=t.end + 2,
        text=t.text + norm[t.end : t.end + 2],
        first=date(y, m, third[0]),
        last=date(y, m, last),
        grain="days",
    )


def _as_of(m: re.Match[str], published: date) -> TimeExpr:
    return TimeExpr(m.start(), m.end(), m.group(0), "as_of", None, published, "day")
