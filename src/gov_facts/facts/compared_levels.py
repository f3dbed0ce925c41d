"""The level a figure is compared with and the time it is of (较八月的1.8%, 低于上年同期的3.1%, 較二○○○年
高峰期的2,474宗): part of the time decision (:mod:`.timing`); the status decision (:mod:`.status`) asks
it too, a level of a time gone by being measured, whatever plan its sentence states."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .time_baselines import is_baseline
from .time_bases import written_base
from .time_expressions import TimeExpr

#: what may stand between a compared time's 的 and the level: the measure's name again and an
#: approximation (較七月份的每日平均約5.94億, 高于上年同期的日均4.9亿), never a change or a verb
#: (较上年的水平提高了5%: the figure is the change; the change words are the Rulebook's); before the
#: 的, the stretch of that year compared with (較二○○○年高峰期的2,474宗, 较2015年峰值时的340万吨)
_COMPARED_NAME = re.compile(
    r"(?:[^，,。；;：:、0-9\s了为為达達占佔是有的之]{1,4})?[的之](?:[^，,。；;：:、0-9\s了为為达達占佔是有]{1,6}?[约約近逾超]?)?"
)


#: a bracket right after a baseline, perhaps listing its levels after 分别 (（分别为1.2%、）
_LEVELS_IN_BRACKETS = re.compile(r"[（(](?:(?:分别|分別)[为為是]?[^（）()，,。；;]*)?")


def compared_level_time(doc: ArticleText, c: Candidate) -> TimeExpr | None:
    """较八月的1.8%, 比上年的2.06, 較1月之2.32%, 低于上年同期的3.1%, 較112年之648萬人次, 較七月份的
    每日平均約5.94億: the level compared with is of the time named before its 的 (之 in Taiwan's
    writing), after a comparison word, the measure perhaps named again between them."""
    before = doc.times_between(max(0, c.start - 20), c.start)
    if not before:
        return None
    t = before[-1]
    if _LEVELS_IN_BRACKETS.fullmatch(doc.norm, t.end, c.start) and is_baseline(doc, t):
        return t  # 与去年同期（4145例）相比, 均高于上年同期（分别为1.2%、0.8%）: the baseline's levels
    # (written_base: 較疫情前二○一九年的約1,380萬人次; 與, 同 and 相比 after: 若與112年同月之5,106棟相比)
    tail = doc.rules.comparison_tail.search(doc.norm, max(0, t.start - 3), t.start)
    with_base = doc.norm[t.start - 1 : t.start] in ("与", "同") and is_baseline(doc, t)
    compared = tail or with_base or written_base(doc.norm, t.start)
    if not compared or _COMPARED_NAME.fullmatch(doc.norm, t.end, c.start) is None:
        return None
    named = doc.norm[t.end : c.start].split("的", 1)[0] if "的" in doc.norm[t.end : c.start] else ""
    if any(w in named for w, _ in doc.rules.changes):
        return None  # 较2015年增长的12%: the rise compared with, not a level of that year
    gap = doc.norm[t.end + 1 : c.start]
    if len(gap) > 1 and gap[-1] in _BY_HOW_MUCH:
        return None  # 较1991至2020年的正常值高0.9度: the figure is the difference, not the level compared
    # 比上年同期的增长3.1%: a change word right after 的 is a noun (the rise compared with)
    return None if any(gap.find(w, 1) >= 0 for w, _ in doc.rules.changes) else t


#: a comparative right before a figure after a compared level's name: the figure is by how much
_BY_HOW_MUCH = frozenset("高低多少")


def past_compared_level(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """预计明年产量将达到500万吨，高于上年的420万吨: the level compared with, of a time gone by (up to
    the publish day: 低於過去五年每年平均的22,300個), is measured, not planned."""
    pub = doc.published
    if t is None or t.last is None or pub is None or t.last > pub:
        return False
    return compared_level_time(doc, c) is t
