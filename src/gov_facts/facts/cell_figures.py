"""One table cell's figure: its number read with the unit and scale its head gives, or with none
(a count under 数量 or beside a 总计 column, an index's level, a threshold)."""

from __future__ import annotations

import re
from decimal import Decimal

from .candidate import Candidate
from .context import ArticleText
from .numerals import NumberFormatError, parse_number
from .table_heads import CellUnit, cell_unit, counted_unit, head_unit
from .units import kind_of

#: the spaces that group a cell's digits in threes (1 223.5, 12 345)
_SPACED = re.compile(r"[ \u00a0\u2009\u202f]")
#: a footnote mark after a cell's figure (12.3*, 45.6 r revised, 8.9p provisional, 3.2#): no part of it
_MARK = re.compile(r"(?<=[0-9%％)）])\s?(?:[*＊#†‡]{1,2}|[rp])$")
_MARK_ENDS = frozenset("*＊#†‡rp")
#: a range in a cell (3.25—3.50, 2.1～2.4, 1.5至1.8, 3.25%-3.50%): two numbers and a dash or 至 between
_CELL_NUM = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
_RANGE_CELL = re.compile(
    rf"(?P<low>{_CELL_NUM})\s*(?P<pct1>[%％])?\s*(?:[-—–~～－]{{1,2}}|至|到)\s*(?P<high>{_CELL_NUM})\s*(?P<pct>[%％])?"
)


def without_mark(cell: str) -> str:
    """A cell's text without the footnote mark after its figure (1,052,345* -> 1,052,345, 8.9p ->
    8.9: revised, provisional, see the note), as statistics releases mark a figure; other text kept."""
    return _MARK.sub("", cell) if cell[-1:] in _MARK_ENDS else cell


def unitless(
    a: int,
    b: int,
    held: re.Match[str],
    head: str,
    label: str,
    names: bool,
    bound: str,
    index: bool,
    doc: ArticleText,
    totalled: bool = False,
) -> Candidate | None:
    """A cell whose column names no unit: a whole number under a header naming a count (数量; in
    the measure word of 件数, 人数), or in a table with a total column (``totalled``: 结果维持 |
    结果纠正 | 总计), the level of an index (指數(110年=100): unit null, kind other) or a threshold
    (≤2.5 under 容积率: a ratio with its bound, kind other); other bare numbers say nothing checkable."""
    digits = held.group("num")
    if digits is None:
        return None
    digits = _SPACED.sub(",", digits)  # 12 345: grouped by spaces, read as by commas
    if not index and bound == "exact":
        if not re.fullmatch(r"[0-9]+(?:[, ][0-9]{3})*", digits):  # 12,345 or 12 345
            return None
        counted = counted_unit(head, doc.rules)
        if counted is not None:  # 本年制发件数: 12 is 12 件
            read = CellUnit(Decimal(1), counted[0], counted[1], "count")
            return figure(a, b, Decimal(digits.replace(",", "").replace(" ", "")), read, head, label, names)
        if totalled or any(w in head for w in doc.rules.count_headers):
            return count_cell(a, b, digits, head, label, names)
        return None
    value = number(digits, Decimal(1))
    if value is None:
        return None
    value = -value if digits.startswith("-") or held.group("down") else value  # -0.8, ▼0.8
    return Candidate(
        a, b, a, b, value, unit=None, kind="other", unit_start=b,
        extra={"table_head": head, "row_label": label, "names_column": names},
    )  # fmt: skip


def number(text: str, scale: Decimal) -> Decimal | None:
    """A cell's number times its scale (commas dropped), or None when it does not parse."""
    try:
        return parse_number(text.replace(",", "").lstrip("-")) * scale
    except NumberFormatError:
        return None


def cell_figure(
    doc: ArticleText,
    a: int,
    b: int,
    held: re.Match[str],
    unit_text: str,
    head: str,
    label: str,
    names_column: bool,
) -> Candidate | None:
    """One cell's figure: the header's scale applied, the header and row label kept for its subject.
    A minus sign or, in a column of money, brackets (29,517) make it negative (accounting's way)."""
    read = cell_unit(unit_text, doc.rules)
    if read is None:
        return None
    negative = held.group("neg")
    if negative is not None and read.kind not in (
        "money",
        "percent",
        "percentage_point",
    ):  # (1.2) under 按年變動（%）
        return None
    value = number(negative or held.group("num"), read.scale)
    if value is not None and (
        negative is not None or held.group("num").startswith("-") or held.group("down")
    ):
        value = -value
    return figure(a, b, value, read, head, label, names_column)


