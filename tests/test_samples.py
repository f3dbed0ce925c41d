"""The hand-written pages in samples/ against their expected records beside them.

Each ``samples/NAME.html|txt`` has ``samples/NAME.expected.json``: the whole
record (metadata, text, facts) or ``{"error": kind}``. After an intended change
to extraction, regenerate with ``python tests/test_samples.py`` and review the
diff of the expected files before committing them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from gov_facts import extract
from gov_facts.core.errors import GovFactsError

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAGES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".html", ".txt"))
SEED_VARIANTS = [
    "xuancheng-2021-10-27.html",
    "xuancheng-2021-10-27.gbk.html",
    "xuancheng-2021-10-27-dump.txt",
]


def record_of(page: Path) -> dict[str, Any]:
    """What extraction gives for a sample, in the shape stored in its expected file."""
    try:
        rec = extract(page.read_bytes(), page.name).to_dict()
    except GovFactsError as exc:
        return {"error": exc.kind}
    rec.pop("input")
    return rec


def expected_path(page: Path) -> Path:
    return page.with_name(page.stem + ".expected.json")


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_sample_matches_expected(page: Path) -> None:
    expected = json.loads(expected_path(page).read_text(encoding="utf-8"))
    got = record_of(page)
    if "error" in expected:
        assert got == expected
        return
    for key in ("title", "published_at", "source", "author", "editor", "publisher", "doc_number",
                "index_number", "site", "url", "encoding", "text", "warnings"):  # fmt: skip
        assert got[key] == expected[key], key
    assert [f["text"] for f in got["facts"]] == [f["text"] for f in expected["facts"]]
    for g, e in zip(got["facts"], expected["facts"], strict=True):
        assert g == e, f"fact {e['id']} {e['text']}"
    assert got["checks"] == expected["checks"]


def _fact_view(rec: dict[str, Any]) -> list[tuple[Any, ...]]:
    keys = ("text", "value", "unit", "kind", "subject", "qualifier", "change", "time", "status")
    return [tuple(json.dumps(f[k], ensure_ascii=False) for k in keys) for f in rec["facts"]]


@pytest.mark.parametrize("variant", SEED_VARIANTS[1:], ids=["gbk-html", "text-dump"])
def test_seed_variants_give_the_same_facts(variant: str) -> None:
    """The seed as UTF-8 HTML, GBK HTML and a text dump: one article, one set of facts."""
    base = record_of(SAMPLES / SEED_VARIANTS[0])
    other = record_of(SAMPLES / variant)
    assert other["text"] == base["text"]
    assert _fact_view(other) == _fact_view(base)
    assert len(base["facts"]) == 30


def test_list_page_is_no_article() -> None:
    assert record_of(SAMPLES / "list-page.html") == {"error": "no_article"}


def regenerate() -> None:
    """Rewrite every expected file from the current extraction (review the diff!)."""
    for page in PAGES:
        rec = record_of(page)
        expected_path(page).write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {expected_path(page).name}", file=sys.stderr)


if __name__ == "__main__":
    regenerate()
