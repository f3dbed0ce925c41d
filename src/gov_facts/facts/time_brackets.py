"""Dates written in brackets after the name of a period they date (114年春節連假（1月25日至2月2日）,
2024年国庆假期（10月1日至7日）): they are of the year that name gives, and after a comparison word
(較114年春節連假（…）, 比去年同期（…）) they are the basis compared with, whose level may follow
with no 的 (較…（1月25日至2月2日）平均每日106.3百萬車公里成長3.1%: 106.3 is that period's, 3.1% not).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .calendar_spans import shift_year
from .time_bases import written_base

if TYPE_CHECKING:
    from .candidate import Candidate
    from .context import ArticleText
    from .time_expressions import TimeExpr

#: between a year's time and the bracket that dates its period: the period's name (春節連假, 国庆
#: 假期, 同期), no mark, no figure
_NAME_TO_BRACKET = re.compile(r"[^，,。；;：:、（）()0-9０-９\s]{0,10}[（(]")
#: inside the bracket before a later date of it: an earlier date and a joining mark (1月25日至)
_IN_BRACKET = re.compile(r"[^（）()，,。；;]{0,12}")
#: a bare date: a month and perhaps a day, no year of its own
_BARE_DATE = re.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月|[0-9]{1,2}日")
#: a closing bracket (the cheap cue of a compared period's bracketed dates before a figure)
_CLOSING = re.compile(r"[）)]")
#: what may stand between a compared period's closing bracket and its level: the measure's name
#: again (平均每日, 的日均), an approximation; never a figure, a verb of change or a copula
_LEVEL_NAME = re.compile(r"[的之]?[^，,。；;：:、0-9\s了为為达達占佔是有]{0,6}?[约約近逾]?")


def bracketed_dates(norm: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """Each bare date in brackets right after a period named with its year (a time of one whole
    year, then the period's name) moved to that year; the other times as they are."""
    if "（" not in norm and "(" not in norm:
        return times
    out: list[TimeExpr] = []
    year: TimeExpr | None = None
    for t in times:
        if (
            year is not None
            and year.last is not None
            and t.first is not None
            and t.last is not None
            and t.first.year == t.last.year != year.last.year
            and not t.text.startswith("截")
            and "年" not in t.text
            and _BARE_DATE.match(t.text.lstrip("至到")) is not None
            and _dated_by(norm, year, t)
        ):
            t = _moved(t, year.last.year - t.last.year)
        elif _one_year(t):
            year = t
        out.append(t)
    return out


def _moved(t: TimeExpr, shift: int) -> TimeExpr:
    """``t`` moved by ``shift`` years; a 至 date read as a deadline ahead (…至10月6日）) is, in a
    past year, the plain end of the span (as :func:`.time_expressions.find_times` reads one)."""
    assert t.first is not None and t.last is not None
    moved = replace(t, first=shift_year(t.first, shift), last=shift_year(t.last, shift), year_assumed=False)
    if t.type == "deadline" and shift < 0 and t.text.startswith(("至", "到")):
        moved = replace(
            moved, start=t.start + 1, text=t.text[1:], type="point" if t.grain == "day" else "period"
        )
    return moved


def _one_year(t: TimeExpr) -> bool:
    return (
        t.grain == "year"
        and t.first is not None
        and t.last is not None
        and t.first.year == t.last.year
        and (t.first.month, t.first.day, t.last.month, t.last.day) == (1, 1, 12, 31)
    )


def _dated_by(norm: str, year: TimeExpr, t: TimeExpr) -> bool:
    """Whether ``t`` stands in the bracket right after the name of ``year``'s period."""
    m = _NAME_TO_BRACKET.match(norm, year.end, t.start)
    return (
        m is not None
        and _IN_BRACKET.fullmatch(norm, m.end(), t.start + t.text.startswith(("至", "到"))) is not None
    )


def compared_in_brackets(doc: ArticleText, c: Candidate) -> TimeExpr | None:
    """較114年春節連假（1月25日至2月2日）平均每日106.3百萬車公里成長3.1%: a level right after the
    bracketed dates of a period compared with (its name perhaps again between) is of that period."""
    if _CLOSING.search(doc.norm, max(0, c.start - 10), c.start) is None:
        return None  # the cheap test first: no closing bracket right before the figure
    before = doc.times_between(max(0, c.start - 24), c.start)
    if not before:
        return None
    t = before[-1]
    close = t.end
    if doc.norm[close : close + 1] not in ("）", ")"):
        return None
    if _LEVEL_NAME.fullmatch(doc.norm, close + 1, c.start) is None:
        return None
    gap = doc.norm[close + 1 : c.start]
    if any(w in gap for w, _ in doc.rules.changes):
        return None  # 按期（2025年6月至8月）下跌0.1個百分點: the figure is the change
    return t if written_base(doc.norm, t.start) else None
