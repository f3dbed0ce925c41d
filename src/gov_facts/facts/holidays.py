"""A public holiday named with no dates of its own (2024年春节假期8天，…; “五一”假期，…; 国庆黄金周期间)
is the span of days the official calendar gives it (``holidays`` in ``patterns/times.toml``), read
in the year written right before it, else the publish year: its figures are the holiday's, dated
by its last day, not by the year. A name with its dates in brackets after it keeps them
(:mod:`.time_brackets`); a baseline (较2019年春节假期) or a time outside the span (春节假期前后,
假期结束后) is not read; a year the table does not hold is left as it is."""

from __future__ import annotations

import re
from datetime import date

from .time_expressions import TimeExpr
from .word_lookups import WordLookups

#: what right after the name says its dates follow, or a time outside the span
_NOT_THE_SPAN = re.compile(r"[^，,。；;]{0,8}?[（(]|前后|前|后|结束|之前|之后|以来")
#: a cheap first test: every holiday head holds one of these
_MAY_NAME = re.compile("假|黄金周|期间")
#: a comparison's word right before the name (较2019年, 比去年, 与上年同期): the name is a baseline
_BASELINE_BEFORE = re.compile(r"(?:较|比|与|同比|相比)[^，,。；;]{0,6}$")


def holiday_spans(
    norm: str, times: list[TimeExpr], published: date | None, words: WordLookups, roc: bool | None
) -> list[TimeExpr]:
    """``times`` with each holiday named in ``norm`` (and the year written right before it) read
    as its span of days; not on a page dated in the Republic of China era (``roc``), whose holidays
    the mainland's calendar does not give (春節連假 of 114年: 1月25日至2月2日)."""
    if published is None or roc or not words.holiday_days or not _MAY_NAME.search(norm):
        return times  # (every head but 黄金周 and 期间 holds 假: most pages name no holiday)
    found = [_with_quote(norm, m.start(), words) for m in words.holiday_bare.finditer(norm)]
    if not found:
        return times
    out = list(times)
    for m in found:
        span = _span(norm, m, out, published, words)
        if span is None:
            continue
        year, expr = span
        if year is not None:
            out.remove(year)
        out.append(expr)
    return sorted(out, key=lambda t: t.start)


def _with_quote(norm: str, at: int, words: WordLookups) -> re.Match[str]:
    """The name found at ``at``, with the opening quote before it if there is one (“五一”假期)."""
    quoted = words.holiday_name.match(norm, at - 1) if at and norm[at - 1] in '“"' else None
    found = quoted or words.holiday_name.match(norm, at)
    assert found is not None  # the bare pattern matched here, so the full one does
    return found


def _span(
    norm: str, m: re.Match[str], times: list[TimeExpr], published: date, words: WordLookups
) -> tuple[TimeExpr | None, TimeExpr] | None:
    """The holiday's span of days (and the year it replaces), or None when it is not to be read."""
    if _NOT_THE_SPAN.match(norm, m.end()) or _BASELINE_BEFORE.search(norm, max(0, m.start() - 10), m.start()):
        return None
    if any(t.start < m.end() and m.start() < t.end for t in times):
        return None  # a time read inside the name already
    year_expr = next((t for t in times if t.end == m.start()), None)
    opens = max(norm.rfind(ch, 0, m.start()) for ch in "，,。；;\n") + 1
    if any(opens <= t.start and t.end <= m.start() and t is not year_expr for t in times):
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
    start = year_expr.start if year_expr is not None else m.start()
    expr = TimeExpr(start, m.end(), norm[start : m.end()], "period", days[0], days[1], "days")
    return year_expr, expr


def _written_year(text: str) -> bool:
    """2024年, 今年, 去年: a year written out, this year or last year (去年清明节期间 is last
    year's holiday); not 上年 or 前年, which count back from a year the page may not be in."""
    return text.rstrip("年").isdigit() or text in ("今年", "本年", "去年")
