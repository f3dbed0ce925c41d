"""Times that refer back to one named before: 假期期间 and 节日期间 after “五一”假期（5月1日至5日）,
展会期间 after a fair held 4月10日至15日, 同期 after 上半年. Each is read as a time expression of its
own, dated as the time it refers to, so that the figures of its clause take it (:mod:`.timing`)
as they take any time of their clause. The words are ``period_anaphors`` and
``same_period_anaphors`` in ``patterns/times.toml``; only a word at a clause's head refers back
(假期全市…, 节日期间，…), not one inside a noun phrase (带薪假期5天)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from .rulebook import Rulebook
from .text import SPAN_JOINS
from .time_expressions import TimeExpr

#: what stands right before a clause's head
_CLAUSE_BREAKS = frozenset("，,。；;！？!?\n：:")
#: a word that may stand before the anaphor at a clause's head (在假期期间, 而同期)
_LEAD_INS = frozenset("在而")
#: what joins the two days of a span written in full (4月29日至5月3日)
#: the ending of a time that names the same span of another year (2023年同期, 去年同期): a baseline
_SAME = ("同期", "同月")
#: how far back (in characters) the time referred to may stand: a page's event, not an old story
_REACH = 2000


def with_anaphors(norm: str, times: list[TimeExpr], rules: Rulebook) -> list[TimeExpr]:
    """``times`` (sorted by start) with a time for each anaphor that refers back to one of them."""
    if not times:
        return times
    starts = [t.start for t in times]
    found: list[TimeExpr] = []
    readers: tuple[tuple[object, Callable[[str, list[TimeExpr], int], TimeExpr | None]], ...] = (
        (rules.period_anaphor, _span_of_days),
        (rules.same_period_anaphor, _last_period),
    )
    for pattern, antecedent in readers:
        for m in pattern.finditer(norm):  # type: ignore[attr-defined]
            a, b = m.start(), m.end()
            if not _at_clause_head(norm, a):
                continue
            if antecedent is _last_period and norm.startswith(
                rules.words.compared_after + tuple(w for w, _ in rules.changes), b
            ):
                continue
            i = bisect_left(starts, a)
            if (i < len(times) and times[i].start < b) or (i > 0 and times[i - 1].end > a):
                continue  # inside a time already read (2019年同期)
            ref = antecedent(norm, times, i)
            if ref is not None and a - ref.end <= _REACH:
                found.append(TimeExpr(a, b, norm[a:b], "period", ref.first, ref.last, ref.grain))
    if not found:
        return times
    return sorted(times + found, key=lambda t: t.start)


def _at_clause_head(norm: str, a: int) -> bool:
    if a > 0 and norm[a - 1] in _LEAD_INS:
        a -= 1
    return a == 0 or norm[a - 1] in _CLAUSE_BREAKS


def _span_of_days(norm: str, times: list[TimeExpr], i: int) -> TimeExpr | None:
    """The last span of days named before the ``i``-th time: one expression (5月1日至5日) or two
    days joined by 至 (4月29日至5月3日)."""
    for j in range(i - 1, -1, -1):
        t = times[j]
        if t.text.endswith(_SAME):
            continue  # 比2023年同期增长: the baseline's span, not the one the release is about
        if t.grain == "days" and t.last is not None:
            return t
        if t.grain == "day" and t.type == "point" and j > 0:
            prev = times[j - 1]
            if prev.grain == "day" and norm[prev.end : t.start] in SPAN_JOINS and prev.first and t.last:
                return TimeExpr(
                    prev.start, t.end, norm[prev.start : t.end], "period", prev.first, t.last, "days"
                )
    return None


#: what the period referred to by 同期 may name
_PERIOD_GRAINS = frozenset({"days", "month", "quarter", "year", "plan"})


def _last_period(norm: str, times: list[TimeExpr], i: int) -> TimeExpr | None:
    """The last period named before the ``i``-th time that is not a comparison's baseline (比去年同期,
    与上年相比)."""
    for j in range(i - 1, -1, -1):
        t = times[j]
        if t.grain not in _PERIOD_GRAINS or t.last is None:
            continue
        lead = norm[t.start - 1 : t.start] if t.start else ""
        if lead in ("较", "比") or (lead in ("与", "同") and norm.startswith(("相比", "比较"), t.end)):
            continue
        return t
    return None
