"""A standard a figure is compared against: 樓宇火警召喚的召達時間達標率為92.8%，高於92.5%的服務承諾.

After a comparison word (高于, 低于, 优于: ``comparison_words``), a figure followed by 的 and a noun
of a standard (服务承诺, 考核目标, 警戒线: ``compared_standards`` in ``patterns/words.toml``) is
that standard's own level: its subject is the standard, its qualifier exact (高于 compares the rate
before it with the standard; it bounds nothing). 超过90%的企业 (a bound on a share of things) is no
standard: its noun is no standard's.
"""

from __future__ import annotations

from .candidate import Candidate
from .context import ArticleText

#: how far before the figure its comparison word may begin (高于, 优于约, 低于上年同期)
_REACH = 6


def compared_standard(doc: ArticleText, c: Candidate) -> tuple[str, str] | None:
    """The standard the figure is the level of (服务承诺) and the figure's qualifier (exact, or what a
    word after it says: 5.5%左右的预期目标), or None."""
    if "的" not in doc.norm[c.end : c.end + 4]:
        return None  # the cheap cue: 的 right after the figure or after its qualifier (左右的)
    end, qualifier = c.end, "exact"
    for word, q in doc.rules.qual_after:
        if doc.norm.startswith(word, end):
            end, qualifier = end + len(word), q
            break
    if doc.norm[end : end + 1] != "的":
        return None
    m = doc.rules.standard_after.match(doc.norm, end)
    if m is None:
        return None
    cs, _ = doc.clause(c.start)
    if doc.rules.comparison_tail.search(doc.norm, max(cs, c.start - _REACH), c.start) is None:
        return None
    return m.group(1), qualifier
