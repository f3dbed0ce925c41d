"""The time a table's period row or column gives its cells.

A table whose rows are years (年份 | 案件數字（宗） with rows 2022, 2023, 2024) or whose columns are
periods (指标 | 2023年 | 2024年; 項目 | 112年 | 113年; 地区 | 1-6月 | 上年同期) dates each cell by its
row's or column's head: the cell's own line names no time, or names the row's only. :mod:`.tables`
keeps the span of that head on the cell (``period_at``); this module reads the time written there.

A time written in another cell of the row dates that cell's thing, not the row's figures, where
its column is the thing's schedule (线路 | 长度（公里） | 计划开通时间 with 3号线 | 18.4 | 2025年底;
项目 | 开工时间 | 计划竣工时间 | 总投资; 任务 | 目标值 | 完成时限; 工程 | 預定完工) or the time is still
to come: the figures take the table's time. The row's label (its first cell that names something:
2024年上半年 | 123), a column whose head names the data's own time (统计时间, 抽检时间, 資料時間) and
a column of the day an event of the row happened (举办时间, 签订日期, 決標日期) date the row as a
sentence's time would.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from ..rules.patterns import UnitEntry
from .candidate import Candidate
from .context import ArticleText
from .time_expressions import TimeExpr

#: a head that is a year written without 年 (2022, as a 年份 column writes it), perhaps with a note in
#: brackets (2024（预计）, 2023(r))
_BARE_YEAR = re.compile(r"\s*((?:19|20)[0-9]{2})\s*(?:[（(][^（）()0-9]{1,6}[）)]\s*)?")
#: a head that names its period from the report's (本月, 当月, 本年累计, 上年同期, 同期): the time reader
#: would resolve it from the publish day, so the report's own time is left to date the cell
_DEICTIC = re.compile(r"[本当當今上去同前](?:年|月|期|季度?)|同期")


#: a column head that names when the row's data stands (年份, 统计时间, 抽检时间, 统计截止日, 報告期):
#: its time dates the row's figures, unlike a column of the thing's own dates (开工时间, 计划开通时间,
#: 完成时限, 预计完工日期: the time of an event of what the row names)
_DATA_TIME_HEAD = re.compile(
    r"(?:(?:统计|統計|数据|數據|資料|资料|报告|報告|抽检|抽檢|抽查|检测|檢測|监测|監測|检查|檢查|调查|調查"
    r"|采样|採樣|观测|觀測|填报|填報)(?:截止|截至)?|截至|數據截至|数据截至)?"
    r"(?:时间|時間|日期|日|年份|年度|月份|时期|時期|期间|期間|季度|年月|年别|年別|期别|期別|期)"
    r"(?:[（(][^（）()]*[）)])?"
)


#: a column head that names the row's thing's schedule: a plan (计划开通时间, 预计完工日期, 預定完工),
#: a deadline (完成时限, 报名截止时间, 履约期限), a step of building (开工时间, 竣工日期, 投用时间,
#: 建设起止年限), or its progress told in words (进展情况: 2024年10月已竣工; 备注: 已于5月完工)
_SCHEDULE_HEAD = re.compile(
    r"计划|計劃|計畫|预计|預計|预定|預定|拟|擬|目标|目標|时限|時限|期限|截止|年限"
    r"|开工|開工|动工|動工|竣工|完工|开通|開通|通车|通車|投用|投产|投產|建成|落成|启用|啟用|交付|运营|營運"
    r"|备注|備註|说明|說明|进展|進展|进度|進度|状态|狀態|情况|情況"
)


def in_another_cell(doc: ArticleText, c: Candidate, t: TimeExpr) -> bool:
    """Whether ``t`` stands in a cell of ``c``'s table row other than ``c``'s own and its label's,
    under a head of the thing's schedule or ahead of the publish date, and no column's that names
    the data's time: a date of what the row names (its opening, its deadline), no time of the
    cell's figure."""
    norm = doc.norm
    a, b = (t.end, c.start) if t.end <= c.start else (c.end, t.start)
    if norm.find("\t", a, b) < 0:
        return False  # no cell between them (the cheap test: most figures stand in no table)
    ls = norm.rfind("\n", 0, c.start) + 1
    if t.start < ls or norm.find("\n", c.end, t.start) >= 0:
        return False  # not on the cell's row
    end = norm.find("\n", ls)
    cells = norm[ls : end if end >= 0 else len(norm)].split("\t")
    label = next((k for k, cell in enumerate(cells) if _NAMES.search(cell)), 0)
    cell_of_t = norm.count("\t", ls, t.start)
    if cell_of_t <= label:
        return False  # 2024年上半年 | 123: the row's label says when
    heads = doc.kept("table head row", ls, lambda: _head_row(norm, ls))
    head = heads[cell_of_t].strip() if cell_of_t < len(heads) else ""
    if _DATA_TIME_HEAD.fullmatch(head):
        return False  # 统计时间 | 2024年末: when the data stands
    if _SCHEDULE_HEAD.search(head):
        return True
    pub = doc.published  # 2026年 in a column of no such head: a date still to come is no figure's
    return pub is not None and t.last is not None and t.last > pub and (t.first is None or t.first > pub)


