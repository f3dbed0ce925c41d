"""A time and the event it dates before 以来 (自2017年天舟一号首飞以来, 自去年9月重启降息以来, 自平台于2024年
6月推出以来): the span
from that time up to the publish date, as 2017年以来 is, not the time alone; what is counted since
an event has happened up to now. Asked once per page, after the times are read (:mod:`.context`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .time_expressions import TimeExpr

#: the event after the time, up to 以来, in the same clause (no figure, no quote, no other time)
_EVENT_SINCE = re.compile(r"[^，,。；;：:\n0-9“”\"（）()]{1,14}?以来")
#: what opens such a time: 自 or 从, or the clause's start
_OPENS = frozenset("自从，,。；;\n")
#: 自 and what the event is of before 于 and the time (自積金易平台於二○二四年六月推出以來, 自该项目于2023年
#: 开工以来): the span since the event as well, the time being the event's, not the figures'
_SUBJECT_BEFORE = re.compile(r"[自从][^，,。；;：:\n0-9（）()]{1,14}于$")


def since_events(norm: str, times: list[TimeExpr], published: date | None) -> list[TimeExpr]:
    """``times`` with each time that an event and 以来 follow read up to ``published``."""
    if published is None or "以来" not in norm:
        return times
    out: list[TimeExpr] = []
    for k, t in enumerate(times):
        nxt = times[k + 1].start if k + 1 < len(times) else len(norm)
        m = _EVENT_SINCE.match(norm, t.end)
        if (
            m is not None
            and m.end() <= nxt
            and t.grain in ("year", "month", "day")
            and t.first is not None
            and t.first <= published
            and (
                t.start == 0
                or norm[t.start - 1] in _OPENS
                or _SUBJECT_BEFORE.search(norm, max(0, t.start - 16), t.start)
            )
        ):
            t = replace(t, type="period", last=published)
        out.append(t)
    return out
