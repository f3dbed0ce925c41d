"""Which division each place mention is: the document's place and the other mentions decide.

A name may stand for several divisions (朝阳区 in Beijing and in Changchun; 吉林 the province and
the city) or be a short form that is also a common word somewhere else in the country (迁安 in
征迁安置). Each possible division is scored by what supports it:

- a chain: the mention right before names a division that holds it (浙江省德清县, 广州南沙);
- the document's place: the division lies inside it, holds it, or shares its city or province;
- the other mentions whose name leaves no doubt (a full name only one division has).

A short form of a county, a zone or a former name is taken only with such support; so is a
generic name (城区, 东区), and only from a chain or the document's place. A full name that two
divisions share, with nothing to tell them apart, stays a name without a code.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from ..rules.divisions import LEVEL_RANK, Division
from .place_names import Mention, PlaceIndex, Sense
from .tagging import word_tag

#: between two mentions that form a chain (浙江省 德清县, 广州·南沙)
_CHAIN_GAP = re.compile(r"[\s·]?")
_TOWNSHIP_END = re.compile(r"(?:街道|镇|乡|苏木)")


@dataclass(frozen=True)
class Pick:
    """A resolved place: a division of the table, or a name and level the table does not hold."""

    name: str | None
    code: str | None
    level: str
    division: Division | None = None

    @classmethod
    def of(cls, d: Division) -> Pick:
        return cls(d.name, d.code, d.level, d)


#: what 全球/各国 stand for: a scope that is no place, so a figure it governs has none
NO_PLACE = Pick(None, None, "world")


class _Context:
    """The document's place and the certain mentions, as counts by key, for scoring candidates fast."""

    def __init__(self, ix: PlaceIndex, home: Division | None, anchors: list[Division]) -> None:
        self.ix = ix
        self.home = home
        self.home_line = ix.lineage(home.key) if home is not None else ()
        #: a page of a province, a city or below (not of a country, nor of no known place)
        self.home_local = home is not None and home.level != "country"
        distinct = {a.key: a for a in anchors}
        #: anchors by key, and how many anchors lie under each key (themselves included)
        self.anchor_keys = set(distinct)
        self.under: dict[str, int] = {}
        self.provinces: dict[str, int] = {}
        for a in distinct.values():
            line = ix.lineage(a.key)
            for k in line:
                self.under[k] = self.under.get(k, 0) + 1
            if a.level != "country" and len(line) >= 2:
                self.provinces[line[-2]] = self.provinces.get(line[-2], 0) + 1
        self._memo: dict[str, int] = {}

    def support(self, d: Division) -> int:
        """How much the document's place and the certain mentions speak for ``d``."""
        got = self._memo.get(d.key)
        if got is None:
            got = self._memo[d.key] = self._support(d)
        return got

    def _support(self, d: Division) -> int:
        score = 0
        line = self.ix.lineage(d.key)
        if self.home is not None:
            if self.home.key in line:  # inside the page's place: much support from a city or county
                score += {"province": 25, "country": 5}.get(self.home.level, 60)
            elif d.key in self.home_line:
                score += 50
            else:
                shared = next((k for k in line if k in self.home_line), None)
                up = self.ix.by_key.get(shared) if shared is not None else None
                level = up.level if up is not None else "country"
                score += {"city": 30, "province": 20}.get(level, 0)
        mine = d.key in self.anchor_keys
        above = sum(1 for k in line[1:] if k in self.anchor_keys)  # anchors that hold d
        below = self.under.get(d.key, 0) - mine  # anchors inside d
        near = 10 * (above + below)
        if d.level != "country" and len(line) > 2:  # others in the same province
            near += 5 * max(0, self.provinces.get(line[-2], 0) - above - below - mine)
        return score + min(near, 30)


def _weak(s: Sense) -> bool:
    """A sense taken only with support: a short or former name of a county or below (a zone's short
    name, 合肥高新区, names its zone and city whole), a generic name."""
    d = s.division
    if d.generic:
        return True
    return s.form in ("short", "former") and LEVEL_RANK[d.level] >= LEVEL_RANK["county"] and d.level != "zone"


def _region_district(s: Sense) -> bool:
    """A district of Hong Kong, Macau or Taiwan (its code is its region's) written in simplified
    script where its own name differs (新社区 for 新社區, 和平区): on a mainland city's or province's
    page, a plain word or a district of the mainland, unless its region is near (its traditional
    name, and one the same in both scripts, 斗六市, is always a place)."""
    d = s.division
    return (
        d.level == "county"
        and d.key != d.code
        and s.form == "full"
        and d.name not in d.variant
        and bool(d.variant)
    )


