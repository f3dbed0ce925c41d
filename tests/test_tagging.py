"""jieba's prefix dictionary read in parts (facts/tagging.py): every lookup a text can make is
answered as by the whole dictionary, and no added word is overwritten by a later part."""

from __future__ import annotations

import pytest

from gov_facts.facts.tagging import PrefixParts

#: a prefix dictionary as jieba keeps one: words with their counts, their prefixes with 0
WHOLE = {"统": 0, "统计": 50, "统计局": 20, "局": 10, "国": 30, "国家": 80, "家": 5, "年": 40}


def _parts() -> PrefixParts:
    index, blob = PrefixParts.build(WHOLE)
    return PrefixParts({}, index, blob)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("国家统计局", id="invented: every character has a part"),
        pytest.param("2023年统计", id="invented: digits have none"),
        pytest.param("", id="invented: nothing to load"),
    ],
)
def test_a_text_gets_every_piece_it_can_look_up(text: str) -> None:
    parts = _parts()
    parts.ensure(text)
    pieces = {text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1)}
    for piece in pieces:
        assert parts.freq.get(piece) == WHOLE.get(piece), piece
    assert set(parts.freq) == {w for w in WHOLE if w[0] in text}


def test_a_part_is_read_once_and_keeps_added_words() -> None:
    parts = _parts()
    parts.ensure("统")
    parts.freq["统计局"] = 99  # a word added to jieba after its character's part was read
    parts.ensure("国家统计局")
    assert parts.freq["统计局"] == 99
    assert parts.freq["国家"] == 80


def test_all_parts_make_the_whole_dictionary() -> None:
    parts = _parts()
    parts.ensure_all()
    assert parts.freq == WHOLE
