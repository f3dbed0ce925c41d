"""Code that the standard library generates from text at import, compiled once per install rather
than once per process.

A dataclass's methods (``__init__``, ``__repr__``, ``__eq__``, a frozen class's ``__setattr__``
and ``__hash__``...) are made, in CPython 3.11, by writing each as Python source and ``exec``-ing
it; a namedtuple's ``__new__`` by ``eval``; a string annotation (this package, pydantic and typer
use ``from __future__ import annotations``) is compiled by ``typing.ForwardRef`` or evaluated by
``inspect.get_annotations`` when pydantic or typer read it. A one-page start made some 400 such
functions and 1,300 such annotations: parsing and compiling them was a sixth of its instructions
(valgrind: 310 M of 1,810 M), more than any other step.

The code depends only on the text, the mode and the Python build, so it is kept in a cache file
(marshal: code objects, as a ``.pyc`` file holds them) and, at package import, dataclasses',
typing's, collections' and inspect's ``exec``, ``compile`` and ``eval`` become stand-ins that take
the code from the cache when the text is there and compile it as the builtin would otherwise
(``compile(text, "<string>", mode)`` from a module that, as those four, has no ``__future__``
import: the same code object); the code then runs as the builtin runs it, in the same namespaces.
The file is written after a process's first page (:func:`remember`), with every text asked for
so far, when there was none or that page compiled many it lacked, keeping the file's other entries
for a few writes (:func:`.cache_files.merged`: an edited checkout does not keep the code of every
earlier version); it is keyed by the Python build and the package version, and read only if it is
this user's. Anything amiss leaves the texts to be compiled as usual: the cache can only save time.
"""

# no ``from __future__`` import here: the builtins called from this module pass its compiler flags
# on to what they compile from a text, and the modules served (dataclasses, typing, collections,
# inspect) have none, so the code made here is the code made there

import builtins
import collections
import contextlib
import dataclasses
import importlib.util
import inspect
import marshal
import sys
import tempfile
import typing
import zlib
from pathlib import Path
from types import CodeType
from typing import Any

from .cache_files import merged, read_own, write_atomically
from .schema import __version__

#: the layout of the file; raise it when what it holds changes shape
FORMAT = 2
#: a first page that compiles this many texts the file lacks has it written again
REWRITE_AFTER = 16
_FILENAME = "<string>"
#: (text, mode) -> code: read from the file, and what this process compiled up to its first page
_codes: dict[tuple[str, str], CodeType] = {}
_state: dict[str, Any] = {"done": False, "loaded": 0, "new": 0, "installed": False}
#: what the file held, by the generation at which a process last asked for it; and the keys this
#: process asked for up to its first page (the next file's newest entries)
_saved: dict[int, dict[tuple[str, str], CodeType]] = {}
_asked: set[tuple[str, str]] = set()


def _key() -> tuple[Any, ...]:
    return (FORMAT, __version__, sys.version, importlib.util.MAGIC_NUMBER)


def cache_path() -> Path:
    """The file of this install (package folder) and interpreter."""
    where = zlib.crc32(f"{Path(__file__).resolve().parent}\0{sys.executable}".encode())
    return Path(tempfile.gettempdir()) / f"gov-facts.codes.v{FORMAT}.{where:08x}.cache"


def _code(source: str, mode: str) -> CodeType:
    key = (source, mode)
    found = _codes.get(key)
    if found is None:
        found = builtins.compile(source, _FILENAME, mode)
        if not _state["done"]:  # kept for the file until it is written, not for ever after
            _codes[key] = found
            _state["new"] += 1
            _asked.add(key)
    elif not _state["done"]:
        _asked.add(key)
    return found


def _exec(source: Any, globals: Any = None, locals: Any = None, /, **kwargs: Any) -> None:
    """``exec`` as dataclasses calls it: a text is compiled once per install."""
    if globals is None:  # the caller's namespaces, as the builtin takes them
        frame = sys._getframe(1)
        globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
    if type(source) is str and not kwargs:
        source = _code(source, "exec")
    return builtins.exec(source, globals, locals, **kwargs)


def _compile(
    source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False, optimize: int = -1
) -> Any:
    """``compile`` as typing.ForwardRef calls it: a text is compiled once per install."""
    if type(source) is str and filename == _FILENAME and flags == 0 and optimize == -1 and mode == "eval":
        return _code(source, mode)
    return builtins.compile(source, filename, mode, flags, dont_inherit, optimize)


def _eval(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
    """``eval`` as namedtuple and inspect.get_annotations call it: a text is compiled once per install."""
    if globals is None:  # the caller's namespaces, as the builtin takes them
        frame = sys._getframe(1)
        globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
    # eval skips a text's leading blanks, compile does not: such a text is left to eval
    if type(source) is str and source[:1] not in (" ", "\t"):
        source = _code(source, "eval")
    return builtins.eval(source, globals, locals)


def install() -> int:
    """Load the cache and hand dataclasses and typing the stand-ins; how many codes were loaded
    (0: no cache yet; the stand-ins are installed whatever the cache)."""
    if sys.implementation.name != "cpython":
        return 0
    data = read_own(cache_path())
    if data is not None:
        try:
            saved = marshal.loads(data)
            if (
                isinstance(saved, tuple)
                and len(saved) == 3
                and saved[0] == _key()
                and type(saved[1]) is int
                and isinstance(saved[2], dict)
            ):
                for last, group in sorted(saved[2].items()):  # a newer group's code wins
                    if (
                        type(last) is int
                        and isinstance(group, dict)
                        and set(map(type, group.values())) == {CodeType}
                    ):
                        _codes.update(group)
                        _saved[last] = group
                _state["generation"] = saved[1]
        except Exception:  # a damaged file: compile as usual
            _codes.clear()
            _saved.clear()
    _state["loaded"] = len(_codes)
    _state["installed"] = True
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    typing.compile = _compile  # type: ignore[attr-defined]
    collections.eval = _eval  # type: ignore[attr-defined]
    inspect.eval = _eval  # type: ignore[attr-defined]
    return len(_codes)


def remember() -> None:
    """After a process's first page: write the codes asked for so far, if the file lacked many;
    the file's others stay for a few writes (:func:`.cache_files.merged`)."""
    if _state["done"] or not _state["installed"]:
        return  # (a program that imports the library: no stand-ins, nothing to write)
    _state["done"] = True
    if _state["loaded"] and _state["new"] < REWRITE_AFTER:
        return
    generation = _state.get("generation", -1) + 1
    asked = {key: _codes[key] for key in _asked if key in _codes}
    with contextlib.suppress(Exception):
        table = merged(asked, _saved, generation)
        write_atomically(cache_path(), marshal.dumps((_key(), generation, table)), own_name=True)
