"""Counts with no unit written after them that a bracketed aside beside them does not hide.

Macau's and Hong Kong's releases state a level with a scale and no measure word, its noun naming
the measure (求診人次為36.2萬, 住院人次為5.87萬), and put last year's level in a bracket right after it
(住院人次為5.87萬（二○二四年：5.62萬），…). The first is a count in the measure its noun ends with
(人次); the bracket after it does not keep it from ending its clause; the second, in the bracket a
period labels, is the same measure in that period. Part of the no-unit readings (:mod:`.no_unit`).
"""

from __future__ import annotations

import re

from .context import ArticleText
from .units import Entry, kind_of, match_unit

#: an aside in brackets right after a figure, up to the clause's end (（二○二四年：5.62萬）, (同比+3%))
_ASIDE_THEN_END = re.compile(r"[（(][^（()）\n]{1,24}[）)](?=[，。；、,;\n]|$)")
#: a bracket a period labels, right before its figure (（二○二四年：, （上年：, （去年同期：)
_PERIOD_LABEL = re.compile(r"[（(]\s*([^（()）:：，,。；;]{2,12})[:：]\s*$")
#: a figure with a scale and no unit right before an aside (5.87萬（)
_FIGURE_BEFORE = re.compile(r"[0-9][0-9,.\s]*[万亿]$")


def ends_before_aside(norm: str, p: int) -> bool:
    """5.87萬（二○二四年：5.62萬），: a figure followed by a bracketed aside that closes its clause
    ends that clause as a comma would."""
    return norm[p : p + 1] in ("（", "(") and _ASIDE_THEN_END.match(norm, p) is not None


def measure_named(doc: ArticleText, end: int) -> tuple[str, Entry] | None:
    """The measure a noun ending at ``end`` is itself (求診人次, 航班架次): a count after it is in
    that measure (人次), not a count with no unit."""
    for k in (3, 2):
        hit = match_unit(doc, end - k) if end >= k else None
        if hit is None or kind_of(hit[1]) != "count":
            continue
        if end - k + len(hit[0]) == end and hit[0].endswith("次"):
            return hit[0], hit[1]
    return None


def figure_before_aside(doc: ArticleText, a: int) -> int | None:
    """Where the figure before the bracket starts, when the figure at ``a`` stands in a bracket a
    period labels right after it (5.87萬（二○二四年：5.62萬）, 812宗（上年：790宗）); else None."""
    m = _PERIOD_LABEL.search(doc.norm, max(0, a - 16), a)
    if m is None:
        return None
    x, y = m.span(1)
    if not any(t.start <= x and y <= t.end for t in doc.times_between(x, y)):
        return None  # （其中：农村1,200人）: a breakdown, not a period
    figure = _FIGURE_BEFORE.search(doc.norm, max(0, m.start() - 16), m.start())
    return figure.start() if figure is not None else None
