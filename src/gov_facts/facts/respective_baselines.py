"""Earlier levels listed in brackets after a comparison, one for each figure before it
(全程完赛率为96.3%，半程完赛率为98.7%，均高于上届（分别为94.8%、97.9%）; 空置率為3.8%及5.2%，均低於上季
（分別為4.1%及5.6%））: the n-th figure of the bracket is the earlier level of the n-th of as many
figures of its kind before the bracket in the sentence, so it measures what that figure measures.
Part of the subject decision (:mod:`.subject_guard`)."""

from __future__ import annotations

import re

from .candidate import Candidate, Prior, since
from .context import ArticleText

#: an opened bracket, 分别 and a light verb, and the figures of the list so far up to the figure
_OPENED = re.compile(r"[（(]\s*分别(?:为|是|达)?[^（）()。；;]*$")
#: the figures a bracket lists: a number each (94.8%、97.9%; 4.1%及5.6%)
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def respective_baseline(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """The subject of the figure before the bracket that the n-th figure of a （分别为…） list is the
    earlier level of, when the bracket lists as many figures as stand before it; else None."""
    lo = max(0, c.start - 40)
    if doc.norm.find("分别", lo, c.start) < 0:
        return None  # the cheap test first: no 分别 near the figure
    m = _OPENED.search(doc.norm, max(0, c.start - 40), c.start)
    if m is None:
        return None
    opened = m.start()
    close = min((i for i in (doc.norm.find("）", c.end), doc.norm.find(")", c.end)) if i >= 0), default=-1)
    if close < 0 or close - opened > 60:
        return None
    listed = len(_NUMBER.findall(doc.norm, opened, close))
    ss, _ = doc.sentence(c.start)
    sentence = since(prev, ss)
    inside = [p for p in sentence if p[0].start > opened]
    before = [p for p in sentence if p[0].end <= opened and p[0].kind == c.kind and p[0].unit == c.unit]
    if listed < 2 or len(before) < listed or len(inside) >= listed:
        return None
    return before[-listed:][len(inside)][1]
