"""jieba, loaded once per process and only when the fact stage first needs it.

Importing jieba and reading its dictionary is most of a cold start, so
``--help``/``--version`` and pages without candidate numbers never pay for it.
Three of jieba's own loading steps are slow for reasons that have nothing to do
with the data: it unmarshals its whole prefix dictionary (half a million words and
word prefixes) before it tags a word, from a file object; and ``jieba.posseg``
re-parses the whole 350,000-line dictionary text at import to build its word -> POS
table. The prefix dictionary is read here in parts, one per first character and first two
characters, each when a text to tag first holds them (jieba only ever looks up pieces of the
text it is given), or all at once (:func:`preload`, before worker processes are forked to
share it); both tables are mapped from cache files, not read; the POS table is
searched by bisection. The tagging itself is our own code (:mod:`.dag`, with the HMM decoder of
:mod:`.hmm`), which gives posseg's answers without posseg's generators and ``pair`` objects, and
which the compiled build compiles; jieba's classes are left as they are. The tables and the tags
are jieba's own.
"""

from __future__ import annotations

import contextlib
import io
import logging
import marshal
import sys
import tempfile
import threading
import zlib
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..core.cache_files import read_own, write_atomically
from ..rules.table_cache import Blob, read_with_blob, write_with_blob
from . import dag, jieba_tables, rs_tagger
from .prefix_parts import PrefixParts

_lock = threading.RLock()  # re-entered: adding words reads parts of the dictionary
_posseg: Any = None
_tagger: dag.Tagger | None = None
_rs: rs_tagger.RsTagger | None = None  # the GOV_FACTS_TAGGER experiment (facts/rs_tagger.py)
#: words to read as one word of a given tag (可支配收入 a noun, 惠及 a verb), added to jieba's
#: dictionary when it loads (or at once if it is loaded)
_words: dict[str, str] = {}
_given: set[tuple[str, str]] = set()
_added: set[str] = set()
_TAGS_CACHE = "gov-facts.jieba-tags.v3"
_FREQ_CACHE = "gov-facts.jieba-freq.v4"
_WEIGHTS_CACHE = "gov-facts.jieba-weights.v1"


class TagTable:
    """jieba's word -> POS table kept as one sorted blob and searched by bisection.

    Building the 350,000-entry dict costs a quarter of a second at every start;
    the fact stage looks up only a few thousand words, so a lookup that costs
    microseconds and a load that costs nothing is the better trade. posseg only
    calls ``get`` (and ``update`` for user dictionaries).
    """

    def __init__(self, blob: Blob, offsets: array[int]) -> None:
        self._blob, self._offsets = blob, offsets
        self._seen: dict[str, str | None] = {}  # words looked up so far, and user words

    def get(self, word: str, default: str | None = None) -> str | None:
        try:
            tag = self._seen[word]
        except KeyError:
            tag = self._seen[word] = self._search(word)
        return default if tag is None else tag

    def _search(self, word: str) -> str | None:
        """The word's tag, by bisection over the blob's sorted lines (word, tab, tag)."""
        key = word.encode("utf-8")
        blob, offsets = self._blob, self._offsets
        lo, hi = 0, len(offsets)
        while lo < hi:
            mid = (lo + hi) // 2
            start = offsets[mid]
            if blob[start : blob.find(b"\t", start)] < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(offsets):
            start = offsets[lo]
            end = blob.find(b"\t", start)
            if blob[start:end] == key:
                return blob[end + 1 : blob.find(b"\n", end)].decode("ascii")
        return None

    def update(self, other: dict[str, str]) -> None:
        self._seen.update(other)

    @classmethod
    def build(cls, lines: list[tuple[bytes, bytes]]) -> tuple[bytes, array[int]]:
        lines.sort()
        offsets = array("I")
        parts: list[bytes] = []
        pos = 0
        for word, tag in lines:
            offsets.append(pos)
            line = word + b"\t" + tag + b"\n"
            parts.append(line)
            pos += len(line)
        return b"".join(parts), offsets


def _cache_dir(jieba: Any) -> Path:
    return Path(jieba.dt.tmp_dir or tempfile.gettempdir())


def _cache_path(jieba: Any, name: str, stamp: tuple[str, int, int]) -> Path:
    """Our cache file for this jieba install: each install (each virtualenv) has its own, so
    that two of them on one machine do not overwrite each other's cache at every start."""
    return _cache_dir(jieba) / f"{name}.{zlib.crc32(stamp[0].encode()):08x}.cache"


