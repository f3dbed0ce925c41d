"""``importlib.metadata`` imported when something first uses it, not when pydantic names it.

pydantic's plugin loader, imported at the first model a process builds, imports
``importlib.metadata`` at its top (``from importlib.metadata import entry_points``) for the one
function it calls when it searches for plugins. The command turns that search off
(``PYDANTIC_DISABLE_PLUGINS``, :mod:`gov_facts.cli`), and nothing else in a one-page run uses the
module; importing it (with ``email``, ``zipfile``, ``csv``, ``socket``...) was 2% of the start's
instructions (27 M of 1,403 M). :func:`defer` puts a stand-in in ``sys.modules`` whose
``entry_points`` and every other public name import the real module first, so whatever uses it
gets what it would have got; only an unused import is spared.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

NAME = "importlib.metadata"


class _Deferred(types.ModuleType):
    """The stand-in: a name looked up on it imports the real module and answers from it."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):  # the import system's own questions
            raise AttributeError(name)
        return getattr(_real(self), name)


def _real(stand_in: types.ModuleType) -> types.ModuleType:
    """The real module, imported now if need be; the stand-in then holds its names too."""
    if sys.modules.get(NAME) is stand_in:
        del sys.modules[NAME]
    real = importlib.import_module(NAME)  # sets importlib.metadata to the real module
    stand_in.__dict__.update(real.__dict__)
    return real


def defer() -> bool:
    """Put the stand-in in ``sys.modules`` unless the module is imported already; whether it was."""
    if NAME in sys.modules:
        return False
    spec = importlib.util.find_spec(NAME)  # importlib is imported: found without importing it
    if spec is None:
        return False
    stand_in = _Deferred(NAME)
    stand_in.__spec__ = spec
    stand_in.__path__ = list(spec.submodule_search_locations or [])  # a package: its parts import as usual

    def entry_points(**params: Any) -> Any:
        return _real(stand_in).entry_points(**params)

    stand_in.entry_points = entry_points  # type: ignore[attr-defined]  # the name pydantic imports
    sys.modules[NAME] = stand_in
    importlib.metadata = stand_in  # as an import would set it
    return True
