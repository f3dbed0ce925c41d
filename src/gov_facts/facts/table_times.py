"""The time a table's period row or column gives its cells.

A table whose rows are years (年份 | 案件數字（宗） with rows 2022, 2023, 2024) or whose columns are
periods (指标 | 2023年 | 2024年; 項目 | 112年 | 113年; 地区 | 1-6月 | 上年同期) dates each cell by its
row's or column's head: the cell's own line names no time, or names the row's only. :mod:`.tables`
keeps the span of that head on the cell (``period_at``); this module reads the time written there.
"""

from __future__ import annotations

import re
from datetime import date

from .candidate import Candidate
from .context import ArticleText
from .time_expressions import TimeExpr

#: a head that is a year written without 年 (2022, as a 年份 column writes it)
_BARE_YEAR = re.compile(r"\s*((?:19|20)[0-9]{2})\s*")
#: a head that names its period from the report's (本月, 当月, 本年累计, 上年同期, 同期): the time reader
#: would resolve it from the publish day, so the report's own time is left to date the cell
_DEICTIC = re.compile(r"[本当當今上去同前](?:年|月|期|季度?)|同期")


def cell_time(doc: ArticleText, c: Candidate) -> TimeExpr | None:
    """The time the period head of a cell's row (else of its column) names, or None: a head of
    no time the reader knows (累计), or a cell of no period row or column."""
    span = c.extra.get("period_at")
    if not isinstance(span, tuple):
        return None
    a, b = span
    inside = [t for t in doc.times_between(a, b) if a <= t.start and t.end <= b]
    if inside:
        whole = None if _DEICTIC.match(inside[-1].text) else inside[-1]
        return _part_of(doc, whole, c.extra.get("period_part")) if whole is not None else None
    m = _BARE_YEAR.fullmatch(doc.norm, a, b)
    if m is None:
        return None
    year = int(m.group(1))
    return TimeExpr(m.start(1), m.end(1), m.group(1), "period", date(year, 1, 1), date(year, 12, 31), "year")


def _part_of(doc: ArticleText, year: TimeExpr, part: object) -> TimeExpr:
    """A year head's column narrowed by the head under it (2024年 over 第二季, 9月, 上半年): the part
    read in that year, not in the publish day's; the year alone when the part names no month,
    quarter or half of one year."""
    if not isinstance(part, tuple) or year.grain != "year" or year.first is None:
        return year
    a, b = part
    inside = [t for t in doc.times_between(a, b) if a <= t.start and t.end <= b]
    t = inside[-1] if inside else None
    if t is None or t.grain not in ("month", "quarter") or t.first is None or t.last is None:
        return year
    if t.first.year != t.last.year or _DEICTIC.match(t.text):
        return year
    y = year.first.year
    return TimeExpr(t.start, t.end, t.text, t.type, t.first.replace(year=y), t.last.replace(year=y), t.grain)
