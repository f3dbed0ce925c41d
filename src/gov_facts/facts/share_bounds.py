"""强 and 弱 right after a share (三分之一强, 五成弱, 30%强: session 13): a little more or a little less
than the share, as 余 and 不足 say of other figures. Only after a share: after a count 强 names a
ranking (500强, 百强县)."""

from __future__ import annotations

from .candidate import Candidate
from .context import ArticleText
from .respective_bounds import respective_bound
from .shares import STRONG_WORDS

#: the bound each word sets (强: a little more, as 余 and 多 at_least; 弱: a little less, as 不足)
_BOUNDS = {"强": "at_least", "弱": "less_than"}


def share_bound(doc: ArticleText, c: Candidate) -> str | None:
    """The bound 强 or 弱 sets right after a share, or none."""
    if c.kind != "percent" or (doc.norm[c.end + 1 : c.end + 2] or "。") in STRONG_WORDS:
        return None  # 三成强化措施: 强 begins a word
    return _BOUNDS.get(doc.norm[c.end : c.end + 1])


def bound_after(doc: ArticleText, c: Candidate) -> str | None:
    """A bound set after the figure by no word of its own: a list's (分别控制在45人、50人以内, each
    figure bounded by the 以内 after the last) or a share's (三分之一强)."""
    return respective_bound(doc, c) or share_bound(doc, c)
