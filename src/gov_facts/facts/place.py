"""Where each fact is: the place that governs a figure, resolved to its division code.

For each fact, the first that applies:

1. a table cell: a place in its row's label (a bulletin's row per county), else in its column's head;
2. the nearest governing place before it in its sentence (宣州区完成投资5亿元; 浙江省德清县 is one
   place, the smallest; 宣州区、郎溪县共 is the smallest division holding both; 宣州区、郎溪县分别
   完成5亿元、3亿元 gives each figure its own); 我市/全省/全国 are the page's own place at that level;
3. the place that opens its paragraph (宣州区：…; 全市共有学校100所。其中…), else the place of the
   heading above it (一、宣州区);
4. the document's place (:mod:`.place_document`), with no ``text``;

A place named as a comparison, destination, origin, partner or a ranking's scope (比宣城多, 销往上海,
与江苏合作, 居全省第一, 全省平均) does not govern. The words for all of this are data
(``patterns/places.toml``); the names and codes are the divisions table.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..core.models import Fact, Place
from ..rules.divisions import Division
from ..rules.patterns import Patterns
from .context import ArticleText
from .place_document import PageClues, Where, document_place
from .place_names import Mention, PlaceIndex, place_index
from .place_resolve import NO_PLACE, Pick, find_townships, note_named, own_place, resolve_mentions
from .text import CLAUSE_BREAK, ends_of, starts_of

#: what may stand between two names of one place (浙江省德清县, 广州·南沙), and between the places of a list
_CHAIN_GAPS = frozenset(("", " ", "·", "\u3000"))
_LIST_GAPS = frozenset(("、", "和", "及", "以及", "与", ",", "，"))
_HEADING_END = re.compile(r"[。！？；;!?]")
_RESPECTIVELY = "分别"
#: how far into its sentence a place above the page's own may stand and still be its subject
_LEAD = 6
SENTENCE_BREAK = "。！？!?\n"
#: a figure right after 等 (…等51个): the places before it in its clause are examples of a whole
_EXAMPLES = re.compile(r"等[共约近达]?$")
_BRACKETED = re.compile(r"[（(][^（）()\n]*[）)]")


@dataclass
class Spot:
    """A place in the text as a figure may take it: a chain of mentions made one, with its pick."""

    start: int
    end: int
    text: str
    pick: Pick
    governs: bool
    own: bool
    #: named after a comparison, destination or partner word (比, 销往, 与): not the figure's place
    cued: bool = False
    group: int = 0


def _pick(ix: PlaceIndex, m: Mention, home: Pick | None, latest: dict[str, Division]) -> Pick | None:
    """What one mention stands for, or None."""
    if m.own is not None:
        return own_place(ix, m, home, latest)
    d = m.division
    if m.zone_text is not None:
        if d is None and not m.senses:  # 经开区 alone: a zone of the page's own place
            return _own_zone(ix, m, home)
        if d is not None:
            return Pick.of(d) if d.level == "zone" else Pick(m.text, d.code, "zone", d)
        return None
    if d is not None:
        return Pick.of(d)
    if m.unresolved:
        first = m.senses[0].division
        return Pick(first.name, None, first.level)
    return None


def _own_zone(ix: PlaceIndex, m: Mention, home: Pick | None) -> Pick | None:
    """经开区 alone: the zone of that kind of the page's city or county (a province has many)."""
    if home is None or home.code is None or home.level not in ("city", "county", "zone"):
        return None
    d = home.division
    if d is not None and d.level == "zone":
        return home
    if d is not None:  # the page's city or county has a zone of that kind in the table: that one
        zones = [ix.by_key[k] for k in ix.children.get(d.key, ()) if ix.by_key[k].level == "zone"]
        named = [z for z in zones if any(s.endswith(m.text) for s in (z.name, *z.short))]
        if len(named) == 1:
            return Pick.of(named[0])
    return Pick(m.text, home.code, "zone", None)


def _governs(ix: PlaceIndex, text: str, start: int, end: int) -> bool:
    """Whether a place at [start, end) may govern a figure: not a comparison, destination or scope."""
    if text[max(0, start - 4) : start].endswith(ix.cues_before):
        return False
    return not text.startswith(ix.cues_after, end)


