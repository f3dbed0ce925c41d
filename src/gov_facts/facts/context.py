"""One document's text as the fact engine sees it: sentences, clauses, times, blocked spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

from .phrases import blocked_spans
from .rulebook import Rulebook
from .text import CLAUSE_BREAK, SENTENCE_END, normalize
from .time_expressions import find_times


class ArticleText:
    """Text-level context shared by all facts of one document."""

    def __init__(self, text: str, published: date | None, report_year: int | None, rules: Rulebook) -> None:
        self.text = text
        self.norm = normalize(text)
        self.rules = rules
        self.published = published
        self.sent_starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        self.times = find_times(self.norm, published, report_year)
        self.blocked = blocked_spans(self.norm, rules.phrases)
        self._blocked_starts = [st for st, _ in self.blocked]
        reach: list[int] = []
        for _, en in self.blocked:  # the furthest end of any span starting at or before each one
            reach.append(max(en, reach[-1]) if reach else en)
        self._blocked_reach = reach
        self._breaks: dict[str, list[int]] = {}
        #: per-clause work of the status decision, done once however many figures a clause holds
        self.plans: dict[tuple[int, int], object] = {}
        self.time_starts = [t.start for t in self.times]

    def is_blocked(self, a: int, b: int) -> bool:
        """Whether [a, b) overlaps a set phrase or a quoted slogan."""
        i = bisect_right(self._blocked_starts, b - 1)
        return i > 0 and self._blocked_reach[i - 1] > a

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        start = self.sent_starts[i]
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return start, end

    def clause(self, pos: int, breaks: str = CLAUSE_BREAK) -> tuple[int, int]:
        """The stretch around ``pos`` between two of ``breaks``, within its sentence."""
        marks = self._breaks.get(breaks)
        if marks is None:
            pattern = "[" + re.escape(breaks) + "]"
            marks = self._breaks[breaks] = [m.start() for m in re.finditer(pattern, self.text)]
        s, e = self.sentence(pos)
        i = bisect_left(marks, pos)
        a = marks[i - 1] + 1 if i > 0 else 0
        b = marks[i] if i < len(marks) else len(self.text)
        return max(a, s), min(b, e)
