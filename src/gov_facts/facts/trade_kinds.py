"""The kind of a trade before its verb of dealing (session 13): 大宗协议转让成交346万吨, 挂牌竞价交易
1.2万吨. jieba cuts the kind into a noun and the verb of its manner (协议|转让), so no noun run stands
before the figure; the words from the clause's start to 成交 name what the amount counts. Part of
the subject decision (:mod:`.subject` asks)."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText

#: verbs of dealing a trade's kind stands before
_DEALT = ("成交", "交易")

#: the kind: a few characters opening the clause, past a word of a part (其中, 另), with no mark,
#: digit or function word of a clause
_KIND = re.compile(r"\s*(?:其中|另有|另|此外)?([^\s\W\d的了在和与及是为有对向将已]{2,10})")

#: what may stand between the verb and the figure (约, 达, 量)
_BETWEEN = re.compile(r"(?:量|额)?(?:约|达|超过|逾|近)?\s*")


def traded_kind(doc: ArticleText, c: Candidate, verb: str | None) -> str | None:
    """大宗协议转让成交346万吨: the trade's kind named before the verb of dealing the noun reader passed
    (``verb``), when nothing else stands in the clause."""
    if verb not in _DEALT or verb is None:
        return None
    cs, _ = doc.clause(c.start)
    at = doc.norm.rfind(verb, cs, c.start)
    if at < 0 or _BETWEEN.fullmatch(doc.norm, at + len(verb), c.start) is None:
        return None
    kind = _KIND.fullmatch(doc.norm, cs, at)
    return doc.shadow[kind.start(1) : kind.end(1)] if kind is not None else None
