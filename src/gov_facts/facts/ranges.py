"""Ranges: A至B, A到B, A-B, A~B, A—B with the scale and unit applied to both ends (四到五万 ->
40000-50000, 10-15万元, 15%至20%, 2万(含)-8万元), and adjacent numerals (七八亿, 五六十个, 六七成,
十七八万, 一两个), which are an approximate range."""

from __future__ import annotations

import re
from decimal import Decimal

from .context import ArticleText
from .numerals import NumberFormatError, parse_number, scale_value
from .text import NUM_RE, RANGE_SEP, SCALES
from .units import Entry, read_number, unit_after

#: two neighbouring digits, after 十 for the teens, before an optional place: 七八亿, 十七八万
_ADJACENT = re.compile(r"(十)?([一两二三四五六七八九])([两二三四五六七八九])([十百千]?[万亿]?|[十百千])")
_ORDER = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def second_end(doc: ArticleText, pos: int) -> tuple[Decimal, int, int, str] | None:
    """The far end of a range whose separator starts at ``pos``: (value, core start, core end,
    core text), or None when no separator and number follow."""
    m_sep = RANGE_SEP.match(doc.norm, pos)
    if not m_sep:
        return None
    share = doc.norm.startswith("百分之", m_sep.end())
    m2 = NUM_RE.match(doc.norm, m_sep.end() + (3 if share else 0))
    if m2 is None:
        return None
    read2 = read_number(doc, m2)
    if read2 is None:
        return None
    return read2[0], m2.start(), m2.end(), m2.group(0)


def to_unit(
    doc: ArticleText, value: Decimal, core: str, p: int
) -> tuple[Decimal, Decimal, int, int, str, Entry] | None:
    """3至5年, 10-15万元, 四到五万人: a number without a unit at ``p``, a range mark, a number
    with one. Returns (low, high, end of the second core, unit start, unit, entry); the second
    end's scale applies to the first when the first has none."""
    found = _range(doc, value, core, p, need_unit=True)
    if found is None:
        return None
    low, high, num_end, unit_start, unit, entry = found
    if unit is None or entry is None:
        return None
    return low, high, num_end, unit_start, unit, entry


def bare(doc: ArticleText, value: Decimal, core: str, p: int) -> tuple[Decimal, Decimal, int] | None:
    """四到五万, 3-5: a range of numbers with no unit (for reading quantities): (low, high, end)."""
    found = _range(doc, value, core, p, need_unit=False)
    if found is None or found[4] is not None:
        return None
    return found[0], found[1], found[2]


def _range(
    doc: ArticleText, value: Decimal, core: str, p: int, need_unit: bool
) -> tuple[Decimal, Decimal, int, int, str | None, Entry | None] | None:
    end2 = second_end(doc, p)
    if end2 is None:
        return None
    high, _, e2, core2 = end2
    trailing = len(core2) - len(core2.rstrip(SCALES))
    hit = unit_after(doc, e2, trailing)
    give, unit, entry = (0, "", None) if hit is None else hit
    if hit is None and (need_unit or high <= value):
        return None
    try:
        if give:
            high = parse_number(core2[: len(core2) - give])
    except NumberFormatError:
        return None
    low = value
    scale2 = core2[len(core2.rstrip(SCALES)) : len(core2) - give] if trailing else ""
    if scale2 and core == core.rstrip(SCALES):
        factor = scale_value(scale2)
        if factor is None:
            return None
        low = value * factor
    if unit == "年" and (low >= 1000 or high >= 1000):
        return None
    return low, high, e2 - give, e2 - give, unit or None, entry


def adjacent(core: str) -> tuple[Decimal, Decimal] | None:
    """Adjacent numerals as a range: 七八亿 -> 7亿-8亿, 五六十 -> 50-60, 十七八 -> 17-18, 一两 -> 1-2.

    The two digits must be neighbours (七八, not 七九): anything else is not a number.
    """
    m = _ADJACENT.fullmatch(core)
    if m is None:
        return None
    teen, d1, d2, place = m.groups()
    lo, hi = _ORDER[d1], _ORDER[d2]
    if hi != lo + 1:
        return None
    if teen:
        if place and place not in ("万", "亿"):
            return None  # 十七八百: not a way to write a number
        lo, hi = lo + 10, hi + 10
    scale = scale_value(place) if place else Decimal(1)
    if scale is None:
        return None
    return Decimal(lo) * scale, Decimal(hi) * scale
