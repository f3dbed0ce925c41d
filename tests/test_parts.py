"""Articles split over pages: the parts given in one run are one record, the parts named."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from gov_facts.run.outcome import Result
from gov_facts.run.parts import join_parts
from gov_facts.run.session import RunOptions, RunSession

PAGES = Path(__file__).resolve().parent / "data" / "pages"
FIRST, SECOND = "t20240126_2001.html", "t20240126_2001_1.html"


def _record(
    name: str, text: str, next_part: str | None = None, title: str = "经济运行情况解读", **kw: Any
) -> Result:
    facts = [{"id": 1, "start": 0, "end": 2, "text": text[:2]}]
    rec = {
        "schema": "gov-facts/1", "input": name, "url": kw.get("url"), "title": title, "text": text,
        "facts": facts, "checks": [{"facts": [1], "stated": 1, "computed": 1, "consistent": True}],
        "warnings": [f"the article continues on another page ({next_part}): …"] if next_part else [],
        "next_part": next_part, "parts": None,
    }  # fmt: skip
    return Result(name, orjson.dumps(rec), len(facts))


def _joined(results: list[Result]) -> list[dict[str, Any] | None]:
    return [None if r.record is None else json.loads(r.record) for r in join_parts(iter(results))]


def test_the_next_part_joins_its_first_part() -> None:
    out = _joined([_record("a/t1.html", "第一部分。", "t1_1.html"), _record("a/t1_1.html", "第二部分。")])
    first, second = out
    assert second is None  # counted and committed, its text in the first record
    assert first is not None and first["text"] == "第一部分。\n第二部分。"
    assert first["parts"] == ["a/t1.html", "a/t1_1.html"] and first["next_part"] is None
    assert [f["id"] for f in first["facts"]] == [1, 2]
    assert first["text"][first["facts"][1]["start"] : first["facts"][1]["end"]] == "第二"
    assert first["checks"][1]["facts"] == [2]
    assert not first["warnings"]


def test_records_keep_their_order_around_a_joined_article() -> None:
    out = _joined(
        [
            _record("a/t1.html", "第一部分。", "t1_1.html"),
            _record("a/x.html", "另一篇。", title="另一篇"),
            _record("a/t1_1.html", "第二部分。"),
            _record("a/y.html", "又一篇。", title="又一篇"),
        ]
    )
    assert [r and r["input"] for r in out] == ["a/t1.html", "a/x.html", None, "a/y.html"]


def test_three_parts_in_a_chain() -> None:
    out = _joined(
        [
            _record("a/t1.html", "一。", "t1_1.html"),
            _record("a/t1_1.html", "二。", "t1_2.html"),
            _record("a/t1_2.html", "三。"),
        ]
    )
    assert out[0] is not None and out[0]["text"] == "一。\n二。\n三。" and out[1:] == [None, None]


NOT_JOINED = [
    ("the same name in another folder", "b/t1_1.html", "经济运行情况解读"),
    ("another headline", "a/t1_1.html", "另一篇文章"),
]


@pytest.mark.parametrize(("name", "title"), [c[1:] for c in NOT_JOINED], ids=[c[0] for c in NOT_JOINED])
def test_a_page_that_is_not_the_next_part(name: str, title: str) -> None:
    out = _joined([_record("a/t1.html", "第一部分。", "t1_1.html"), _record(name, "别的。", title=title)])
    assert out[0] is not None and out[0]["parts"] is None and out[0]["next_part"] == "t1_1.html"
    assert out[1] is not None and out[1]["input"] == name


def test_the_next_part_at_its_url_from_another_folder() -> None:
    """A WARC or a crawl folder: the part is known by its URL."""
    first = _record("a/t1.html", "第一部分。", "t1_1.html", url="http://x.gov.cn/art/t1.html")
    part = _record("b/t1_1.html", "第二部分。", url="http://x.gov.cn/art/t1_1.html")
    out = _joined([first, part])
    assert out[0] is not None and out[0]["parts"] == ["a/t1.html", "b/t1_1.html"] and out[1] is None


def test_a_part_that_never_comes_is_let_go_after_the_window() -> None:
    results = [_record("a/t1.html", "第一部分。", "t1_1.html")]
    results += [_record(f"a/o{i}.html", "别的。", title=f"别的{i}") for i in range(5)]
    seen: list[str] = []

    def feed() -> Iterator[Result]:
        for r in results:
            seen.append(r.input)
            yield r

    out = join_parts(feed(), window=2)
    assert next(out).input == "a/t1.html" and len(seen) == 3  # let go once two more had passed
    assert [r.input for r in out] == [f"a/o{i}.html" for i in range(5)]


def test_a_run_over_the_parts_writes_one_record(tmp_path: Path) -> None:
    """invented-multipage: the two parts and another page in one run, output to a file."""
    for name in (FIRST, SECOND, "hk-news.html"):
        shutil.copyfile(PAGES / name, tmp_path / name)
    out = tmp_path / "out.jsonl"
    summary = RunSession([str(tmp_path)], options=RunOptions(output=out, jobs=0)).run()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert summary.read == 3 and len(records) == 2
    joined = records[1] if records[1]["parts"] else records[0]
    assert [Path(p).name for p in joined["parts"]] == [FIRST, SECOND]
    assert joined["text"].startswith("2023年，面对复杂严峻的外部环境") and joined["text"].endswith(
        "量的合理增长。"
    )
    assert not any("continues on another page" in w for w in joined["warnings"])
    facts = joined["facts"]
    assert all(joined["text"][f["start"] : f["end"]] == f["text"] for f in facts)
    assert [f["id"] for f in facts] == list(range(1, len(facts) + 1))
