"""What a table's row labels say: the name of what a row measures (without its section number, group
heading or closing note), and whether the first column only ranks its rows (第一中标候选人)."""

from __future__ import annotations

import re

from .rulebook import Rulebook
from .table_heads import cell_unit, implied_unit

#: a row label's section number (一、, （二）, 3., (4)) and a group heading before a colon
#: (二、本年度办理结果：予以公开): the row's place in the report's outline, not its name
_SECTION_NO = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十0-9]{1,3}\s*[）)]"
    r"|[0-9]{1,2}\s*[、．]|[0-9]{1,2}\.(?![0-9]))\s*"
)
_GROUP_HEAD = re.compile(r"^[^：:]{2,}[：:](?=[^：:]{2,}$)")
#: a group heading run into its item's number (三、本年度办理结果（一）予以公开, 二、收费情况(1)行政
#: 事业性收费): the item after the inner number names the row
_INNER_ITEM = re.compile(r"^[^\W\d_]{2,}[（(][一二三四五六七八九十0-9]{1,3}[）)](?=[^\W\d_]{2})")
#: a note in brackets closing a row label (部分公开（区分处理的，只计这一情形）, 无法提供（本机关不掌握…）)
_NAME_END = re.compile(r"[^\W_]$")
_LABEL_NOTE = re.compile(r"\s*[（(][^（）()]{2,}[）)]\s*$")


def row_name(label: str) -> str:
    """A row label as the name of what its cells measure: without its section number (一、,
    （三）, 2.), the group heading before a colon or before an item's number run into it, or a
    closing note in brackets, when a name of at least two characters is left (（二）部分公开（区分
    处理的…） -> 部分公开)."""
    name = _SECTION_NO.sub("", label, count=1)
    name = _GROUP_HEAD.sub("", name, count=1)
    name = _INNER_ITEM.sub("", name, count=1)
    name = _SECTION_NO.sub("", name, count=1)
    bare = _LABEL_NOTE.sub("", name)
    name = bare if len(bare) >= 2 and _NAME_END.search(bare) else name  # 盈餘／（赤字）: an alternative
    return name if len(name) >= 2 else label


#: a row label that only ranks its row (第一中标候选人, 第2名, 第三成交候选人), naming nothing measured
_RANK_LABEL = re.compile(
    r"第[一二三四五六七八九十0-9]{1,3}(?:名|位|[\u4e00-\u9fff]{0,4}(?:候选人|候选单位|供应商|中标人|成交人))?"
)


def ranked_rows(rows: list[tuple[int, str]]) -> bool:
    """Whether every row opens with a rank (第一中标候选人 | 青石县通达路桥… | 7,834,504.50): the
    column ranks the rows, as a column of serial numbers does; a cell measures its column's head
    (投标报价), not 第一中标候选人. (第一产业, 第二季度 name a thing or a period: no rank.)"""
    return bool(rows) and all(_RANK_LABEL.fullmatch(row.split("\t", 1)[0].strip()) for _, row in rows)


def names_measure(label: str, rules: Rulebook) -> bool:
    """Whether a row label names a measure, as a key of a key-value table does (預算金額, 決標金額: a
    head implying a unit; 工期, 服务期限: a term), not a thing or party measured."""
    return implied_unit(label, rules) is not None or label.endswith(rules.duration_leads)


#: a cell of a number and its unit, perhaps after a bound (≥3000人次, 3256人次)
_UNIT_FIGURE = re.compile(r"[≤≥<>＜＞]?\s*[0-9][0-9,.]*\s*(?P<unit>[^\W\d_]{1,4})")


def figure_with_unit(cell: str, rules: Rulebook | None) -> bool:
    """Whether a cell after a row's first holds a number and its unit (培训人次 | ≥3000人次 |
    3256人次): a figure, no label of the row, though it holds letters."""
    m = _UNIT_FIGURE.fullmatch(cell.strip())
    return m is not None and rules is not None and cell_unit(m.group("unit"), rules) is not None
