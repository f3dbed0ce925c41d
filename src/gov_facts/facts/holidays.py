"""A public holiday named with no dates of its own (2024年春节假期8天，…; “五一”假期，…; 国庆黄金周期间)
is the span of days the official calendar gives it (``holidays`` in ``patterns/times.toml``), read
in the year written right before it, else the publish year: its figures are the holiday's, dated
by its last day, not by the year. A name with its dates in brackets after it keeps them
(:mod:`.time_brackets`); a baseline (较2019年春节假期) or a time outside the span (春节假期前后,
假期结束后) is not read; a year the table does not hold is left as it is."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .time_expressions import TimeExpr
from .word_lookups import WordLookups

#: what right after the name says its dates follow, or a time outside the span
_NOT_THE_SPAN = re.compile(r"[^，,。；;]{0,8}?[（(]|前后|前|后|结束|之前|之后|以来")
#: a comparison's word right before the name (较2019年, 比去年, 与上年同期): the name is a baseline
_BASELINE_BEFORE = re.compile(r"(?:较|比|与|同比|相比)[^，,。；;]{0,6}$")


def holiday_spans(
    norm: str, times: list[TimeExpr], published: date | None, words: WordLookups, roc: bool | None
) -> list[TimeExpr]:
    """``times`` with each holiday named in ``norm`` (and the year written right before it) read
    as its span of days; not on a page dated in the Republic of China era (``roc``), whose holidays
    the mainland's calendar does not give (春節連假 of 114年: 1月25日至2月2日)."""
    if published is None or roc or not words.holiday_days or not _may_name(norm, words):
        return times
    found = [(_quoted_start(norm, m.start()), m) for m in words.holiday_name.finditer(norm)]
    if not found:
        return times
    out = list(times)
    for a, m in found:
        span = _span(norm, a, m, out, published, words)
        if span is None:
            continue
        year, expr = span
        if year is not None:
            out.remove(year)
        out.append(expr)
    return sorted(out, key=lambda t: t.start)


def _may_name(norm: str, words: WordLookups) -> bool:
    """A cheap first test: every holiday head but 黄金周 and 期间 holds 假, and most pages name no
    holiday; 期间 is on most pages, so with it alone a festival's name must be there too."""
    return (
        "假" in norm
        or "黄金周" in norm
        or ("期间" in norm and words.holiday_festival.search(norm) is not None)
    )


def _quoted_start(norm: str, at: int) -> int:
    """Where the name found at ``at`` starts: at its opening quote if it has one (“五一”假期)."""
    return at - 1 if at and norm[at - 1] in '“"' else at


def _span(
    norm: str, a: int, m: re.Match[str], times: list[TimeExpr], published: date, words: WordLookups
) -> tuple[TimeExpr | None, TimeExpr] | None:
    """The holiday's span of days (and the year it replaces), or None when it is not to be read;
    the name is ``m``, starting at ``a`` with its opening quote."""
    if _NOT_THE_SPAN.match(norm, m.end()) or _BASELINE_BEFORE.search(norm, max(0, a - 10), a):
        return None
    if any(t.start < m.end() and a < t.end for t in times):
        return None  # a time read inside the name already
    year_expr = next((t for t in times if t.end == a), None)
    opens = max(norm.rfind(ch, 0, a) for ch in "，,。；;\n") + 1
    if any(opens <= t.start and t.end <= a and t is not year_expr for t in times):
        return None  # 十月份適逢國慶黃金周: a time before it in its clause dates the clause
    if year_expr is not None:
        if year_expr.grain != "year" or year_expr.first is None or not _written_year(year_expr.text):
            return None  # 上年国庆, 前年春节: left as they are
        year = year_expr.first.year
    else:
        year = published.year
    festival = words.holiday_aliases.get(m.group(1), m.group(1))
    days = words.holiday_days.get((festival, year))
    if days is None:
        return None
    start = year_expr.start if year_expr is not None else a
    expr = TimeExpr(start, m.end(), norm[start : m.end()], "period", days[0], days[1], "days")
    return year_expr, expr


