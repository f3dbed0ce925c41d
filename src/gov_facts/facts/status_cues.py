"""Status cues the plan-word reading of :mod:`.status` does not see: a plan word jieba glues to the
word after it (擬向, 拟建), a plan's amount in brackets after its noun (全年目标任务（8万人次）), and an
estimate of a period still running (本財政年度的綜合赤字估計為481億元) against one of a period ended
(上月零售業總銷貨價值臨時估計為317億港元: a measurement)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .candidate import Candidate
from .context import ArticleText
from .plan_chain import MODAL, holds_figure, says_done
from .plan_clause import PlanClause, plan_clause
from .tagging import pos_tag
from .time_expressions import TimeExpr
from .word_lookups import WordLookups

#: jieba's tags of a plan word glued to a verb or a preposition (拟向 v, 拟将 d)
_GLUED_TAGS = ("v", "d")


def glued_plan(words: WordLookups, word: str, flag: str) -> bool:
    """擬向, 拟将, 拟以, 拟建: a word of two characters opening with a one-character plan word
    (``glued_plan_cues``), tagged a verb or an adverb: the plan word and its verb as one."""
    return len(word) == 2 and word.startswith(words.glued_plan_cues) and flag.startswith(_GLUED_TAGS)


def plan_in_brackets(doc: ArticleText, c: Candidate) -> bool:
    """完成全年目标任务（8万人次）的107.9%, 年度計劃（120億元）: a figure that opens a bracket right
    after a plan noun is the plan's amount."""
    at = c.start
    if at < 3:
        return False
    if doc.norm[at - 1] in "（(约近":
        return doc.rules.words.plan_bracket.search(doc.norm, max(0, at - 8), at) is not None
    # 完成年度目标任务5000套（间）的65.2%: no bracket, but the share of it after; the plan noun right
    # before is read as before a bracket
    if _SHARE_OF_IT.match(doc.norm, c.end) is None:
        return False  # the cheap test first: most figures are followed by no 的 and a figure
    return doc.rules.words.plan_bracket.search(doc.norm[max(0, at - 8) : at] + "（") is not None


#: a share of the figure before it (…5000套（间）的65.2%, 5000套的六成)
_SHARE_OF_IT = re.compile(r"(?:[（(][^（）()，。]{1,3}[）)])?的[0-9一二三四五六七八九十百]")


