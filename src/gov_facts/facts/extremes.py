"""The noun an extreme ranks (session 13): 个人护理用品的平均差价率最高，达38.2%; 新鲜食品（…）则最低，为
9.5%; 以「未依规定给付延长工作时间工资」最多，计412件. A clause that ranks its noun first or last and
states no figure is followed by the figure of that noun in a clause of its own. Part of the subject
decision (:func:`.named_around.topic_of_clause_before` asks)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate
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
