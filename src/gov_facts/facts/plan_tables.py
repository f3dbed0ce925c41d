"""A table of a plan: its cells are planned (part of the status decision, :mod:`.status`).

A table whose caption names a plan or tasks ahead (禾丰县2025年度高标准农田建设任务分片区安排表,
2025年重点项目投资计划表) plans every cell; a column whose head names a plan (计划投资（万元）,
招生计划（名）, 目标值) plans its cells. A caption or head that says what was done (完成情况, 实际
完成, 执行进度) plans nothing. Tables reach the text as lines of tab-joined cells (:mod:`.tables`).
Under a plan's caption, a column headed by a period over by the publish date (“十四五”规划主要指标 |
2020年 | 2025年目标) is the level the plan starts from: reported.
"""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .table_times import cell_time

#: a caption that names a plan, tasks or a forecast (…任务分片区安排表, …投资计划表, 目标任务分解表,
#: 公營房屋建屋量預測)
_PLAN_CAPTION = re.compile(r"计划|任务|目标|规划|安排表|预算表|预测|預測|計劃|計畫|規劃|目標")
#: a column head that names a plan (计划投资, 招生计划, 目标值, 预计完成, 拟招聘人数)
_PLAN_HEAD = re.compile(r"计划|目标|规划|预计|预期|拟")
#: what says the table or column tells what was done
_DONE = re.compile(r"完成|实际|执行|已|累计|情况|进度|成效|结果|实绩")
#: a line between a caption and its table that names the unit (单位：万元, （单位：亩）)
_UNIT_LINE = re.compile(r"\s*[（(]?\s*(?:单位|计量单位)[:：][^\t]*")


def planned_cell(doc: ArticleText, c: Candidate) -> bool:
    """Whether ``c`` is a table cell (:mod:`.tables` read it) in a plan's table or column."""
    if "period_at" not in c.extra and "table_head" not in c.extra:
        return False  # not a table cell (the cheap cue; 1个工作日, read whole, is a cell named so)
    norm = doc.norm
    ls = norm.rfind("\n", 0, c.start) + 1
    header_at = doc.kept("table header", ls, lambda: _header_line(norm, ls))
    if header_at is None:
        return False
    caption_plans, heads = doc.kept("plan table", header_at, lambda: _plan_columns(norm, header_at))
    column = norm.count("\t", ls, c.start)
    head = heads[column] if column < len(heads) else None
    if caption_plans:  # 2024年完成投资 in a 投资计划表: what was done
        return head is not False and not _base_column(doc, c, header_at)
    return head is True


def _base_column(doc: ArticleText, c: Candidate, header_at: int) -> bool:
    """Whether the cell stands under a header period over by the publish date, the head naming no
    plan (2020年 beside 2025年目标: the base year's level)."""
    span = c.extra.get("period_at")
    if not isinstance(span, tuple) or doc.published is None:
        return False
    norm = doc.norm
    end = norm.find("\n", header_at)
    if span[0] < header_at or (end >= 0 and span[1] > end):
        return False  # a row's period (2023年 | 5000 in a task table): a target of that year
    tab = norm.find("\t", span[0], end if end >= 0 else len(norm))
    head = norm[span[0] : tab if tab >= 0 else (end if end >= 0 else len(norm))]
    t = cell_time(doc, c)
    return t is not None and t.last is not None and t.last < doc.published and not _PLAN_HEAD.search(head)


def _header_line(norm: str, ls: int) -> int | None:
    """The start of the first line of the run of tab-joined lines holding the line at ``ls``."""
    if "\t" not in norm[ls : norm.find("\n", ls) if norm.find("\n", ls) >= 0 else len(norm)]:
        return None
    while ls > 0:
        prev = norm.rfind("\n", 0, ls - 1) + 1
        if "\t" not in norm[prev : ls - 1]:
            break
        ls = prev
    return ls


def _plan_columns(norm: str, header_at: int) -> tuple[bool, list[bool | None]]:
    """Whether the table's caption plans it, and which of its columns plan their cells (True), say
    what was done (False: 完成投资, 实际完成) or neither or both (None: 计划完成投资, as the caption
    says)."""
    end = norm.find("\n", header_at)
    header = norm[header_at : end if end >= 0 else len(norm)].split("\t")
    heads: list[bool | None] = []
    for h in header:
        plans, done = _PLAN_HEAD.search(h) is not None, _DONE.search(h) is not None
        heads.append(None if plans == done else plans)
    return _caption_plans(norm, header_at), heads


def _caption_plans(norm: str, header_at: int) -> bool:
    """The line above the table (past a unit line) names a plan and nothing done."""
    k = header_at - 1
    for _ in range(2):
        if k <= 0:
            return False
        prev = norm.rfind("\n", 0, k) + 1
        line = norm[prev:k].strip()
        if line and not _UNIT_LINE.fullmatch(line):
            return len(line) <= 60 and _PLAN_CAPTION.search(line) is not None and _DONE.search(line) is None
        k = prev - 1
    return False


def row_cells(norm: str, cs: int, c: Candidate) -> tuple[int, int, int] | None:
    """For a figure in a table cell after the first cell of its clause: where the row's label cell
    ends, and where the figure's own cell starts and ends; None for a figure in running text."""
    start = norm.rfind("\t", cs, c.start) + 1
    if start == 0:
        return None  # no cell before the figure's in its clause (the cheap test: running text)
    label_end = norm.find("\t", cs, start)
    end = norm.find("\t", c.end)
    line_end = norm.find("\n", c.end)
    if end < 0 or (0 <= line_end < end):
        end = line_end if line_end >= 0 else len(norm)
    return label_end, start, end
