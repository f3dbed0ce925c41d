"""The object of a coverb is not what a figure counts (session 14): 市政署就违规食品场所提出检控127宗,
市场监管局对违规经营企业立案查处56件 -> the acts (提出检控, 立案查处), not 食品场所提出检控: the noun
after 就 or 对 says at whom the verb is aimed, so a subject read across it into the verb starts at the
verb. Part of the subject decision (:mod:`.subjects` asks after the last look)."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .tagging import pos_tag

#: coverbs that aim a verb at the noun after them (就违规场所提出检控, 对企业立案查处)
_COVERBS = ("就", "对")
_COVERB_CHAR = re.compile("|".join(_COVERBS))
#: the most characters between the coverb and the figure that are looked at
_REACH = 24


def past_coverb_object(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """The verbs at the end of ``subject`` when it runs from a coverb's object into the verb after it
    right before the figure; else None."""
    if not subject or len(subject) < 4 or not doc.norm.endswith(subject, 0, c.start):
        return None
    at = c.start - len(subject)
    near = _COVERB_CHAR.search(doc.norm, max(0, c.start - _REACH), at)
    if near is None:
        return None  # the cheap test first, before the clause is found: no coverb's character near
    cs, _ = doc.clause(c.start)
    lo = max(cs, c.start - _REACH)
    if near.start() < lo and _COVERB_CHAR.search(doc.norm, lo, at) is None:
        return None  # the coverb's characters stand in an earlier clause
    if not any(w in _COVERBS for w, _ in pos_tag(doc.norm[lo:at])):
        return None  # 在就近就业方面: 就 inside a word is no coverb
    toks = pos_tag(subject)
    for k in range(1, len(toks)):
        if (
            toks[k][1] == "v"
            and toks[k - 1][1].startswith("n")
            and all(f.startswith("v") for _, f in toks[k:])
        ):
            verbs = "".join(w for w, _ in toks[k:])
            return verbs if len(verbs) >= 2 else None
    return None


#: the coverbs of place (在澎湖停留, 於本港逗留), and the bounds a figure may open with after the verb
#: (於 stays: both scripts write it, script.toml's shared; a text with no other traditional one keeps it)
_PLACE_COVERBS = frozenset("在于於")
_BOUND_AFTER_VERB = re.compile(r"(?:了)?(?:约|近|逾|超过|达)?$")


def past_coverb_place(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """旅客平均在澎湖停留3.2天, 可连续在海上运行15年: a place after 在 (or 于) with a verb between it
    and a length is where the act happens, not what lasts; the verb is (停留), else None. (An amount
    after the verb is of the verb's object: 於堆填區處置約128.6萬噸 is of the waste, not asked here.)"""
    if c.kind != "duration" or not subject or len(subject) > 8:
        return None
    at = doc.norm.rfind(subject, max(0, c.start - len(subject) - 6), c.start)
    glued = len(subject) == 2 and subject[0] in _PLACE_COVERBS  # jieba's 在港: the coverb and the place
    if at < 1 or (doc.norm[at - 1] not in _PLACE_COVERBS and not glued):
        return None  # the cheap test first: no coverb of place before the subject
    between = doc.norm[at + len(subject) : c.start]
    bound = _BOUND_AFTER_VERB.search(between)
    verb = between[: bound.start()] if bound is not None else between
    toks = pos_tag(verb) if len(verb) == 2 else []
    if len(toks) != 1 or toks[0][1] != "v" or verb in doc.rules.stop or verb in doc.rules.cue_words:
        return None  # 在全省增长5%: a change word, 达到: a level, no act
    return verb
