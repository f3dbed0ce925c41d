"""facts/dag.py tags a text as jieba.posseg does (jieba's own ``get_DAG``, ``calc``, ``__cut_DAG``,
``__cut_detail`` and Viterbi, none of them patched): the same route end at every start, the same
words and tags."""

from __future__ import annotations

import random
import re
import sys
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
_TAGGER = dag.tagger_for(jieba.posseg)


def _jiebas_ends(block: str) -> list[int]:
    tok = jieba.dt
    route: dict[int, tuple[float, int]] = {}
    tok.calc(block, tok.get_DAG(block), route)
    return [route[x][1] + 1 for x in range(len(block))]


def _same(text: str) -> None:
    if tagging._parts is not None:
        tagging._parts.ensure(text)  # the dictionary's parts for the text, as tagging reads them
    for block in _BLOCK.findall(text):
        assert dag.route_ends(block, jieba.dt.FREQ, jieba.dt.total) == _jiebas_ends(block)
    want = [(p.word, p.flag) for p in jieba.posseg.lcut(text)]
    dag.unknown.clear()  # read by the HMM, not remembered
    assert _TAGGER.tag(text) == want
    assert _TAGGER.tag(text) == want  # remembered


def test_jieba_untouched() -> None:
    """jieba's own steps stay jieba's: the tests compare with them, and other users of jieba in
    the process get jieba's code."""
    assert jieba.posseg.viterbi is sys.modules["jieba.posseg.viterbi"].viterbi
    assert jieba.posseg.POSTokenizer._POSTokenizer__cut_DAG.__module__ == "jieba.posseg"
    assert jieba.posseg.POSTokenizer._POSTokenizer__cut.__module__ == "jieba.posseg"


@pytest.mark.parametrize(
    "text",
    [
        "国考断面水质优良比例",
        "全市实现地区生产总值",
        "潘卓辉",
        "宜春市袁州区",
        "ABC",
        "一",
        "GDP262",
        "2023年12月",
        "其中\r\n农村12户",
        "港元 HK$ 1,200 million 第一季",
        "5G基站3.2万个，PM2.5平均浓度28微克/立方米",
        "县长潘卓辉、副县长魏其濛出席",
        "A1+B..2_#&x",
        "\r\r\n\n \u3000（）——",
        "",
    ],
)
def test_known_texts(text: str) -> None:
    _same(text)


def test_sample_pages() -> None:
    """Every block of the sample pages' text, whole and cut at random places (as a window is),
    and windows of the text across blocks."""
    rng = random.Random(18)
    for page in _SAMPLES:
        text = page.read_text(encoding="utf-8", errors="replace")
        for block in _BLOCK.findall(text):
            _same(block)
            i = rng.randrange(len(block))
            _same(block[i:])
            _same(block[: i + 1])
        for _ in range(50):
            i = rng.randrange(len(text))
            _same(text[i : i + rng.randrange(1, 40)])


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="的一是在不了有和人这中大为上个国我以要市区县年月日增长亿元万人AB12.+ \r\n、", max_size=30
    )
)
def test_any_text(text: str) -> None:
    _same(text)
