"""A figure that is a plan's amount by where it stands, with no plan word governing it as a verb:
part of the status decision (:mod:`.status`).

- after a plan noun heading its quantity (年度计划投资618亿元, 计划总投资6.82亿元): the plan's amount,
  whatever the verb before (安排, 确定); not a share of it (占计划总投资的80.2%, 完成年度计划的81.3%) nor a
  threshold that defines a scope (计划总投资5000万元以上项目);
- a part (其中…) of a total a time ahead plans (到2026年，新建中小学校240所，其中2024年启动建设不少于90所):
  a part of a target is a target, bar a part said done;
- before a plan noun that names it (实现产值50亿元的目标, 满足未来十年的供应目标): the plan's amount, bar
  a clause that says it is done (已於去年推出10億元的資助計劃);
- a running total (累计) over a time that reaches past the publish year (到2027年累计建成5万个, 2024年至
  2026年…每年安排15亿元，累计45亿元): nothing of those years is done yet, the sum is the plan's.
"""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .time_expressions import TimeExpr

#: the characters a plan noun's quantity may stand in before the figure (年度计划总投资额为)
_HEAD_REACH = 12
#: a threshold after the figure (计划总投资5000万元以上项目): a scope, not a plan's amount
_THRESHOLD_AFTER = ("以上", "及以上", "以下", "以内")
#: what opens a clause that names a part of what the clause before counts
_PART_OPENER = "其中"
#: done words that say a total is summed up, not that anything is done (累计45亿元)
_SUM_WORDS = ("累计",)


def plan_headed(doc: ArticleText, c: Candidate) -> bool:
    """年度计划投资618亿元, 计划总投资6.82亿元: a plan noun heading the quantity right before the figure
    (``words.plan_headed``, from ``planned_quantities``) makes the figure the plan's amount."""
    at = c.start
    if doc.norm.find("划", at - _HEAD_REACH if at > _HEAD_REACH else 0, at) < 0:
        return False  # the cheap test first: no 计划 or 规划 right before the figure (most figures)
    lo = max(doc.clause(at)[0], at - _HEAD_REACH)
    if "划" not in doc.norm[lo:at]:
        return False
    if doc.rules.words.plan_headed.search(doc.norm, lo, at) is None:
        return False
    return not doc.norm.startswith(_THRESHOLD_AFTER, c.end)


def part_of_a_plan(doc: ArticleText, c: Candidate) -> bool:
    """到2026年，新建中小学校240所，其中2024年启动建设不少于90所: a clause opened by 其中 names a part of
    the total before it; when a time ahead of the publish date (a deadline or span ending in a later
    year) governs the sentence before it and nothing in the sentence is said done, the part is a
    target too."""
    pub = doc.published
    if pub is None:
        return False
    cs, _ = doc.clause(c.start)
    if doc.norm.find(_PART_OPENER, cs, c.start) < 0:
        return False  # the cheap test first: no 其中 in the figure's clause (not a search of all before it)
    if not doc.norm[cs : c.start].lstrip().startswith(_PART_OPENER):
        return False  # the clause is no part (most clauses)
    ss, _ = doc.sentence(c.start)
    if ss >= cs:
        return False
    if any(w in doc.norm[ss : c.start] for w in doc.rules.words.done_words if w not in _SUM_WORDS):
        return False  # 年内已完成投资5亿元，其中民间投资3亿元: the part of what is done (累计 only sums)
    if any(t.last is not None and t.last < pub for t in doc.times_between(cs, c.start)):
        return False  # 其中2023年建成60所: a part gone by
    return any(_reaches_a_later_year(t, pub.year) for t in doc.times_between(ss, cs))


def total_ahead(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """到2027年累计建成5万个, 2024年至2026年…累计45亿元: 累计 (and no other done word) before a figure
    whose time reaches past the publish year sums what the plan will have made, not what is done."""
    pub = doc.published
    if t is None or pub is None or not _reaches_a_later_year(t, pub.year):
        return False
    cs, _ = doc.clause(c.start)
    own = doc.norm[cs : c.start]
    done = [w for w in doc.rules.words.done_words if w in own]
    return bool(done) and all(w in _SUM_WORDS for w in done)


def _reaches_a_later_year(t: TimeExpr, year: int) -> bool:
    """A deadline or span ending in a year after ``year`` (到2026年, 2024年至2026年), not a point."""
    return t.type == "deadline" and t.last is not None and t.last.year > year


#: the nouns of a plan a figure may be the amount of (实现产值50亿元的目标)
_PLAN_NOUNS = ("目标", "计划", "规划")
#: a plan noun after 的 (each of :data:`_PLAN_NOUNS` looked for before this is tried)
_PLAN_NOUN_AFTER = re.compile(rf"的[^，,。；;、]{{0,4}}?(?:{'|'.join(_PLAN_NOUNS)})")


def plan_noun_after(doc: ArticleText, c: Candidate, ce: int) -> bool:
    """实现产值50亿元的目标, 满足未来十年的供应目标: a figure that is the amount of a plan named
    right after it, its qualifier between (为实现全年5%左右的预期目标); not the size of a scheme
    the clause says is done (已於去年推出10億元的資助計劃, 已实现产值50亿元的目标)."""
    if doc.norm.find("的", c.end, ce) < 0:
        return False  # the plan noun follows a 的 in the clause: none there, no qualifier to try
    if all(doc.norm.find(noun, c.end, ce) < 0 for noun in _PLAN_NOUNS):
        return False  # nor a plan noun after the figure in its clause (most figures)
    cs = doc.clause(c.start)[0]
    if any(w in doc.norm[cs : c.start] for w in doc.rules.words.done_words):
        return False
    end = c.end
    for word, _q in doc.rules.qual_after:
        if doc.norm.startswith(word, end):
            end += len(word)
            break
    return _PLAN_NOUN_AFTER.match(doc.norm, end, ce) is not None


#: a quoted aim and the verb that sets it (以「…減少二成」為目標, 以“…提高到95%”作为工作目标)
_QUOTED_AIM = re.compile(r"以\s*[「“\"『]([^「“\"『」”』]{1,60})[」”\"』]\s*(?:作)?为[^，,。；;]{0,4}?目标")


def quoted_target(doc: ArticleText, c: Candidate) -> bool:
    """本局今年以「酒駕肇事死亡人數較去年減少二成」為目標: a figure inside the quoted aim 以…为目标
    sets is the target's."""
    if not doc.kept("quoted aims", None, lambda: _QUOTED_AIM.search(doc.norm) is not None):
        return False  # the cheap test first, once per document: most set no quoted aim
    ss, se = doc.sentence(c.start)
    return any(m.start(1) <= c.start and c.end <= m.end(1) for m in _QUOTED_AIM.finditer(doc.norm, ss, se))
