"""jieba's prefix dictionary read in parts (facts/tagging.py): every lookup a text can make is
answered as by the whole dictionary, and no added word is overwritten by a later part."""

from __future__ import annotations

from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gov_facts.facts import jieba_tables
from gov_facts.facts.tagging import PrefixParts, TagTable, pos_tag
from gov_facts.rules import table_cache
from gov_facts.rules.table_cache import read_with_blob, write_with_blob

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
    pieces_of_one_or_two = set(text) | {text[i : i + 2] for i in range(len(text) - 1)}
    assert set(parts.freq) == {w for w in WHOLE if w[:2] in pieces_of_one_or_two}  # no more


def test_a_part_is_read_once_and_keeps_added_words() -> None:
    parts = _parts()
    parts.ensure("统计局")  # as add_nouns does before it adds a word
    parts.freq["统计局"] = 99  # a word added to jieba after its parts were read
    parts.freq["统计"] = 77
    parts.ensure("国家统计局")
    assert (parts.freq["统计局"], parts.freq["统计"]) == (99, 77)
    assert parts.freq["国家"] == 80 and parts.freq["统"] == 0


def test_a_character_alone_reads_no_pair() -> None:
    parts = _parts()
    parts.ensure("统")
    assert parts.freq == {"统": 0}
    parts.ensure("计统")  # the pair 计统 begins no word; 统计 is not in this text
    assert parts.freq == {"统": 0}


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


# the cache files of jieba's tables: the blob is mapped, not read; a damaged file is refused
# (ValueError, EOFError or OSError: the loader then builds the table the usual way)


def _tag_table_file(tmp_path: Path) -> tuple[Path, bytes, array[int]]:
    blob, offsets = TagTable.build(
        [(b"\xe5\xb8\x82", b"n"), (b"\xe5\xa2\x9e\xe9\x95\xbf", b"v"), (b"a", b"eng")]
    )
    path = tmp_path / "tags.cache"
    write_with_blob(path, (["dict.txt", 1, 2], offsets.tobytes()), blob)
    return path, blob, offsets


def test_a_cache_file_gives_back_its_head_and_blob(tmp_path: Path) -> None:
    path, blob, offsets = _tag_table_file(tmp_path)
    (stamp, raw), mapped = read_with_blob(path)
    assert stamp == ["dict.txt", 1, 2] and raw == offsets.tobytes() and mapped[: len(blob)] == blob
    read = array("I")
    read.frombytes(raw)
    from_file, in_memory = TagTable(mapped, read), TagTable(blob, offsets)
    for word in ("市", "增长", "a", "b", "市场", ""):
        assert from_file.get(word) == in_memory.get(word)
    assert from_file.get("增长") == "v" and from_file.get("市场") is None


def _head_damaged(data: bytes) -> bytes:
    start = len(data) - 12 - int.from_bytes(data[-12:-4], "little")
    return data[:start] + b"\x00" + data[start + 1 :]  # no marshal type code


