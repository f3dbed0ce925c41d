"""The time of a plan's figure beside results (a progress report: 年度计划…，截至9月底已完成…), part of
the time decision (:mod:`.timing`).

A results period (截至10月底, 前三季度, 1-9月: what is done so far) dates what was done, not a target
set for the year: a figure a plan word governs takes no such time from an earlier clause of its
sentence (今年计划新开工项目142个，截至9月底已开工131个；计划竣工项目87个: 87个 is this year's) nor from
the report's title (…推进情况（截至10月底）: 计划新建公办幼儿园4所 is undated). A bare 目前 in a report
whose title states the date it stands at (截至10月底) is that date: the report says how things stood
then, not on the day it was posted. 目前 in an earlier clause dates no plan either (目前，我县正在推进…，
预计新增日处理能力2万吨); 截至目前 does (the total a plan has reached so far).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .candidate import Candidate
from .context import ArticleText
from .part_times import opener_before_semicolon
from .status import plan_governs
from .status_cues import after_completion, plan_in_brackets
from .time_as_of import as_of_over_the_year
from .time_baselines import is_baseline
from .time_expressions import TimeExpr
from .time_scopes import TimeScopes

#: the grains of a period of results (前三季度, 1-9月, 上半年), as against a year a plan is set for
_RESULTS_GRAINS = ("month", "quarter", "day")
#: a part of the day after the day of a telling (6月9日上午，记者从…获悉)
_PART_OF_DAY = re.compile(r"上午|下午|中午|晚上|晚间|早上|凌晨|傍晚|晚")
#: who told, asked or announced what follows, beside words.toml attribution_verbs (昨天，市长在调研时要求，;
#: 昨晚，市防指发布预警，): the clause ends a few characters after the verb
_TOLD = re.compile(
    r"[^，,。；;\n]{0,24}?(?:获悉|了解到|发布|称|表示|要求|强调|部署)[^，,。；;\n]{0,6}[，,：:]"
)
#: a bare now (目前已建成3所), as against a recent day (近日) or an as-of (截至目前)
_NOW_WORDS = ("目前", "当前", "现在", "現在", "目前為止")


def results_period(doc: ArticleText, t: TimeExpr) -> bool:
    """截至10月底, 前三季度, 1-9月: a time as of a point, or a period of months ended by the publish
    date, that results so far are counted to."""
    if t.type == "as_of":
        return True
    pub = doc.published
    return (
        t.type == "period"
        and t.grain in _RESULTS_GRAINS
        and pub is not None
        and t.last is not None
        and t.last <= pub
    )


def now_for_a_plan(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """目前 (a bare now, not 截至目前) in an earlier clause, over a figure a plan word governs."""
    return t is not None and t.grain == "now" and t.type != "as_of" and plan_governs(doc, c)


def told_on(doc: ArticleText, t: TimeExpr | None) -> bool:
    """记者昨日从…获悉，, 2月19日，记者从…获悉，, 市发改委2月19日介绍，, 昨天，市长在调研时要求，: a day
    (a part of it may follow) right before who tells or asks what follows (words.toml attribution_verbs,
    ``_TOLD``): the day of the telling, which dates no plan told."""
    if t is None or t.grain != "day" or t.type != "point":
        return False
    at = t.end
    if (part := _PART_OF_DAY.match(doc.norm, at)) is not None:
        at = part.end()  # 昨日上午，记者从…获悉: a part of the day between
    at = at + 1 if doc.norm[at : at + 1] in ("，", ",") else at
    return (
        doc.rules.words.attribution.match(doc.norm, at) is not None or _TOLD.match(doc.norm, at) is not None
    )


def told_a_plan(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """The day of a telling (:func:`told_on`) opening the sentence, over a plan's figure."""
    return told_on(doc, t) and plan_governs(doc, c)


