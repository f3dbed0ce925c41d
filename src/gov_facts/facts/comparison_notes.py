"""A comparison note in brackets: a figure of another time set right after the figure it compares
with (全年共發生火警8,937宗（二○二四年：9,215宗）, 增长8.1%（上年同期：6.5%）, 完成投资12.3亿元
（2022年为10.8亿元）).

The bracket opens with a time, then (after ：, 为 or 是) a figure. The figure inside measures what
the figure before the bracket measures, in the bracket's time; the bracket's time dates nothing
outside it (住院人次為5.87萬（二○二四年：5.62萬），病床使用率為82.4%: the rate is the sentence's).
A bracket that names a time and no figure (黄金周（10月1日至7日）期间) is no note.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from ..core.models import Fact, TimeRef
from .calendar_spans import shift_year
from .context import ArticleText
from .text import CN_NUM
from .time_expressions import TimeExpr

#: after the note's time, what leads to its figure: ：, 为, 是, 同期为, perhaps a change word after it
#: (（2024年：上升1.5%）); then the figure (with no link, the figure right after the time)
_TO_FIGURE = re.compile(
    rf"(?:同期|全年)?\s*(?:(?:[：:]|为|為|是|达|達)\s*[\u4e00-\u9fff]{{0,3}}?)?\s*(?:约|約|近)?[0-9{CN_NUM}]"
)
#: how far a note's bracket may reach
_REACH = 40
#: a note's time named against the noted figure's (上年同期, 去年, 前一年): one year before it
_YEAR_BEFORE = ("上年", "去年", "上一年", "前一年", "上年度", "去年度")
_CLAUSE_BREAKS = "，,。；;！？!?\n"


def note_spans(doc: ArticleText) -> list[tuple[int, int]]:
    """The comparison notes of the text as (opening bracket, closing bracket) pairs, in order
    (found once per document, from the times that open a bracket)."""
    return doc.kept("comparison_notes", None, lambda: _find_notes(doc))


def _find_notes(doc: ArticleText) -> list[tuple[int, int]]:
    norm, spans = doc.norm, []
    for t in doc.times:
        o = t.start - 1
        if o < 0 or norm[o] not in "（(" or _TO_FIGURE.match(norm, t.end) is None:
            continue
        ends = [k for k in (norm.find("）", t.end, o + _REACH), norm.find(")", t.end, o + _REACH)) if k >= 0]
        close = min(ends, default=-1)
        if close < 0 or any(ch in "（(" for ch in norm[t.end : close]):
            continue
        spans.append((o, close))
    return spans


def note_at(doc: ArticleText, pos: int) -> tuple[int, int] | None:
    """The comparison note ``pos`` stands in, or None."""
    spans = note_spans(doc)
    if not spans:
        return None
    i = bisect_left(spans, (pos + 1, -1)) - 1
    if i >= 0 and spans[i][0] < pos < spans[i][1]:
        return spans[i]
    return None


def dates_outside(doc: ArticleText, t: TimeExpr, figure_at: int) -> bool:
    """Whether ``t`` is a note's time and the figure at ``figure_at`` is outside that note (the note's
    time dates only its own figure)."""
    if t.start == 0 or doc.norm[t.start - 1] not in "（(":
        return False  # the cheap cue: a note's time opens its bracket
    note = note_at(doc, t.start)
    return note is not None and not (note[0] < figure_at < note[1])


def follow_the_noted(doc: ArticleText, facts: list[Fact]) -> None:
    """Each figure in a note takes the subject of the figure the note follows (in the same
    clause), and a time named against it (上年同期, 去年) a year before that figure's."""
    if not note_spans(doc):
        return
    for i, f in enumerate(facts):
        note = note_at(doc, f.start)
        if note is None:
            continue
        noted = _noted(doc, facts[:i], note[0])
        if noted is None:
            continue
        if noted.subject:
            f.subject = noted.subject
        if f.time is not None and noted.time is not None:
            f.time = _as_noted(noted.time, f.time)


def _noted(doc: ArticleText, before: list[Fact], opening: int) -> Fact | None:
    """The figure right before the note's bracket in its clause (its last, when a note follows a
    list)."""
    for f in reversed(before):
        if f.end <= opening:
            gap = doc.norm[f.end : opening]
            return f if not any(ch in _CLAUSE_BREAKS for ch in gap) else None
    return None


def _as_noted(of: TimeRef, own: TimeRef) -> TimeRef:
    """The note's time read against the noted figure's: 上年同期 or 去年 is a year before it; a year's
    同期 (2023年同期 after 1-6月) is the noted period in that year; else the note's own time."""
    if own.text.startswith(_YEAR_BEFORE):
        years = -1
    elif "同期" in own.text and own.end is not None and of.end is not None:
        years = int(own.end[:4]) - int(of.end[:4])
    else:
        return own

    def shift(day: str | None) -> str | None:
        return None if day is None else shift_year(date.fromisoformat(day), years).isoformat()

    return own.model_copy(update={"start": shift(of.start), "end": shift(of.end)})
