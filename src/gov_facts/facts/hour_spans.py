"""A span of hours between two days (6月28日8时至30日8时, 5日20时至6日8时, 29日08时—30日08时), as rain,
water and weather bulletins date what they measured: one period from the first day to the second,
not the second day alone, and not a deadline when it ends on the publish day (a bulletin of the 30th
reports the rain that fell up to 8 o'clock that morning). A span that ends after the publish day is
a deadline, as any time ahead is (the status decides what lies ahead)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .day_spans import join_spans, span_of

if TYPE_CHECKING:
    from .time_expressions import TimeExpr

#: what stands between the first day and the second: the first day's hour (8时, 08时, 20时30分,
#: 8:00) and a joining mark (至, 到, a dash); the second day's 至 may open its own time
_HOUR = r"[0-9]{1,2}(?:[时点](?:[0-9]{1,2}分)?|[:：][0-9]{2})"
_HOUR_JOINT = re.compile(rf"\s*{_HOUR}\s*[-－—~～至到]?\s*")
#: the second day's hour, part of the span (30日8时: nothing of it is a figure of its own)
_LAST_HOUR = re.compile(_HOUR)
#: the grains of a time that names a day
_DAYS = ("day", "days")


def join_hour_spans(norm: str, times: list[TimeExpr], published: date | None) -> list[TimeExpr]:
    """``times`` with each span of hours between two days read as one period (see the module)."""
    if "时" not in norm and "点" not in norm and ":" not in norm:
        return times  # the cheap test first: no hour anywhere in the text

    def span(before: TimeExpr, t: TimeExpr) -> TimeExpr:
        assert t.last is not None  # checked by _second_day
        hour = _LAST_HOUR.match(norm, t.end)
        end = hour.end() if hour is not None else t.end
        return span_of(norm, before, t, end, ahead=published is not None and t.last > published)

    return join_spans(norm, times, _second_day, span)


def _second_day(norm: str, before: TimeExpr, t: TimeExpr) -> bool:
    """Whether ``t`` is a later day that ends a span of hours opened by the day ``before``."""
    if before.grain not in _DAYS or t.grain not in _DAYS or before.first is None or before.last is None:
        return False
    if t.last is None or t.last <= before.last or (t.last - before.last).days > 31:
        return False
    joint = _HOUR_JOINT.fullmatch(norm, before.end, t.start)
    if joint is None:
        return False
    # the joining mark is written before the second day, or opens the second day's own text (至30日)
    return joint.group(0).rstrip()[-1:] in "-－—~～至到" or t.text.startswith(("至", "到"))
