"""One document's text as the fact engine sees it: sentences, clauses, times, blocked spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable
from datetime import date
from typing import TypeVar

from .anchored_parts import anchored_parts
from .fiscal_years import financial_years
from .holidays import holiday_spans, school_break_spans
from .phrases import blocked_spans
from .regional_times import roc_times, same_period_of_era
from .rulebook import Rulebook
from .shadow import shadow_of
from .text import CLAUSE_BREAK, SENTENCE_END, ends_of, normalize, starts_of
from .time_anaphora import with_anaphors
from .time_brackets import bracketed_dates
from .time_expressions import TimeExpr, find_times
from .time_joins import joined_times
from .time_since import since_events

T = TypeVar("T")
#: no answer kept yet (an answer may be None)
_MISSING = object()

#: the characters that end a sentence (those of text.SENTENCE_END; a test checks that they are)
SENTENCE_END_CHARS = frozenset("。！？!?\n")
#: a comma between digit groups (2,100个): one number, not a clause break; the comma comes first in
#: the pattern so that the scan skips from comma to comma
_THOUSANDS_COMMA = re.compile(r"[,，](?<=[0-9０-９][,，])(?=[0-9０-９]{3}(?![0-9０-９]))")


class ArticleText:
    """Text-level context shared by all facts of one document.

    ``text`` is the text as written; ``shadow`` its simplified shadow (:mod:`.shadow`, ``text``
    itself unless it holds traditional characters), aligned with it, and ``norm`` the shadow
    normalized (:func:`.text.normalize`): rules match on ``norm`` and tag words of ``shadow``,
    offsets are valid in all three.
    """

    def __init__(
        self,
        text: str,
        published: date | None,
        report_year: int | None,
        rules: Rulebook,
        roc: bool | None = None,
        hong_kong: bool = False,
    ) -> None:
        self.text = text
        #: whether the page dates in the Republic of China era (its place is in Taiwan; None: not known)
        self.roc = roc
        #: whether the page is Hong Kong's, whose bare 本年度 and 上年度 are financial years (April to March)
        self.hong_kong = hong_kong
        self.shadow = shadow_of(text, rules.traditional, rules.particle_zhi)
        self.norm = normalize(self.shadow)
        self.rules = rules
        self.published = published
        self.sent_starts = [0, *ends_of(SENTENCE_END, text)]
        #: each sentence's (start, end), made once: the rules ask for a sentence hundreds of times a page
        self._sentences = list(zip(self.sent_starts, [*self.sent_starts[1:], len(text)], strict=True))
        self.times = find_times(self.norm, published, report_year, rules.words)
        self.blocked = blocked_spans(self.norm, rules.phrases)
        if "年" in self.norm or "/" in self.norm or "学期" in self.norm:  # 113/12/31, 本学期
            self._add_regional_times(published)
        self.times = joined_times(self.norm, bracketed_dates(self.norm, self.times), published, rules.words)
        self.times = holiday_spans(self.norm, self.times, published, rules.words, roc)
        self.times = school_break_spans(self.norm, self.times, published, rules.words)
        self.times = since_events(self.norm, self.times, published)
        self.times = with_anaphors(self.norm, self.times, rules)
        self._blocked_starts = [st for st, _ in self.blocked]
        reach: list[int] = []
        for _, en in self.blocked:  # the furthest end of any span starting at or before each one
            reach.append(max(en, reach[-1]) if reach else en)
        self._blocked_reach = reach
        #: per break string: its marks, and whether every sentence end is one of them
        self._breaks: dict[str, tuple[list[int], bool]] = {}
        #: the marks of each set of break characters (two strings may write one set)
        self._marks: dict[frozenset[str], list[int]] = {}
        self._thousands: set[int] | None = None
        self._clauses: dict[tuple[int, str], tuple[int, int]] = {}
        self._plain_clauses = _PlainClauses(self)  # those of the usual breaks
        #: work the rules do once per clause, sentence or point however many figures ask (see kept)
        self._kept: dict[tuple[str, Hashable], object] = {}
        self.time_starts = [t.start for t in self.times]
        ends: list[int] = []
        for t in self.times:  # the furthest end of any time starting at or before each one
            ends.append(max(t.end, ends[-1]) if ends else t.end)
        self._time_reach = ends

    def _add_regional_times(self, published: date | None) -> None:
        """Times in the Republic of China era (民國112年, 112年1至9月), financial and school years
        (2022-23年度, 2023/24學年) in place of what :func:`find_times` read there; the numbers of their years
        are no facts."""
        roc, years = roc_times(self.norm, published, self.shadow is not self.text, self.roc, self.rules.words)
        fiscal, spans = financial_years(self.norm, published, self.roc, self.hong_kong)
        roc, years = roc + fiscal, years + spans
        if not roc:
            return
        spans = sorted((r.start, r.end) for r in roc)
        starts = [st for st, _ in spans]
        reach: list[int] = []
        for _, en in spans:
            reach.append(max(en, reach[-1]) if reach else en)
        kept: list[TimeExpr] = [t for t in self.times if not _overlaps(starts, reach, t.start, t.end)]
        kept = anchored_parts(self.norm, kept, roc)  # 112年…，目標全年…: the era's year anchors 全年
        self.times = same_period_of_era(sorted(kept + roc, key=lambda t: t.start))
        self.blocked = sorted(self.blocked + years)

    def is_blocked(self, a: int, b: int) -> bool:
        """Whether [a, b) overlaps a set phrase or a quoted slogan."""
        i = bisect_right(self._blocked_starts, b - 1)
        return i > 0 and self._blocked_reach[i - 1] > a

    def times_between(self, a: int, b: int) -> list[TimeExpr]:
        """The times overlapping [a, b), in text order (a lookup, not a pass over every time)."""
        hi = bisect_left(self.time_starts, b)
        lo = bisect_right(self._time_reach, a, 0, hi)  # before ``lo`` every time ends by ``a``
        if lo >= hi:
            return []  # most stretches hold no time: no slice, no comprehension
        return [t for t in self.times[lo:hi] if t.end > a]

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        if i >= 0:
            return self._sentences[i]
        start = self.sent_starts[i]  # a position before the text: as ever, (the last start, 0)
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return start, end

    def kept(self, what: str, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``'s answer for ``key``, made once per document: the per-clause work of the
        status decision, where a sentence becomes a forecast, the tagged words before a point…
        (``what`` names the kind of answer, so that kinds never share a key)."""
        found = self._kept.get((what, key), _MISSING)
        if found is _MISSING:
            found = self._kept[(what, key)] = make()
        return found  # type: ignore[return-value]  # made by ``make``: a T (no cast call per ask)

    def clause(self, pos: int, breaks: str = CLAUSE_BREAK) -> tuple[int, int]:
        """The stretch around ``pos`` between two of ``breaks``, within its sentence (each answer
        kept: the rules ask for the same figure's clause many times)."""
        if breaks is CLAUSE_BREAK:  # most asks (tens a figure): one lookup by position alone
            return self._plain_clauses[pos]
        key = (pos, breaks)
        found = self._clauses.get(key)
        if found is None:
            found = self._clauses[key] = self._clause(pos, breaks)
        return found

    def _clause(self, pos: int, breaks: str) -> tuple[int, int]:
        got = self._breaks.get(breaks)
        if got is None:
            got = self._breaks[breaks] = (self._marks_of(breaks), frozenset(breaks) >= SENTENCE_END_CHARS)
        marks, ends_sentences = got
        i = bisect_left(marks, pos)
        a = marks[i - 1] + 1 if i > 0 else 0
        b = marks[i] if i < len(marks) else len(self.text)
        if ends_sentences:  # every sentence end is a mark: the stretch never crosses one
            return a, b
        s, e = self.sentence(pos)
        return max(a, s), min(b, e)

    def _marks_of(self, breaks: str) -> list[int]:
        """Where the characters of ``breaks`` stand, a comma between digit groups left out (made
        once per set of characters, and the digit groups' commas once per document). Found on the
        shadow: the corner quotes of a traditional page (「」『』) break as the “”‘’ it reads."""
        chars = frozenset(breaks)
        marks = self._marks.get(chars)
        if marks is None:
            pattern = "[" + re.escape(breaks) + "]"
            marks = starts_of(re.compile(pattern), self.shadow)
            if "," in chars or "，" in chars:
                if self._thousands is None:
                    self._thousands = {m.start() for m in _THOUSANDS_COMMA.finditer(self.text)}
                numbers = self._thousands
                marks = [i for i in marks if i not in numbers] if numbers else marks
            self._marks[chars] = marks
        return marks


class _PlainClauses(dict[int, tuple[int, int]]):
    """The clauses of the usual breaks by position, each made on its first ask (``__missing__``):
    an ask already answered is one subscript, no method call, no test for None."""

    def __init__(self, doc: ArticleText) -> None:
        super().__init__()
        self._doc = doc

    def __missing__(self, pos: int) -> tuple[int, int]:
        found = self[pos] = self._doc._clause(pos, CLAUSE_BREAK)
        return found


def _overlaps(starts: list[int], reach: list[int], a: int, b: int) -> bool:
    """Whether any span overlaps [a, b), given the spans' sorted starts and the furthest end
    reached by those starting at or before each."""
    i = bisect_left(starts, b)
    return i > 0 and reach[i - 1] > a