#: how the words around a name read it (:func:`_as_written`): no place at all, a place only with
#: support (like a short name), or no person's name
_WORD, _WEAK, _PERSON = "word", "weak", "person"


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _joined(ix: PlaceIndex, text: str, before: str, end: int) -> bool:
    """Whether 和县 is 和 joining a word to one that 县 opens (企业和县直部门, 我们和县里): a word
    ends before 和 (no preposition, 在和县城区) and 县 opens a word of a county's (县委, 县城)."""
    return _han(before) and before not in ix.join_not_after and text.startswith(ix.join_tails, end)


def _as_written(ix: PlaceIndex, text: str, m: Mention, up: Division | None) -> str | None:
    """What the words around a name make of it, before any division is weighed.

    - a county of two characters (和县, 高县) read across a word: 市和县 and 和县（市、区） are tiers
      joined by 和, 提高|县域 a word that ends in its first character followed by one that 县 opens,
      示范县 a word of its own (no place); 健康|县城 the same without such a next word (a place only
      with support);
      a name before it that holds it (马鞍山市和县) keeps it a place;
    - a full name that is also a plain noun (老城区, 新社区): a place only with support;
    - a short name after a person's role and a surname (市民李宁波): part of the person's name.
    """
    name, i, end = m.text, m.start, m.end
    if m.zone_text is not None:
        return None
    if len(name) == 2 and name[1] in "县区旗":
        if up is not None and any(up.key in ix.lineage(s.division.key) for s in m.senses):
            return None
        before = text[i - 1] if i else ""
        if text.startswith(ix.tier_after, end) or (before in ix.tier_before and name[0] in ix.tier_joins):
            return _WORD
        if name[0] in ix.tier_joins and _joined(ix, text, before, end):
            return _WORD
        if _han(before) and word_tag(before + name[0]) is not None:
            whole = text.startswith(ix.word_tails, end) or word_tag(before + name) is not None
            return _WORD if whole else _WEAK
    if name in ix.word_names:
        return _WEAK
    if i >= 2 and text[i - 1] in ix.surnames and text.endswith(ix.person_before, 0, i - 1):
        return _PERSON
    return None


def _prior(s: Sense) -> int:
    """What the name's form says by itself: full names first, then the higher level of a short one."""
    if s.form in ("full", "variant"):
        return 4
    return {"country": 4, "province": 3, "city": 2}.get(s.division.level, 0)


def resolve_mentions(ix: PlaceIndex, text: str, mentions: list[Mention], home: Division | None) -> None:
    """Set each named mention's ``division`` (or ``unresolved``), in place."""
    anchors = [
        m.senses[0].division
        for m in mentions
        if len(m.senses) == 1 and not _weak(m.senses[0]) and m.senses[0].form in ("full", "variant")
    ]
    context = _Context(ix, home, anchors)
    prev: Mention | None = None
    for m in mentions:
        if m.senses:
            chained = prev is not None and _CHAIN_GAP.fullmatch(text[prev.end : m.start]) is not None
            up = prev.division if chained and prev is not None and prev.zone_text is None else None
            name, i = m.text, m.start
            # the cheap test first: only these names can read otherwise (most are none of them)
            odd = (
                (len(name) == 2 and name[1] in "县区旗")
                or name in ix.word_names
                or (i and text[i - 1] in ix.surnames)
            )
            reading = _as_written(ix, text, m, up) if odd else None
            if reading != _WORD:
                _resolve_one(ix, m, up, context, reading)
        prev = m


