"""A review of a year past, published in the next (二○二四年天氣回顧, published in January 2025): its
bare months, days and 年内 are that year's, not this year's still ahead. Part of the time decision
(:mod:`.timing`); the year comes from the title (:attr:`.time_scopes.TimeScopes.reviewed`) or the
lead (:func:`lead_year`)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from .calendar_spans import shift_year
from .candidate import Candidate
from .context import ArticleText
from .status import is_planned, plan_governs
from .time_baselines import is_baseline
from .time_expressions import TimeExpr
from .time_scopes import TimeScopes

#: the months in which last year's review is published: a lead naming last year dates the page then
_REVIEW_MONTHS = 4


def lead_year(doc: ArticleText) -> TimeExpr | None:
    """The year just ended, when it is the first year the first paragraph names (天文台今日發表二○二四年
    的天氣回顧。二○二四年香港的年平均氣溫…, published in January 2025): a review of that year with no
    title to say so; else None. Asked once a page."""
    pub = doc.published
    para_end = doc.text.find("\n")
    para_end = len(doc.text) if para_end < 0 else para_end
    if pub is None:
        return None
    for t in doc.times:
        if t.start >= para_end:
            break
        if t.grain == "year" and t.type == "period" and not t.year_assumed and not is_baseline(doc, t):
            return t if t.last is not None and t.last.year == pub.year - 1 else None
    return None


def in_the_reviewed_year(
    doc: ArticleText, c: Candidate, t: TimeExpr | None, scopes: TimeScopes | None
) -> TimeExpr | None:
    """八月的雨量達641.5毫米, 年內共有7個, 九月三日錄得的… in a review of a year past (二○二四年天氣回顧,
    published in January 2025): a month, a day or 年内 with no year of its own that has not ended by
    the publish date is of the year the title's report is about (or, in the months of reviews, the
    year just ended that the lead names first), when no plan word governs it and no time of this
    year stands before it in its sentence."""
    pub = doc.published
    if t is None or not t.year_assumed or pub is None or t.last is None or t.last <= pub or scopes is None:
        return t
    year = scopes.reviewed
    if year is None and pub.month <= _REVIEW_MONTHS:  # 發表二○二四年的天氣回顧 in the lead, in January
        year = doc.kept("lead year", None, lambda: lead_year(doc))
    if year is None or year.last is None or year.last >= pub:
        return t
    if t.last.year <= year.last.year or t.text.endswith("前") or plan_governs(doc, c):
        return t  # 以年底前把…降至30宗以下: a deadline ahead, whatever year the report reviews
    ss, _ = doc.sentence(t.start)
    lo, hi = bisect_left(doc.time_starts, ss), bisect_left(doc.time_starts, t.start)
    if any(not u.year_assumed and u.last is not None and u.last.year == pub.year for u in doc.times[lo:hi]):
        return t  # 警方今年會繼續…，並在年內增聘200名: this year's, named before it in the sentence
    shift = year.last.year - t.last.year
    return replace(t, first=shift_year(t.first, shift) if t.first else None, last=shift_year(t.last, shift))


def ahead_for_a_plan(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> TimeExpr | None:
    """衛生局表示，9月至10月將加強社區動員，預計辦理衛教宣導活動120場次 (published in August): a span of
    months with no year of its own that ends after the publish month is read as last year's (1-12月
    published in January); when a plan word governs the figure and the span moved to this year lies
    wholly ahead, it is this year's months still to come."""
    pub = doc.published
    if t is None or pub is None or t.first is None or t.last is None or t.type != "period":
        return t
    if t.last >= pub or t.last.year != pub.year - 1 or "年" in t.text:
        return t  # the cheap tests first: only a span with no year the reader put in last year
    first = shift_year(t.first, 1)
    if first <= pub or not plan_governs(doc, c):
        return t
    return replace(t, first=first, last=shift_year(t.last, 1))


def past_title_for_a_plan(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> TimeExpr | None:
    """前10月地方债发行近9万亿元 (a title) over 预计短期内…利率仍将在1.8%至2.1%区间内波动: a period the title
    names that has ended by the publish date is the period the report's results are for; a figure a
    plan or forecast word governs, with no time of its own, is none of them and is left undated."""
    pub = doc.published
    if t is None or pub is None or t.last is None or t.last >= pub or t.type == "deadline":
        return t
    return None if plan_governs(doc, c) and is_planned(doc, c, None) else t
