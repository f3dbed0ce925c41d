"""Part-of-speech tagging of a short text over jieba's dictionary and tables: jieba.posseg's steps
re-implemented without its generators and pair objects.

The steps (blocks, the best route, the HMM for stretches the dictionary lacks) and the character
classes of a block are jieba.posseg's (jieba, MIT licence, copyright (c) 2013 Sun Junyi; see
THIRD_PARTY_NOTICES.md): the answer must be exactly posseg's.

The rules ask for the words and tags of the few characters around a figure; the answer must be
the one ``jieba.posseg.lcut`` gives (the rules were written against it, and a test holds the two
equal), but posseg's own steps are generators of ``pair`` objects through several layers, run
by the interpreter even in the compiled build. Here a text is tagged in one pass to a list of
``(word, tag)`` tuples, with no class of jieba's patched:

- the text falls into blocks of characters a word can hold (Chinese, letters, digits and
  ``+#&._``) and the characters between them (each its own word, ``x``; ``\\r\\n`` one word);
- a block is cut along the most probable route through the dictionary (:func:`route_ends`);
- a word of several characters takes its dictionary tag; a run of one-character words next to
  each other is either one character, or a dictionary word (its characters each take their tag),
  or a stretch the dictionary does not hold, which jieba's tagging HMM reads (:mod:`.hmm`; its
  reading of each Chinese stretch is kept, as names and rare terms recur).
"""

from __future__ import annotations

import re
from math import log
from typing import Any

from .hmm import viterbi

Tagged = list[tuple[str, str]]

#: the characters a dictionary word may hold (posseg's ``re_han_internal``)
_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
#: a stretch the HMM reads: its Chinese runs, and between them runs of digits or of letters
_CHINESE = re.compile("([\u4e00-\u9fd5]+)")
_DIGITS_OR_LETTERS = re.compile("([\\.0-9]+|[a-zA-Z0-9]+)")
_DIGIT_START = re.compile("[\\.0-9]")
_LETTER_START = re.compile("[a-zA-Z0-9]")

#: the HMM's readings of Chinese stretches no dictionary word covers, kept (the fact stage's
#: memory of unknown names and terms; ``tagging._unknown`` is this dict)
unknown: dict[str, Tagged] = {}
UNKNOWN_KEPT = 50_000


def route_ends(sentence: str, freq: dict[str, int], total: int) -> list[int]:
    """For each start in ``sentence``, the end of the word that the most probable route through
    the dictionary takes from there.

    A route's score is the sum of its words' ``log(freq) - log(total)``; from the block's end
    back, each start keeps its best word (of two equal scores the longer), or the character
    alone when no word of the dictionary begins there. ``freq`` is jieba's prefix dictionary: a
    word's frequency, 0 for a prefix that is not a word, absent for what no word begins with."""
    n = len(sentence)
    logtotal = log(total)
    score = [0.0] * (n + 1)
    ends = [0] * n
    for k in range(n - 1, -1, -1):
        best = 0.0
        best_end = -1
        i = k
        frag = sentence[k]
        while i < n:
            f = freq.get(frag)
            if f is None:  # no word of the dictionary begins with ``frag``: none longer either
                break
            if f:
                s = log(f) - logtotal + score[i + 1]
                if best_end < 0 or s >= best:
                    best, best_end = s, i
            i += 1
            frag = sentence[k : i + 1]
        if best_end < 0:  # no word begins here: the character alone
            best, best_end = log(freq.get(sentence[k]) or 1) - logtotal + score[k + 1], k
        score[k] = best
        ends[k] = best_end + 1
    return ends


class Tagger:
    """Tags texts as ``jieba.posseg.lcut`` does (see the module's docstring), over posseg's
    tokenizer ``dt`` (its ``FREQ`` and ``total`` are read at each text: adding a word changes
    them; its word -> tag table; its step that takes in the tags of words added since) and its
    HMM's ``tables`` (states by character, start, transition, emission)."""

    def __init__(self, dt: Any, tables: tuple[Any, Any, Any, Any]) -> None:
        self._dt = dt
        self._tables = tables

    def tag(self, text: str) -> Tagged:
        """The words of ``text`` with their tags."""
        dt = self._dt
        dt.makesure_userdict_loaded()
        tokenizer = dt.tokenizer
        tokenizer.check_initialized()
        freq: dict[str, int] = tokenizer.FREQ
        total: int = tokenizer.total
        tags = dt.word_tag_tab
        out: Tagged = []
        pieces = _BLOCK.split(text)
        for j, piece in enumerate(pieces):
            if j % 2:  # a block (split's captured group)
                self._block(piece, freq, total, tags, out)
            elif piece:
                _between(piece, out)
        return out

    def _block(self, block: str, freq: dict[str, int], total: int, tags: Any, out: Tagged) -> None:
        ends = route_ends(block, freq, total)
        n = len(block)
        run = 0  # where the present run of one-character words began
        x = 0
        while x < n:
            y = ends[x]
            if y > x + 1:
                if run < x:
                    self.run(block[run:x], freq, tags, out)
                word = block[x:y]
                out.append((word, tags.get(word, "x")))
                run = y
            x = y
        if run < n:
            self.run(block[run:], freq, tags, out)

    def run(self, run: str, freq: dict[str, int], tags: Any, out: Tagged) -> None:
        """A run of one-character words: one character; a word of the dictionary, each of its
        characters with its own tag; else a stretch for the HMM."""
        if len(run) == 1:
            out.append((run, tags.get(run, "x")))
        elif freq.get(run):
            out.extend((ch, tags.get(ch, "x")) for ch in run)
        else:
            self.unknown_run(run, out)

    def unknown_run(self, run: str, out: Tagged) -> None:
        """A stretch no dictionary word covers: its Chinese read by the HMM, numbers ``m``, other
        letters and digits ``eng``, anything else ``x``."""
        pieces = _CHINESE.split(run)
        for j, piece in enumerate(pieces):
            if j % 2:
                found = unknown.get(piece)
                if found is None:
                    found = self._read(piece)
                    if len(unknown) >= UNKNOWN_KEPT:
                        unknown.clear()
                    unknown[piece] = found
                out.extend(found)
            elif piece:
                for part in _DIGITS_OR_LETTERS.split(piece):
                    if part:
                        tag = "m" if _DIGIT_START.match(part) else "eng" if _LETTER_START.match(part) else "x"
                        out.append((part, tag))

    def _read(self, chinese: str) -> Tagged:
        """The HMM's words: a word ends at each E (ending) or S (single) state, with that state's
        tag; what is left after the last one is one word, with the tag its first state has."""
        states, start_p, trans_p, emit_p = self._tables
        route = viterbi(chinese, states, start_p, trans_p, emit_p)[1]
        words: Tagged = []
        begin = done = 0
        for i, (position, tag) in enumerate(route):
            if position == "B":
                begin = i
            elif position == "E":
                words.append((chinese[begin : i + 1], tag))
                done = i + 1
            elif position == "S":
                words.append((chinese[i], tag))
                done = i + 1
        if done < len(chinese):
            words.append((chinese[done:], route[done][1]))
        return words


def _between(text: str, out: Tagged) -> None:
    """Characters no word holds: each a word of its own (``x``), a ``\\r\\n`` one word."""
    i = 0
    n = len(text)
    while i < n:
        if text.startswith("\r\n", i):
            out.append(("\r\n", "x"))
            i += 2
        else:
            out.append((text[i], "x"))
            i += 1


def tagger_for(posseg: Any) -> Tagger:
    """The tagger over jieba.posseg's default tokenizer, tables and tag table."""
    return Tagger(posseg.dt, (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P))
