"""Rules models made without building their validators (``rules/checked_models.as_checked``): each
one equal, value for value and type for type, to what validation makes of the same values; the
divisions' township block read by county from its bytes as it was from its text (issue 18)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from gov_facts.facts import durations, event_counts
from gov_facts.rules.divisions import DivisionsInfo, _checked_info, load_divisions

PAGE = Path(__file__).resolve().parents[1] / "samples" / "chrome-inside.html"


def _same(made: BaseModel, validated: BaseModel) -> None:
    assert made == validated
    assert repr(made) == repr(validated)
    assert list(made.__dict__) == list(validated.__dict__)
    assert [type(v) for v in made.__dict__.values()] == [type(v) for v in validated.__dict__.values()]
    assert made.model_fields_set == validated.model_fields_set
    assert hash(made) == hash(validated)


@pytest.mark.parametrize(
    "constant",
    [durations.MONTHS, durations._DAYS, event_counts._TIERS],
    ids=["月 as months (a change-to verb, a court's term)", "日 as days", "级 as tiers"],
)
def test_a_constant_is_what_validation_makes_of_its_values(constant: BaseModel) -> None:
    validated = type(constant).model_validate(constant.model_dump(exclude_unset=True))
    _same(constant, validated)


def test_the_divisions_header_from_its_cache_is_the_validated_one() -> None:
    info = load_divisions().info
    dumped = info.model_dump(mode="json")
    _same(_checked_info(dumped), DivisionsInfo.model_validate(dumped))
    _same(_checked_info(dumped), info)


@pytest.mark.parametrize(
    "meta",
    [
        {"source": "x", "version": "1", "date": "2024-01-01"},
        {"source": "x", "version": "1", "date": "2024-01-01", "licence": "y", "more": "z"},
        {"source": "x", "version": 1, "date": "2024-01-01", "licence": "y"},
        ["x", "1", "2024-01-01", "y"],
    ],
    ids=["a field missing", "a field too many", "a value not text", "not a mapping"],
)
def test_a_damaged_header_in_the_cache_is_refused(meta: Any) -> None:
    with pytest.raises(ValueError):
        _checked_info(meta)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("341802", ("341802110", "水东镇")),  # a county of Anhui (Xuanzhou's 宣州区)
        ("110101", None),  # the first counties of the block
        ("３４１８０２", "nothing"),  # full-width digits are no county's code
        ("34180", "nothing"),
        ("34180a", "nothing"),
        ("999999", "nothing"),  # past the end of the block
        ("000000", "nothing"),  # before its start
    ],
    ids=[
        "a county", "Beijing's first district", "full-width digits", "five digits", "not digits",
        "past the end", "before the start",
    ],
)  # fmt: skip
def test_a_countys_townships_are_read_from_the_blocks_bytes(
    key: str, expected: tuple[str, str] | str | None
) -> None:
    table = load_divisions()
    towns = table.townships_of(key)
    if expected == "nothing":
        assert towns == []
    else:
        assert towns == table.all_townships().get(key, [])
        assert expected is None or expected in towns
    assert len(table) == len(table.by_key) + table.township_lines.count("\n")


_VALIDATORS_AT_EXIT = """
import atexit, sys
from gov_facts.rules.divisions import DivisionsInfo
from gov_facts.rules.patterns import MeasureWord, UnitEntry
atexit.register(lambda: print(sorted(c.__name__ for c in (DivisionsInfo, MeasureWord, UnitEntry)
                                     if c.__pydantic_complete__), flush=True))
sys.argv = ["gov-facts", *sys.argv[1:]]
from gov_facts.cli.app import main
main()
"""


def test_a_plain_extract_builds_no_rules_validator_for_its_constants(tmp_path: Path) -> None:
    """After the run that writes the caches, a one-page start builds none of these validators."""
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONUTF8": "1"}
    said = []
    for _ in range(2):
        out = subprocess.run(
            [sys.executable, "-c", _VALIDATORS_AT_EXIT, "extract", "-q", str(PAGE), "--jobs", "0"],
            capture_output=True, text=True, env=env, timeout=60, check=False,
        )  # fmt: skip
        assert out.returncode == 0, out.stderr[-2000:]
        said.append(out.stdout.splitlines()[-1])
    assert said[1] == "[]"
