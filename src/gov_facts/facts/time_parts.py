"""The time a part of a sentence after ； takes from the parts before it (see :mod:`.timing`)."""

from __future__ import annotations

from .candidate import Candidate
from .context import ArticleText
from .text import CLAUSE_BREAK
from .time_expressions import TimeExpr
from .time_scopes import is_baseline, is_dateline


def time_of_parts_before(doc: ArticleText, c: Candidate, ps: int) -> TimeExpr | None:
    """…，截至114年10月底，全縣已接種…人次；其中長者接種2萬1,305人次; 按博彩項目分析，第二季度…收入為
    327.5億；貴賓百家樂收入為98.3億: a part after ； with no time of its own takes the last time that
    opens a later clause in the parts before it in its sentence; the sentence's own opener is left
    to the scopes (a dateline, a holiday's span in brackets after it)."""
    ss, _ = doc.sentence(c.start)
    if ps <= ss:
        return None
    for t in reversed(doc.times_between(ss, ps)):
        if t.start <= ss or doc.norm[t.start - 1] not in CLAUSE_BREAK:
            continue  # the sentence's opener is its scope's (2025年春节假期（1月28日至2月4日）, …)
        if t.grain == "window" or is_baseline(doc, t) or is_dateline(doc, t):
            continue
        return t
    return None
