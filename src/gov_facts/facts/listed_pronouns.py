"""三者, 两者, 二者: a count of "the ones" names no thing; it stands for the list the clause before it
ends with (数量最多的为樟树、枫香和银杏，三者合计占古树总数的四成以上: the three trees). Part of the
subject review (:mod:`.subject_guard`)."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .numerals import CN_DIGITS
from .tagging import pos_tag
from .words_before import is_nounish

#: 两者, 三者…十者: the ones counted, pointing back at a list
_THE_ONES = re.compile(r"[两二三四五六七八九十]者")
#: what parts a list: the enumeration comma and the conjunctions before its last item
_LIST_JOINS = re.compile(r"[、和及与]")
#: the longest item of such a list
_ITEM_MAX = 8


def listed_for(doc: ArticleText, c: Candidate, subject: str) -> str | None:
    """The list of as many items as ``subject`` counts (三者: three) ending the clause before the one
    it stands in, as the text writes it; None when ``subject`` is no such word or no list ends there."""
    if _THE_ONES.fullmatch(subject) is None:
        return None
    at = doc.shadow.rfind(subject, 0, c.start)
    if at < 0:
        return None
    cs, _ = doc.clause(at)
    if cs < 2:
        return None
    pcs, _ = doc.clause(cs - 2)
    text = doc.shadow[pcs : cs - 1]
    parts = _LIST_JOINS.split(text)
    n = 10 if subject[0] == "十" else CN_DIGITS[subject[0]]
    if len(parts) < n or any(not 1 <= len(p) <= _ITEM_MAX for p in parts[-n + 1 :]):
        return None
    toks = pos_tag(parts[-n])  # 数量最多的为樟树: the noun the first item ends with
    k = len(toks)
    while k > 0 and is_nounish(toks[k - 1][1]):
        k -= 1
    first = "".join(w for w, _ in toks[k:])
    if not first or len(first) > _ITEM_MAX:
        return None
    start = cs - 1 - len("".join(parts[-n + 1 :])) - (n - 1) - len(first)
    return doc.text[start : cs - 1]