#: a cell that names something: a letter of any script (not a serial number)
_NAMES = re.compile(r"[^\W\d_]")


def _head_row(norm: str, ls: int) -> list[str]:
    """The cells of the first line of the run of tab-joined lines holding the line at ``ls``."""
    while ls > 0:
        prev = norm.rfind("\n", 0, ls - 1) + 1
        if "\t" not in norm[prev : ls - 1]:
            break
        ls = prev
    end = norm.find("\n", ls)
    return norm[ls : end if end >= 0 else len(norm)].split("\t")


#: a head or a row label of two years written with the second's last two digits (2024-25, 2023/24) or
#: of a month (2024-09); a pair with 年度 after it (2022-23年度) is :mod:`.fiscal_years`' to read
_PAIR = re.compile(r"\s*((?:19|20)[0-9]{2})\s*[/／\-－–—]\s*([0-9]{2})\s*")


#: a table head cell of years of account (年度 | 开支, a column of 2023-24, 2024-25)
_ACCOUNTS_HEAD = re.compile(r"(?:^|\t)[ \u3000]*年度[ \u3000]*(?:\t|$)", re.M)


def _years_from_april(doc: ArticleText) -> bool:
    """Whether the page counts its years from April: a Hong Kong page (its place's, or one whose
    amounts are in Hong Kong dollars by name: 百萬港元), or a text that names its years of account
    (财政年度, 财年, a head cell 年度, or a financial year :mod:`.fiscal_years` read: 2023-24年度,
    二○二四／二五年度); not a mainland 2024年度, a calendar year's."""
    norm = doc.norm
    if (
        doc.hong_kong
        or "财政年度" in norm
        or "财年" in norm
        or ("港" in norm and _names_hong_kong_dollars(doc))
    ):
        return True
    return "年度" in norm and (
        _ACCOUNTS_HEAD.search(norm) is not None
        or any(t.text.endswith("年度") and t.first is not None and t.first.month == 4 for t in doc.times)
    )


def _names_hong_kong_dollars(doc: ArticleText) -> bool:
    """Whether the text names Hong Kong's dollar in words (港元, 港币: money.toml's units)."""
    return any(
        isinstance(e, UnitEntry) and e.currency == "HKD" and not u.isascii() and u in doc.norm
        for u, e in doc.rules.units.items()
    )


def cell_time(doc: ArticleText, c: Candidate) -> TimeExpr | None:
    """The time the period head of a cell's row (else of its column) names, or None: a head of
    no time the reader knows (累计), or a cell of no period row or column. A bare 2024-25 is a
    financial year (April to March) on a page that counts its years so, else the two years."""
    span = c.extra.get("period_at")
    if not isinstance(span, tuple):
        return None
    a, b = span
    pair = _PAIR.fullmatch(doc.norm, a, b)
    if pair is not None:
        y, n = int(pair.group(1)), int(pair.group(2))
        if (y + 1) % 100 == n:  # 2024-25, 2023/24
            april = doc.kept("years from april", None, lambda: _years_from_april(doc))  # once a page
            first = date(y, 4, 1) if april else date(y, 1, 1)
            last = date(y + 1, 3, 31) if first.month == 4 else date(y + 1, 12, 31)
            return TimeExpr(a, b, doc.norm[a:b], "period", first, last, "year")
        if 1 <= n <= 12:  # 2024-09: a month
            last = date(y, n, monthrange(y, n)[1])
            return TimeExpr(a, b, doc.norm[a:b], "period", date(y, n, 1), last, "month")
    inside = [t for t in doc.times_between(a, b) if a <= t.start and t.end <= b]
    if inside:
        whole = None if _DEICTIC.match(inside[-1].text) else inside[-1]
        return _part_of(doc, whole, c.extra.get("period_part")) if whole is not None else None
    m = _BARE_YEAR.fullmatch(doc.norm, a, b)
    if m is None:
        return None
    year = int(m.group(1))
    return TimeExpr(m.start(1), m.end(1), m.group(1), "period", date(year, 1, 1), date(year, 12, 31), "year")


def _part_of(doc: ArticleText, year: TimeExpr, part: object) -> TimeExpr:
    """A year head's column narrowed by the head under it (2024年 over 第二季, 9月, 上半年): the part
    read in that year, not in the publish day's; the year alone when the part names no month,
    quarter or half of one year."""
    if not isinstance(part, tuple) or year.grain != "year" or year.first is None:
        return year
    a, b = part
    inside = [t for t in doc.times_between(a, b) if a <= t.start and t.end <= b]
    t = inside[-1] if inside else None
    if t is None or t.grain not in ("month", "quarter") or t.first is None or t.last is None:
        return year
    if t.first.year != t.last.year or _DEICTIC.match(t.text):
        return year
    y = year.first.year
    return TimeExpr(t.start, t.end, t.text, t.type, t.first.replace(year=y), t.last.replace(year=y), t.grain)
