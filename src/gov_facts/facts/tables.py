"""Bare numbers in table cells, with unit and scale from their column or row header."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..rules.patterns import UnitEntry
from .candidate import Candidate
from .context import ArticleText
from .numerals import NumberFormatError, parse_number
from .rulebook import Rulebook
from .text import BARE_NUMBER
from .units import PER_TIME, Entry, kind_of

_HEADER_UNIT = re.compile(r"[（(]\s*(?:单位[:：]\s*)?([^（）()]{1,8}?)\s*[）)]\s*$|(%)$")
_CAPTION_UNIT = re.compile(r"单位[:：]\s*([^\s，,。；;）)]{1,10})\s*[）)]?\s*$")
#: what a cell may hold: a number with its sign (-1.6, +12.4), or an accounting negative ((29,517))
_CELL = re.compile(
    r"(?P<plus>[+＋])?(?P<num>-?[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)|[(（](?P<neg>[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)[)）]"
)
#: the base of an index in a header's or a label's brackets (110年=100, 上年=100, 2020年＝100)
_INDEX_BASE = re.compile(r"[（(][^（）()]{1,14}[=＝]\s*100\s*[）)]\s*$")
#: a label, a number, then its unit in brackets (报价:1,286,400.00(元), 下浮率:8.5(%))
_BRACKET_UNIT = re.compile(
    r"[:：]\s*(?P<num>[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)\s*[(（](?P<unit>[^()（）\s0-9]{1,6})[)）]"
)
#: the label before a colon: the run of Chinese characters that ends there (at most 10 read)
_LABEL_BEFORE = re.compile(r"[\u3400-\u9fff]{1,10}$")
#: a term in years written in Chinese numerals (三年, 两年, 十二年): a duration when it is a whole
#: cell or the value of a label naming a term (服务期限：两年)
_TERM = r"(?P<term>[一二两三四五六七八九十]{1,3})年"
_TERM_CELL = re.compile(_TERM)
_TERM_LABEL = re.compile(r"[:：]\s*" + _TERM + r"(?=[。；;，,\n（(]|$)")
#: the units of a caption that lists several (单位：亿元、%): one for amounts, one for rates
_UNIT_LIST = re.compile(r"[、，,]")


@dataclass(frozen=True)
class CellUnit:
    """What a header's unit text makes of a bare number: its scale, unit, entry and kind."""

    scale: Decimal
    unit: str
    entry: Entry
    kind: str


#: a row label that names a year, a financial or a school year (2023年, 2022/2023, 2023-24年度)
_YEAR_LABEL = re.compile(
    r"(?:19|20)[0-9]{2}(?:\s*[/／\-－—至]\s*(?:19|20)?[0-9]{2})?\s*(?:年|年度|学年|學年)?"
)


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
    """Bare numbers in table cells, with unit and scale from their column or row header, and
    numbers whose unit follows them in brackets after a label (报价:1,286,400.00(元)).

    Tables reach the text as rows of tab-joined cells; the first row of a run
    of such lines is the header. 294.800000 under 金额（万元） is 2948000 元; a
    单位 column gives each row its unit; 比上年增长(%) gives % and the change.
    """
    found: list[Candidate] = bracketed(doc, taken) + _labelled_terms(doc, taken)
    taken = taken + [(c.start, c.end) for c in found]
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
        value = _number(m.group("num"), read.scale)
        if read.unit == "年" and value is not None and 1900 <= value <= 2100:
            continue  # 年份：2024(年) names a year, no duration
        cand = _figure(a, b, value, read, label, "", False)
        if cand is not None:
            cand.unit_start = m.start("unit")
            found.append(cand)
    return found


def _label_before(norm: str, colon: int) -> str | None:
    """The label written right before the colon at ``colon`` (报价 of 报价:), or None."""
    m = _LABEL_BEFORE.search(norm, max(0, colon - 10), colon)
    return m.group(0) if m else None


def _labelled_terms(doc: ArticleText, taken: list[tuple[int, int]]) -> list[Candidate]:
    """服务期限：两年, 合同期限：三年（1+1+1）: a term in Chinese-numeral years as the whole value of a
    label that names a term (a duration lead ends it: 期限, 工期, 服务期), read as a duration."""
    found: list[Candidate] = []
    for m in _TERM_LABEL.finditer(doc.norm):
        label = _label_before(doc.norm, m.start())
        if label is not None and label.endswith(doc.rules.duration_leads):
            cand = _term(doc, m, label, "", False, taken)
            if cand is not None:
                found.append(cand)
    return found


