"""A span of days written as two days (113年7月1日至114年6月30日, 4月29日至5月3日, 7月1日开始，8月31日结束,
自5月1日起，至6月2日止): one period from the first day to the second, not the second day alone. It is
no deadline when it began by the publish date (本期課稅所屬期間為113年7月1日至114年6月30日 names the
period a levy covers, not a plan's end); a span wholly ahead stays a deadline, as any time ahead is
(the status decides what lies ahead). The days of a span written in one expression (7月1日至8月31日)
are read by :mod:`.time_expressions`; this joins those it reads as two times."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from .text import SPAN_JOINS

if TYPE_CHECKING:
    from .time_expressions import TimeExpr

#: between the two days: a start word after the first (unless the first's own text ends in 起), perhaps
#: a comma, perhaps 至 (7月1日开始，8月31日结束; 5月1日起，至6月2日止)
_OPENED = re.compile(r"\s*(开始|起)?\s*[，,]?\s*([至到])?\s*")
#: a part of the first day written before the join (12月13日夜间至14日白天, 5日晚至6日凌晨): the span still
#: runs from that day to the second
_PART_OF_DAY = re.compile(r"(?:夜间|夜里|晚间|晚上|白天|凌晨|早晨|上午|下午|中午|傍晚|早上|夜|晚)")
#: an end word right after the second day (8月31日结束, 6月2日止)
_CLOSES = ("结束", "止")
#: the longest a span of days runs (a wider gap is two unrelated days)
_LONGEST_DAYS = 800


def join_day_spans(norm: str, times: list[TimeExpr], published: date | None) -> list[TimeExpr]:
    """``times`` with each span of days written as two days read as one period (see the module)."""
    if not any(a.grain == "day" == b.grain for a, b in pairwise(times)):
        return times  # the cheap test first: no two days in a row

    def span(before: TimeExpr, t: TimeExpr) -> TimeExpr:
        assert before.first is not None  # checked by _second_day
        end = t.end + next((len(w) for w in _CLOSES if norm.startswith(w, t.end)), 0)
        return span_of(norm, before, t, end, ahead=published is not None and before.first > published)

    return join_spans(norm, times, _second_day, span)


def join_spans(
    norm: str,
    times: list[TimeExpr],
    joins: Callable[[str, TimeExpr, TimeExpr], bool],
    span: Callable[[TimeExpr, TimeExpr], TimeExpr],
) -> list[TimeExpr]:
    """``times`` with each time that ends a span the time before it opens (``joins``) read together
    with it as the span (``span``, asked only then): the one walk of the joins of two days and of
    two days' hours (:mod:`.hour_spans`)."""
    out: list[TimeExpr] = []
    for t in times:
        if out and joins(norm, out[-1], t):
            out[-1] = span(out[-1], t)
        else:
            out.append(t)
    return out


def span_of(norm: str, before: TimeExpr, t: TimeExpr, end: int, ahead: bool) -> TimeExpr:
    """The period of days from ``before``'s first day to ``t``'s last, written up to ``end``: a
    deadline when it lies ``ahead`` (the status decides what lies ahead)."""
    return replace(
        t,
        start=before.start,
        end=end,
        text=norm[before.start : end],
        type="deadline" if ahead else "period",
        first=before.first,
        grain="days",
    )


def _second_day(norm: str, before: TimeExpr, t: TimeExpr) -> bool:
    """Whether the day ``t`` ends a span of days the day ``before`` opens: joined by a mark (至, 到,
    a dash, or 至 opening ``t``'s own text), or by a start word after the first and a 至 or an end
    word after the second (7月1日开始，8月31日结束)."""
    if before.grain != "day" or t.grain != "day" or before.type == "as_of" or t.type == "as_of":
        return False
    if before.first is None or t.last is None:
        return False
    if not 0 < (t.last - before.first).days <= _LONGEST_DAYS:
        return False
    between = norm[before.end : t.start]
    if between and (part := _PART_OF_DAY.match(between)) is not None:
        between = between[part.end() :]  # 13日夜间至14日: the first day's night, then the join
    opens_to = t.text.startswith(("至", "到"))
    if between in SPAN_JOINS or (between == "" and opens_to):
        return True
    m = _OPENED.fullmatch(between)
    if m is None or not (m.group(1) or before.text.endswith("起")):
        return False  # 5月1日，6月2日: two days, no span
    return bool(m.group(2)) or opens_to or norm.startswith(_CLOSES, t.end)
