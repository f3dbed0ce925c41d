"""A bare place (百, 千, 万) read as a number of its own, as speech writes it: 万米 (ten thousand
metres), 百来人 and 千把人 (about so many); and 千八百, 百儿八十 (a vague size, no figure).

Each reading is as narrow as its construction: the same characters open names of people, places
and firms (李万来家, 张百来, 百来镇, 王千把人送到…) and idioms (万人空巷), so the place must stand where
a count stands and be followed by a measure a count of people, money or days takes.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from ..rules.patterns import UnitEntry
from .candidate import Candidate
from .context import ArticleText
from .figure_lookups import FigureLookups
from .reading import Reading
from .tagging import word_tag
from .units import match_unit

if TYPE_CHECKING:
    from .scan import Scanner

#: 万 alone as the whole numeral, not after another numeral or a vague word (铺设万米污水管网,
#: 将万米范围内): ten thousand of the length that follows (近万米, 上万米 are read by NUM_RE); what
#: stands before it is tested apart, as a pattern that opens with a look behind is tried everywhere
_BARE_WAN = re.compile("万(?=[^级])")
_NOT_BEFORE_WAN = frozenset("0123456789零〇一二两三四五六七八九十百千万亿几数上近约逾超余多")

#: a bare 百 or 千 and 来 or 把 (百来人, 千把块钱): about so many; not after a numeral (一千把椅子,
#: tested apart: a pattern that opens with a look behind is tried at every character)
_ABOUT = re.compile("([百千])[来來把]")
_NUMERAL_BEFORE = frozenset("0123456789零〇一二两兩三四五六七八九十百千万萬亿億几幾数數")
#: the measures an about-count takes, of them money, what may follow its money, and what ends the
#: words before a count: ``[figure_words]`` of ``patterns/words.toml`` (:mod:`.figure_lookups`)

#: a bare place before a numeral of the next place down and 八 (千八百, 千儿八百, 万儿八千, 百儿八十):
#: a thousand or so, said aloud; no figure. Not inside a written number (两千八百, 十万八千里)
_VAGUE_PLACE = re.compile(r"(?<![0-9零〇一二两兩三四五六七八九十百千万萬亿億几幾数數])([百千万])儿?$")
_NEXT_DOWN = {"百": "八十", "千": "八百", "万": "八千"}
#: the surnames and a nickname's prefixes that make such a place a name's: ``surnames`` of
#: ``[figure_words]`` (张千, 老万)
#: two numerals each doubled (三三两两, 千千万万, 一一二二): an idiom of a few or of many, no figure
_DOUBLED = re.compile(r"(.)\1(.)\2")


def bare_wan(doc: ArticleText) -> list[Candidate]:
    """万米, 万公里: a bare 万 before a unit of length is ten thousand of it (铺设万米污水管网);
    before other words 万 begins names and idioms (万人空巷, 万亩良田, 万元户) and stays out."""
    found = []
    for m in _BARE_WAN.finditer(doc.norm):
        if m.start() and doc.norm[m.start() - 1] in _NOT_BEFORE_WAN:
            continue
        hit = match_unit(doc, m.end())
        if hit is None or not isinstance(hit[1], UnitEntry) or hit[1].kind != "length":
            continue
        end = m.end() + len(hit[0])
        if doc.norm.startswith("级", end) or doc.is_blocked(m.start(), end):
            continue  # 万米级: a class of deep-sea craft, a name
        found.append(
            Candidate(
                m.start(), end, m.start(), m.end(), Decimal(10000), unit=hit[0], kind="length",
                entry=hit[1], unit_start=m.end(),
            )
        )  # fmt: skip
    return found


def about(sc: Scanner) -> list[Candidate]:
    """百来人, 千把块钱, 百來名: a bare 百 or 千 and 来 or 把, where a count stands (the text's start,
    after a mark or a word that leads a count) and before a measure of people, money or days, is
    about that many; read as the number 百来 (a place and its bound), its unit as any number's."""
    doc, norm = sc.doc, sc.doc.norm
    words = doc.rules.words.figures
    found: list[Candidate] = []
    for m in _ABOUT.finditer(norm):
        a, b = m.start(), m.end()
        if a and norm[a - 1] in _NUMERAL_BEFORE:
            continue  # 一千把椅子, 三百来人 (read by NUM_RE)
        hit = match_unit(doc, b)
        if hit is None or hit[0] not in words.about_units or doc.is_blocked(a, b):
            continue
        money = hit[0] in words.about_money
        if money and not norm.startswith("块钱", b) and word_tag(norm[b : b + len(hit[0]) + 1]):
            continue  # 百来元素科技, 张百来元旦, 陈百来块头: the unit begins a word of a name
        if not where_a_count_stands(norm, a, words) and not (money and _money_ends(norm, b, hit[0], words)):
            continue  # 张百来家, 王千把人送到: a name, not a count (挣千把块钱: money follows no name)
        value = Decimal(100 if m.group(1) == "百" else 1000)
        r = Reading(a, a, b, value, m.group(0), True, p=b, qualifier="approx")
        cand = sc.suffix.read(sc, r)
        if cand is not None and cand.unit is not None:
            found.append(cand)
    return found


