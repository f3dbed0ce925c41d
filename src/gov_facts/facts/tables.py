"""Bare numbers in table cells, with unit and scale from their column or row header."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import accumulate

from .candidate import Candidate
from .cell_figures import cell_figure, odd_cell, unitless, without_mark
from .context import ArticleText
from .labelled import bracketed, labelled_terms
from .rulebook import Rulebook
from .table_heads import (
    YEAR_LABEL,
    caption_for,
    cell_bound,
    cell_unit,
    head_unit,
    header_name,
    header_unit,
    implied_unit,
    measured_columns,
    names_change,
    names_index,
    names_period,
    period_part,
    place_measure,
    stacked_header,
    void_heads,
    without_period,
)
from .table_rows import figure_with_unit, names_measure, ranked_rows, row_name
from .text import BARE_NUMBER

#: header_name is re-exported: the subject stage names a cell by its header
__all__ = ["header_name", "table_cells", "with_cells"]

#: a cell that names something: a letter of any script
_NAMES = re.compile(r"[^\W\d_]")
#: a 单位 line above a table: one unit, or one per column in a list (单位：场次；件；%, 单位:亿元,%)
_UNIT = r"[^\s，,。；;、）)]{1,10}"
_CAPTION_UNIT = re.compile(rf"单位[:：]\s*({_UNIT}(?:\s*[，,；;、]\s*{_UNIT})*)\s*[）)]?\s*[:：]?\s*$")
#: what a cell may hold: a number with its sign (-1.6, +12.4), or an accounting negative ((29,517));
#: a bound before it (≤2.5, 不大于3.0: a threshold) and a % after it (35.0%: the cell's own unit)
_NUM = r"[0-9]+(?:,[0-9]{3})*(?:[ \u00a0\u2009\u202f][0-9]{3})*(?:\.[0-9]+)?"  # 1 223.5: grouped by spaces
_CELL = re.compile(
    rf"(?:(?P<sign>[≤≥<>＜＞≦≧])|(?P<word>[\u4e00-\u9fff]{{1,5}}))?\s*"
    rf"(?:(?:(?P<plus>[+＋▲△])|(?P<down>[▼▽–]))?(?P<num>-?{_NUM})\s*(?P<pct>[%％])?|[(（](?P<neg>{_NUM})[)）])"
)
#: the base of an index in a header's or a label's brackets (110年=100, 上年=100, 2020年＝100)
_INDEX_BASE = re.compile(r"[（(][^（）()]{1,14}[=＝]\s*100\s*[）)]\s*$")
#: a term in years written in Chinese numerals (三年, 两年, 十二年): a duration when it is a whole cell
_TERM = r"(?P<term>[一二两三四五六七八九十]{1,3})年"
_TERM_CELL = re.compile(_TERM)

#: a line above a table that is only its unit in brackets (（百萬港元）, (單位:新臺幣千元))
_BRACKET_LINE = re.compile(r"\s*[（(][^（）()]{1,12}[）)]\s*")


def with_cells(doc: ArticleText, cands: list[Candidate]) -> list[Candidate]:
    """The running text's figures and the table cells' together. A cell the table reads replaces
    any reading over it (a bare number, 35.0% read as running text, a range glued across cells
    such as 2560\t—\t0%, where — is an empty cell); a reading across a tab is no cell's figure."""
    taken = [(c.start, c.end) for c in cands if c.kind != "number"]
    if "\t" in doc.norm:  # most pages have no tab: no reading to slice
        taken = [(a, b) for a, b in taken if "\t" not in doc.norm[a:b]]
    heads: list[tuple[int, int, bool]] = []
    filled: dict[int, tuple[int, str, str, bool]] = {}
    cells = table_cells(doc, taken, heads, filled)
    for c in cands:  # 服务时间 | 24个月, 标准值 | ≤0.05mg/kg: a cell that is a figure with its unit (and a
        # bound) is named as the table names its cells
        cell = filled.get(c.end)
        if (
            cell is not None
            and 0 <= c.start - cell[0] <= 3
            and not doc.norm[cell[0] : c.start].strip("≤≥<>约近逾")
        ):
            c.extra.update(zip(("table_head", "row_label", "names_column"), cell[1:], strict=True))
    if heads:  # 指數(110年=100), a row headed 112年: a base or a period, no figure
        cands = [
            c
            for c in cands
            if not any(a <= c.start < b and (whole or _in_brackets(doc.norm, a, c)) for a, b, whole in heads)
        ]
    if not cells:
        return cands
    spans = sorted((c.start, c.end) for c in cells)
    starts = [s for s, _ in spans]

    def covered(c: Candidate) -> bool:
        k = bisect_left(starts, c.end) - 1  # the last cell starting before the reading ends
        return k >= 0 and spans[k][1] > c.start

    return [c for c in cands if not covered(c)] + cells


