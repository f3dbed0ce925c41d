"""A court's term written in months with no 个 (有期徒刑1年6月, 拘役2月): whether N月 is such a term.

One decision for two readers: the figure reader takes N月 there as a number of months
(:func:`.durations.term_months`), and the time reader leaves it out, so that 6月 of 有期徒刑1年6月
is no June for the figures around it (:func:`.time_expressions.find_times`).
"""

from __future__ import annotations

import re

#: the court's terms counted in months with no 个 (Taiwan's courts), and a sentence's suspension
#: (缓刑1年6月, 緩刑3月) and length (刑期); not a business's suspension (停业整顿3月15日前)
_TERMS = ("徒刑", "拘役", "缓刑", "緩刑", "刑期")
#: the years of a term written before its months (有期徒刑1年6月): a count of years, no year's name
_TERM_YEARS = re.compile(r"(?<![0-9])(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})年$")
#: what after N月 makes it a day or a part of a month (6月10日, 2月底前, 3月份, 5月中旬), or the
#: first or last month of a span (2月起执行, 2月至3月, 3月到5月): a time
_MONTH_GOES_ON = frozenset("日号號底初中末上下份起至到0123456789")
#: days after a term's months (拘役3月15天): the term goes on in days, no day of a month
_AND_DAYS = re.compile(r"[0-9]{1,2}天")


def term_month(norm: str, start: int, month_at: int) -> bool:
    """Whether the number at ``start`` and the 月 at ``month_at`` are a term's months: right after
    a court's term, or after the term's years (有期徒刑1年6月), with no day or part of the month after."""
    if norm[month_at : month_at + 1] != "月":
        return False
    if norm[month_at + 1 : month_at + 2] in _MONTH_GOES_ON and not _AND_DAYS.match(norm, month_at + 1):
        return False
    lead = start
    if norm[lead - 1 : lead] == "年" and (years := _TERM_YEARS.search(norm, max(0, lead - 4), lead)):
        lead = years.start()
    return norm.endswith(_TERMS, max(0, lead - 2), lead)
