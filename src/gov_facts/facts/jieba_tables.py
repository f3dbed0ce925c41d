"""jieba's hidden-Markov-model tables, read from a cache file rather than imported.

jieba keeps the tables of its two HMMs (``finalseg``, ``posseg``: start, transition and
emission probabilities, the states each character may take) as Python modules of large dict
literals; importing them builds the dicts by running their code, about 20 ms at every start.
The same dicts unmarshal in half the time. Before jieba imports them, :func:`install` puts modules
holding the cached dicts in ``sys.modules`` (jieba then imports those); the cache is made from
jieba's own modules the first time (:func:`save`) and used only while their files are unchanged
(size and time of each). The tables are jieba's, value for value.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types
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
    for name in MODULES:
        module = types.ModuleType(name)
        module.__file__ = str(files[name])
        module.P = saved[name]  # type: ignore[attr-defined]
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
    table_cache.write(table_cache.cache_path("jieba-hmm", root), key, {m.__name__: m.P for m in modules if m})
