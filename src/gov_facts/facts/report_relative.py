"""本季, 上季, 本月, 上月 in a report of a past period: counted from the report's period, not from
the day it is published. A Hong Kong 新聞公報 out in May on the first quarter (食物安全中心公布
二○二五年第一季食物安全報告) says 本季共有46個樣本不合格 of that quarter and 與上季的0.4% of the quarter
before it; a monthly bulletin out in September on August says 本月 of August. Part of the time
decision (:mod:`.time_scopes`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from .calendar_spans import relative_month, relative_quarter

if TYPE_CHECKING:
    from .context import ArticleText
    from .time_expressions import TimeExpr

#: a quarter or a month counted from now, as the time reader matches it (on the simplified text)
_RELATIVE = re.compile(r"(?:上一?个?|本|下一?个?|前一)(?:季度?|月(?P<part>底|末|初|份)?)")


def anchor_to_report(doc: ArticleText, period: TimeExpr | None) -> dict[int, TimeExpr]:
    """Re-date the relative quarters (months) of ``doc`` by ``period`` when it is a past quarter
    (month) of the report: the times changed, by their start. Nothing when the period is not a
    quarter or a month, or the page is published within it (both counts agree then)."""
    if period is None or period.grain not in ("quarter", "month") or period.first is None:
        return {}
    if period.last is None or doc.published is None or doc.published <= period.last:
        return {}
    if (period.last - period.first).days > (30 if period.grain == "month" else 91):
        return {}  # 1-10月, 上半年: no one month or quarter to count from
    changed: dict[int, TimeExpr] = {}
    for i, t in enumerate(doc.times):
        if t.grain not in ("quarter", "month") or t is period:
            continue
        m = _RELATIVE.fullmatch(t.text) or _RELATIVE.fullmatch(doc.norm, t.start, t.end)
        if m is None or ("季" in m.group()) != (period.grain == "quarter"):
            continue
        word = m.group()
        if period.grain == "quarter":
            r = relative_quarter(word, period.first)
        else:
            head = word[: -len(m.group("part"))] if m.group("part") else word
            r = relative_month({"relm": head, "relmpart": m.group("part")}, period.first)
        doc.times[i] = changed[t.start] = replace(t, first=r.first, last=r.last)
    return changed


#: 本周 and the days it spans in brackets right after it (本周（11月11日至17日）): the report's own week
_WEEK_BRACKET = ("（", "(")
_WEEK_SHIFT = {"上周": -7, "本周": 0, "下周": 7}


def anchor_weeks(doc: ArticleText) -> dict[int, TimeExpr]:
    """本周（11月11日至17日）…预计下周…, published on Monday the 18th: a weekly report that dates its own
    week in brackets counts 上周 and 下周 from that week, not from the day it is published (下周 is
    the 18th to the 24th). The times changed, by their start; nothing when no week is so dated or it
    is the publish date's week."""
    weeks = [i for i, t in enumerate(doc.times) if t.text in _WEEK_SHIFT]
    if not weeks:
        return {}
    own = None
    for i in weeks:
        t = doc.times[i]
        if t.text == "本周" and i + 1 < len(doc.times) and doc.norm.startswith(_WEEK_BRACKET, t.end):
            dated = doc.times[i + 1]
            if dated.start == t.end + 1 and dated.first is not None and dated.last is not None:
                own = dated
            break
    if own is None or own.first is None or own.last is None or not 0 <= (own.last - own.first).days <= 6:
        return {}
    pub = doc.published
    if pub is None or own.first == pub - timedelta(days=pub.weekday()):
        return {}  # the publish date's week: both counts agree
    changed: dict[int, TimeExpr] = {}
    for i in weeks:
        t = doc.times[i]
        first = own.first + timedelta(days=_WEEK_SHIFT[t.text])
        doc.times[i] = changed[t.start] = replace(t, first=first, last=first + timedelta(days=6))
    return changed
