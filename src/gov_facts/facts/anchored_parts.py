"""Bare parts of a year (全年, 上半年, 第一季) anchored by a year of the Republic of China era or a
financial year named before them in their sentence (part of :mod:`.context`'s reading of regional
times: :func:`find_times` reads the text before those years are known)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .calendar_spans import shift_year
from .time_expressions import TimeExpr

#: a part of a year written without its year (全年, 年底, 上半年, 第一季): find_times reads it against
#: the Gregorian year named before it in its sentence, else the report's or the publish year
_BARE_PART = re.compile(
    r"(?:全年|年底|年末|年初|年中|年内|[上下]半年|第?[一二三四1-4]季度?|前[三3]季度?|首季度?)(?:末|底)?"
)
_SENTENCE_BREAK = re.compile(r"[。！？!?\n]")
#: the two years a financial year is written with (二○二四至二五, 2023/24)
_TWO_YEARS = re.compile(r"[0-9〇○零一二三四五六七八九]\s*[至到\-－—–~～/／]\s*[0-9〇○零一二三四五六七八九]")


def anchored_parts(norm: str, times: list[TimeExpr], roc: list[TimeExpr]) -> list[TimeExpr]:
    """交通局表示，112年將推出通勤月票，目標全年捷運運量突破5,500萬人次: a bare part of a year after a
    year of the Republic of China era in its sentence is of that year, as after a Gregorian one
    (:func:`find_times` reads the text before the era's years are known); not after a year compared
    with (較112年全年). 全年 after a financial year in its sentence is that year (二○二四至二五年度截至
    二月底…；社署預計全年開支約為215億元: April to March)."""
    years = sorted(
        (
            r
            for r in roc
            if r.first is not None
            and r.last is not None
            and (r.first.year == r.last.year or r.grain == "year")
        ),
        key=lambda r: r.start,
    )
    if not years:
        return times
    out: list[TimeExpr] = []
    for t in times:
        before = [r for r in years if r.end <= t.start] if _BARE_PART.fullmatch(t.text) else []
        anchor = before[-1] if before else None
        span = _financial_year(anchor) if anchor is not None else None
        if anchor is not None and span is not None:
            out.append(_whole_financial_year(norm, t, anchor, span))
            continue
        if (
            anchor is None
            or anchor.first is None
            or t.first is None
            or t.last is None
            or _SENTENCE_BREAK.search(norm, anchor.end, t.start)
            or norm[anchor.start - 1 : anchor.start] in ("较", "比", "与")
        ):
            out.append(t)
            continue
        shift = anchor.first.year - t.first.year
        out.append(
            replace(t, first=shift_year(t.first, shift), last=shift_year(t.last, shift), year_assumed=False)
        )
    return out


def _financial_year(t: TimeExpr) -> tuple[date, date] | None:
    """The financial year (April to March) a time names or a part of which it names (二○二四至二五年度,
    2023/24财政年度首六个月), else None (one calendar year, a school year)."""
    if t.first is None or "年度" not in t.text or "学" in t.text or not _TWO_YEARS.search(t.text):
        return None  # 2024年度, 113年度: a calendar year
    y = t.first.year if t.first.month >= 4 else t.first.year - 1
    return date(y, 4, 1), date(y + 1, 3, 31)


def _whole_financial_year(norm: str, t: TimeExpr, year: TimeExpr, span: tuple[date, date]) -> TimeExpr:
    """全年 after a financial year (``span``) in its sentence: that year; any other part as it is."""
    if t.text not in ("全年", "全年度") or _SENTENCE_BREAK.search(norm, year.end, t.start):
        return t
    return replace(t, first=span[0], last=span[1], year_assumed=False)
