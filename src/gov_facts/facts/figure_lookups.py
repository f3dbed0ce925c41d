"""The lists that decide what a figure means (``[figure_words]`` of ``patterns/words.toml``), as the
sets, tuples and patterns their modules test with, built once per word lists (:mod:`.word_lookups`):
each attribute names the module that reads it and keeps the decision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..rules.patterns import load_patterns
from ..rules.word_lists import FigureWords, WordLists
from .word_regexes import NEVER, words_pattern


@dataclass(frozen=True)
class FigureLookups:
    """The ``[figure_words]`` lists as their readers test them."""

    #: :mod:`.spoken`: the measures of an about-count (百来人), of them money, what may follow its
    #: money, what ends the words before a count, and the surnames that make 千八百 a name's
    about_units: frozenset[str] = frozenset()
    about_money: frozenset[str] = frozenset()
    after_about_money: frozenset[str] = frozenset()
    count_leads: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    #: :mod:`.court_terms`: a court's terms (有期徒刑1年6月) and what after N月 makes it a time
    court_terms: tuple[str, ...] = ()
    month_goes_on: frozenset[str] = frozenset()
    #: :mod:`.counted_object`: the heads of a level, the copulas naming a part, the bounds between a
    #: verb and its count, a breakdown's openers, a division's last character
    level_heads: tuple[str, ...] = ()
    part_copulas: tuple[str, ...] = ()
    count_bounds: frozenset[str] = frozenset()
    breakdown_openers: tuple[str, ...] = ()
    division_ends: frozenset[str] = frozenset()
    #: :mod:`.event_counts`: the measures of events and of ordinals counted in a scope, a
    #: sentence's copulas, an elided event's copulas, what ends the event's noun, what follows a
    #: rank limit, and the verbs before N届 and N节 that make them counts
    event_measures: tuple[str, ...] = ()
    ordinal_measures: tuple[str, ...] = ()
    sentence_copulas: tuple[str, ...] = ()
    elided_copulas: tuple[str, ...] = ()
    event_noun_ends: str = ""
    top_after: tuple[str, ...] = ()
    sessions_counted: re.Pattern[str] = NEVER
    parts_counted: re.Pattern[str] = NEVER


def figure_lookups(r: WordLists) -> FigureLookups:
    """The lookups of ``r.figure_words`` (none when no patterns file has the section)."""
    w = r.figure_words or FigureWords()
    return FigureLookups(
        about_units=frozenset(w.about_units),
        about_money=frozenset(w.about_money),
        after_about_money=frozenset(w.after_about_money),
        count_leads=frozenset(w.count_leads),
        surnames=frozenset(w.surnames),
        court_terms=tuple(w.court_terms),
        month_goes_on=frozenset([*w.month_goes_on, *"0123456789"]),
        level_heads=tuple(w.level_heads),
        part_copulas=tuple(w.part_copulas),
        count_bounds=frozenset(w.count_bounds),
        breakdown_openers=tuple(w.breakdown_openers),
        division_ends=frozenset(w.division_ends),
        event_measures=tuple(w.event_measures),
        ordinal_measures=(*w.event_measures, *w.ordinal_measures),
        sentence_copulas=tuple(w.sentence_copulas),
        elided_copulas=tuple(w.elided_copulas),
        event_noun_ends="".join(w.event_noun_ends),
        top_after=tuple(w.top_after),
        sessions_counted=words_pattern(w.session_verbs, "(?:@)了?$"),
        parts_counted=words_pattern(w.part_verbs, "(?:@)$"),
    )


@lru_cache(maxsize=1)
def builtin_figures() -> FigureLookups:
    """The lookups of the built-in patterns, for a reader its caller gives no rules (a text alone:
    :func:`.spoken.vague_place` from the scanner, :func:`.court_terms.term_month` from the time
    reader), built once: a few small sets and two patterns."""
    return figure_lookups(load_patterns().rules)
