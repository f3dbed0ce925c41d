"""The README's Python examples run as written: each ```python block, in a folder holding what
the examples name (``facts.jsonl`` of the samples, an ``archive.duckdb`` of the samples and the
invented series pages, a ``page.html``), with the packages the ``test`` extra installs (which
include the ``db`` extra's: pandas, DuckDB)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from archive_helpers import SAMPLES, load
from clirun import invoke

REPO = Path(__file__).resolve().parents[1]
BLOCKS = re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, jieba_loaded: None) -> Path:
    here = tmp_path_factory.mktemp("readme")
    (here / "facts.jsonl").write_text(invoke("extract", SAMPLES, "--jobs", "0").stdout, encoding="utf-8")
    load(here / "archive.duckdb", SAMPLES, REPO / "tests" / "data" / "series")
    shutil.copy(SAMPLES / "xuancheng-2021-10-27.html", here / "page.html")
    return here


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("code", BLOCKS, ids=[b.splitlines()[0][:40] for b in BLOCKS])
def test_readme_python_example_runs(code: str, folder: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() or ("print(" not in code and ".show()" not in code)


def test_the_reprint_query_finds_the_reprints(folder: Path) -> None:
    code = next(b for b in BLOCKS if "a figure's reprints" in b)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, timeout=120
    )
    assert "宣城市人民政府" in done.stdout  # the sample page's two copies (gbk, text dump) reprint it
