"""The page stage's runs of a character class, written ``[c][c]*`` for speed, match as ``[c]+``.

:func:`gov_facts.page.text_weight.runs_of` writes a run so that the regex engine skips by its
class between matches; each pattern so written must find what the plain ``[c]+`` found.
"""

from __future__ import annotations

import random
import re

import pytest

from gov_facts.page import blocks, chrome, grids, metadata, scripts, text_dump, text_weight

_RUNS = [
    text_weight.WS,
    text_weight._WEIGHT_RUN,
    text_weight._PUNCT_RUN,
    chrome._HEADING_FOLD,
    chrome._SPACES,
    grids._LABEL_FOLD,
    metadata._SPACES,
    text_dump._WS,
    blocks._DIGITS,
]
_ALPHABET = (
    "国家统计局，。；：、！？“”‘’（）《》…— \t\r\n"
    "\u00a0\u3000\u2003\u200b\ufeff:：ab12３﹐·\u3400\u9fff\uf900"
)


def _texts() -> list[str]:
    rng = random.Random(18)
    texts = ["", " ", "国家统计局今天发布数据，全国规模以上工业增加值同比增长5.6%。"]
    texts += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(1, 80))) for _ in range(400)]
    return texts


@pytest.mark.parametrize("pattern", _RUNS, ids=lambda p: p.pattern[:24])
def test_runs_match_as_plus(pattern: re.Pattern[str]) -> None:
    cls = pattern.pattern.split("]", 1)[0] + "]"
    assert pattern.pattern == cls + cls + "*"
    plain = re.compile(cls + "+")
    for text in _texts():
        assert pattern.findall(text) == plain.findall(text)
        assert pattern.sub(" ", text) == plain.sub(" ", text)


@pytest.mark.parametrize(
    ("pattern", "plain"),
    [(scripts._CJK_RUN, r"[\u3400-\u9fff]{4,}")],
    ids=["scripts-cjk-run"],
)
def test_counted_runs_match_as_braces(pattern: re.Pattern[str], plain: str) -> None:
    """A run with a least length, written ``[c][c]{n-1,}``, finds what ``[c]{n,}`` finds."""
    braced = re.compile(plain)
    for text in _texts():
        assert pattern.findall(text) == braced.findall(text)
