"""Which time governs a figure: the time expression in its clause, sentence or broken line.

The expressions themselves are found by :mod:`.time_expressions`; this module
decides which one a figure refers to (and which are only baselines of a
comparison), and the year a report is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..core.models import TimeRef
from .candidate import Candidate
from .context import ArticleText
from .text import TIME_SCOPE_BREAK
from .time_expressions import TimeExpr


def _is_baseline(doc: ArticleText, t: TimeExpr) -> bool:
    """A time a figure is compared against, not the time it refers to: 较目前, 比上年, and
    与上年 / 同去年 when a comparison or a change follows (与上年相比, 与上年增长10.3%)."""
    lead = doc.norm[max(0, t.start - 1) : t.start]
    if lead in ("较", "比"):
        return True
    if lead not in ("与", "同"):
        return False
    tail = doc.norm[t.end : t.end + 6]
    return tail.startswith(("相比", "比较", "同期")) or any(tail.startswith(w) for w, _ in doc.rules.changes)


def _is_from_time(doc: ArticleText, t: TimeExpr, c: Candidate) -> bool:
    """由去年同期的1.1:50.3:48.6调整为0.7:50.7:48.6, 从2012年的4.9万家增加至40万家: the time
    after 由/从 dates the old level, not the new one that follows a change word."""
    if t.end > c.start or doc.norm[max(0, t.start - 1) : t.start] not in ("由", "从"):
        return False
    return doc.rules.change_to.search(doc.norm, t.end, c.start) is not None


def time_for(doc: ArticleText, c: Candidate) -> TimeExpr | None:
    ss, se = doc.clause(c.start, TIME_SCOPE_BREAK)
    cs, ce = doc.clause(c.start)
    lo, hi = bisect_left(doc.time_starts, ss), bisect_left(doc.time_starts, se)
    in_sentence = [
        t
        for t in doc.times[lo:hi]
        if ss <= t.start < se
        and not (t.start < c.end and c.start < t.end)
        and not _is_baseline(doc, t)
        and not _is_from_time(doc, t, c)
    ]
    in_clause = [t for t in in_sentence if cs <= t.start < ce]
    before = [t for t in in_clause if t.end <= c.start]
    if before:
        return before[-1]
    after = [t for t in in_clause if t.start >= c.end]
    if after:
        return after[0]
    earlier = [t for t in in_sentence if t.end <= c.start]
    if earlier:
        return earlier[-1]
    return _time_over_broken_lines(doc, c)


_NOT_A_FRAGMENT = re.compile(r"[。！？!?；;：:\t]")


def _time_over_broken_lines(doc: ArticleText, c: Candidate) -> TimeExpr | None:
    """A sentence broken over lines with no punctuation (目前南沙邮轮母港开通了 / 前往…航线9条 /
    邮轮目的地12个, as pages set them with <br>) keeps the time stated on its earlier lines.
    Only fragments qualify: the fact's line and each line passed over hold no sentence end and
    are neither table rows nor ``label：value`` lines (成交日期：… is not the time of 成交金额)."""
    text = doc.text
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.start)
    line = text[ls : le if le >= 0 else len(text)]
    if ls == 0 or _NOT_A_FRAGMENT.search(line):
        return None
    k = ls - 1  # the newline that ends the previous line
    while k > 0:
        ps = text.rfind("\n", 0, k) + 1
        prev = text[ps:k]
        if not prev.strip() or _NOT_A_FRAGMENT.search(prev):
            return None
        lo, hi = bisect_left(doc.time_starts, ps), bisect_left(doc.time_starts, k)
        found = [t for t in doc.times[lo:hi] if t.end <= k and not _is_baseline(doc, t)]
        if found:
            return found[-1]
        k = ps - 1
    return None


_REPORT_YEAR = re.compile(r"((?:19|20)[0-9]{2})年.{0,20}(?:公报|报告|总结|统计|年报|决算|预算)")


def report_year_of(title: str | None) -> int | None:
    """The year a report is about when its title names one (2022年…统计公报), else None."""
    m = _REPORT_YEAR.search(title) if title else None
    return int(m.group(1)) if m else None


def time_ref(t: TimeExpr | None) -> TimeRef | None:
    if t is None:
        return None
    return TimeRef(
        text=t.text,
        type=t.type,  # type: ignore[arg-type]
        start=t.first.isoformat() if t.first else None,
        end=t.last.isoformat() if t.last else None,
    )
