"""A change word is never what a figure measures (session 13): 出现3.1%的负增长 -> the noun before the
figure (财政收入), not 负增长; 在监测的品种中，价格上涨的有9种，持平的有3种 -> the group the sentence
frames (监测的品种), not 上涨 or 持平: the change word says which of them are counted."""

from __future__ import annotations

import re

from .candidate import Candidate, Prior, last_counted, since
from .context import ArticleText
from .noun_phrase import noun_run_before
from .topic import sentence_topic

#: the group a sentence frames before its counts (在监测的品种中，, 受访企业当中，)
_FRAME = re.compile(r"\s*在?([^，,。；;：:在]{2,14}?)(?:当中|之中|中)[，,]")
#: a count inside the frame (在監測的55個品種中): the group is the noun after its measure word
_COUNT_IN_FRAME = re.compile(r".*[0-9一二三四五六七八九十百千]+[^\W\d_]")
#: words of no change, counted like the change words (持平的有3种)
_HELD = ("持平", "不变")


def past_change_word(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """The subject, unless it is a whole change word: named after the figure with 的 (3.1%的负增长),
    the noun before the figure, else none; alone before it (，增至3200万人次), the sentence's topic;
    or a count of those that changed (上涨的有9种): the group the sentence frames, when it frames one."""
    if not subject:
        return subject
    cs, _ = doc.clause(c.start)
    if doc.norm.endswith("的有", cs, c.start):
        return _group_counted(doc, c, cs) or subject
    if doc.norm.endswith(subject, cs, c.start) and _a_change_word(doc, subject):
        return sentence_topic(doc, cs)  # 游客同比增长12%，增至3200万人次: the change word alone before it
    if not doc.norm.startswith("的", c.end) or not _a_change_word(doc, subject):
        return subject  # most figures: no 的 right after them
    before = noun_run_before(doc, c)[0]
    return before if before and not _a_change_word(doc, before) else None


def _group_counted(doc: ArticleText, c: Candidate, cs: int) -> str | None:
    """价格上涨的有9种, 下降的有16种 after 在监测的品种中: the framed group whose members changed."""
    which = doc.norm[cs : c.start - 2]
    if not which.endswith(_HELD) and not which.endswith(doc.rules.change_words):
        return None
    ss, _ = doc.sentence(c.start)
    m = _FRAME.match(doc.norm, ss, cs)
    if m is None:
        return None
    counted = _COUNT_IN_FRAME.match(doc.norm, m.start(1), m.end(1))
    start = counted.end() if counted is not None else m.start(1)
    return doc.shadow[start : m.end(1)] if m.end(1) - start >= 2 else None


def _a_change_word(doc: ArticleText, words: str) -> bool:
    return words in doc.rules.change_set


def unit_at_new_level(doc: ArticleText, c: Candidate, subject: str | None) -> bool:
    """按年增加23.5%，回升至3,200萬人次: the unit read as the subject of a level a change reached right
    before it: the level is of what the sentence is about (asked of the sentence's topic next)."""
    if subject is None or subject != c.unit:
        return False
    return doc.rules.change_to.search(doc.norm, max(0, c.start - 4), c.start) is not None


#: an average word and the change verb after it, read as one noun (人均增加, 户均提高): no thing
_AVERAGE_CHANGE = re.compile(r"[人户亩日月年]均(?:增加|提高|增长|减少|降低|下降|上涨|提升)")


def averaged_change(doc: ArticleText, c: Candidate, prior: Prior, subject: str | None) -> str | None:
    """基础养老金最低标准由每人每月203元提高到223元，月人均增加20元: an average word and a change verb
    right before a figure name no thing; the change is of the level of the same unit stated before
    it in its sentence, and takes that level's subject."""
    if not subject or subject[1:2] != "均" or not _AVERAGE_CHANGE.fullmatch(subject):
        return None  # (the cheap test first: most subjects have no 均 second)
    if not doc.norm.endswith(subject, 0, c.start):
        return None
    ss, _ = doc.sentence(c.start)
    return last_counted(since(prior, ss), c.unit, subject, kind=c.kind)
