"""Place names in a text: the divisions table as a name index, and the mentions a text holds.

A mention is a stretch of text that names a place, with every division it may be (宣城 is only
宣城市; 朝阳区 is Beijing's or Changchun's; 吉林 is a province and a city). Which one it is, is
decided later (:mod:`.place_resolve`), with the document's place and the other mentions.

The index is built once per process from the divisions table (:func:`place_index`); a text is
scanned once, left to right, longest name first, looking names up only where the next two
characters begin one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, cast

from ..rules import table_cache
from ..rules.divisions import LEVEL_RANK, Division, Divisions, load_divisions
from ..rules.patterns import Patterns
from ..rules.place_rules import OwnLevel, PlaceRules

Form = Literal["full", "short", "former", "variant"]


@dataclass(frozen=True)
class Sense:
    """One division a name may stand for, and how the name writes it."""

    division: Division
    form: Form


@dataclass(slots=True)
class Mention:
    """A place named in the text, before (and after) it is resolved."""

    start: int
    end: int
    text: str
    senses: tuple[Sense, ...] = ()
    #: 我市/全市/全国: the page's own place at this level; 该市: the nearest one named before
    own: OwnLevel | None = None
    anaphora: bool = False
    #: a zone (宣城经开区): ``senses`` are then the place it lies in, ``zone_text`` its words
    zone_text: str | None = None
    #: what it was resolved to (:mod:`.place_resolve`)
    division: Division | None = None
    #: a name read but not resolved to one division (朝阳区 with nothing to tell which)
    unresolved: bool = False


#: a name -> the division key and form of every division it may stand for, in table order, as
#: ``key\x1fform`` joined by ``\x1e``: a dict of strings, which the garbage collector never walks
#: (lists of tuples for 12,000 names cost the first collection after loading them 5-10 ms)
NameRows = dict[str, str]
_KEY_FORM, _SENSE = "\x1f", "\x1e"


@dataclass(frozen=True)
class NameTables:
    """What the index derives from the divisions table alone (the rules add their words on top):
    kept in a cache file beside the table's own (:mod:`~gov_facts.rules.table_cache`)."""

    names: NameRows
    #: the first two characters of every name, with the lengths of the names they begin, longest
    #: first (one tuple object for each set of lengths: a cache file holds some 90, not 5,500)
    heads: dict[str, tuple[int, ...]]
    children: dict[str, list[str]]
    pinyin: dict[str, list[tuple[int, str]]]
    #: the first and the second characters of the heads, sorted (for the index's scanning regex)
    firsts: str = ""
    seconds: str = ""

    @classmethod
    def build(cls, divisions: Divisions) -> NameTables:
        senses: dict[str, list[tuple[str, Form]]] = {}
        children: dict[str, list[str]] = {}
        pinyin: dict[str, list[tuple[int, str]]] = {}
        for d in divisions.by_key.values():
            forms: list[tuple[str, Form]] = [(d.name, "full")]
            forms += [(v, _variant_form(v, d)) for v in d.variant]
            forms += [(s, "short") for s in d.short]
            forms += [(f, "former") for f in d.former]
            for name, form in forms:
                rows = senses.setdefault(name, [])
                if all(key != d.key for key, _ in rows):
                    rows.append((d.key, form))
            children.setdefault(d.parent, []).append(d.key)
            if d.pinyin:
                pinyin.setdefault(d.pinyin, []).append((LEVEL_RANK[d.level], d.name))
        names = {name: _SENSE.join(k + _KEY_FORM + f for k, f in rows) for name, rows in senses.items()}
        heads = _heads(names)
        return cls(names, heads, children, pinyin, *_firsts_seconds(heads))

    @classmethod
    def load(cls, divisions: Divisions) -> NameTables:
        """The tables of ``divisions``, from the cache when it was made from the same file's bytes.

        The cache keeps the names and their rows as two texts, one name or row a line: unmarshalled
        as two strings and split, not as 25,000 strings each decoded from UTF-8 on its own."""
        if not divisions.digest:
            return cls.build(divisions)
        key = table_cache.cache_key(divisions.digest, (__name__, Division.__module__))

        def from_cache(saved: Any) -> NameTables:
            names, rows, heads, children, pinyin, firsts, seconds = saved
            table = dict(zip(names.split("\n"), rows.split("\n"), strict=True))
            if not all(k in divisions.by_key for k in children if k) or not isinstance(heads, dict):
                raise ValueError("a cache of another shape")
            return cls(table, heads, children, pinyin, firsts, seconds)

        def built() -> tuple[NameTables, Any]:
            t = cls.build(divisions)
            names, rows = "\n".join(t.names), "\n".join(t.names.values())
            return t, (names, rows, t.heads, t.children, t.pinyin, t.firsts, t.seconds)

        where = table_cache.cache_path("place-names", Path(divisions.path))
        return table_cache.load_or_derive(where, key, from_cache, built)


