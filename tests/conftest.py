"""Shared fixtures for the page-side tests: the page rules and the optional ../shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from gov_facts.rules.patterns import PatternFile, Patterns, load_file

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"


@pytest.fixture(scope="session")
def page_patterns() -> Patterns:
    """Only the page side's own pattern files, so these tests do not depend on the fact side's."""
    chrome = load_file(REPO / "patterns" / "chrome.toml").chrome
    metadata = load_file(REPO / "patterns" / "metadata.toml").metadata
    return Patterns(rules=PatternFile(chrome=chrome, metadata=metadata))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only corpus next to the repository; tests using it skip when it is absent."""
    if not (SHARED / "corpus" / "pages").is_dir():
        pytest.skip("../shared (corpus and gold) is not available")
    return SHARED.resolve()


@pytest.fixture(scope="session")
def jieba_loaded() -> None:
    """Load jieba in the test process once, so forked workers start with it (keeps batch tests fast)."""
    from gov_facts.facts.tagging import pos_tag

    pos_tag("预热")
