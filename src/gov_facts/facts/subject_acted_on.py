"""A count right after a verb of recording, granting or handling counts the thing its clause names
before the verb (白鹤共记录到3260只, 全倒补助已核发312户, 各项灾后补助累计核拨8.46亿元), or, when the clause
names nothing before it, the thing its sentence is about (视像咨询……，全年共处理742宗; 汽车消费券……，共核销
1.15万张): the verb says what was done to the thing, and neither the verb, the unit nor a noun carried
from an earlier sentence names it (session 14). Part of the subject decision (:mod:`.subjects` asks
after the last look)."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .tagging import pos_tag
from .topic import sentence_topic

#: verbs of recording what was found (记录到, 监测到), of granting or settling money and vouchers
#: (核拨, 核发, 拨付, 核销, 兑付) and of handling cases (处理, 受理), written right before a count
_ACTED = re.compile(r"(?:记录到|监测到|观测到|观察到|拍摄到|核拨|核发|拨付|核销|兑付|处理|受理)$")
_ACTED_NEAR = re.compile(_ACTED.pattern[:-1])
#: the adverbs, bounds and times of a year between the thing and its verb (全年共, 已, 累计), and a
#: verb of completing the act (已完成处理298宗: the cases handled, not 已完成)
_BETWEEN = re.compile(
    r"(?:全年|年内|今年|已经|已|均已|共|累计|合计|合共|共计|总共|陆续|先后|全部|再|又|完成)*$"
)
#: what says the counts are items in turn (分别) or averages (日均, 人均), not of one thing
_SPREAD = ("分别", "均")
#: bounds between the verb and its figure (约, 近, 逾)
_BOUNDS = re.compile(r"(?:约|近|逾|超过|超|达|多达|共)*$")
#: the most characters of the thing kept (its head and nearest modifiers)
_LONGEST = 6


def acted_on(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """The thing a verb of recording, granting or handling did something to, when a count or an
    amount follows the verb right after it and ``subject`` (the cascade's) does not name it after
    the figure (共处理逾3.2万宗查询); else None."""
    if c.kind not in ("count", "money") or _ACTED_NEAR.search(doc.norm, max(0, c.start - 7), c.start) is None:
        return None  # the cheap test first: no such verb in the few characters before the figure
    if subject and doc.norm.startswith(subject, c.end):
        return None
    cs, _ = doc.clause(c.start)
    if c.start - cs < 2:
        return None
    words = doc.norm[cs : c.start]
    bounds = _BOUNDS.search(words)
    words = words[: bounds.start()] if bounds is not None else words
    verb = _ACTED.search(words[-4:])
    if verb is None:
        return None
    before = words[: len(words) - len(verb.group(0))]
    between = _BETWEEN.search(before)
    before = before[: between.start()] if between is not None else before
    if before.endswith(_SPREAD):
        return None  # 电话、网络渠道分别受理14.21万件, 日均受理6013件: items in turn, or an average
    timed = doc.times_between(cs, cs + len(before))
    if timed:
        before = before[max(0, timed[-1].end - cs) :]
    before = re.split(r"[、，,：:]", before)[-1].strip()  # 全倒补助已核发312户、半倒补助已核发: its own
    if subject and not _names_nothing(doc, c, subject, verb.group(0), before):
        return None  # 补贴资金9.6亿元，已兑付3.4亿元; 县财政拨付200万元用于…项目: the cascade named it
    if not before:
        topic = sentence_topic(doc, c.start)
        return topic if topic and len(topic) >= 2 and doc.sentence(c.start)[0] < cs else None
    if len(before) < 2 or re.search(r"[0-9的“”（）()]", before):
        return None
    return _last_words(before)


def _names_nothing(doc: ArticleText, c: Candidate, subject: str, verb: str, before: str) -> bool:
    """Whether the cascade's ``subject`` names no thing acted on: the unit (312户), the verb (核拨),
    a noun from an earlier sentence, or a modifier inside the words before the verb (全球 of 全球极度
    濒危物种青头潜鸭)."""
    # a noun outside the clause is carried past the one the clause names (全倒补助已核发312户、半倒补助
    # 已核发1,068户), while a clause naming none before its verb may carry one from its sentence
    if before:
        cs, ce = doc.clause(c.start)
        item = doc.norm[max(doc.norm.rfind("、", cs, c.start) + 1, cs) : ce]
    else:
        ss, se = doc.sentence(c.start)
        item = doc.norm[ss:se]
    return (
        subject == c.unit
        or subject.endswith(verb)
        or subject not in item
        or (subject in before and not before.endswith(subject))
    )


def _last_words(phrase: str) -> str:
    """The whole words at the end of ``phrase`` within :data:`_LONGEST` characters (中央与县府各项灾后
    补助 -> 各项灾后补助), the last word alone if it is longer."""
    kept = ""
    for word, _ in reversed(pos_tag(phrase)):
        if kept and len(word) + len(kept) > _LONGEST:
            break
        kept = word + kept
    return kept
