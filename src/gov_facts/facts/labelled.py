"""A bare number after a label that names its unit, as a table header does (中标价（元）：1,234,567.00,
采购预算（万元）：96.5, 代理费总金额：0): the label's unit and scale are the figure's, and the label its
subject (procurement notices, 信息公开 grids, key-value lines). A label's value followed by its unit
in brackets (报价:1,286,400.00(元)) and a term in Chinese numerals (服务期限：两年) are read beside the
tables (:mod:`.tables`), with a table head's reading of a unit."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidate import Candidate
from .cell_figures import figure, number, term_figure
from .context import ArticleText
from .no_unit import CLAUSE_END, bare_candidate
from .reading import Reading
from .table_heads import cell_unit
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
    # the unit text read as a table head's (万千瓦时: x10000 千瓦时, 元/吨 a rate, 亿元人民币)
    read = cell_unit(m.group(1) + m.group(2), doc.rules)
    if read is None:
        return None
    cand = bare_candidate(r, r.b, r.b, r.value * read.scale, read.unit, read.entry, kind=read.kind)
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


#: a label, a number, then its unit in brackets (报价:1,286,400.00(元), 下浮率:8.5(%))
_BRACKET_UNIT = re.compile(
    r"[:：]\s*(?P<num>[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)\s*[(（](?P<unit>[^()（）\s0-9]{1,6})[)）]"
)
#: the label before a colon: the run of Chinese characters that ends there (at most 10 read)
_LABEL_BEFORE = re.compile(r"[\u3400-\u9fff]{1,10}$")
#: a term in years in Chinese numerals (三年, 两年) as the whole value of a label (服务期限：两年)
_TERM_LABEL = re.compile(r"[:：]\s*(?P<term>[一二两三四五六七八九十]{1,3})年(?=[。；;，,\n（(]|$)")


def bracketed(doc: ArticleText, taken: list[tuple[int, int]]) -> list[Candidate]:
    """报价:1,286,400.00(元), 中标价：2,365,000.00(元), 下浮率:8.5(%): a label, a number and its unit
    in brackets after it, as procurement results print them; the label is the subject."""
    found: list[Candidate] = []
    for m in _BRACKET_UNIT.finditer(doc.norm):
        label = _label_before(doc.norm, m.start())
        if label is None:
            continue
        a, b = m.span("num")
        if any(s < b and a < e for s, e in taken):
            continue
        read = cell_unit(m.group("unit"), doc.rules)
        if read is None:
            continue
        value = number(m.group("num"), read.scale)
        if read.unit == "年" and value is not None and 1900 <= value <= 2100:
            continue  # 年份：2024(年) names a year, no duration
        cand = figure(a, b, value, read, label, "", False)
        if cand is not None:
            cand.unit_start = m.start("unit")
            found.append(cand)
    return found


def _label_before(norm: str, colon: int) -> str | None:
    """The label written right before the colon at ``colon`` (报价 of 报价:), or None."""
    m = _LABEL_BEFORE.search(norm, max(0, colon - 10), colon)
    return m.group(0) if m else None


def labelled_terms(doc: ArticleText, taken: list[tuple[int, int]]) -> list[Candidate]:
    """服务期限：两年, 合同期限：三年（1+1+1）: a term in Chinese-numeral years as the whole value of a
    label that names a term (a duration lead ends it: 期限, 工期, 服务期), read as a duration."""
    found: list[Candidate] = []
    for m in _TERM_LABEL.finditer(doc.norm):
        label = _label_before(doc.norm, m.start())
        if label is not None and label.endswith(doc.rules.duration_leads):
            cand = term_figure(doc, m, label, "", False, taken)
            if cand is not None:
                found.append(cand)
    return found
