"""Indicators: a subject with the other ways articles write it, and units that can be compared.

An indicator is a name with its variants (``patterns/indicators.toml``, extended with
``--patterns``). A fact's subject belongs to it when, after dropping spaces and quotation marks,
it

1. is the name or a variant (score 1.0);
2. ends with one (0.9): a Chinese noun's head comes last, so 征迁安置房 and 市区安置房 are kinds
   of 安置房, while 安置房项目 (projects) or 安置房建设资金 (money) are other things;
3. is close to one in writing and has the same last character, the head (score: the similarity):
   the normalized Indel similarity of rapidfuzz (``fuzz.ratio``, twice the longest common
   subsequence over the two lengths), at least :data:`MIN_SIMILARITY`: 安置住房 ~ 安置房 0.86,
   保障性租赁房 ~ 保障性租赁住房 0.92; but 工业增加值 ~ 规模以上工业增加值 0.71 (another scope) and
   商品房 ~ 安置房 0.33 do not match. An abbreviation (固投 for 固定资产投资) is a variant to list.

Facts of one indicator are compared only within a *measure*: counts with counts of the same
unit (套 with 套, never with 户), money in one currency (values are already in yuan: 万元 and 亿元
compare as such), physical quantities in their SI unit, percentages apart from percentage
points, and levels (安置房9100套) apart from changes (增加500套, 增长5%).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..rules.patterns import Patterns

#: the least writing similarity (rapidfuzz ratio, 0-1) for a subject to match a variant by rule 3
MIN_SIMILARITY = 0.8
_NOISE = re.compile(r"[\s\u3000“”‘’\"'《》〈〉「」『』]+")


@dataclass(frozen=True)
class Indicator:
    """An indicator: its name and every way of writing it (the name first)."""

    name: str
    variants: tuple[str, ...]


def normalize(subject: str) -> str:
    """A subject without spaces and quotation marks."""
    return _NOISE.sub("", subject)


def listed(patterns: Patterns) -> list[Indicator]:
    """The indicators of the patterns in force; entries with the same name are merged."""
    merged: dict[str, list[str]] = {}
    for entry in patterns.rules.indicators:
        names = merged.setdefault(normalize(entry.name), [normalize(entry.name)])
        names += [v for v in map(normalize, entry.variants) if v not in names]
    return [Indicator(name, tuple(vs)) for name, vs in merged.items()]


def resolve(query: str, patterns: Patterns) -> Indicator:
    """The indicator a user asks for: the listed one that has ``query`` as name or variant, else
    ``query`` alone."""
    q = normalize(query)
    for indicator in listed(patterns):
        if q in indicator.variants:
            return indicator
    return Indicator(q, (q,))


def score(subject: str, indicator: Indicator) -> float:
    """How well a subject matches an indicator (0 when it does not): the rules of the module doc."""
    from rapidfuzz import fuzz

    s = normalize(subject)
    if not s:
        return 0.0
    best = 0.0
    for v in indicator.variants:
        if s == v:
            return 1.0
        if len(v) >= 2 and s.endswith(v):
            best = max(best, 0.9)
        elif s[-1] == v[-1]:
            sim = fuzz.ratio(s, v) / 100
            if sim >= MIN_SIMILARITY:
                best = max(best, min(sim, 0.89))
    return best


def matching(subjects: Iterable[str], indicator: Indicator) -> dict[str, float]:
    """The subjects that belong to the indicator, with their scores."""
    out = {}
    for s in subjects:
        if s and (sc := score(s, indicator)) > 0:
            out[s] = sc
    return out


@dataclass(frozen=True, order=True)
class Measure:
    """What makes two figures comparable: kind, unit (or currency, or SI unit), level or change."""

    kind: str
    unit: str
    change: bool

    def label(self) -> str:
        return f"{self.kind} in {self.unit}" + (", change" if self.change else "")


def measure(fact: Mapping[str, Any]) -> Measure:
    """The measure of a fact row (the facts table's columns)."""
    kind = str(fact.get("kind") or "other")
    is_change = fact.get("change") in ("increase", "decrease")
    if kind == "money":
        return Measure(kind, str(fact.get("currency") or "CNY"), is_change)
    if fact.get("si_unit"):
        return Measure(kind, str(fact["si_unit"]), is_change)
    return Measure(kind, str(fact.get("unit") or ""), is_change)


def comparable_value(fact: Mapping[str, Any]) -> tuple[float | None, float | None, float | None]:
    """(value, low, high) in the measure's unit: SI for physical quantities; a decrease negative."""
    if fact.get("si_unit") and fact.get("si_value") is not None and fact.get("value") not in (None, 0):
        factor = float(fact["si_value"]) / float(fact["value"])
    else:
        factor = 1.0
    sign = -1.0 if fact.get("change") == "decrease" else 1.0
    out = []
    for key in ("value", "low", "high"):
        v = fact.get(key)
        out.append(None if v is None else sign * factor * float(v))
    return out[0], out[1], out[2]


def head_of(subject: str, heads: Mapping[str, Any]) -> str | None:
    """The longest other subject among ``heads`` that ``subject`` ends with (two characters or
    more): what an unlisted subject is a kind of (市区安置房 -> 安置房)."""
    s = normalize(subject)
    for k in range(1, len(s) - 1):
        if s[k:] in heads:
            return s[k:]
    return None
