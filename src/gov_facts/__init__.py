"""gov-facts: structured, checkable facts from Chinese government news pages.

The package is laid out by the stages a page goes through (README, "How it works"):
``read`` (inputs and decoding) -> ``page`` (HTML -> article) -> ``facts`` (the
fact engine) -> ``output`` (records, formats, reports) -> ``run`` (the pipeline,
batches, Dask) -> ``cli``; ``rules`` (the patterns) and ``core`` (models, errors)
are the base every stage stands on.

The heavy parts (lxml, jieba, pydantic models) are imported on first use so that
``gov-facts --version`` and ``--help`` stay fast.
"""

from __future__ import annotations

import gc as _gc
import sys as _sys


def _the_command() -> bool:
    """Whether this process is the ``gov-facts`` command (or ``python -m gov_facts``): only then are
    the standard library's code generators served from the code cache (:mod:`.core.code_cache`); a
    program that imports the library keeps its own dataclasses', typing's and inspect's builtins."""
    argv = getattr(_sys, "orig_argv", [])
    if len(argv) > 2 and argv[1] == "-m":
        return argv[2] in ("gov_facts", "gov_facts.cli")
    return len(argv) > 1 and argv[1].replace("\\", "/").rsplit("/", 1)[-1] in ("gov-facts", "gov-facts.exe")


# the collector held off while the regex cache loads (the modules it imports, typing among them,
# the cache file unmarshalled, some 500 regexes made): everything made here is kept, yet at the
# default thresholds it would set off a dozen collections (gc callbacks: 12 in the first 3 ms of a
# start). In the command's own process it stays off: the entry point holds it off while the
# command's modules and rules load and turns it on, what they made frozen, before the command's
# work (``cli.common.hold_collector``); on again here, the imports before the entry point runs
# (typer, pydantic, the pipeline's modules) set off eight collections (some 3 ms of a start)
_collecting = _gc.isenabled()
_command = _the_command()
_gc.disable()
try:
    from typing import TYPE_CHECKING, Any

    from .core import code_cache, regex_cache
    from .core.schema import SCHEMA, __version__

    if _command:
        code_cache.install()  # before any module makes its dataclasses
    regex_cache.preload()  # before any module of the package compiles its regexes
finally:
    if _collecting and not _command:
        _gc.enable()

if TYPE_CHECKING:
    from .core.errors import GovFactsError, InputError, NoArticleError, PatternError
    from .core.models import Document, Fact, TimeRef
    from .facts.numerals import NumberFormatError, parse_number
    from .facts.quantities import Quantity, read_quantities
    from .run.pipeline import extract, extract_file, extract_record, extract_text, is_error

__all__ = [
    "SCHEMA",
    "Document",
    "Fact",
    "GovFactsError",
    "InputError",
    "NoArticleError",
    "NumberFormatError",
    "PatternError",
    "Quantity",
    "TimeRef",
    "__version__",
    "extract",
    "extract_file",
    "extract_record",
    "extract_text",
    "is_error",
    "parse_number",
    "read_quantities",
]

_LAZY = {
    "extract": "run.pipeline",
    "extract_file": "run.pipeline",
    "extract_record": "run.pipeline",
    "extract_text": "run.pipeline",
    "is_error": "run.pipeline",
    "Document": "core.models",
    "Fact": "core.models",
    "TimeRef": "core.models",
    "GovFactsError": "core.errors",
    "InputError": "core.errors",
    "NoArticleError": "core.errors",
    "PatternError": "core.errors",
    "parse_number": "facts.numerals",
    "NumberFormatError": "facts.numerals",
    "read_quantities": "facts.quantities",
    "Quantity": "facts.quantities",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'gov_facts' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".{module}", __name__), name)
