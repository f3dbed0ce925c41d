"""Which times are no time of a figure at all, or only of their list: a comparison's baseline
(较2019年同期, 比上年的), the base of a share (占2020年的), a dispatch's dateline, the times listed
with one (5月1日、2日). Part of the time decision (:mod:`.timing`, :mod:`.time_scopes`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .candidate import Candidate
from .context import ArticleText
from .time_bases import written_base
from .time_expressions import TimeExpr
from .year_spans import PRICE_BASES

#: what follows a time that 以 frames as the base of a comparison (以2020年为基准, 以二○一七年為基數)
_AS_BASE = ("为基准", "为基数", "为基期", "为基年", "为基础", "作为基准", "作为基期")


def is_baseline(doc: ArticleText, t: TimeExpr) -> bool:
    """A time a figure is compared against, not the time it refers to: 较目前, 比上年, and
    与上年 / 同去年 when a comparison or a change follows (与上年相比, 与上年增长10.3%)."""
    lead = doc.norm[max(0, t.start - 1) : t.start]
    if lead in ("较", "比") or doc.rules.comparison_tail.search(doc.norm, max(0, t.start - 3), t.start):
        return True  # 较目前, 比上年, 好于上年, 高于去年同期 (``comparison_words``)
    if written_base(doc.norm, t.start):
        return True  # 较1991至2020年的正常值, 按期（2025年6月至8月）下跌
    if doc.norm.startswith(("的", "之"), t.end) and doc.norm.endswith(doc.rules.share_leads, 0, t.start):
        return True  # 为上年的98.5%, 恢复至2019年同期的88.4%, 約為108年之九成八: the level it is a share of
    if doc.norm.endswith(doc.rules.share_leads, 0, t.start) and _SHARE_THEN_LEVEL.match(doc.norm, t.end):
        return True  # 恢復至二○一八年同期約八成的水平: the share first, the level named after it
    if _names_a_share_base(doc, t) or _listed_after_a_baseline(doc, t):
        return True
    if doc.norm.startswith(doc.rules.base_nouns, t.end + doc.norm.startswith(("的", "之"), t.end)):
        return True  # 因上年同月基期較高, 受去年同期的基数影响: the base of a comparison
    if doc.norm.startswith(_AS_BASE, t.end) and doc.norm.endswith("以", 0, t.start):
        return True  # 以二○一七年為基準, 以2020年为基期: the base a change to come is measured from
    if doc.norm.startswith(PRICE_BASES, t.end):
        return True  # 按照上年不变价计算的电信业务总量, 按2020年可比价格计算: the prices a volume is at

    words = doc.rules.words
    if lead not in words.base_join_leads:  # 与, 同, 跟, 和 (words.toml base_join_leads)
        return False
    end = t.end  # 与去年同期（4145例）相比: past the baseline's level in brackets
    if doc.norm.startswith(("（", "("), end):
        end = max(doc.norm.find("）", end, end + 16), doc.norm.find(")", end, end + 16)) + 1 or end
    tail = doc.norm[end : end + 6]
    if tail.startswith(words.base_join_ends):
        return True
    if words.noun_then_compared.match(doc.norm, end):
        return True  # 與上季調查比較: the survey of the quarter before, named between
    if lead in ("与", "同") and any(tail.startswith(w) for w, _ in doc.rules.changes):
        return True  # 与上年增长10.3%: 与 and 同 compare with no word of comparison (和 and 跟 need one)
    # 若與112年同月之5,106棟相比, 与2023年同月的1,350套相比: past the baseline's own level and its 的
    return tail[:1] in ("的", "之") and words.level_then_compared.match(doc.norm, end + 1) is not None


def is_baseline_at(doc: ArticleText, i: int) -> bool:
    """:func:`is_baseline` of the document's ``i``-th time, made once per document."""
    known: dict[int, bool] = doc.kept("time baselines", None, dict)
    return known[i] if i in known else known.setdefault(i, is_baseline(doc, doc.times[i]))


#: a share or a multiple right after a time, then the level it is of (同期約八成的水平, 2019年85%的水平)
_SHARE_THEN_LEVEL = re.compile(
    r"(?:约|約|近)?(?:[0-9.]+\s*(?:%|％|倍|成)|[一二两三四五六七八九十]+(?:成|倍))[的之]?水平"
)


def _listed_after_a_baseline(doc: ArticleText, t: TimeExpr) -> bool:
    """增速分别比上月末和上年同期低0.2个和1.5个百分点: a time joined by 和、及 to a baseline is one too."""
    i = bisect_left(doc.time_starts, t.start) - 1
    if i < 0 or doc.norm[doc.times[i].end : t.start] not in _LIST_JOINS:
        return False
    return is_baseline(doc, doc.times[i])


#: the figure a share's base noun ends before, a bound perhaps first (约74%, 近八成, 1.2倍, 百分之)
_SHARE_FIGURE = r"(?:约|近|仅)?(?:[0-9.]+\s*(?:%|％|倍|成)|百分之|[一二两三四五六七八九十]+(?:成|倍))"

