"""Which times govern beyond their sentence: a report title's period, a paragraph's or a lead's
opening time (:class:`TimeScopes`); which times are no time of a figure at all is
:mod:`.time_baselines`'. Part of the time decision (:mod:`.timing`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .context import ArticleText
from .report_relative import anchor_to_report, anchor_weeks
from .text import SPAN_JOINS
from .time_baselines import is_baseline, is_dateline
from .time_expressions import TimeExpr
from .time_reports import title_shadow, title_time

#: a sentence that opens with a time has a clause break or a sentence end after it; a heading has neither
_HEADING_END = re.compile(r"[，,；;。！？!?]")

#: a time opening a sentence, with at most a short lead-in before it (在, 今年 before 1-9月)
_OPENER_LEAD = 3


def _breaks_between(text: str, a: int, b: int) -> bool:
    """Whether a sentence's end (。；;) stands in [a, b): a lead holding one opens nothing, whatever
    the day of the telling, an attribution, a release or a frame before the time (none crosses
    one), so the sentence is passed before any of them is read."""
    return _SENTENCE_BREAK.search(text, a, b) is not None


#: the marks :func:`_breaks_between` looks for, in one scan (not one ``find`` each)
_SENTENCE_BREAK = re.compile("[。；;]")


#: a named period whose dates follow in brackets (“五一”假期（5月1日至5日）, 过去一星期（…）,
#: 春运期间（…）): the dates open the sentence
#: a dateline's end and the reporters' names in brackets after it (电 （记者罗文婧）, 讯（记者 …）)
_DATELINE_TAIL = re.compile(r"(?:电|讯)\s*(?:[（(][^）)\n]{0,30}[）)])?\s*")
_NAMED_PERIOD = re.compile(r"[^，,。；;：:\n（(]{1,14}[（(]")
#: what an opener may name to govern later sentences: not an event's day or a point of a year,
#: nor a window counted back from now (近三年, 3年来: gold dates no figure by one)
_SCOPE_GRAINS = frozenset({"month", "quarter", "year", "plan", "now", "days"})
#: a period running up to now (今年以来): it governs its paragraph, never a whole document
SINCE = ("以来", "来")
#: what a report's title may name to govern the whole document
#: what the lead may name to govern the whole document: a reporting period (前三季度，…; 1-9月，…;
#: a holiday's days: 10月1日至8日，…), not a bare year (2023年，全市… opens news as often as
#: releases: it governs its paragraph only)
_LEAD_GRAINS = frozenset({"month", "quarter", "days"})


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
        self.document = title_time(doc.rules, title, doc.published, doc.roc)
        #: the past year a report or review in the title is about (二○二四年天氣回顧 published in
        #: 2025): its bare months, days and 年内 are that year's (:func:`.timing.times_for`)
        self.reviewed = self.document if self.document is not None and self.document.grain == "year" else None
        #: whether the title names a report (统计公报, 经济运行情况), whose 现有 is its period's end
        shadow = title_shadow(doc.rules, title)
        self.report = bool(shadow and doc.rules.words.report_title.search(shadow))
        self.lead = self._from_lead()
        #: whether the lead's period is a named event's or holiday's span (國慶黃金周（十月一日至七日）期間,
        #: “五一”假期（5月1日至5日）: a period anaphor in its clause), which the whole release reports
        self.event_lead = self.lead is not None and self._names_an_event(self.lead)
        # 本季 of a past quarter's report, 下周 after a week the report dates (本周（11月11日至17日）)
        moved = anchor_to_report(doc, self.document or self.lead) | anchor_weeks(doc)
        if moved:
            self.openers = [(s, e, moved.get(t.start, t)) for s, e, t in self.openers]

    def _opener(self, sentence_start: int) -> TimeExpr | None:
        """The time a sentence opens with, if it may govern what follows."""
        doc = self.doc
        lo = bisect_left(doc.time_starts, sentence_start)
        if lo >= len(doc.times):
            return None
        t = doc.times[lo]
        if _breaks_between(doc.text, sentence_start, t.start):
            return None  # most sentences: their first time stands in a later one (see below)
        told = self._telling_day(sentence_start, lo)
        if told is not None:  # 5月6日，记者从市文旅局获悉，…: the day of the telling, then the time
            sentence_start, lo = told
            t = doc.times[lo]
        released = self._released(sentence_start, lo)
        if released is not None:  # 省统计局日前发布2023年…，: the day of the release, then its period
            lo, said_end = released
            t = doc.times[lo]
            if said_end is not None:  # …今日公布，國慶黃金周（…）: the named period opens the matter
                sentence_start = said_end
        # 自108年起至113年4月底，…: a span opening the sentence is dated by its second time
        if lo + 1 < len(doc.times) and doc.norm[t.end : doc.times[lo + 1].start] in SPAN_JOINS:
            t = _span(doc, t, doc.times[lo + 1])
        t = _dates_in_brackets(doc, lo) or t  # 2025年春节假期（1月28日至2月4日），…: the holiday's days
        begin = sentence_start
        said = doc.rules.words.attribution.match(doc.norm, begin, doc.times[lo].start)
        if said:  # 据海关统计，今年前10个月，…: who says it comes first (據 of a traditional page too)
            begin = said.end()
        lead = self._without_frame(begin, doc.text[begin : doc.times[lo].start])
        if _NAMED_PERIOD.fullmatch(lead) and doc.text.startswith(("）", ")"), t.end):
            lead = ""  # “五一”假期（5月1日至5日），…: a period named, its dates in brackets
        if len(lead.strip()) > _OPENER_LEAD or any(ch in lead for ch in "，,；;。\n"):
            return None
        if t.grain not in _SCOPE_GRAINS and t.type not in ("as_of", "deadline") and not _year_end(t):
            return None
        if (t.grain == "day" and t.type != "as_of") or is_baseline(doc, t) or is_dateline(doc, t):
            return None
        if names_a_list(doc, t):  # 荣获2024年度…奖的15家企业中，: the honour's year opens nothing
            return None
        if "的" in doc.norm[t.end : t.end + 9] and doc.rules.words.event_modifier.match(doc.norm, t.end):
            return None
        return t

    def _without_frame(self, at: int, lead: str) -> str:
        """The lead before a sentence's first time without a clause naming its topic (在…方面，,
        从价格看，) or a release of the period's data (…观光旅游局今（12）日公布): with either, the
        time opens the sentence."""
        if _breaks_between(lead, 0, len(lead)):
            return lead  # neither holds a sentence's end (asked before their regexes)
        norm = self.doc.norm[at : at + len(lead)]
        frame = self.doc.rules.topic_frame.match(norm)
        if frame is not None:
            return lead[frame.end() :]
        return "" if self.doc.rules.release_lead.fullmatch(norm) else lead

    def _released(self, sentence_start: int, lo: int) -> tuple[int, int | None] | None:
        """The index of the period a release names after the day it is made (海关总署今天发布了前11个月
        外贸数据，; 县统计局近日通报1-10月…), when the sentence opens so, and where its matter starts
        when the release's clause ends before a named period (入境事務處今日（十月八日）公布，國慶黃金周
        （十月一日至七日）期間，…: the day restated in brackets is passed over); else None."""
        doc = self.doc
        if doc.times[lo].grain not in ("now", "day"):
            return None
        nxt = lo + 1
        if nxt < len(doc.times) and _restated(doc, doc.times[lo], doc.times[nxt]):
            nxt += 1
        if nxt >= len(doc.times):
            return None
        at = doc.times[nxt].start
        if doc.rules.release_lead.fullmatch(doc.norm, sentence_start, at) is not None:
            return nxt, None
        m = doc.rules.release_lead.match(doc.norm, sentence_start, at)
        if m is None or not doc.norm.startswith(("，", ","), m.end()):
            return None
        if m.end() + 1 == at:
            return nxt, at  # 統計處今日公布，二○二五年第一季…: the period opens the matter after the comma
        if not _NAMED_PERIOD.fullmatch(doc.norm, m.end() + 1, at):
            return None
        return nxt, m.end() + 1

    def _telling_day(self, sentence_start: int, lo: int) -> tuple[int, int] | None:
        """Where the sentence's matter starts after the day of the telling and who told it (5月6日，
        记者从市文化广电和旅游局获悉，…; 9月12日，据省统计局消息，…), and the index of the first
        time after them; None when the sentence does not open so."""
        doc = self.doc
        t = doc.times[lo]
        if t.grain != "day" or t.type != "point" or lo + 1 >= len(doc.times):
            return None
        # 人民网成都2月17日电 （记者…）记者从…获悉，: a dispatch's dateline, its reporters in brackets
        dateline = _DATELINE_TAIL.match(doc.norm, t.end) if is_dateline(doc, t) else None
        if dateline is None and doc.text[sentence_start : t.start].strip():
            return None
        if dateline is None and not doc.text.startswith(("，", ","), t.end):
            return None
        said = doc.rules.words.attribution.match(doc.norm, dateline.end() if dateline else t.end + 1)
        nxt = lo + 1  # (记者5日从…获悉: the telling's day said again inside who told it)
        while said is not None and nxt < len(doc.times) and doc.times[nxt].end <= said.end():
            nxt = nxt + 1 if doc.times[nxt].grain == "day" else len(doc.times)
        if said is None or nxt >= len(doc.times) or doc.times[nxt].start < said.end():
            return None
        return said.end(), nxt

    def _from_lead(self) -> TimeExpr | None:
        first = self.openers[0] if self.openers else None
        if first is None or first[2].grain not in _LEAD_GRAINS or first[2].text.endswith(SINCE):
            return None
        if self.doc.text.rfind("\n", 0, first[2].start) >= 0:
            return None  # not in the first paragraph
        return first[2]

    def _names_an_event(self, t: TimeExpr) -> bool:
        cs, ce = self.doc.clause(t.start)
        return self.doc.rules.period_anaphor.search(self.doc.norm, cs, ce) is not None

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
        if is_dateline(doc, t) or not doc.text.startswith(("，", ","), t.end):
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


def _year_end(t: TimeExpr) -> bool:
    """2023年末，…; 年底，…: a year's (or month's) end opening a sentence is the moment its stocks
    stand at, as a 截至 is; a year's start (年初，…) names when something began, not a scope."""
    return t.grain == "part" and t.type == "point" and t.text.endswith(("末", "底"))


