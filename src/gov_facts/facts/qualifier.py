"""Qualifier (约, 以上, 不足…), change (增长, 下降, 增至) and comparison basis (同比, 环比) of a figure."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .units import ends_with


def qualifier_of(doc: ArticleText, c: Candidate) -> str:
    if c.qualifier != "exact":
        return c.qualifier
    s, _ = doc.clause(c.start)
    before = doc.norm[s : c.start]
    hit = ends_with(before, doc.rules.qual_before)
    if hit is None and before[-1:] in ("有", "为", "达", "是", "了"):
        hit = ends_with(before[:-1], doc.rules.qual_before)
    if hit is not None:
        return hit[1]
    after = doc.norm[c.end : c.end + 4]
    for w, q in doc.rules.qual_after:
        if after.startswith(w):
            return q
    return "exact"


#: what makes a change word part of a noun: 增长率, 增长点, 增长的贡献率, 增产贡献率
CHANGE_IN_A_NOUN = re.compile(r"的|[^，,。；;0-9%％]{0,2}[值率点]")


def nearest_word(
    text: str, words: tuple[tuple[str, str], ...], exclude_next: re.Pattern[str] | None = None
) -> str | None:
    """The tag of the word that ends nearest the end of ``text`` (the longest where two end
    together), passing over an occurrence that ``exclude_next`` matches right after."""
    best: tuple[int, int, str] | None = None
    present = set(text)
    for w, tag in words:
        if w[0] not in present:
            continue
        i = text.rfind(w)
        while i >= 0:
            if exclude_next is None or not exclude_next.match(text, i + len(w)):
                key = (i + len(w), len(w), tag)
                if best is None or key[:2] > best[:2]:
                    best = key
                break
            i = text.rfind(w, 0, i)
    return best[2] if best else None
