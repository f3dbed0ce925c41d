"""What stock and capacity figures count when no noun phrase is read before them. An item of a list
written noun then figure (现储备冲锋舟12艘、橡皮艇30艘、砂石料1.2万立方米) counts the words between the mark
before it (、, or the list's verb) and itself, however jieba tags them (冲锋舟 an idiom, 砂石|料 a noun
and a verb); a capacity after its verb (安置点62个，可容纳1.1万人) is the capacity of the thing the
figure before it counts. Part of the subject decision: asked by :mod:`.subject`."""

from __future__ import annotations

import re

from .candidate import Candidate, Prior
from .context import ArticleText
from .tagging import pos_tag

#: an item's own words: a few Chinese characters, nothing else
_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}")
#: the next item of the list after a figure: 、, its words and a figure
_NEXT_ITEM = re.compile(r"、[\u4e00-\u9fff]{2,8}?[0-9０-９]")
#: a bound or a light verb between an item and its figure (橡皮艇约30艘, 砂石料共1.2万立方米)
_BOUND = re.compile(r"(?:约|近|共|计|达|超|逾|合计|共计)$")
#: the words that open the first item's list: a verb (储备, 配备) or a preposition
_OPENERS = ("v", "vn", "p")


def stocked(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """The item of a list of stock a figure counts (储备冲锋舟12艘、…、砂石料1.2万立方米), or the holder of
    a capacity (安置点62个，可容纳1.1万人), else None; asked when no noun phrase stands before the figure."""
    return stock_item(doc, c, prev) or held_by(doc, c, prev)


def stock_item(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """The item a figure of a noun-then-figure list counts, or None when the figure is no such item."""
    cs, _ = doc.clause(c.start)
    mark = doc.norm.rfind("、", cs, c.start)
    if mark >= 0:
        # a later item: the figure before the mark ends right at it (…12艘、橡皮艇30艘)
        if not prev or prev[-1][0].end != mark:
            return None
        words = _BOUND.sub("", doc.shadow[mark + 1 : c.start])
        return words if _ITEM.fullmatch(words) and _opens_a_noun(words) else None
    # the first item: the list goes on after it, and its words follow the list's verb
    if _NEXT_ITEM.match(doc.norm, c.end) is None:
        return None
    toks = pos_tag(doc.shadow[cs : c.start])
    k = len(toks)
    while k > 0 and toks[k - 1][1] not in _OPENERS:
        k -= 1
    words = _BOUND.sub("", "".join(w for w, _ in toks[k:]))
    return words if k > 0 and _ITEM.fullmatch(words) and _opens_a_noun(words) else None


def _opens_a_noun(words: str) -> bool:
    """新建高标准农田3.2万亩、改造提升1.5万亩, 增加1,927人、成長13.4%: an item opened by a verb (or an
    adverb) is a second act on the same thing, not a thing of its own."""
    toks = pos_tag(words)
    return bool(toks) and not toks[0][1].startswith((*_OPENERS, "d"))


#: a clause that is a capacity's verb alone (可容纳, 能同时容纳约)
_CAPACITY = re.compile(r"(?:可|能|可以|能够)?(?:同时)?容纳(?:约|近|超过|逾)?")


def held_by(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """已确定临时避灾安置点62个，可容纳1.1万人: a clause of a capacity's verb and its figure alone
    measures what the figure just before it in the sentence counts."""
    cs, _ = doc.clause(c.start)
    if not _CAPACITY.fullmatch(doc.norm, cs, c.start) or not prev:
        return None
    last, subject, _ = prev[-1]
    return subject if subject and last.start >= doc.sentence(c.start)[0] else None
