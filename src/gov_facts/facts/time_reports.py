"""Whether a page's title dates its figures, and by which period: a report delivered in a year
(2024年政府工作报告 reviews 2023) or an audit of a year's accounts dates none; a year's own report
(2022年度工作报告, 2022年…统计公报, 高雄市112年統計年報) is about that year. The title is read on its
simplified shadow, so that either script gives the same answer. Part of the time decision
(:mod:`.time_scopes`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .regional_times import roc_times
from .rulebook import Rulebook
from .shadow import holds_traditional, shadow_of
from .time_expressions import TimeExpr, find_times
from .time_school import ROC_EPOCH
from .word_lookups import WordLookups, builtin_word_lookups

#: the grains of a time that may date a whole document from its title
_DOCUMENT_GRAINS = frozenset({"month", "quarter", "year", "plan"})

#: a year and 年度 right before a report's word (2022年度工作报告): the year's own report
_YEAR_OF_THE_REPORT = re.compile(r"(?:19|20)[0-9]{2}年度$")


def delivered(title: str, words: WordLookups) -> bool:
    """Whether the title names a report by the year it is delivered in (2024年政府工作报告 reviews
    2023) or an audit of a year's accounts (2023年度…审计情况): its year dates no figure. A
    year's own report (砺山市博物馆2022年度工作报告, 2023年度工作报告) is about that year."""
    m = words.delivered_report.search(title)
    return m is not None and _YEAR_OF_THE_REPORT.search(title, 0, m.start()) is None


def report_year_of(
    title: str | None, words: WordLookups | None = None, roc: bool = False, published: date | None = None
) -> int | None:
    """The year a report is about when its title names one (2022年…统计公报; with ``roc``, a title
    dated in the Republic of China era, also 112年統計年報), else None; a work report's year is the
    year it is delivered in (2024年政府工作报告 reviews 2023), no period (``words``: the Rulebook's,
    the built-in lists when not given). A year after the report's name (《澳門環境狀況報告2024》) is
    its period only before the publish year: 《香港物業報告2026》 out in 2026 is an edition's year."""
    words = builtin_word_lookups() if words is None else words
    if not title or delivered(title, words):
        return None
    m = words.year_report.search(title)
    if m is not None and m.group(1):
        return int(m.group(1))
    if m is not None and published is not None and int(m.group(2)) < published.year:
        return int(m.group(2))
    m = words.roc_year_report.search(title) if roc else None
    return int(m.group(1)) + ROC_EPOCH if m else None


def title_time(
    rules: Rulebook, title: str | None, published: date | None, roc: bool | None
) -> TimeExpr | None:
    """The period the title dates the page's figures by (2023年三季度…, 2022年…统计公报,
    高雄市112年統計年報 on a page of Taiwan or a traditional one of no known place), read on the
    title's shadow, its text as the title writes it; None for an event's year (2023年…博览会开幕) or
    a report delivered in a year."""
    shadow = title_shadow(rules, title)
    if not title or not shadow:
        return None
    words = rules.words
    if delivered(shadow, words):
        return None
    traditional = holds_traditional(title, rules.traditional)
    era = bool(roc) or (roc is None and traditional)
    times = find_times(shadow, published, report_year_of(shadow, words, era, published), words)
    if era:
        dated = roc_times(shadow, published, traditional, roc, words)[0]
        taken = {i for t in dated for i in range(t.start, t.end)}
        times = sorted(
            dated + [t for t in times if taken.isdisjoint(range(t.start, t.end))], key=lambda t: t.start
        )
    for t in times:
        if t.last is None or t.grain not in _DOCUMENT_GRAINS:
            continue
        if t.grain == "year" and not words.report_title.search(shadow):
            continue  # 2023年中国国际智能产业博览会开幕: an event's year, not a report's period
        if t.grain == "year" and words.numbered_name.match(shadow, t.end):
            continue  # 2024年第15号台风“银杏”影响过程总结: the year numbers the typhoon, no period
        return t if shadow == title else replace(t, text=title[t.start : t.end])
    return None


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
