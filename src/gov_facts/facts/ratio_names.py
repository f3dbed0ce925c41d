"""The name of a ratio that ends in 比 (城乡居民收入比由2.5:1缩小到2.3:1, 城乡收入比为2.3:1, 投入产出比达
1:4.6): there 比 is the head of the noun, not a comparison word, and stays in the subject. Part of
the subject decision (:mod:`.ranked_subject`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate
from .context import ArticleText
from .noun_phrase import noun_run_before

#: what may stand between a ratio's 比 and the ratio: the old ratio (由2.5:1), a verb or preposition
#: that states it (为, 达, 缩小到, 降至), nothing at all (师生比1:13); never a baseline (比上年)
_BETWEEN = re.compile(
    r"(?:(?:由|从)[0-9.]+[:：][0-9.]+)?(?:由|从|为|是|达到|达|约为|约|已|仍|进一步)?"
    r"(?:缩小|扩大|降低|下降|上升|提高|降|升|保持|维持|稳定)?(?:到|至|为|在)?"
)


def ratio_name(doc: ArticleText, c: Candidate) -> str | None:
    """The noun a ratio's 比 closes, with 比: the ratio is what the figure measures. The second
    figure of 由…缩小到… reads the same name past the first figure. 比 after 对, 相 or 之 is no
    ratio's head (对比, 相比, 之比)."""
    cs, _ = doc.clause(c.start)
    head = doc.norm.rfind("比", cs, c.start)
    if head <= cs or doc.norm[head - 1] in "对相之" or not "\u4e00" <= doc.norm[head - 1] <= "\u9fff":
        return None
    if _BETWEEN.fullmatch(doc.norm, head + 1, c.start) is None:
        return None
    noun = noun_run_before(doc, replace(c, start=head))[0]
    if not noun or not doc.shadow.startswith(noun, head - len(noun)):
        return None
    return noun + doc.shadow[head]
