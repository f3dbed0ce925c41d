"""Where a unit found after a number ends (:func:`.units.unit_after` asks): a measure word and 次
counts things times occasions (92.5万册次), a pair of measure words is the first alone where the
second opens a word (1.2万头只是起步), a one-character unit that opens a verb of change (98.5升至)
measures nothing."""

from __future__ import annotations

import re

from ..rules.patterns import MeasureWord, UnitEntry
from .context import ArticleText
from .tagging import word_tag

Entry = UnitEntry | MeasureWord


#: the tags of a word that the second of two measure words opens, so that it is no measure (只是, 只有,
#: 只能): a conjunction, a verb or an adverb
_OPENS_A_CLAUSE = frozenset({"c", "v", "d"})


#: jieba tag of an adverb alone (只: only), a second measure word that opens words of any kind
_ADVERB = "d"
#: what may follow such a pair read whole (56万头只的, 1万头只以上, 3万头只左右, 5万头只和家禽)
_ENDS_A_PAIR = ("的", "以", "左右", "等", "和", "及")


def first_of_two(doc: ArticleText, core_end: int, hit: tuple[int, str, Entry]) -> tuple[int, str, Entry]:
    """A measure word of two (头只 of 牛羊存栏56万头只) whose second character opens a conjunction or a
    verb with the next (1.2万头只是起步: 只是) is the first alone, where the first is one of its own.
    A second character that is an adverb alone (只: only) opens words a dictionary does not hold
    (只比, 只增加, 只需要): the pair is whole only before a word that ends it (的, 以, 左右, 等)."""
    give, word, _ = hit
    last = core_end - give + 1
    if not ("\u4e00" <= doc.norm[last + 1 : last + 2] <= "\u9fff"):
        return hit  # the cheap test first: most counts end their clause (3.2万人次，)
    first = doc.rules.units.get(word[0])
    if not isinstance(first, MeasureWord):
        return hit
    if word_tag(word[1]) == _ADVERB:  # 3万头只增加了200头: 头, then 只增加
        return hit if doc.norm.startswith(_ENDS_A_PAIR, last + 1) else (give, word[0], first)
    if word_tag(doc.norm[last : last + 2]) in _OPENS_A_CLAUSE:
        return give, word[0], first
    return hit


#: the last characters of a verb of change to a level of two (升至, 升为)
_TO_ENDS = ("至", "到", "为")
#: the figure after a verb of change, with the unit it may repeat (由50升至100升: a range of litres)
_NEXT_FIGURE = re.compile(r"[0-9][0-9.,]*")


def opens_a_change(doc: ArticleText, at: int, unit: str) -> bool:
    """Whether a verb of change to a level (升至, 升为) begins at ``at``, where a one-character unit
    stands (由98.5升至101.2); not where the level after it repeats the unit (由50升至100升)."""
    if doc.norm[at + 1 : at + 2] not in _TO_ENDS:
        return False  # the cheap test first: a verb of change of two characters ends in 至, 到 or 为
    m = doc.rules.change_to.match(doc.norm, at)
    if m is None:
        return False
    nxt = _NEXT_FIGURE.match(doc.norm, m.end())
    return nxt is not None and not doc.norm.startswith(unit, nxt.end())


def times_counted(norm: str, core_end: int, hit: tuple[int, str, Entry]) -> tuple[int, str, Entry]:
    """A measure word and 次 (92.5万册次, 3.4万架次, 850户次, 5.6万人·次) counts things times occasions:
    the whole word is the unit, listed or not; not where 次 opens a word of its own (3个次要问题)."""
    give, word, entry = hit
    at = core_end - give + len(word)
    if norm.startswith("·次", at) and not word.endswith("次"):
        return give, word + "·次", entry  # 5.6万人·次, 1.2万户·次: the same with a dot between
    if norm[at : at + 1] != "次" or word.endswith("次") or word_tag(norm[at : at + 2]) is not None:
        return hit
    return give, word + "次", entry
