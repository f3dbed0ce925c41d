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


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("安置房", id="seed: a known word"),
        pytest.param("何淳宽领办", id="seed: a name and a verb, words jieba does not know"),
        pytest.param("臺灣省嘉義縣", id="invented-tw: traditional characters"),
        pytest.param("魑魅魍魉", id="invented: characters the tagger's table lacks"),
        pytest.param("区", id="invented: one character"),
        pytest.param("发证率达到百分之八十八点零二", id="invented-bulletin: a long run"),
    ],
)
def test_the_decoder_gives_jiebas_answer(text: str) -> None:
    import jieba.posseg as posseg
    from jieba.posseg.viterbi import viterbi as jiebas

    from gov_facts.facts.hmm import viterbi

    tables = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    assert viterbi(text, *tables) == jiebas(text, *tables)


def test_the_decoder_gives_jiebas_answer_on_random_text() -> None:
    import random

    import jieba.posseg as posseg
    from jieba.posseg.viterbi import viterbi as jiebas

    from gov_facts.facts.hmm import viterbi

    tables = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    rng = random.Random(18)
    chars = sorted(posseg.char_state_tab_P)[:3000] + [chr(c) for c in range(0x9F00, 0x9FA0)]
    for _ in range(300):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 9)))
        assert viterbi(text, *tables) == jiebas(text, *tables), text
