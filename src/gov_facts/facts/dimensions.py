"""A bare dimension opening a clause (总长度, 全长, 总面积) measures the thing the clause before it
names: 加裝柔性防護網，總長度約2.8公里 is the nets' length. Part of the subject decision
(:mod:`.subject`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import PHYSICAL_KINDS, Candidate, Prior
from .context import ArticleText
from .noun_after import verb_right_before
from .noun_phrase import noun_run_before
from .units import is_whole_place

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
    built = doc.shadow.endswith(tuple(doc.rules.words.runs.build_verbs), 0, cs - 1 - len(thing))
    return thing if built else None


def sized_after_verb(
    doc: ArticleText, c: Candidate, verb: str | None, after: str | None, via_de: bool
) -> str | None:
    """安裝約4,200千瓦的太陽能光伏系統, 建设2.6万平方米的标准厂房: a physical figure right after its verb (a
    bound between) and before 的 and a noun sizes that noun, the verb's object; the noun before the
    verb is who acts (资助安装: the programme), not what is measured. A verb the noun reader passed over
    or took for the noun (涉及全港約2 400公里的…, 共排查约3 600公里的…) is read from the text before the
    figure, past a whole place and a bound."""
    if not (via_de and after) or c.kind not in PHYSICAL_KINDS:
        return None
    if verb and verb in doc.norm[max(0, c.start - len(verb) - 2) : c.start]:
        return after
    return after if verb_right_before(doc, c.start) else None


#: a bare dimension before a physical figure (长, 宽约, 条长): it measures the noun after 的, the subject
_DIMENSION = re.compile(r"[^\s]?[长宽高深厚重]")


def names_no_thing(before: str) -> bool:
    """Whether the words before a figure with 的 and a noun after it name no thing of their own: a bare
    dimension (这条长约12公里的道路: 条长) or a whole place (全港約2 400公里的雨水排放渠道: 全港, a
    scope): the noun after 的 is what the figure measures."""
    return _DIMENSION.fullmatch(before) is not None or is_whole_place(before)
