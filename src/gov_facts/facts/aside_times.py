"""Times in a sentence that date no figure outside the words they stand in: a year that names a
campaign a verb holds (组织开展2024年“两节”送温暖活动) after the time the sentence opens with, a
time inside a bracketed aside that holds a figure of its own (（其中去年新建41个）), and a time inside
what a figure is adjusted for or the effect it measures (扣除去年同期…因素后, 去年价格变动的翘尾影响).
Asked by :func:`.timing.times_for` while it picks a figure's own time in its sentence."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .time_expressions import TimeExpr

#: a number and the measure after it, not an hour or a date (41个, 930人; not 0时, 24时, 17日)
_FIGURE = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?[万亿]?(?![0-9.时点分日月年号])(?=[\u4e00-\u9fff])")

#: how far back from a time the bracket of an aside may open (（其中去年, （含2023年）
_ASIDE_REACH = 12


def names_a_campaign(doc: ArticleText, t: TimeExpr, sentence_start: int) -> bool:
    """2023年12月至2024年2月，…组织开展2024年“两节”送温暖活动，…资金2863.5万元: a year right after a
    verb of holding and before the campaign's name (to 活动, 行动, …月 at its clause's end) is part
    of the name when an earlier time of the sentence dates its figures (``campaign_verbs``,
    ``campaign_heads`` in words.toml); so is a quarter (於三月十日至十二日…進行第一季價格調查，當中澳門半島
    22間). With no earlier time the year dates them, as before."""
    words = doc.rules.words
    if (
        t.grain not in ("year", "quarter")
        or words.campaign_held.search(doc.norm, max(0, t.start - 4), t.start) is None
    ):
        return False
    if words.campaign_named.match(doc.norm, t.end) is None:
        return False
    return any(o.end <= t.start for o in doc.times_between(sentence_start, t.start))


def dated_in_aside(doc: ArticleText, t: TimeExpr, c: Candidate) -> bool:
    """依托…服务站（其中去年新建41个），为…发放物资3.6万份: a time inside a bracket that closes a clause
    before the figure's and holds a figure of its own after the time dates that figure, not this
    one. A bracket that is only a time (国庆假期（10月1日至7日），) still dates what follows."""
    if t.end > c.start:
        return False
    lo = max(0, t.start - _ASIDE_REACH)  # the cheap cue first: a bracket opens just before the time
    opened = max(doc.norm.rfind("（", lo, t.start + 1), doc.norm.rfind("(", lo, t.start + 1))
    if opened < 0 or _first_close(doc.norm, opened, t.start) >= 0:
        return False
    close = _first_close(doc.norm, t.end, c.start)
    if close < 0 or doc.norm[close + 1 : close + 2] not in ("，", ",", "；", ";"):
        return False  # 固定献血者（年内献血2次及以上）占比…: an aside inside the clause defines its noun
    timed = [(o.start, o.end) for o in doc.times_between(t.end, close)]
    return any(
        not any(a <= m.start() < b for a, b in timed) for m in _FIGURE.finditer(doc.norm, t.end, close)
    )  # （2月9日0时至2月17日24时）: no figure of its own, only the time


def _first_close(text: str, start: int, end: int) -> int:
    """Where the first closing bracket between ``start`` and ``end`` stands, or -1."""
    found = [i for i in (text.find("）", start, end), text.find(")", start, end)) if i >= 0]
    return min(found) if found else -1


#: 扣除去年同期留抵退税因素后增长4.1%, 剔除上年同期一次性收入影响后: what a figure is adjusted for
#: (its verbs: words.toml adjustment_verbs)
_ADJUSTED_FOR = re.compile(r"[^，,。；;]{0,16}?(?:因素|影响|收入|基数)")

#: 去年价格变动的翘尾影响约为-0.1个百分点, 今年新涨价因素影响约0.5个百分点: a time opening the name of an
#: effect or a factor (…的翘尾影响, …因素) whose size the figure right after it is (not a cause the
#: sentence's figures stand under: 受寒潮影响, 因疫情影响)
_CAUSE_OF_EFFECT = re.compile(
    r"(?!因|由于)[^，,。；;0-9受]{1,10}?(?:的[^，,。；;0-9的]{0,4}?)?(?:影响|因素)(?:约为|约|为|达到|达|是|大约)?(?=[-+－]?[0-9])"
)
#: how far after a time the name of such an effect may end
_EFFECT_REACH = 20


def adjusted_for(doc: ArticleText, t: TimeExpr, c: Candidate) -> bool:
    """A time inside what a figure is adjusted for (扣除去年同期留抵退税因素后增长4.1%) is that factor's,
    not the figure's; so is a time inside the name of an effect whose size a figure is (去年价格变动的
    翘尾影响约为-0.1个百分点: the carry-over of last year's price changes into this month's rate, of the
    report's month; 今年价格变动的新影响): it dates the cause, and no figure of its sentence."""
    reach = doc.norm[t.end : t.end + _EFFECT_REACH]
    if ("影响" in reach or "因素" in reach) and _CAUSE_OF_EFFECT.match(doc.norm, t.end) is not None:
        return True
    if (
        t.end > c.start
        or doc.rules.words.adjusted_for.search(doc.norm, max(0, t.start - 10), t.start) is None
    ):
        return False
    return _ADJUSTED_FOR.match(doc.norm, t.end, c.start) is not None


#: a process started at a time (此次普查于2023年3月启动, 2024年5月正式開展): the day it began, after the time
#: and up to the clause's end; not a period running since (启动以来: the span up to now)
_STARTED = re.compile(r"(?:正式|全面)?(?:启动|开始|开展|开工)(?!以来|来)[，,]")


def dates_a_start(doc: ArticleText, t: TimeExpr, c: Candidate) -> bool:
    """Whether ``t`` dates the start of a process in an earlier clause than the figure (此次普查于2023年3月
    启动，历时两年半，覆盖全省14个市: the start dates neither how long it lasts nor what it covers)."""
    return t.end < c.start and _STARTED.match(doc.norm, t.end) is not None and doc.clause(c.start)[0] > t.end


#: the words from a time to a figure that make the time a modifier of the noun counted: a verb phrase
#: and 的 right before the figure (今年新建、改扩建的11所学校), not a span up to now (今年入汛以来发布的)
_MODIFIER_TO_FIGURE = re.compile(r"(?:(?!以来)[^，,。；;：:\d的]){1,10}的")


def past_a_modifier(doc: ArticleText, t: TimeExpr, c: Candidate, earlier: list[TimeExpr]) -> TimeExpr:
    """The time that dates the figure when ``t``, its clause's, only dates a verb in the relative
    clause before it (8月26日，…我县今年新建、改扩建的11所学校已全部完工: 今年 says when they were
    built; the day the sentence opens with dates the count): the last time of the sentence before
    ``t`` (``earlier``) when it is a day or an as-of (截至6月底，全市去年开工的32个项目), else ``t``."""
    if not earlier or not (
        earlier[-1].type == "as_of" or (earlier[-1].type, earlier[-1].grain) == ("point", "day")
    ):
        return t
    return earlier[-1] if _MODIFIER_TO_FIGURE.fullmatch(doc.norm, t.end, c.start) is not None else t
