"""The noun an extreme ranks (session 13): 个人护理用品的平均差价率最高，达38.2%; 新鲜食品（…）则最低，为
9.5%; 以「未依规定给付延长工作时间工资」最多，计412件. A clause that ranks its noun first or last and
states no figure is followed by the figure of that noun in a clause of its own; and an extreme alone
(最高成交价…62.5元/吨，最低为38.2元/吨) is the other extreme of the measure just named. Part of the
subject decision (:func:`.named_around.topic_of_clause_before` and :mod:`.subject` ask)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate, Prior, since
from .context import ArticleText
from .noun_phrase import noun_run_before

#: a clause that is only a verb of counting and a figure (，计412件, ，共有20宗): after an extreme
COUNTED = re.compile(r"\s*(?:计|共计|共|计有|共有|有)\s*")

#: a clause that ends by ranking its noun first or last (…最高, 则最低, 次之), past a bracket
_EXTREME = re.compile(r"(?:[（(][^（(）)]{1,30}[）)])?(?:则|亦|也)?(?:最(?:高|低|多|少|大|小|快|慢)|次之)$")

#: a clause before an extreme that is one name, past a scope word (其中个人护理用品类, 建筑业, 以「…」)
_WHOLE_NAME = re.compile(
    r"(?:其中|而|以)?(?:[“「『]([^”」』]{2,24})[”」』]|([^\s\W\d的中、和与及是为在有“”「」『』]{2,10}))"
)


def extreme_ranked(doc: ArticleText, c: Candidate, pcs: int, cs: int) -> str | None:
    """The noun the clause [pcs, cs) ranks first or last, when it ends with an extreme: a quoted
    name or a name standing alone (其中个人护理用品类最高), the name after its last 的 (冷水机组更换项目的
    节能幅度最高), else the noun run before the extreme."""
    extreme = _EXTREME.search(doc.norm, pcs, cs - 1)
    if extreme is None:
        return None
    whole = _WHOLE_NAME.fullmatch(
        doc.norm, doc.norm.rfind("的", pcs, extreme.start()) + 1 or pcs, extreme.start()
    )
    if whole is not None:
        group = 1 if whole.group(1) else 2
        return doc.shadow[whole.start(group) : whole.end(group)]
    return noun_run_before(doc, replace(c, start=extreme.start()))[0]


#: a clause that is only an extreme and a copula before its figure (最低为, 而最少的仅, 最高达)
_BARE_EXTREME = re.compile(
    r"\s*(?:而|则|其中)?(最(?:高|低|多|少|大|小))(?:的)?(?:仅为|仅|为|达到|达|是|约为|约)*\s*"
)
_OPPOSITE = {"最高": "最低", "最低": "最高", "最多": "最少", "最少": "最多", "最大": "最小", "最小": "最大"}


def other_extreme(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """最高成交价一度触及62.5元/吨，最低为38.2元/吨: an extreme alone in its clause measures the other
    extreme of the measure named earlier in the sentence (最低成交价), of the same unit."""
    cs, _ = doc.clause(c.start)
    bare = _BARE_EXTREME.fullmatch(doc.norm, cs, c.start)
    if bare is None:
        return None
    word = bare.group(1)
    for p, subject, _ in reversed(since(prev, doc.sentence(c.start)[0])):
        if subject and p.unit == c.unit and subject.startswith(_OPPOSITE[word]) and len(subject) > 2:
            return word + subject[2:]
    return None
