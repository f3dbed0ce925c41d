"""Times a figure takes from another part of its sentence (part of :mod:`.timing`).

A part after ； with no time of its own keeps an as-of time or a period opening a clause of an
earlier part (截至114年10月底，…；其中…); a sentence broken over lines with no punctuation keeps the
time of its earlier lines. A part after ； that goes on with a breakdown 其中 opens after a time
keeps that time, whatever its grain (a day: 於2月20日及21日，其中…；…). An extreme takes the time the
clause after it says it occurred at (最大小时雨强98.3毫米，出现在20日02时).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .candidate import Candidate
from .context import ArticleText
from .time_baselines import is_baseline
from .time_expressions import TimeExpr

#: what ends a sentence (a part ends at ；too: :data:`.text.TIME_SCOPE_BREAK`)
_SENTENCE_END = "。！？!?\n"
#: the grains a period opening an earlier part may carry over ； (a month, a quarter; a year opens
#: news as often as it dates a part, and a day is an event's)
_CARRIED_GRAINS = ("month", "quarter")


def opener_before_semicolon(doc: ArticleText, c: Candidate, ss: int) -> TimeExpr | None:
    """截至114年10月底，…；其中65歲以上長者接種2萬1,305人次, 按博彩項目分析，第二季度…；貴賓百家樂收入
    為98.3億澳門元: a part after ； (starting at ``ss``) with no time of its own keeps the latest
    as-of time, or period opening a clause, of an earlier part of its sentence; None when the part
    does not follow a ；."""
    if ss == 0 or doc.norm[ss - 1] not in "；;":
        return None
    s0 = doc.clause(c.start, _SENTENCE_END)[0]
    lo, hi = bisect_left(doc.time_starts, s0), bisect_left(doc.time_starts, ss)
    for t in reversed(doc.times[lo:hi]):
        listed = t.grain not in ("year", "window") and doc.norm.find("其中", t.end, ss) >= 0
        if listed and not is_baseline(doc, t):
            # 北返車潮集中於2月20日及21日，其中國1…約75分鐘；國5…每小時45公里以上: the parts after
            # ； go on with the breakdown 其中 opens, of the time the part before it names (not a year:
            # 获得2021年度省级科技奖励10项，其中…；认定…210家: the year names the awards)
            return t
        opens = t.start == s0 or doc.norm[t.start - 1 : t.start] in ("，", ",")
        # a year carries only when it opens a later clause (会议通报，2024年…；), not the sentence
        later_year = t.grain == "year" and t.start > s0 and t.type != "window"
        if (t.type == "as_of" or (opens and (t.grain in _CARRIED_GRAINS or later_year))) and not is_baseline(
            doc, t
        ):
            return t
    return None


_NOT_A_FRAGMENT = re.compile(r"[。！？!?；;：:\t]")
#: the sentence ends among those marks (a sentence never runs past its line's \n)
_FRAGMENT_ENDS = frozenset("。！？!?")


def time_over_broken_lines(doc: ArticleText, c: Candidate) -> TimeExpr | None:
    """A sentence broken over lines with no punctuation (目前南沙邮轮母港开通了 / 前往…航线9条 /
    邮轮目的地12个, as pages set them with <br>) keeps the time stated on its earlier lines.
    Only fragments qualify: the fact's line and each line passed over hold no sentence end and
    are neither table rows nor ``label：value`` lines (成交日期：… is not the time of 成交金额)."""
    text = doc.text
    _, se = doc.sentence(c.start)
    if se > 0 and text[se - 1] in _FRAGMENT_ENDS:
        return None  # the cheapest test first: the figure's sentence, on its line, ends with 。！？
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.start)
    line = text[ls : le if le >= 0 else len(text)]
    if ls == 0 or _NOT_A_FRAGMENT.search(line):
        return None
    k = ls - 1  # the newline that ends the previous line
    while k > 0:
        ps = text.rfind("\n", 0, k) + 1
        prev = text[ps:k]
        if not prev.strip() or _NOT_A_FRAGMENT.search(prev):
            return None
        lo, hi = bisect_left(doc.time_starts, ps), bisect_left(doc.time_starts, k)
        found = [t for t in doc.times[lo:hi] if t.end <= k and not is_baseline(doc, t)]
        if found:
            return found[-1]
        k = ps - 1
    return None


#: a line that opens as a note (（注：…, 注1：, 说明：, 備註：): it defines the report's terms, its
#: norms and methods (正常波动范围为正常保有量的92%—105%), not the period's results
_NOTE_LINE = re.compile(r"\s*[（(]?(?:附注|备注|說明|说明|備註|注|註)[0-9一二三四五六七八九十]?[：:]")


def on_a_note_line(doc: ArticleText, pos: int) -> bool:
    """Whether ``pos`` is on a line that opens as a note (（注：正常保有量为…目标，正常波动范围为…的
    92%—105%。): a figure there with no time of its own takes none of the report's or the
    paragraph's; a time in the note's sentence still dates it (注：2024年数据为初步核实数)."""
    line = doc.norm.rfind("\n", 0, pos) + 1
    return _NOTE_LINE.match(doc.norm, line, min(pos, line + 8)) is not None


_DIGIT = re.compile("[0-9]")


def occurred_at(doc: ArticleText, c: Candidate, ce: int) -> TimeExpr | None:
    """最大小时雨强98.3毫米，出现在20日02时的清溪镇站: the clause right after the figure's says when the
    extreme occurred, the figure last in its clause; that time is its own."""
    if doc.norm.find("出", ce, ce + 3) < 0 and doc.norm.find("发", ce, ce + 3) < 0:
        return None  # the cheap test first: no 出现/发生 opens the next clause
    m = doc.rules.words.occurred_at.match(doc.norm, ce)
    if m is None or _DIGIT.search(doc.norm, c.end, ce) is not None:
        return None  # (another figure after this one in its clause: the extreme is that one)
    then = doc.times_between(m.end(), m.end() + 1)
    return then[0] if then and then[0].start == m.end() else None
