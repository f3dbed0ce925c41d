"""The word lists of single rules (framing, no_unit, tables, plausible, timing…) in a patterns file:
``patterns/words.toml`` says what each list decides and which module reads it."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Annotated, Any

from pydantic import AfterValidator

from ..core.defaults import empty_list
from .checked_models import STRICT


def _break_months(value: dict[str, list[int]]) -> dict[str, list[int]]:
    for name, months in value.items():
        if len(months) != 2 or not 1 <= months[0] <= months[1] <= 12:
            raise ValueError(f"school_breaks.{name}: a first and a last month, in order, of one year")
    return value


def _holiday_days(value: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    for festival, years in value.items():
        for year, days in years.items():
            if not year.isdigit() or len(days) != 2:
                raise ValueError(f"holidays.{festival}.{year}: a year and its first and last day")
            first, last = (date.fromisoformat(d) for d in days)
            if last < first:
                raise ValueError(f"holidays.{festival}.{year}: the last day is before the first")
    return value


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    """The characters written only in traditional script (the built-in ``patterns/script.toml``):
    read only when a list is validated, which a start from the patterns' cache never does."""
    from .patterns import builtin_dir

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    raw: dict[str, Any] = tomllib.loads((builtin_dir() / "script.toml").read_text(encoding="utf-8"))
    return frozenset("".join(raw.get("script", {}).get("traditional_only", [])))


def _words(values: list[str], *, one_character: bool = False) -> list[str]:
    """A fact-stage list: not empty, no word twice, each word simplified (the fact stage matches a
    traditional page's simplified shadow, so a traditional form would never match)."""
    if not values:
        raise ValueError("an empty list (leave the key out instead)")
    seen: set[str] = set()
    for word in values:
        if not word or word != word.strip():
            raise ValueError(f"{word!r}: an empty word, or one with spaces around it")
        if one_character and len(word) != 1:
            raise ValueError(f"{word!r}: one character an entry")
        if word in seen:
            raise ValueError(f"{word!r} is listed twice")
        seen.add(word)
        if traditional := "".join(c for c in word if c in _traditional_only()):
            raise ValueError(
                f"{word!r}: {traditional} is written only in traditional script; write it simplified"
                " (a traditional page is matched on its simplified shadow)"
            )
    return values


#: the lists of ``[figure_words]`` (``patterns/words.toml`` says what each decides; the fact modules
#: read them through ``facts/figure_lookups.py``), each with whether it is read a character at a time
#: (kept as one checked table, not a class of its own: a class of 22 fields cost a start 6 M
#: instructions to make)
FIGURE_LISTS: dict[str, bool] = {
    "about_units": False, "about_money": False, "after_about_money": True, "count_leads": True,
    "surnames": True, "court_terms": False, "month_goes_on": True, "level_heads": False,
    "part_copulas": True, "count_bounds": False, "breakdown_openers": False, "division_ends": True,
    "event_measures": True, "ordinal_measures": True, "sentence_copulas": False,
    "elided_copulas": True, "event_noun_ends": True, "top_after": False, "session_verbs": False,
    "part_verbs": False, "sending_verbs": False, "received_verbs": False,
}  # fmt: skip


def _figure_words(value: dict[str, list[str]]) -> dict[str, list[str]]:
    for key, words in value.items():
        if key not in FIGURE_LISTS:
            raise ValueError(f"{key}: no such list ({', '.join(FIGURE_LISTS)})")
        try:
            _words(words, one_character=FIGURE_LISTS[key])
        except ValueError as exc:
            raise ValueError(f"{key}: {exc}") from None
    return value


