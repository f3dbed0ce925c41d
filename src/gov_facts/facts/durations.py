"""Whether years and months after a number measure something (建设5年, a figure) or place it in
time (近三年, 未来5年: a window, no figure). Part of reading what follows a number
(:mod:`.suffixes`)."""

from __future__ import annotations

from .context import ArticleText
from .reading import Reading
from .tagging import pos_tag

#: the units a time window is counted in
WINDOW_UNITS = ("年", "个月", "个季度")
#: what may follow 近N年 to make it a window wherever it stands (近三年来, 近5年内, 近3年的)
_WINDOW_AFTER = "来以内中里间的（("


def measures(doc: ArticleText, r: Reading) -> bool:
    """Whether a verb stands right before the number (建设5年后, 求学6年前): the years are how
    long it lasted, a figure, not a time that locates what follows."""
    norm = doc.norm
    if r.start != r.a or not r.a or not ("\u4e00" <= norm[r.a - 1] <= "\u9fff"):
        return False
    toks = pos_tag(norm[max(0, r.a - 4) : r.a])
    return bool(toks) and toks[-1][1].startswith("v") and toks[-1][0] not in doc.rules.stop


def is_window(doc: ArticleText, r: Reading, unit_end: int) -> bool:
    """近三年, 未来5年, 过去12个月: a time window, not a duration that is a figure. 近 makes a
    window only at the head of its clause or before 来/以来/内/的…; 将近/接近 are 'nearly'."""
    norm = doc.norm
    if r.start != r.a:
        return False
    for word in doc.rules.duration_windows:
        if norm.startswith(word, r.a - len(word)):
            if word != "近":
                return True
            if norm[r.a - 2 : r.a - 1] in ("将", "接"):
                return False
            cs, _ = doc.clause(r.a)
            head = norm[cs : r.a - 1].strip()
            return (
                not head
                or head in doc.rules.stop  # 全市近5年累计投入…: a place word, then the window
                or head.endswith(("在", "从", "于"))
                or norm[unit_end : unit_end + 1] in _WINDOW_AFTER
            )
    return False
