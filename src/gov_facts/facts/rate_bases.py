"""The base of a rate written right before its figure: 意外率為每千名工人17.4宗.

A rate per head (工業意外率為每千名工人17.4宗, 萬車死亡率为每万辆车1.52人, 嬰兒死亡率為每千名活產
嬰兒4.2人, 每10万人口拥有执业医师32.6人) states its base between the verb and the figure: 每, a
number, perhaps a measure word, and the thing counted. That noun is the rate's denominator, not what
the figure measures; the subject is found as if the figure began at 每 (the rate named before it). A base
before a verb of its own (每千人口拥有医师3.2人) is left: what follows the verb is measured.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..rules.patterns import UnitEntry
from .candidate import Candidate
from .context import ArticleText

#: 每 right after the verb that states the rate (为, 达, 降至), a round base (千, 万, 10万, 1000) with
#: perhaps a measure word and its noun, up to the figure (每千人口拥有执业医师3.2人: 医师 is measured)
_BASE = re.compile(
    r"(?<=[为达至是约])每(?:[0-9]+(?:[,，][0-9]{3})*[十百千万]?|[十百千万]{1,2})[^\W\d_]{1,8}$"
)


def per_base(doc: ArticleText, c: Candidate) -> Candidate:
    """The figure as its subject is sought: from 每 when a rate's base stands right before it."""
    if doc.norm[c.start - 1 : c.start].isdigit() or "每" not in doc.norm[max(0, c.start - 12) : c.start]:
        return c
    m = _BASE.search(doc.norm, max(0, c.start - 14), c.start)
    return c if m is None else replace(c, start=m.start())


def without_price_measure(doc: ArticleText, subject: str | None) -> str | None:
    """猪肉、牛肉每公斤零售价分别为26元、72元: 每, perhaps a number, and a unit of measure inside the noun
    before a price is the price's denominator (元/公斤), no part of what is priced: 猪肉零售价. None
    where there is none."""
    at = subject.find("每", 1) if subject else -1
    if subject is None or at < 0:
        return None
    k = at + 1
    while k < len(subject) and subject[k].isdigit():
        k += 1  # 每500克
    for n in (3, 2, 1):  # the longest unit (公斤 before 公)
        if len(subject) - k - n >= 2 and isinstance(doc.rules.units.get(subject[k : k + n]), UnitEntry):
            return subject[:at] + subject[k + n :]
    return None