def _in_brackets(norm: str, row_start: int, c: Candidate) -> bool:
    """Whether a reading of years stands inside brackets opened in its header cell, or one that
    names an index's base (指數(110年=100), 价格指数（2020年=100）): a period, no figure; other
    figures in a header's brackets (职工食堂（日均就餐约650人次）) stay."""
    cell = norm.rfind("\t", row_start, c.start) + 1 or row_start
    before = norm[cell : c.start]
    opened = max(before.rfind("("), before.rfind("（"))
    if opened <= max(before.rfind(")"), before.rfind("）")):
        return False
    return c.unit == "年" or norm.startswith(("=", "＝"), c.end)


def table_cells(
    doc: ArticleText,
    taken: list[tuple[int, int]],
    heads: list[tuple[int, int, bool]] | None = None,
    filled: dict[int, tuple[int, str, str, bool]] | None = None,
) -> list[Candidate]:
    """Bare numbers in table cells, with unit and scale from their column or row header, and
    numbers whose unit follows them in brackets after a label (报价:1,286,400.00(元)).

    Tables reach the text as rows of tab-joined cells; the first row of a run
    of such lines is the header. 294.800000 under 金额（万元） is 2948000 元; a
    单位 column gives each row its unit; 比上年增长(%) gives % and the change.
    """
    found: list[Candidate] = bracketed(doc, taken) + labelled_terms(doc, taken)
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
        elif i > 0 and _BRACKET_LINE.fullmatch(lines[i - 1][1]):
            caption_unit = header_unit(lines[i - 1][1].strip())  # （续表）, （注）: no unit
            caption_unit = caption_unit if caption_unit and cell_unit(caption_unit, doc.rules) else None
        for block in _blocks(lines[i:j]):
            found += _table(doc, block, caption_unit, taken, heads, filled)
        i = j
    return found