DAMAGED = [
    pytest.param(lambda data: b"", id="empty"),
    pytest.param(lambda data: data[: len(data) // 2], id="cut in half"),
    pytest.param(lambda data: data[:-1], id="the mark cut"),
    pytest.param(lambda data: b"\x00" * 40, id="not a cache file"),
    pytest.param(
        lambda data: data[:-12] + (10**9).to_bytes(8, "little") + data[-4:], id="a head longer than the file"
    ),
    pytest.param(_head_damaged, id="the head damaged"),
]


@pytest.mark.parametrize("spoil", DAMAGED)
def test_a_damaged_cache_file_is_refused(tmp_path: Path, spoil: Callable[[bytes], bytes]) -> None:
    path, _, _ = _tag_table_file(tmp_path)
    path.write_bytes(spoil(path.read_bytes()))
    with pytest.raises((ValueError, EOFError, OSError)):
        read_with_blob(path)


# jieba's HMM tables from a cache file (facts/jieba_tables.py): jieba's own values, and only
# while its files are the ones the cache was made from


def _real_tables() -> dict[str, object]:
    """The tables as jieba's own modules build them (each module run afresh from its file)."""
    import importlib.util

    out: dict[str, object] = {}
    for name, path in jieba_tables._files(jieba_tables._jieba_dir() or Path()).items():
        spec = importlib.util.spec_from_file_location(f"_real_{name}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out[name] = module.P
    return out


@pytest.fixture
def no_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No table modules imported yet, and cache files in a folder of the test's own."""
    import sys
    import tempfile

    pos_tag("统计")  # jieba loaded (as the test process may already have done)
    for name in jieba_tables.MODULES:
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return table_cache.cache_path("jieba-hmm", jieba_tables._jieba_dir() or Path())


def _save_real(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    for name, table in _real_tables().items():
        module = types.ModuleType(name)
        module.P = table  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, name, module)
    jieba_tables.save()
    for name in jieba_tables.MODULES:
        monkeypatch.delitem(sys.modules, name)


def test_the_cached_tables_are_jiebas(no_tables: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    assert not jieba_tables.install()  # no cache yet
    _save_real(monkeypatch)
    assert jieba_tables.install()
    real = _real_tables()
    assert {name: sys.modules[name].P for name in jieba_tables.MODULES} == real  # type: ignore[attr-defined]


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00not a cache")


def _another_jieba(path: Path) -> None:
    import marshal

    key, tables = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps(((key[0], key[1], "[('jieba.posseg.prob_emit', 1, 2)]", key[3]), tables)))


def _a_table_missing(path: Path) -> None:
    import marshal

    key, tables = marshal.loads(path.read_bytes())
    del tables["jieba.posseg.prob_emit"]
    path.write_bytes(marshal.dumps((key, tables)))


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(_garbage, id="damaged"),
        pytest.param(_another_jieba, id="stale: made from other files of jieba"),
        pytest.param(_a_table_missing, id="a table missing"),
    ],
)
def test_a_cache_that_cannot_be_used_is_not_installed(
    no_tables: Path, monkeypatch: pytest.MonkeyPatch, spoil: Callable[[Path], None]
) -> None:
    import sys

    _save_real(monkeypatch)
    spoil(no_tables)
    assert not jieba_tables.install()
    assert not any(name in sys.modules for name in jieba_tables.MODULES)


# the emission tables kept by character (facts/jieba_tables.py, Emission): every question a row
# is asked gets the answer jieba's own table gives, whether or not its characters were filled in

_TABLE = {
    ("B", "n"): {"区": -3.5, "县": -4.25, "中": -7.0},
    ("E", "n"): {"县": -2.0, "市": -1.5},
    ("S", "x"): {},
    ("S", "v"): {"增": -6.125, "区": -9.0},
}


def _emission() -> object:
    from gov_facts.facts.jieba_tables import Emission

    return Emission(Emission.plain(_TABLE))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        pytest.param(lambda t: t["B", "n"]["县"], -4.25, id="a subscript, nothing filled yet"),
        pytest.param(lambda t: t["S", "v"].get("区", -1.0), -9.0, id="get"),
        pytest.param(lambda t: t["S", "v"].get("市", -1.0), -1.0, id="get: a character the row lacks"),
        pytest.param(lambda t: "市" in t["E", "n"], True, id="in"),
        pytest.param(lambda t: "区" in t["E", "n"], False, id="in: another row's character"),
        pytest.param(lambda t: t["B", "n"].get(3, "none"), "none", id="get: not a character"),
        pytest.param(lambda t: len(t["B", "n"]), 3, id="len"),
        pytest.param(lambda t: list(t["B", "n"]), ["区", "县", "中"], id="iteration, in jieba's order"),
        pytest.param(lambda t: list(t["E", "n"].items()), [("县", -2.0), ("市", -1.5)], id="items"),
        pytest.param(lambda t: dict(t["S", "v"]), {"增": -6.125, "区": -9.0}, id="a copy"),
        pytest.param(lambda t: t == _TABLE, True, id="equal to jieba's table"),
        pytest.param(lambda t: t == _emission(), True, id="equal to another, nothing filled"),
        pytest.param(lambda t: list(t), list(_TABLE), id="the states, in order"),
    ],
)
def test_an_emission_table_answers_as_jiebas(question: Callable[[Any], object], answer: object) -> None:
    assert question(_emission()) == answer


def test_an_emission_row_read_whole_after_some_characters_is_in_jiebas_order() -> None:
    table: Any = _emission()
    table.fill("中增")
    assert table["B", "n"].get("中") == -7.0
    assert list(table["B", "n"].items()) == list(_TABLE["B", "n"].items())
    assert table == _TABLE


def test_a_damaged_emission_form_is_refused() -> None:
    from gov_facts.facts.jieba_tables import Emission

    plain = list(Emission.plain(_TABLE))
    plain[3] = plain[3][:-4]  # one start fewer
    with pytest.raises(ValueError):
        Emission(tuple(plain))