def _attributive(ix: PlaceIndex, text: str, spot: Spot, home: Pick | None) -> bool:
    """A place above the page's own, named inside its sentence rather than at its head: an honour,
    a programme or a body named after it (获评全国文明城市, 江西省国控重点污染源, 宜春市科技进步奖3项
    on a county's page); the figure is still the page's place's. At the head of a sentence (or
    after a short lead such as 据统计，) it is the sentence's subject, and governs."""
    d, h = spot.pick.division, home.division if home is not None else None
    if d is None or h is None or d is h or d.key not in ix.lineage(h.key):
        return False
    head = spot.start
    while head > 0 and text[head - 1] not in SENTENCE_BREAK and spot.start - head <= _LEAD:
        head -= 1
    return spot.start - head > _LEAD


#: what separates the items of a list, and the clauses around it
_ITEM_BREAKS = re.compile("[" + re.escape("、：:（）()" + CLAUSE_BREAK) + "]")
_DIGIT = re.compile(r"[0-9０-９]")
_LINE_END = re.compile("\n")


def _item(breaks: list[int], n: int, a: int, b: int) -> tuple[int, int]:
    """The list item (between two item breaks, at ``breaks``) that holds [a, b) of a text of length n."""
    i = bisect_left(breaks, a)
    j = bisect_left(breaks, b)
    return (breaks[i - 1] + 1 if i else 0), (breaks[j] if j < len(breaks) else n)


def _list_item(text: str, breaks: list[int], spot: Spot, starts: list[int]) -> bool:
    """A place inside one short item of a 、-list of named things that are not places (三江源、
    海南热带雨林、武夷山首批5个国家公园): it names that item, not the scope of the list's figures."""
    n = len(text)
    a, b = _item(breaks, n, spot.start, spot.end)
    if (a == spot.start and b == spot.end) or b - a > 12 or _DIGIT.search(text, a, b):
        return False  # the item is the place itself (宣州区、郎溪县), or no short name
    neighbours = []
    if a > 0 and text[a - 1] == "、":
        neighbours.append(_item(breaks, n, a - 1, a - 1))
    if b < n and text[b] == "、":
        neighbours.append(_item(breaks, n, b + 1, b + 1))
    return any(
        not _DIGIT.search(text, x, y) and bisect_left(starts, x) == bisect_left(starts, y)
        for x, y in neighbours
    )


def spots_of(ix: PlaceIndex, text: str, home: Pick | None, cues: str | None = None) -> list[Spot]:
    """The places of a text, resolved, chains joined and enumerations grouped, in order.

    The names are matched on ``text`` as written (臺北, 全國 are a Taiwan page's own); the words
    around them that make a place no figure's (從, 與, 較, 水平) are read on ``cues``, the text's
    simplified shadow aligned with it (:mod:`.shadow`), as the patterns write them."""
    cues = text if cues is None else cues
    mentions = ix.scan(text)
    named = [m for m in mentions if m.senses]
    home_div = home.division if home is not None else None
    resolve_mentions(ix, text, named, home_div)
    mentions += find_townships(ix, text, named, home_div)
    mentions.sort(key=lambda m: m.start)
    spots: list[Spot] = []
    latest: dict[str, Division] = {}  # the last division of each level named so far
    prev: Mention | None = None
    for m in mentions:
        pick = _pick(ix, m, home, latest)
        if pick is None:
            prev = None
            continue
        last = spots[-1] if spots else None
        if (
            last is not None
            and prev is not None
            and m.start - last.end <= 1
            and text[last.end : m.start] in _CHAIN_GAPS
            and _holds(ix, last.pick, pick)
        ):  # 浙江省德清县, 宣城经开区: one place, the smallest
            last.end, last.text, last.pick = m.end, text[last.start : m.end], pick
            last.governs = last.governs and not cues.startswith(ix.cues_after, m.end)
        else:
            governs = _governs(ix, cues, m.start, m.end)
            spots.append(Spot(m.start, m.end, m.text, pick, governs, m.own is not None, cued=not governs))
        note_named(latest, m)
        prev = m
    breaks: list[int] | None = None  # the item breaks, found only once a place may be a list item
    starts = [s.start for s in spots]
    for s in spots:
        if not s.governs:
            continue
        if text.startswith("等", s.end) or _attributive(ix, text, s, home):
            s.governs = False  # 宣州区、郎溪县等5个县: examples of a larger whole
            continue
        if breaks is None:
            breaks = starts_of(_ITEM_BREAKS, text)
        if _list_item(text, breaks, s, starts) or (
            s.pick is NO_PLACE and s.start > 0 and text[s.start - 1] not in CLAUSE_BREAK
        ):
            s.governs = False  # 对全球减贫: the world as a target
    groups: list[list[Spot]] = []
    for i, s in enumerate(spots):
        if i and s.start - spots[i - 1].end <= 2 and cues[spots[i - 1].end : s.start] in _LIST_GAPS:
            groups[-1].append(s)
        else:
            groups.append([s])
        s.group = len(groups)
    for members in groups:
        # 宣州区、郎溪县等: the whole list is examples; 前往日本、越南: the cue before a list's first
        # place makes every place of the list a destination
        if members[0].cued or any(not t.governs and text.startswith("等", t.end) for t in members):
            for t in members:
                t.governs = False
    return spots


