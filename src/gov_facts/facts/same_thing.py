"""Figures that measure a thing named by a figure before them in the sentence, whose subject they
take: a bare word of worth after 、 (蔬菜出口48.7万吨、价值52.3亿元), an average of a level with a
verb after it (总租借量…，平均每日约33.7万人次使用), and a finished act's result (新开工加装电梯328部，
完成加装并投入使用261部)."""

from __future__ import annotations

import re

from .candidate import Candidate, Prior, last_counted, since
from .context import ArticleText
from .grant_lookups import RECIPIENT_ANY
from .tagging import word_tag

#: 、价值, 、货值约, 、金额达 right before the figure
_WORTH = re.compile(r"、(?:价值|货值|金额|总值)(?:约|达|为|近|超)?$")


def worth_of_the_same(doc: ArticleText, c: Candidate, prior: Prior, subject: str | None) -> str | None:
    """48.7万吨、价值52.3亿元: the subject of the figure that ends right at the 、, or None."""
    if not prior or "、" not in doc.norm[max(0, c.start - 6) : c.start]:
        return None  # the cheap test first: no 、 in reach (most figures)
    m = _WORTH.search(doc.norm, max(0, c.start - 6), c.start)
    if m is None:
        return None
    before, said, _ = prior[-1]
    return said if said and before.end == m.start() and said != subject else None


#: 平均每日约, 日均 right before the figure: an average of a level named before it in the sentence
_AVERAGED = re.compile(r"(?:平均每[日天月周年]|日均|月均|周均)(?:约|达|为|近|超)?$")


def average_of_the_level(doc: ArticleText, c: Candidate, prior: Prior, subject: str | None) -> str | None:
    """总租借量达1亿1260万人次，…，平均每日约33.7万人次使用: a count with a verb after it (使用, 进出)
    under an average word is the average of the level named before in the sentence in the same unit,
    whose subject it takes; the verb says what the people did."""
    if not subject or not prior or not doc.norm.startswith(subject, c.end):
        return None  # the subject is no word right after the figure (most figures)
    m = _AVERAGED.search(doc.norm, max(0, c.start - 7), c.start)
    if m is None or not (word_tag(subject) or "").startswith("v"):
        return None  # 日均接待游客3.2万人次: a noun after the figure is what it counts
    ss, _ = doc.sentence(c.start)
    return last_counted(since(prior, ss), c.unit, subject, kind=c.kind)


#: 完成加装并投入使用, 建成并投入运营 right before the figure (a clause of its own): the act's result
_ACT_THEN_RESULT = re.compile(r"(?:完成|建成|竣工|改造|安装)[\u4e00-\u9fff]{0,4}并[\u4e00-\u9fff]{2,4}$")


def result_of_the_act(doc: ArticleText, c: Candidate, prior: Prior, subject: str | None) -> str | None:
    """新开工加装电梯328部，完成加装并投入使用261部: a clause of a finished act and its result (并投入使用)
    counts what the last count of the same measure word counted, not the result."""
    if not c.unit or "并" not in doc.norm[max(0, c.start - 8) : c.start]:
        return None  # the cheap test first: no 并 in reach (most figures)
    cs, _ = doc.clause(c.start)
    if not _ACT_THEN_RESULT.fullmatch(doc.norm, cs, c.start):
        return None
    ss, _ = doc.sentence(c.start)
    return last_counted(since(prior, ss), c.unit, subject)


def issued_thing(doc: ArticleText, c: Candidate, prior: Prior, subject: str | None) -> str | None:
    """服務券總數為12,000張，…已向合資格長者發出約11,600張: a count after 向X and a verb of issuing
    counts the thing issued, which the last count of its measure word in the sentence named; the
    recipients (合資格長者) are no subject."""
    if not c.unit or RECIPIENT_ANY.search(doc.norm, max(0, c.start - 18), c.start) is None:
        return None  # the cheap test first: no recipient's coverb (向, 给, 为) in reach (most figures)
    cs, _ = doc.clause(c.start)
    if doc.rules.words.grants.issued_to.search(doc.norm, cs, c.start) is None:
        return None
    ss, _ = doc.sentence(c.start)
    return last_counted(since(prior, ss), c.unit, subject)


def sent_object(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """通过短信平台向各级防灾责任人发送预警信息120余万条: what is sent (预警信息), written between the
    verb and the figure, is what the figure counts; the recipients and the verb are no part of it."""
    if not subject or RECIPIENT_ANY.search(doc.norm, max(0, c.start - 30), c.start) is None:
        return None  # the cheap test first: no recipient's coverb in reach
    cs, _ = doc.clause(c.start)
    m = doc.rules.words.grants.sent_object.search(doc.norm, max(cs, c.start - 40), c.start)
    if m is None or m.group(1) == subject or _verb_in_a_noun(doc.norm, m.start(1)):
        return None
    return m.group(1) if m.group(1) in subject else None


def _verb_in_a_noun(norm: str, at: int) -> bool:
    """Whether the verb ending at ``at`` and the character after it are a noun of the dictionary
    (传送带, 发布会, 发送器, 赠送品) that the object's own first word does not start (发布|会议公报):
    供应传送带设备 sends nothing."""
    return (word_tag(norm[at - 2 : at + 1]) or "").startswith("n") and word_tag(norm[at : at + 2]) is None


#: a topic opening the sentence (重陽敬老禮金部分，): the thing the sentence's figures are about
_PART_OPENER = re.compile(r"([^，,。；;：:0-9]{2,12})部分[，,：:]")


def given_thing(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """每月發給8,329元, 每人可領取新臺幣1,000元: a bare verb of giving names no thing; the grant is the
    one its sentence named as such a verb's object (領取中低收入老人生活津貼長者…，每月發給…: 生活津貼),
    else the topic the sentence opens with (重陽敬老禮金部分，…), else a grant that heads a clause
    before it (租金補貼依申請人身分分級補助，…，每月最高可領8,640元: 租金補貼)."""
    grants = doc.rules.words.grants
    if subject not in grants.giving:
        return None
    ss, _ = doc.sentence(c.start)
    named = [m.group(1) for m in grants.grant_named.finditer(doc.norm, ss, c.start)]
    if named:
        return named[-1]
    opener = _PART_OPENER.match(doc.norm, ss)
    if opener is not None and opener.end() <= c.start:
        return opener.group(1)
    head = grants.grant_at_head.search(doc.norm, ss, c.start)
    return head.group(1) if head is not None else None


def past_comparison(doc: ArticleText, cs: int) -> int:
    """The start of the clause right before ``cs`` when that clause is a comparison, else ``cs``:
    …增长9.7%，高于同期…3.2个百分点，占全省出口总值的8.6%: the share is of the clause before it."""
    pcs, _ = doc.clause(max(0, cs - 2))
    return pcs if pcs < cs and doc.rules.words.compared_clause.match(doc.norm, pcs) else cs
