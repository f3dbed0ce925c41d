"""Which time governs a figure: the time expression in its clause, sentence or broken line.

The expressions themselves are found by :mod:`.time_expressions`; this module
decides which one a figure refers to; :mod:`.time_scopes` holds the times that govern beyond
their sentence (a report title's, a paragraph's, a lead's) and which times are only baselines.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from ..core.models import TimeRef
from .aside_times import adjusted_for, dated_in_aside, dates_a_start, names_a_campaign, past_a_modifier
from .calendar_spans import shift_year
from .candidate import Candidate
from .compared_levels import compared_level_time
from .comparison_notes import dates_outside
from .context import ArticleText
from .framing import FROM_PERIOD, is_old_level
from .part_times import occurred_at, on_a_note_line, time_over_broken_lines
from .qualifier import sets_new_level
from .rule_figures import (
    dates_a_rule,
    is_time_limit,
    limited_in_clause,
    rule_in_force,
    threshold_of_a_class,
)
from .rule_figures import value_of_a_term as _value_of_a_term
from .status import plan_governs
from .table_times import cell_time, in_another_cell
from .text import SPAN_JOINS, TIME_SCOPE_BREAK
from .time_as_of import closing_as_of, held_as_of, without_names_after_as_of
from .time_baselines import is_baseline_at, is_dateline, respective_time, share_base_end
from .time_bases import undated_level
from .time_brackets import compared_in_brackets
from .time_expressions import TimeExpr
from .time_plans import (
    document_for_a_plan,
    earlier_for_a_plan,
    ended_before_a_plan,
    now_for_a_plan,
    now_in_a_report,
    opener_for_a_plan,
    plan_scope,
    results_for_a_plan,
    told_a_plan,
    year_of_a_plan,
)
from .time_reviews import ahead_for_a_plan, in_the_reviewed_year
from .time_scopes import SINCE, TimeScopes, in_note, names_a_list, outside_the_span


def _is_from_time(doc: ArticleText, t: TimeExpr, c: Candidate) -> bool:
    """由去年同期的1.1:50.3:48.6调整为0.7:50.7:48.6, 从2012年的4.9万家增加至40万家: the time
    after 由/从 dates the old level, not the new one that follows a change word."""
    if t.end > c.start or doc.norm[max(0, t.start - 1) : t.start] not in ("由", "从"):
        return False
    if t.text.endswith("起"):
        return False  # 已由二○二四年三月起提高至1,000萬元: 由…起 says from when the new level holds
    if t.grain == "year" and t.first is not None and t.last is not None and t.first.year < t.last.year:
        return False  # 从2018年到2023年，…从12万人增至39.5万人: a span written whole dates the change
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
    if threshold_of_a_class(doc, c) or undated_level(doc.norm, c.start, "places" in c.extra):
        return None, None  # (均高于上届（分别为94.8%、…）, 高于邻近的两省: an earlier level, undated)
    # asked once here, not again by each step below that needs them (two or three times a figure)
    present = _in_the_present(doc, c)
    limited = is_time_limit(doc, c) or limited_in_clause(doc, c)
    own = _own_time(doc, c, present or limited)
    if rule_in_force(doc, c) and not dates_a_rule(doc, c, own):
        return None, None
    if own is None and on_a_note_line(doc, c.start):
        return None, None  # （注：…正常波动范围为正常保有量的92%—105%）: a norm the note defines
    if own is None and scopes is not None and not present and not _as_of_undated(doc, c) and not limited:
        own = scopes.opening(c.start)
        if now_for_a_plan(doc, c, own) or results_for_a_plan(doc, c, own) or told_a_plan(doc, c, own):
            own = None

    if own is not None and _is_old_level(doc, c):
        start = _start_of_span(doc, own)
        if start is own and own.end <= doc.clause(c.start)[0]:
            # 鄉公所今天表示，…面積由42公頃增加到目前的97公頃: the day of the telling is not the
            # old level's; with no span to start from, the old level is undated
            return None, None
        own = start
    if own is not None or scopes is None:
        own = now_in_a_report(own, scopes)  # 目前 in a report titled as of a date: that date
        own = year_of_a_plan(doc, c, own)  # 上半年…完成年度目标任务5000套的65.2%: the year's target
        return _year_just_ended(
            doc, c, ahead_for_a_plan(doc, c, in_the_reviewed_year(doc, c, own, scopes))
        ), None
    wider = None if present else plan_scope(doc, c, _year_just_ended(doc, c, scopes.at(c.start)), scopes)
    day = scopes.event_day(c.start)
    if day is not None:
        # 3月29日，…活动在高新区举行。活动现场共签约项目46个: a day's event's paragraph is that day's
        return None, wider or day
    if limited:
        return None, wider  # 於3年內將…增至6,000個: a limit of its own, not the title's period
    if scopes.document is not None and not scopes.report and _present_in_sentence(doc, c):
        # 上半年发放救助资金2.36亿元 (a headline) over 全市现有特困供养人员8126人，其中集中供养2317人:
        # what stands now is no figure of the period a headline names
        return None, wider
    if (
        scopes.document is None
        and scopes.event_lead
        and wider is scopes.lead
        and not outside_the_span(doc, c.start)
        and not plan_governs(doc, c)  # 下一步，…将组织开展文旅活动3000场以上: a plan, after the span
    ):
        # 國慶黃金周（十月一日至七日）期間，…。其中，香港居民約1,105萬人次: a release about the span
        # of a holiday or an event its lead names reports that span's figures throughout
        return wider, wider
    document = document_for_a_plan(doc, c, scopes.document)
    if document is None and scopes.document is not None:  # 前4月… (title) over 預計帶動投資約250億元
        return None, None if ended_before_a_plan(doc, c, wider) else wider
    return _year_just_ended(doc, c, document), wider


#: 从11.4%提升到, 由不足35岁增长到, 从文盲率高达80%到: a figure stated as the old level of a change
_OLD_LEVEL = re.compile(r"(?:从|由)[^，。；;0-9从由]{0,6}$")


def _not_its_own_after(doc: ArticleText, a: int, t: TimeExpr) -> bool:
    """Whether a time after a figure is not its own: a change word that sets a new level stands between
    (提高到, 增至; its 到 may open the time: 提高到目前的), or a note opens (增长28.7%（主要是去年同期…）)."""
    if in_note(doc.norm, a, t.start):
        # 累计建成5G基站1.2万个（截至9月底）: a bracket that holds only an as-of dates the figure
        held = doc.norm[t.start - 1 : t.start] in ("（", "(") and doc.norm[t.end : t.end + 1] in ("）", ")")
        return not (held and t.type == "as_of")
    return sets_new_level(doc.norm[a : t.start + (1 if t.text.startswith(("到", "至")) else 0)], doc.rules)


def _is_old_level(doc: ArticleText, c: Candidate) -> bool:
    """Whether the figure is the level a change starts from (从A提升到B), a new level following in
    its clause or opening the next (由十年前的三百餘戶，減少至目前的186戶)."""
    cs, _ = doc.clause(c.start)
    if doc.norm.find("由", cs, c.start) < 0 and doc.norm.find("从", cs, c.start) < 0:
        return False  # the cheap test first: both patterns open with 由 or 从
    if _OLD_LEVEL.search(doc.norm, cs, c.start) is None and FROM_PERIOD.search(doc.norm, cs, c.start) is None:
        return False
    return is_old_level(doc, c)


def _start_of_span(doc: ArticleText, t: TimeExpr) -> TimeExpr:
    """2012年至2021年, 1949年以来: the old level of a change over a span of years is the first
    year's (its end); a time within one year that ends a written span (至2021年) gives way to
    the span's first time."""
    over_years = t.first is not None and t.last is not None and t.first.year != t.last.year
    if over_years and t.first is not None and (t.text.endswith(SINCE) or t.grain == "year"):
        return replace(t, last=date(t.first.year, 12, 31))  # 1949年以来; 2012年至2021年 read as one span
    i = bisect_left(doc.time_starts, t.start) - 1
    if i >= 0 and doc.norm[doc.times[i].end : t.start] in SPAN_JOINS:
        return doc.times[i]
    return t


