"""The names of measures that are pure numbers (综合指数, 收入比, 恩格尔系数, 万车死亡率) and the
figures with no unit that state them or their change: read by :func:`.no_unit.pure_measure`."""

from __future__ import annotations

import re

from .context import ArticleText
from .units import ends_with

#: a measure that is a pure number: an index, a ratio or a value per unit (點值, 均值, pH值, 单位净值)
#: named earlier in the clause (traditional forms too), and what may
#: stand between it and its value (综合指数为4.21, 收入比由上年的2.06缩小至2.02, 比值为2.06), and a
#: sign of comparison right before the value (容积率≤2.5)
PURE_NAMES = (
    r"(?:指数|指數|比值|收入比|性别比|性別比|之比|倍差|系数|係數"
    r"|(?:点|點|均|净|淨|[A-Za-z])值|[^，,。；;0-9\s]率)"
)
#: several values of a list (甲類及乙類消費物價指數分別為106.03及104.87): those before the figure
PURE_MEASURE = re.compile(
    PURE_NAMES
    # (私人住宅售價指數（一九九九年=100）全年平均為289.6: the base the index is set to, in brackets)
    + r"(?:[（(][^（）()，,。；;]{1,16}[）)])?"
    + r"(?:(?:[^，,。；;0-9]|[0-9]{4}年){0,12}?(?:为|达到|达|是|至|到|由|从|在|的))?"
    + r"(?:[0-9]+(?:\.[0-9]+)?(?:、|和|及|与))*"
    + r"[≤≥≦≧<>＜＞=]?$"
)
#: what may follow such a value: the clause's end, a change word after it, a comparison, the
#: joiner before the next value of a list
PURE_MEASURE_AFTER = re.compile(
    r"[，,。；;、\n）)（(]|$|缩小|扩大|下降|上升|提高|降低|增加|减少|比上|较上|(?:和|及|与)(?=[0-9])"
)


#: 收入比由上年的2.06缩小至2.02: the new level of such a measure, its old level read before it
PURE_MEASURE_HEAD = re.compile(PURE_NAMES)
OLD_TO_NEW = re.compile(
    r"(?:由|从)[^，,。；;]{0,12}?[0-9.]+(?:[^，,。；;0-9]|[0-9]{4}年){0,10}?(?:至|到|的)$"
)


#: a bare value that ends a clause (万车死亡率为2.16，)
_VALUE_ENDS = re.compile(r"[0-9]+(?:\.[0-9]+)?$")


def changed_by(doc: ArticleText, cs: int, start: int, a: int) -> bool:
    """万车死亡率较上年降低0.31; 恩格尔系数为28.5，比上年下降0.6: a change word right before the
    figure, of a measure named in its clause or, when the clause is no more than its comparison and
    change, of one whose value ends the clause before in the same sentence."""
    norm = doc.norm
    head = PURE_MEASURE_HEAD.search(norm, max(cs, start - 16), start)
    lead = norm[head.end() if head is not None else cs : start]
    if len(lead) > 12 or ends_with(lead, doc.rules.changes) is None:
        return False
    if head is not None:
        return True
    ss, _ = doc.sentence(a)
    if cs - 1 <= ss:
        return False
    value = _VALUE_ENDS.search(norm, max(ss, cs - 24), cs - 1)
    return (
        value is not None
        and PURE_MEASURE.search(norm, max(ss, value.start() - 16), value.start()) is not None
    )


#: a clause that is no more than a verb of level before its value (報291.4, 升至105.2, 为98.6)
_LEVEL_ONLY = re.compile(
    r"\s*(?:再|则|并|亦|又)?(?:报|報|为|為|达|達|升至|跌至|回升至|回落至|降至|录得|錄得)\s*$"
)


def level_of_a_measure_before(doc: ArticleText, cs: int, start: int) -> bool:
    """至十二月，指數已連續三個月錄得升幅，報291.4: a clause of no more than a verb of level before a
    bare value states the level of the measure (an index, a ratio) an earlier clause of its sentence
    opens with."""
    if cs == start or _LEVEL_ONLY.fullmatch(doc.norm, cs, start) is None:
        return False
    ss, _ = doc.sentence(cs)
    k = ss
    while k < cs - 1:  # the earlier clauses of the sentence, each asked at its start
        ks, ke = doc.clause(k)
        if PURE_MEASURE_HEAD.match(doc.norm, ks, min(ke, ks + 8)) or _opens_with_measure(doc, ks, ke):
            return True
        k = ke + 1
    return False


def _opens_with_measure(doc: ArticleText, ks: int, ke: int) -> bool:
    """A clause whose subject, before its first verb or adverb of time (已, 已经, 连续), is a measure."""
    head = PURE_MEASURE_HEAD.search(doc.norm, ks, min(ke, ks + 12))
    return head is not None and doc.norm[head.end() : head.end() + 1] in ("已", "连", "連", "则", "則", "亦")
