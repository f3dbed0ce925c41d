"""The tagging of :mod:`.tagging` done with ``rjieba`` (jieba-rs, Rust) in part or whole.

Chosen by the environment variable ``GOV_FACTS_TAGGER``, read once at import
(``benchmarks/tagger_compare.py`` sets it in its child processes). Without it, a single page is
tagged by jieba alone, and a run of many pages (:func:`prefer_for_batches`, asked by the worker
pool) by ``rjieba-dag`` when rjieba is installed: the same records, the fact stage 0.76x on pages
never seen, but rjieba's dictionary costs 0.1 s to build, which one page does not repay.

- ``rjieba``: ``rjieba.tag`` as it is. jieba-rs walks the same dictionary, but reads the runs of
  characters the dictionary lacks with jieba's segmentation HMM (``finalseg``) instead of its
  part-of-speech HMM, and tags a word the dictionary lacks by its characters (``m``, ``eng``,
  ``x``), where ``jieba.posseg`` gives the HMM's tag (``nr``, ``ns``, ``v``...). Its blocks also
  hold ``%`` (``5.2%`` one word, where posseg reads ``5.2`` and ``%``).
- ``rjieba-fix``: ``rjieba.tag`` with two cheap corrections toward posseg: ``%`` a word of its
  own (``x``), and the tags of the words given to :func:`.tagging.add_words` (jieba-rs keeps its
  dictionary's tag for a word it already holds: 惠及 ``ns``, not the ``v`` asked for).
- ``rjieba-dag``: jieba-rs walks the dictionary (its word graph and best route, ``cut`` without
  HMM, the part of posseg that costs most after the HMM, which :mod:`.tagging` keeps per run);
  everything else is posseg's own steps, redone here: the blocks, the runs of single characters
  given to posseg's HMM reader (the same one :mod:`.tagging` keeps readings of), the dictionary's
  tags. The aim is posseg's answer at the speed of the Rust walk.

Words given to :func:`.tagging.add_words` reach jieba-rs with the frequency jieba gave them.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
from typing import Any

from . import dag

TAGGER = os.environ.get("GOV_FACTS_TAGGER", "jieba")
if TAGGER not in ("jieba", "rjieba", "rjieba-fix", "rjieba-dag"):
    raise ValueError(f"GOV_FACTS_TAGGER={TAGGER!r}: expected jieba, rjieba, rjieba-fix or rjieba-dag")


def prefer_for_batches() -> str:
    """The tagger for a run of many pages: ``rjieba-dag`` (identical records, faster on new text)
    when rjieba is installed and ``GOV_FACTS_TAGGER`` chose nothing; else the one chosen.

    It takes effect if this process has not tagged yet (the tagger is built at the first tagging);
    otherwise jieba goes on, with the same answers."""
    global TAGGER
    if TAGGER == "jieba" and "GOV_FACTS_TAGGER" not in os.environ and importlib.util.find_spec("rjieba"):
        TAGGER = "rjieba-dag"
    return TAGGER


def use(name: str) -> None:
    """Tag with ``name`` from the first tagging on: a spawned worker takes its parent's choice."""
    global TAGGER
    TAGGER = name


#: posseg's own block patterns (jieba/posseg/__init__.py), so the blocks are cut as posseg cuts
#: them; compiled by the first RsTagger, so that the default tagger's start pays nothing for them
_PATTERNS = ("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)", "(\r\n|\\s)", "[a-zA-Z0-9]+", "[\\.0-9]+")


class RsTagger:
    """jieba-rs for the dictionary walk, jieba.posseg for the rest (see the module's docstring)."""

    def __init__(self, posseg: Any, raw: bool, fix: bool = False) -> None:
        #: the module, whose import builds its tagger (jieba's dictionary, 80-100 ms, 32 MB)
        self._rs: Any = importlib.import_module("rjieba")
        self._raw, self._fix = raw, fix
        self._given: dict[str, str] = {}
        self._dt: Any = posseg.dt
        self._tags: Any = posseg.dt.word_tag_tab
        self._unknown = dag.tagger_for(posseg)  # the HMM's reading of runs no word covers
        self._han, self._skip, self._eng, self._num = (re.compile(p) for p in _PATTERNS)

    def add_word(self, word: str, freq: int | None, tag: str) -> None:
        self._rs.add_word(word, freq, tag)
        self._given[word] = tag

    def tag(self, text: str) -> list[tuple[str, str]]:
        self._dt.makesure_userdict_loaded()  # the added words' tags, as posseg takes them in
        if self._raw:
            tagged = self._rs.tag(text, True)
            return self._corrected(tagged) if self._fix else tagged
        out: list[tuple[str, str]] = []
        for block in self._han.split(text):
            if not block:
                continue
            if self._han.match(block):
                self._route(block, out)
                continue
            for piece in self._skip.split(block):
                if self._skip.match(piece):
                    out.append((piece, "x"))
                    continue
                eng = self._eng.match(piece) is not None
                for ch in piece:
                    out.append((ch, "m" if self._num.match(ch) else "eng" if eng else "x"))
        return out

    def _corrected(self, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        given = self._given
        for word, tag in tagged:
            if "%" in word and word != "%":
                for piece in word.replace("%", "\0%\0").split("\0"):
                    if piece == "%":
                        out.append((piece, "x"))
                    elif piece:
                        out.extend(self._corrected(self._rs.tag(piece, True)))
                continue
            out.append((word, given.get(word, tag)))
        return out

    def _route(self, block: str, out: list[tuple[str, str]]) -> None:
        """posseg's ``__cut_DAG`` over jieba-rs's best route: runs of one-character words are
        read by posseg's HMM unless the dictionary holds the whole run."""
        get = self._tags.get
        run = ""
        has = self._rs.has_word
        for word in self._rs.cut(block, False):
            # jieba-rs joins a run of single letters and digits, posseg's route keeps them apart
            if len(word) == 1 or (word.isascii() and word.isalnum() and not has(word)):
                run += word
                continue
            if run:
                self._run(run, out)
                run = ""
            out.append((word, get(word, "x")))
        if run:
            self._run(run, out)

    def _run(self, run: str, out: list[tuple[str, str]]) -> None:
        get = self._tags.get
        if len(run) == 1:
            out.append((run, get(run, "x")))
        elif not self._rs.has_word(run):  # posseg: not FREQ.get(run), jieba's prefix dictionary
            self._unknown.unknown_run(run, out)
        else:
            out.extend((ch, get(ch, "x")) for ch in run)
