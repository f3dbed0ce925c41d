"""The group a contrastive 则 sets against the one before: 低收入戶可獲全額補助，一般戶則需自行負擔16%.

A clause that opens with a noun and 则 (Taiwan's and Hong Kong's 則), perhaps a modal (需, 须, 可),
then a verb and its figure (一般戶則需自行負擔16%, 灵活就业人员则需全额缴纳12%, 非本市戶籍者則須繳交
3,000元; an adverb of how often may open the predicate: 以印本形式提交的申請則一般需時4至5個工作天;
with no modal, a verb of two characters right before it: 自由飛行則完成318航次) states
the figure of that noun, the group contrasted with the clause before; the measure named earlier in
the sentence (補助額度) is the other group's. So does a share the noun takes after 则, 也 or 亦
(港元所佔比重為48.7%；人民幣則佔約3.6%).
"""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText

#: the clause up to the figure: a noun of letters, 则, perhaps an adverb of how often, a modal, the
#: verb (and a bound) right before it
_TOPIC_ZE = re.compile(
    r"([^\W\d_]{2,12}?)则(?:一般|通常|平均|大多)?(?:(?:需|须|要|可|应|只需|仅需|必须)[^\W\d_]{1,6}|[^\W\d_]{2})$"
    # 港元所佔比重為48.7%；人民幣則佔約3.6%: a share the contrasted noun takes (则, 也, 亦 before 占)
    r"|([^\W\d_]{2,8}?)(?:则|也|亦)占(?:约|近|逾|超过|不足|接近)?$"
)
#: the characters that make 则 part of a word (规则, 原则, 否则, 实则): no contrast
_ZE_WORDS = frozenset("规准原细法守总实否然")


def contrasted_topic(doc: ArticleText, c: Candidate) -> str | None:
    """The noun before a contrastive 则 opening the figure's clause, or None."""
    cs, _ = doc.clause(c.start)
    before = doc.norm[cs : c.start]
    if "则" not in before and "占" not in before:
        return None
    m = _TOPIC_ZE.fullmatch(before.strip())
    topic = (m.group(1) or m.group(2)) if m is not None else None
    if topic is None or topic[-1] in _ZE_WORDS:
        return None
    topic = topic.removeprefix("而")  # 而銷貨數量則上升1.1%: the conjunction opens the clause
    # 按年則上升3.1%: a word of how the change is measured; 全年则达到: a period set against another
    if topic in doc.rules.words.manner_words or doc.times_between(cs, c.start):
        return None
    return topic