def _fast_prefix_dict(jieba: Any) -> None:
    """Fill jieba's prefix dictionary from its own cache file, read as bytes."""
    dt = jieba.dt
    if dt.initialized or dt.dictionary != jieba.DEFAULT_DICT or dt.cache_file:
        return
    path = _cache_dir(jieba) / "jieba.cache"
    try:
        freq, total = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return  # no cache yet, or a damaged one: jieba builds it the usual way
    if isinstance(freq, dict) and isinstance(total, int) and total > 0:
        with dt.lock:
            dt.FREQ, dt.total, dt.initialized = freq, total, True


_parts: PrefixParts | None = None


def _lazy_prefix_dict(jieba: Any) -> PrefixParts | None:
    """jieba's prefix dictionary, empty, to be filled part by part from our cache; None when
    there is no valid cache (or jieba was given another dictionary)."""
    dt = jieba.dt
    if dt.initialized or dt.dictionary != jieba.DEFAULT_DICT or dt.cache_file:
        return None
    try:
        stamp = _dict_stamp(jieba)
        (saved_stamp, total, index), blob = read_with_blob(_cache_path(jieba, _FREQ_CACHE, stamp))
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if tuple(saved_stamp) != stamp or not isinstance(total, int) or total <= 0 or not isinstance(index, dict):
        return None
    freq: dict[str, int] = {}
    with dt.lock:
        dt.FREQ, dt.total, dt.initialized = freq, total, True
    return PrefixParts(freq, index, blob, _lock)


def _save_prefix_parts(jieba: Any) -> None:
    """Write the parts cache from jieba's whole prefix dictionary, as it loaded it."""
    dt = jieba.dt
    if dt.dictionary != jieba.DEFAULT_DICT or dt.cache_file:
        return
    with contextlib.suppress(OSError, ValueError):
        stamp = _dict_stamp(jieba)
        index, blob = PrefixParts.build(dt.FREQ)
        write_with_blob(_cache_path(jieba, _FREQ_CACHE, stamp), (list(stamp), dt.total, index), blob)


def _dict_stamp(jieba: Any) -> tuple[str, int, int]:
    path = Path(jieba.__file__).with_name("dict.txt")
    st = path.stat()
    return str(path), st.st_size, int(st.st_mtime)


def _word_tags(jieba: Any) -> TagTable | None:
    """jieba's word -> POS table, from our cache, rebuilt from dict.txt when stale."""
    if jieba.dt.dictionary != jieba.DEFAULT_DICT:
        return None
    try:
        stamp = _dict_stamp(jieba)
    except OSError:
        return None
    cache = _cache_path(jieba, _TAGS_CACHE, stamp)
    try:
        (saved_stamp, raw_offsets), blob = read_with_blob(cache)
        if tuple(saved_stamp) == stamp:
            offsets = array("I")
            offsets.frombytes(raw_offsets)
            return TagTable(blob, offsets)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    entries: dict[bytes, bytes] = {}
    with open(stamp[0], "rb") as fh:
        for raw in fh:
            parts = raw.split()
            if len(parts) >= 3:
                entries[parts[0]] = parts[2]  # a later line wins, as in jieba
    blob, offsets = TagTable.build(list(entries.items()))
    with contextlib.suppress(OSError):  # written atomically: other workers may be reading it
        write_with_blob(cache, (list(stamp), offsets.tobytes()), blob)
    return TagTable(blob, offsets)


def _load(whole: bool = False) -> Any:
    """Import jieba and its tagger; ``whole``: read the whole prefix dictionary now."""
    global _posseg, _parts, _rs, _tagger
    with _lock:
        if _posseg is None:
            # jieba imports pkg_resources only to find its own files, and that import alone
            # costs a sixth of a second; without it jieba opens them by path
            had = "pkg_resources" in sys.modules
            if not had:
                sys.modules["pkg_resources"] = None  # type: ignore[assignment]
            cached_tables = jieba_tables.install()  # its HMM tables, before it imports them
            try:
                import jieba
            finally:
                if not had:
                    del sys.modules["pkg_resources"]

            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            if not whole:
                _parts = _lazy_prefix_dict(jieba)
            if _parts is None:
                _fast_prefix_dict(jieba)
                jieba.initialize()
                if not whole:  # no parts cache yet (a first run): made for the next one
                    _save_prefix_parts(jieba)
            tags = _word_tags(jieba)
            if tags is not None:
                # posseg builds its tag table from the dictionary file at import; hand it an
                # empty file for that moment and give it the cached table afterwards
                jieba.dt.get_dict_file = lambda: io.BytesIO(b"")
                try:
                    import jieba.posseg
                finally:
                    del jieba.dt.get_dict_file
                jieba.posseg.dt.word_tag_tab = tags
            else:
                import jieba.posseg
            _posseg = jieba.posseg
            if not cached_tables:
                jieba_tables.save()
            _tagger = dag.tagger_for(jieba.posseg)  # posseg's answers, our code (facts/dag.py)
            if rs_tagger.TAGGER != "jieba":
                raw = rs_tagger.TAGGER != "rjieba-dag"
                _rs = rs_tagger.RsTagger(jieba.posseg, raw=raw, fix=rs_tagger.TAGGER == "rjieba-fix")
            _add_words(jieba)
    return _posseg


