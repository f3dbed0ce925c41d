"""A named place that opens a subject belongs to the fact's place, not its subject (深圳市南山区GDP
突破8000亿元: the subject is GDP, the place 南山区; 新北市板橋區人口達55萬人: 人口): the place field
says where, so the subject says only what, and what is summed across places reads alike."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..rules.patterns import Patterns
from .candidate import Candidate
from .context import ArticleText
from .place import FactPlaces
from .place_document import Where
from .place_names import place_index

#: what opens a place word that refers rather than names (全市, 本区, 我县, 该镇): kept in the subject
_REFERRING = ("全", "本", "我", "该", "該", "各")
#: the last character of a division's full name (深圳市南山区, 江西省, 新北市板橋區): only such a name is
#: taken off, never a bare one (英国人口 and 美国人口 in one sentence; 深圳灣管制站 names a port)
_DIVISION_ENDS = ("省", "市", "县", "縣", "区", "區", "州", "旗", "盟", "镇", "鎮", "乡", "鄉")
#: the fewest characters a subject keeps once its place is taken off
_LEAST = 2
#: any of those last characters: a place taken off ends in one at the subject's third character or
#: later and leaves at least ``_LEAST`` characters after it
_DIVISION_END = re.compile("[" + "".join(_DIVISION_ENDS) + "]")


class PlacesOnDemand:
    """The places of one document's text, found on the first question (a subject that may open with
    one, or the facts' places at the end), then kept."""

    def __init__(self, doc: ArticleText, patterns: Patterns | None, where: Where | None) -> None:
        self.doc, self.patterns, self.where = doc, patterns, where
        self._found: FactPlaces | None = None
        self._starts: list[int] = []

    def get(self) -> FactPlaces | None:
        if self._found is None and self.patterns is not None:
            self._found = FactPlaces(self.doc, place_index(self.patterns), self.where, [])
            self._starts = [s.start for s in self._found.spots]
        return self._found

    def without_place(self, subject: str | None, c: Candidate) -> str | None:
        """``subject`` with a named place that opens it (in the figure's clause) taken off."""
        if c.extra.get("names_column") and str(c.extra.get("row_label") or "").endswith(_DIVISION_ENDS):
            return self._row_kept(subject, c)
        if subject is None or len(subject) < 2 + _LEAST:
            return subject
        if _DIVISION_END.search(subject, 2, len(subject) - _LEAST) is None:
            return subject  # the cheap test first: no division's name can open it and leave a subject
        doc = self.doc
        cs, _ = doc.clause(c.start)
        at = doc.norm.rfind(subject, cs, c.start)
        found = self.get() if at >= 0 else None
        if found is None:
            return subject
        i = bisect_right(self._starts, at) - 1  # the place the subject opens in (浙江省杭州市余杭区)
        if i < 0 or found.spots[i].end <= at:
            return subject
        spot = found.spots[i]
        size = spot.end - at
        named = doc.norm[at : spot.end]
        if spot.cued or not spot.governs or named.startswith(_REFERRING) or not subject.startswith(named):
            return subject  # 自美國接單 (a partner), 全市 (a reference)
        if len(named) < 3 or not named.endswith(_DIVISION_ENDS):
            return subject  # 英国人口, 香港居民, 深圳灣: a bare name may tell the figure's thing apart
        rest = subject[size:].lstrip("的")
        whole = len(rest) >= _LEAST and rest[0].isalnum()  # not 县（市、区）审计机关
        return rest if whole else subject

    def _row_kept(self, subject: str | None, c: Candidate) -> str | None:
        """省份 | 受灾人口（万人）: a cell under a measure takes the measure as subject while the place field
        carries the row's place; a row named by a division the place index does not know (澄南区,
        北部片区) keeps its name as the subject, so the record still says where."""
        found = self.get()
        line = self.doc.norm.rfind("\n", 0, c.start) + 1
        i = bisect_right(self._starts, c.start) - 1
        if found is None or (i >= 0 and found.spots[i].start >= line):
            return subject
        return str(c.extra["row_label"])
