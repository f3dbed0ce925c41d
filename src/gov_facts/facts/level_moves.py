"""The change of a figure that a change of level moves to or from (session 11): 下调25个基点至3.25%—3.50%,
下跌约0.4%至98.2附近 (the level after a change's size and 至: change ``to``), 将从62岁逐步推迟至64岁 (the
level after 从/由 a figure and 至: ``to``), 增长预期从1.8%下调至1.6% (the old level: no change of its own,
whatever change word stands before it in the clause); and the change a figure is named the size of
after it (錄得3.6%的按年升幅, 录得2.1%的跌幅: session 13)."""

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
#: 的, a basis and a word of a change's size right after the figure (3.6%的按年升幅, 2.1%的跌幅, 0.5%的
#: 按季跌幅, 5%的同比增幅): Hong Kong's and Macau's way of saying the figure is the rise or the fall
#: or a change word as a noun (实现8.2%的增长, 5.2%的同比增长: not 的增长率, 的增长点)
_SIZE_AFTER = re.compile(
    r"的(?:按年|按月|按季|同比|环比)?(?:实质)?(?:([升增涨跌降减])幅|(增长|上升|上涨|增加|下降|下跌|减少|回落|回升|负增长))"
    r"(?![率点速值面])"
)


def moved_change(doc: ArticleText, c: Candidate, clause_before: str, change: str | None) -> str | None:
    """The change ``figure_change`` read, set right for a level reached or left by a change."""
    if change is None and doc.norm.startswith("的", c.end):
        change = _size_named_after(doc, c)
    if not clause_before or clause_before[-1] not in "至到约近":
        return None if change and old_level(doc, c) else change  # most figures: one look at a character
    size = _SIZE_THEN_TO.search(clause_before)
    if size is not None and change_of(clause_before[: size.start()], doc.rules) in ("increase", "decrease"):
        return "to"  # the change word right before the size (下行6个基点至): read up to the size
    if change is None and _FROM_THEN_TO.search(clause_before) is not None:
        return "to"
    return change


def _size_named_after(doc: ArticleText, c: Candidate) -> str | None:
    """The change a figure is the size of when a word of a change's size follows it (錄得3.6%的按年升幅:
    increase; 录得1.2%的按月跌幅, 出现3.1%的负增长: decrease)."""
    m = _SIZE_AFTER.match(doc.norm, c.end)
    if m is None:
        return None
    if m.group(1) is None:
        return change_of(m.group(2), doc.rules)
    return "increase" if m.group(1) in "升增涨" else "decrease"
