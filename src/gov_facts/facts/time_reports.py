"""Whether a report's title dates its figures: a report delivered in a year (2024年政府工作报告
reviews 2023) or an audit of a year's accounts dates none; a year's own report (2022年度工作报告)
is about that year. Part of the time decision (:mod:`.time_scopes`)."""

from __future__ import annotations

import re

from .rulebook import Rulebook
from .shadow import shadow_of
from .word_lookups import WordLookups, builtin_word_lookups

#: a year and 年度 right before a report's word (2022年度工作报告): the year's own report
_YEAR_OF_THE_REPORT = re.compile(r"(?:19|20)[0-9]{2}年度$")


def delivered(title: str, words: WordLookups) -> bool:
    """Whether the title names a report by the year it is delivered in (2024年政府工作报告 reviews
    2023) or an audit of a year's accounts (2023年度…审计情况): its year dates no figure. A
    year's own report (砺山市博物馆2022年度工作报告, 2023年度工作报告) is about that year."""
    m = words.delivered_report.search(title)
    return m is not None and _YEAR_OF_THE_REPORT.search(title, 0, m.start()) is None


def report_year_of(title: str | None, words: WordLookups | None = None) -> int | None:
    """The year a report is about when its title names one (2022年…统计公报), else None; a work
    report's year is the year it is delivered in (2024年政府工作报告 reviews 2023), no period
    (``words``: the Rulebook's, the built-in lists when not given)."""
    words = builtin_word_lookups() if words is None else words
    if not title or delivered(title, words):
        return None
    m = words.year_report.search(title)
    return int(m.group(1)) if m else None


#: a white circle written for zero among Chinese digits (二○二四年)
_CIRCLE_ZERO = re.compile("(?<=[〇一二三四五六七八九])○|○(?=[〇一二三四五六七八九])")


def title_shadow(rules: Rulebook, title: str | None) -> str | None:
    """The title as the rules read the text: simplified (二○二四年天氣回顧 -> 二〇二四年天气回顾), its
    zeros written 〇 whatever the script, so that its year and its report word are found."""
    if not title:
        return title
    shadow = shadow_of(title, rules.traditional, rules.particle_zhi)
    while "○" in shadow and (zeros := _CIRCLE_ZERO.sub("〇", shadow)) != shadow:
        shadow = zeros  # again for a run of them (二○○五年)
    return shadow
