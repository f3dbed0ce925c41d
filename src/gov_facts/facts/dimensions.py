"""A bare dimension opening a clause (总长度, 全长, 总面积) measures the thing the clause before it
names: 加裝柔性防護網，總長度約2.8公里 is the nets' length. Part of the subject decision
(:mod:`.subject`)."""

from __future__ import annotations

from dataclasses import replace

from .candidate import PHYSICAL_KINDS, Candidate, Prior
from .context import ArticleText
from .noun_phrase import noun_run_before

#: dimensions that name no thing of their own (the shadow's characters)
_BARE_DIMENSIONS = frozenset({"总长度", "总长", "全长", "长度", "总面积", "总里程", "总长度约"})
#: what may end the clause before: a comma (not ；: a part of its own)
_CLAUSE_JOINS = ("，", ",")


def thing_measured(doc: ArticleText, c: Candidate, prev: Prior, before: str) -> str | None:
    """The thing a bare dimension right before the figure measures, when the dimension opens the
    figure's clause (总长度约2.8公里 after 加裝柔性防護網，): the noun the clause before ends with, or
    the thing of the count it ends with (新建城市绿道12条，总长度约45公里); else None (线路总长度7420公里
    names its thing; 全长 opening a sentence has none before it)."""
    if before not in _BARE_DIMENSIONS:
        return None  # the cheap test first: most subjects are no bare dimension
    cs, _ = doc.clause(c.start)
    if cs < 2 or doc.norm[cs - 1] not in _CLAUSE_JOINS or not doc.shadow.startswith(before, cs):
        return None
    if prev and prev[-1][0].end == cs - 1:
        return prev[-1][1]  # 新建城市绿道12条，总长度约45公里: the count's thing
    thing, _, _ = noun_run_before(doc, replace(c, start=cs - 1))
    if not thing or thing in _BARE_DIMENSIONS or not doc.shadow.endswith(thing, 0, cs - 1):
        return None
    # 加裝柔性防護網: the object of a verb of building or adding (build_verbs), not a place a route runs
    # to (开往市民中心，全长14.5公里) or a river flows into (注入临江，全长186公里)
    built = doc.shadow.endswith(tuple(doc.rules.words.build_verbs), 0, cs - 1 - len(thing))
    return thing if built else None


def sized_after_verb(
    doc: ArticleText, c: Candidate, verb: str | None, after: str | None, via_de: bool
) -> str | None:
    """安裝約4,200千瓦的太陽能光伏系統, 建设2.6万平方米的标准厂房: a physical figure right after its verb (a
    bound between) and before 的 and a noun sizes that noun, the verb's object; the noun before the
    verb is who acts (资助安装: the programme), not what is measured."""
    if not (via_de and after and verb) or c.kind not in PHYSICAL_KINDS:
        return None
    return after if verb in doc.norm[max(0, c.start - len(verb) - 2) : c.start] else None
