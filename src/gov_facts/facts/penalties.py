"""The subject of a fine imposed (session 13): 其中單一事業單位最高遭裁處150萬元 is a 罰鍰, not the
fined employer with its verb. Money right after a verb of imposing (裁处, 处以, 遭…处) measures the
penalty the clause names after it (处150万元罚锾), else the one its sentence named before (共裁處罰鍰
新臺幣2,856萬元，…，最高遭裁處150萬元). Part of the subject decision (:class:`.subjects.Subjects` asks).
So is a length right after a suspension (暫停營業7至14日): the suspension is what it measures."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText

#: a verb of imposing a penalty right before the money, past a money penalty's noun (遭裁处, 处以罚款;
#: a currency written before the amount is the figure's own: 并处新台币3万元 starts at 新台币)
_IMPOSED = re.compile(r"(?:裁处|处以|并处|遭处|被处|裁罚|处)(罚款|罚锾|罚金)?$")


def imposed_penalty(doc: ArticleText, c: Candidate) -> str | None:
    """The penalty (``penalty_nouns``: 罚款, 罚锾) a fine right after a verb of imposing is, named
    after the figure in its clause or, failing that, before it in its sentence."""
    if c.kind != "money" or "处" not in doc.norm[max(0, c.start - 10) : c.start]:
        return None  # the cheap cue first
    imposed = _IMPOSED.search(doc.norm, max(0, c.start - 10), c.start)
    if imposed is None:
        return None
    if imposed.group(1):  # 处以罚款5万元
        return doc.shadow[imposed.start(1) : imposed.end(1)]
    penalty = doc.rules.words.penalty_noun
    _, ce = doc.clause(c.start)
    after = penalty.match(doc.norm, c.end, ce) if c.end < ce else None
    if after is not None:
        return doc.shadow[after.start() : after.end()]
    ss, _ = doc.sentence(c.start)
    named = list(penalty.finditer(doc.norm, ss, c.start))
    return doc.shadow[named[-1].start() : named[-1].end()] if named else None


def penalty_lasting(doc: ArticleText, c: Candidate) -> str | None:
    """另有3間飲食場所…被勒令暫停營業7至14日, 责令停业整顿3至6个月: a length right after a penalty
    of suspension or detention (words.toml ``suspension_leads``) is that penalty's, whatever its
    clause counts."""
    if c.kind != "duration":
        return None
    return next((w for w in doc.rules.words.suspension_leads if doc.norm.endswith(w, 0, c.start)), None)