def _term(
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
    return _figure(a, b, _number(m.group("term"), Decimal(1)), read, head, label, names_column)


def _caption_for(caption: str | None, head: str, rules: Rulebook) -> str | None:
    """The unit a 单位 line above the table gives a column. A column of shares or rates (占比,
    增速: a header implying %) keeps its %; of a list (单位：亿元、%), % goes to a column whose
    header names a change or its basis (比上年增长), the first other unit to the rest."""
    if caption is None:
        return None
    if implied_unit(head, rules) == "%":
        return "%"
    units = [u.strip() for u in _UNIT_LIST.split(caption) if u.strip()]
    if len(units) < 2:
        return caption
    percent = next((u for u in units if u in ("%", "％")), None)
    if percent is not None and any(w in head for w in rules.halt_words):
        return percent
    return next((u for u in units if u not in ("%", "％")), None)


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
        label = "" if _YEAR_LABEL.fullmatch(label) else label  # 2022/2023: a time, the header names what
        # 領有牌照車輛（輛）, 地区生产总值（亿元）: a row label's unit, for the columns that name none
        # (not a code or an aside: 可吸入懸浮粒子（PM10）, 綜合盈餘／（赤字）)
        row_unit = header_unit(label) if label.endswith(("）", ")")) else None
        row_unit = row_unit if row_unit and cell_unit(row_unit, doc.rules) else None
        label = header_name(label) if row_unit else label
        index_row = _INDEX_BASE.search(label)
        label = label[: index_row.start()].strip() if index_row else label
        for k, cell in enumerate(cells):
            cell_start = offset
            offset += len(cell) + 1
            stripped = cell.strip()
            held = _CELL.fullmatch(stripped)
            if k == 0 or not stripped:
                continue
            a = cell_start + cell.index(stripped)
            b = a + len(stripped)
            if held is None:
                term = _TERM_CELL.fullmatch(doc.norm, a, b)  # 三年 under 服务时间: a term
                head = header[k] if k < len(header) else ""
                cand = _term(doc, term, head, label, names_column, taken) if term else None
                found += [cand] if cand is not None else []
                continue
            if any(s < b and a < e for s, e in taken):
                continue
            head = header[k] if k < len(header) else ""
            implied = implied_unit(head, doc.rules)
            unit_text = (
                header_unit(head)
                or (cells[unit_col].strip() if unit_col is not None and unit_col < len(cells) else None)
                or (implied if implied == "%" else None)  # a column of shares or rates keeps its %
                or row_unit
                or _caption_for(caption_unit, head, doc.rules)
                or implied
            )
            if index_row or _INDEX_BASE.search(head):
                # 指數(110年=100), 居民消费价格指数（上年=100）: index values, no unit
                if held.group("num"):
                    found.append(_count_cell(a, b, stripped, head, label, names_column, kind="other"))
                continue
            if unit_text is None:
                if (
                    held.group("num")
                    and re.fullmatch(r"[0-9]+", stripped)
                    and any(w in head for w in doc.rules.count_headers)
                ):
                    found.append(_count_cell(a, b, stripped, head, label, names_column))
                continue
            cand = _cell(doc, a, b, held, unit_text, head, label, names_column)
            if cand is not None:
                found.append(cand)
    return found


def cell_unit(unit_text: str, rules: Rulebook) -> CellUnit | None:
    """What a header's unit makes of its numbers: 万元 -> x10000 元; a currency named before or
    after the scale (单位：新臺幣千元, 亿元人民币) is the figure's currency; a compound unit
    (微克/立方米, 万元/亩) keeps its denominator and is kind other (money stays money)."""
    unit_text = unit_text.strip()
    named = max(
        (s for s in rules.currency_of if unit_text.startswith(s) and unit_text != s), key=len, default=""
    )
    unit_text = unit_text[len(named) :]
    if not named:  # 亿元人民币: the currency after a money unit (百萬港元 is a scale and a unit)
        named = max(
            (s for s in rules.currency_of if unit_text.endswith(s) and unit_text != s), key=len, default=""
        )
        rest = unit_text[: len(unit_text) - len(named)].lstrip("十百千万亿")
        if named and _is_money(rules.units.get(rest)):
            unit_text = unit_text[: len(unit_text) - len(named)]
        else:
            named = ""
    currency = rules.currency_of.get(named)
    per = ""
    for mark in ("/", "／"):
        if mark in unit_text:
            unit_text, per = unit_text.split(mark, 1)
            if not (isinstance(rules.units.get(per), UnitEntry) or per in PER_TIME):
                return None
    m = re.fullmatch(r"([十百千万亿]*)(.+)", unit_text)
    if m is None:
        return None
    scale, unit = m.group(1), m.group(2)
    if unit_text in rules.units:  # 百分点, 千克, 千瓦时: a unit of its own, not a scale and a unit
        scale, unit = "", unit_text
    entry = rules.units.get("%" if unit == "％" else unit)
    if entry is None:
        return None
    if currency is not None and isinstance(entry, UnitEntry) and entry.kind == "money":
        entry = UnitEntry(unit=unit, kind="money", currency=currency)
    try:
        factor = parse_number("1" + scale) if scale else Decimal(1)
    except NumberFormatError:
        return None
    kind = kind_of(entry)
    if per:
        unit = f"{unit}/{per}"
        kind = "money" if kind == "money" else "other"
    return CellUnit(factor, unit, entry, kind)


def _is_money(entry: Entry | None) -> bool:
    return isinstance(entry, UnitEntry) and entry.kind == "money"


def _number(text: str, scale: Decimal) -> Decimal | None:
    """A cell's number times its scale (commas dropped), or None when it does not parse."""
    try:
        return parse_number(text.replace(",", "").lstrip("-")) * scale
    except NumberFormatError:
        return None


def _cell(
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
    if negative is not None and read.kind != "money":
        return None
    value = _number(negative or held.group("num"), read.scale)
    if value is not None and (negative is not None or held.group("num").startswith("-")):
        value = -value
    return _figure(a, b, value, read, head, label, names_column)


def _figure(
    a: int, b: int, value: Decimal | None, read: CellUnit, head: str, label: str, names_column: bool
) -> Candidate | None:
    if value is None:
        return None
    return Candidate(
        a, b, a, b, value, unit=read.unit, kind=read.kind, entry=read.entry, unit_start=b,
        extra={"table_head": head, "row_label": label, "names_column": names_column},
    )  # fmt: skip


def _count_cell(
    a: int, b: int, number: str, head: str, label: str, names_column: bool, kind: str = "count"
) -> Candidate:
    """A whole number under a header that names a count and no unit (数量): a count, unit null;
    or (``kind`` other) an index value under a header or beside a label that names its base."""
    return Candidate(
        a, b, a, b, Decimal(number.replace(",", "")), unit=None, kind=kind, unit_start=b,
        extra={"table_head": head, "row_label": label, "names_column": names_column},
    )  # fmt: skip