@dataclass(frozen=True)
class WordLists:
    """The lists moved out of the rules' code (session 8): each a list of words a user may extend."""

    __pydantic_config__ = STRICT

    spent_verbs: list[str] = field(default_factory=empty_list)
    spend_purposes: list[str] = field(default_factory=empty_list)
    not_score_after: list[str] = field(default_factory=empty_list)
    average_verb_tails: list[str] = field(default_factory=empty_list)
    attributive_verbs: list[str] = field(default_factory=empty_list)
    age_units: list[str] = field(default_factory=empty_list)
    all_of_them: list[str] = field(default_factory=empty_list)
    table_name_heads: list[str] = field(default_factory=empty_list)
    table_thing_heads: list[str] = field(default_factory=empty_list)
    table_value_heads: list[str] = field(default_factory=empty_list)
    table_place_heads: list[str] = field(default_factory=empty_list)
    table_party_heads: list[str] = field(default_factory=empty_list)
    cause_words: list[str] = field(default_factory=empty_list)
    cause_effects: list[str] = field(default_factory=empty_list)
    threshold_words: list[str] = field(default_factory=empty_list)
    lasting_openers: list[str] = field(default_factory=empty_list)
    defining_words: list[str] = field(default_factory=empty_list)
    alias_openers: list[str] = field(default_factory=empty_list)
    grant_heads: list[str] = field(default_factory=empty_list)
    giving_verbs: list[str] = field(default_factory=empty_list)
    held_verbs: list[str] = field(default_factory=empty_list)
    held_adverbs: list[str] = field(default_factory=empty_list)
    event_verbs: list[str] = field(default_factory=empty_list)
    compared_standards: list[str] = field(default_factory=empty_list)
    speed_nouns: list[str] = field(default_factory=empty_list)
    address_units: list[str] = field(default_factory=empty_list)
    numbered_units: list[str] = field(default_factory=empty_list)
    bare_rates: list[str] = field(default_factory=empty_list)
    lone_adverbs: list[str] = field(default_factory=empty_list)
    rank_moves: list[str] = field(default_factory=empty_list)
    target_bounds: list[str] = field(default_factory=empty_list)
    span_lengths: list[str] = field(default_factory=empty_list)
    rate_heads: list[str] = field(default_factory=empty_list)
    threshold_verbs: list[str] = field(default_factory=empty_list)
    entered_verbs: list[str] = field(default_factory=empty_list)
    campaign_verbs: list[str] = field(default_factory=empty_list)
    lot_words: list[str] = field(default_factory=empty_list)
    campaign_heads: list[str] = field(default_factory=empty_list)
    adjustment_verbs: list[str] = field(default_factory=empty_list)
    now_marks: list[str] = field(default_factory=empty_list)
    build_verbs: list[str] = field(default_factory=empty_list)
    means_verbs: list[str] = field(default_factory=empty_list)
    agent_heads: list[str] = field(default_factory=empty_list)
    agency_nouns: list[str] = field(default_factory=empty_list)
    plan_terms: list[str] = field(default_factory=empty_list)
    plan_nouns: list[str] = field(default_factory=empty_list)
    lead_cues: list[str] = field(default_factory=empty_list)
    done_words: list[str] = field(default_factory=empty_list)
    done_complements: list[str] = field(default_factory=empty_list)
    programme_heads: list[str] = field(default_factory=empty_list)
    under_way_words: list[str] = field(default_factory=empty_list)
    quota_verbs: list[str] = field(default_factory=empty_list)
    quota_reach: list[str] = field(default_factory=empty_list)
    actual_words: list[str] = field(default_factory=empty_list)
    plan_heading_ends: list[str] = field(default_factory=empty_list)
    plan_heading_leads: list[str] = field(default_factory=empty_list)
    total_heads: list[str] = field(default_factory=empty_list)
    overdue_leads: list[str] = field(default_factory=empty_list)
    suspension_leads: list[str] = field(default_factory=empty_list)
    not_span_words: list[str] = field(default_factory=empty_list)
    planned_quantities: list[str] = field(default_factory=empty_list)
    term_names: list[str] = field(default_factory=empty_list)
    penalty_nouns: list[str] = field(default_factory=empty_list)
    scope_coverbs: list[str] = field(default_factory=empty_list)
    glued_plan_cues: list[str] = field(default_factory=empty_list)
    secure_verbs: list[str] = field(default_factory=empty_list)
    inspection_verbs: list[str] = field(default_factory=empty_list)
    project_words: list[str] = field(default_factory=empty_list)
    secured_objects: list[str] = field(default_factory=empty_list)
    manner_words: list[str] = field(default_factory=empty_list)
    pointing_words: list[str] = field(default_factory=empty_list)
    measure_heads: list[str] = field(default_factory=empty_list)
    compared_after: list[str] = field(default_factory=empty_list)
    peak_words: list[str] = field(default_factory=empty_list)
    record_verbs: list[str] = field(default_factory=empty_list)
    reach_verbs: list[str] = field(default_factory=empty_list)
    expectation_words: list[str] = field(default_factory=empty_list)
    expected_reach_verbs: list[str] = field(default_factory=empty_list)
    gain_verbs: list[str] = field(default_factory=empty_list)
    reach_modals: list[str] = field(default_factory=empty_list)
    rank_names: list[str] = field(default_factory=empty_list)
    ratio_cues: list[str] = field(default_factory=empty_list)
    ratio_cues_after: list[str] = field(default_factory=empty_list)
    place_suffixes: list[str] = field(default_factory=empty_list)
    area_words: list[str] = field(default_factory=empty_list)
    base_leads: list[str] = field(default_factory=empty_list)
    base_join_leads: list[str] = field(default_factory=empty_list)
    base_join_ends: list[str] = field(default_factory=empty_list)
    comparison_words: list[str] = field(default_factory=empty_list)
    dateline_ends: list[str] = field(default_factory=empty_list)
    report_words: list[str] = field(default_factory=empty_list)
    report_event_nouns: list[str] = field(default_factory=empty_list)
    attribution_verbs: list[str] = field(default_factory=empty_list)
    times_of_day: list[str] = field(default_factory=empty_list)
    one_counting_verbs: list[str] = field(default_factory=empty_list)
    not_per_words: list[str] = field(default_factory=empty_list)
    share_names: list[str] = field(default_factory=empty_list)
    share_plans: list[str] = field(default_factory=empty_list)
    vague_leads: list[str] = field(default_factory=empty_list)
    pointing_leads: list[str] = field(default_factory=empty_list)
    year_report_words: list[str] = field(default_factory=empty_list)
    delivered_reports: list[str] = field(default_factory=empty_list)
    numbered_names: list[str] = field(default_factory=empty_list)
    further_duties: list[str] = field(default_factory=empty_list)
    occurred_at: list[str] = field(default_factory=empty_list)
    event_ordinal_cues: list[str] = field(default_factory=empty_list)
    event_name_heads: list[str] = field(default_factory=empty_list)
    market_measures: list[str] = field(default_factory=empty_list)
    rate_measures: list[str] = field(default_factory=empty_list)
    term_products: list[str] = field(default_factory=empty_list)
    amount_verbs: list[str] = field(default_factory=empty_list)
    counted_place_heads: list[str] = field(default_factory=empty_list)
    benchmark_quotes: list[str] = field(default_factory=empty_list)
    #: the lists that decide what a figure means (session 19), each checked: see ``FIGURE_LISTS``
    figure_words: Annotated[dict[str, list[str]], AfterValidator(_figure_words)] = field(default_factory=dict)
    #: the official public holidays' days (patterns/times.toml): each festival's days by year, the
    #: other names of a festival, and the words that make its name a holiday (春节|假期, 国庆|黄金周)
    holidays: Annotated[dict[str, dict[str, list[str]]], AfterValidator(_holiday_days)] = field(
        default_factory=dict
    )
    holiday_aliases: dict[str, str] = field(default_factory=dict)
    holiday_heads: list[str] = field(default_factory=empty_list)
    #: school breaks (patterns/times.toml): each name's first and last month, the same every year
    school_breaks: Annotated[dict[str, list[int]], AfterValidator(_break_months)] = field(
        default_factory=dict
    )
