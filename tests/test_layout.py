"""The layout holds: modules stay small, every command's help renders and tells the truth,
and every document the code points to exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clirun import invoke
from gov_facts.cli import ExitCode

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "gov_facts"
MAX_LINES = 400
COMMANDS = ["extract", "show", "patterns", "series", "indicators", "db", "db info"]


@pytest.mark.parametrize("module", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_passes_400_lines(module: Path) -> None:
    lines = len(module.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module.relative_to(REPO)} has {lines} lines: split it by what it does"


@pytest.mark.parametrize("command", [[], *(c.split() for c in COMMANDS)], ids=["gov-facts", *COMMANDS])
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_every_help_renders(command: list[str], flag: str) -> None:
    result = invoke(*command, flag)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "Usage:" in result.stdout
    # on/off flags take no value: no type placeholder such as <bool> after them
    assert "<bool>" not in result.stdout
    assert not re.search(r"<list\[|<path>|<int range>|<float range>", result.stdout)


def test_show_help_says_directories_work_without_html_dir() -> None:
    text = " ".join(invoke("show", "--help").stdout.split())
    assert "directories" in text and "with --html-dir also" not in text


def _docs_named_in_code() -> list[str]:
    named = set()
    for path in SRC.rglob("*.py"):
        named |= set(re.findall(r"\b(docs/[\w./-]+\.(?:md|png|html))", path.read_text(encoding="utf-8")))
    return sorted(named)


@pytest.mark.parametrize("doc", _docs_named_in_code())
def test_every_doc_the_code_names_exists(doc: str) -> None:
    assert (REPO / doc).is_file(), f"{doc} is named in the code (help or docstrings) but does not exist"


def test_the_code_names_some_docs() -> None:
    assert _docs_named_in_code(), "the doc-existence test above would pass vacuously"
