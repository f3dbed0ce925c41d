"""The regexes a page needs, compiled once per install rather than once per process.

Python compiles a regex in Python code (parse, then generate the matcher's code), and the
pipeline holds some 250 of them, several built from long word lists: compiling them is about a
fifth of a fresh process's first page. The generated code depends only on the pattern, its flags
and the Python build, so it is kept in a cache file (marshal: the code packed as bytes, which
unmarshal without making an object per number: 9 M instructions less a start than lists) and,
when a process starts, handed back to the regex engine (``_sre.compile``, which checks it) and
put in the ``re`` module's own cache, where ``re.compile`` finds it as if the process had compiled it before.
The objects are the ones ``re.compile`` makes (equal to them: same pattern, flags and code).

The file is written after a process's first page (:func:`remember`), atomically, with every regex
compiled so far, when there was none or that page compiled many it lacked; it is keyed by the
Python build and the package version, and read only if it is this user's. Anything amiss
(another Python, no ``re`` internals as expected, a damaged file, code the engine refuses) leaves
``re`` to compile as usual: the cache can only save time.
"""

from __future__ import annotations

import array
import contextlib
import importlib
import marshal
import re
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

from .cache_files import read_own, write_atomically
from .schema import __version__

#: the layout of the file; raise it when what it holds changes shape
FORMAT = 2
_state: dict[str, Any] = {"done": False, "preloaded": frozenset()}
#: a first page that compiles this many regexes the file lacks has it written again (the package's
#: own patterns changed: an edited checkout); fewer are compiled as usual (a pattern built from a
#: set, whose order changes from process to process, must not have the file rewritten every time)
REWRITE_AFTER = 16
#: how many compiled patterns ``re`` keeps in this process: room for the pipeline's (about 560 in
#: session 10) and the host program's own
ROOM = 2048


#: ``array``'s item type for the engine's code (``_sre.CODESIZE`` bytes an item, in the file's key)
_CODE_ITEMS = {2: "H", 4: "I", 8: "Q"}


def _internals() -> tuple[Any, Any, Any, dict[Any, Any]] | None:
    """(_sre, re._parser, re._compiler, re._cache), or None where they are not as in CPython 3.11-3.13."""
    if sys.implementation.name != "cpython" or sys.version_info < (3, 11):
        return None
    try:
        _sre = importlib.import_module("_sre")
        parser, compiler, cache = re._parser, re._compiler, re._cache  # type: ignore[attr-defined]
    except (ImportError, AttributeError):
        return None
    if not isinstance(cache, dict) or not hasattr(compiler, "_code") or not hasattr(_sre, "compile"):
        return None
    return _sre, parser, compiler, cache


def _key() -> tuple[Any, ...]:
    _sre = importlib.import_module("_sre")
    return (FORMAT, __version__, sys.version, sys.executable, _sre.MAGIC, _sre.CODESIZE)


def cache_path() -> Path:
    """The file of this install (package folder) and interpreter."""
    where = zlib.crc32(f"{Path(__file__).resolve().parent}\0{sys.executable}".encode())
    return Path(tempfile.gettempdir()) / f"gov-facts.regexes.v{FORMAT}.{where:08x}.cache"


def preload() -> int:
    """Put the cached regexes in ``re``'s cache; how many (0: no cache, or not usable here)."""
    found = _internals()
    if found is None:
        return 0
    sre, _, _, cache = found
    if getattr(re, "_MAXCACHE", ROOM) < ROOM:
        # the pipeline compiles more patterns than re keeps (512 in CPython 3.11-3.13): past the
        # bound re drops its oldest, a pattern given as a string is compiled again at its next use
        # and every first page finds the file short of what it compiled, and writes it again
        re._MAXCACHE = ROOM  # type: ignore[attr-defined]
    data = read_own(cache_path())  # only this user's file
    if data is None:
        return 0
    try:
        saved = marshal.loads(data)
        if not (isinstance(saved, tuple) and len(saved) == 2 and saved[0] == _key()):
            return 0
        compiled: dict[Any, Any] = {}
        for (pattern, flags), (all_flags, packed, groups, groupindex, indexgroup) in saved[1].items():
            code = array.array(_CODE_ITEMS[sre.CODESIZE])
            code.frombytes(packed)
            compiled[type(pattern), pattern, flags] = sre.compile(
                pattern, all_flags, code.tolist(), groups, groupindex, indexgroup
            )
    except Exception:  # no file, a damaged one, code the engine refuses: compile as usual
        return 0
    room = max(0, getattr(re, "_MAXCACHE", ROOM) - len(cache))  # never past re's own bound
    for key, value in list(compiled.items())[:room]:
        cache.setdefault(key, value)
    _state["preloaded"] = frozenset(compiled)
    return min(room, len(compiled))


def _generated(parser: Any, compiler: Any, pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for this pattern, as plain data (the
    code as a list of numbers)."""
    parsed = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def remember() -> None:
    """After a process's first page: write the regexes compiled so far, if the file lacked many.

    Called after every page; does its work at most once per process, and writes only where there
    was no usable file or the first page compiled :data:`REWRITE_AFTER` regexes it lacked (the
    generation is run again for each regex, about as long as compiling them).
    """
    if _state["done"]:
        return
    _state["done"] = True
    found = _internals()
    if found is None:
        return
    sre, parser, compiler, cache = found
    keys = [k for k in list(cache) if isinstance(k, tuple) and len(k) == 3 and k[0] in (str, bytes)]
    preloaded = _state["preloaded"]
    if preloaded and len(set(keys).difference(preloaded)) < REWRITE_AFTER:
        return
    with contextlib.suppress(Exception):
        table = {}
        for key in keys:
            _, pattern, flags = key
            made = _generated(parser, compiler, pattern, flags)
            # kept only if the engine, given it, makes the very regex re made here (equal: same
            # pattern, flags and code): whatever a Python version does otherwise, nothing differs
            if sre.compile(pattern, *made) == cache.get(key):
                packed = array.array(_CODE_ITEMS[sre.CODESIZE], made[1]).tobytes()
                table[(pattern, flags)] = (made[0], packed, *made[2:])
        write_atomically(cache_path(), marshal.dumps((_key(), table)))
