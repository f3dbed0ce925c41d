"""Times in a sentence that date no figure outside the words they stand in: a year that names a
campaign a verb holds (组织开展2024年“两节”送温暖活动) after the time the sentence opens with, and a
time inside a bracketed aside that holds a figure of its own (（其中去年新建41个）). Asked by
:func:`.timing.times_for` while it picks a figure's own time in its sentence."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .time_expressions import TimeExpr

#: a number and the measure after it, not an hour or a date (41个, 930人; not 0时, 24时, 17日)
_FIGURE = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?[万亿]?(?![0-9.时点分日月年号])(?=[\u4e00-\u9fff])")

#: how far back from a time the bracket of an aside may open (（其中去年, （含2023年）
_ASIDE_REACH = 12


def names_a_campaign(doc: ArticleText, t: TimeExpr, sentence_start: int) -> bool:
    """2023年12月至2024年2月，…组织开展2024年“两节”送温暖活动，…资金2863.5万元: a year right after a
    verb of holding and before the campaign's name (to 活动, 行动, …月 at its clause's end) is part
    of the name when an earlier time of the sentence dates its figures (``campaign_verbs``,
    ``campaign_heads`` in words.toml). With no earlier time the year dates them, as before."""
    words = doc.rules.words
    if t.grain != "year" or words.campaign_held.search(doc.norm, max(0, t.start - 4), t.start) is None:
        return False
    if words.campaign_named.match(doc.norm, t.end) is None:
        return False
    return any(o.end <= t.start for o in doc.times_between(sentence_start, t.start))


def dated_in_aside(doc: ArticleText, t: TimeExpr, c: Candidate) -> bool:
    """依托…服务站（其中去年新建41个），为…发放物资3.6万份: a time inside a bracket that closes a clause
    before the figure's and holds a figure of its own after the time dates that figure, not this
    one. A bracket that is only a time (国庆假期（10月1日至7日），) still dates what follows."""
    if t.end > c.start:
        return False
    lo = max(0, t.start - _ASIDE_REACH)  # the cheap cue first: a bracket opens just before the time
    opened = max(doc.norm.rfind("（", lo, t.start + 1), doc.norm.rfind("(", lo, t.start + 1))
    if opened < 0 or _first_close(doc.norm, opened, t.start) >= 0:
        return False
    close = _first_close(doc.norm, t.end, c.start)
    if close < 0 or doc.norm[close + 1 : close + 2] not in ("，", ",", "；", ";"):
        return False  # 固定献血者（年内献血2次及以上）占比…: an aside inside the clause defines its noun
    timed = [(o.start, o.end) for o in doc.times_between(t.end, close)]
    return any(
        not any(a <= m.start() < b for a, b in timed) for m in _FIGURE.finditer(doc.norm, t.end, close)
    )  # （2月9日0时至2月17日24时）: no figure of its own, only the time


def _first_close(text: str, start: int, end: int) -> int:
    """Where the first closing bracket between ``start`` and ``end`` stands, or -1."""
    found = [i for i in (text.find("）", start, end), text.find(")", start, end)) if i >= 0]
    return min(found) if found else -1
