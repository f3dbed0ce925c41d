"""jieba's hidden-Markov-model tables, read from a cache file rather than imported.

jieba keeps the tables of its two HMMs (``finalseg``, ``posseg``: start, transition and
emission probabilities, the states each character may take) as Python modules of large dict
literals; importing them builds the dicts by running their code, about 20 ms at every start.
The same dicts unmarshal in half the time. Before jieba imports them, :func:`install` puts modules
holding the cached dicts in ``sys.modules`` (jieba then imports those); the cache is made from
jieba's own modules the first time (:func:`save`) and used only while their files are unchanged
(size and time of each). The tables are jieba's, value for value.

The two emission tables (state -> character -> log probability: 90,000 and 35,000 entries, three
quarters of what the file held) are kept by character instead (:class:`Emission`): a page's runs
of unknown characters read a few dozen characters' entries, and each row is filled with a
character's entries when it is first asked about it; anything that reads a row whole (its
length, its keys, a comparison) has the whole row first, in jieba's own order. So every question
gets jieba's answer; unmarshalling the two tables was about 6% of a one-page start.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
import sys
import types
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..rules import table_cache

MODULES = (
    "jieba.finalseg.prob_start",
    "jieba.finalseg.prob_trans",
    "jieba.finalseg.prob_emit",
    "jieba.posseg.char_state_tab",
    "jieba.posseg.prob_start",
    "jieba.posseg.prob_trans",
    "jieba.posseg.prob_emit",
)


#: the emission tables, kept by character (:class:`Emission`)
EMISSIONS = ("jieba.finalseg.prob_emit", "jieba.posseg.prob_emit")
#: what marks an emission table's plain form in the cache
_BY_CHARACTER = "by-character-1"


class Emission(dict[Any, "_Row"]):
    """An emission table (state -> :class:`_Row`) whose rows are filled by character.

    Holds every state from the start; a row answers a question about one character (subscript,
    ``get``, ``in``) once that character's entries are in it, and any other (length, iteration,
    comparison, a change) once all of them are, in the order of jieba's table.
    """

    def __init__(self, plain: tuple[Any, ...]) -> None:
        mark, states, chars, starts, rows_of, probs, whole = plain
        if mark != _BY_CHARACTER or len(states) > 256 or len(starts) % 4:
            raise ValueError("not an emission table's plain form")
        self._states, self._chars, self._whole = list(states), chars, whole
        self._starts = array("I")
        self._starts.frombytes(starts)
        self._rows_of, self._probs = rows_of, array("d")
        self._probs.frombytes(probs)
        if len(self._starts) != len(chars) + 1 or len(rows_of) != len(self._probs):
            raise ValueError("a damaged emission table")
        self._filled: set[str] = set()
        self._all = False
        super().__init__((state, _Row(self)) for state in self._states)
        self._rows: list[_Row] = list(self.values())

    def fill(self, text: Iterable[str]) -> None:
        """The entries of the characters of ``text`` into the rows (a decoder calls this first)."""
        if not self._all:
            for ch in set(text).difference(self._filled):
                self._fill_one(ch)

    def _fill_one(self, ch: str) -> None:
        if self._all or ch in self._filled:
            return
        chars = self._chars
        i = bisect_left(chars, ch)
        if i < len(chars) and chars[i] == ch:
            rows, rows_of, probs = self._rows, self._rows_of, self._probs
            for k in range(self._starts[i], self._starts[i + 1]):
                dict.__setitem__(rows[rows_of[k]], ch, probs[k])
        self._filled.add(ch)

    def fill_all(self) -> None:
        """Every row whole, as jieba's table holds it (its order too)."""
        if self._all:
            return
        original = marshal.loads(self._whole)
        for state, row in zip(self._states, self._rows, strict=True):
            dict.clear(row)
            dict.update(row, original[state])
        self._all = True

    @staticmethod
    def plain(table: dict[Any, dict[str, float]]) -> tuple[Any, ...]:
        """jieba's table in the form the cache keeps: its states; its characters in order, where
        each one's entries begin, the row (state number) and value of each entry; and the whole
        table marshalled, for a question about a whole row."""
        states = list(table)
        by_char: dict[str, list[tuple[int, float]]] = {}
        for i, row in enumerate(table.values()):
            for ch, p in row.items():
                by_char.setdefault(ch, []).append((i, p))
        chars = "".join(sorted(by_char))
        starts, rows_of, probs = array("I", [0]), bytearray(), array("d")
        for ch in chars:
            for i, p in by_char[ch]:
                rows_of.append(i)
                probs.append(p)
            starts.append(len(probs))
        whole = marshal.dumps(table)
        return (_BY_CHARACTER, states, chars, starts.tobytes(), bytes(rows_of), probs.tobytes(), whole)


