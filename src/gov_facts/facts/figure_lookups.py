"""The lists that decide what a figure means (``[figure_words]`` of ``patterns/words.toml``), as the
sets, tuples and patterns their modules test with, built once per word lists (:mod:`.word_lookups`):
each attribute names the module that reads it and keeps the decision."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .word_regexes import words_pattern


class FigureLookups:
    """The ``[figure_words]`` lists as their readers test them (a plain class, not a dataclass: the
    methods a dataclass of 21 fields has made cost a start more instructions than the lists)."""

    __slots__ = (
        "about_money", "about_units", "after_about_money", "breakdown_openers", "count_bounds",
        "count_leads", "court_terms", "division_ends", "elided_copulas", "event_measures",
        "event_noun_ends", "level_heads", "month_goes_on", "ordinal_measures", "part_copulas",
        "parts_counted", "sentence_copulas", "sessions_counted", "surnames", "top_after",
    )  # fmt: skip

    #: :mod:`.spoken`: the measures of an about-count (百来人), of them money, what may follow its
    #: money, what ends the words before a count, and the surnames that make 千八百 a name's
    about_units: frozenset[str]
    about_money: frozenset[str]
    after_about_money: frozenset[str]
    count_leads: frozenset[str]
    surnames: frozenset[str]
    #: :mod:`.court_terms`: a court's terms (有期徒刑1年6月) and what after N月 makes it a time
    court_terms: tuple[str, ...]
    month_goes_on: frozenset[str]
    #: :mod:`.counted_object`: the heads of a level, the copulas naming a part, the bounds between a
    #: verb and its count, a breakdown's openers, a division's last character
    level_heads: tuple[str, ...]
    part_copulas: tuple[str, ...]
    count_bounds: frozenset[str]
    breakdown_openers: tuple[str, ...]
    division_ends: frozenset[str]
    #: :mod:`.event_counts`: the measures of events and of ordinals counted in a scope, a
    #: sentence's copulas, an elided event's copulas, what ends the event's noun, what follows a
    #: rank limit, and the verbs before N届 and N节 that make them counts
    event_measures: tuple[str, ...]
    ordinal_measures: tuple[str, ...]
    sentence_copulas: tuple[str, ...]
    elided_copulas: tuple[str, ...]
    event_noun_ends: str
    top_after: tuple[str, ...]
    sessions_counted: re.Pattern[str]
    parts_counted: re.Pattern[str]

    def __init__(self, lists: Mapping[str, list[str]] | None = None) -> None:
        """The lookups of ``lists`` (``figure_words`` of the word lists; none: every list empty)."""
        w: Mapping[str, list[str]] = lists or {}

        def of(key: str) -> list[str]:
            return w.get(key, [])

        self.about_units = frozenset(of("about_units"))
        self.about_money = frozenset(of("about_money"))
        self.after_about_money = frozenset(of("after_about_money"))
        self.count_leads = frozenset(of("count_leads"))
        self.surnames = frozenset(of("surnames"))
        self.court_terms = tuple(of("court_terms"))
        self.month_goes_on = frozenset([*of("month_goes_on"), *"0123456789"])
        self.level_heads = tuple(of("level_heads"))
        self.part_copulas = tuple(of("part_copulas"))
        self.count_bounds = frozenset(of("count_bounds"))
        self.breakdown_openers = tuple(of("breakdown_openers"))
        self.division_ends = frozenset(of("division_ends"))
        self.event_measures = tuple(of("event_measures"))
        self.ordinal_measures = (*of("event_measures"), *of("ordinal_measures"))
        self.sentence_copulas = tuple(of("sentence_copulas"))
        self.elided_copulas = tuple(of("elided_copulas"))
        self.event_noun_ends = "".join(of("event_noun_ends"))
        self.top_after = tuple(of("top_after"))
        self.sessions_counted = words_pattern(of("session_verbs"), "(?:@)了?$")
        self.parts_counted = words_pattern(of("part_verbs"), "(?:@)$")
