"""The compiled-regex cache (core/regex_cache.py): what it hands ``re`` is what ``re.compile`` makes
(same pattern, flags and engine code), and any file it cannot trust or use is ignored."""

from __future__ import annotations

import errno
import marshal
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from gov_facts.core import cache_files, regex_cache

pytestmark = pytest.mark.skipif(
    regex_cache._internals() is None, reason="the cache needs CPython 3.11+'s re internals"
)

PATTERNS = [
    (r"(?P<year>\d{4})年(?P<month>\d{1,2})月", 0),
    (r"(?:同比|比上年)(?:增长|下降)", 0),
    (r"^\s*责任编辑[:：]", re.M),
    (r"copyright|all rights reserved", re.I),
    (r"[\u3400-\u9fff]+", 0),
    (rb"\xef\xbb\xbf", 0),
    (r"(a)|(?P<b>b)(?(1)c|d)", re.X | re.S),
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A process of its own, in effect: an empty ``re`` cache, no file yet, nothing saved."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    _new_process(monkeypatch)
    return regex_cache.cache_path()


def _compile_all() -> None:
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(re, "_cache", {})
    if hasattr(re, "_cache2"):
        monkeypatch.setattr(re, "_cache2", {})
    fresh_state = {"done": False, "saved": {}, "groups": {}, "generation": -1, "refused": False}
    monkeypatch.setattr(regex_cache, "_state", fresh_state)


def test_the_regexes_handed_back_are_the_ones_re_makes(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert regex_cache.preload() == 0  # no file yet
    _compile_all()
    regex_cache.remember()
    assert fresh.exists()
    _new_process(monkeypatch)
    assert regex_cache.preload() == len(PATTERNS)
    for pattern, flags in PATTERNS:
        cached = re.compile(pattern, flags)
        made = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
        assert cached == made  # equal: same pattern, flags and engine code
        assert (cached.groups, dict(cached.groupindex)) == (made.groups, dict(made.groupindex))
    assert re.compile(PATTERNS[0][0]).fullmatch("2023年10月").group("month") == "10"


def test_a_file_is_written_once_and_not_rewritten_by_a_process_that_read_it(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _compile_all()
    regex_cache.remember()
    stamp = os.stat(fresh).st_mtime_ns
    _new_process(monkeypatch)
    regex_cache.preload()
    re.compile("a pattern the file does not hold")
    regex_cache.remember()
    assert os.stat(fresh).st_mtime_ns == stamp


def test_a_file_lacking_many_of_a_first_pages_regexes_is_written_again(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited checkout: its patterns are not the ones the file was made from."""
    _compile_all()
    regex_cache.remember()
    _new_process(monkeypatch)
    regex_cache.preload()
    changed = [f"(?:统计|调查)第{i}号" for i in range(regex_cache.REWRITE_AFTER)]
    for pattern in changed:
        re.compile(pattern)
    regex_cache.remember()
    _new_process(monkeypatch)
    assert regex_cache.preload() == len(PATTERNS) + len(changed)


def test_code_that_would_not_make_the_same_regex_is_not_kept(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each entry is checked against the regex re made before it is written (a Python whose
    compiler does more than the cache repeats would lose entries, never change a match)."""
    generated = regex_cache._generated
    other = PATTERNS[1]

    def off_for_one(parser: object, compiler: object, pattern: str | bytes, flags: int) -> tuple[object, ...]:
        if pattern == PATTERNS[0][0]:
            return generated(parser, compiler, other[0], other[1])  # another pattern's code
        return generated(parser, compiler, pattern, flags)

    monkeypatch.setattr(regex_cache, "_generated", off_for_one)
    _compile_all()
    regex_cache.remember()
    _new_process(monkeypatch)
    assert regex_cache.preload() == len(PATTERNS) - 1
    assert (str, PATTERNS[0][0], PATTERNS[0][1]) not in re._cache  # type: ignore[attr-defined]


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00\xffnot marshal")


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def _other_python(path: Path) -> None:
    key, generation, table = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps(((*key[:2], "2.7.18 (another build)", *key[3:]), generation, table)))


def _bad_code(path: Path) -> None:
    key, generation, groups = marshal.loads(path.read_bytes())
    spoiled = {g: {k: (v[0], b"\xff" * 12, *v[2:]) for k, v in t.items()} for g, t in groups.items()}
    path.write_bytes(marshal.dumps((key, generation, spoiled)))  # code the engine refuses


def _other_shape(path: Path) -> None:
    key, generation, _ = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps((key, generation, [1, 2, 3])))


def _older_layout(path: Path) -> None:
    key, _, groups = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps((key, {k: v for t in groups.values() for k, v in t.items()})))


BROKEN = [
    pytest.param(_garbage, id="damaged: not marshal data"),
    pytest.param(_truncated, id="damaged: cut short"),
    pytest.param(_other_python, id="stale: made by another Python"),
    pytest.param(_other_shape, id="another layout under the right key"),
    pytest.param(_older_layout, id="the layout before entries carried their generation"),
]


@pytest.mark.parametrize("spoil", BROKEN)
def test_a_file_that_cannot_be_used_is_ignored_and_replaced(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, spoil: Callable[[Path], None]
) -> None:
    _compile_all()
    regex_cache.remember()
    spoil(fresh)
    _new_process(monkeypatch)
    assert regex_cache.preload() == 0 and re._cache == {}  # type: ignore[attr-defined]
    _compile_all()  # compiled as usual
    assert re.compile(PATTERNS[1][0]).search("同比增长8.5%") is not None
    regex_cache.remember()  # and the file made anew
    _new_process(monkeypatch)
    assert regex_cache.preload() == len(PATTERNS)


def test_code_the_engine_refuses_is_compiled_as_usual_and_the_file_replaced(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _compile_all()
    regex_cache.remember()
    _bad_code(fresh)
    _new_process(monkeypatch)
    regex_cache.preload()  # (3.11: made when asked for, refused then; later versions: refused now)
    for pattern, flags in PATTERNS:
        assert re.compile(pattern, flags) == re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
    regex_cache.remember()
    _new_process(monkeypatch)
    assert regex_cache.preload() == len(PATTERNS)
    _compile_all()
    assert not regex_cache._state["refused"]


needs_lazy = pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="regexes made on demand on 3.11 only")


@needs_lazy
def test_a_regex_of_the_file_is_made_only_when_asked_for(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _compile_all()
    regex_cache.remember()
    _new_process(monkeypatch)
    assert regex_cache.preload() == len(PATTERNS) and len(re._cache) == 0  # type: ignore[attr-defined]
    made = re.compile(*PATTERNS[2])
    assert list(re._cache.values()) == [made]  # type: ignore[attr-defined]
    assert re.compile(*PATTERNS[2]) is made
    assert re.compile("not in the file") is not None and len(re._cache) == 2  # type: ignore[attr-defined]
    re.purge()
    assert re.compile(*PATTERNS[2]) == made  # made again from the pattern


@needs_lazy
@pytest.mark.parametrize("key", [5, None, "pattern", (str, "pattern"), (str, "pattern", 0, "more")])
def test_a_key_not_of_re_is_missing_as_in_a_dict(fresh: Path, key: object) -> None:
    """Another program may look anything up in ``re._cache``: a key that is no (type, pattern,
    flags) is a KeyError, as in the dict it replaced (an int was a TypeError)."""
    _compile_all()
    regex_cache.remember()
    regex_cache.preload()
    with pytest.raises(KeyError):
        re._cache[key]  # type: ignore[attr-defined,index]


def _a_version(monkeypatch: pytest.MonkeyPatch, patterns: list[tuple[str, int]]) -> None:
    """A process of one version of the package: it uses these patterns, then writes the file if it
    lacked many."""
    _new_process(monkeypatch)
    regex_cache.preload()
    for pattern, flags in patterns:
        re.compile(pattern, flags)
    regex_cache.remember()


def test_regexes_no_process_uses_are_dropped_after_a_few_writes(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited checkout: each version uses other patterns; the file keeps a version's patterns
    for KEEP_WRITES writes after one last used them, not for ever."""
    many = regex_cache.REWRITE_AFTER
    keep = cache_files.KEEP_WRITES
    versions = [[(f"第{n}版第{i}条", 0) for i in range(many)] for n in range(keep + 2)]
    for n, patterns in enumerate(versions):
        _a_version(monkeypatch, [PATTERNS[0], *patterns])
        held = {k for group in marshal.loads(fresh.read_bytes())[2].values() for k in group}
        assert PATTERNS[0] in held  # used by every version
        for m, earlier in enumerate(versions[: n + 1]):
            assert all((p in held) is (n - m < keep) for p in earlier), (n, m)
    _new_process(monkeypatch)
    assert regex_cache.preload() == 1 + many * keep  # the file stays bounded


needs_eager = pytest.mark.skipif(sys.version_info[:2] == (3, 11), reason="regexes made at the start on 3.12+")


@needs_eager
def test_the_newest_regexes_are_preloaded_first_where_re_has_no_room_for_all(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of an older version's and the newest version's regexes, and room in re for only as
    many as the newest version used: those are the ones preloaded."""
    many = regex_cache.REWRITE_AFTER
    old, new = ([(f"第{n}版第{i}条", 0) for i in range(many)] for n in range(2))
    _a_version(monkeypatch, old)
    _a_version(monkeypatch, new)
    _new_process(monkeypatch)
    monkeypatch.setattr(regex_cache, "ROOM", many)
    monkeypatch.setattr(re, "_MAXCACHE", many)
    assert regex_cache.preload() == many
    assert [k[1:] for k in re._cache] == new  # type: ignore[attr-defined]


@needs_eager
def test_only_the_preloaded_regexes_re_is_asked_for_count_as_used(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _compile_all()
    regex_cache.remember()
    _new_process(monkeypatch)
    assert regex_cache.preload() == len(PATTERNS)
    re.compile(*PATTERNS[2])
    assert regex_cache._state["saved"] and re._cache.unused == {  # type: ignore[attr-defined]
        (type(p), p, f) for p, f in PATTERNS if (p, f) != PATTERNS[2]
    }


def test_a_folder_that_cannot_be_written_keeps_its_file(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only temporary folder: the file is read, never replaced, and nothing fails."""
    _a_version(monkeypatch, PATTERNS)
    before = fresh.read_bytes()
    fresh.parent.chmod(0o555)
    if os.access(fresh.parent, os.W_OK):  # root writes anyway: refuse as a read-only mount does

        def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(tempfile, "mkstemp", read_only)
    try:
        _a_version(monkeypatch, [(f"新{i}", 0) for i in range(regex_cache.REWRITE_AFTER)])
        assert fresh.read_bytes() == before
        assert sorted(p.name for p in fresh.parent.iterdir()) == [fresh.name]  # no temporary file left
        _new_process(monkeypatch)
        assert regex_cache.preload() == len(PATTERNS)
    finally:
        fresh.parent.chmod(0o755)


def test_a_reader_of_the_old_file_is_not_disturbed_by_a_writer(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process reading the file while this one writes it: the file is replaced whole
    (renamed over), so a reader that opened it reads all of the old one, and a reader that opens
    it later all of the new one."""
    _a_version(monkeypatch, PATTERNS)
    before = fresh.read_bytes()
    with open(fresh, "rb") as reader:
        reader.read(10)
        _a_version(monkeypatch, [(f"新{i}", 0) for i in range(regex_cache.REWRITE_AFTER)])
        assert before[:10] + reader.read() == before
    _new_process(monkeypatch)
    assert regex_cache.preload() == len(PATTERNS) + regex_cache.REWRITE_AFTER


def test_a_file_of_another_user_is_not_read(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _compile_all()
    regex_cache.remember()
    _new_process(monkeypatch)
    monkeypatch.setattr(os, "getuid", lambda: os.stat(fresh).st_uid + 1)
    assert regex_cache.preload() == 0


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    _new_process(monkeypatch)
    _compile_all()
    regex_cache.remember()
    assert regex_cache.preload() == 0


_A_PAGE = r"""
import re, sys
import gov_facts
from gov_facts.core import cache_files, regex_cache
compiled = []
make = re._compiler.compile
re._compiler.compile = lambda p, flags=0: compiled.append(p) or make(p, flags)
from gov_facts import extract_text
extract_text("全市共筹集建设安置房1.39万套，比上年增长8.5%。")
print(len(compiled))
"""


def _compiled_by_a_fresh_process(tmp_path: Path) -> int:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", _A_PAGE], env=env, capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1])


def test_a_fresh_process_compiles_almost_nothing_once_the_file_is_there(tmp_path: Path) -> None:
    """The package preloads before its modules compile their regexes (gov_facts/__init__)."""
    first = _compiled_by_a_fresh_process(tmp_path)  # no file: everything compiled, then saved
    second = _compiled_by_a_fresh_process(tmp_path)
    assert first > 100 and second < 10


_PAGES = r"""
import re, sys
from pathlib import Path
import gov_facts
from gov_facts import extract
for name in sys.argv[1:]:
    extract(Path(name).read_bytes(), name)
print(len(re._cache), re._MAXCACHE)
"""


def test_re_keeps_every_pattern_the_pipeline_compiles(tmp_path: Path) -> None:
    """Past ``re``'s bound its oldest patterns are dropped: those given as strings are compiled again
    at their next use, and a first page always finds the file short and writes it again (session 10
    took the pipeline past 512 patterns: a cold start went from 0.35 s to 0.61 s)."""
    samples = Path(__file__).resolve().parents[1] / "samples"
    pages = [
        str(samples / n) for n in ("stats-release.html", "hk-press-release.html", "tw-city-news.big5.html")
    ]
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", _PAGES, *pages], env=env, capture_output=True, text=True, check=True
    )
    kept, bound = (int(x) for x in out.stdout.split()[-2:])
    assert 300 < kept < bound
