"""The cache files of derived tables (rules/table_cache.py): used only for the very bytes they were
made from, after those passed validation; anything else about them (stale, damaged, foreign,
another shape) is ignored and the table is read from its source again."""

from __future__ import annotations

import dataclasses
import marshal
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from gov_facts.core.errors import PatternError
from gov_facts.facts.place_names import NameTables, PlaceIndex
from gov_facts.rules import checked_models, table_cache
from gov_facts.rules import patterns as patterns_module
from gov_facts.rules.divisions import DIVISIONS_FILE, cached_divisions, load_divisions, read_divisions
from gov_facts.rules.patterns import builtin_dir, load_patterns

HEAD = "#! source: test\n#! version: 1\n#! date: 2024-12-31\n#! licence: MIT\n"
ROWS = (
    "CN\tcountry\t中国\t\t\t\t\t\t\n"
    "340000\tprovince\t安徽省\tCN\t安徽\t\t\tanhui\t\n"
    "341800\tcity\t宣城市\t340000\t宣城\t\t\txuancheng\t\n"
    "341802\tcounty\t宣州区\t341800\t宣州\t\t\t\t\n"
)
TOWNS = "341802001\ttownship\t西林街道\t341802\t\t\t\t\t\n"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Cache files go to a folder of the test's own."""
    where = tmp_path / "cache"
    where.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(where))
    return where


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "divisions.tsv"
    path.write_text(HEAD + ROWS + TOWNS, encoding="utf-8")
    return path


def _cache_of(table: Path) -> Path:
    return table_cache.cache_path("divisions", table)


def test_the_cached_table_is_the_table_read_from_the_file(cache_dir: Path, table: Path) -> None:
    first = cached_divisions(table)
    assert _cache_of(table).exists()
    again = cached_divisions(table)
    assert first == again == read_divisions(table)
    assert again.townships_of("341802") == [("341802001", "西林街道")]
    assert again.by_key["341800"] is again.by_key.get("341800")  # made once, on first look-up
    assert "341899" not in again.by_key and again.by_key.get("341899") is None
    assert sorted(again.by_key) == sorted(read_divisions(table).by_key)


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00not a cache\xff" * 10)


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])


def _stale_key(path: Path) -> None:
    key, payload = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps(((key[0], key[1], "0" * 40, key[3]), payload)))


def _wrong_shape(path: Path) -> None:
    key, _ = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps((key, (1, 2, 3))))


def _rows_of_another_shape(path: Path) -> None:
    key, payload = marshal.loads(path.read_bytes())
    if len(payload) == 3:  # the divisions cache: lines of one field fewer
        payload = (payload[0], {k: line.rsplit("\t", 1)[0] for k, line in payload[1].items()}, payload[2])
    else:  # the patterns cache: a section of the wrong type, under the digest of the right form
        digest, form = payload[0]
        plain = marshal.loads(form)
        plain[3]["chrome"] = 3
        payload = ((digest, marshal.dumps(plain)), payload[1])
    path.write_bytes(marshal.dumps((key, payload)))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _township_start_moved(path: Path) -> None:
    key, payload = marshal.loads(path.read_bytes())
    # the divisions cache: the township block said to begin elsewhere; the patterns cache: no counts
    payload = (payload[0], payload[1], payload[2] - 7) if len(payload) == 3 else (payload[0], 5)
    path.write_bytes(marshal.dumps((key, payload)))


BROKEN: list[object] = [
    pytest.param(_garbage, id="damaged: not marshal data"),
    pytest.param(_truncated, id="damaged: cut in half (a crash while writing without the rename)"),
    pytest.param(_empty, id="damaged: empty"),
    pytest.param(_stale_key, id="stale: made from other bytes"),
    pytest.param(_wrong_shape, id="another shape under the right key (an older layout)"),
    pytest.param(_rows_of_another_shape, id="rows or sections of another shape under the right key"),
    pytest.param(_township_start_moved, id="damaged: where the townships begin"),
]