def _money_ends(norm: str, b: int, unit: str, words: FigureLookups) -> bool:
    """Whether the money unit at ``b`` ends there: 块钱, or 元/块 before no letter that makes a
    word with it (千把元的, 百来块，; not 张百来元旦, 李千把元宝, 百来元素科技, 陈百来块头, 王千把块地)."""
    if unit == "块钱":
        return True
    nxt = norm[b + len(unit) : b + len(unit) + 1]
    return not nxt or not "\u4e00" <= nxt <= "\u9fff" or nxt in words.after_about_money


def where_a_count_stands(norm: str, a: int, words: FigureLookups) -> bool:
    """Whether what ends right before ``a`` leads a count: nothing or a mark, a word ending in a
    character of ``count_leads`` (有, 了, 现场, 村里), or a verb or an adverb of the dictionary
    (吸引, 带动, 大概, 大约); a surname ends none of them (张百来, 村民王千把人送到)."""
    prev = norm[a - 1 : a]
    if not prev or not "\u4e00" <= prev <= "\u9fff" or prev in words.count_leads:
        return True
    tag = word_tag(norm[max(0, a - 2) : a]) if a >= 2 else None
    return tag is not None and tag[:1] in ("v", "d")


def vague_place(norm: str, a: int, core: str, words: FigureLookups) -> bool:
    """千八百块, 千儿八百元, 百儿八十人, 万儿八千: the numeral at ``a`` (``core``) after a bare place
    one above it is a vague size, no figure (not 两千八百元, 一万八千人: one number; nor after a
    surname or a nickname's prefix: 张千八百元, 老万八千多块钱 are a name and a figure). ``words``: the
    rules' lookups (a user's surnames too)."""
    if core[:1] != "八" or a == 0:
        return False
    m = _VAGUE_PLACE.search(norm, max(0, a - 3), a)
    if m is None or _NEXT_DOWN[m.group(1)] != core:
        return False
    return norm[m.start() - 1 : m.start()] not in words.surnames  # 张千八百元: a name


def doubled(core: str) -> bool:
    """三三两两地, 千千万万: numerals each written twice are an idiom, not digits read one by one
    (三三两两 is no 3322)."""
    return len(core) == 4 and _DOUBLED.fullmatch(core) is not None


def plus_unit(doc: ArticleText, at: int) -> bool:
    """A unit after 3万+ that begins no longer word (not 1万+个人提成, 2万+人身险: a sum, no bound)."""
    hit, norm = match_unit(doc, at), doc.norm
    return hit is not None and not any(word_tag(norm[at : at + len(hit[0]) + k]) for k in (1, 2))
