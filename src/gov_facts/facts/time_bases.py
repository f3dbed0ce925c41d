"""Baselines written around a time rather than right before it: a span of years a comparison
starts (较1991至2020年的正常值) and the period a comparison word names in brackets (按期（2025年6月至8月）
下跌0.1個百分點). Part of the baseline decision (:func:`.time_baselines.is_baseline`)."""

from __future__ import annotations

import re

#: a comparison's lead and a span's first year, bare or with 年, right before its last year
_BASE_SPAN_FROM = re.compile(r"(?:较|比|與|与|同)(?:19|20)[0-9]{2}年?[至到\-—－~～]$")
#: a comparison word naming its basis period in brackets (按期（…）, 环比（…）, 较上年同期（…）),
#: perhaps its first time before (按期（2025年6月至8月）: the second time of the span)
_BASE_IN_BRACKETS = re.compile(
    r"(?:按[年季月期]|同比|环比|(?:较|比)(?:上|去)[年月期季](?:同期)?"
    # a period compared with, named with its year (較114年春節連假（…）, 比2024年国庆假期（…）)
    r"|(?:较|比|与)(?:[0-9]{2,4}|[上去前今本同])年[^，,。；;：:、（）()0-9\s]{1,8}"
    # a normal compared with, its years glossed in brackets (较多年平均（1956—2016年系列，下同）, 比常年
    # （1991—2020年平均）): the years are the normal's, never the figure's (not 比例, 比重, 比率)
    r"|(?:较|比(?![例重率值]))[^，,。；;：:、（）()0-9\s]{1,8})[（(]"
    r"(?:[^（）()，,。；;]{1,12}[至到\-—－~～])?$"
)


#: a comparison word and an event the time is before (较疫情前二○一九年, 比疫情發生前的2019年): the time
#: after such a modifier is still the comparison's basis
_BASE_BEFORE_AN_EVENT = re.compile(r"(?:较|比|与)[^\W\d_，,。；;：:、比较例重率如]{1,6}前的?$")


def written_base(norm: str, start: int) -> bool:
    """Whether the time at ``start`` of ``norm`` is the basis of a comparison written around it:
    the last year of a span a comparison starts (较1991至2020年的正常值, 比2015—2019年均值) or the
    period a comparison word names in brackets (按期（2025年6月至8月）, 环比（8月）, 较上年同期（2024年
    第三季）), or the time after an event it is before (较疫情前二○一九年). Asked only when a bracket,
    a span's join or 前 is right before the time."""
    lead = norm[start - 1 : start] if start else ""
    if lead in ("前", "的"):
        return _BASE_BEFORE_AN_EVENT.search(norm, max(0, start - 10), start) is not None
    if lead in "至到-—－~～" and lead:
        if _BASE_SPAN_FROM.search(norm, max(0, start - 8), start):
            return True
    elif lead not in ("（", "("):
        return False
    return _BASE_IN_BRACKETS.search(norm, max(0, start - 22), start) is not None


#: the level of an earlier edition compared with, which names no time (均高于上届（分别为94.8%、…）,
#: 高于上一届的3.2万人, 低於上次的5.1%): 上/前/往/历 and an edition's measure word (届, 次), then
#: 的 or a bracket that lists the levels
_EDITION_LEVEL = re.compile(
    r"(?:上|前|往|历|歷)一?[届屆次](?:的|[（(](?:(?:分别|分別)[为為是]?[^（）()，,。；;]*)?)$"
    # 較該區上一幅招標住宅用地的7份, 比上一轮招标的15家: the previous one of a series, named, then 的
    r"|(?:较|較|比|于|於)[^，,。；;0-9]{0,8}?上一[幅宗批轮輪场場期][^，,。；;0-9]{0,12}?的$"
)


#: a comparison word before a count of places it compares with (高于邻近的两省, 快于周边三市)
_COMPARED_PLACES = re.compile(r"(?:[高低快慢好][于於]|比|较|較)[^，,。；;0-9]{0,6}$")


def undated_level(norm: str, start: int, places: bool = False) -> bool:
    """Whether the figure at ``start`` is the level of an earlier edition (上届, 上一次) or of the
    previous one of a series (較上一幅招標住宅用地的7份) a comparison names, or (``places``: a count
    of places) the places it compares with (分别高于邻近的两省): a time the text does not give, so
    the figure is undated, not of its sentence's time."""
    lo = max(0, start - 24)
    if places and _COMPARED_PLACES.search(norm, lo, start) is not None:
        return True
    if norm[start - 1 : start] not in _BEFORE_A_LEVEL or (
        norm.find("届", lo, start) < 0
        and norm.find("屆", lo, start) < 0
        and norm.find("次", lo, start) < 0
        and norm.find("上一", lo, start) < 0
    ):
        return False  # the cheap tests first: no 的 or list mark right before, no edition's word near
    return _EDITION_LEVEL.search(norm, lo, start) is not None


#: what stands right before an earlier edition's level: its 的, a bracket, 分别为 or a list's mark
_BEFORE_A_LEVEL = frozenset("的（(为為是、及和与與")