def results_for_a_plan(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """A results period (截至9月底, 前4月) opening the sentence, over a figure a plan word governs in a
    clause after the one the period opens, which states results (截至9月底，全市共有养老机构46家，下一步
    将新建…30个): the period dates what was done, as :func:`earlier_for_a_plan` reads it. A plan in
    the first clause keeps it (前三季度，全市计划新开工项目40个，其中产业项目25个), as does a forecast
    of the period (预计4月…) and a share of a plan (…佔全年目標的八成: how much is done)."""
    if t is None or not results_period(doc, t):
        return False
    cs = doc.clause(c.start)[0]
    s, e = doc.clause(t.start)
    if doc.norm[t.end : t.end + 1] in ("，", ","):
        e = doc.clause(t.end + 1)[1]  # the clause the opener opens
    if e >= cs or doc.rules.plan_cue_any.search(doc.norm, s, e) is not None:
        return False
    return doc.norm[c.start - 1 : c.start] not in ("的", "之") and plan_governs(doc, c)


def earlier_for_a_plan(doc: ArticleText, c: Candidate, earlier: list[TimeExpr]) -> TimeExpr | None:
    """The time an earlier clause of the figure's sentence gives it (``earlier``: in text order):
    the last, but for a figure a plan word governs the last that is no results period (今年…，截至9月底…，
    计划竣工项目87个: 今年), none after a bare now, and none from a deadline of a duty before a clause
    that opens a further one (并须, 亦須: the deadline is its own duty's)."""
    last = earlier[-1]
    if len(earlier) > 1 and doc.rules.words.event_verb.match(doc.norm, last.end) and plan_governs(doc, c):
        # 明年花火节预计于4月下旬开幕，将规划施放30场以上: the day an event opens dates that event, the
        # plan's figure in a later clause takes the year before it
        last = earlier[-2]
    if last.type == "deadline" and doc.rules.words.further_duty.search(doc.norm, last.end, c.start):
        return None  # 須於二○三一年六月三十日或之前完成建築工程，並須提供不少於1 200個住宅單位
    if told_on(doc, last) and plan_governs(doc, c):
        return None  # 记者昨日从市公交集团获悉，市区将新增3条公交线路: the day of the telling
    if not (results_period(doc, last) or last.grain == "now") or not plan_governs(doc, c):
        return last
    # 目前已全数完成标售，预计带动投资约250亿元: no time before now dates the plan
    return _last_not_results(doc, earlier, past_now=False)


def document_for_a_plan(doc: ArticleText, c: Candidate, document: TimeExpr | None) -> TimeExpr | None:
    """The title's period over a figure with no time of its own: none for a plan's figure when the
    period is one of results (…推进情况（截至10月底）: 计划改造老旧小区23个) or any other that ended
    before the publish date (前4月… over 預計帶動投資約250億元), nor for what a thing will do once it
    is finished (一季度…集中签约 over 项目全部建成投产后，预计可实现年产值约210亿元)."""
    if document is not None and ended_before_a_plan(doc, c, document):
        return None
    if document is not None and after_completion(doc, c, doc.sentence(c.start)[0]):
        return None  # 签约项目全部建成投产后，预计可实现年产值约210亿元: what the finished works will do
    return document


def ended_before_a_plan(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """Whether ``t`` is a results period (:func:`results_period`) or another period that ended before
    the publish date (a title's or a lead's 前4月, 1-9月), and a plan word governs the figure: such a
    period dates what was done in it, never a plan or a forecast."""
    if t is None:
        return False
    pub = doc.published
    ended = pub is not None and t.last is not None and t.last < pub and t.type != "deadline"
    return (ended or results_period(doc, t)) and plan_governs(doc, c)


def plan_scope(doc: ArticleText, c: Candidate, wider: TimeExpr | None, scopes: TimeScopes) -> TimeExpr | None:
    """The scope time ``wider`` of a figure, unless it is a period already past and a plan word governs
    the figure (在上星期（…），…。中心預計…在未來兩至三星期內: a past week scopes no forecast); the span of
    a named event the release is about still scopes its forecasts (春运期间…曾预计发送旅客1.25亿人次)."""
    if scopes.event_lead and wider is scopes.lead:
        return wider
    return None if ended_before_a_plan(doc, c, wider) else wider


def now_in_a_report(t: TimeExpr | None, scopes: TimeScopes | None) -> TimeExpr | None:
    """目前已建成3所 in a report titled as of a date (…推进情况（截至10月底）): that date, not the day
    of posting; any other time as it is."""
    document = scopes.document if scopes is not None else None
    if t is None or document is None or t.text not in _NOW_WORDS or document.type != "as_of":
        return t
    return document if document.last is not None and t.last is not None and document.last <= t.last else t


def opener_for_a_plan(doc: ArticleText, c: Candidate, ss: int) -> TimeExpr | None:
    """The time an earlier part of the sentence (before ``ss``, a ；) carries to the figure
    (:func:`.part_times.opener_before_semicolon`): for a figure a plan word governs, not a results
    period but the last time before it in the sentence that is none (今年计划新开工项目142个，截至9月底
    已开工131个；计划竣工项目87个: 今年), else none."""
    t = as_of_over_the_year(doc, opener_before_semicolon(doc, c, ss), c)
    if t is None or not results_period(doc, t) or not plan_governs(doc, c):
        return t
    s0 = doc.sentence(c.start)[0]
    times = [
        u
        for u in doc.times_between(s0, ss)
        if u.end <= ss and u.grain != "window" and not is_baseline(doc, u)
    ]
    return _last_not_results(doc, times, past_now=True)


def _last_not_results(doc: ArticleText, times: list[TimeExpr], past_now: bool) -> TimeExpr | None:
    """The time that dates a plan's figure when a results period is the time nearest before it: the
    last of ``times`` (earlier times of its sentence, in text order) that is no results period and no
    bare now. A now in the figure's own run of clauses ends the search (``past_now`` False: what
    follows 目前 is about now, not an earlier time); one before a ； is passed over (``past_now``
    True: the part after the ； goes on with the time the sentence opens with)."""
    for t in reversed(times):
        if t.grain == "now":
            if past_now:
                continue
            return None
        if not results_period(doc, t):
            return t
    return None


#: the year a plan named right before its amount is set for (年度目标任务, 全年计划, 今年目标)
_YEAR_OF_THE_PLAN = re.compile(r"(?:年度|全年|今年|本年度?)[^，。；;0-9]{0,6}$")


def year_of_a_plan(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> TimeExpr | None:
    """上半年，…完成年度目标任务5000套（间）的65.2%: the amount of the year's plan named right before it
    (:func:`.status_cues.plan_in_brackets`) is a target for the year's end, not a result of the
    period its sentence reports (上半年, 截至9月底); any other time as it is."""
    if t is None or t.last is None or not results_period(doc, t) or t.grain == "year":
        return t
    m = _YEAR_OF_THE_PLAN.search(doc.norm, max(0, c.start - 10), c.start)
    if m is None or not plan_in_brackets(doc, c):
        return t
    year = t.last.year
    return replace(
        t, start=m.start(), end=m.start() + 2, text=doc.text[m.start() : m.start() + 2], type="period",
        first=date(year, 1, 1), last=date(year, 12, 31), grain="year",
    )  # fmt: skip
