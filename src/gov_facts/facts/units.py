"""The unit or measure word after a number, and what kind of quantity it makes."""

from __future__ import annotations

import re
from decimal import Decimal

from ..rules.patterns import MeasureWord, UnitEntry
from .context import ArticleText
from .numerals import NumberFormatError, parse_number
from .tagging import pos_tag


def match_unit(doc: ArticleText, pos: int) -> tuple[str, UnitEntry | MeasureWord] | None:
    for n in doc.rules.unit_lengths:
        word = doc.norm[pos : pos + n]
        entry = doc.rules.units.get(word)
        if entry is not None and len(word) == n:
            return word, entry
    return None


def read_number(doc: ArticleText, m: re.Match[str]) -> tuple[Decimal, int, int, bool] | None:
    """Value, start, end of the number core and whether it is a bare Chinese numeral."""
    try:
        value = parse_number(m.group(0))
    except NumberFormatError:
        return None
    return value, m.start(), m.end(), m.group("cn") is not None


def unit_after(
    doc: ArticleText, core_end: int, scale_chars: int
) -> tuple[int, str, UnitEntry | MeasureWord] | None:
    """The unit after a number, giving back trailing scale characters when that finds a
    longer unit (5千米 is 5 km, not 5000 m; 30万千瓦 is 30万 kW)."""
    best: tuple[int, str, UnitEntry | MeasureWord] | None = None
    for give in range(0, scale_chars + 1):
        hit = match_unit(doc, core_end - give)
        if hit and (best is None or len(hit[0]) > len(best[1])):
            best = (give, hit[0], hit[1])
    return best


def inside_word(norm: str, a: int, unit_end: int) -> bool:
    """Whether jieba reads the numeral at ``a`` as the start of a longer word that runs past
    its unit (a place name or an idiom), rather than as a number with a measure word."""
    toks = pos_tag(norm[a : unit_end + 4])
    return bool(toks) and toks[0][1] != "m" and len(toks[0][0]) > unit_end - a


def kind_of(entry: UnitEntry | MeasureWord) -> str:
    """A unit's kind; a measure word makes a count."""
    return entry.kind if isinstance(entry, UnitEntry) else "count"


def ends_with(text: str, words: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    for w, tag in words:
        if text.endswith(w):
            return w, tag
    return None
