"""jieba, loaded once per process and only when the fact stage first needs it.

Importing jieba and reading its dictionary costs most of a cold start, so
``--help``/``--version`` and pages without candidate numbers never pay for it.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

_lock = threading.Lock()
_posseg: Any = None


def _load() -> Any:
    global _posseg
    with _lock:
        if _posseg is None:
            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            jieba.initialize()
            _posseg = jieba.posseg
    return _posseg


def pos_tag(text: str) -> list[tuple[str, str]]:
    """(word, POS flag) pairs for a short piece of text, using jieba's tagger with HMM."""
    if not text:
        return []
    pseg = _posseg or _load()
    return [(p.word, p.flag) for p in pseg.lcut(text)]
