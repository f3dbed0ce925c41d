"""本季, 上季, 本月, 上月 in a report of a past period: counted from the report's period, not from
the day it is published. A Hong Kong 新聞公報 out in May on the first quarter (食物安全中心公布
二○二五年第一季食物安全報告) says 本季共有46個樣本不合格 of that quarter and 與上季的0.4% of the quarter
before it; a monthly bulletin out in September on August says 本月 of August. Part of the time
decision (:mod:`.time_scopes`)."""

from __future__ import annotations

import re
from dataclasses import replace
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
