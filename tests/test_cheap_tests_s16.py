"""Session 16 (issue 18): the cheap first tests of the fact stage give what the searches they spare
would give. Each row: a text and an end; the helper's answer must equal the plain search's."""

from __future__ import annotations

import re

import pytest

from gov_facts.facts.nearest_words import nearest_word
from gov_facts.facts.text import SENTENCE_END, ends_of, search_ending, search_near, starts_of

_FOOTNOTE = re.compile(r"[\[［](?:[0-9]{1,2}|注[0-9]?)[\]］]$")
_LIGHT_VERB = re.compile(r"(?:约为|为|达到|达|是)$")
_LABEL = re.compile(
    r"(?:^|[\n。；;]|(?<![0-9])[，,])\s*([^\n。；;，,:：]{2,12})[:：]([^\n。；;，,:：]{0,16})$"
)

ENDINGS = [
    pytest.param(
        _FOOTNOTE,
        "地区生产总值[2]32074.7亿元",
        10,
        "]］",
        id="footnote before the figure (written: bulletin)",
    ),
    pytest.param(_FOOTNOTE, "注释见下[注1]\n2,100个", 9, "]］", id="footnote then a newline: $ before it"),
    pytest.param(_FOOTNOTE, "全市共有学校", 6, "]］", id="no footnote"),
    pytest.param(_LIGHT_VERB, "常住人口城镇化率为62.07%", 9, "为达到是", id="light verb 为"),
    pytest.param(_LIGHT_VERB, "总投资达到\n3亿元", 6, "为达到是", id="达到 and a newline"),
    pytest.param(_LIGHT_VERB, "新增就业", 4, "为达到是", id="no light verb"),
    pytest.param(_LIGHT_VERB, "为", 0, "为达到是", id="the text's start"),
]


@pytest.mark.parametrize(("pattern", "text", "end", "chars"), ENDINGS)
def test_search_ending_as_the_search(pattern: re.Pattern[str], text: str, end: int, chars: str) -> None:
    want = pattern.search(text, max(0, end - 6), end)
    got = search_ending(pattern, text, max(0, end - 6), end, chars)
    assert (got and got.span()) == (want and want.span())


LABELS = [
    pytest.param("建设规模：总建筑面积2.5万平方米", id="label line (written: procurement notice)"),
    pytest.param("预算金额：\n300万元", id="value on the next line"),
    pytest.param("项目名称：某某市第一人民医院门诊综合楼改扩建工程，预算600万元", id="colon too far back"),
    pytest.param("全年实现地区生产总值1200亿元", id="no colon (written: provincial portal)"),
    pytest.param("發言人說:首批約2,100個", id="half-width colon (written: Hong Kong page)"),
]


@pytest.mark.parametrize("text", LABELS)
def test_search_near_as_the_search(text: str) -> None:
    end = next(i for i, ch in enumerate(text) if ch.isdigit())
    w = max(0, end - 32)
    want = _LABEL.search(text, w, end)
    got = search_near(_LABEL, text, w, end, ":：", 18)
    assert (got and got.span()) == (want and want.span())


def test_marks_as_a_comprehension() -> None:
    text = "第一句。第二句！\n第三，句?"
    assert starts_of(SENTENCE_END, text) == [m.start() for m in SENTENCE_END.finditer(text)]
    assert ends_of(SENTENCE_END, text) == [m.end() for m in SENTENCE_END.finditer(text)]


WORDS = (("增长", "increase"), ("下降", "decrease"), ("涨", "increase"), ("同比", "yoy"), ("]", "odd"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "全市工业增加值同比增长", "increase", id="the nearest word (written: statistics bulletin)"
        ),
        pytest.param("出口下降后又增长", "increase", id="the last of two"),
        pytest.param("价格涨", "increase", id="one character, at the end"),
        pytest.param("涨价商品", None, id="one character inside a word"),
        pytest.param("比上年下降\n", "decrease", id="a word before a newline"),
        pytest.param("", None, id="nothing"),
        pytest.param("注]", "odd", id="a regex character in the list"),
    ],
)
def test_nearest_word(text: str, want: str | None) -> None:
    assert nearest_word(text, WORDS) == want
