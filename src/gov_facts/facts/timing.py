"""Which time governs a figure: the time expression in its clause, sentence or broken line.

The expressions themselves are found by :mod:`.time_expressions`; this module
decides which one a figure refers to (and which are only baselines of a
comparison), and the year a report is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date

from ..core.models import TimeRef
from .calendar_spans import shift_year
from .candidate import Candidate
from .context import ArticleText
from .qualifier import sets_new_level
from .status import plan_governs
from .text import TIME_SCOPE_BREAK
from .time_expressions import TimeExpr, find_times


def _is_baseline(doc: ArticleText, t: TimeExpr) -> bool:
    """A time a figure is compared against, not the time it refers to: 较目前, 比上年, and
    与上年 / 同去年 when a comparison or a change follows (与上年相比, 与上年增长10.3%)."""
    lead = doc.norm[max(0, t.start - 1) : t.start]
    if lead in ("较", "比") or (lead == "为" and doc.norm.startswith("的", t.end)):
        return True  # 较目前, 比上年; 为上年的98.5%: the level it is a share of
    if lead not in ("与", "同"):
        return False
    tail = doc.norm[t.end : t.end + 6]
    return tail.startswith(("相比", "比较", "同期")) or any(tail.startswith(w) for w, _ in doc.rules.changes)


#: 完成全年目标任务的84%: the time names the plan the share is a share of, not the figure's time
_PLAN_OF_A_SHARE = re.compile(r"(?:目标|任务|计划)[^，。；;]{0,4}的")


#: what ends a news dateline after its date (中新网5月20日电, 本报北京5月20日讯)
_DATELINE_END = ("电", "讯", "消息")


def _is_dateline(doc: ArticleText, t: TimeExpr) -> bool:
    """中新网5月20日电 据…: the day a report was filed, not the time of its figures."""
    return doc.norm.startswith(_DATELINE_END, t.end) and t.grain == "day"


def _is_from_time(doc: ArticleText, t: TimeExpr, c: Candidate) -> bool:
    """由去年同期的1.1:50.3:48.6调整为0.7:50.7:48.6, 从2012年的4.9万家增加至40万家: the time
    after 由/从 dates the old level, not the new one that follows a change word."""
    if t.end > c.start or doc.norm[max(0, t.start - 1) : t.start] not in ("由", "从"):
        return False
    return doc.rules.change_to.search(doc.norm, t.end, c.start) is not None


def times_for(
    doc: ArticleText, c: Candidate, scopes: TimeScopes | None = None
) -> tuple[TimeExpr | None, TimeExpr | None]:
    """The time that governs a figure and, for a figure whose own sentence states none, the wider
    reading (``scope_time``).

    The first is dated as GUIDE.md dates a figure: a time in its own sentence (its clause first,
    then its part between ； and the time that opens the sentence), else one on the earlier lines
    of a sentence broken over lines, else the period of the report the title names
    (``scopes.document``). The second is the time that opens the figure's
    paragraph (今年以来，…; 截至9月底，…) or the release's lead (前三季度，…): GUIDE.md leaves such
    figures undated, so that reading is a field of its own.
    """
    own = _own_time(doc, c)
    if own is None and scopes is not None and not _in_the_present(doc, c):
        own = scopes.opening(c.start)
    if own is not None and _is_old_level(doc, c):
        start = _start_of_span(doc, own)
        if start is own and own.end <= doc.clause(c.start)[0]:
            # 鄉公所今天表示，…面積由42公頃增加到目前的97公頃: the day of the telling is not the
            # old level's; with no span to start from, the old level is undated
            return None, None
        own = start
    if own is not None or scopes is None:
        return _year_just_ended(doc, c, own), None
    wider = None if _in_the_present(doc, c) else _year_just_ended(doc, c, scopes.at(c.start))
    day = scopes.event_day(c.start)
    if day is not None:
        # 3月29日，…活动在高新区举行。活动现场共签约项目46个: figures of a paragraph about one day's
        # event are that day's, not the period of the title (一季度…)
        return None, wider or day
    return _year_just_ended(doc, c, scopes.document), wider


#: 从11.4%提升到, 由不足35岁增长到, 从文盲率高达80%到: a figure stated as the old level of a change
_OLD_LEVEL = re.compile(r"(?:从|由)[^，。；;0-9从由]{0,6}$")


def _new_level_between(doc: ArticleText, a: int, t: TimeExpr) -> bool:
    """Whether a change word that sets a new level (提高到, 增至, 到) stands between ``a`` and the
    time ``t`` (its 到 may open the time: 提高到目前的)."""
    return sets_new_level(doc.norm[a : t.start + (1 if t.text.startswith(("到", "至")) else 0)], doc.rules)


def _is_old_level(doc: ArticleText, c: Candidate) -> bool:
    """Whether the figure is the level a change starts from (从A提升到B), a new level following in
    its clause."""
    cs, ce = doc.clause(c.start)
    return _OLD_LEVEL.search(doc.norm, cs, c.start) is not None and sets_new_level(
        doc.norm[c.end : ce], doc.rules
    )


def _start_of_span(doc: ArticleText, t: TimeExpr) -> TimeExpr:
    """2012年至2021年, 1949年以来: the old level of a change over a span of years is the first
    year's (its end); a time within one year that ends a written span (至2021年) gives way to
    the span's first time."""
    if t.text.endswith(_SINCE) and t.first is not None and t.last is not None and t.first.year != t.last.year:
        return replace(t, last=date(t.first.year, 12, 31))
    i = bisect_left(doc.time_starts, t.start) - 1
    if i >= 0 and doc.norm[doc.times[i].end : t.start] in ("至", "到", "-", "—", "－", "~", "～"):
        return doc.times[i]
    return t


