"""A span of whole years written as two years (2022年至2024年, 2022—2024年, 二〇二二年到二〇二四年):
one period from the first year's start to the second's end, not the second year alone, and not a
deadline when it began before the publish year (2022年至2024年，全市投入资金35亿元 reports)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .text import SPAN_JOINS

if TYPE_CHECKING:
    from .time_expressions import TimeExpr
    from .word_lookups import WordLookups

#: a year and a joining mark right before the second year of a span (2022年至, 2022-, 2022年—)
_FIRST_YEAR = re.compile(r"((?:19|20)[0-9]{2})年?\s*[-－—~～至到]\s*$")
#: the joining marks between two year expressions (none: 至 and 到 may open the second one)
_JOIN = SPAN_JOINS | {""}
#: the most years a span runs over (a wider gap is two unrelated years)
_LONGEST = 30


def join_year_spans(text: str, times: list[TimeExpr], published: date | None) -> list[TimeExpr]:
    """The times of ``text`` with each span of whole years read as one period (see the module)."""
    out: list[TimeExpr] = []
    for t in times:
        span = _span_start(text, t, out[-1] if out else None)
        if span is None or t.last is None:
            out.append(t)
            continue
        first_year, start = span
        if out and out[-1].start == start:
            out.pop()  # 2022年 and 至2024年 were read as two times
        ahead = published is not None and t.last.year > published.year
        out.append(
            replace(
                t,
                start=start,
                text=text[start : t.end],
                type="deadline" if ahead else "period",
                first=date(first_year, 1, 1),
                grain="year",
            )
        )
    return out


def _span_start(text: str, t: TimeExpr, before: TimeExpr | None) -> tuple[int, int] | None:
    """The first year of a span that ``t`` (a whole year) ends and where the span starts, or None."""
    if t.grain != "year" or t.first is None or t.last is None:
        return None
    if (t.first.month, t.first.day, t.last.month, t.last.day) != (
        1,
        1,
        12,
        31,
    ) or t.first.year != t.last.year:
        return None
    year = t.last.year
    if before is not None and before.first is not None and before.grain == "year" and before.end <= t.start:
        joint = text[before.end : t.start].strip()
        whole = before.last is not None and (before.first.month, before.first.day) == (1, 1)
        joined = bool(joint) or t.text.startswith(("至", "到"))  # 2022年至2024年: 至 opens the second
        if whole and joined and joint in _JOIN and 0 < year - before.first.year <= _LONGEST:
            return before.first.year, before.start
    m = _FIRST_YEAR.search(text, max(0, t.start - 8), t.start)
    if m is not None and 0 < year - int(m.group(1)) <= _LONGEST:
        return int(m.group(1)), m.start()
    return None


#: the prices of a year a volume is valued at (上年不变价, 2020年可比价格): a base, no time of the figure
#: (2015年價格 alone is not read: too loose)
PRICE_BASES = ("不变价", "可比价", "的不变价", "的可比价")


def anchors_no_year(text: str, start: int, end: int, words: WordLookups) -> bool:
    """與二○二四年比較，…的全年平均濃度按年下降4%: a year a figure is compared with (较2019年, 与2023年
    相比: words.toml base_leads…) does not anchor the bare parts of a year after it in the sentence
    (全年 is the figure's year, not the base's); nor does a year up to now (为2021年以来最高；2月…) or
    the year of the prices a volume is valued at (按2020年不變價計算，本澳第二季…)."""
    return (
        text.endswith(("以来", "来"), start, end)
        or text.startswith(PRICE_BASES, end)
        or text.endswith(words.base_leads, 0, start)
        or (text.endswith(words.base_join_leads, 0, start) and text.startswith(words.base_join_ends, end))
    )


#: the marks that end a clause a year may govern (a semicolon too: see year_reaches_past_semicolon)
_CLAUSE_ENDS = "。！？；;\n"
#: what may stand before a year that heads its sentence, after the last comma (在2024年, 截至2024年底)
_HEAD_COVERBS = frozenset({"", "在", "于", "到", "至", "截至", "截止", "从", "自", "由", "今年", "全年"})


def year_reaches_past_semicolon(text: str, start: int, end: int) -> bool:
    """2024年，全市…；全年…: a year heading its sentence (past a lead clause and a coverb) or followed
    by a comma governs the bare parts of a year in the whole sentence; one after a verb (力争2026年汛期前
    完工；同时…年底前将…, 預計於2027年第一季完成；) is that clause's deadline and ends at its semicolon,
    so 年底前 after it is the publish year's."""
    if text.startswith(("，", ","), end):
        return True
    w0 = max(0, start - 40)  # (a lead any longer holds no short coverb after its last comma)
    lead = text[max(w0 - 1, *(text.rfind(c, w0, start) for c in _CLAUSE_ENDS)) + 1 : start]
    return lead[max(lead.rfind("，"), lead.rfind(",")) + 1 :].strip() in _HEAD_COVERBS