def _holds(ix: PlaceIndex, outer: Pick, inner: Pick) -> bool:
    if outer.division is None or inner.division is None:
        return False
    return outer.division is not inner.division and outer.division.key in ix.lineage(inner.division.key)


def governing_picks(ix: PlaceIndex, text: str, home: Pick | None) -> list[tuple[Pick, str, bool]]:
    """The governing places of a short text (a title): pick, words, and whether it is 我市-like."""
    return [(s.pick, s.text, s.own) for s in spots_of(ix, text, home) if s.governs]


class FactPlaces:
    """The places of one document's text, and the governing place of any figure in it."""

    def __init__(self, doc: ArticleText, ix: PlaceIndex, where: Where | None, figures: list[int]) -> None:
        self.doc = doc
        self.ix = ix
        self.where = where
        #: where the document's figures start (to count them after 分别)
        self.figures = figures
        self.spots = spots_of(ix, doc.text, where.pick if where else None, doc.shadow)
        self.starts = [s.start for s in self.spots]
        self.lines = [0, *ends_of(_LINE_END, doc.text)]
        self._headings: tuple[list[int], list[Spot | None]] | None = None
        self._brackets: list[tuple[int, int]] | None = None

    @property
    def headings(self) -> tuple[list[int], list[Spot | None]]:
        """Where the headings start (short lines with no sentence end), and each one's place."""
        if self._headings is None:
            starts: list[int] = []
            places: list[Spot | None] = []
            text, lines = self.doc.text, self.lines
            for i, ls in enumerate(lines):
                le = lines[i + 1] - 1 if i + 1 < len(lines) else len(text)
                if le - ls > 30 or not text[ls:le].strip() or text.find("\t", ls, le) >= 0:
                    continue
                if not _HEADING_END.search(text, ls, le):
                    got = self._in(ls, le)
                    starts.append(ls)
                    places.append(got[0] if got else None)
            self._headings = (starts, places)
        return self._headings

    @property
    def brackets(self) -> list[tuple[int, int]]:
        """Bracketed stretches (（含铜鼓1所）): a place inside one speaks only for what is inside it."""
        if self._brackets is None:
            self._brackets = [(m.start(), m.end()) for m in _BRACKETED.finditer(self.doc.text)]
        return self._brackets

    def place_of(self, start: int, end: int) -> Place | None:
        """The place that governs the figure at [start, end)."""
        ls, le = self._line(start)
        if self.doc.text.find("\t", ls, le) >= 0:  # a table cell: its row and column, else the heading above
            spot = self._table(start) or self._heading(ls)
        else:
            spot = self._sentence(start) or self._paragraph(start)
        if spot is not None:
            pick, words = spot
            if pick is NO_PLACE:
                return None
            return Place(text=words, name=pick.name, code=pick.code, level=pick.level)  # type: ignore[arg-type]
        p = self.where.pick if self.where is not None else None
        return Place(text=None, name=p.name, code=p.code, level=p.level) if p else None  # type: ignore[arg-type]

    def _in(self, a: int, b: int) -> list[Spot]:
        """The governing spots that lie inside [a, b)."""
        i = bisect_left(self.starts, a)
        out = []
        while i < len(self.spots) and self.spots[i].start < b:
            if self.spots[i].end <= b and self.spots[i].governs:
                out.append(self.spots[i])
            i += 1
        return out

    def _line(self, pos: int) -> tuple[int, int]:
        i = bisect_left(self.lines, pos + 1) - 1
        end = self.lines[i + 1] - 1 if i + 1 < len(self.lines) else len(self.doc.text)
        return self.lines[i], end

    def _table(self, start: int) -> tuple[Pick, str] | None:
        """A table cell's place: in its row's label, else in its column's head."""
        ls, le = self._line(start)
        label_end = self.doc.text.find("\t", ls, le)
        if label_end < 0:
            return None
        line = self.doc.text[ls:le]
        row = self._in(ls, label_end)
        if row and start >= label_end:
            return row[-1].pick, row[-1].text
        column = line[: start - ls].count("\t")
        hs = ls
        while hs > 0:  # up to the table's first row, its head
            ps, pe = self._line(hs - 1)
            if "\t" not in self.doc.text[ps:pe]:
                break
            hs = ps
        if hs == ls:
            return None
        head_line = self.doc.text[hs : self._line(hs)[1]]
        cells = head_line.split("\t")
        if column >= len(cells):
            return None
        a = hs + sum(len(c) + 1 for c in cells[:column])
        head = self._in(a, a + len(cells[column]))
        return (head[-1].pick, head[-1].text) if head else None

    def _sentence(self, start: int) -> tuple[Pick, str] | None:
        """The nearest governing place before the figure in its sentence (an enumeration as one)."""
        ss, _ = self.doc.sentence(start)
        before = [s for s in self._in(ss, start) if not self._bracketed_apart(s, start)]
        if not before:
            return None  # most figures: no place before them in their sentence, no clause to read
        cs, _ = self.doc.clause(start)
        if _EXAMPLES.search(self.doc.shadow, cs, start):
            before = [
                s for s in before if s.end <= cs
            ]  # 丰城唯美养生谷等51个: the clause's places are examples
        if not before:
            return None
        last = before[-1]
        group = [s for s in before if s.group == last.group]
        if len(group) == 1:
            return last.pick, last.text
        return self._enumeration(group, start)

    def _bracketed_apart(self, spot: Spot, start: int) -> bool:
        """Whether ``spot`` stands inside brackets that the figure at ``start`` is outside of."""
        i = bisect_left(self.brackets, (spot.start + 1,)) - 1
        if i < 0:
            return False
        a, b = self.brackets[i]
        return a < spot.start and spot.end <= b and not a < start < b

    def _enumeration(self, group: list[Spot], start: int) -> tuple[Pick, str] | None:
        text, cues = self.doc.text, self.doc.shadow
        words = text[group[0].start : group[-1].end]
        between = cues[group[-1].end : start]
        if _RESPECTIVELY in between:  # 宣州区、郎溪县分别完成5亿元、3亿元: the i-th figure, the i-th place
            k = cues.index(_RESPECTIVELY, group[-1].end)
            _, se = self.doc.sentence(start)
            after = [f for f in self.figures if k <= f < se]
            if after and len(after) % len(group) == 0 and start in after:
                nth = after.index(start) % len(group)
                return group[nth].pick, group[nth].text
        divisions = [s.pick.division for s in group]
        if any(d is None for d in divisions):
            return NO_PLACE, words
        common = self.ix.common_ancestor([d for d in divisions if d is not None])
        # 加拿大、挪威、瑞典8个国家: several countries together are no one place
        return (Pick.of(common), words) if common is not None else (NO_PLACE, words)

    def _paragraph(self, start: int) -> tuple[Pick, str] | None:
        """The place that opens the figure's paragraph, else that of the heading above it."""
        ls, le = self._line(start)
        first_end = min(self.doc.sentence(ls)[1], le)
        # in the opening sentence itself, only what follows the figure is left to look at (the
        # sentence rule has judged what precedes it): 在建成501公里堤防的同时，河南开展…
        a = start if start < first_end else ls
        opener = [s for s in self._in(a, first_end) if not self._bracketed_apart(s, start)]
        if opener:
            return opener[0].pick, opener[0].text
        return self._heading(ls)

    def _heading(self, ls: int) -> tuple[Pick, str] | None:
        """The place of the nearest heading above the line at ``ls`` (a short line with no 。)."""
        starts, places = self.headings
        i = bisect_left(starts, ls) - 1
        heading = places[i] if i >= 0 else None
        return (heading.pick, heading.text) if heading is not None else None


def locate(facts: list[Fact], places: FactPlaces | None) -> None:
    """Set each fact's ``place`` (the engine's hook): the place that governs its figure."""
    if not facts or places is None:
        return
    places.figures = [f.start for f in facts]
    for f in facts:
        f.place = places.place_of(f.start, f.end)


def page_place(patterns: Patterns, clues: PageClues, text: str) -> Where | None:
    """The place the page speaks for (loads the divisions table on the first call in a process)."""
    return document_place(place_index(patterns), clues, text)
