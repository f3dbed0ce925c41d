"""What a figure is per (每平方米, 每户, 每月): the 每 and unit right before it, which says what the
figure is divided by rather than what it measures."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .tagging import pos_tag
from .units import PER_TIME

#: 每 and a unit right before a figure (月租金为每平方米8元): what the figure is per, not what it measures
_PER_UNIT = re.compile(r"每([^，。；;、0-9的每]{1,3})$")


#: the last character of a measure's name (总价, 租金, 金额, 售价, 人数): after 每 and a measure word it
#: is what the figure measures, not a noun the measure word counts (每件总价, 每户租金; 每户企业 counts)
_MEASURE_ENDS = frozenset("价额率量值费金数")


def per_unit_before(doc: ArticleText, stop_at: int) -> re.Match[str] | None:
    """每平方米, 每吨, 每人, 每月, 每户企业 right before ``stop_at``: what follows 每 is a unit, a
    measure word (with the short noun it counts) or a span of time; not a measure word and the
    name of a measure (平均每件總價約1,190萬元: the 總價 is what the figure measures)."""
    lo = max(0, stop_at - 4)
    if doc.norm.find("每", lo, stop_at) < 0:
        return None  # the cheap test first: no 每 in reach (most figures)
    m = _PER_UNIT.search(doc.norm, lo, stop_at)
    if m is None:
        return None
    per = m.group(1)
    if per in doc.rules.units or per in PER_TIME:
        return m
    if len(per) == 1 and doc.norm.startswith("每", stop_at):
        return m  # 每生每月480元, 每校每年: one character per which, right before another 每, names a unit
    if (
        per[0] in doc.rules.units
        and len(per) == 3
        and doc.shadow[stop_at - 1] not in _MEASURE_ENDS
        and per[2] not in MONEY_VERB_ENDS  # 农机每台补贴2万元: a verb naming the money, no counted noun
    ):
        return m
    return None


def per_what(doc: ArticleText, c: Candidate) -> str | None:
    """每班不超过30人, 每户最高补助2000元: the 每 and unit right before a figure (past its cue words),
    what it is per; the subject of last resort when nothing names what the figure counts."""
    stop_at = c.start
    while (cut := doc.rules.cue_tail.search(doc.norm, max(0, stop_at - 8), stop_at)) is not None:
        if cut.start() >= stop_at:
            break
        stop_at = cut.start()
    m = per_unit_before(doc, stop_at)
    # (平均每日约992人次: a span of time says how the figure is averaged, not a group it is per)
    return m.group(0) if m is not None and m.group(1) not in PER_TIME else None


#: the second character of a verb that names money (补贴, 补助, 资助, 奖励, 拨款): session 14
MONEY_VERB_ENDS = frozenset("款资助贴励")


def money_after_per(doc: ArticleText, c: Candidate, per_at: int) -> str | None:
    """稻谷每公斤加码补贴0.5元, 农机每台补贴2万元: an amount after a per-unit chain and a verb that
    names money is that money (补贴), not the noun before the chain, which says what it is paid on;
    the verb is one of the last two words before the amount (每户最高补助2000元)."""
    if c.kind != "money":
        return None
    toks = pos_tag(doc.norm[per_at : c.start])[1:][-2:]  # past 每 and its unit's first word
    for word, flag in reversed(toks):
        if len(word) == 2 and word[1] in MONEY_VERB_ENDS and flag[:1] in ("v", "n"):
            return word
    return None
