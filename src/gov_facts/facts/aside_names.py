"""The noun before a bracketed aside that stands between it and its figure (115年春節連續假期（2月14日
至2月22日）共計9天, 全市户籍人口（不含暂住人口）为85.3万人): the aside only says when or what is left
out; the noun before it is what the figure measures. Part of the second look at a subject
(:mod:`.subject_review`), asked only for a figure left with none."""

from __future__ import annotations

from dataclasses import replace

from .candidate import Candidate
from .context import ArticleText
from .noun_phrase import noun_run_before
from .tagging import pos_tag

#: at most this many characters of a verb or bound between the aside's end and the figure (共计, 为,
#: 长达, 约为)
_GAP = 4

#: the word classes of what may stand there: verbs, adverbs, prepositions (共计, 约, 为)
_LINKS = ("v", "d", "p")


def named_before_aside(doc: ArticleText, c: Candidate) -> str | None:
    """The noun phrase right before a bracketed aside closed at most a verb and a bound before the
    figure."""
    cs, _ = doc.clause(c.start)
    close = max(doc.text.rfind("）", cs, c.start), doc.text.rfind(")", cs, c.start))
    if close < 0 or c.start - close - 1 > _GAP:
        return None
    toks = pos_tag(doc.shadow[close + 1 : c.start])
    if any(tag[:1] not in _LINKS for _, tag in toks):
        return None
    opening = max(doc.text.rfind("（", cs, close), doc.text.rfind("(", cs, close))
    if opening <= cs:
        return None
    return noun_run_before(doc, replace(c, start=opening))[0]


#: the words that open a named stretch before its bracketed length (其中, a list mark, 和, 及, the
#: 的 closing a relative clause)
_ITEM_OPENERS = ("其中", "、", "和", "及", "与", "的")

#: the longest name of a stretch read back from its bracket (國1楊梅至五股高架段)
_LONGEST_NAME = 14


def stretch_named_before(doc: ArticleText, c: Candidate) -> str | None:
    """其中國1楊梅至五股高架段（約40公里）, 新建国道318线改线段（长12.6公里）: a length or area that opens
    a bracket measures the stretch named before it, read back to the clause's start or an item's
    opener, past a verb opening it; road names hold digits and 至, which no noun run reads."""
    if c.kind not in ("length", "area"):
        return None
    cs, _ = doc.clause(c.start)
    opening = max(
        doc.text.rfind("（", max(cs, c.start - 6), c.start),
        doc.text.rfind("(", max(cs, c.start - 6), c.start),
    )
    if opening <= cs or not all(tag[:1] in _LINKS for _, tag in pos_tag(doc.shadow[opening + 1 : c.start])):
        return None
    start = max(
        [cs]
        + [
            doc.norm.rfind(w, cs, opening) + len(w)
            for w in _ITEM_OPENERS
            if doc.norm.rfind(w, cs, opening) >= 0
        ]
    )
    toks = pos_tag(doc.shadow[start:opening])
    while toks and toks[0][1].startswith(("v", "d", "p", "t")):
        start += len(toks.pop(0)[0])
    name = doc.shadow[start:opening].strip()
    if (
        not 2 <= len(name) <= _LONGEST_NAME
        or not "\u4e00" <= name[-1] <= "\u9fff"
        or any(m in name for m in "，。；：:“”（）()")
    ):
        return None
    return name
