"""What of a figure's clause the change decision (:func:`.qualifier.figure_change`) reads: a figure in
brackets that converts the figure before it reads that figure's clause, a reaching verb under a
negation reaches nothing, and two halves of a result's name (减税降费) name no change."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .tagging import word_tag

#: a figure with its unit and an opening bracket ending the clause before (增加42.6万吨（ before 8.52亿斤）)
_FIGURE_THEN_BRACKET = re.compile(r"[0-9][0-9.,]*[万亿萬億千百]?[^\W\d_]{0,4}\s*[（(]$")


def converted(doc: ArticleText, c: Candidate, clause_before: str) -> str:
    """比2024年增加42.6万吨（8.52亿斤）, 新增耕地1.2万亩（800公顷）: a figure that alone fills a bracket
    right after another figure converts it to another unit, and states that figure's change; it reads
    the clause up to the figure it converts (elsewhere the clause as it is)."""
    if not clause_before.endswith(("（", "(")) or not doc.norm.startswith(("）", ")"), c.end):
        return clause_before  # the cheap test first: no bracket that the figure alone fills
    m = _FIGURE_THEN_BRACKET.search(clause_before)
    return clause_before[: m.start()] if m is not None else clause_before


#: a reaching verb under a negation (未达到1:3开考比例, 尚未达到60%, 沒有達到): no level was reached
_NOT_REACHED = re.compile(r"(?:未能|尚未|未|没有|没)(?:达到|达)")


def not_reached(clause_before: str) -> str:
    """The clause with a negated reaching verb masked (未达到1:3开考比例: no change ``to``)."""
    if "未" not in clause_before and "没" not in clause_before:
        return clause_before
    return _NOT_REACHED.sub(lambda m: "□" * len(m.group(0)), clause_before)


#: two verb-object halves of change or saving (增收节支, 降本增效, 增产增收, 减员增效): four characters that,
#: when the dictionary holds them, name a kind of result; its amount, no change (促进增收节支…5.84亿元);
#: two cuts (减税降费, 降费减负) name the relief policy whether the dictionary holds them or not
_PAIRED_NAME = re.compile(r"[增减降节提扩省开增][^\W\d_][增减降节提扩省增][^\W\d_]")
_CUTS = "减降"


def _masked_name(m: re.Match[str]) -> str:
    w = m.group(0)
    named = (w[0] in _CUTS and w[2] in _CUTS) or word_tag(w) is not None
    return "□" * len(w) if named else w


def without_paired_names(clause_before: str) -> str | None:
    """The clause with the paired names of results masked, or None when it holds none."""
    if _PAIRED_NAME.search(clause_before) is None:
        return None
    return _PAIRED_NAME.sub(_masked_name, clause_before)
