"""Schema of the ``places`` section of the patterns: the words that tell which place a figure refers to.

The places themselves (names, codes, short forms) are the divisions table (:mod:`.divisions`); these
are the words around them. Every field is data the place module consults; nothing names a site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..core.defaults import empty_list
from .checked_models import STRICT

#: the levels a word like 全市 or 我区 can name (district: a 区, which the document's place decides;
#: world: 全球, no place at all)
OwnLevel = Literal["world", "country", "province", "city", "county", "district", "township"]


@dataclass(frozen=True)
class PlaceRules:
    """Words around place names (``patterns/places.toml`` says what each list does)."""

    __pydantic_config__ = STRICT

    own_place: dict[OwnLevel, list[str]] = field(default_factory=dict)
    not_own_before: list[str] = field(default_factory=empty_list)
    not_own_after: list[str] = field(default_factory=empty_list)
    not_governing_before: list[str] = field(default_factory=empty_list)
    not_governing_after: list[str] = field(default_factory=empty_list)
    not_place_after: list[str] = field(default_factory=empty_list)
    firm_after: list[str] = field(default_factory=empty_list)
    firm_not_after: list[str] = field(default_factory=empty_list)
    firm_heads: list[str] = field(default_factory=empty_list)
    firm_ends: list[str] = field(default_factory=empty_list)
    firm_verbs: list[str] = field(default_factory=empty_list)
    tier_before: list[str] = field(default_factory=empty_list)
    tier_joins: list[str] = field(default_factory=empty_list)
    tier_after: list[str] = field(default_factory=empty_list)
    join_tails: list[str] = field(default_factory=empty_list)
    join_not_after: list[str] = field(default_factory=empty_list)
    word_tails: list[str] = field(default_factory=empty_list)
    word_names: list[str] = field(default_factory=empty_list)
    person_before: list[str] = field(default_factory=empty_list)
    surnames: str = ""
    zone_words: list[str] = field(default_factory=empty_list)
    zone_alone: list[str] = field(default_factory=empty_list)
    site_prefixes: list[str] = field(default_factory=empty_list)
    national_sites: list[str] = field(default_factory=empty_list)
    national_hosts: list[str] = field(default_factory=empty_list)
    host_provinces: dict[str, str] = field(default_factory=dict)
    region_domains: dict[str, str] = field(default_factory=dict)
