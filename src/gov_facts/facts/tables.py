"""Bare numbers in table cells, with unit and scale from their column or row header."""

from __future__ import annotations

import re
from decimal import Decimal

from ..rules.patterns import UnitEntry
from .candidate import Candidate
from .context import ArticleText
from .numerals import NumberFormatError, parse_number
from .rulebook import Rulebook
from .text import BARE_NUMBER
from .units import kind_of

_HEADER_UNIT = re.compile(r"[（(]\s*(?:单位[:：]\s*)?([^（）()]{1,8}?)\s*[）)]\s*$|(%)$")
_CAPTION_UNIT = re.compile(r"单位[:：]\s*([^\s，,。；;）)]{1,6})\s*[）)]?\s*$")


def header_unit(head: str) -> str | None:
    """The unit a column header names: 金额（万元） -> 万元, 比上年增长(%) -> %."""
    m = _HEADER_UNIT.search(head.strip())
    if m is None:
        return None
    return (m.group(1) or m.group(2) or "").strip() or None


def header_name(head: str) -> str:
    """A column header without its unit: 金额（万元） -> 金额."""
    return _HEADER_UNIT.sub("", head).strip()


def implied_unit(head: str, rules: Rulebook) -> str | None:
    """A header with no unit that still says what its numbers are (中标金额, 单价 -> 元)."""
    for word, unit in rules.header_units:
        if word in head:
            return unit
    return None


def table_cells(doc: ArticleText, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Bare numbers in table cells, with unit and scale from their column or row header.

    Tables reach the text as rows of tab-joined cells; the first row of a run
    of such lines is the header. 294.800000 under 金额（万元） is 2948000 元; a
    单位 column gives each row its unit; 比上年增长(%) gives % and the change.
    """
    found: list[Candidate] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in doc.norm.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        if "\t" not in lines[i][1]:
            i += 1
            continue
        j = i
        while j < len(lines) and "\t" in lines[j][1]:
            j += 1
        caption_unit = None
        if i > 0 and (mc := _CAPTION_UNIT.search(lines[i - 1][1])):
            caption_unit = mc.group(1)
        found += _table(doc, lines[i:j], caption_unit, taken)
        i = j
    return found


def _table(
    doc: ArticleText, rows: list[tuple[int, str]], caption_unit: str | None, taken: list[tuple[int, int]]
) -> list[Candidate]:
    """The figures of one table: its first row is the header."""
    found: list[Candidate] = []
    header = rows[0][1].split("\t")
    if sum(bool(BARE_NUMBER.fullmatch(h.strip())) for h in header) > len(header) // 2:
        return found  # no header row: nothing says what the numbers measure
    unit_col = next((k for k, h in enumerate(header) if h.strip() in ("单位", "计量单位")), None)
    # a first column of names or serial numbers (供应商名称, 序号) does not say what is measured
    names_column = bool(re.search(r"名称|序号|供应商|单位名称|姓名|编号", header[0]))
    for row_start, row in rows[1:]:
        cells = row.split("\t")
        offset = row_start
        label = cells[0].strip() if cells else ""
        label = re.sub(r"^(?:其中|#)[：:]?", "", label)
        for k, cell in enumerate(cells):
            cell_start = offset
            offset += len(cell) + 1
            stripped = cell.strip()
            if k == 0 or not BARE_NUMBER.fullmatch(stripped):
                continue
            a = cell_start + cell.index(stripped)
            b = a + len(stripped)
            if any(s < b and a < e for s, e in taken):
                continue
            head = header[k] if k < len(header) else ""
            unit_text = (
                header_unit(head)
                or (cells[unit_col].strip() if unit_col is not None and unit_col < len(cells) else None)
                or caption_unit
                or implied_unit(head, doc.rules)
            )
            if unit_text is None:
                if re.fullmatch(r"[0-9]+", stripped) and any(w in head for w in doc.rules.count_headers):
                    found.append(_count_cell(a, b, stripped, head, label, names_column))
                continue
            cand = _cell(doc, a, b, stripped, unit_text, head, label, names_column)
            if cand is not None:
                found.append(cand)
    return found


def _cell(
    doc: ArticleText, a: int, b: int, number: str, unit_text: str, head: str, label: str, names_column: bool
) -> Candidate | None:
    """One cell's figure: the header's scale applied, the header and row label kept for its subject.
    A currency named before the scale (单位：新臺幣千元, 人民币万元) is the figure's currency."""
    named = max(
        (s for s in doc.rules.currency_of if unit_text.startswith(s) and unit_text != s), key=len, default=""
    )
    currency = doc.rules.currency_of.get(named)
    unit_text = unit_text[len(named) :]
    m = re.fullmatch(r"([十百千万亿]*)(.+)", unit_text)
    if m is None:
        return None
    scale, unit = m.group(1), m.group(2)
    entry = doc.rules.units.get(unit)
    if unit in ("%", "％"):
        entry = doc.rules.units.get("%")
    if entry is None:
        return None
    if currency is not None and isinstance(entry, UnitEntry) and entry.kind == "money":
        entry = UnitEntry(unit=unit, kind="money", currency=currency)
    try:
        value = parse_number(number.replace(",", "").lstrip("-")) * (
            parse_number("1" + scale) if scale else 1
        )
    except NumberFormatError:
        return None
    if number.startswith("-"):
        value = -value
    kind = kind_of(entry)
    return Candidate(
        a,
        b,
        a,
        b,
        value,
        unit=unit,
        kind=kind,
        entry=entry,
        unit_start=b,
        extra={"table_head": head, "row_label": label, "names_column": names_column},
    )


def _count_cell(a: int, b: int, number: str, head: str, label: str, names_column: bool) -> Candidate:
    """A whole number under a header that names a count and no unit (数量): a count, unit null."""
    return Candidate(
        a, b, a, b, Decimal(number), unit=None, kind="count", unit_start=b,
        extra={"table_head": head, "row_label": label, "names_column": names_column},
    )  # fmt: skip
