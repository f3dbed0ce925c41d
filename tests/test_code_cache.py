"""The cache of generated code (core/code_cache.py): what the stand-ins hand dataclasses, typing and
namedtuple is the code the builtins make from the same text, and any file it cannot use is ignored.
Nothing here is timed (benchmarks/cold_start.py measures the start)."""

from __future__ import annotations

import collections
import dataclasses
import errno
import inspect
import marshal
import os
import subprocess
import sys
import tempfile
import typing
from pathlib import Path

import pytest

from gov_facts.core import cache_files, code_cache

PAGE = Path(__file__).resolve().parents[1] / "samples" / "xuancheng-2021-10-27.html"

#: texts as the three callers write them (source: CPython 3.11's dataclasses, typing, collections)
TEXTS = [
    pytest.param(
        "def __create_fn__(_type_x, MISSING):\n"
        " def __init__(self, x:_type_x=MISSING):\n  self.x=x\n return __init__",
        "exec",
        id="dataclass __init__",
    ),
    pytest.param(
        "def __create_fn__(__dataclass_builtins_object__):\n"
        " def __setattr__(self, name, value):\n"
        "  if type(self) is cls or name in ('x',):\n"
        "   raise FrozenInstanceError(f'cannot assign to field {name!r}')\n"
        "  super(cls, self).__setattr__(name, value)\n return __setattr__",
        "exec",
        id="frozen dataclass __setattr__",
    ),
    pytest.param("list[str] | None", "eval", id="string annotation"),
    pytest.param(
        "lambda _cls, year, month: _tuple_new(_cls, (year, month))", "eval", id="namedtuple __new__"
    ),
]


#: the builtin called as dataclasses, typing and collections call it: from code without __future__
#: imports (this module has one, which a plain ``compile`` here would pass on to the code it makes)
_as_the_callers_compile = eval(
    compile("lambda t, m: compile(t, '<string>', m)", "<helper>", "eval", dont_inherit=True)
)


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A process of its own, in effect: nothing compiled, no file yet."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    _new_process(monkeypatch)
    return code_cache.cache_path()


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing compiled, nothing read, nothing asked for yet."""
    monkeypatch.setattr(code_cache, "_codes", {})
    monkeypatch.setattr(code_cache, "_saved", {})
    monkeypatch.setattr(code_cache, "_asked", set())
    monkeypatch.setattr(code_cache, "_state", {"done": False, "loaded": 0, "new": 0, "installed": True})


@pytest.mark.parametrize(("text", "mode"), TEXTS)
def test_the_code_handed_back_is_the_one_the_builtin_makes(fresh: Path, text: str, mode: str) -> None:
    made = code_cache._code(text, mode)
    assert made == _as_the_callers_compile(text, mode)
    assert marshal.dumps(made) == marshal.dumps(_as_the_callers_compile(text, mode))
    assert code_cache._code(text, mode) is made  # compiled once


@pytest.mark.parametrize(("text", "mode"), TEXTS)
def test_a_code_read_back_from_the_file_is_the_one_the_builtin_makes(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, text: str, mode: str
) -> None:
    code_cache._code(text, mode)
    code_cache.remember()
    assert fresh.is_file()
    _new_process(monkeypatch)
    assert code_cache.install() == 1
    assert code_cache._codes[text, mode] == _as_the_callers_compile(text, mode)
    code_cache._code(text, mode)
    assert code_cache._state["new"] == 0  # taken from the file, not compiled


def test_the_stand_ins_are_installed_where_the_callers_look(fresh: Path) -> None:
    code_cache.install()
    assert dataclasses.exec is code_cache._exec  # type: ignore[attr-defined]
    assert typing.compile is code_cache._compile  # type: ignore[attr-defined]
    assert collections.eval is code_cache._eval  # type: ignore[attr-defined]
    assert inspect.eval is code_cache._eval  # type: ignore[attr-defined]


def test_code_made_from_a_text_does_not_take_this_package_s_future_imports(fresh: Path) -> None:
    """The package's modules use ``from __future__ import annotations``; dataclasses does not, so a
    generated function's annotations are objects, not strings, as without the cache."""
    namespace: dict[str, typing.Any] = {}
    code_cache._exec("def made(x: int) -> str:\n return str(x)", namespace)
    assert namespace["made"].__annotations__ == {"x": int, "return": str}


