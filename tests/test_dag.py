"""facts/dag.py cuts a block as jieba's own ``get_DAG``, ``calc`` and ``__cut_DAG`` do (it replaces
them for speed): the same route end at every start, the same words and tags."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gov_facts.facts import dag, tagging
from gov_facts.facts.tagging import pos_tag

pos_tag("预热")  # loads jieba and its posseg tables

import jieba  # noqa: E402
import jieba.posseg  # noqa: E402

#: a run jieba cuts as one block (its re_han_internal)
_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._]+")
_SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.html"))


def _jiebas_ends(block: str) -> list[int]:
    tok = jieba.dt
    route: dict[int, tuple[float, int]] = {}
    tok.calc(block, tok.get_DAG(block), route)
    return [route[x][1] + 1 for x in range(len(block))]


def _same(block: str) -> None:
    if tagging._parts is not None:
        tagging._parts.ensure(block)  # the dictionary's parts for the block, as tagging reads them
    assert dag.route_ends(block, jieba.dt.FREQ, jieba.dt.total) == _jiebas_ends(block)
    tagger = jieba.posseg.dt
    want = [(p.word, p.flag) for p in dag.jiebas_cut_dag(tagger, block)]
    assert [(p.word, p.flag) for p in dag.cut_dag(tagger, block)] == want


def test_installed() -> None:
    assert jieba.posseg.POSTokenizer._POSTokenizer__cut_DAG is dag.cut_dag
    assert dag.jiebas_cut_dag is not None and dag.jiebas_cut_dag is not dag.cut_dag


@pytest.mark.parametrize(
    "block",
    [
        "国考断面水质优良比例",
        "全市实现地区生产总值",
        "潘卓辉",
        "宜春市袁州区",
        "ABC",
        "一",
        "GDP262",
        "2023年12月",
    ],
)
def test_known_blocks(block: str) -> None:
    _same(block)


def test_sample_pages() -> None:
    """Every block of the sample pages' text, whole and cut at random places (as a window is)."""
    rng = random.Random(18)
    for page in _SAMPLES:
        for block in _BLOCK.findall(page.read_text(encoding="utf-8", errors="replace")):
            _same(block)
            i = rng.randrange(len(block))
            _same(block[i:])
            _same(block[: i + 1])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="的一是在不了有和人这中大为上个国我以要市区县年月日增长亿元万人AB12", max_size=30))
def test_any_block(block: str) -> None:
    if block:
        _same(block)
