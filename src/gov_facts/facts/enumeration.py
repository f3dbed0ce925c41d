"""Which item of an enumeration a figure counts: A、B、C分别增长x%、y%和z% gives the n-th figure
after 分别 the n-th item before it; 城镇和农村居民人均可支配收入均增长1.6% gives one figure all of
them. Part of the subject decision (:mod:`.subject` asks here first)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate, Prior, since
from .context import ArticleText
from .noun_phrase import noun_run_before
from .tagging import pos_tag
from .time_scopes import listed_times

_ENUM_SPLIT = re.compile(r"、|和|与|及|以及")
_FIGURE_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: what may stand between 分别/均 and the figure: a verb of change or level (分别增长, 均为)
_DISTRIBUTING = re.compile(r"(分别|均|都)[^，。；;、0-9]{0,4}$")


def _enumerated(doc: ArticleText, cs: int, at: int) -> list[str]:
    """The items of an enumeration that ends at ``at`` (出口、进口; 第一、二、三产业增加值), with a
    head the items share put on each (城镇、农村居民人均可支配收入 -> 城镇居民人均可支配收入…)."""
    text = doc.shadow[cs:at]
    # the enumeration starts where its first item's noun phrase does (全年第一… -> 第一…)
    first_sep = _ENUM_SPLIT.search(text)
    if first_sep is None:
        return []
    lead, _, _ = noun_run_before(doc, replace(Candidate(0, 0, 0, 0, None), start=cs + first_sep.start()))
    head_start = text.rfind(lead, 0, first_sep.start()) if lead else -1
    if head_start < 0:
        head_start = 0
    items = [x for x in _ENUM_SPLIT.split(text[head_start:]) if x]
    if len(items) < 2:
        return []
    last = items[-1]
    # the last item is its own modifier (as long as the item before it) and the shared head
    modifier = len(items[-2])
    if len(last) - modifier >= 2:
        head = last[modifier:]
        items = [x + head for x in items[:-1]] + [last]
    return items


def distributed(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """A、B、C分别增长x%、y%和z%: the n-th figure after 分别 takes the n-th item before it."""
    cs, _ = doc.clause(c.start)
    at = doc.norm.rfind("分别", cs, c.start)
    if at < 0:
        return None  # 分别 distributes only over the figures of its own clause
    listed = listed_times(doc, cs, at)
    if listed:  # 5月1日、2日入住率分别达到…: 分别 hands out days; the noun after them is measured
        return doc.shadow[listed[-1].end : at].strip() or None
    # the figure's place among those after 分别 in the sentence
    index = sum(1 for p, _, _ in since(prev, at + 1) if p.start < c.start)
    items = _enumerated(doc, cs, at) or _amounts_before(doc, c, prev, at)
    if not items or index >= len(items):
        return None
    return items[index]


def _amounts_before(doc: ArticleText, c: Candidate, prev: Prior, at: int) -> list[str]:
    """接待游客1860.5万人次，实现旅游收入198.3亿元，（同比）分别增长45.6%和52.1%: a clause opening
    with 分别 distributes its figures over the amounts stated before it in the sentence, in order."""
    cs, ce = doc.clause(c.start)
    lead = doc.norm[cs:at].strip()
    if lead and all(lead != word for word, _ in doc.rules.basis):
        return []  # 同比分别增长: only a comparison basis may open the clause before 分别
    ss, _ = doc.sentence(c.start)
    last_end = max([p.end for p, _, _ in since(prev, at)] + [at + 2])
    own = doc.norm[last_end : c.start]
    if len(own) > 6 or any(q in own for q in '“"《「'):
        return []  # 分别为省“揭榜挂帅”项目1个、…: each figure names its own noun
    amounts = [
        subj or ""
        for p, subj, _ in since(prev, ss)
        if p.start < at and p.kind not in ("percent", "percentage_point", "rank")
    ]
    wanted = len(_FIGURE_DIGITS.findall(doc.norm, at, ce))
    return amounts[-wanted:] if 0 < wanted <= len(amounts) else []


def shared(doc: ArticleText, c: Candidate) -> str | None:
    """城镇和农村居民人均可支配收入均增长1.6%: one figure that holds for every item before 均."""
    cs, _ = doc.clause(c.start)
    m = _DISTRIBUTING.search(doc.norm, cs, c.start)
    if m is None or m.group(1) == "分别":
        return None
    items = _enumerated(doc, cs, m.start())
    if not items:
        return None
    start = doc.shadow.find(items[0][:2], cs, m.start())
    return doc.shadow[start : m.start()] if start >= 0 else None


#: measure words that count places (两国, 三地): the places named right before are the subject
PLACE_COUNTS = ("国", "地")
#: what joins the names of a list of places (北京、天津两地, 沙特和伊朗两国)
_JOINERS = ("、", "和", "与", "及")


def places_named_before(doc: ArticleText, c: Candidate) -> str | None:
    """中美两国, 北京、天津两地, 沙特和伊朗两国: the names right before a count of places."""
    cs, _ = doc.clause(c.start)
    before = doc.shadow[max(cs, c.start - 12) : c.start]
    toks = pos_tag(before)
    names: list[str] = []
    for word, flag in reversed(toks):
        place = flag in ("ns", "nr", "nz") or (flag in ("f", "j") and len(word) == 1)
        if word not in _JOINERS and not place:
            break
        names.insert(0, word)
    while names and names[0] in _JOINERS:
        names.pop(0)
    text = "".join(names)
    return text if len(text) >= 2 else None
