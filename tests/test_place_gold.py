"""The place gold (tests/data/places, format in its README): well formed, and scored.

The scorer is ``benchmarks/place_accuracy.py`` (imported here), so these figures are the ones
``python benchmarks/place_accuracy.py`` prints. Pages that need ../shared skip when it is absent.
Held-out place gold (``heldout/``, written by a separate annotator) is only checked for its form
here; its score is the lead's to read.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLACES = ROOT / "tests" / "data" / "places"
SHARED = ROOT.parent / "shared"
LEVELS = {"country", "province", "city", "county", "township", "zone"}
#: the dev place gold's recorded level (300 of 300 found facts right): losing more than one fact fails
RECORDED_ACCURACY = 1.0


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("place_accuracy", ROOT / "benchmarks" / "place_accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


SCORER = _scorer()
GOLD_FILES = sorted(PLACES.glob("*.json")) + sorted((PLACES / "heldout").glob("*.json"))


def _check_place(p: Any, where: str) -> None:
    for one in p if isinstance(p, list) else [p]:
        if one is None:
            continue
        assert set(one) <= {"name", "code", "level", "text"}, where
        assert one["level"] in LEVELS, where
        code = one.get("code")
        assert code is None or re.fullmatch(r"\d{6}|\d{9}|[A-Z]{2}", code), f"{where}: code {code!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_place_gold_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert {"page", "facts_gold", "document", "places"} <= set(gold), path.name
    _check_place(gold["document"], f"{path.name}: document")
    for i, entry in enumerate(gold["places"]):
        assert {"context", "number_text", "place"} <= set(entry), f"{path.name}: entry {i}"
        assert entry["number_text"].replace(" ", "") in entry["context"].replace(" ", ""), f"{path.name}: {i}"
        _check_place(entry["place"], f"{path.name}: entry {i}")
    if gold["facts_gold"] is None:
        return
    facts_gold = (
        (ROOT / gold["facts_gold"])
        if gold["facts_gold"].startswith("tests/")
        else SHARED / gold["facts_gold"]
    )
    if not facts_gold.is_file():
        pytest.skip("../shared is not available")
    facts = json.loads(facts_gold.read_text(encoding="utf-8"))["facts"]
    keys = [(f["context"], f["number_text"]) for f in facts]
    assert [(e["context"], e["number_text"]) for e in gold["places"]] == keys, "entries follow the fact gold"


def _dev_scores() -> list[Any]:
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return [SCORER.score_file(p) for p in sorted(PLACES.glob("*.json"))]


def test_dev_place_accuracy_holds() -> None:
    scores = _dev_scores()
    found = sum(s.found for s in scores)
    right = sum(s.right for s in scores)
    assert found >= sum(s.facts for s in scores) - 2, "the place gold's facts are found"
    assert right >= RECORDED_ACCURACY * found - 1, SCORER.summary(scores)
    assert all(s.document_ok for s in scores), [s.page for s in scores if not s.document_ok]


PLACE_OK = [
    pytest.param(
        {"name": "宣城市", "code": "341800", "level": "city"},
        {"name": "宣城市", "code": "341800", "level": "city"},
        True,
        id="same division",
    ),
    pytest.param(
        {"name": "宣城", "code": "341800", "level": "city", "text": "宣城"},
        {"name": "宣城市", "code": "341800", "level": "city"},
        True,
        id="own code: the name may differ",
    ),
    pytest.param(
        {"name": "宣州区", "code": "341802", "level": "county"},
        {"name": "宣城市", "code": "341800", "level": "city"},
        False,
        id="another division",
    ),
    pytest.param(
        {"name": "宣城市", "code": "341800", "level": "zone"},
        {"name": "宣城市", "code": "341800", "level": "city"},
        False,
        id="same code, other level",
    ),
    pytest.param(
        {"name": "经开区", "code": "341800", "level": "zone"},
        {"name": "高新区", "code": "341800", "level": "zone"},
        False,
        id="a zone: the name counts",
    ),
    pytest.param(
        {"name": "沙田区", "code": "810000", "level": "county"},
        {"name": "东区", "code": "810000", "level": "county"},
        False,
        id="Hong Kong's districts share a code",
    ),
    pytest.param(
        {"name": "桐溪县", "code": None, "level": "county"},
        {"name": "桐溪县", "code": None, "level": "county"},
        True,
        id="no code: by name",
    ),
    pytest.param(None, None, True, id="both none"),
    pytest.param(
        None, {"name": "宣城市", "code": "341800", "level": "city"}, False, id="a place where none is"
    ),
    pytest.param(
        {"name": "美国", "code": "US", "level": "country"},
        [{"name": "美国", "code": "US", "level": "country"}, None],
        True,
        id="one of a list",
    ),
    pytest.param(
        None, [{"name": "美国", "code": "US", "level": "country"}, None], True, id="none, in a list"
    ),
]


@pytest.mark.parametrize(("pred", "gold", "ok"), PLACE_OK)
def test_place_matching(pred: Any, gold: Any, ok: bool) -> None:
    assert SCORER.place_ok(pred, gold) is ok


def test_facts_are_located_by_context() -> None:
    record = {
        "text": "截至目前已交安置房424套，404套已预分配。",
        "facts": [{"start": 9, "end": 13, "place": None}, {"start": 14, "end": 18, "place": None}],
    }
    assert SCORER.locate(record, "404套已预分配", "404")["start"] == 14
    assert SCORER.locate(record, "安置房 424套", "424")["start"] == 9
    assert SCORER.locate(record, "不在文中", "1") is None