#: the months in which last year's results are published (statistical communiqués, work reports,
#: year reviews): a bare 全年 or 年末 reported then is the year just ended's
_REVIEW_MONTHS = 4


def _year_just_ended(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> TimeExpr | None:
    """全年粮食产量…, 年末常住人口… in a page of January to April that names no year for them: a
    figure reported (no plan word governs it) for a part of the year that has not ended yet is the
    year just ended's; planned, it is this year's (全年目标, 力争年末)."""
    pub = doc.published
    if t is None or not t.year_assumed or pub is None or pub.month > _REVIEW_MONTHS:
        return t
    if t.type == "deadline" or t.last is None or t.last <= pub or (t.last.month, t.last.day) != (12, 31):
        return t  # only a part that runs to the year's end and has not ended (not 年初, 年初以来)
    if plan_governs(doc, c):
        return t
    first = shift_year(t.first, -1) if t.first is not None else None
    return replace(t, first=first, last=shift_year(t.last, -1))


def _own_time(doc: ArticleText, c: Candidate) -> TimeExpr | None:
    ss, se = doc.clause(c.start, TIME_SCOPE_BREAK)
    cs, ce = doc.clause(c.start)
    lo, hi = bisect_left(doc.time_starts, ss), bisect_left(doc.time_starts, se)
    in_sentence = [
        t
        for t in doc.times[lo:hi]
        if ss <= t.start < se
        and t.grain != "window"
        and not (t.start < c.end and c.start < t.end)
        and not _is_baseline(doc, t)
        and not _is_dateline(doc, t)
        and not _is_from_time(doc, t, c)
        and not _PLAN_OF_A_SHARE.fullmatch(doc.norm, t.end, c.start)
        and not _names_a_list(doc, t)
    ]
    in_clause = [t for t in in_sentence if cs <= t.start < ce]
    before = [t for t in in_clause if t.end <= c.start]
    if before:
        return before[-1]
    # 从改革开放之初的800元提高到目前的5000元: a time after the new level's change word is its own
    after = [t for t in in_clause if t.start >= c.end and not _new_level_between(doc, c.end, t)]
    if after:
        return after[0]
    if _in_the_present(doc, c):
        return None  # 该厂2019年投产，现有员工1200人: a clause about now takes no earlier time
    earlier = [t for t in in_sentence if t.end <= c.start]
    if earlier:
        return earlier[-1]
    return _time_over_broken_lines(doc, c)


#: a list a thing is entered in, named with its year (纳入2022年省重点建设项目计划的项目)
_ENTERED_IN = re.compile(r"(?:纳入|列入|入选|入围|进入)$")
_LIST_END = re.compile(r"[^，,。；;]{0,20}?的")


def _names_a_list(doc: ArticleText, t: TimeExpr) -> bool:
    """纳入2022年…计划的项目共386个: a year inside the name of a list that what is counted was
    entered in is no time of the figure (a 截至 before it is)."""
    return (
        _ENTERED_IN.search(doc.norm, max(0, t.start - 2), t.start) is not None
        and _LIST_END.match(doc.norm, t.end) is not None
    )


#: what joins the two times of a span (2019年起至2024年4月底, 1-9月)
_SPAN_JOINS = frozenset({"至", "到", "-", "—", "－", "~", "～"})

#: a word that sets a clause in the present (现有员工1200人), against a time of an earlier clause
_NOW_MARK = re.compile(r"现有|现已|如今|现在")


def _in_the_present(doc: ArticleText, c: Candidate) -> bool:
    """Whether the figure's clause says it is of now (现有, 如今) before the figure."""
    cs, _ = doc.clause(c.start)
    return _NOW_MARK.search(doc.norm, cs, c.start) is not None


_NOT_A_FRAGMENT = re.compile(r"[。！？!?；;：:\t]")


def _time_over_broken_lines(doc: ArticleText, c: Candidate) -> TimeExpr | None:
    """A sentence broken over lines with no punctuation (目前南沙邮轮母港开通了 / 前往…航线9条 /
    邮轮目的地12个, as pages set them with <br>) keeps the time stated on its earlier lines.
    Only fragments qualify: the fact's line and each line passed over hold no sentence end and
    are neither table rows nor ``label：value`` lines (成交日期：… is not the time of 成交金额)."""
    text = doc.text
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
        found = [t for t in doc.times[lo:hi] if t.end <= k and not _is_baseline(doc, t)]
        if found:
            return found[-1]
        k = ps - 1
    return None


_REPORT_YEAR = re.compile(r"((?:19|20)[0-9]{2})年.{0,20}(?:公报|报告|总结|统计|年报|决算|预算)")
#: what a document is about when its title names a year: a report, not an event
_REPORT_WORDS = re.compile(r"公报|报告|总结|统计|年报|决算|预算|年鉴|运行情况|经济运行|发展情况|数据")
#: a sentence that opens with a time has a clause break or a sentence end after it; a heading has neither
_HEADING_END = re.compile(r"[，,；;。！？!?]")
#: a clause that says who reports what follows (据海关统计，记者从省发改委获悉，数据显示：)
_ATTRIBUTION = re.compile(
    r"[^，,。；;\n]{0,24}?(?:统计|获悉|了解到|了解|显示|介绍|表示|指出|测算|核算|测定|公布|发布|称)[，,：:]"
)
#: a time opening a sentence, with at most a short lead-in before it (在, 今年 before 1-9月)
_OPENER_LEAD = 3
#: what an opener may name to govern later sentences: not an event's day or a point of a year,
#: nor a window counted back from now (近三年, 3年来: gold dates no figure by one)
_SCOPE_GRAINS = frozenset({"month", "quarter", "year", "plan", "now"})
#: a period running up to now (今年以来): it governs its paragraph, never a whole document
_SINCE = ("以来", "来")
#: what a report's title may name to govern the whole document
_DOCUMENT_GRAINS = frozenset({"month", "quarter", "year", "plan"})
#: what the lead may name to govern the whole document: a reporting period (前三季度，…; 1-9月，…),
#: not a bare year (2023年，全市… opens news as often as releases: it governs its paragraph only)
_LEAD_GRAINS = frozenset({"month", "quarter"})


class TimeScopes:
    """Times that govern beyond their sentence. The period of the report a title names (2022年…
    统计公报, 1-10月…) dates every figure with no time of its own (``document``). The wider scopes
    of issue 15 ("a time stated once governs what follows in its scope") are read for
    ``scope_time`` only, since GUIDE.md dates a figure by its own sentence: a sentence opening with
    a time (前三季度，…; 截至9月底，…; 今年以来，…) governs the rest of its paragraph until another
    sentence opens with its own time, and a period opening the lead the whole release
    (``at``). An event's day (10月18日，…) and vague windows govern only their own sentence."""

    def __init__(self, doc: ArticleText, title: str | None) -> None:
        self.doc = doc
        self.openers: list[tuple[int, int, TimeExpr]] = []  # (scope start, scope end, time)
        self._sentence_ends: list[int] = []  # where each opener's own sentence ends
        text = doc.text
        for i, s in enumerate(doc.sent_starts):
            opener = self._opener(s)
            if opener is None:
                continue
            end = doc.sent_starts[i + 1] if i + 1 < len(doc.sent_starts) else len(text)
            if not _HEADING_END.search(text, opener.end, end):
                continue  # a heading (2021年工作回顾) names a section, it does not open a sentence
            para_end = text.find("\n", opener.start)
            self.openers.append((opener.end, len(text) if para_end < 0 else para_end, opener))
            self._sentence_ends.append(end)
        self._starts = [o[0] for o in self.openers]
        self.document = self._from_title(title)
        self.lead = self._from_lead()

    def _opener(self, sentence_start: int) -> TimeExpr | None:
        """The time a sentence opens with, if it may govern what follows."""
        doc = self.doc
        lo = bisect_left(doc.time_starts, sentence_start)
        if lo >= len(doc.times):
            return None
        t = doc.times[lo]
        # 自108年起至113年4月底，…: a span opening the sentence is dated by its second time
        if lo + 1 < len(doc.times) and doc.norm[t.end : doc.times[lo + 1].start] in _SPAN_JOINS:
            t = doc.times[lo + 1]
        lead = doc.text[sentence_start : doc.times[lo].start]
        said = _ATTRIBUTION.match(lead)  # 据海关统计，今年前10个月，…: who says it comes first
        if said:
            lead = lead[said.end() :]
        if len(lead.strip()) > _OPENER_LEAD or any(ch in lead for ch in "，,；;。\n"):
            return None
        if t.grain not in _SCOPE_GRAINS and t.type not in ("as_of", "deadline"):
            return None
        if (t.grain == "day" and t.type != "as_of") or _is_baseline(doc, t) or _is_dateline(doc, t):
            return None
        return t

    def _from_title(self, title: str | None) -> TimeExpr | None:
        if not title or _DELIVERED.search(title):
            return None
        for t in find_times(title, self.doc.published, report_year_of(title)):
            if t.last is None or t.grain not in _DOCUMENT_GRAINS:
                continue
            if t.grain == "year" and not _REPORT_WORDS.search(title):
                continue  # 2023年中国国际智能产业博览会开幕: an event's year, not a report's period
            return t
        return None

    def _from_lead(self) -> TimeExpr | None:
        first = self.openers[0] if self.openers else None
        if first is None or first[2].grain not in _LEAD_GRAINS or first[2].text.endswith(_SINCE):
            return None
        if self.doc.text.rfind("\n", 0, first[2].start) >= 0:
            return None  # not in the first paragraph
        return first[2]

    def event_day(self, pos: int) -> TimeExpr | None:
        """The day a paragraph opens with (3月29日，…举行。), when the document has a period of its
        own (a title's) that the paragraph's undated figures would otherwise take."""
        if self.document is None:
            return None
        doc = self.doc
        ps = doc.text.rfind("\n", 0, pos) + 1
        lo = bisect_left(doc.time_starts, ps)
        if lo >= len(doc.times):
            return None
        t = doc.times[lo]
        if t.grain != "day" or t.type == "as_of" or t.start - ps > _OPENER_LEAD or t.start >= pos:
            return None
        if _is_dateline(doc, t) or not doc.text.startswith(("，", ","), t.end):
            return None
        return t

    def opening(self, pos: int) -> TimeExpr | None:
        """The time that opens the sentence at ``pos``: it dates the sentence's every part, also
        those after ； (今年以来，…2.1万人；城镇登记失业率为3.5%)."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._sentence_ends[i]:
            return self.openers[i][2]
        return None

    def at(self, pos: int) -> TimeExpr | None:
        """The scope's time at ``pos``: the latest opener of its paragraph, else the lead's period
        (not the title's, which dates such a figure's ``time`` already)."""
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            start, end, t = self.openers[i]
            if start <= pos < end:
                return t
            if end <= pos:
                break
            i -= 1
        return self.lead


def report_year_of(title: str | None) -> int | None:
    """The year a report is about when its title names one (2022年…统计公报), else None; a work
    report's year is the year it is delivered in (2024年政府工作报告 reviews 2023), no period."""
    if not title or _DELIVERED.search(title):
        return None
    m = _REPORT_YEAR.search(title)
    return int(m.group(1)) if m else None


#: a report titled by the year it is delivered in: its figures review the year before and plan
#: the year named
_DELIVERED = re.compile(r"工作报告")


def time_ref(t: TimeExpr | None) -> TimeRef | None:
    if t is None:
        return None
    return TimeRef(
        text=t.text,
        type=t.type,  # type: ignore[arg-type]
        start=t.first.isoformat() if t.first else None,
        end=t.last.isoformat() if t.last else None,
    )