def _add_words(jieba: Any) -> None:
    new = sorted(_words.keys() - _added)
    key = _weights_key(jieba, new) if not _added else None  # the first words, to a fresh dictionary
    weights = _saved_weights(jieba, key) if key is not None else None
    for i, word in enumerate(new):
        if _parts is not None:
            _parts.ensure(word)  # jieba reads the word's pieces to weigh it, then adds it
        jieba.add_word(word, weights[i] if weights is not None else None, tag=_words[word])
        if _rs is not None:
            _rs.add_word(word, jieba.dt.FREQ.get(word), _words[word])
        _added.add(word)
    if key is not None and weights is None:
        _save_weights(jieba, key, [jieba.dt.FREQ[word] for word in new])
    if new:  # the dictionary changed: what was tagged before may now be tagged otherwise
        _unknown.clear()
        _tagged.cache_clear()


# jieba weighs a word it is given without a frequency (``suggest_freq``) by cutting it with the
# dictionary as it stands, the words added before it included: for the rules' two hundred words,
# a twentieth of loading the tagger at every start. The weights depend only on the dictionary
# (its file and total) and the words in their order, so the first load keeps them in a file and
# later ones give them to ``add_word`` as the frequencies it would have found (the same state).


def _weights_key(jieba: Any, words: list[str]) -> tuple[Any, ...] | None:
    if not words or jieba.dt.dictionary != jieba.DEFAULT_DICT:
        return None
    try:
        return (*_dict_stamp(jieba), jieba.dt.total, words)
    except OSError:
        return None


def _saved_weights(jieba: Any, key: tuple[Any, ...]) -> list[int] | None:
    """The weights kept for exactly these words and this dictionary, or None."""
    raw = read_own(_cache_path(jieba, _WEIGHTS_CACHE, key[:3]))
    try:
        saved_key, weights = marshal.loads(raw) if raw is not None else (None, None)
    except (ValueError, EOFError, TypeError):
        return None
    if saved_key != list(key) or not isinstance(weights, list) or len(weights) != len(key[-1]):
        return None
    return weights if all(type(w) is int for w in weights) else None


def _save_weights(jieba: Any, key: tuple[Any, ...], weights: list[int]) -> None:
    with contextlib.suppress(OSError, ValueError):  # written atomically: others may be reading it
        write_atomically(_cache_path(jieba, _WEIGHTS_CACHE, key[:3]), marshal.dumps([list(key), weights]))


#: jieba's HMM reading of runs of characters its dictionary does not hold (names, rare terms),
#: kept by run: the same runs recur across the figures of a page and the pages of an archive, and
#: the Viterbi pass over them is most of the tagging time
_unknown = dag.unknown


def add_words(words: frozenset[tuple[str, str]]) -> None:
    """Have jieba read each word as one word with its tag: terms of the statistics its dictionary
    splits (可支配收入, 国考断面: nouns), verbs it takes for names (惠及, 新建). Cheap to call often;
    the words reach jieba when it is (or once it is) loaded."""
    if words <= _given:
        return
    with _lock:
        changed = {word for word, tag in words if _words.get(word) != tag}
        _given.update(words)
        _words.update(words)
        _added.difference_update(changed)  # a word given another tag is added again
        if _posseg is not None:
            import jieba

            _add_words(jieba)


def pos_tag(text: str) -> list[tuple[str, str]]:
    """(word, POS flag) pairs for a short piece of text, using jieba's tagger with HMM.

    A piece tagged before is not tagged again: the subject, status and unit rules ask for the
    same few characters around a figure more than once."""
    if not text:
        return []
    return list(_tagged(text))


@lru_cache(maxsize=16_384)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    if _posseg is None:
        _load()
    if _rs is not None:
        return tuple(_rs.tag(text))
    if _parts is not None:
        _parts.ensure(text)
    assert _tagger is not None
    return tuple(_tagger.tag(text))


def preload() -> None:
    """Load jieba with its whole prefix dictionary now (before worker processes are forked, so
    that they share it rather than each reading the parts it meets)."""
    if _posseg is None:
        _load(whole=True)
    elif _parts is not None:
        _parts.ensure_all()


def word_tag(word: str) -> str | None:
    """The POS tag jieba's dictionary gives ``word``, or None when the dictionary does not hold it
    (a lookup, without tagging: cheap enough to ask for every number)."""
    pseg = _posseg or _load()
    tag: str | None = pseg.dt.word_tag_tab.get(word)
    return tag