@pytest.mark.parametrize("spoil", BROKEN)
def test_a_bad_cache_file_is_ignored_and_rewritten(
    cache_dir: Path, table: Path, spoil: Callable[[Path], None]
) -> None:
    expected = cached_divisions(table)
    spoil(_cache_of(table))
    assert cached_divisions(table) == expected
    assert table_cache.read(
        _cache_of(table), table_cache.cache_key(expected.digest, ["gov_facts.rules.divisions"])
    )


def test_a_cache_file_of_another_user_is_not_read(
    cache_dir: Path, table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached_divisions(table)
    key = table_cache.cache_key(read_divisions(table).digest, ["gov_facts.rules.divisions"])
    assert table_cache.read(_cache_of(table), key) is not None
    monkeypatch.setattr(os, "getuid", lambda: os.stat(_cache_of(table)).st_uid + 1)
    assert table_cache.read(_cache_of(table), key) is None


CHANGES = [
    pytest.param(TOWNS, "341802002\ttownship\t东林街道\t341802\t\t\t\t\t\n", id="a township renamed"),
    pytest.param("\t宣城\t", "\t宣城|宛陵\t", id="a short name added"),
    pytest.param("#! version: 1", "#! version: 2", id="the header's version"),
]


@pytest.mark.parametrize(("old", "new"), CHANGES)
def test_a_changed_file_is_read_again(cache_dir: Path, table: Path, old: str, new: str) -> None:
    before = cached_divisions(table)
    table.write_text(table.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    after = cached_divisions(table)
    assert after == read_divisions(table) and after != before


BAD_EDITS = [
    pytest.param("341800\tcity", "34180\tcity", "not a city code", id="a bad code"),
    pytest.param("#! date: 2024-12-31\n", "", "header date", id="the header's date removed"),
    pytest.param(
        TOWNS, TOWNS.replace("\t\t\t\t\t\n", "\n"), "not a township line", id="a broken township line"
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), BAD_EDITS)
def test_a_file_that_turns_bad_is_refused_though_a_cache_of_it_exists(
    cache_dir: Path, table: Path, old: str, new: str, message: str
) -> None:
    cached_divisions(table)  # the good file is cached
    table.write_text(table.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PatternError, match=message):
        cached_divisions(table)
    with pytest.raises(PatternError, match=message):  # and nothing was cached for the bad bytes
        cached_divisions(table)


def test_a_cache_that_cannot_be_written_is_no_error(
    tmp_path: Path, table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    assert cached_divisions(table) == read_divisions(table)
    assert not _cache_of(table).exists()


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files look as if last changed a while ago (the clock 10 s on): keyed by their status."""
    now = table_cache.time.time
    monkeypatch.setattr(table_cache.time, "time", lambda: now() + 10)


def _hashed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    digest = table_cache.digest
    monkeypatch.setattr(table_cache, "digest", lambda data: sizes.append(len(data)) or digest(data))
    return sizes


def test_a_settled_file_is_keyed_by_its_status_not_hashed(
    cache_dir: Path, table: Path, settled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashed = _hashed(monkeypatch)
    first = cached_divisions(table)
    again = cached_divisions(table)  # from the cache
    assert first.digest.startswith("stat:") and again.digest == first.digest and hashed == []
    assert again == read_divisions(table)


def test_a_file_changed_just_now_is_keyed_by_its_bytes(
    cache_dir: Path, table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two changes within the clock's tick leave one status: a file changed in the last seconds is
    hashed. (The clock the module reads stands a second after the write, however slow the run.)"""
    changed = max(os.stat(table).st_mtime, os.stat(table).st_ctime)
    monkeypatch.setattr(table_cache.time, "time", lambda: changed + 1)
    assert cached_divisions(table).digest == table_cache.digest(table.read_bytes())
    assert table_cache.stamp(os.stat(table)) is None


def _edit_keeping_size_and_times(path: Path, old: str, new: str) -> None:
    """An edit of the same length whose modification time is set back (as ``touch -r`` or an
    archive that keeps times would): only the status-change time tells."""
    st = os.stat(path)
    time.sleep(0.05)  # past the clock's tick
    text = path.read_text(encoding="utf-8")
    assert len(old.encode()) == len(new.encode()) and old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(path).st_size == st.st_size and os.stat(path).st_mtime_ns == st.st_mtime_ns


def test_a_settled_file_edited_with_its_times_set_back_is_read_again(
    cache_dir: Path, table: Path, settled: None
) -> None:
    before = cached_divisions(table)
    _edit_keeping_size_and_times(table, "\t宣城\t", "\t宛陵\t")
    after = cached_divisions(table)
    assert after == read_divisions(table) and after != before and after.digest != before.digest


def test_a_file_changed_while_it_is_read_is_hashed(table: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stamps = iter(["stat:before", "stat:after"])  # its status before and after the read
    monkeypatch.setattr(table_cache, "stamp", lambda st: next(stamps))
    data, key = table_cache.read_keyed(table)
    assert key == table_cache.digest(data)


def test_settled_patterns_files_are_not_read_when_the_cache_holds_them(
    cache_dir: Path, pattern_files: list[Path], settled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = patterns_module._cached(pattern_files)
    key, data = table_cache.files_key(pattern_files)
    assert data is None and "stat:" in key
    hashed = _hashed(monkeypatch)
    assert patterns_module._cached(pattern_files).rules == first.rules and hashed == []
    _edit_keeping_size_and_times(pattern_files[0], "#", "%")  # a comment's mark: TOML breaks
    with pytest.raises(PatternError, match=pattern_files[0].name):
        patterns_module._cached(pattern_files)


@pytest.mark.parametrize("value", ["1", "yes"])
def test_the_variable_keys_every_source_by_its_bytes(
    cache_dir: Path,
    table: Path,
    pattern_files: list[Path],
    settled: None,
    monkeypatch: pytest.MonkeyPatch,
    value: str,
) -> None:
    """GOV_FACTS_HASH_SOURCES: on a file system whose status cannot be trusted, settled files are
    hashed too (the divisions table and the patterns files); "0" or empty keeps the stamps."""
    monkeypatch.setenv(table_cache.HASH_SOURCES, value)
    hashed = _hashed(monkeypatch)
    assert cached_divisions(table).digest == table_cache.digest(table.read_bytes())
    key, data = table_cache.files_key(pattern_files)
    assert "stat:" not in key and data == [p.read_bytes() for p in pattern_files] and hashed
    for off in ("0", ""):
        monkeypatch.setenv(table_cache.HASH_SOURCES, off)
        assert table_cache.files_key(pattern_files)[1] is None


def test_files_are_stamped_through_an_open_file(
    pattern_files: list[Path], settled: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over NFS a bare stat may answer from attributes cached for a minute; an open fetches the
    server's: the patterns files' status is read with fstat of an open file, as the table's is."""

    statted: list[Path] = []
    stat = Path.stat
    with monkeypatch.context() as patch:
        patch.setattr(Path, "stat", lambda self, **kw: statted.append(self) or stat(self, **kw))
        key, data = table_cache.files_key(pattern_files)
    assert not set(statted) & set(pattern_files), "a bare stat"
    assert data is None and "stat:" in key


def test_the_place_name_tables_from_the_cache_are_the_built_ones(cache_dir: Path) -> None:
    divisions = cached_divisions(builtin_dir() / DIVISIONS_FILE)
    built = NameTables.build(divisions)
    first = NameTables.load(divisions)  # writes the cache
    again = NameTables.load(divisions)  # reads it
    assert first == again == built
    assert divisions == load_divisions()
    path = builtin_dir() / DIVISIONS_FILE
    assert cached_divisions(path) == read_divisions(path)  # the whole table, from its cache


def test_a_damaged_place_name_cache_is_rebuilt(cache_dir: Path, table: Path) -> None:
    divisions = cached_divisions(table)
    NameTables.load(divisions)
    path = table_cache.cache_path("place-names", table)
    _garbage(path)
    assert NameTables.load(divisions) == NameTables.build(divisions)
    _wrong_shape(path)
    assert NameTables.load(divisions) == NameTables.build(divisions)


def test_the_index_reads_names_as_built_from_the_table(cache_dir: Path, table: Path) -> None:
    divisions = cached_divisions(table)
    index = PlaceIndex(divisions, load_patterns().places, NameTables.load(divisions))
    assert [s.division.key for s in index.names["宣城"]] == ["341800"]
    assert "宣州" in index.names and index.names.get("合肥") is None
    assert [m.text for m in index.scan("宣城市宣州区西林街道")] == ["宣城市", "宣州区"]


# the built-in patterns: the merge of their files cached once each file passed validation


@pytest.fixture
def pattern_files(tmp_path: Path) -> list[Path]:
    """A copy of the built-in patterns files, to change."""
    folder = tmp_path / "patterns"
    folder.mkdir()
    for path in sorted(builtin_dir().glob("*.toml")):
        (folder / path.name).write_bytes(path.read_bytes())
    return sorted(folder.glob("*.toml"))


def _patterns_cache(files: list[Path]) -> Path:
    return table_cache.cache_path("patterns", files[0].parent)


def test_the_cached_patterns_are_the_patterns_read_from_the_files(
    cache_dir: Path, pattern_files: list[Path]
) -> None:
    first = patterns_module._cached(pattern_files)
    assert _patterns_cache(pattern_files).exists()
    again = patterns_module._cached(pattern_files)
    fresh, _ = patterns_module._read_all(pattern_files)
    assert again.rules == first.rules == fresh.rules and again.sources == fresh.sources


@pytest.mark.parametrize("spoil", BROKEN)
def test_a_bad_patterns_cache_is_ignored_and_rewritten(
    cache_dir: Path, pattern_files: list[Path], spoil: Callable[[Path], None]
) -> None:
    expected = patterns_module._cached(pattern_files)
    spoil(_patterns_cache(pattern_files))
    assert patterns_module._cached(pattern_files).rules == expected.rules
    saved = marshal.loads(_patterns_cache(pattern_files).read_bytes())
    plain = checked_models.unseal(saved[1][0])  # rewritten whole
    assert plain[2] == "PatternFile" and plain[3]["chrome"][2] == "ChromeRules"


def _chrome(files: list[Path]) -> Path:
    return next(p for p in files if p.name == "chrome.toml")


def test_a_changed_patterns_file_is_read_again(cache_dir: Path, pattern_files: list[Path]) -> None:
    before = patterns_module._cached(pattern_files)
    chrome = _chrome(pattern_files)
    chrome.write_text(
        chrome.read_text(encoding="utf-8").replace(
            "line_phrases = [", 'line_phrases = [\n  "新加的一行",', 1
        ),
        encoding="utf-8",
    )
    after = patterns_module._cached(pattern_files)
    assert "新加的一行" in after.chrome.line_phrases and "新加的一行" not in before.chrome.line_phrases


def test_a_patterns_file_that_turns_bad_is_refused_though_a_cache_of_it_exists(
    cache_dir: Path, pattern_files: list[Path]
) -> None:
    patterns_module._cached(pattern_files)
    chrome = _chrome(pattern_files)
    chrome.write_text(chrome.read_text(encoding="utf-8") + "\nnot_a_section = 1\n", encoding="utf-8")
    for _ in range(2):  # and nothing was cached for the bad bytes
        with pytest.raises(PatternError, match=r"chrome\.toml"):
            patterns_module._cached(pattern_files)


# the patterns cache holds the validated models (rules/checked_models.py), made again without
# validating: so it must be exactly what validation gave, and used only for the bytes and the
# package version it was made from


def _same(made: object, validated: object, where: str = "PatternFile") -> None:
    """The same values of the same types, rules objects with the same fields in order, all the way down."""
    assert type(made) is type(validated), where
    if dataclasses.is_dataclass(made):
        assert list(made.__dict__) == list(validated.__dict__), where
        for name, value in made.__dict__.items():
            _same(value, validated.__dict__[name], f"{where}.{name}")
    elif isinstance(made, dict):
        assert isinstance(validated, dict) and list(made) == list(validated), where
        for key, value in made.items():
            _same(value, validated[key], f"{where}[{key!r}]")
    elif isinstance(made, list):
        assert isinstance(validated, list) and len(made) == len(validated), where
        for i, (value, other) in enumerate(zip(made, validated, strict=True)):
            _same(value, other, f"{where}[{i}]")
    else:
        assert made == validated, where


def test_the_patterns_from_the_cache_are_the_validated_models(
    cache_dir: Path, pattern_files: list[Path]
) -> None:
    patterns_module._cached(pattern_files)  # writes the cache
    again = patterns_module._cached(pattern_files)  # made from it
    fresh, _ = patterns_module._read_all(pattern_files)
    _same(again.rules, fresh.rules)
    assert again.rules == fresh.rules


def test_only_the_containers_of_rules_objects_are_tagged() -> None:
    """from_plain walks only the lists and dicts that hold rules objects (units, qualifiers); a word
    list is kept as marshal made it."""
    fresh, _ = patterns_module._read_all(sorted(builtin_dir().glob("*.toml")))
    fields = checked_models.to_plain(fresh.rules)[3]
    assert type(fields["units"]) is tuple and fields["units"][0] == "\0list"
    assert type(fields["qualifiers"]) is tuple and fields["qualifiers"][0] == "\0dict"
    assert type(fields["set_phrases"]) is list and type(fields["holidays"]) is dict
    assert (
        checked_models.from_plain(checked_models.to_plain(fresh.rules), patterns_module._SCHEMA)
        == fresh.rules
    )


def test_every_value_of_the_built_in_patterns_has_a_plain_form() -> None:
    """A field of a type the plain form lacks (a set, a tuple, a date) would leave the patterns
    validated at every start: give checked_models that type first."""
    fresh, _ = patterns_module._read_all(sorted(builtin_dir().glob("*.toml")))
    checked_models.to_plain(fresh.rules)


def test_a_new_package_version_reads_the_patterns_files_again(
    cache_dir: Path, pattern_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns_module._cached(pattern_files)
    path = _patterns_cache(pattern_files)
    written = path.stat().st_mtime_ns
    monkeypatch.setattr(table_cache, "__version__", "0.0.0-another")
    calls: list[int] = []
    read_all = patterns_module._read_all
    monkeypatch.setattr(patterns_module, "_read_all", lambda *a: calls.append(1) or read_all(*a))
    patterns_module._cached(pattern_files)
    assert calls == [1]  # the files were read and validated again
    assert path.stat().st_mtime_ns >= written and marshal.loads(path.read_bytes())[0][1] == "0.0.0-another"


def test_a_patterns_cache_folder_that_cannot_be_written_is_no_error(
    tmp_path: Path, pattern_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only cache folder (as root, a file where the folder should be)."""
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    fresh, _ = patterns_module._read_all(pattern_files)
    assert patterns_module._cached(pattern_files).rules == fresh.rules
    assert patterns_module._cached(pattern_files).rules == fresh.rules


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda plain: plain[3].pop("chrome"), id="a field missing"),
        pytest.param(lambda plain: plain[3].update(not_a_field=1), id="a field the class lacks"),
        pytest.param(
            lambda plain: plain.__setitem__(1, "gov_facts.core.models"), id="a model of another module"
        ),
        pytest.param(lambda plain: plain.__setitem__(2, "Patterns"), id="not a model"),
        pytest.param(lambda plain: plain.__setitem__(0, "model"), id="not the mark"),
        pytest.param(lambda plain: plain.__setitem__(0, "\0list"), id="a list's mark on a rules object"),
    ],
)
def test_a_plain_form_it_cannot_have_made_is_refused(spoil: Callable[[list[object]], object]) -> None:
    fresh, _ = patterns_module._read_all(sorted(builtin_dir().glob("*.toml")))
    plain = list(checked_models.to_plain(fresh.rules))
    spoil(plain)
    with pytest.raises(ValueError):
        checked_models.from_plain(tuple(plain), patterns_module._SCHEMA)
