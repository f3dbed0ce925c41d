"""The change of a figure that a change of level moves to or from (session 11): 下调25个基点至3.25%—3.50%,
下跌约0.4%至98.2附近 (the level after a change's size and 至: change ``to``), 将从62岁逐步推迟至64岁 (the
level after 从/由 a figure and 至: ``to``), 增长预期从1.8%下调至1.6% (the old level: no change of its own,
whatever change word stands before it in the clause)."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .old_level import old_level
from .qualifier import change_of

_NUMBER = r"[0-9〇零一二两三四五六七八九十百千万亿]+(?:\.[0-9]+)?"
#: a change's size, its unit and 至/到 right before the figure (下调25个基点至, 下跌约0.4%至)
_SIZE_THEN_TO = re.compile(_NUMBER + r"[^，,。；;0-9]{0,5}?(?:至|到)(?:约|近)?$")
#: 从/由 and a figure earlier in the clause, then 至/到 right before this one (从62岁逐步推迟至)
_FROM_THEN_TO = re.compile(
    r"[从由][^，,。；;0-9]{0,10}?" + _NUMBER + r"[^，,。；;0-9]{0,10}?(?:至|到)(?:约|近)?$"
)


def moved_change(doc: ArticleText, c: Candidate, clause_before: str, change: str | None) -> str | None:
    """The change ``figure_change`` read, set right for a level reached or left by a change."""
    if not clause_before or clause_before[-1] not in "至到约近":
        return None if change and old_level(doc, c) else change  # most figures: one look at a character
    size = _SIZE_THEN_TO.search(clause_before)
    if size is not None and change_of(clause_before[: size.start()], doc.rules) in ("increase", "decrease"):
        return "to"  # the change word right before the size (下行6个基点至): read up to the size
    if change is None and _FROM_THEN_TO.search(clause_before) is not None:
        return "to"
    return change