def test_without_namespaces_the_caller_s_are_used_as_by_the_builtins(fresh: Path) -> None:
    here = 21  # noqa: F841 - read by the evaluated text, through this frame
    assert code_cache._eval("here * 2") == 42
    assert code_cache._eval("here + extra", None, {"here": 1, "extra": 2}) == 3
    space: dict[str, typing.Any] = {}
    code_cache._exec("made = PAGE.name", None, space)  # the caller's globals (this module's)
    assert space["made"] == PAGE.name


def test_classes_made_through_the_stand_ins_behave_as_before(fresh: Path) -> None:
    code_cache.install()

    @dataclasses.dataclass(frozen=True)
    class Span:
        start: int
        end: int = 0
        tags: tuple[str, ...] = ()

    span = Span(1, 2)
    assert (span, repr(span), hash(span) == hash(Span(1, 2))) == (
        Span(1, 2),
        f"{Span.__qualname__}(start=1, end=2, tags=())",
        True,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    Pair = collections.namedtuple("Pair", "year month")
    assert Pair(2024, 5) == (2024, 5) and Pair(2024, 5).month == 5
    assert typing.ForwardRef("list[str] | None")._evaluate(globals(), None, frozenset()) == (list[str] | None)
    assert code_cache._state["new"] >= 4  # all of it went through the cache


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        pytest.param(lambda: code_cache._eval("  1 + 1", {}), 2, id="eval of a text with leading blanks"),
        pytest.param(
            lambda: code_cache._eval(compile("2 * 3", "<x>", "eval"), {}), 6, id="eval of a code object"
        ),
        pytest.param(
            lambda: code_cache._compile("x = 1", "<x>", "exec").co_filename, "<x>", id="compile elsewhere"
        ),
    ],
)
def test_what_the_callers_do_not_do_is_left_to_the_builtins(
    fresh: Path, call: typing.Any, expected: object
) -> None:
    assert call() == expected
    assert code_cache._codes == {}


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"not marshal at all", id="damaged"),
        pytest.param(
            marshal.dumps(((0, "other"), 0, {0: {("1", "eval"): compile("1", "<string>", "eval")}})),
            id="another key",
        ),
        pytest.param(marshal.dumps([1, 2, 3]), id="another shape"),
    ],
)
def test_a_file_it_cannot_use_is_ignored(fresh: Path, content: bytes) -> None:
    fresh.write_bytes(content)
    assert code_cache.install() == 0
    assert code_cache._code("1 + 1", "eval") == _as_the_callers_compile("1 + 1", "eval")


