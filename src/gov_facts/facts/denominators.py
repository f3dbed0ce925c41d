"""The denominator written after a unit (元/吨, 吨标准煤/万元, 千克/亩·年, 人次/公里·日, km/h, 元/生·天):
how far it runs. Part of the unit reading (:mod:`.suffixes`, :mod:`.ranges` ask it after a unit)."""

from __future__ import annotations

import re

from .context import ArticleText
from .units import PER_TIME, alnum, kind_of, match_unit

_PER_JOIN = "·•.・/"
#: a student as the denominator of a school's rate (元/生·年, 生均 written out): no unit nor measure word
_PER_STUDENT = "生"


def _opens_a_word(norm: str, at: int) -> bool:
    """Whether a Chinese character other than a time word follows at ``at`` (生产, not 生·年 or 生年)."""
    nxt = norm[at : at + 1]
    return "\u4e00" <= nxt <= "\u9fff" and nxt not in "年月日天"


def _per_part(doc: ArticleText, pos: int) -> int:
    """The end of one part of a per-unit denominator at ``pos`` (万元, 亩, 公里, 日, m³), or ``pos``."""
    norm = doc.norm
    whole = match_unit(doc, pos)  # 千瓦时, 千克: a unit that opens with a scale's character
    q = pos
    while q < len(norm) and norm[q] in "十百千万亿" and q - pos < 2:
        q += 1
    hit = match_unit(doc, q)
    if hit is not None or whole is not None:
        return max(q + len(hit[0]) if hit is not None else pos, pos + len(whole[0]) if whole else pos)
    if norm.startswith(_PER_STUDENT, q) and not _opens_a_word(norm, q + len(_PER_STUDENT)):
        return q + len(_PER_STUDENT)  # 4元/生·天, 3300元/生·年: per student, as school funding writes it
    for word in PER_TIME:
        if norm.startswith(word, q) and not (
            alnum(word[-1]) and alnum(norm[q + len(word) : q + len(word) + 1])
        ):
            return q + len(word)
    return pos


#: the brackets a denominator that is a product may stand in (元/（人·月）)
_OPEN = "（("
_CLOSE = "）)"
#: the quantity a price is given per, as price bulletins write it (元/500克, 元/100公斤, 元/50千克):
#: a one or a five and its zeros, no scale after it (1.2亿元/5亿元 are two amounts)
_PER_QUANTITY = re.compile(r"(?:[15]0{0,3})(?![0-9.,十百千万亿])")


def _bracketed(doc: ArticleText, pos: int) -> int:
    """The end of a denominator written as a product in brackets from ``pos`` (人·月）, 吨·公里),
    past its closing bracket; the slash before it (``pos`` - 2) when it is none."""
    end = _per_part(doc, pos)
    if end == pos:
        return pos - 2
    while doc.norm[end : end + 1] in tuple(_PER_JOIN):
        nxt = _per_part(doc, end + 1)
        if nxt == end + 1:
            return pos - 2
        end = nxt
    return end + 1 if doc.norm[end : end + 1] in _CLOSE else pos - 2


def _kind_before(doc: ArticleText, pos: int) -> str | None:
    """The kind of the unit that ends right before the slash at ``pos`` (元 of 元/500克), or None."""
    for size in range(min(4, pos), 0, -1):
        entry = doc.rules.units.get(doc.norm[pos - size : pos])
        if entry is not None:
            return kind_of(entry)
    return None


def _numbered(doc: ArticleText, pos: int) -> int:
    """The end of a denominator that is a round quantity of a unit from ``pos`` (500克 of
    元/500克, 100公里 of 元/100公里), or ``pos``; not a term (5万元/5年), nor a quantity of the
    numerator's own kind or a share: 完成3个/5个, 入住45户/50户, 50%/100% are done and total, two
    figures (a price is per a quantity of another kind)."""
    m = _PER_QUANTITY.match(doc.norm, pos)
    if m is None:
        return pos
    hit = match_unit(doc, m.end())
    if hit is None:
        return pos
    kind = kind_of(hit[1])
    if kind in ("duration", "percent") or kind == _kind_before(doc, pos - 1):
        return pos  # 5万元/5年: an amount over a term; 3个/5个, 50%/100%: done of a total
    return m.end() + len(hit[0])


def per_unit_after(doc: ArticleText, pos: int) -> int:
    """The end of a denominator written after a unit (元/吨, 吨标准煤/万元, 千克/亩·年, 人次/公里·日,
    km/h, μg/m³), or ``pos`` when none follows."""
    norm = doc.norm
    mark = norm[pos : pos + 1]
    if mark == "每":  # 100公里每小时
        for word in ("小时", "秒钟", "秒", "分钟", "天", "日"):
            if norm.startswith(word, pos + 1):
                return pos + 1 + len(word)
        return pos
    if mark not in ("/", "／"):
        return pos
    if norm[pos + 1 : pos + 2] in _OPEN:  # 元/（人·月）, 万元/(人·年): a product in brackets
        return _bracketed(doc, pos + 2)
    end = _per_part(doc, pos + 1)
    if end == pos + 1:
        end = _numbered(doc, pos + 1)  # 元/500克, 元/100公斤: a price per a quantity
    if end == pos + 1:
        return pos
    while True:
        # 亩·年, 公里·日, and written without a mark: 元/人月
        if norm[end : end + 1] in tuple(_PER_JOIN):
            nxt = _per_part(doc, end + 1)
            if nxt == end + 1:
                return end
        else:
            nxt = _time_part(norm, end)
            if nxt == end:
                return end
        end = nxt


def _time_part(norm: str, pos: int) -> int:
    """A time word right after a denominator (元/人月, 元/吨日): its end, or ``pos``."""
    for word in ("年", "月", "日", "天"):
        if norm.startswith(word, pos):
            return pos + 1
    return pos