def _blocks(rows: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A run of rows cut where the header is written again: a row with no number that opens with
    the header's first cell (信息内容 | 本年制发件数 ... 信息内容 | 本年处理决定数量) heads the rows
    after it, as a report's template stacks several small tables in one."""
    blocks = [rows[:1]]
    corner = rows[0][1].split("\t", 1)[0].strip()
    for row in rows[1:]:
        cells = row[1].split("\t")
        if len(blocks[-1]) > 1 and cells[0].strip() == corner and _labels(cells) == len(cells):
            blocks.append([])
        blocks[-1].append(row)
    return blocks


def _labels(cells: list[str], years: bool = False, rules: Rulebook | None = None) -> int:
    """How many cells a row opens with that name something and hold no number (its label and the
    groups before it: 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 | 0); a dash (—) is a
    value left blank, no label, and a number with its unit after the first cell (≥3000人次) a
    figure. Under a 年份 corner (``years``) a bare year opening the row is its label (2023 | 1256
    as 2024（预计） | 1380 is)."""
    first = 1 if years and cells and YEAR_LABEL.fullmatch(cells[0].strip()) else 0
    return next(
        (
            k
            for k, c in enumerate(cells)
            if k >= first
            and (_CELL.fullmatch(c.strip()) or not _NAMES.search(c) or (k and figure_with_unit(c, rules)))
        ),
        len(cells),
    )


#: a corner over a column of years (年份 | 游客人次 with rows 2023, 2024（预计）)
_YEARS_CORNER = re.compile(r"\s*(?:年份|年度|年|年別|年别|统计年度|統計年度)\s*")


def _usual_labels(rows: list[tuple[int, str]], years: bool, rules: Rulebook) -> int:
    """How many label cells the table's rows most often open with (a unit column makes two)."""
    counts = Counter(_labels(row.split("\t"), years, rules) for _, row in rows)
    return max(counts, key=lambda n: (counts[n], -n)) if counts else 1


def _stack(
    rows: list[tuple[int, str]], heads: list[tuple[int, int, bool]] | None
) -> tuple[list[tuple[int, str]], list[str] | None, list[tuple[int, str, tuple[int, int] | None]]]:
    """A header over several rows, its spanned places left empty by the page (行政复议 over 结果维持,
    2023年 over 增长（%））: the rows with one header row of stacked heads in their place, the heads,
    and where each column's top head stands (a period there dates the column) with the span of a
    period head under it (第二季 under 2024年: the part of that period); else the rows as they are.
    The header rows hold no figure (``heads`` gets them whole)."""
    tiers = 0
    while tiers < len(rows) - 1 and not any(_CELL.fullmatch(c.strip()) for c in rows[tiers][1].split("\t")):
        tiers += 1
    stacked = stacked_header([r.split("\t") for _, r in rows[:tiers]]) if tiers > 1 else None
    if stacked is None:
        return rows, None, []
    grid = [(start, r.split("\t")) for start, r in rows[:tiers]]
    at = [list(accumulate((len(c) + 1 for c in cells), initial=start)) for start, cells in grid]
    top_cells, tops = grid[0][1], []
    for k in range(len(stacked)):
        j = max((i for i in range(k + 1) if top_cells[i].strip()), default=k)
        # 2024年 over 第二季: the lowest head under a period top, when a period too, is the part of it
        low = max((i for i in range(1, tiers) if grid[i][1][k].strip()), default=None)
        leaf = grid[low][1][k].strip() if low is not None else ""
        part = (
            (at[low][k], at[low][k] + len(grid[low][1][k]))
            if low is not None and names_period(leaf)
            else None
        )
        tops.append((at[0][j], top_cells[j], part if period_part(top_cells[j]) else None))
    if heads is not None:
        heads += [(a, a + len(r), True) for a, r in rows[:tiers]]
    return [(rows[0][0], "\t".join(stacked)), *rows[tiers:]], stacked, tops


#: the head of a row of units under the header (單位 | 人 | 平方公里)
_UNIT_HEADS = frozenset(["单位", "單位", "计量单位", "計量單位"])


def _units_row(
    doc: ArticleText, rows: list[tuple[int, str]], heads: list[tuple[int, int, bool]] | None
) -> tuple[list[tuple[int, str]], list[str | None]]:
    """項目 | 人口 | 面積 over 單位 | 人 | 平方公里: a row under the header opened by 单位 whose other
    cells are units gives each column its unit; the rows without it (the units row holds no figure,
    ``heads`` gets it whole), and each column's unit; else the rows as they are and no units."""
    if len(rows) < 3 or rows[1][1].split("\t", 1)[0].strip() not in _UNIT_HEADS:
        return rows, []
    units = [u.strip() or None for u in rows[1][1].split("\t")]
    if not any(units[1:]) or any(u is not None and cell_unit(u, doc.rules) is None for u in units[1:]):
        return rows, []
    if heads is not None:
        heads.append((rows[1][0], rows[1][0] + len(rows[1][1]), True))
    return [rows[0], *rows[2:]], [None, *units[1:]]


def _table(
    doc: ArticleText,
    rows: list[tuple[int, str]],
    caption_unit: str | None,
    taken: list[tuple[int, int]],
    heads: list[tuple[int, int, bool]] | None,
    filled: dict[int, tuple[int, str, str, bool]] | None = None,
) -> list[Candidate]:
    """The figures of one table: its first row is the header. ``heads`` gets the spans where a
    reading is no figure: the header row's brackets, and a row head that names a period (112年);
    ``filled`` the column head, row label and naming of each cell not a bare number (24个月)."""
    found: list[Candidate] = []
    header = rows[0][1].split("\t")
    rows, stacked, tops = _stack(rows, heads)
    rows, units_row = _units_row(doc, rows, heads)
    header = stacked or header
    if sum(bool(BARE_NUMBER.fullmatch(h.strip())) for h in header) > len(header) // 2:
        return found  # no header row: nothing says what the numbers measure
    periods = [names_period(h) for h in header]  # 1—10月, 113年: a column says when, not what
    if heads is not None and stacked is None:
        heads += void_heads(rows[0], header, periods)
    corner = header_unit(header[0])  # 项目（万元）: the corner's unit is every column's
    if corner is not None and cell_unit(corner, doc.rules) is not None:
        caption_unit = corner
    unit_col = next((k for k, h in enumerate(header) if h.strip() in ("单位", "计量单位")), None)
    # a first column of names or serial numbers (供应商名称, 序号) does not say what is measured
    rules, first = doc.rules, header[0]
    names_column = bool(rules.table_name_head.search(first)) or ranked_rows(rows[1:])
    # a first column of things (产品名称, 指标名称), not of parties (供应商名称, 单位名称): a column that
    # names a change (同比增长（%）) measures the row's thing, like a column of periods (each name made once)
    changes = [names_change(name, rules) for name in map(header_name, header)]
    by_row = periods
    of_things = rules.table_thing_head.search(first) is not None and not rules.table_party_head.search(first)
    # 序号 | 指标名称 | 数值, 序号 | 类别 | 同比（%）: serial numbers, then the things naming each row
    second = header[1] if len(header) > 2 else ""
    serial_things = (
        bool(rules.table_thing_head.search(second))
        and not rules.table_party_head.search(second)
        and (any(changes) or any(header_name(h) in rules.table_value_heads for h in header))
    )
    things = names_column and (of_things or serial_things)
    if things:
        by_row = [p or c for p, c in zip(periods, changes, strict=True)]
    measured = measured_columns(header, changes, periods)
    # where each head stands: a head of a period (2023年, 1-6月) dates its column's cells
    at = accumulate((len(h) + 1 for h in header), initial=rows[0][0])
    placed = [(a, h) for a, h, _ in tops] or list(zip(at, header, strict=False))
    head_spans = [(a, a + n) if (n := period_part(h)) else None for a, h in placed]
    parts = [part for *_, part in tops]  # 第二季 under 2024年: the column's part of the period
    totalled = any(h.strip().endswith(tuple(rules.total_heads)) for h in header)  # 结果维持 | 总计: counts
    years = _YEARS_CORNER.fullmatch(first) is not None
    usual = _usual_labels(rows[1:], years, rules)
    for row_start, row in rows[1:]:
        cells = row.split("\t")
        offset = row_start
        # a row opening with groups (rowspans, 三、本年度办理结果) before its label: figures after the corner
        labels = _labels(cells, years, rules)
        shift = labels - usual if usual < labels < len(cells) and len(cells) - labels < len(header) else 0
        opening, pad = shift + 1, 0
        if stacked is not None:  # under a stacked header the figures stand under the last columns
            shift, opening, pad = 0, labels, max(0, len(header) - len(cells))
        elif shift and len(cells) <= len(header) and cells[0].strip() in rules.total_heads:
            # 合计 | (blank) | 408.5, 合计 spanning 序号 and 项目名称: a total's figures end the row
            shift, opening, pad = 0, 1, len(header) - len(cells)
        label = ""  # a row of figures only under a stacked header has no label
        if cells and (labels or stacked is None):
            label = cells[labels - 1 if shift or stacked else 0].strip()
        if serial_things and labels == 0 and len(cells) > 2:  # 序号 | 指标名称: the name after the number
            label = cells[1].strip()
        label = without_mark(re.sub(r"^(?:其中|#)[：:]?", "", label))  # 失業率（%）#: the note's mark goes
        period_row = not label or names_period(label)  # 6月, 1—10月, 2023年: the row says when
        dated = (row_start, row_start + len(cells[0])) if label and names_period(label) else None
        if YEAR_LABEL.fullmatch(label):  # 2022/2023, 112年: a time, the header names what
            label = ""
            if heads is not None:
                heads.append((row_start, row_start + len(cells[0]), True))
        index_row = _INDEX_BASE.search(label)  # 居民消费价格指数（上年=100）: the row's cells are levels
        label = label[: index_row.start()].strip() if index_row else label
        row_unit = header_unit(label)  # 发电量（亿千瓦时）: the row head's unit, when it reads as one
        if row_unit is not None and cell_unit(row_unit, doc.rules) is not None:
            label = header_name(label)
        else:
            row_unit = None
        label = row_name(label) if label else label  # （二）部分公开（区分处理的…） -> 部分公开
        in_column = cells[unit_col].strip() if unit_col is not None and unit_col < len(cells) else None
        for k, cell in enumerate(cells):
            cell_start = offset
            offset += len(cell) + 1
            stripped = without_mark(cell.strip())  # 12.3*, 8.9p: the figure without its footnote mark
            if k < opening or not stripped:
                continue
            k += pad - shift
            head = without_period(header[k]) if k < len(header) else ""
            # a column of periods (1—10月, 113年) says when, of changes how much: the row head says what
            names = names_column and not (k < len(by_row) and by_row[k])  # a period or a change
            names = names and header_name(head) not in rules.table_value_heads  # 绝对数: the row's
            names = names or place_measure(first, head, rules)  # 省份 | 受灾人口（万人）: a place's measure
            # 預算金額 | 新臺幣1,234萬元, 工期 | 180日曆天: a key and its value, the first row no header
            names = names and not (len(header) == 2 and names_measure(label, rules))
            a = cell_start + cell.index(stripped)
            # 月份 | 降水量（毫米） | 较常年同期（%）: in a row of a period, a change measures its column's
            row_label = measured[k] if period_row and k < len(measured) and measured[k] else label
            held = _CELL.fullmatch(stripped)
            bound = cell_bound(held, doc.rules) if held is not None else None
            if held is None or bound is None:
                term = _TERM_CELL.fullmatch(doc.norm, a, a + len(stripped))  # 三年 under 服务时间: a term
                cand = odd_cell(doc, term, (a, stripped), head, label, names, taken)  # or a range
                if cand is None and filled is not None:
                    filled[a + len(stripped)] = (a, head, row_label, names)
                found += [cand] if cand is not None else []
                continue
            lead = held.end("sign") if held.group("sign") else held.end("word") if held.group("word") else 0
            a, b = a + len(stripped) - len(stripped[lead:].lstrip()), a + len(stripped)
            owned = bool(held.group("pct")) or bound != "exact"  # 35.0%, ≤2.5: the cell's own figure
            if any(s < b and a < e and not (owned and cell_start <= s and e <= offset) for s, e in taken):
                continue
            implied = implied_unit(head, doc.rules)
            unit_text = "%" if held.group("pct") else (
                head_unit(head, doc.rules)
                or in_column
                or (units_row[k] if k < len(units_row) else None)
                or (implied if implied == "%" else None)  # a column of shares (占比) keeps its %
                or row_unit
                or caption_for(caption_unit, head, doc.rules, (k, header))
            )  # fmt: skip
            # 产品名称 | 单位 | 产量: a row's own unit (亿千瓦时) makes its head (发电量) what is measured
            names = names and not (things and in_column and unit_text == in_column)
            # 指數(110年=100), 價格指數, a row's （上年=100）: no unit, not 价格's 元
            index = index_row is not None or names_index(head, unit_text)
            # 消費者物價指數 | 105.2 under 本月: a row naming an index, its column no unit
            index = index or (unit_text is None and not names and names_index(label, None))
            unit_text = unit_text or (None if index else implied)
            if unit_text is None or index:
                cand = unitless(a, b, held, head, row_label, names, bound, index, doc, totalled)
            else:
                cand = cell_figure(doc, a, b, held, unit_text, head, row_label, names)
            if cand is not None:
                cand.qualifier = bound
                column = head_spans[k] if k < len(head_spans) else None
                cand.extra["period_at"] = dated or column  # the row's period, else the column's
                if not dated and k < len(parts) and parts[k]:
                    cand.extra["period_part"] = parts[k]
                found.append(cand)
    return found


def cell_subject(c: Candidate) -> str | None:
    """A cell's row label (unless the first column holds names or serial numbers), else its header."""
    label = str(c.extra.get("row_label") or "")
    if label and not BARE_NUMBER.fullmatch(label) and not c.extra.get("names_column"):
        return label
    return header_name(str(c.extra["table_head"])) or None
