"""gov-facts: structured, checkable facts from Chinese government news pages.

The heavy parts (lxml, jieba, pydantic models) are imported on first use so that
``gov-facts --version`` and ``--help`` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
SCHEMA = "gov-facts/1"

if TYPE_CHECKING:
    from .distributed import extract_record
    from .errors import GovFactsError, InputError, NoArticleError, PatternError
    from .models import Document, Fact, TimeRef
    from .pipeline import extract, extract_file

__all__ = [
    "SCHEMA",
    "Document",
    "Fact",
    "GovFactsError",
    "InputError",
    "NoArticleError",
    "PatternError",
    "TimeRef",
    "__version__",
    "extract",
    "extract_file",
    "extract_record",
]

_LAZY = {
    "extract": "pipeline",
    "extract_file": "pipeline",
    "extract_record": "distributed",
    "Document": "models",
    "Fact": "models",
    "TimeRef": "models",
    "GovFactsError": "errors",
    "InputError": "errors",
    "NoArticleError": "errors",
    "PatternError": "errors",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'gov_facts' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".{module}", __name__), name)
