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


# ---------------------------------------------------------------- tables of facts
# (tests/test_invented_s7*.py: a text, a needle inside the figure, the publish day, perhaps the page
# title, and the fields expected of the fact)


def fact_case(
    text: str,
    needle: str,
    published: str,
    row_id: str,
    /,
    title: str | None = None,
    marks: Any = (),
    **expected: Any,
) -> Any:
    """One row: a text, a needle inside the figure, the publish day, the page title, and the fields
    expected of the fact (see :func:`check_fact`)."""
    return pytest.param(text, needle, published, title, expected, id=row_id, marks=marks)


def dated_case(
    text: str, needle: str, published: str, row_id: str, /, marks: Any = (), **expected: Any
) -> Any:
    """One row as :func:`fact_case` without a page title."""
    return pytest.param(text, needle, published, expected, id=row_id, marks=marks)


def no_fact_case(text: str, needle: str, row_id: str, /, marks: Any = ()) -> Any:
    """One row of a text and a needle over which no fact may be read."""
    return pytest.param(text, needle, id=row_id, marks=marks)


def the_fact(text: str, needle: str, published: str, title: str | None = None) -> Fact:
    """The one fact over the first ``needle`` of ``text``."""
    over = overlapping(facts_of(text, published, title), text, needle)
    assert len(over) == 1, f"{needle!r}: {[f.text for f in over]}"
    return over[0]


def check_fact(fact: Fact, expected: dict[str, Any]) -> None:
    """Each expected field: ``time``, ``start`` and ``scope`` by the last, first and scope's last day,
    ``subject`` given as a list or tuple by the gold scorer's rule (:func:`subject_ok`), any other
    tuple as any of its values, a float approximately."""
    for name, want in expected.items():
        if name == "time":
            got: Any = None if fact.time is None else fact.time.end
        elif name == "start":
            got = None if fact.time is None else fact.time.start
        elif name == "scope":
            got = None if fact.scope_time is None else fact.scope_time.end
        else:
            got = getattr(fact, name)
        if name == "subject" and isinstance(want, (list, tuple)):
            assert subject_ok(got, list(want)), (name, got)
        elif isinstance(want, tuple):
            assert got in want, (name, got)
        elif isinstance(want, float):
            assert got == pytest.approx(want), (name, got)
        else:
            assert got == want, (name, got)


def run_fact(text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]) -> None:
    check_fact(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- tables of subjects
# (a text, a needle inside the figure and the subjects the gold scorer would accept)


def subject_case(text: str, needle: str, row_id: str, subjects: list[str], marks: Any = ()) -> Any:
    """One row: the text, a needle inside the figure and the subjects the scorer would accept."""
    return pytest.param(text, needle, subjects, id=row_id, marks=marks)


def check_subject(text: str, needle: str, accepted: list[str], published: str = "2025-01-20") -> None:
    """The fact over ``needle`` has a subject the gold scorer accepts."""
    fact = fact_at(text, needle, published)
    assert subject_ok(fact.subject, accepted), fact.subject
