"""Texts of any length (issue 15): a bare sentence or paragraph gives its facts, not no_article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import invoke, jsonl
from gov_facts import extract, extract_text
from gov_facts.cli import ExitCode

SENTENCE = "今年以来，全市新增市场主体1.2万户，同比增长5%。"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("全市新增市场主体1.2万户。", id="invented: one short sentence"),
        pytest.param(SENTENCE, id="invented: one sentence with a time"),
        pytest.param(
            "全市新增市场主体1.2万户。\n其中企业4500户，个体工商户7500户。", id="invented: two lines"
        ),
    ],
)
def test_extract_reads_a_bare_sentence(text: str) -> None:
    doc = extract(text.encode("utf-8"), "snippet")
    assert doc.facts, doc.warnings
    assert doc.title is None
    assert doc.text.replace("\n", "") == text.replace("\n", "")


def test_extract_text_takes_the_text_as_it_stands_and_a_publish_date() -> None:
    doc = extract_text(SENTENCE, published="2023-10-20")
    assert [(f.text, f.subject, f.time.end if f.time else None) for f in doc.facts] == [
        ("1.2万户", "市场主体", "2023-10-20"),
        ("5%", "市场主体", "2023-10-20"),
    ]
    assert doc.published_at == "2023-10-20"


def test_a_page_without_a_date_takes_the_assumed_one_with_a_warning() -> None:
    doc = extract("去年全市接待游客1200万人次。".encode(), "x", published="2023-10-20")
    assert doc.facts[0].time is not None and doc.facts[0].time.end == "2022-12-31"
    assert any("assumed" in w for w in doc.warnings)


def test_cli_text_option() -> None:
    result = invoke(
        "extract", "--text", SENTENCE, "--text", "全市已建成5G基站1.2万个。", "--published", "2023-10-20"
    )
    assert result.exit_code == ExitCode.OK, result.stderr
    records = jsonl(result.stdout)
    assert [r["input"] for r in records] == ["text:1", "text:2"]
    assert len(records[0]["facts"]) == 2 and records[1]["facts"][0]["value"] == 12000


def test_cli_reads_a_one_line_file(tmp_path: Path) -> None:
    page = tmp_path / "one.txt"
    page.write_text("全市新增市场主体1.2万户。\n", encoding="utf-8")
    result = invoke("extract", page)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert json.loads(result.stdout)["facts"][0]["text"] == "1.2万户"


def test_cli_reads_a_sentence_on_stdin() -> None:
    result = invoke("extract", "-", input=SENTENCE.encode("utf-8"))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert len(json.loads(result.stdout)["facts"]) == 2


def test_cli_published_must_be_a_date() -> None:
    result = invoke("extract", "--text", SENTENCE, "--published", "yesterday")
    assert result.exit_code == ExitCode.USAGE
    assert "--published" in result.stderr


@pytest.mark.parametrize(
    "on", [pytest.param(True, id="collector on"), pytest.param(False, id="collector off")]
)
def test_reading_a_page_leaves_the_garbage_collector_as_it_found_it(on: bool) -> None:
    """extract() holds automatic collection off while it reads (run/collector.py), then restores it."""
    import gc

    was = gc.isenabled()
    try:
        gc.enable() if on else gc.disable()
        extract(SENTENCE.encode("utf-8"), "snippet")
        extract_text(SENTENCE)
        assert gc.isenabled() is on
    finally:
        gc.enable() if was else gc.disable()
