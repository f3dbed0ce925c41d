"""Whether a report's title dates its figures: a report delivered in a year (2024年政府工作报告
reviews 2023) or an audit of a year's accounts dates none; a year's own report (2022年度工作报告)
is about that year. Part of the time decision (:mod:`.time_scopes`)."""

from __future__ import annotations

import re

from .word_lookups import WordLookups

#: a year and 年度 right before a report's word (2022年度工作报告): the year's own report
_YEAR_OF_THE_REPORT = re.compile(r"(?:19|20)[0-9]{2}年度$")


def delivered(title: str, words: WordLookups) -> bool:
    """Whether the title names a report by the year it is delivered in (2024年政府工作报告 reviews
    2023) or an audit of a year's accounts (2023年度…审计情况): its year dates no figure. A
    year's own report (砺山市博物馆2022年度工作报告, 2023年度工作报告) is about that year."""
    m = words.delivered_report.search(title)
    return m is not None and _YEAR_OF_THE_REPORT.search(title, 0, m.start()) is None
