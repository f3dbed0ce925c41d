"""Times read after an as-of time of a sentence (截至6月底，…) that are no times of its figures."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .status import plan_governs
from .time_expressions import TimeExpr

#: a time that modifies the noun after it (本年度的政府疫苗接種計劃, 今年的目标): 的 and no figure
_ATTRIBUTIVE = re.compile(r"度?的(?![0-9])")


def without_names_after_as_of(doc: ArticleText, times: list[TimeExpr], c: Candidate) -> list[TimeExpr]:
    """截至一月十八日，本年度的政府疫苗接種計劃已接種…: a time that modifies a noun (本年度的) after
    an as-of time of its sentence names the noun (a scheme, a plan), it is no time of the figures;
    截至6月底，公司今年累计投入…: the year the as-of day falls in, named after it, says the total runs
    from the year's start to that day: the figures are as of the day (a plan keeps the year)."""
    kept: list[TimeExpr] = []
    for t in times:
        as_of = kept[0] if kept and kept[0].type == "as_of" else None
        if as_of is None or not (
            _ATTRIBUTIVE.match(doc.norm, t.end) or (_year_holding(t, as_of) and not plan_governs(doc, c))
        ):
            kept.append(t)
    return kept


def _year_holding(t: TimeExpr, as_of: TimeExpr) -> bool:
    """A whole year that holds an as-of day before its end (今年 after 截至6月底)."""
    a, x, y = as_of.last, t.first, t.last
    return t.grain == "year" and a is not None and x is not None and y is not None and x <= a < y


def as_of_over_the_year(doc: ArticleText, t: TimeExpr | None, c: Candidate) -> TimeExpr | None:
    """截至5月10日，今年全县春茶累计采摘面积21.6万亩；生产干茶3860吨: a year carried over ； from an
    earlier part, which holds the as-of day the sentence opens with, is that day's year, not the
    figures' time: they are as of the day, as the first part's are (a plan keeps the year)."""
    if t is None or t.grain != "year":
        return t
    s0 = doc.sentence(c.start)[0]
    earlier = [u for u in doc.times_between(s0, t.start) if u.end <= t.start]
    if earlier and earlier[0].type == "as_of" and _year_holding(t, earlier[0]) and not plan_governs(doc, c):
        return earlier[0]
    return t


def held_as_of(doc: ArticleText, t: TimeExpr) -> bool:
    """（截至9月底）: an as-of alone in brackets."""
    return (
        t.type == "as_of"
        and doc.norm[t.start - 1 : t.start] in ("（", "(")
        and doc.norm[t.end : t.end + 1] in ("）", ")")
    )


def closing_as_of(
    doc: ArticleText, c: Candidate, after: list[TimeExpr], sentence_end: int
) -> TimeExpr | None:
    """全市累计建成5G基站1.2万个，比去年同期增加3000个（截至9月底）。: an as-of in brackets that closes
    the sentence dates each of its figures with no time of their own, not only the one before it; a
    plan's figure takes none (全市计划建成5G基站2万个（截至9月底）: how things stood, not the target)."""
    for t in after:
        if held_as_of(doc, t) and not doc.norm[t.end + 1 : sentence_end].strip("。；;.！!\n "):
            return None if plan_governs(doc, c) else t
    return None
