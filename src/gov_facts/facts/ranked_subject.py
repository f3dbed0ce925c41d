"""The subject of a rank or a ratio (获批数居全市第一, 全球百强科技创新集群, 在全省11个设区市中排名第6):
what is ranked, not the group ranked within nor a count of it; part of :mod:`.subject`."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate, Prior
from .carried import carried, changed_from
from .context import ArticleText
from .noun_after import noun_run_after
from .noun_phrase import noun_run_before
from .ratio_names import ratio_name
from .text import RATIO_NAMED_AFTER, RATIO_NOUN_AFTER
from .topic import object_of_next_verb, sentence_topic


def ranked_subject(doc: ArticleText, c: Candidate, prev: Prior) -> tuple[str | None, bool]:
    """A rank's or ratio's subject: the noun before it, else before its ranking verb, else the topic."""
    if doc.norm.startswith("强", c.end):
        limited, _ = noun_run_after(doc, c.end + 1)
        if limited:  # 全球百强科技创新集群: the noun the limit ranks
            return limited, False
    if c.extra.get("ratio") and doc.norm.endswith(("以", "按", "按照"), max(0, c.start - 2), c.start):
        # 以1:3的比例确定面试人选: a ratio by which a verb acts is the ratio of what it acts on
        # (按3:3:4分担比例落实…: a ratio's name glued to it is passed over too, and names it when the
        # verb's object is hidden)
        ratio_word = _RATIO_WORD.match(doc.norm, c.end)
        glued = None if ratio_word else RATIO_NOUN_AFTER.match(doc.norm, c.end)
        ratio_word = ratio_word or glued
        acted = object_of_next_verb(doc, ratio_word.end() if ratio_word else c.end, modified=True)
        if acted or ratio_word:  # (按1:3比例确定进入面试人员: the verbs hide the object; the ratio)
            return acted or (doc.shadow[glued.start() : glued.end()] if glued else "比例"), False
    named = ratio_name(doc, c) if c.extra.get("ratio") else None
    if named:  # 城乡居民收入比由2.5:1缩小到2.3:1: 比 heads the ratio's name
        return named, False
    after = RATIO_NAMED_AFTER.match(doc.norm, c.end) if c.extra.get("ratio") else None
    if after is not None and len(after.group(1)) > 2:  # 維持1:11的教師與學生比例: the name after 的
        return doc.shadow[after.start(1) : after.end(1)], False
    glued = RATIO_NOUN_AFTER.match(doc.norm, c.end) if c.extra.get("ratio") else None
    if glued is not None:  # 未达到1:3开考比例, 按3:7分成比例: the ratio's name right after it, with no 的
        return doc.shadow[glued.start() : glued.end()], False
    before, _, topic = noun_run_before(doc, c)
    if c.extra.get("ratio") and before:
        return before, topic
    # 获批数居全市第一: the noun right before the ranking verb in the same clause is what
    # is ranked; with none there (同比增长15.3%，位列三县两区第一) the clause topic is carried
    cs, _ = doc.clause(c.start)
    # 消费成为拉动经济第一大引擎: a clause that names what it ranks before 成为/是 ranks that
    rank_verb = doc.rules.rank_verb.search(doc.norm, cs, c.start) or _RANK_COPULA.search(
        doc.norm, cs, c.start
    )
    kind = _KIND_OF_RANKING.search(doc.norm, cs, c.start)
    if kind is not None:  # 我县综合排名第8位, 總排名第二: the ranking named by its kind places the figure
        return kind.group(1), False
    group = _IN_A_GROUP.search(doc.norm, cs, rank_verb.start()) if rank_verb is not None else None
    if group is not None and group.group()[-1] != "中" and group.group()[1:] not in doc.rules.rank_scopes:
        group = None  # 在全球排名第5位: a bare scope is a group too; 在该项目排名 is not
    if rank_verb is not None and rank_verb.start() > cs and group is None:
        if doc.norm[cs : rank_verb.start()].strip() in doc.rules.rank_scopes:
            # 香港國際機場…，全球排名第一: the scope ranked within; the sentence's topic is ranked
            return sentence_topic(doc, c.start) or carried(doc, c, prev), False
        ranked, _, _ = noun_run_before(doc, replace(c, start=rank_verb.start()))
        if ranked in doc.rules.rank_measures:  # 技术合同成交额…，总量居全国第八位: the topic's
            ranked = carried(doc, c, prev) or sentence_topic(doc, c.start) or ranked
        if ranked:
            return ranked, False
    if group is not None:
        # 综合指数为4.21，在全省11个设区市中排名第6: neither the group ranked within nor a count
        # of it is what is ranked
        prev = [p for p in prev if p[0].start < group.start()]
    # 中国是前30名中唯一的中等收入经济体，排名第十二位: with nothing carried, what the sentence is about
    return changed_from(doc, c, prev) or carried(doc, c, prev) or sentence_topic(doc, c.start), False


#: the word a ratio is named by, after it (1:3的比例)
_RATIO_WORD = re.compile(r"的?比例")

#: the group a rank is within (在全省11个设区市中排名第6, 在同类城市中位列第三, 在全球排名第5位)
_IN_A_GROUP = re.compile(r"在(?:[^，。；;]{1,16}?中|[^，。；;]{2,3})$")

#: a word of kind fused with 排名 into the ranking's name (综合排名, 总排名, 整体排名, 最终排名)
_KIND_OF_RANKING = re.compile(r"((?:综合|总体|整体|最终|总)排名)(?:为|是|居|位列)?$")

#: the copula of a rank stated as what a thing is (消费成为拉动经济第一大引擎, 中国是世界第二大经济体)
_RANK_COPULA = re.compile(r"成为|是")