def _firsts_seconds(heads: Iterable[str]) -> tuple[str, str]:
    return "".join(sorted({h[0] for h in heads})), "".join(sorted({h[1] for h in heads}))


def _heads(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    heads: dict[str, set[int]] = {}
    for w in words:
        heads.setdefault(w[:2], set()).add(len(w))
    shared: dict[tuple[int, ...], tuple[int, ...]] = {}  # one object for equal lengths
    return {
        h: shared.setdefault(t, t) for h, t in ((h, tuple(sorted(n, reverse=True))) for h, n in heads.items())
    }


class Senses(Mapping[str, tuple[Sense, ...]]):
    """Name -> the senses it may have; each name's senses are made when it is first looked up
    (a page looks up a few dozen of some 12,000 names)."""

    __slots__ = ("_by_key", "_made", "_rows")

    def __init__(self, rows: NameRows, by_key: Mapping[str, Division]) -> None:
        self._rows, self._by_key = rows, by_key
        self._made: dict[str, tuple[Sense, ...]] = {}

    def get(self, name: str, default: Any = None) -> Any:
        got = self._made.get(name)
        if got is None:
            rows = self._rows.get(name)
            if rows is None:
                return default
            pairs = (sense.split(_KEY_FORM) for sense in rows.split(_SENSE))
            got = self._made[name] = tuple(Sense(self._by_key[key], cast(Form, form)) for key, form in pairs)
        return got

    def __getitem__(self, name: str) -> tuple[Sense, ...]:
        got: tuple[Sense, ...] | None = self.get(name)
        if got is None:
            raise KeyError(name)
        return got

    def __contains__(self, name: object) -> bool:
        return name in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class PlaceIndex:
    """Every name of every division (townships apart), and the relations between divisions."""

    def __init__(self, divisions: Divisions, rules: PlaceRules, tables: NameTables | None = None) -> None:
        tables = tables or NameTables.build(divisions)
        self.divisions = divisions
        self.by_key = divisions.by_key
        self.rules = rules
        self.names: Senses = Senses(tables.names, divisions.by_key)
        self.own: dict[str, OwnLevel] = {w: level for level, ws in rules.own_place.items() for w in ws}
        self.zone_alone = frozenset(rules.zone_alone)
        extra = (set(self.own) | self.zone_alone).difference(tables.names)
        #: the first two characters of every word, with the lengths of the words they begin, longest first
        self.heads = dict(tables.heads)
        for h, lengths in _heads(extra).items():
            self.heads[h] = tuple(sorted(set(self.heads.get(h, ())) | set(lengths), reverse=True))
        self.words = dict(tables.names)  # (a dict's copy is a copy of its table: a set is built anew)
        self.words.update(dict.fromkeys(extra, ""))
        firsts, seconds = tables.firsts, tables.seconds
        if extra or not firsts:
            more = _firsts_seconds(_heads(extra)) if firsts else _firsts_seconds(self.heads)
            firsts = "".join(sorted(set(firsts).union(more[0])))
            seconds = "".join(sorted(set(seconds).union(more[1])))
        self._pairs = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")
        self.zone_words = tuple(sorted(rules.zone_words, key=len, reverse=True))
        self.not_after = tuple(rules.not_place_after)
        self.firm_after = tuple(rules.firm_after)
        self.firm_not_after = tuple(rules.firm_not_after)
        self.firm_heads = frozenset(rules.firm_heads)
        self.firm_ends = tuple(rules.firm_ends)
        self.firm_verbs = tuple(rules.firm_verbs)
        self.tier_before = frozenset(rules.tier_before)
        self.tier_joins = frozenset(rules.tier_joins)
        self.tier_after = tuple(rules.tier_after)
        self.join_tails = tuple(rules.join_tails)
        self.join_not_after = frozenset(rules.join_not_after)
        self.word_tails = tuple(rules.word_tails)
        self.word_names = frozenset(rules.word_names)
        self.person_before = tuple(rules.person_before)
        self.surnames = frozenset(rules.surnames)
        self.cues_before = tuple(rules.not_governing_before)
        self.cues_after = tuple(rules.not_governing_after)
        self.not_own_before = frozenset("".join(rules.not_own_before))
        self.not_own_after = tuple(rules.not_own_after)
        self.children = tables.children
        #: pinyin of short names (xuancheng) -> (level rank, full name), for *.gov.cn hosts
        self.pinyin = tables.pinyin
        self._lineage: dict[str, tuple[str, ...]] = {}
        self._townships: dict[str, dict[str, Division]] = {}
        self.china = self.by_key["CN"]
        self._last: tuple[str, list[Mention]] | None = None

    def lineage(self, key: str) -> tuple[str, ...]:
        """The keys from a division up to its country, itself first."""
        got = self._lineage.get(key)
        if got is None:
            d = self.by_key.get(key)
            got = (key, *self.lineage(d.parent)) if d is not None and d.parent else (key,)
            self._lineage[key] = got
        return got

    def ancestor_at(self, d: Division, level: str) -> Division | None:
        """The division at ``level`` that holds ``d`` (``d`` itself if it is at that level)."""
        for key in self.lineage(d.key):
            up = self.by_key.get(key)
            if up is not None and up.level == level:
                return up
        return None

    def country_of(self, d: Division) -> Division:
        return self.by_key[self.lineage(d.key)[-1]]

    def common_ancestor(self, ds: list[Division]) -> Division | None:
        """The smallest division that holds all of ``ds``."""
        if not ds:
            return None
        shared = set(self.lineage(ds[0].key))
        for d in ds[1:]:
            shared &= set(self.lineage(d.key))
        for key in self.lineage(ds[0].key):
            if key in shared:
                return self.by_key.get(key)
        return None

    def townships(self, county: Division) -> dict[str, Division]:
        """The townships of a county (or zone, or a city without counties) by name, made on demand."""
        got = self._townships.get(county.key)
        if got is None:
            got = {
                name: Division(code, code, "township", name, county.key, (), (), (), "", False)
                for code, name in self.divisions.townships_of(county.key)
            }
            self._townships[county.key] = got
        return got

    def scan(self, text: str) -> list[Mention]:
        """Every place name, own-place word and zone word in ``text``, longest first, in order.

        The last text's mentions are kept (as fresh copies for each caller, who may resolve them):
        the page's place and its facts' places read the same body.
        """
        last = self._last
        if last is not None and last[0] is text:  # fresh mentions: the first caller resolved its own
            return [
                Mention(m.start, m.end, m.text, m.senses, m.own, m.anaphora, m.zone_text) for m in last[1]
            ]
        out = self._scan(text)
        self._last = (text, out)
        return out

    def _scan(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        heads, words, names, own = self.heads, self.words, self.names, self.own
        free = 0  # the end of the last mention: a word never starts inside one
        # where a word may begin: a first character of some word followed by a second character of
        # some word, found by the regex engine (one position in six), then the pair looked up
        for hit in self._pairs.finditer(text):
            i = hit.start()
            if i < free:
                continue
            lengths = heads.get(text[i : i + 2])
            if lengths is None:
                continue
            for length in lengths:
                word = text[i : i + length]
                if word not in words:
                    continue
                m = self._mention(text, i, word, names.get(word), own.get(word))
                if m is not None:
                    out.append(m)
                    free = m.end
                    break
        return out

    def _mention(
        self, text: str, i: int, word: str, senses: tuple[Sense, ...] | None, own: OwnLevel | None
    ) -> Mention | None:
        end = i + len(word)
        if own is not None:
            if (i and text[i - 1] in self.not_own_before) or text.startswith(self.not_own_after, end):
                return None  # 安全区, 资本市场, 全市场: part of another word
            return Mention(i, end, word, own=own, anaphora=word.startswith("该"))
        if senses is None:
            return Mention(i, end, word, zone_text=word) if word in self.zone_alone else None
        if text.startswith(self.not_after, end):  # 中山路, 白云机场, 朝鲜族: inside another name
            senses = tuple(
                s for s in senses if s.form in ("full", "variant") and s.division.level != "country"
            )
            if not senses:
                return None
        elif text.startswith(self.firm_after, end) and self._firm(text, word, end):
            # 中国移动, 北京银行: a firm's name; another country's (日本银行) is its central bank
            senses = tuple(
                s for s in senses if s.form in ("full", "variant") and s.division is not self.china
            )
            if not senses:
                return None
        if all(s.form in ("short", "former") for s in senses) and self._overlapped(text, i, end):
            return None  # 在巴中国: 中国 begins inside 巴中 and runs past it; the full name wins
        if text.startswith(self.zone_words, end):
            zw = next(z for z in self.zone_words if text.startswith(z, end))
            return Mention(i, end + len(zw), text[i : end + len(zw)], senses, zone_text=zw)
        return Mention(i, end, word, senses)

    def _firm(self, text: str, word: str, end: int) -> bool:
        """Whether the firm's word that follows a name (中国移动, 北京银行, 上海电气) names a firm, not
        a sector or a thing whose word begins with it (中国银行业, 中国移动支付, 中国电气化铁路).

        A name that makes known firms (中国移动, 中国人寿) is a firm unless a sector's word follows; a
        province's or a city's (北京银行, 湖南邮政) only where a firm's ending (公司, 分行) or a verb
        of the firm (北京银行向, 上海电气投资) follows: 湖南邮政管理局, 江苏银行机构, 广东石化行业,
        安徽电信网络 are an agency or a sector of the place."""
        firm = next(w for w in self.firm_after if text.startswith(w, end))
        after = end + len(firm)
        if text.startswith(self.firm_not_after, after):
            return False
        return word in self.firm_heads or text.startswith(self.firm_ends + self.firm_verbs, after)

    def _overlapped(self, text: str, i: int, end: int) -> bool:
        """Whether a full name starts inside [i, end) and runs past ``end``."""
        for j in range(i + 1, end):
            for length in self.heads.get(text[j : j + 2], ()):
                if j + length <= end:
                    break
                senses = self.names.get(text[j : j + length])
                if senses and any(s.form in ("full", "variant") for s in senses):
                    return True
        return False


def _variant_form(variant: str, d: Division) -> Form:
    """The form a name in traditional characters has: that of the simplified name it writes. 臨江 is
    临江's, a short name (taken only with support, not before 县/区 of another place's name: 臨江縣
    in a table reads as 临江县 does); 臨江市 is the full name's ("variant", as strong as "full")."""
    kinds: tuple[tuple[tuple[str, ...], Form], ...] = (
        ((d.name,), "variant"),
        (d.short, "short"),
        (d.former, "former"),
    )
    most: int = -1
    best: Form = "variant"
    for names, form in kinds:
        for name in names:
            if len(name) == len(variant):
                same = sum(a == b for a, b in zip(name, variant, strict=True))
                if same > most:  # a tie keeps the earlier form
                    most, best = same, form
    return best


def level_rank(d: Division) -> int:
    return LEVEL_RANK[d.level]


@lru_cache(maxsize=4)
def place_index(patterns: Patterns) -> PlaceIndex:
    """The name index for ``patterns`` (built once per process: the divisions table is read here,
    and the tables derived from it taken from their cache)."""
    divisions = load_divisions()
    return PlaceIndex(divisions, patterns.places, NameTables.load(divisions))