def test_the_file_is_not_written_again_for_a_few_new_texts(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(code_cache.REWRITE_AFTER):
        code_cache._code(f"x + {i}", "eval")
    code_cache.remember()
    stamp = fresh.stat().st_mtime_ns
    _new_process(monkeypatch)
    code_cache.install()
    code_cache._code("y + 1", "eval")
    code_cache.remember()
    assert fresh.stat().st_mtime_ns == stamp
    assert code_cache._code("y + 2", "eval") == _as_the_callers_compile("y + 2", "eval")
    assert ("y + 2", "eval") not in code_cache._codes  # nothing kept once the file is done with


def _a_version(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> None:
    """A process of one version of the code: it asks for these texts, then writes the file if it
    lacked many."""
    _new_process(monkeypatch)
    code_cache.install()
    for text in texts:
        code_cache._code(text, "eval")
    code_cache.remember()


def _held(path: Path) -> set[tuple[str, str]]:
    return {key for group in marshal.loads(path.read_bytes())[2].values() for key in group}


def test_texts_no_process_asks_for_are_dropped_after_a_few_writes(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited checkout: each version asks for other texts; the file keeps a version's texts for
    KEEP_WRITES writes after it was last asked for, not for ever."""
    many = code_cache.REWRITE_AFTER
    versions = [[f"v{n} + {i}" for i in range(many)] for n in range(cache_files.KEEP_WRITES + 2)]
    for n, texts in enumerate(versions):
        _a_version(monkeypatch, ["shared", *texts])
        held = _held(fresh)
        assert ("shared", "eval") in held  # asked for by every version
        for m, earlier in enumerate(versions[: n + 1]):
            kept = n - m < cache_files.KEEP_WRITES
            assert all(((t, "eval") in held) is kept for t in earlier), (n, m)
    _new_process(monkeypatch)
    assert code_cache.install() == 1 + many * cache_files.KEEP_WRITES  # the file stays bounded


def test_a_text_asked_for_again_is_kept_as_new(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    many = code_cache.REWRITE_AFTER
    _a_version(monkeypatch, ["old"])
    for n in range(cache_files.KEEP_WRITES + 1):
        # every other version asks for "old" again (taken from the file, not compiled)
        _a_version(monkeypatch, [f"w{n} + {i}" for i in range(many)] + (["old"] if n % 2 else []))
    assert ("old", "eval") in _held(fresh)


def test_an_older_file_layout_is_ignored_and_replaced(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh.write_bytes(marshal.dumps((code_cache._key(), {("1", "eval"): compile("1", "<string>", "eval")})))
    _a_version(monkeypatch, ["1"])
    assert code_cache._state["loaded"] == 0
    _new_process(monkeypatch)
    assert code_cache.install() == 1


def test_a_folder_that_cannot_be_written_keeps_its_file(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only temporary folder: the file is read, never replaced, and nothing fails."""
    _a_version(monkeypatch, ["a + 1"])
    before = fresh.read_bytes()
    fresh.parent.chmod(0o555)
    if os.access(fresh.parent, os.W_OK):  # root writes anyway: refuse as a read-only mount does

        def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(tempfile, "mkstemp", read_only)
    try:
        _a_version(monkeypatch, [f"b + {i}" for i in range(code_cache.REWRITE_AFTER)])
        assert code_cache._state["loaded"] == 1 and fresh.read_bytes() == before
        assert sorted(p.name for p in fresh.parent.iterdir()) == [fresh.name]  # no temporary file left
    finally:
        fresh.parent.chmod(0o755)


def test_a_reader_of_the_old_file_is_not_disturbed_by_a_writer(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process reading the file while this one writes it: the file is replaced whole
    (renamed over), so a reader that opened it reads all of the old one."""
    _a_version(monkeypatch, ["a + 1"])
    before = fresh.read_bytes()
    with open(fresh, "rb") as reader:
        reader.read(10)
        _a_version(monkeypatch, [f"b + {i}" for i in range(code_cache.REWRITE_AFTER)])
        assert before[:10] + reader.read() == before
    assert fresh.read_bytes() != before


def _record(tmp: Path) -> dict[str, object]:
    import json

    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONUTF8": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "gov_facts", "extract", str(PAGE)],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    record: dict[str, object] = json.loads(proc.stdout)
    return record


def test_a_record_is_the_same_with_the_cache_as_without(tmp_path: Path) -> None:
    first = _record(tmp_path)  # no cache file: everything compiled, then the file written
    assert list(tmp_path.glob("gov-facts.codes.*.cache"))
    assert _record(tmp_path) == first  # the file read


# ---------------------------------------------------------------- who gets the stand-ins
# Only the command's own process (gov-facts, python -m gov_facts): a program that imports the
# library keeps the standard library's builtins.
COMMAND_LINES = [
    (["/usr/bin/python3", "/venv/bin/gov-facts", "extract", "page.html"], True),
    (["python", "-m", "gov_facts", "extract", "page.html"], True),
    (["C:\\py\\python.exe", "C:\\venv\\Scripts\\gov-facts.exe", "show"], True),
    (["python", "analysis.py"], False),
    (["python", "-m", "pytest", "-q"], False),
    (["python", "-c", "import gov_facts"], False),
    (["python"], False),
]


@pytest.mark.parametrize(
    ("argv", "expected"), COMMAND_LINES, ids=[" ".join(a[1:3]) or "bare" for a, _ in COMMAND_LINES]
)
def test_only_the_command_installs_the_stand_ins(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], expected: bool
) -> None:
    import gov_facts

    monkeypatch.setattr(sys, "orig_argv", argv)
    assert gov_facts._the_command() is expected


def test_a_program_importing_the_library_keeps_the_builtins() -> None:
    code = "import dataclasses, gov_facts; print('exec' in vars(dataclasses))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
