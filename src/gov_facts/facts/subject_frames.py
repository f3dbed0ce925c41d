"""A basis a change is reckoned from (按现行标准, 按照上年水平, 按2023年水平) is no subject: what changes
is the noun before the frame; nor is a word inside a from-phrase (价格由均价1.3万元降至700元). Part of
the subject decision (:mod:`.subject_review` asks when 按 stands near the figure, :mod:`.subject` of
an old level)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate
from .context import ArticleText
from .noun_phrase import noun_run_before
from .qualifier import sets_new_level

#: a basis frame and what may stand between it and the figure (平均提高, 上調): no digit, a few words
_BASIS_FRAME = re.compile(r"按照?[^，,。；;按]{0,10}?(?:标准|水平|基数)(?:的?基础上)?[^，,。；;0-9]{1,6}$")


def named_before_basis(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """残疾抚恤金标准按现行标准平均提高5%, 綜援標準金額按現行水平上調5.1%: the noun before a basis
    frame is what the figure changes; the frame's own noun (现行标准, 水平) is the basis."""
    cs, _ = doc.clause(c.start)
    m = _BASIS_FRAME.search(doc.norm, max(cs, c.start - 24), c.start)
    if m is None or m.start() <= cs:
        return None
    named = noun_run_before(doc, replace(c, start=m.start()))[0]
    if not named or len(named) < 2 or (subject and named in subject):
        return None  # no noun before the frame, or the subject holds it already
    return named


#: 由均价, 从平均, 由原来: a from-phrase of a few words and no 的 before the old level
_FROM_WORD = re.compile(r"(?:由|从|從)[^，,。；;由从從的0-9]{1,4}$")


def named_before_from(doc: ArticleText, c: Candidate) -> str | None:
    """价格由均价1.3万元左右降至700元左右: a word inside the from-phrase of an old level (均价, 平均,
    原来) says how that level is read; what changes is the noun before 由, which the new level takes
    too."""
    cs, ce = doc.clause(c.start)
    inside = _FROM_WORD.search(doc.norm, max(cs, c.start - 5), c.start)
    if inside is None or inside.start() <= cs or not sets_new_level(doc.norm[c.end : ce], doc.rules):
        return None
    return noun_run_before(doc, replace(c, start=inside.start()))[0]