def figure(
    a: int, b: int, value: Decimal | None, read: CellUnit, head: str, label: str, names_column: bool
) -> Candidate | None:
    if value is None:
        return None
    return Candidate(
        a, b, a, b, value, unit=read.unit, kind=read.kind, entry=read.entry, unit_start=b,
        extra={"table_head": head, "row_label": label, "names_column": names_column},
    )  # fmt: skip


def count_cell(
    a: int, b: int, number: str, head: str, label: str, names_column: bool, kind: str = "count"
) -> Candidate:
    """A whole number under a header that names a count and no unit (数量): a count, unit null;
    or (``kind`` other) an index value under a header or beside a label that names its base."""
    return Candidate(
        a, b, a, b, Decimal(number.replace(",", "").replace(" ", "")), unit=None, kind=kind, unit_start=b,
        extra={"table_head": head, "row_label": label, "names_column": names_column},
    )  # fmt: skip


def range_cell(
    doc: ArticleText, a: int, cell: str, head: str, label: str, names: bool, taken: list[tuple[int, int]]
) -> Candidate | None:
    """美联储 | 3.25—3.50 under 政策利率（%）: a cell that holds a range, read with its column's unit and
    scale as one figure (low, high, no value); under a column naming no unit it says nothing checkable
    (2021-2023 under 年份, a phone number's parts)."""
    held = _RANGE_CELL.fullmatch(cell)
    if held is None or any(s < a + len(cell) and a < e for s, e in taken):
        return None
    read = cell_unit("%" if held.group("pct") else (head_unit(head, doc.rules) or ""), doc.rules)
    if read is None:
        return None
    low, high = number(held.group("low"), read.scale), number(held.group("high"), read.scale)
    if low is None or high is None or low >= high:
        return None
    cand = figure(a, a + len(cell), low, read, head, label, names)
    if cand is not None:
        cand.value, cand.low, cand.high = None, low, high
    return cand


def term_figure(
    doc: ArticleText,
    m: re.Match[str],
    head: str,
    label: str,
    names_column: bool,
    taken: list[tuple[int, int]],
) -> Candidate | None:
    """The duration of a term match (三年 -> 3 年), unless the text there is read already."""
    a, b = m.start("term"), m.end("term") + 1
    entry = doc.rules.units.get("年")
    if entry is None or any(s < b and a < e for s, e in taken):
        return None
    read = CellUnit(Decimal(1), "年", entry, kind_of(entry))
    return figure(a, b, number(m.group("term"), Decimal(1)), read, head, label, names_column)


def odd_cell(
    doc: ArticleText,
    term: re.Match[str] | None,
    cell: tuple[int, str],
    head: str,
    label: str,
    names: bool,
    taken: list[tuple[int, int]],
) -> Candidate | None:
    """A cell no plain number fills: a term in Chinese numerals (三年), else a range (3.25—3.50)."""
    if term is not None:
        return term_figure(doc, term, head, label, names, taken)
    if cell[1][-1:] in _SCALES:  # 1.2万 under 人数
        return _scaled_cell(doc, cell, head, label, names, taken)
    return range_cell(doc, cell[0], cell[1], head, label, names, taken)


#: a number and a scale alone in a cell (1.2万, 3.5亿): its unit is the one its column names or counts in
_SCALES = frozenset("十百千万亿")
_SCALED_CELL = re.compile(rf"(?P<num>{_CELL_NUM})\s*(?P<scale>[十百千万亿]{{1,2}})")


def _scaled_cell(
    doc: ArticleText, cell: tuple[int, str], head: str, label: str, names: bool, taken: list[tuple[int, int]]
) -> Candidate | None:
    """1.2万 under 人数, 3.5亿 under 金额（元）: the cell's scale before the unit its head names or counts
    in (人数: 人), read as one figure (12000 人); a head of no unit says nothing checkable."""
    a, text = cell
    m = _SCALED_CELL.fullmatch(text)
    if m is None or any(s < a + len(text) and a < e for s, e in taken):
        return None
    counted = counted_unit(head, doc.rules)
    base = head_unit(head, doc.rules) or (counted[0] if counted is not None else None)
    read = cell_unit(m.group("scale") + base, doc.rules) if base is not None else None
    if read is None:
        return None
    return figure(a, a + len(text), number(m.group("num"), read.scale), read, head, label, names)