def _written_year(text: str) -> bool:
    """2024年, 今年, 去年: a year written out, this year or last year (去年清明节期间 is last
    year's holiday); not 上年 or 前年, which count back from a year the page may not be in."""
    return text.rstrip("年").isdigit() or text in ("今年", "本年", "去年")


#: what ends the clause before a name at its head
_CLAUSE_BREAKS = frozenset("，,。；;：:\n")


def school_break_spans(
    norm: str, times: list[TimeExpr], published: date | None, words: WordLookups
) -> list[TimeExpr]:
    """``times`` with each school break named as a time in ``norm`` (今年暑假, 暑假期间，…, 2025年寒假)
    read as its span (``school_breaks`` in ``patterns/times.toml``: 暑假 from July to August, 寒假
    from January to February), in the year written right before it or the publish year; on Taiwan's
    pages too, whose breaks are the same months. A break whose dates were given with its name
    before (今年暑假（七月一日至八月二十五日）…暑假期間，…) takes those. A name with no year before it
    is a time only with 期间 or a comma after it (暑假期间, 暑假，); before a noun it is the noun's
    modifier (暑期臨時救生員, 暑期“爱心托管”班); one with its dates in brackets
    after it, a baseline (较去年暑假) or a time outside it (暑假结束后, 寒假前) is not read."""
    if published is None or not words.school_break_months or ("暑" not in norm and "寒假" not in norm):
        return times
    out = list(times)
    for m in words.school_break.finditer(norm):
        expr = _school_break(norm, m, out, published, words)
        if expr is None:
            continue
        year_expr, span = expr
        if year_expr is not None:
            out.remove(year_expr)
        out.append(span)
    return sorted(out, key=lambda t: t.start)


def _school_break(
    norm: str, m: re.Match[str], times: list[TimeExpr], published: date, words: WordLookups
) -> tuple[TimeExpr | None, TimeExpr] | None:
    """The break's span (and the year it replaces), or None when the name is not a time here."""
    a, name = m.start(), m.group(0)
    b = m.end() + 2 if norm.startswith("期间", m.end()) else m.end()
    if _NOT_THE_SPAN.match(norm, b) or any(t.start < b and a < t.end for t in times):
        return None
    year_expr = next((t for t in times if t.end == a), None)
    start = year_expr.start if year_expr is not None else a
    if _BASELINE_BEFORE.search(norm, max(0, start - 10), start):
        return None
    if year_expr is None:
        if b == m.end() and not norm.startswith(("，", ","), b):
            return None  # 暑期臨時救生員, 暑期“爱心托管”班: a noun's modifier, not a time
        year = published.year
    elif year_expr.grain != "year" or year_expr.first is None or not _written_year(year_expr.text):
        return None
    else:
        year = year_expr.first.year
    opens = max(norm.rfind(ch, 0, start) for ch in _CLAUSE_BREAKS) + 1
    if any(opens <= t.start and t.end <= start for t in times):
        return None  # 7月暑期: a time before it in its clause dates the clause
    named = _named_before(norm, times, name, a)
    if named is not None:
        first, last = named
    else:
        m1, m2 = words.school_break_months[name]
        first = date(year, m1, 1)
        last = date(year + m2 // 12, m2 % 12 + 1, 1) - timedelta(days=1)
    return year_expr, TimeExpr(start, b, norm[start:b], "period", first, last, "days")


def _named_before(norm: str, times: list[TimeExpr], name: str, at: int) -> tuple[date, date] | None:
    """The days given in brackets right after the same break's name before ``at`` (今年暑假（七月一日
    至八月三十一日）), the last such."""
    for t in reversed(times):
        if t.end > at or t.first is None or t.last is None or t.grain not in ("days", "day"):
            continue
        bracket = t.start - 1
        if (
            bracket >= 0
            and norm[bracket] in "（("
            and norm[max(0, bracket - len(name) - 2) : bracket].removesuffix("期间").endswith(name)
        ):
            return t.first, t.last
    return None
