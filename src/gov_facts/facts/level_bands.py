"""Ranges read with 级 or 期 that name levels or phases rather than state a figure: part of the scan
(:mod:`.scan`, with :mod:`.no_figure`'s other numbers that state no figure)."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .no_figure import DIGIT  # an Arabic digit among a figure's own characters

#: the name of a graded scale right before a band of its grades, written in Latin letters (CPC 1-2級,
#: GCS 3-8级, ASA 1-2级, NYHA 2-3级): two letters or more, so a magnitude (M6.5级) is no scale's name
_SCALE_NAME = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,8}[ \u3000]?$")
#: what a band of levels names after it (1-2级应急响应, 启动3至4级响应): the levels of a response
_RESPONSE = ("响应", "应急响应")


def range_of_names(doc: ArticleText, c: Candidate) -> bool:
    """一至四级残疾军人, 残疾等级为五至十级的, 一至三期工程, 风力四至五级: a range in Chinese numerals
    before a word that makes a count only after Arabic digits (``needs_number``: 级, 期) is a band of
    levels or of phases by name, as 四级应急响应 and 二期工程 are one; it states no figure. A range in
    digits (3.0至4.5级地震, 4至5级风) stays one, unless it is a band of grades of a scale named in Latin
    letters right before it (腦功能良好（CPC 1-2級）) or of the levels of a response (1-2级应急响应):
    grades by name, as Ⅳ级 is."""
    if c.low is None or c.entry is None or not c.entry.needs_number or c.kind == "duration":
        return False  # 持續約四至六星期: a span of weeks is a figure
    start = c.unit_start if c.unit_start > c.start else c.end
    if DIGIT.search(doc.norm, c.start, start) is None:
        return True
    if c.unit not in ("级", "級"):
        return False
    return (
        doc.norm.startswith(_RESPONSE, c.end)
        or _SCALE_NAME.search(doc.norm, max(0, c.start - 9), c.start) is not None
    )
