"""Counts said by an act rather than a noun. Who a count of people are: the act after a pivot verb or
an existential 有 (共组织1.1万余人参与清扫积雪, 共有3862人网上报名), or the act written right before the
figure (审核通过3417人); and acts counted with their noun (新能源汽车充电共计31.6万次). Part of the
subject decision (:mod:`.subject` asks when the count names no noun of its own)."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .noun_phrase import is_nounish
from .tagging import pos_tag
from .text import SEGMENT_BREAK

#: a verb that sets people to an act (组织, 动员, 发动: 组织1.1万余人参与清扫积雪) or an existential 有
#: (共有3862人网上报名), its bound perhaps between; not after a group framed by 中 (参训人员中共有…)
_PIVOT = re.compile(
    r"(?:组织|动员|发动|吸引|带动|出动|(?<!中)(?<!中[共约])有)(?:了)?"
    r"(?:约|近|超过|超|逾|将近)?$"
)
#: adverb-like words that may open the act before its verb (网上报名, 线上参与, 现场观看)
_ACT_OPENERS = frozenset({"d", "s", "t", "f"})
#: how far back in its clause the act and what stands before it are read
_CLAUSE_REACH = 16
#: the verb tags of an act; jieba tags 通过 (审核通过) a preposition
_ACT_TAGS = frozenset({"v", "vn", "vd"})
#: the longest act taken, in characters
_LONGEST_ACT = 10


def act_after_pivot(doc: ArticleText, c: Candidate) -> str | None:
    """共组织1.1万余人参与清扫积雪, 共有3862人网上报名: people a pivot verb or 有 sets to an act are
    those who do it; the act, to the segment's end, says who they are."""
    if doc.norm[c.end - len(c.unit or "") : c.end] != c.unit or c.unit not in doc.rules.people_units:
        return None
    if _PIVOT.search(doc.norm, max(0, c.start - 5), c.start) is None:
        return None
    _, se = doc.clause(c.end, SEGMENT_BREAK)
    act = doc.norm[c.end : se]
    if not 2 <= len(act) <= _LONGEST_ACT or not all("\u4e00" <= ch <= "\u9fff" for ch in act):
        return None
    if doc.norm[se : se + 1] == "、":
        return None  # 105人死亡、397人受伤: a list of outcomes, read elsewhere
    toks = pos_tag(act)
    first = toks[0][1]
    opens = first[:1] == "v" or (first in _ACT_OPENERS and len(toks) > 1 and toks[1][1][:1] == "v")
    # 参与清扫积雪: a light verb with its object is an act; alone (参与) it names nothing
    return act if opens and (len(toks) > 1 or toks[0][0] not in doc.rules.stop) else None


def act_before(doc: ArticleText, c: Candidate) -> str | None:
    """审核通过3417人, 经资格复审，确认录取126人: a count of people with a verb phrase right before it
    and no noun is counted by that act (those who passed), not by an adverb of a clause before."""
    if c.unit not in doc.rules.people_units:
        return None
    cs, _ = doc.clause(c.start)
    toks = pos_tag(doc.shadow[max(cs, c.start - _CLAUSE_REACH) : c.start])
    words: list[str] = []
    verbs = 0
    for word, flag in reversed(toks):
        # 审核通过: jieba tags the 通过 that ends the act a preposition
        if not (flag in _ACT_TAGS or (not words and word in _RESULT_PREPS)) or word in doc.rules.stop:
            break
        words.append(word)
        verbs += flag in _ACT_TAGS
    act = "".join(reversed(words))
    if any(is_nounish(f) for _, f in toks[: len(toks) - len(words)]):
        return None  # 完成运动员注册确认5661人, 招生计划共安排23.6万人: a noun before the verbs is who
    return act if verbs and 2 <= len(act) <= 6 else None


#: words jieba tags prepositions that end an act as its result (审核通过, 考核通過)
_RESULT_PREPS = frozenset({"通过", "通過"})


#: a word of totalling right before a count of acts (充电共计31.6万次, 充電累計約), past a bound
_TOTALLED = re.compile(r"(?:共计|累计|合计|总计|共|达)(?:约|近|逾|超过)?$")


def acts_totalled(doc: ArticleText, c: Candidate, acts: str) -> bool:
    """Whether a noun and the verb of an activity (jieba's 充电) stand right before a word of
    totalling and a count of acts: the verb is part of what is counted, not a predicate."""
    m = _TOTALLED.search(doc.shadow, max(0, c.start - 5), c.start)
    return m is not None and doc.shadow.endswith(acts, 0, m.start())


def lone_adverb(doc: ArticleText, c: Candidate, word: str | None) -> bool:
    """24小时内基本清理完毕, 3所学校全部建成: whether the word read after a figure is an adverb of extent
    before a verb, which says how far the act went, never what is measured. After a length of time
    always (what lasts is the topic); after other figures only with no noun after the verb (基本殡葬服务,
    jieba's 殡葬 a verb: one noun)."""
    if word not in doc.rules.words.lone_adverbs:
        return False
    if c.kind == "duration":
        return True
    at = doc.norm.find(word, c.end, c.end + len(word) + 4)  # (read right after the figure: never far)
    toks = pos_tag(doc.shadow[at + len(word) : at + len(word) + 6]) if at >= 0 else []
    return bool(toks) and toks[0][1][:1] in ("v", "a") and not any(is_nounish(f) for _, f in toks[1:])
