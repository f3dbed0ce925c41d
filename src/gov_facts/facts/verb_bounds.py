"""A floor or a ceiling written before the verb that takes the figure: 每月最高补助新台币4,000元 (an amount
whose currency opens it), 力争每个乡镇至少建成1个综合性托育服务中心, 每个县至少配备2名专职人员, 每村最少設1個
垃圾分類站, 每校至多招收3个班 (a count the verb takes): the bound passes through the verb to the figure.
Part of the qualifier decision (:mod:`.qualifier`), which asks only of a figure with no bound next to it.
"""

from __future__ import annotations

import re

from .context import ArticleText
from .plan_chain import is_verb
from .tagging import pos_tag
from .units import ends_with

#: the verb between a bound and its figure: a few characters, no break, no digit
_VERB_GAP = re.compile(r"[^\s，,。；;：:、0-9的]{1,4}$")
#: the bounds a verb passes on
_BOUNDS = ("at_most", "at_least")


def bound_before_a_verb(doc: ArticleText, before: str, amount: bool) -> tuple[str, str] | None:
    """The bound word and its qualifier that a short verb right before the figure passes on, or None.

    ``amount``: the figure is an amount whose currency opens it (每月最高补助新台币4,000元) or right after a
    verb of a rule's grant (每戶最高補助2,000元, 最高给予50万元: words.toml rule_verbs), after any verb;
    else the figure is a count, and the gap must be a verb alone (建成, 配备, 新建: jieba's tags) after a
    bound adverb of two characters that is no peak word (单日最多接待3万人次 states the peak a series
    reached, as 最高达 does), unless a modal stands between them (最多可填报40个: a cap)."""
    gap = _VERB_GAP.search(before, max(0, len(before) - 5))  # a gap of four and a final newline at most
    if gap is None:
        return None
    n = len(gap.group(0))
    if _bound_ends(doc.rules.qual_before).isdisjoint(before[-n - 1 : -1]):
        return None  # the cheap test first: no bound word can end before any cut of the gap
    for k in range(1, n + 1):
        hit = ends_with(before[:-k], doc.rules.qual_before)
        if hit is None or hit[1] not in _BOUNDS:
            continue
        if (hit[0] + before[-k:], "n") in doc.rules.domain_words:
            continue  # 最高限价人民币100万元: a domain noun, the ceiling named, is no bound
        if amount:
            return hit
        if len(hit[0]) >= 2 and hit[0] not in doc.rules.words.peak_words and _verb_alone(before[-k:]):
            return hit
        if hit[0] in doc.rules.words.peak_words and _after_a_modal(before[-k:]):
            return hit  # 最多可填报40个: a modal makes the peak word a cap, as 最高可达 does
        if (
            len(hit[0]) >= 2
            and hit[0] not in doc.rules.words.peak_words
            and _after_a_modal(before[-k:], _MUSTS)
        ):
            return (
                hit  # 最少須居港7年, 至少需工作5年: what the rule requires, whatever jieba makes of the verb
            )
    return None


#: a capacity stated by a modal and a verb of supplying, with whom it serves between them and the
#: figure (約可供全澳使用6天, 约可满足全市用水需求45天, 约可容纳观众3000人)
_CAPACITY = re.compile(r"可(?:供应?|满足|容纳|服务)[^，,。；;：:0-9]{0,10}$")
#: how far before the figure the capacity's modal may stand
_CAPACITY_REACH = 16


def capacity_modal_at(before: str) -> int | None:
    """Where the modal of a capacity stands in ``before`` (約|可供全澳使用6天): a bound right before it
    holds for the figure that ends the capacity, whoever is served between them; or None."""
    if "可" not in before[-_CAPACITY_REACH:]:
        return None  # the cheap test first: no modal near the figure (most clauses)
    cap = _CAPACITY.search(before, max(0, len(before) - _CAPACITY_REACH))
    return cap.start() if cap is not None else None


#: the last characters of the bound words, per word list (kept by identity: a tuple's hash is no cache)
_ENDS: dict[int, tuple[object, frozenset[str]]] = {}


def _bound_ends(words: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The characters a bound word of ``words`` (最高, 至少, 最多) ends with."""
    got = _ENDS.get(id(words))
    if got is None or got[0] is not words:
        got = _ENDS[id(words)] = (words, frozenset(w[-1] for w, q in words if w and q in _BOUNDS))
    return got[1]


#: the modals after a peak word that make it a cap (最多可填报, 每人最多能申领, 最多可以选择)
_MODALS = ("可以", "可", "能")


#: the modals of what a rule requires (最少須居港7年, 至少需要工作5年, 至少应配备2名)
_MUSTS = ("必须", "需要", "须", "需", "应")


def _after_a_modal(gap: str, modals: tuple[str, ...] = _MODALS) -> bool:
    """A modal opens the gap and a word follows it (可填报, 能申报; 須居港): what a modal takes is a
    verb, whatever jieba tags it (申报 reads as a noun alone, 須居港 as a name)."""
    return any(gap.startswith(m) and len(gap) > len(m) for m in modals)


def _verb_alone(gap: str) -> bool:
    """建成, 配备, 招收, 新建 (jieba tags it a place: 新 + a verb), 再建: a verb, adverbs before it."""
    tokens = [(w, f, 0) for w, f in pos_tag(gap)]
    return bool(tokens) and is_verb(tokens[-1]) and all(f.startswith("d") for _, f, _ in tokens[:-1])
