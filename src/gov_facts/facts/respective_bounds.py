"""A bound written once after the last of figures listed after 分别 (小学、初中班额分别控制在45人、50人以内,
分别达到2200万千瓦和3500万千瓦以上): it bounds each figure of the list, as a bound before the list does
(:mod:`.qualifier`'s listed figures). Asked by :func:`.qualifier.qualifier_of` only of a figure with
no bound of its own, and only when 分别 stands before it in its clause.
"""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText

#: the figures after this one, to the last (、50人, 和3500万千瓦): a join, a number, a unit of a few
#: characters; what follows the match is the last figure's bound, if any
_NUM = r"[0-9.,零〇一二两三四五六七八九十百千万亿]+"
_LATER_FIGURES = re.compile(rf"(?:[^\s、，,。；;0-9和及与]{{0,4}}[、和及与][约近]?{_NUM})+")
#: the last figure's unit (a few characters, no break)
_UNIT_REACH = 4
#: the word that lists figures one to each thing named before
_RESPECTIVE = "分别"


def respective_bound(doc: ArticleText, c: Candidate) -> str | None:
    """The qualifier a bound after the list's last figure gives this one, or None."""
    nxt = doc.norm[c.end : c.end + 1]
    if nxt not in ("、", "和", "及", "与"):
        return None  # the cheap test first: no figure listed right after this one (most figures)
    cs, _ = doc.clause(c.start)
    if _RESPECTIVE not in doc.norm[cs : c.start]:
        return None
    m = _LATER_FIGURES.match(doc.norm, c.end)
    if m is None:
        return None
    after = doc.norm[m.end() : m.end() + _UNIT_REACH + 3]
    for k in range(min(_UNIT_REACH, len(after)) + 1):
        if after[k - 1 : k] in ("，", ",", "。", "；", ";", "、"):
            break
        for w, q in doc.rules.qual_after:
            if after.startswith(w, k):
                return q
    return None
