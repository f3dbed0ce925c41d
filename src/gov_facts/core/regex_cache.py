"""The regexes a page needs, compiled once per install rather than once per process.

Python compiles a regex in Python code (parse, then generate the matcher's code), and the
pipeline holds some 250 of them, several built from long word lists: compiling them is about a
fifth of a fresh process's first page. The generated code depends only on the pattern, its flags
and the Python build, so it is kept in a cache file (marshal: the code packed as bytes, which
unmarshal without making an object per number: 9 M instructions less a start than lists) and,
when a process starts, handed back to the regex engine (``_sre.compile``, which checks it) and
put in the ``re`` module's own cache, where ``re.compile`` finds it as if the process had compiled it before.
The objects are the ones ``re.compile`` makes (equal to them: same pattern, flags and code).

On CPython 3.11, whose ``re`` looks a pattern up in its cache with a plain subscript, a regex of
the file is made only when ``re`` first asks for it (``re._cache`` becomes a dict whose
``__missing__`` makes it): a process makes only the regexes it uses, and the cache knows which
those were. Elsewhere (3.12, 3.13) all of them are put in ``re``'s cache at the start, the newest
group first where ``re``'s bound leaves no room for all, and only those ``re`` then moves (asked for
them) count as used (:class:`_Tracked`).

The file is written after a process's first page (:func:`remember`), atomically, with every regex
used so far, when there was none or that page compiled many it lacked, keeping the file's other
entries for a few writes (:func:`.cache_files.merged`: an edited checkout does not keep the regexes
of every earlier version); it is keyed by the Python build and the package version, and read only
if it is this user's. Anything amiss (another Python, no ``re`` internals as expected, a damaged
file, code the engine refuses) leaves ``re`` to compile as usual: the cache can only save time.
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
from operator import itemgetter
from pathlib import Path
from typing import Any

from .cache_files import merged, read_own, write_atomically
from .schema import __version__

#: the layout of the file; raise it when what it holds changes shape
FORMAT = 3
#: done: the file written or left; saved: the file's entries by (pattern, flags); groups: the same
#: by the generation at which a process last used them, and the file's generation
#: (:func:`.cache_files.merged`); refused: the engine refused one of its entries
_state: dict[str, Any] = {
    "done": False,
    "saved": {},
    "groups": {},
    "generation": -1,
    "refused": False,
}
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


class _Preloaded(dict):  # type: ignore[type-arg]
    """``re``'s cache, whose missing patterns are made from the file's entries when first asked for
    (``re._compile`` of CPython 3.11 looks a pattern up with ``_cache[key]``)."""

    __slots__ = ("_entries", "_sre")

    def __init__(self, entries: dict[Any, Any], sre: Any, *args: Any) -> None:
        super().__init__(*args)
        self._entries, self._sre = entries, sre

    def __missing__(self, key: tuple[type, str | bytes, int]) -> Any:
        if not (isinstance(key, tuple) and len(key) == 3):
            raise KeyError(key)  # not one of re's keys (type, pattern, flags)
        entry = self._entries.pop(key[1:], None)
        if entry is not None and type(key[1]) is key[0]:
            try:
                made = self[key] = _made(self._sre, key[1], entry)  # (at most the file's entries)
            except Exception:  # code the engine refuses: re compiles it, the file is written anew
                _state["refused"] = True
            else:
                return made
        raise KeyError(key)


class _Tracked(dict):  # type: ignore[type-arg]
    """``re``'s cache on CPython 3.12+, holding the file's regexes from the start: ``re._compile``
    moves an entry it is asked for to the end (``pop``, then set), and only those moved count as
    used, so the file drops what no process asks for (:func:`.cache_files.merged`), as on 3.11.
    Called only when ``re._cache2`` (the last 256 asked for) misses."""

    __slots__ = ("unused",)

    def __init__(self, unused: set[Any], *args: Any) -> None:
        super().__init__(*args)
        self.unused = unused

    def pop(self, key: Any, *default: Any) -> Any:
        self.unused.discard(key)
        return super().pop(key, *default)


def _made(sre: Any, pattern: str | bytes, entry: tuple[Any, ...]) -> Any:
    all_flags, packed, groups, groupindex, indexgroup = entry
    code = array.array(_CODE_ITEMS[sre.CODESIZE])
    code.frombytes(packed)
    return sre.compile(pattern, all_flags, code.tolist(), groups, groupindex, indexgroup)


def preload() -> int:
    """Hand ``re`` the cached regexes; how many the file holds (0: no cache, or not usable here)."""
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
        if not (isinstance(saved, tuple) and len(saved) == 3 and saved[0] == _key()):
            return 0
        generation, groups = saved[1:]
        if type(generation) is not int or not isinstance(groups, dict):
            return 0
        entries: dict[Any, Any] = {}
        for last in sorted(groups, reverse=True):  # (pattern, flags) -> entry: the newest group first,
            for pair, entry in groups[last].items():  # and its entry wins
                entries.setdefault(pair, entry)
        if sys.version_info[:2] == (3, 11):  # made when re asks for them: a refused one is compiled
            re._cache = _Preloaded(dict(entries), sre, cache)  # type: ignore[attr-defined]
            made = len(entries)
        else:  # 3.12+ looks in another cache first: all of them made now
            compiled = {(type(p), p, f): _made(sre, p, entry) for (p, f), entry in entries.items()}
            room = max(0, getattr(re, "_MAXCACHE", ROOM) - len(cache))  # never past re's own bound
            kept = list(compiled.items())[:room]  # (the newest group's first)
            for key, value in kept:
                cache.setdefault(key, value)
            unused = {key for key, value in kept if cache.get(key) is value}
            re._cache = _Tracked(unused, cache)  # type: ignore[attr-defined]
            made = len(kept)
    except Exception:  # a damaged file, code the engine refuses: compile as usual
        return 0
    _state.update(saved=entries, groups=groups, generation=generation)
    return made


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
    """After a process's first page: write the regexes used so far, if the file lacked many.

    Called after every page; does its work at most once per process, and writes only where there
    was no usable file, the first page compiled :data:`REWRITE_AFTER` regexes it lacked (the
    generation is run again for each new regex, about as long as compiling it) or the engine
    refused one of its entries. The file's entries this process did not use stay for a few writes
    (:func:`.cache_files.merged`).
    """
    if _state["done"]:
        return
    _state["done"] = True
    found = _internals()
    if found is None:
        return
    sre, parser, compiler, cache = found
    unused = cache.unused if isinstance(cache, _Tracked) else ()  # 3.12+: preloaded, never asked for
    keys = [
        k
        for k in list(cache)
        if isinstance(k, tuple) and len(k) == 3 and k[0] in (str, bytes) and k not in unused
    ]
    saved, refused = _state["saved"], _state["refused"]
    pairs = set(zip(map(itemgetter(1), keys), map(itemgetter(2), keys), strict=True))
    if saved and len(pairs.difference(saved)) < REWRITE_AFTER and not refused:
        return
    with contextlib.suppress(Exception):
        used = {}
        for key in keys:
            _, pattern, flags = key
            entry = saved.get((pattern, flags))
            if entry is not None and not refused:
                used[pattern, flags] = entry  # made from it here: the engine took it
                continue
            made = _generated(parser, compiler, pattern, flags)
            # kept only if the engine, given it, makes the very regex re made here (equal: same
            # pattern, flags and code): whatever a Python version does otherwise, nothing differs
            if sre.compile(pattern, *made) == cache.get(key):
                packed = array.array(_CODE_ITEMS[sre.CODESIZE], made[1]).tobytes()
                used[pattern, flags] = (made[0], packed, *made[2:])
        generation = _state["generation"] + 1
        table = merged(used, {} if refused else _state["groups"], generation)
        write_atomically(cache_path(), marshal.dumps((_key(), generation, table)), own_name=True)