def estimate_ahead(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """本財政年度的綜合赤字估計為481億元, 全年稅收估算約3,000億元: an estimate word (a forecast cue that is
    no plan word of its own: 估计, 估算, 推估) before the figure in its clause, of a time that has not
    ended by the publish date, forecasts; of a period ended it measures (臨時估計, 初步估計損失)."""
    if t is None or t.last is None or doc.published is None or t.last < doc.published:
        return False
    cs, _ = doc.clause(c.start)
    text = doc.norm[cs : c.start]
    if "估" not in text and "预料" not in text:
        return False  # the cheap test first: every estimate word holds 估 or is 预料
    cues = doc.rules.forecast_cues - doc.rules.planned_words
    if not any(w in text for w in cues):
        return False
    return not any(w in text for w in doc.rules.words.done_words)


def looks_ahead(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """An estimate of a period still running, or a window ahead over the figure (the two below)."""
    return estimate_ahead(doc, c, t) or window_ahead(doc, c)


def window_ahead(doc: ArticleText, c: Candidate) -> bool:
    """未来三年全市新建学校20所, 未來五年撥款20億元: a window that starts at the publish date and runs
    ahead (未来N年: a time no figure takes, as windows are) before the figure in its sentence plans
    it, bar a clause that says what is done."""
    pub = doc.published
    if pub is None or not doc.kept("windows ahead", None, lambda: any(_ahead(t, pub) for t in doc.times)):
        return False  # the cheap test first, once per document: no window ahead in it (most documents)
    ss, _ = doc.sentence(c.start)
    if not any(_ahead(t, pub) for t in doc.times_between(ss, c.start)):
        return False
    cs, _ = doc.clause(c.start)
    return not any(w in doc.norm[cs : c.start] for w in doc.rules.words.done_words)


def _ahead(t: TimeExpr, pub: date) -> bool:
    """Whether ``t`` is a window that starts at ``pub`` or later and runs past it."""
    first, last = t.first, t.last
    return t.grain == "window" and first is not None and first >= pub and last is not None and last > pub


def actual_since(doc: ArticleText, ss: int, at: int) -> bool:
    """原預計工程費用為3億元，實際支出2.8億元; 預計於去年底完成的工程，實際延至今年二月才完成，涉及金額
    1.5億元: a clause that opens with a word of what is (实际, 现有: ``actual_words``) after the plan
    word of its sentence sets the figures from it to ``at`` against the plan: no earlier plan word or
    forecast governs them (原计划, 现计划: a plan word right after the word is a plan again; nor does
    a statistic's name that opens with the word: 目标为：…；实际使用外资8亿美元)."""
    text, rules = doc.norm, doc.rules
    words = rules.words.actual_words
    if (
        not words
        or not doc.kept("actual_opens", ss, lambda: _opens_a_clause(doc, ss, words, doc.sentence(ss)[1]))
        or not _opens_a_clause(doc, ss, words, at)
    ):
        return False  # the cheap test first: no actual word opens a clause of the sentence (once per
        # sentence), or none before ``at``
    latest = -1
    for w in words:
        i = text.find(w, ss, at)
        while i >= 0:
            if (
                (i == ss or text[i - 1] in "，,；;")
                and rules.planned_any.match(text, i + len(w)) is None
                and not _opens_a_term(doc, i)
            ):
                latest = max(latest, i + len(w))
            i = text.find(w, i + 1, at)
    return latest >= 0 and rules.planned_any.search(text, latest, at) is None


def _opens_a_clause(doc: ArticleText, ss: int, words: tuple[str, ...], end: int) -> bool:
    """Whether one of ``words`` opens a clause (at ``ss`` or after ，；) between ``ss`` and ``end``."""
    return doc.norm.startswith(words, ss, end) or _after_a_mark(words).search(doc.norm, ss, end) is not None


@lru_cache(maxsize=4)
def _after_a_mark(words: tuple[str, ...]) -> re.Pattern[str]:
    """A clause mark then one of ``words`` (where :func:`actual_since` looks for them), compiled once."""
    return re.compile("[，,；;](?:" + "|".join(re.escape(w) for w in words) + ")")


def in_force(doc: ArticleText, c: Candidate) -> bool:
    """縣府自113年1月起將喘息服務補助額度提高為每年最高新臺幣48,510元 (published in March 2024): after a
    start that has come (自…起, on or before the publish date) 將 is the object marker of a rule in
    force, not the future, when it is the only plan word from there to the figure and a change to a
    new level follows it (將…提高為, 将…调整为)."""
    cs, _ = doc.clause(c.start)
    pub = doc.published
    if pub is None or doc.norm.find("起", cs, c.start) < 0:
        return False  # the cheap test first: no 起 before the figure in its clause
    begun = [
        t for t in doc.times_between(cs, c.start) if t.text.endswith("起") and t.first and t.first <= pub
    ]
    if not begun:
        return False
    found = list(doc.rules.planned_any.finditer(doc.norm, begun[-1].end, c.start))
    if not found or any(m.group(0) != "将" for m in found):
        return False
    # 將…提高為, 将…调整为: the object then a new level (自今年起将每年新增学位3000个 is a plan)
    return doc.rules.change_to.search(doc.norm, found[-1].end(), c.start) is not None


#: a modal of obligation and the 於/在 of a time limit right before its length, perhaps past the event
#: it counts from (應於30日內, 须在收到通知后14天内, 应当自受理之日起20个工作日内)
_OBLIGED_LIMIT = re.compile(r"(?:应当|必须|应|须|需)(?:于|在|自)(?:[^，,。；;0-9]{0,14}[后起])?$")


def limit_a_rule_sets(doc: ArticleText, c: Candidate) -> bool:
    """地政局將持續查核，並提醒…契約簽訂後應於30日內辦理申報登錄: a time limit under a modal of obligation
    is a rule in force (reported), though a plan word in an earlier clause governs the sentence; one
    a plan word in its own clause opens (将要求企业须在30日内整改) stays planned."""
    if c.kind != "duration" or not doc.norm.startswith(("内", "以内", "之内"), c.end):
        return False  # the cheap test first: a length that ends in 内
    cs, _ = doc.clause(c.start)
    modal = _OBLIGED_LIMIT.search(doc.norm, max(cs, c.start - 24), c.start)
    return modal is not None and doc.rules.planned_any.search(doc.norm, cs, modal.start()) is None


#: a cap a rule grants: a peak word, a modal, a short verb right before the figure (最多可填报40个, 每人最高
#:可申领2张, 至多能选择3项)
_A_RULES_CAP = re.compile(r"(?:最多|最高|至多)(?:可以|可|能)[^\s，,。；;：:、0-9的]{1,4}$")


def a_rules_cap(doc: ArticleText, c: Candidate) -> bool:
    """每名考生最多可填报40个院校专业组志愿 (the window to file in runs to a day ahead): the cap a rule in
    force grants, reported, not a target to reach by that day."""
    cs, _ = doc.clause(c.start)
    if doc.norm.find("可", cs, c.start) < 0 and doc.norm.find("能", cs, c.start) < 0:
        return False  # the cheap test first: no modal before the figure in its clause
    return _A_RULES_CAP.search(doc.norm, cs, c.start) is not None


def _opens_a_term(doc: ArticleText, at: int) -> bool:
    """Whether a noun of the statistics (``domain_nouns``: 实际使用外资) starts at ``at``."""
    return doc.norm.startswith(_nouns(doc.rules.domain_words), at)


#: what after 争取 keeps it a plan: a target verb's place (争取在年底前, 争取到2025年), besides target_verbs
_STILL_SOUGHT = ("在", "于", "把", "将")
#: 争取到 before a number or a time is a target (争取到2025年); before a noun (争取到上级资金, 争取到位资金)
#: it is the result, what was won
_TO_A_TARGET = re.compile(r"到[0-9０-９一二三四五六七八九十〇○零两]")
#: before 争取, words of seeking still under way (正在争取, 积极争取 alone is no report)
_UNDER_WAY = ("正", "正在", "仍在", "还在")
#: done words besides done_words that sum up what was won (共争取, 合计争取, 先后争取)
_SUMMED = ("共", "合计", "总计", "先后")
#: what opens a breakdown of a sum just stated (总投资4.6亿元，其中争取…资金2.1亿元): the funds 争取 names
#: there are part of the sum, already won
_OF_WHICH = "其中"
#: a span that runs to now written as a word, not a time the reader dates (近年来, 近三年来, 多年来)
_UP_TO_NOW = re.compile(r"[以年]来")


def secured(doc: ArticleText, tokens: list[tuple[str, str, int]], k: int, figure_at: int) -> bool:
    """今年以来，县林业局争取中央和省级森林防火项目资金860万元; 截至目前，全县累计争取专项债券资金12.6亿元:
    争取 (``secure_verbs``) with what it wins (``secured_objects``: 资金, 项目, 支持) between it and the
    figure, after a time that runs to now or is past, or with 已, 共, 累计 before it, reports what was
    secured, no plan; before a target verb (争取实现, 争取达到) or a time ahead (争取到2025年) it plans."""
    word, _, at = tokens[k]
    words = doc.rules.words
    if word not in words.secure_verbs or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1][0]
    won = doc.norm.startswith("到", at + len(word))
    if (
        nxt in doc.rules.target_verbs
        or nxt.startswith(_STILL_SOUGHT)
        or _TO_A_TARGET.match(doc.norm, at + len(word))
    ):
        return False
    if not any(w in doc.norm[at:figure_at] for w in words.secured_objects):
        return False
    before = [w for w, _, _ in tokens[:k]]
    if before and before[-1] in _UNDER_WAY:
        return False
    if won or any(w in words.done_words or w in _SUMMED for w in before):
        return True
    if doc.norm.startswith(_OF_WHICH, doc.clause(at)[0]):
        return True  # 总投资约4.6亿元，其中争取…资金2.1亿元: the part of a sum the funding already won
    pub = doc.published
    ss, _ = doc.sentence(at)
    if _UP_TO_NOW.search(doc.norm, ss, at) is not None:
        return True
    return pub is not None and any(
        t.last is not None and t.last <= pub and t.type != "deadline" for t in doc.times_between(ss, at)
    )


def wins_funds(doc: ArticleText, tokens: list[tuple[str, str, int]], figure_at: int) -> bool:
    """Whether a clause's 争取 reports funds won (:func:`secured`), not sought: such a clause ends a
    plan's chain (计划改造…，总投资约4.6亿元，其中争取…资金2.1亿元，占总投资的45.7%)."""
    secure = doc.rules.words.secure_verbs
    return any(secured(doc, tokens, k, figure_at) for k, (w, _, _at) in enumerate(tokens) if w in secure)


@lru_cache(maxsize=4)
def _nouns(domain_words: frozenset[tuple[str, str]]) -> tuple[str, ...]:
    """The nouns of the domain words, for one ``startswith``."""
    return tuple(w for w, tag in domain_words if tag == "n")


#: a position no figure reaches
NEVER = 1 << 62


def after_completion(doc: ArticleText, c: Candidate, ss: int) -> bool:
    """项目建成后，年可处理生活垃圾36.5万吨: a sentence opened by a completion still ahead makes its
    figures after a modal what the finished thing will do, bar a clause that says what is done already
    (据测算，该项目建成后每年可减少碳排放12万吨，目前已完成投资3.2亿元)."""
    opened = doc.kept("completion opener", ss, lambda: _completion_end(doc, ss))
    if opened > c.start:
        return False  # the cheap test first: no completion opens the sentence before the figure (most)
    if "已" in doc.norm[doc.clause(c.start)[0] : c.start]:
        return False
    return MODAL.search(doc.norm, opened, c.start) is not None


def _completion_end(doc: ArticleText, ss: int) -> int:
    """Where the completion still ahead that opens the sentence at ``ss`` ends; else never."""
    m = doc.rules.completion_opener.match(doc.norm, ss)
    if m is None or any(w in doc.norm[ss : m.end()] for w in doc.rules.words.done_words):
        return NEVER
    return m.end()


#: 从/由 that opens an old level, after the noun it is the level of (预期从1.8%下调至1.6%)
_FROM_AT = re.compile(r"[由从]")


def forecast_revised(doc: ArticleText, c: Candidate) -> bool:
    """将今年经济增长预期从1.8%下调至1.6%, 将全年营收目标从120亿元下调至100亿元: the old level of a
    forecast or a target revised is a forecast or a target too, so planned as the new one is; the
    noun before 从 ends with a plan word jieba tags a noun (预期, 预测, 目标; not 力争)."""
    cs, _ = doc.clause(c.start)
    at = max((m.start() for m in _FROM_AT.finditer(doc.norm, max(cs, c.start - 9), c.start)), default=-1)
    if at <= cs:
        return False
    toks = pos_tag(doc.shadow[max(cs, at - 8) : at])
    if len(toks) < 2:
        return False
    word, flag = toks[-1]
    return len(word) >= 2 and flag in ("n", "vn") and word in doc.rules.planned_words


#: a later clause forecasting the completion of the works its sentence names (预计年底前全数完工,
#: 将于年内建成, 可望明年通车): read on the simplified shadow
_COMPLETION_AHEAD = re.compile(
    r"(?:预计|预估|计划|将|可望|有望)[^，,。；;]{0,12}?(?:完工|建成|竣工|落成|完成|通车|投用|启用)"
)


#: the plan words a completion forecast opens with, as one search (no slice of the sentence per word)
_PLAN_AFTER = re.compile("预|将|计划|可望|有望")


def completion_ahead(doc: ArticleText, c: Candidate) -> bool:
    """包括拓寬園區道路4.6公里、新設滯洪池2座等工程，預計年底前全數完工: the works a sentence forecasts
    to complete in a later clause are planned, bar a figure whose own clause says what is done
    (已完成投资5亿元，预计年底前全部完工) or what is under way now (另有15處、約8,900戶興建中，預計
    於116年底前陸續完工)."""
    if not doc.kept("completion ahead", None, lambda: _COMPLETION_AHEAD.search(doc.norm) is not None):
        return False  # the cheap test first, once a document: no forecast of a completion anywhere
    _, se = doc.clause(c.start, "。；;！？!?\n")  # (开工率92.3%；计划竣工项目87个: a statement of its own)
    cs, ce = doc.clause(c.start)
    if ce >= se or _PLAN_AFTER.search(doc.norm, ce, se) is None:
        return False  # the cheap test first: no plan word after the figure's clause in its sentence
    if doc.rules.words.under_way.search(doc.norm, cs, ce) is not None:
        return False
    later = [m for m in _COMPLETION_AHEAD.finditer(doc.norm, ce, se) if _completes_works(doc, m)]
    return bool(later) and not any(w in doc.norm[cs : c.start] for w in doc.rules.words.done_words)


#: a share of the works a completion forecast names (完成工程量的80%, 完成总任务的六成): no amount of its own
_SHARE = re.compile(r"的[0-9.]+[%％]|的[一二两三四五六七八九十]成")


def _completes_works(doc: ArticleText, m: re.Match[str]) -> bool:
    """A completion forecast that opens its clause and holds no amount of its own: of the works named
    before (预计年底前全数完工; 预计年底前完成工程量的80%: a share of them), not a forecast of a quantity
    (1-5月完成投资86亿元，预计全年完成200亿元)."""
    ms, me = doc.clause(m.start())
    if ms != m.start():
        return False
    at = m.end()
    for share in _SHARE.finditer(doc.norm, at, me):
        if holds_figure(doc, at, share.start()):
            return False
        at = share.end()
    return not holds_figure(doc, at, me)


def done_within(doc: ArticleText, c: Candidate, t: TimeExpr) -> bool:
    """年内已完成投资5亿元, 年內共錄得1 234宗: a time still running (年内, 本月内) whose clause says what
    is done so far dates a figure reported, not a target; a deadline in a later year (到2027年，…累计建成
    口袋公园300个) is no time running now, and what is done by then is a target, but what its own
    clause says is done already (其中已建成1.5万个) is reported."""
    cs, ce = doc.clause(c.start)
    if t.last is not None and doc.published is not None and t.last.year > doc.published.year:
        return "已" in doc.norm[cs : c.start]
    if not any(w in doc.norm[cs : c.start] for w in doc.rules.words.done_words):
        return False  # the cheap test first: no done word written before the figure
    if doc.rules.planned_any.search(doc.norm, cs, c.start) is not None:
        return False  # 目标于115年底前累计提供…2萬5,000戶: a target of what will have been done
    own = [tok for tok in plan_clause(doc, cs, ce).tokens if tok[2] < c.start]
    return says_done(own, doc.rules.words.done_words)


#: a comparison word and what may stand between it and a plan word that names the level compared
#: with (比年初预计, 较原计划, 比预期): not 占比, 同比, 环比, 比重 (占比预计达30%, 比重预计为1.8%: forecasts)
_COMPARED_WITH = re.compile(r"(?<![占对對同环環])(?:比(?![重例率值])|较|較)[^，,。；;0-9比较較]{0,6}$")


def names_the_base(clause: PlanClause, k: int, changes: tuple[tuple[str, str], ...]) -> bool:
    """Whether the plan word at token ``k`` names the level a comparison word before it compares
    with (比年初预计数量多出近三成, 比预期多2亿元), not the verb of a forecast change after a base
    (比上年预计增长5%: a change word follows it)."""
    at = clause.tokens[k][2] - clause.start
    if not at or _COMPARED_WITH.search(clause.text, max(0, at - 8), at) is None:
        return False
    nxt = clause.tokens[k + 1][0] if k + 1 < len(clause.tokens) else ""
    return not any(nxt.startswith(w) for w, _ in changes)


def length_of_a_set_span(doc: ArticleText, c: Candidate) -> bool:
    """申请期由九月二日至十月十五日，为期四十四日: a span's length, no plan word (将于…举行) before it."""
    if c.kind != "duration" or not doc.norm.endswith(doc.rules.span_lengths, 0, c.start):
        return False
    ss, _ = doc.sentence(c.start)
    return doc.rules.planned_any.search(doc.norm, ss, c.start) is None


def holds_a_plan_cue(doc: ArticleText, ss: int, se: int) -> bool:
    """Whether the sentence [ss, se) holds a plan, forecast or plan noun word (``plan_cue_any``) or opens
    with who directs or a completion ahead: :func:`.status.plan_governs` reads only within the figure's
    sentence, and each of its ways to a plan needs one of these (a sentence with none plans nothing)."""
    rules, norm = doc.rules, doc.norm
    cue = rules.plan_cue_any.search(norm, ss, se) or rules.directive_opener.match(norm, ss)
    return cue is not None or rules.completion_opener.match(norm, ss) is not None


def quota_reached(doc: ArticleText, plan_start: int, plan_end: int, at: int) -> bool:
    """计划招聘工作人员126名，涉及…事业单位48家; 计划招聘1人，审核通过196人，竞争比达196:1: clauses after a
    quota's clause (its only plan word 计划 before a verb of a quota, ``quota_verbs``) that say what the
    quota covers or drew (``quota_reach``) state what is, not the plan (设34个班 goes on setting it)."""
    words = doc.rules.words
    if not any(w in doc.norm[plan_end:at] for w in words.quota_reach):
        return False  # the cheap test first: nothing of what a quota covers or drew
    plan = doc.norm[plan_start:plan_end]
    if words.quota_plan.search(plan) is None:
        return False
    return doc.rules.planned_any.search(words.quota_plan.sub("□□", plan)) is None
