"""Running the fact engine on a snippet, for the construction tables (test_fact_*.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from typing import Any

import pytest

from gov_facts.core.models import Fact
from gov_facts.facts.engine import find_facts
from gov_facts.rules.patterns import load_patterns

PATTERNS = load_patterns()


@cache
def facts_of(text: str, published: str | None, title: str | None = None) -> tuple[Fact, ...]:
    day = date.fromisoformat(published) if published else None
    return tuple(find_facts(text, PATTERNS, day, title)[0])


def fact_at(text: str, needle: str, published: str | None = "2023-10-20", title: str | None = None) -> Fact:
    """The one fact whose span overlaps ``needle`` (its first occurrence in ``text``).

    ``needle`` may carry a marker of which occurrence: ``"5%@2"`` is the second ``5%``.
    """
    nth = 1
    if "@" in needle:
        needle, count = needle.rsplit("@", 1)
        nth = int(count)
    i = -1
    for _ in range(nth):
        i = text.find(needle, i + 1)
    assert i >= 0, f"{needle!r} is not in {text!r}"
    facts = facts_of(text, published, title)
    hits = [f for f in facts if f.start < i + len(needle) and i < f.end]
    shown = [(f.text, f.value, f.unit, f.subject) for f in facts]
    assert len(hits) == 1, f"{needle!r}: expected one fact over it, got {shown}"
    return hits[0]


def subject_ok(pred: str | None, accept: list[str]) -> bool:
    """The gold scorer's rule (shared/eval/score.py): equal, or contains an accepted subject with at
    most 4 extra characters, or is contained in one with at least 2 characters."""
    p = "".join((pred or "").split())
    if not accept:
        return True
    if not p:
        return False
    return any(p == a or (a in p and len(p) - len(a) <= 4) or (p in a and len(p) >= 2) for a in accept)


# ---------------------------------------------------------------- tables of quantities
# (tests/test_quantities.py and tests/test_number_forms.py: a text, a needle inside the figure and
# the fields expected of it)


def known_miss(reason: str) -> pytest.MarkDecorator:
    """A row that fails today: a strict xfail, so it is noticed when it starts to pass."""
    return pytest.mark.xfail(strict=True, reason=reason)


def row(text: str, needle: str, row_id: str, /, marks: Any = (), **expected: Any) -> Any:
    """One row: the text, a needle inside the figure, and the fields expected of it."""
    return pytest.param(text, needle, expected, id=row_id, marks=marks)


def overlapping(items: Iterable[Any], text: str, needle: str) -> list[Any]:
    """The facts or quantities of ``text`` that overlap the first ``needle`` in it."""
    i = text.find(needle)
    assert i >= 0, f"{needle!r} is not in {text!r}"
    return [q for q in items if q.start < i + len(needle) and i < q.end]


def check_fields(got: Any, expected: dict[str, Any]) -> None:
    """Each expected field: equal, approximately equal for a float, one of a tuple's values."""
    for name, want in expected.items():
        value = getattr(got, name)
        if isinstance(want, tuple):
            assert value in want, (name, value)
        elif isinstance(want, float):
            assert value == pytest.approx(want), (name, value)
        else:
            assert value == want, (name, value)


def table_rows(tables: dict[str, list[Any]], keep: Callable[[str, Any], bool] | None = None) -> list[Any]:
    """The rows of named tables as one parameter list, each id led by its table's name; ``keep``
    (table, row) picks some of them."""
    return [
        pytest.param(*p.values, id=f"{table}/{p.id}", marks=p.marks)
        for table, rows in tables.items()
        for p in rows
        if keep is None or keep(table, p)
    ]


def check_one(over: list[Any], needle: str, expected: dict[str, Any]) -> None:
    """The one quantity or fact over the needle has the expected fields; ``{"kind": None}``
    expects none at all."""
    if expected == {"kind": None}:
        assert [q.text for q in over] == []
        return
    assert len(over) == 1, f"{needle!r}: {[q.text for q in over]}"
    check_fields(over[0], expected)
