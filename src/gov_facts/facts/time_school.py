"""School years and school terms as times.

A school year runs from 1 September to 31 August of its second calendar year on the mainland, in
Hong Kong and in Macau, and from 1 August to 31 July in Taiwan (its 學年度 by law; a page known to
be Taiwan's, ``roc``, or one that writes an ROC school year): 2025学年, 2025—2026学年, 2025/26學年,
本学年, Taiwan's 114學年度 (the Republic of China era). A term after a school year (or after a
calendar year, for the seasons) is its half: the first (第一学期, 上学期, 秋季学期) to January, the
second (第二学期, 下学期, 春季学期) from February to the school year's end.
"""

from __future__ import annotations

import re
from datetime import date

from .time_expressions import TimeExpr

#: year 1 of the Republic of China era, the calendar of Taiwan's official texts (民國112年 = 2023)
ROC_EPOCH = 1911
#: the month a school year begins in (Taiwan's, the others'), and the month its second term begins in
TAIWAN_SCHOOL_START = 8
SCHOOL_YEAR_START = 9
_SECOND_TERM_START = 2

#: a school year of the Republic of China era (113學年度: August 2024 to July 2025, as Taiwan counts
#: it), with or without 民國 before it
ROC_SCHOOL_YEAR = re.compile(r"(?:(?:中华)?民国)?(?<![0-9])(?P<y>1[0-4][0-9])学年度?")
#: a school year named by the calendar year it begins in (2025学年, 2024学年度: Shanghai's and
#: Zhejiang's way), not the second year of a pair (2024/2025学年 is read as a pair)
_GREGORIAN_SCHOOL_YEAR = re.compile(r"(?<![0-9/／\-－—–~～至到])(?P<y>(?:19|20)[0-9]{2})\s*学年度?")
#: a school year named from the day of the telling (本学年, 上一学年, 下学年); not a rate (每学年)
_RELATIVE_SCHOOL_YEAR = re.compile(r"(?<!每)(?P<rel>本|今|上一?|下一?)学年度?")
#: the term of the day of the telling (本学期, 本學期); 上学期 and 下学期 alone may be the first and
#: second term as well as the last and the next, and are left alone
_THIS_TERM = re.compile(r"(?<!每)本学期")
#: a term right after a school year (第一学期, 第2学期, 上学期, 秋季学期)
_TERM = re.compile(r"\s*(?:第(?P<n>[一二12])|(?P<half>[上下])|(?P<season>秋季?|春季?))学期")
#: a season's term after a calendar year (2025年秋季学期, 2026年春季学期): autumn's begins in that
#: year, spring's ends in it
_SEASON_TERM = re.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})年(?:度)?(?P<season>秋季?|春季?)学期")


def school_year_span(first_year: int, begins: int = SCHOOL_YEAR_START) -> tuple[date, date]:
    """The first and last day of the school year that begins in ``first_year``, in month ``begins``."""
    return date(first_year, begins, 1), date(first_year + 1, begins - 1, 31)


def _term_span(first_year: int, first_term: bool, begins: int) -> tuple[date, date]:
    """The first and last day of a term of the school year that begins in ``first_year``."""
    if first_term:
        return date(first_year, begins, 1), date(first_year + 1, 1, 31)
    return date(first_year + 1, _SECOND_TERM_START, 1), date(first_year + 1, begins - 1, 31)


def _with_term(text: str, start: int, end: int, first_year: int, begins: int) -> TimeExpr:
    """The school year written at [start, end), or its term when one follows it."""
    term = _TERM.match(text, end)
    if term is None:
        first, last = school_year_span(first_year, begins)
        return TimeExpr(start, end, text[start:end], "period", first, last, "year")
    is_first = (
        term.group("n") in ("一", "1")
        or term.group("half") == "上"
        or (term.group("season") or "")[:1] == "秋"
    )
    first, last = _term_span(first_year, is_first, begins)
    return TimeExpr(start, term.end(), text[start : term.end()], "period", first, last, "quarter")


def roc_school_years(text: str) -> tuple[list[TimeExpr], list[tuple[int, int]]]:
    """113學年度, 民國112學年度: a school year of Taiwan, and its year number's span (no figure)."""
    times: list[TimeExpr] = []
    spans: list[tuple[int, int]] = []
    for m in ROC_SCHOOL_YEAR.finditer(text):
        times.append(_with_term(text, m.start(), m.end(), int(m.group("y")) + ROC_EPOCH, TAIWAN_SCHOOL_START))
        spans.append((m.start("y"), m.end("y")))
    return times, spans


def relative_school_years(text: str, published: date | None, begins: int) -> list[TimeExpr]:
    """本學年, 上一學年, 下學年: the school year of the publish day (one published in August speaks of
    the year about to open), the one before it, the one after it; 本學期: the term of the publish
    day."""
    if published is None:
        return []
    current = published.year if published.month >= begins else published.year - 1
    times: list[TimeExpr] = []
    for m in _RELATIVE_SCHOOL_YEAR.finditer(text):
        rel = m.group("rel")[0]
        times.append(
            _with_term(
                text, m.start(), m.end(), current + (-1 if rel == "上" else 1 if rel == "下" else 0), begins
            )
        )
    if "本学期" in text:  # the first term to January, the second from February to the year's end
        first_term = published.month >= begins or published.month < _SECOND_TERM_START
        first, last = _term_span(current, first_term, begins)
        for m in _THIS_TERM.finditer(text):
            times.append(TimeExpr(m.start(), m.end(), m.group(0), "period", first, last, "quarter"))
    return times


def school_start(text: str, roc: bool | None) -> int:
    """The month the page's school years begin in: August on a Taiwan page (its place, ``roc``, or
    an ROC school year written on it when its place is unknown), else September."""
    if roc or (roc is None and ROC_SCHOOL_YEAR.search(text)):
        return TAIWAN_SCHOOL_START
    return SCHOOL_YEAR_START


def school_years(
    text: str, published: date | None, roc: bool | None = None
) -> tuple[list[TimeExpr], list[tuple[int, int]]]:
    """The school years and terms of ``text`` but those written as a pair of years (see
    :func:`.regional_times.financial_years`), and the spans of their year numbers (no figures)."""
    if "学期" not in text and "学年" not in text:
        return [], []
    begins = school_start(text, roc)
    times, spans = roc_school_years(text)
    times += relative_school_years(text, published, begins)
    for m in _GREGORIAN_SCHOOL_YEAR.finditer(text):
        times.append(_with_term(text, m.start(), m.end(), int(m.group("y")), begins))
        spans.append((m.start("y"), m.end("y")))
    if "季学期" in text or "秋学期" in text or "春学期" in text:
        for m in _SEASON_TERM.finditer(text):
            y = int(m.group("y"))
            autumn = m.group("season")[0] == "秋"
            first, last = _term_span(y if autumn else y - 1, autumn, begins)
            times.append(TimeExpr(m.start(), m.end(), m.group(0), "period", first, last, "quarter"))
            spans.append((m.start("y"), m.end("y")))
    return times, spans


def pair_school_year(text: str, start: int, end: int, first_year: int, begins: int) -> TimeExpr:
    """A school year written as a pair of years (2025—2026学年, 2024/25學年) at [start, end), or its
    term when one follows."""
    return _with_term(text, start, end, first_year, begins)
