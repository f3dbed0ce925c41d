"""A bare number in brackets after a period's label, the earlier value of the figure before the
bracket (住院人次為5.87萬（二○二四年：5.62萬）, 收入5.2亿元（上年：4.8亿）, 使用率82.4%（去年同期：
80.1）): the unit is written once, on the figure it is compared with."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidate import Candidate
from .reading import Reading
from .text import SCALES

if TYPE_CHECKING:
    from .scan import Scanner

#: a bracket opened by a period's label and a colon right before the number: （二○二四年：, (上年:,
#: （2024年同期：; the label is at most 12 characters and names a year, a month, a quarter or 同期
_PERIOD_LABEL = re.compile(r"[（(]\s*[^（）()：:，。；]{0,10}(?:年度?|月份?|季度|同期)\s*[:：]\s*$")


def earlier_value(sc: Scanner, r: Reading) -> Candidate | None:
    """The bare number of ``r`` closing a bracket that opens with a period's label, right after a
    figure with a unit: that figure's unit and kind, where both numbers write the same scale (万 and
    万, or none and none: 5.2万元（上年：4.8）is not 4.8 元)."""
    norm = sc.doc.norm
    if r.is_cn or r.p != r.b or norm[r.p : r.p + 1] not in ("）", ")") or not sc.cands:
        return None
    m = _PERIOD_LABEL.search(norm, max(0, r.start - 16), r.start)
    prev = sc.cands[-1]
    if m is None or prev.unit is None or prev.value is None or norm[prev.end : m.start()].strip():
        return None
    written = norm[prev.num_start : prev.num_end]
    if written[len(written.rstrip(SCALES)) :] != r.core[len(r.core.rstrip(SCALES)) :]:
        return None
    return sc.finish(
        Candidate(
            r.start, r.b, r.a, r.b, r.value, unit=prev.unit, kind=prev.kind, entry=prev.entry,
            qualifier=r.qualifier, unit_start=r.b,
        )
    )  # fmt: skip