#: after a time, the rest of the noun of a level a share or multiple is taken of, up to its 的 and
#: the figure (（二○一九年）水平的約74%, 歷史高位（512萬公噸）的95.7%, 同期水平的1.2倍; Taiwan's 之 for 的:
#: 疫情前108年（1,186萬人次）之66.3%, a comma between digit groups inside it)
_SHARE_BASE_AFTER = re.compile(
    r"(?P<noun>(?:[^，,。；;：:\n]|(?<=[0-9])[,，](?=[0-9])){0,16}?)[的之]" + _SHARE_FIGURE
)

#: the same right after 占, which takes its base with no 的 (占今年累计旅客人数近八成, 占全年任务的六成;
#: not past a copula: 占全年GDP比重达55% names the share's own level)
_SHARE_BASE_AFTER_OF = re.compile(r"(?P<noun>[^，,。；;：:\n0-9达为是]{1,16}?)[的之]?" + _SHARE_FIGURE)


@lru_cache(maxsize=8)
def _share_lead_before(leads: tuple[str, ...]) -> re.Pattern[str]:
    """A share lead and at most five characters of the base's noun before a time (恢复至疫情前（)."""
    return re.compile(
        f"(?:{'|'.join(map(re.escape, sorted(leads, key=len, reverse=True)))})[^，,。；;：:\n0-9]{{0,5}}$"
    )


def _names_a_share_base(doc: ArticleText, t: TimeExpr) -> bool:
    return share_base_end(doc, t) is not None


def share_base_end(doc: ArticleText, t: TimeExpr) -> int | None:
    """恢復至疫情前（二○一九年）水平的約74%, 約為二○一八年歷史高位（512萬公噸）的95.7%: a time inside
    the noun of the level a share or a multiple is taken of, between a share lead (``share_leads``)
    and the 的 before the figure, dates the base, not the figure: where that noun ends (a figure
    inside it, 512萬公噸, is the base's own level and of the time), else None."""
    if not doc.rules.share_leads:
        return None
    # the cheap test first: a lead in the nine characters before the time (most times: none)
    if _share_lead_before(doc.rules.share_leads).search(doc.norm, max(0, t.start - 9), t.start) is None:
        return None
    m = _SHARE_BASE_AFTER.match(doc.norm, t.end)
    if m is None and doc.norm.endswith("占", max(0, t.start - 6), t.start):
        m = _SHARE_BASE_AFTER_OF.match(doc.norm, t.end)  # 占今年累计旅客人数近八成: 占 needs no 的
    return m.end("noun") if m is not None else None


#: what joins the items of a list (5月1日、2日; 出口和进口)
_LIST_JOINS = frozenset({"、", "和", "及", "与", "以及"})


def listed_times(doc: ArticleText, start: int, at: int) -> list[TimeExpr]:
    """5月1日、2日入住率分别达到91.2%和89.5%: the times listed in [start, at) (two or more, joined
    by 、和及与) that 分别 at ``at`` hands out, one to each figure after it, in order."""
    run: list[TimeExpr] = []
    for t in doc.times_between(start, at):
        if t.end > at:
            break
        if run and doc.norm[run[-1].end : t.start] in _LIST_JOINS:
            run.append(t)
        else:
            run = [t]
    return run if len(run) >= 2 else []


def is_dateline(doc: ArticleText, t: TimeExpr) -> bool:
    """中新网5月20日电 据…: the day a report was filed (words.toml dateline_ends after it), not the
    time of its figures."""
    return doc.norm.startswith(doc.rules.words.dateline_ends, t.end) and t.grain == "day"


#: a digit, as a figure holds one (a cheap sign that one stands in a stretch)
_FIGURE_DIGIT = re.compile(r"[0-9０-９]")
#: what separates the figures 分别 hands out (91.2%和89.5%, 5%、6%和7%)
_FIGURE_SEPARATOR = re.compile(r"[、和及与]")


def respective_time(doc: ArticleText, c: Candidate) -> TimeExpr | None:
    """其中5月1日、2日入住率分别达到91.2%和89.5%: the n-th figure after 分别 takes the n-th time
    listed before it in its clause."""
    cs, _ = doc.clause(c.start)
    at = doc.norm.rfind("分别", cs, c.start)
    if at < 0:
        return None
    listed = listed_times(doc, cs, at)
    ss, _ = doc.sentence(c.start)
    if not listed and ss < cs:
        # 二〇二三及二〇二四年，署方分別接獲…: the list opens the sentence in a clause of its own (and
        # no figure stands between it and 分别, whose list it would be)
        listed = listed_times(doc, ss, at)
        if listed and _FIGURE_DIGIT.search(doc.norm, listed[-1].end, at):
            listed = []
    if listed and is_baseline(doc, listed[0]):
        return None  # 比5月和上年同期分别提高0.5和1.2个百分点: the listed times are baselines
    index = len(_FIGURE_SEPARATOR.findall(doc.norm, at + 2, c.start)) if listed else 0
    return listed[index] if index < len(listed) else None
