"""Whether a figure is reported or planned: a plan word governing its clause, or a future time."""

from __future__ import annotations

from .candidate import Candidate
from .context import ArticleText
from .tagging import pos_tag
from .time_expressions import TimeExpr


def _clause_plans(doc: ArticleText, cs: int, ce: int) -> bool:
    """Whether a plan word stands in the clause; once per clause, however many facts it holds."""
    key = (cs, ce)
    hit = doc.plans.get(key)
    if hit is None:
        clause = doc.norm[cs:ce]
        for np in doc.rules.not_planned:
            clause = clause.replace(np, "□" * len(np))
        hit = any(w in clause for w in doc.rules.planned if len(w) > 1)
        if not hit:
            single = [w for w in doc.rules.planned if len(w) == 1 and w in clause]
            if single:
                toks = pos_tag(clause)
                # 将 as a word (not inside 即将, 模拟's 拟); before a quotation it is 把 and plans
                # nothing (将“民生工程”打造成)
                hit = any(
                    word in single and not (k + 1 < len(toks) and toks[k + 1][0] in ("“", '"'))
                    for k, (word, _) in enumerate(toks)
                )
        doc.plans[key] = hit
    return hit


def is_planned(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    cs, ce = doc.clause(c.start)
    if _clause_plans(doc, cs, ce):
        return True
    if t is not None and doc.published is not None:
        if t.type == "deadline" and t.last is not None and t.last >= doc.published:
            return True
        if t.first is not None and t.first > doc.published:
            return True
    return False
