"""A court's term written in months with no 个 (有期徒刑1年6月, 拘役2月): whether N月 is such a term.

One decision for two readers: the figure reader takes N月 there as a number of months
(:func:`.durations.term_months`), and the time reader leaves it out, so that 6月 of 有期徒刑1年6月
is no June for the figures around it (:func:`.time_expressions.find_times`).
"""

from __future__ import annotations

import re

from .figure_lookups import FigureLookups

#: the court's terms counted in months with no 个 (Taiwan's courts) and what after N月 makes it a
#: day or a part of a month (6月10日, 2月底前) or a span's end month (2月起执行): ``court_terms`` and
#: ``month_goes_on`` of ``[figure_words]`` (:mod:`.figure_lookups`)

#: the years of a term written before its months (有期徒刑1年6月): a count of years, no year's name
_TERM_YEARS = re.compile(r"(?<![0-9])(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})年$")
#: days after a term's months (拘役3月15天): the term goes on in days, no day of a month
_AND_DAYS = re.compile(r"[0-9]{1,2}天")


def term_month(norm: str, start: int, month_at: int, words: FigureLookups) -> bool:
    """Whether the number at ``start`` and the 月 at ``month_at`` are a term's months: right after
    a court's term, or after the term's years (有期徒刑1年6月), with no day or part of the month after.
    ``words``: the rules' lookups (a user's court terms too), for both readers."""
    if norm[month_at : month_at + 1] != "月":
        return False
    if norm[month_at + 1 : month_at + 2] in words.month_goes_on and not _AND_DAYS.match(norm, month_at + 1):
        return False
    lead = start
    if norm[lead - 1 : lead] == "年" and (years := _TERM_YEARS.search(norm, max(0, lead - 4), lead)):
        lead = years.start()
    return norm.endswith(words.court_terms, max(0, lead - 2), lead)