def _resolve_one(
    ix: PlaceIndex, m: Mention, up: Division | None, context: _Context, reading: str | None
) -> None:
    scored: list[tuple[int, Sense]] = []
    for s in m.senses:
        d = s.division
        if reading == _PERSON and s.form in ("short", "former"):
            continue
        support = context.support(d)
        if up is not None and up is not d and up.key in ix.lineage(d.key):
            support += 100
        if s.division.generic and support < 60:
            continue
        if (_weak(s) or reading == _WEAK) and support < 30:  # a county's short name needs its city near
            continue
        if support < 20 and d.key != d.code and context.home_local and _region_district(s):
            continue
        scored.append((support + _prior(s), s))
    if not scored:
        return
    scored.sort(key=lambda p: (-p[0], LEVEL_RANK[p[1].division.level]))
    best, runner = scored[0], scored[1] if len(scored) > 1 else None
    if runner is not None and best[0] - runner[0] < 5:
        a, b = best[1].division, runner[1].division
        if a.key in ix.lineage(b.key) or b.key in ix.lineage(a.key):
            # 承德: the city and its own 承德县; the name means the one that holds the other
            best = best if a.key in ix.lineage(b.key) else runner
            runner = None
    if runner is not None and runner[1].division is not best[1].division and best[0] - runner[0] < 5:
        if best[1].division.name == runner[1].division.name:
            m.unresolved = True  # the same full name in two places, nothing to tell which
        return
    m.division = best[1].division


def find_townships(
    ix: PlaceIndex, text: str, mentions: list[Mention], home: Division | None
) -> list[Mention]:
    """Township names of the counties the page is about (its own, and those it names)."""
    counties: list[Division] = []
    for d in [home, *(m.division for m in mentions)]:
        if d is None or d.level in ("country", "province"):
            continue
        if d.level == "city":  # a city page: the townships of its counties (and of the city itself)
            counties += [ix.by_key[k] for k in ix.children.get(d.key, ()) if k in ix.by_key]
        up = ix.ancestor_at(d, "county") or (d if d.level in ("zone", "city") else None)
        if up is not None:
            counties.append(up)
    names: dict[str, Division | None] = {}
    for c in dict.fromkeys(counties):
        for name, t in ix.townships(c).items():
            names[name] = None if name in names and names[name] is not t else t
    if not names:
        return []
    # the mentions read as places by start, with the furthest end among each one and those before
    # it: a word overlaps one if some mention starting before its end ends after its start (a short
    # name read as none, 新市 of 新市区 with nothing near, leaves 新市镇 to the township)
    taken = sorted((m.start, m.end) for m in mentions if m.division is not None or m.unresolved)
    starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))
    found: list[Mention] = []
    for hit in _TOWNSHIP_END.finditer(text):
        end = hit.end()
        for length in range(min(end, 10), 2, -1):
            word = text[end - length : end]
            if word in names:
                start = end - length
                d = names[word]
                i = bisect_left(starts, end)
                if d is not None and not (i and reach[i - 1] > start):
                    found.append(Mention(start, end, word, (Sense(d, "full"),), division=d))
                break
    return found


_SUFFIX = {"city": "市", "county": "县旗", "district": "区", "township": "镇乡道", "province": "省"}


def note_named(latest: dict[str, Division], m: Mention) -> None:
    """Keep, for each level, the last division named before (a lookup, not a scan back per 该县)."""
    d = m.division
    if d is not None and m.zone_text is None:
        for level, ends in _SUFFIX.items():
            if d.name[-1] in ends:
                latest[level] = d


def own_place(ix: PlaceIndex, m: Mention, home: Pick | None, latest: dict[str, Division]) -> Pick | None:
    """What 我市/全省/全国/该县 stands for: the document's place at that level, else the nearest named
    (``latest``: the last division of each level named before it, kept by :func:`note_named`)."""
    level = m.own
    if level is None:
        return None
    if level == "world":
        return NO_PLACE
    if not m.anaphora and home is not None:
        got = _from_home(ix, level, home)
        if got is not None:
            return got
    named = latest.get(level)
    if named is not None:
        return Pick.of(named)
    if level == "country":
        d = home.division if home is not None else None
        return Pick.of(ix.country_of(d) if d is not None else ix.china)
    return None


def _from_home(ix: PlaceIndex, level: str, home: Pick) -> Pick | None:
    d = home.division
    own_name = home.name is not None and level in _SUFFIX and home.name[-1] in _SUFFIX[level]
    if d is None:  # a place the table does not hold (a county's site we cannot find): only itself
        return home if own_name else None
    if level == "country":
        return Pick.of(ix.country_of(d))
    if level == "province":
        up = ix.ancestor_at(d, "province")
        return Pick.of(up) if up is not None else None
    if own_name:
        return home  # 全市 on a county-level city's page is that city; 全区 on a 区's page, that 区
    if level in ("city", "county", "township"):
        up = ix.ancestor_at(d, level)
        return Pick.of(up) if up is not None else None
    return None