def _restated(doc: ArticleText, t: TimeExpr, then: TimeExpr) -> bool:
    """今日（十月八日）, 今（12）日: a day restated in brackets right after the word that names it."""
    return (
        doc.norm.startswith(("（", "("), t.end)
        and then.start == t.end + 1
        and doc.norm.startswith(("）", ")"), then.end)
    )


#: a period's name between a year and its dates in brackets (2025年春节假期（, 2024年国庆黄金周（)
_NAME_BEFORE_DATES = re.compile(r"[^，,。；;：:\n（()0-9]{1,8}[（(]")


def _dates_in_brackets(doc: ArticleText, lo: int) -> TimeExpr | None:
    """2025年春节假期（1月28日至2月4日）, 2024年暑期（7月1日至8月31日）: a year, the name of a period in it
    and that period's days in brackets: the days (within the year) are the time, else None."""
    if lo + 1 >= len(doc.times):
        return None
    t, then = doc.times[lo], doc.times[lo + 1]
    if lo + 2 < len(doc.times) and doc.norm[then.end : doc.times[lo + 2].start] in SPAN_JOINS:
        then = _span(doc, then, doc.times[lo + 2])
    if (
        t.grain != "year"
        or _NAME_BEFORE_DATES.fullmatch(doc.norm, t.end, then.start) is None
        or not doc.norm.startswith(("）", ")"), then.end)
    ):
        return None
    a, b, x, y = t.first, t.last, then.first, then.last
    inside = a is not None and b is not None and x is not None and y is not None and a <= x <= y <= b
    return then if inside else None