#: the months in which last year's results are published (statistical communiqués, work reports,
#: year reviews): a bare 全年 or 年末 reported then is the year just ended's
_REVIEW_MONTHS = 4
#: how long after a month its figures may be published: a bare month that has not begun by the
#: publish date is last year's only if last year's ended within this many days
_REPORT_LAG_DAYS = 122


def _year_just_ended(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> TimeExpr | None:
    """全年粮食产量…, 年末常住人口… in a page of January to April that names no year for them: a
    figure reported (no plan word governs it) for a part of the year that has not ended yet is the
    year just ended's; planned, it is this year's (全年目标, 力争年末). So is a month or a quarter
    that has not even begun (十二月入境旅客為…, published in January), in any month."""
    pub = doc.published
    if t is None or not t.year_assumed or pub is None or t.type == "deadline" or t.last is None:
        return t
    if t.last <= pub:
        return t
    begins = t.first or t.last.replace(day=1)
    if begins > pub:
        # 十二月入境旅客為… published in January: only a month that ended within a report's lag
        # (十一月 in March is a plan or an announcement: 11月启航)
        if (pub - shift_year(t.last, -1)).days > _REPORT_LAG_DAYS:
            return t
    elif pub.month > _REVIEW_MONTHS or (t.last.month, t.last.day) != (12, 31):
        return t  # only a part that runs to the year's end and has not ended (not 年初, 年初以来)
    if plan_governs(doc, c):
        return t
    first = shift_year(t.first, -1) if t.first is not None else None
    return replace(t, first=first, last=shift_year(t.last, -1))


def _own_time(doc: ArticleText, c: Candidate, present_or_limited: bool) -> TimeExpr | None:
    # a table's period row or column (年份 | 2022, 指标 | 2023年), a compared level's, 分别's
    compared = cell_time(doc, c) or compared_level_time(doc, c) or compared_in_brackets(doc, c)
    compared = compared or respective_time(doc, c)
    if compared is not None:
        return compared
    return _own_time_in_sentence(doc, c, present_or_limited)


def _own_time_in_sentence(doc: ArticleText, c: Candidate, present_or_limited: bool) -> TimeExpr | None:
    """The time of the figure's own sentence (its clause first), or None; ``present_or_limited``:
    the figure's clause says it is of now (现有) or it is a time limit (N日内), which an earlier
    clause's time does not date."""
    ss, se = doc.clause(c.start, TIME_SCOPE_BREAK)
    cs, ce = doc.clause(c.start)
    lo, hi = bisect_left(doc.time_starts, ss), bisect_left(doc.time_starts, se)
    in_sentence = [
        t
        for i, t in enumerate(doc.times[lo:hi], lo)
        if ss <= t.start < se
        and t.grain != "window"
        and not (t.start < c.end and c.start < t.end)
        and (not is_baseline_at(doc, i) or _inside_share_base(doc, t, c))
        and not is_dateline(doc, t)
        and not doc.rules.life_event_after.match(doc.norm, t.end)  # （1986年…至2004年…期间出生）
        and not _is_from_time(doc, t, c)
        and not dates_outside(doc, t, c.start)  # 5.87萬（二○二四年：5.62萬），病床使用率為82.4%
        and not _value_of_a_term(doc, t)  # 投标截止时间为2025年4月7日，投标保证金2万元
        and not doc.rules.words.plan_of_a_share.fullmatch(doc.norm, t.end, c.start)  # 全年目标任务的84%
        and not names_a_list(doc, t, c.start if t.end <= c.start else None)
        and not names_a_campaign(doc, t, ss)  # 2023年12月至2024年2月，…开展2024年“两节”送温暖活动
        and not dated_in_aside(doc, t, c)  # （其中去年新建41个），…发放物资3.6万份
        and not adjusted_for(doc, t, c)  # 扣除去年同期…因素后, 去年价格变动的翘尾影响约为
        and not dates_a_start(doc, t, c)  # 此次普查于2023年3月启动，历时两年半: the start, not the length
        and not (c.kind == "rank" and t.text.endswith(SINCE))  # 1961年以来第二暖: the span ranked over
        and not _RECORD_SINCE.match(doc.norm, t.end)  # 为1961年有气象记录以来同期最少: a record's span
        and not in_another_cell(doc, c, t)  # 3号线 | 18.4 | 2025年底 (计划开通时间): the line's date
    ]
    in_sentence = without_names_after_as_of(doc, in_sentence, c)
    in_clause = [t for t in in_sentence if cs <= t.start < ce]
    before = [t for t in in_clause if t.end <= c.start]
    if before:  # (今年新建的11所: a time of the relative clause, past it to the sentence's opener)
        return past_a_modifier(doc, before[-1], c, [t for t in in_sentence if t.end <= cs])
    # 从改革开放之初的800元提高到目前的5000元: a time after the new level's change word is its own
    after = [t for t in in_clause if t.start >= c.end and not _not_its_own_after(doc, c.end, t)]
    if after and held_as_of(doc, after[0]) and plan_governs(doc, c):
        after = after[1:]  # 全市计划建成5G基站2万个（截至9月底）: how things stood dates no target
    if after:
        earlier = [t for t in in_sentence if t.end <= c.start]
        if earlier and _within(earlier[-1], after[0]):
            # 9月1日，全区218所中小学迎来2025年秋季学期开学: the day the sentence opens with falls in
            # the later, wider time, which names the noun it stands before (the term), not the figure
            return earlier[-1]
        return after[0]
    occurred = occurred_at(doc, c, ce) or closing_as_of(doc, c, [t for t in in_sentence if t.start >= ce], se)
    if occurred is not None:
        return occurred
    if present_or_limited:
        # 该厂2019年投产，现有员工1200人: a clause about now takes no earlier time; nor one with a time
        # limit of its own (將於2025年內新增…，並計劃於3年內將…增至6,000個)
        return None
    earlier = [t for t in in_sentence if t.end <= c.start]
    if earlier:
        return None if _as_of_undated(doc, c) else earlier_for_a_plan(doc, c, earlier)

    return opener_for_a_plan(doc, c, ss) or time_over_broken_lines(doc, c)


#: 1961年有气象记录以来, 1884年有記錄以來, 2000年有统计以来: the span a record is held over, whose first
#: year dates no figure of the sentence
_RECORD_SINCE = re.compile(r"有?[^，,。；;0-9]{0,4}?(?:记录|纪录|观测|统计|资料)(?:以来|来)")


def _within(inner: TimeExpr, outer: TimeExpr) -> bool:
    """A day or a period that lies inside a wider period (9月1日 inside 2025年)."""
    a, b, x, y = inner.first, inner.last, outer.first, outer.last
    if outer.type != "period" or a is None or b is None or x is None or y is None:
        return False
    return x <= a and b <= y and (x, y) != (a, b)


def _inside_share_base(doc: ArticleText, t: TimeExpr, c: Candidate) -> bool:
    """歷史高位（512萬公噸）的95.7%: a figure inside the noun of a share's base is the base's own
    level, of the time that names it."""
    end = share_base_end(doc, t)
    return end is not None and t.end <= c.start < end


def _as_of_undated(doc: ArticleText, c: Candidate) -> bool:
    """截至申請截止日共接獲約十四萬份申請, 截至发稿时，…: whether a clause of the figure's sentence
    before it opens with 截至 and no time is read from there to the figure (the figure is as of a
    point the text does not date; an earlier clause's time is not its time)."""
    ss, _ = doc.clause(c.start, TIME_SCOPE_BREAK)
    if doc.norm.find("截", ss, c.start) < 0:
        return False
    heads = [m.start() for m in _UNNAMED_AS_OF.finditer(doc.norm, ss, c.start)]
    return bool(heads) and not doc.times_between(heads[-1], c.start)


#: a clause as of a day it names by an event (截至申请截止日, 截至发稿时, 截止活动结束): the
#: figure is as of that, not of a time of an earlier clause (a time after 截至 is read as one)
_UNNAMED_AS_OF = re.compile(r"(?:^|(?<=[，,；;。！？!?\n]))\s*(?:截至|截止)")


def _in_the_present(doc: ArticleText, c: Candidate) -> bool:
    """Whether the figure's clause says it is of now (现有, 如今: words.toml now_marks) before the
    figure, against a time of an earlier clause (现有员工1200人)."""
    cs, _ = doc.clause(c.start)
    return doc.rules.words.now_mark.search(doc.norm, cs, c.start) is not None


def _present_in_sentence(doc: ArticleText, c: Candidate) -> bool:
    """Whether a clause of the figure's sentence before it says it is of now (全市现有…，其中…；…)
    and no time is named from there to the figure."""
    ss, _ = doc.clause(c.start, TIME_SCOPE_BREAK)
    marks = list(doc.rules.words.now_mark.finditer(doc.norm, ss, c.start))
    return bool(marks) and not doc.times_between(marks[-1].start(), c.start)


def time_ref(t: TimeExpr | None, text: str | None = None) -> TimeRef | None:
    """The record's time of ``t``, its text ``text`` where given (as written in the page's script)."""
    if t is None:
        return None
    first, last = t.first.isoformat() if t.first else None, t.last.isoformat() if t.last else None
    return TimeRef(text=text or t.text, type=t.type, start=first, end=last)  # type: ignore[arg-type]
