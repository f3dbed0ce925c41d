"""The level a change starts from (将由每月1800元提高至2000元: 1800元; 较112年期的7,960公吨增加约19%:
7,960公吨): what is now or was, so never planned, whatever plan governs the change (:mod:`.status`)."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .qualifier import sets_new_level

#: 由/从 right before an old level, a few characters before its figure (由每月1800元, 从目前6个月)
_FROM = re.compile(r"[由从][^，,。；;由从]{0,8}$")


#: 较112年期的, 比上年同期的, 较2020年之: the level a figure is compared with, right before it
_COMPARED_LEVEL = re.compile(r"(?:较|比)[^，,。；;较比0-9]{0,3}[0-9]{0,4}[^，,。；;较比0-9]{0,5}[的之]$")
#: what the text before the figure ends with when that pattern can match (``$`` may stand before a \n)
_LEVEL_ENDS = ("的", "之", "的\n", "之\n")


def old_level(doc: ArticleText, c: Candidate) -> bool:
    """The figure is the level a change starts from: 由/从 before it, 到/至 or a new-level verb after;
    or the level it is compared with (预估总产量约9,480公吨，较112年期的7,960公吨增加约19%)."""
    cs, ce = doc.clause(c.start)
    compared = doc.norm.endswith(_LEVEL_ENDS, max(cs, c.start - 14), c.start)  # the cheap test first
    if compared and _COMPARED_LEVEL.search(doc.norm, max(cs, c.start - 14), c.start) is not None:
        return True
    if _FROM.search(doc.norm, max(cs, c.start - 9), c.start) is None:
        return False
    return sets_new_level(doc.norm[c.end : ce], doc.rules)
