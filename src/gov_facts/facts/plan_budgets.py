"""A figure a budget sets: part of the status decision (:mod:`.status`). What a budget sets for its
year is a plan (预算安排教育支出18.6亿元, 一般公共预算支出预算为36.8亿元, 本年度預算中，…開支為1,035億元),
and so is the change it is set at (…安排52亿元，增长5%); what a budget took in or spent
(一般公共预算收入完成38.6亿元, 完成年初预算的76.4%), the accounts of that name (一般公共预算收入18.72亿元),
the funds a budget arranged for what is counted (预算安排的12个项目) and a procurement notice's budget
(预算金额：350万元: its terms) report."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText

#: a sentence opened by the budget it reads from (本年度預算中，…; 在2025-26年度財政預算案內，…); not the
#: mainland's account of that name (一般公共预算中，…: what its accounts took in and spent)
_BUDGET_FRAME = re.compile(r"\s*[^，,。；;：:！？!?\n]{0,20}(?<!公共)预算案?(?:中|内)[，,]")

#: a budget that arranges the figure right after (预算安排教育支出, 预算收入安排, 支出预算为); not 预算内
#: (中央预算内投资安排: a fund of that name, what it granted) nor a relative clause (预算安排的项目)
#: nor what was done against one: a figure after 安排了 (预算安排了专项资金2000万元: arranged) or a change
#: word (较年初预算安排增加1.2亿元: the change of what was spent)
_SETS = (
    r"(?:预算(?!内)[^，,。；;：:0-9的]{0,6}?安排(?:(?!增加|减少|增长|下降|提高|降低|超出|超过)"
    r"[^，,。；;：:0-9的了]){0,12}|(?:收入|支出)预算数?为)"
)
_SET_BEFORE = re.compile(_SETS + "$")
_SET_AHEAD_OF_A_FIGURE = re.compile(_SETS + "(?=[0-9])")
#: a budget named as what was exceeded, lacked, compared with or changed (超出预算安排, 无预算安排支出,
#: 超预算安排采购, 较年初预算安排, 调整预算安排后): what was done against it, not what it sets
_AGAINST = re.compile(r"(?:超|无|未|比|较|调整)[^，,。；;：:0-9]{0,6}预算")
#: a clause that is only the change a budget is set at (，增长5%; ，同比增长5%; ，比上年执行数增长4.2%)
_CHANGE_ONLY = re.compile(r"\s*(?:同比|(?:比|较)[^，,。；;：:0-9]{0,8}?)?(?:增长|增加|下降|减少|提高|降低)")
#: words that say what a budget took in or spent, not what it sets
_DONE = ("完成", "执行", "实际")


def budget_sets(doc: ArticleText, c: Candidate) -> bool:
    """A figure a budget sets (the two ways below), asked once the budget is named in the sentence before
    the figure."""
    ss, _ = doc.sentence(c.start)
    if doc.norm.find("预算", ss, c.start) < 0:
        return False  # the cheap test first: no budget named before the figure in its sentence (most)
    if doc.norm.find("以来", ss, c.start) >= 0:
        return False  # 今年以来，市级预算共安排资金3.2亿元: what was arranged in a span up to now (GUIDE)
    return _budget_frame(doc, c, ss) or _budget_set(doc, c)


def _budget_frame(doc: ArticleText, c: Candidate, ss: int) -> bool:
    """本年度預算中，醫療衞生的經常開支為1,035億元: a sentence that opens with the budget its figures
    are read from states what is budgeted, a plan, bar a clause that says what is done (已動用)."""
    if "预算" not in doc.norm[ss : ss + 20]:
        return False  # no budget named where the sentence opens
    m = _BUDGET_FRAME.match(doc.norm, ss)
    if m is None or m.end() > c.start:
        return False
    cs, _ = doc.clause(c.start)
    return not any(w in doc.norm[max(cs, m.end()) : c.start] for w in doc.rules.words.done_words)


def _budget_set(doc: ArticleText, c: Candidate) -> bool:
    """2025年全市一般公共预算收入安排52亿元，增长5%: a figure a budget arranges right before it in its
    clause, or the change of one the clause before arranges, is what the budget sets, a plan; bar a
    clause that says what is done or spent (已, 完成, 执行)."""
    cs, ce = doc.clause(c.start)
    if (m := _SET_BEFORE.search(doc.norm, cs, c.start)) is not None:
        return not _against(doc, cs, m.end()) and not _says_done(doc, cs, ce)
    if cs < 2 or _CHANGE_ONLY.fullmatch(doc.norm, cs, c.start) is None:
        return False  # (比上年执行数增长4.2%: the base a change names is no spending)
    if any(w in doc.norm[cs:ce] for w in doc.rules.words.done_words):
        return False
    pcs, pce = doc.clause(cs - 1)
    m = _SET_AHEAD_OF_A_FIGURE.search(doc.norm, pcs, pce)
    return m is not None and not _against(doc, pcs, m.end()) and not _says_done(doc, pcs, pce)


def _against(doc: ArticleText, cs: int, end: int) -> bool:
    """超出预算安排300万元, 无预算安排支出资金, 较年初预算安排增加: the budget named is what was exceeded,
    lacked, compared with or changed, not what sets the figure."""
    return _AGAINST.search(doc.norm, cs, end) is not None


def _says_done(doc: ArticleText, cs: int, ce: int) -> bool:
    """Whether the clause [cs, ce) says what is done or what a budget took in or spent."""
    text = doc.norm[cs:ce]
    return any(w in text for w in doc.rules.words.done_words) or any(w in text for w in _DONE)
