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
