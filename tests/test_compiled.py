"""The opt-in compiled build (mypyc, README "Speed"): the same records as pure Python.

The compiled-records test skips unless the installed fact engine is a compiled module (a wheel
built with ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1``, as ``.ci/run`` does); it then holds every
sample's record to its expected file, which the pure run (``test_samples.py``) keeps equal to
pure Python's records. The other two hold the pure tree as the compiled build needs it."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

import gov_facts
from gov_facts.facts import engine
from gov_facts.facts.context import ArticleText
from gov_facts.facts.rulebook import rulebook_for
from gov_facts.facts.scan import Scanner
from gov_facts.rules.patterns import load_patterns
from test_samples import PAGES, expected_path, record_of

COMPILED = Path(engine.__file__).suffix in (".so", ".pyd")
SRC = Path(__file__).resolve().parents[1] / "src" / "gov_facts"


@pytest.mark.skipif(not COMPILED, reason="the fact engine is pure Python (no compiled build installed)")
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_compiled_records_equal_pure(page: Path) -> None:
    assert Path(gov_facts.__file__).resolve().parent != SRC, "the compiled test must run an installed wheel"
    expected = json.loads(expected_path(page).read_text(encoding="utf-8"))
    assert record_of(page) == expected


@pytest.mark.skipif(not COMPILED, reason="the fact engine is pure Python (no compiled build installed)")
def test_compiled_records_equal_pure_in_a_batch(tmp_path: Path) -> None:
    """A run of many pages goes through the worker pool and its own tagger (rjieba's walk): the
    samples through the CLI at ``--jobs 1``, each record (or failure) its expected file's, and the
    exit status pure Python's (1 when a sample has no article, and only then)."""
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    cmd = [sys.executable, "-m", "gov_facts", "extract", "-q", "--jobs", "1", *map(str, PAGES)]
    proc = subprocess.run(
        [*cmd, "-o", str(out), "--errors", str(errors)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    got = {
        Path(r.pop("input")).name: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())
    }
    failed = {
        Path(r["input"]).name: {"error": r["error"]}
        for r in map(json.loads, errors.read_text(encoding="utf-8").splitlines())
    }
    expected = {p.name: json.loads(expected_path(p).read_text(encoding="utf-8")) for p in PAGES}
    assert proc.returncode == (1 if any("error" in e for e in expected.values()) else 0), proc.stderr[-2000:]
    assert not set(got) & set(failed)
    assert {**got, **failed} == expected


def test_no_compiled_module_in_the_source_tree() -> None:
    """An in-place mypyc build leaves ``.so`` files that Python imports before the ``.py`` beside
    them: the edited source would then silently not run."""
    assert sorted(p.relative_to(SRC).as_posix() for p in SRC.rglob("*") if p.suffix in (".so", ".pyd")) == []


def test_the_suffix_reader_does_not_hold_its_scanner() -> None:
    """No Scanner <-> SuffixReader cycle: a document's context is freed when its scan ends, not when
    the garbage collector next walks (see benchmarks/README.md, size scaling)."""
    rules = rulebook_for(load_patterns())
    scanner = Scanner(ArticleText("全年生产总值5.2万亿元。", None, None, rules))
    assert len(list(scanner.scan())) == 1
    assert not any(r is scanner for r in gc.get_referents(scanner.suffix, *gc.get_referents(scanner.suffix)))
