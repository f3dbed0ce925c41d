"""jieba's prefix dictionary in parts (:class:`PrefixParts`), read as the texts to tag need them.

jieba unmarshals its whole prefix dictionary (half a million words and word prefixes) before it
tags a word; a page needs a few thousand of those entries. :mod:`.tagging` keeps the parts in a
cache file beside jieba's own and hands jieba a dict it fills part by part.
"""

from __future__ import annotations

import marshal
import threading
from array import array

from ..rules.table_cache import Blob

#: the item type of a head's spans: offsets into the blob (some 30 MB: below 2**32)
_SPAN = "I" if array("I").itemsize == 4 else "L"


class PrefixParts:
    """jieba's prefix dictionary cut by first character and then by first two characters, each
    part added to jieba's own dict the first time a text to tag holds its character (or pair).

    jieba looks up only pieces of the text it tags (and of words added to it): a piece of one
    character is in that character's part, a longer one in the part of its first two characters,
    which the text also holds; so each lookup is answered as by the whole dictionary, and a page
    reads a few thousand entries, not the tens of thousands that begin with its characters. A part
    is added once, before any word of it is added (:func:`~.tagging.add_words`), so no added word is
    overwritten. The blob holds, for each character, its pairs' parts, then its head: its count,
    the second characters of its pairs in order and their spans packed as numbers (a page reads
    some 300 heads of about 110 pairs each, and needs a few of each: as a dict of spans, the
    heads' 35,000 strings and tuples were most of what the first page spent on jieba's
    dictionary).
    """

    def __init__(
        self,
        freq: dict[str, int],
        index: dict[str, tuple[int, int]],
        blob: Blob,
        lock: threading.RLock | None = None,
    ) -> None:
        self.freq, self.index, self.blob = freq, index, blob
        self._lock = lock or threading.RLock()  # the tagger's: adding words reads parts
        self.done: set[str] = set()  # characters and pairs whose entries are in ``freq``
        #: a read character's pairs: their second characters, and the start and end of each one's part
        self._pairs: dict[str, tuple[str, array[int]]] = {}

    def ensure(self, text: str) -> None:
        keys = set(text)
        keys.update(text[i : i + 2] for i in range(len(text) - 1))
        missing = keys.difference(self.done)
        if missing:
            with self._lock:
                for key in sorted(missing, key=len):  # characters first: they say where their pairs lie
                    if key not in self.done:
                        self._read(key)
                        self.done.add(key)

    def _read(self, key: str) -> None:
        if len(key) == 1:
            span = self.index.get(key)
            own, seconds, packed = marshal.loads(self.blob[span[0] : span[1]]) if span else (None, "", b"")
            spans = array(_SPAN)
            spans.frombytes(packed)
            self._pairs[key] = (seconds, spans)
            if own is not None:
                self.freq[key] = own
            return
        seconds, spans = self._pairs[key[0]]
        at = seconds.find(key[1])
        if at >= 0:
            self.freq.update(marshal.loads(self.blob[spans[2 * at] : spans[2 * at + 1]]))

    def ensure_all(self) -> None:
        chars = "".join(self.index)
        self.ensure(chars)
        with self._lock:
            for ch in chars:
                for second in self._pairs[ch][0]:
                    pair = ch + second
                    if pair not in self.done:
                        self._read(pair)
                        self.done.add(pair)

    @staticmethod
    def build(freq: dict[str, int]) -> tuple[dict[str, tuple[int, int]], bytes]:
        """(first character -> span of its head in the blob, the blob), entries marshalled."""
        own: dict[str, int] = {}
        by_pair: dict[str, dict[str, dict[str, int]]] = {}
        for word, n in freq.items():
            if len(word) == 1:
                own[word] = n
            elif word:
                by_pair.setdefault(word[0], {}).setdefault(word[:2], {})[word] = n
        index: dict[str, tuple[int, int]] = {}
        parts: list[bytes] = []
        pos = 0

        def put(data: bytes) -> tuple[int, int]:
            nonlocal pos
            parts.append(data)
            pos += len(data)
            return pos - len(data), pos

        for ch in sorted(set(own) | set(by_pair)):
            pairs = by_pair.get(ch, {})
            spans = array(_SPAN)
            for pair in sorted(pairs):
                spans.extend(put(marshal.dumps(pairs[pair])))
            seconds = "".join(pair[1] for pair in sorted(pairs))
            index[ch] = put(marshal.dumps((own.get(ch), seconds, spans.tobytes())))
        return index, b"".join(parts)