def _whole(method: str) -> Any:
    def answer(self: _Row, *args: Any, **kwargs: Any) -> Any:
        self._table.fill_all()
        return getattr(dict, method)(self, *args, **kwargs)

    answer.__name__ = method
    return answer


class _Row(dict[str, float]):
    """One state's emission row (character -> log probability), filled as :class:`Emission` says."""

    __slots__ = ("_table",)

    def __init__(self, table: Emission) -> None:
        super().__init__()
        self._table = table

    def _one(self, ch: object) -> None:
        if type(ch) is str and len(ch) == 1:
            self._table._fill_one(ch)
        else:  # not a character: a question about the whole row
            self._table.fill_all()

    def __getitem__(self, ch: str) -> float:
        self._one(ch)
        return dict.__getitem__(self, ch)

    def get(self, ch: object, default: Any = None) -> Any:
        """A row's lookup; any key (compiled, a ``str`` parameter would refuse ``get(3)``)."""
        self._one(ch)
        key: Any = ch
        return dict.get(self, key, default)

    def __contains__(self, ch: object) -> bool:
        self._one(ch)
        return dict.__contains__(self, ch)

    def __eq__(self, other: object) -> bool:
        self._table.fill_all()
        if isinstance(other, _Row):
            other._table.fill_all()
        return dict.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq


for _method in (
    "__iter__", "__len__", "__reversed__", "__repr__", "__or__", "__ror__", "__ior__", "__reduce_ex__",
    "__sizeof__", "__setitem__", "__delitem__", "keys", "values", "items", "copy", "pop", "popitem",
    "setdefault", "update", "clear",
):  # fmt: skip
    setattr(_Row, _method, _whole(_method))


def _jieba_dir() -> Path | None:
    """jieba's package folder, found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _files(root: Path) -> dict[str, Path]:
    return {name: root.joinpath(*name.split(".")[1:]).with_suffix(".py") for name in MODULES}


def _key(files: dict[str, Path]) -> tuple[Any, ...]:
    stamps = []
    for name, path in files.items():
        st = os.stat(path)
        stamps.append((name, st.st_size, st.st_mtime_ns))
    return table_cache.cache_key(repr(stamps), (__name__,))


def install() -> bool:
    """Put the cached tables in ``sys.modules`` as jieba's modules; False: no usable cache (jieba
    then imports its own, and :func:`save` makes the cache)."""
    if any(name in sys.modules for name in MODULES):
        return False  # imported already
    root = _jieba_dir()
    if root is None:
        return False
    try:
        files = _files(root)
        key = _key(files)
    except OSError:
        return False
    saved = table_cache.read(table_cache.cache_path("jieba-hmm", root), key)
    if not isinstance(saved, dict) or set(saved) != set(MODULES):
        return False
    tables: dict[str, Any] = {}
    try:
        for name in MODULES:
            tables[name] = Emission(saved[name]) if name in EMISSIONS else saved[name]
    except (ValueError, TypeError):  # a damaged or older form
        return False
    for name in MODULES:
        module = types.ModuleType(name)
        module.__file__ = str(files[name])
        module.P = tables[name]  # type: ignore[attr-defined]
        sys.modules[name] = module
    return True


def save() -> None:
    """Cache the tables of jieba's modules (imported as usual); a cache that cannot be written is no error."""
    root = _jieba_dir()
    modules = [sys.modules.get(name) for name in MODULES]
    if root is None or any(m is None or not hasattr(m, "P") for m in modules):
        return
    try:
        files = _files(root)
        key = _key(files)
    except OSError:
        return
    tables = {m.__name__: Emission.plain(m.P) if m.__name__ in EMISSIONS else m.P for m in modules if m}
    table_cache.write(table_cache.cache_path("jieba-hmm", root), key, tables)