#: a list a thing is entered in, or an honour it is given, named with its year (纳入2022年省重点建设项目
#:计划的项目, 入选2024年省重点建设项目名单。: its verbs are words.toml entered_verbs); it never runs past a
#: figure (荣获2023年度…第2名的好成绩: 第2名 is the year's; see names_a_list for one in words)
_LIST_END = re.compile(r"[^，,。；;0-9]{0,20}?(?:的|(?:名单|名單|名录|名錄|清单|清單)(?=[，,。；;]|$))")


def names_a_list(doc: ArticleText, t: TimeExpr, figure_at: int | None = None) -> bool:
    """纳入2022年…计划的项目共386个: a year inside the name of a list that what is counted was
    entered in is no time of the figure (a 截至 before it is); the name ends before the figure at
    ``figure_at`` (荣获2023年度全省营商环境评价第二名的好成绩: the rank is the year's)."""
    return (
        doc.rules.words.entered_in.search(doc.norm, max(0, t.start - doc.rules.words.entered_reach), t.start)
        is not None
        and (end := _LIST_END.match(doc.norm, t.end, len(doc.norm) if figure_at is None else figure_at))
        is not None
        and end.end() != t.end + 1  # 进入2024年的第一个月: the year's own 的, a time of it follows
    )


def in_note(norm: str, a: int, b: int) -> bool:
    """Whether a bracket opens between ``a`` and ``b`` and is still open at ``b`` (…28.7%（主要是去年同期):
    what stands there is a note on what came before."""
    opened = max(norm.rfind("（", a, b), norm.rfind("(", a, b))
    return opened >= 0 and opened > max(norm.rfind("）", a, b), norm.rfind(")", a, b))


def _span(doc: ArticleText, first: TimeExpr, second: TimeExpr) -> TimeExpr:
    """The time of a span written as two times (自108年起至113年4月底: the second's); two days
    (1月26日至3月6日) make a span of days, from the first to the second, as do two moments of a year
    (二○二四年年中至二○二五年年中期間, 2023年底至2024年底: the twelve months between)."""
    days = first.grain == second.grain == "day"
    moments = first.type == second.type == "point" and first.grain == second.grain == "part"
    if (days or moments) and first.first is not None and second.last is not None:
        text = doc.norm[first.start : second.end]
        return TimeExpr(first.start, second.end, text, "period", first.first, second.last, "days")
    return second


def outside_the_span(doc: ArticleText, pos: int) -> bool:
    """假期结束后，…复工率达到98%; 可享受带薪假期5天: a sentence that names the period word as after the
    span or as a count is not about the span an event's lead names (:attr:`TimeScopes.event_lead`)."""
    ss, se = doc.clause(pos, "。！？!?\n")
    return doc.rules.period_outside.search(doc.norm, ss, se) is not None
