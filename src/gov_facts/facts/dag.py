"""jieba's cut of a run of Chinese characters along its most probable route, computed the same way
with less work.

jieba.posseg cuts each run of characters (a block) in three passes: ``get_DAG`` lists, for every
start, the ends of the dictionary words that begin there (a dict of lists); ``calc`` then walks the
block from its end and keeps, for every start, the best of ``(score, end)`` tuples, made by a
generator; the cut follows the route. On a page never seen before, tagging the windows the rules
ask for is most of the fact stage's extra time, and these passes are much of it. Here one pass from
the end finds each start's words and scores them at once, without the DAG, the generator or the
tuples: the same sums in the same order (``log(freq) - log(total) + score after``), the same
tie-break (of two equal scores the longer word wins, as ``max`` over ``(score, end)`` tuples
gives), the same fallback (a single character when no word begins there). The cut that follows
the route follows jieba's ``__cut_DAG`` step by step, as it must to give the same tokens
(jieba, MIT licence, copyright Sun Junyi). A test holds the two equal.
"""

from __future__ import annotations

from collections.abc import Iterator
from math import log
from typing import Any

#: jieba.posseg's (word, flag) pair class, set by :func:`install` (jieba is imported only when
#: the fact stage first tags)
_pair: Any = None
#: the method :func:`install` replaced (jieba's own, which tests compare with)
jiebas_cut_dag: Any = None


def route_ends(sentence: str, freq: dict[str, int], total: int) -> list[int]:
    """For each start in ``sentence``, where the word jieba's best route takes from there ends
    (``route[x][1] + 1`` of jieba's ``calc`` over its ``get_DAG``)."""
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
                if best_end < 0 or s >= best:  # a tie: the later end, as max over (score, end)
                    best, best_end = s, i
            i += 1
            frag = sentence[k : i + 1]
        if best_end < 0:  # no word begins here: the character alone
            best, best_end = log(freq.get(sentence[k]) or 1) - logtotal + score[k + 1], k
        score[k] = best
        ends[k] = best_end + 1
    return ends


def cut_dag(self: Any, sentence: str) -> Iterator[Any]:
    """jieba.posseg's ``POSTokenizer.__cut_DAG`` with the route of :func:`route_ends` (the rest as
    jieba writes it: a run of single characters no word holds goes to the HMM)."""
    tokenizer = self.tokenizer
    tokenizer.check_initialized()
    freq = tokenizer.FREQ
    ends = route_ends(sentence, freq, tokenizer.total)
    tags = self.word_tag_tab
    pair = _pair
    x = 0
    buf = ""
    n = len(sentence)
    while x < n:
        y = ends[x]
        l_word = sentence[x:y]
        if y - x == 1:
            buf += l_word
        else:
            if buf:
                yield from _flush(self, buf, freq, tags)
                buf = ""
            yield pair(l_word, tags.get(l_word, "x"))
        x = y
    if buf:
        yield from _flush(self, buf, freq, tags)


def _flush(self: Any, buf: str, freq: dict[str, int], tags: Any) -> Iterator[Any]:
    """A run of single characters: one character alone, a run no word is (the HMM reads it), or
    the characters of a word each alone (as jieba does)."""
    if len(buf) == 1:
        yield _pair(buf, tags.get(buf, "x"))
    elif not freq.get(buf):
        yield from self._POSTokenizer__cut_detail(buf)
    else:
        for elem in buf:
            yield _pair(elem, tags.get(elem, "x"))


def install(posseg: Any) -> None:
    """Have jieba.posseg cut its blocks with :func:`cut_dag`."""
    global _pair, jiebas_cut_dag
    _pair = posseg.pair
    if posseg.POSTokenizer._POSTokenizer__cut_DAG is not cut_dag:
        jiebas_cut_dag = posseg.POSTokenizer._POSTokenizer__cut_DAG
    posseg.POSTokenizer._POSTokenizer__cut_DAG = cut_dag
