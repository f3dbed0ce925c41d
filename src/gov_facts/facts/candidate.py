"""A figure found in the text, before its subject, time and status are decided."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..rules.patterns import MeasureWord, UnitEntry


@dataclass
class Candidate:
    """A fact in the making: where it stands and what has been read so far."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    kind: str = "count"
    entry: UnitEntry | MeasureWord | None = None
    qualifier: str = "exact"
    unit_start: int = 0
    subject: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


#: the kinds of a physical quantity (a length, an area…), not a count, an amount or a rate
PHYSICAL_KINDS = ("area", "length", "mass", "volume", "energy", "power")
#: the kinds whose figure with no noun of its own takes what the last figure in its unit measured
UNIT_KINDS = frozenset({"count", *PHYSICAL_KINDS})


#: the figures read before, in text order, each with its subject and whether that subject is a
#: clause topic later figures may inherit
Prior = list[tuple[Candidate, str | None, bool]]


def since(prev: Prior, start: int) -> Prior:
    """The figures of ``prev`` that start at ``start`` or later: its tail, as figures come in
    text order (read from the end, so a long text costs no more per figure than a short one)."""
    i = len(prev)
    while i > 0 and prev[i - 1][0].start >= start:
        i -= 1
    return prev[i:]


def last_counted(
    items: Prior, unit: str | None, skip: str | None, before: int | None = None, kind: str = "count"
) -> str | None:
    """What the last count of ``items`` in measure word ``unit`` counted (starting before ``before``,
    if given), other than ``skip``: a count with no thing of its own counts what the last count of
    the same measure word counted (已交付780套…剩余420套); ``kind``: or what the last measure of
    another kind in the same unit measured (…累计雨量超过100毫米，其中214个站超过250毫米).
    :func:`.carried.carried` asks it within the sentence, :func:`.subject_counted_before.counted_before`
    within the paragraph."""
    for p, subj, _ in reversed(items):
        if (
            subj
            and p.kind == kind
            and p.unit == unit
            and subj != skip
            and (before is None or p.start < before)
        ):
            return subj
    return None
