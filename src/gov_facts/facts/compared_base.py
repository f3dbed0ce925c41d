"""The noun of a comparison's base is no subject: in 全台尖峰負載達4,166.3萬瓩，…，較去年最高紀錄增加1.9%
the record is the level compared with, the load is what rose; so in 比去年最高负荷增长6.3%,
较上年同期水平增长4.2%. And the level of a dated base (若與112年同月之5,106棟相比) measures what the
sentence is about. Part of the subject decision (:mod:`.subject_guard`, :mod:`.subject_review`)."""

from __future__ import annotations

import re

from .candidate import Candidate, Prior, since
from .context import ArticleText
from .topic import sentence_topic

#: a word of comparing right before the base (较, 比, 與…相比 is read elsewhere)
_COMPARE = ("较", "比")
#: a verb of change between the base and the figure (增加, 增长了, 高出, 多, 回升至: not 至, a level)
_CHANGE = re.compile(
    r"\s*(?:增加|增长|上升|上涨|提高|提升|回升|下降|下跌|减少|降低|回落|高出|低出|多出|高|低|多|少)了?\s*$"
)


def base_of_comparison(doc: ArticleText, c: Candidate, prev: Prior, subject: str) -> str | None:
    """What changed when ``subject`` is the base a 较/比 names right before the figure's verb of
    change (past a time of its own: 较去年最高纪录): the subject of a figure before it in its sentence,
    else the sentence's topic; None when the subject is no such base."""
    cs, _ = doc.clause(c.start)
    before = doc.norm[cs : c.start]
    if "较" not in before and "比" not in before:
        return None  # the cheap cue first: most clauses compare with nothing
    at = doc.norm.rfind(subject, cs, c.start)  # the subject as the rules read it (simplified)
    at = doc.text.rfind(subject, cs, c.start) if at < 0 else at
    if at <= cs or _CHANGE.fullmatch(doc.norm, at + len(subject), c.start) is None:
        return None
    k = at
    times = doc.times_between(cs, at)
    if times and times[-1].end == at:
        k = times[-1].start  # 较去年最高纪录: the base's own time
    if not doc.norm.endswith(_COMPARE, cs, k):
        return None
    ss, _ = doc.sentence(c.start)
    named = [s for _, s, _ in since(prev, ss) if s and s != subject]
    topic = named[-1] if named else sentence_topic(doc, c.start)
    return topic if topic and topic != subject else None


#: a comparison opening a clause, up to its baseline's time (若與112年同月之, 与上年同期的, 較去年的)
_COMPARED_LEAD = re.compile(r"(?:若|如|如果)?(?:与|同|较|比|和)")


def level_of_a_baseline(doc: ArticleText, c: Candidate) -> str | None:
    """若與112年同月之5,106棟相比，則減少4.8%: a level a clause opens by comparing with, right after
    its time and 之 or 的, is a level of what the sentence is about (its topic, named in an earlier
    clause). Asked only for a figure with no subject or its unit alone."""
    end = c.start - 1 if doc.norm[c.start - 1 : c.start] in ("约", "近") else c.start
    if doc.norm[end - 1 : end] not in ("之", "的"):
        return None  # the cheap cue first
    cs, _ = doc.clause(c.start)
    ss, _ = doc.sentence(c.start)
    lead = _COMPARED_LEAD.match(doc.norm, cs, end) if cs > ss else None
    if lead is None:
        return None
    times = doc.times_between(lead.end(), end)
    if not times or times[0].start != lead.end() or times[-1].end != end - 1:
        return None
    return sentence_topic(doc, c.start)
