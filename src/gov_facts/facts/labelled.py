"""A bare number after a label that names its unit, as a table header does (中标价（元）：1,234,567.00,
采购预算（万元）：96.5, 代理费总金额：0): the label's unit and scale are the figure's, and the label its
subject (procurement notices, 信息公开 grids, key-value lines)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from .candidate import Candidate
from .no_unit import CLAUSE_END, bare_candidate
from .numerals import scale_value
from .reading import Reading
from .units import kind_of

if TYPE_CHECKING:
    from .scan import Scanner

#: a label's unit in brackets right before its value: 中标价（元）：, 预算金额(单位：万元)：, or
#: before 为 in a sentence (合同金额（万元）为356.2, 用水量（万立方米）為12.6)
_LABEL_UNIT = re.compile(
    r"[（(]\s*(?:单位[:：]\s*)?([十百千万亿]*)([^（）()\s:：0-9]{1,5})\s*[）)]\s*(?:[:：]|为|為)\s*$"
)


def labelled(sc: Scanner, r: Reading) -> Candidate | None:
    """中标价（元）：1,234,567.00, 采购预算（万元）：96.5: a bare number after a label that names its
    unit in brackets, as a table header does; the scale applies and the surface is the number."""
    doc, norm = sc.doc, sc.doc.norm
    m = _LABEL_UNIT.search(norm, max(0, r.start - 16), r.start)
    if m is None and r.value == 0:
        return _zero_after_label(sc, r)
    if m is None or r.p != r.b:
        return None
    scale, unit = m.group(1), m.group(2)
    entry = doc.rules.units.get("%" if unit == "％" else unit)
    factor = scale_value(scale) if scale else Decimal(1)
    if entry is None or factor is None:
        return None
    cand = bare_candidate(r, r.b, r.b, r.value * factor, unit, entry, kind=kind_of(entry))
    cs, _ = doc.clause(r.start)
    # its subject, as a header's
    cand.extra["table_head"] = norm[cs : m.end()].strip().rstrip(":：为為").strip()
    return sc.finish(cand)


def _zero_after_label(sc: Scanner, r: Reading) -> Candidate | None:
    """代理费总金额：0: a zero after a label that names an amount as a table header does (金额, 费用),
    ending its clause; zero is zero in any scale, so the header's unit is the figure's."""
    doc, norm = sc.doc, sc.doc.norm
    if r.is_cn or r.p != r.b or norm[r.p : r.p + 1] not in CLAUSE_END:
        return None
    cs, _ = doc.clause(r.start)
    label = norm[cs : r.start].rstrip()
    if not label.endswith(("：", ":")):
        return None
    label = label[:-1].strip()
    unit = next((u for w, u in doc.rules.header_units if w in label), None)
    entry = doc.rules.units.get(unit) if unit is not None else None
    if unit is None or entry is None:
        return None
    cand = bare_candidate(r, r.b, r.b, r.value, unit, entry, kind=kind_of(entry))
    cand.extra["table_head"] = label
    return sc.finish(cand)
