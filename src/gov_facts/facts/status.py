"""Whether a figure is reported or planned, decided here and only here.

A figure is planned when a plan word governs it (预计, 计划, 将, 力争, 拟, 目标是, 有望, 要…) or
when its time lies ahead (年底前, 到2025年, 明年). A plan word governs only where it is used as
one: as a word of its own (not inside 即将, 模拟), before the figure in its clause (or opening
the sentence whose later clause continues its verb chain), and not as part of a name or a noun
(计划生育, 国家重点研发计划, 人均预期寿命, 目标区间, 规划纲要, 检察建议154份: a proposal or a
step set ahead, 建议 and 预定, plans only before a verb, a preposition or a time), nor 将 as an object
marker (将利率维持在…, 将“民生工程”打造成), nor one that 了 marks done (确保了). Phrases in which a plan
word plans nothing (年度计划, 完成全年目标的101.2%, 计划总投资500万元及以上项目, 列入…计划的项目,
规划中之住宅, 拟录取名单, 计划执行率) are data:
``not_planned`` and ``not_planned_patterns`` in ``patterns/words.toml``. A list opened by a plan
noun and a colon (主要预期目标是：A；B；C) plans every item.
"""

from __future__ import annotations

import re

from . import plan_chain, status_cues
from .candidate import Candidate
from .compared_levels import past_compared_level
from .context import ArticleText
from .old_level import old_level
from .plan_amounts import part_of_a_plan, plan_headed, plan_noun_after, quoted_target, total_ahead
from .plan_budgets import budget_sets
from .plan_chain import (
    continues,
    elides_the_verb,
    is_verb,
    own_subject,
    past_time_in,
    says_done,
    sums_up,
)
from .plan_clause import PlanClause as _Clause
from .plan_clause import plan_clause as _clause
from .plan_forecasts import forecast_sentence
from .plan_headings import under_a_plan_heading
from .plan_tables import planned_cell, row_cells
from .programme_names import DONE_AFTER, ends_a_name, modifies_a_noun, names_a_programme, took_in_after
from .rule_figures import defines_a_scope
from .rulebook import Rulebook
from .status_cues import (
    actual_since,
    completion_ahead,
    glued_plan,
    holds_a_plan_cue,
    in_force,
    length_of_a_set_span,
    limit_a_rule_sets,
    looks_ahead,
    names_the_base,
    plan_in_brackets,
    secured,
    wins_funds,
)
from .status_cues import after_completion as _after_completion
from .time_expressions import TimeExpr

#: plan words that are nouns as often as verbs (words.toml plan_nouns) govern only before a verb or the figure
#: jieba tags of a word that makes a noun-like plan word part of a name or a noun (研发计划立项)
_NOUN_TAGS = frozenset({"n", "nz", "nr", "nrt", "nt", "l", "b", "s", "ng", "j", "i", "an"})
#: what follows 将 when it is an object marker (把), not the future (not ns: jieba tags 新建 ns)
_OBJECT_TAGS = frozenset({"n", "nz", "nr", "nrt", "nt", "ng", "r", "rr", "rz", "l", "j", "s", "b", "x"})
_QUOTES = ("“", '"', "‘", "「")
#: words that point at a programme named before (本计划, 该计划, 此项规划): the plan noun after one is
#: that programme, not a plan word (jieba keeps 该区, 该镇 one word: the place that plans is no pointer)
_POINTERS = frozenset({"本", "该", "此", "这", "这项", "该项", "此项", "本项", "这个", "上述"})
#: measure words of proposals (12件建议, 3条建议, 该项建议): the 建议 after one is a noun
_COUNTED_BY = frozenset("件条项份")
#: the place that acts, right before a plan word (全市, 我县, 本区, 该镇)
_ACTOR_PLACE = re.compile(r"(?:全|我|本|该)[市县区省镇乡州旗]$")


def _governs(clause: _Clause, k: int, rules: Rulebook, figure_at: int) -> bool:
    """Whether the plan word at token ``k`` is used as one (not a noun, a name or 将 as 把)."""
    tokens = clause.tokens
    word = tokens[k][0]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if word in rules.modal_cues:
        # 并会在春节期间开放, 今年会新增: a modal before a verb; 每年都会有: a habit
        before = tokens[k - 1][0] if k > 0 else ""
        return nxt is not None and nxt[1][:1] in _MODAL_NEXT and before not in rules.habitual_adverbs
    if word in rules.words.lead_cues:
        # 我建議預留60億元, 預定年底前發放: a proposal or a step set ahead before its verb, preposition
        # or time; 检察建议154份, 预定收购量, 預定了 (booked): a noun or what is done; 12件建议作为…, 该项
        # 建議由…: counted or pointed at, the proposals are a noun whatever verb follows
        if k > 0 and (tokens[k - 1][1][:1] == "q" or tokens[k - 1][0][-1:] in _COUNTED_BY):
            return False
        return nxt is not None and nxt[2] < figure_at and (is_verb(nxt) or nxt[1][:1] in "pct")
    if nxt is not None and nxt[0] == "了":
        return False  # 确保了5000余名群众安全转移: the aspect mark says it is done
    if word in ("要", "还要"):
        # 要达到 sets a target, 要在30日内完成 a requirement, 还要新修 what is to be built (新 + a verb);
        # 每年要额外支出 states a cost
        if nxt is None:
            return False
        return nxt[0] in rules.target_verbs or nxt[0] in ("在", "于") or _new_work(tokens, k + 1)
    if names_the_base(clause, k, rules.changes):
        return False  # 比年初预计数量多出近三成, 较原计划提前3天: the plan is the level compared with
    if word in ("计划", "规划") and k > 0 and ends_a_name(tokens[k - 1], tokens[k + 1 : k + 3]):
        return False  # 国家重点研发计划, “春雨”计划: the plan word ends the name of a programme
    if word in rules.words.plan_nouns and names_a_programme(clause.text, clause.start, tokens[k]):
        return False
    if k > 0 and word in rules.words.plan_nouns and took_in_after(clause.text, clause.start, tokens, k):
        # 第二季強積金計劃共收取供款: the scheme a noun names reports what it took in (not 全市计划共收取)
        return _ACTOR_PLACE.search(clause.text, 0, tokens[k][2] - clause.start) is not None
    if word in rules.words.plan_nouns and k > 0 and tokens[k - 1][0] in _POINTERS:
        return False  # 本計畫補助比率最高為50%, 該計畫補助對象為: the programme pointed at, its terms
    if word in rules.words.plan_nouns and plan_chain.records(tokens, k + 1, rules.words.record_verbs):
        return False  # 計劃共收到申請8,523份: the programme, and what it received
    if nxt is not None and nxt[2] >= figure_at and word == "将":
        return False  # 可以将万米范围内的…变成, 将120万元用于: 将 before its object is 把
    if nxt is None and k > 0 and word in rules.words.plan_nouns:  # 围绕…便民利企目标，: an object
        return clause.text.rstrip().endswith(("：", ":"))  # (目标：10万辆 governs)
    if nxt is None or nxt[2] >= figure_at:
        return True  # the plan word right before the figure (预计5%左右, 目标：10万辆)
    if word == "将" and nxt[0] in ("原有", "现有", "原来", "既有"):
        return False  # 将原有零散地块1.7万块归并为2900余块: 将 before what there was is 把
    if word == "将":  # 将积极争取: jieba's idiom that ends with a plan verb is no object of 把
        # 还将新开工: 新 + a verb; 将会同住建部门开展: 会同/协同 (together with), a coverb jieba tags a noun
        ends_plan = nxt[0][-2:] in rules.planned_words or is_verb(nxt) or nxt[0] in ("会同", "协同")
        return not (nxt[0].startswith(_QUOTES) or (nxt[1] in _OBJECT_TAGS and not ends_plan))
    if word in rules.words.plan_nouns and nxt[1] in _NOUN_TAGS and not is_verb(nxt):
        # (计划新开工: jieba tags 新 + a verb a noun; is_verb reads it as the verb it is)
        # 规划岸线1600米: a plan word opening its clause, whose noun the figure measures, plans it
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        opens = k == 0 or tokens[k - 1][1].startswith(("t", "r"))
        if after is not None and after[2] < figure_at:
            # 招生计划总数为38万人: the plan's quantity (总数, 规模) and a copula right before the figure
            last = k + 3 >= len(tokens) or tokens[k + 3][2] >= figure_at
            if nxt[0] == "任务" and after[0] in ("为", "是"):
                return True  # 年度目标任务为改造农村户厕3000户: the plan's task, what it is
            return last and nxt[0].endswith(rules.quantity_names) and after[0] in ("为", "是", "达")
        if word == "规划":
            return opens
        # 今年计划植树30万株, 全市计划植树30万株, 我县计划造林2万亩: 计划 after a time or the place that acts
        acts = _ACTOR_PLACE.search(clause.text, 0, tokens[k][2] - clause.start) is not None
        return word == "计划" and (opens or acts)
    return True


def _new_work(tokens: list[tuple[str, str, int]], k: int) -> bool:
    """新 + a verb at token ``k`` (新建, 新开工; 新|修 as jieba may cut it): what is to be built."""
    word = tokens[k][0]
    if word == "新":
        return k + 1 < len(tokens) and is_verb(tokens[k + 1])
    return word.startswith("新") and is_verb(tokens[k])


#: what may follow a future modal (会): a verb, an adverb, a preposition or a time (会在…期间开放)
_MODAL_NEXT = frozenset("vdpt")


def _plan_word_before(doc: ArticleText, cs: int, ce: int, figure_at: int) -> bool:
    """A plan word used as one, in the clause [cs, ce) before ``figure_at``, with no word between
    them that says what is done (今年计划实施的工程已全部完工: the plan names the works, 已 reports)."""
    planned = doc.rules.planned_words
    clause = _clause(doc, cs, ce)
    if not clause.has_plan_word:
        return False
    tokens = clause.tokens
    found = False
    for k, (word, _flag, at) in enumerate(tokens):
        if at >= figure_at:
            break
        if word.startswith(DONE_AFTER) and not modifies_a_noun(tokens, k):  # not 累计降雨量
            found = False
        elif (
            not found
            and (word in planned or glued_plan(doc.rules.words, word, _flag))
            and _governs(clause, k, doc.rules, figure_at)
            and not secured(doc, tokens, k, figure_at)
        ):
            found = True
    return found


def _directive_sentence(doc: ArticleText, c: Candidate, ss: int) -> bool:
    """会议要求，…全年完成隐患排查整治不少于600项: a sentence opened by who directs (a short clause
    ending in 要求, 强调, 提出, 部署 or 明确) directs its figures, bar a clause that says what is done."""
    m = doc.rules.directive_opener.match(doc.norm, ss)
    if m is None or m.end() > c.start:
        return False
    cs, _ = doc.clause(c.start)
    return not any(w in doc.norm[cs : c.start] for w in doc.rules.words.done_words)


#: what may link a plan noun to the colon that opens its list (目标是：, 目标为：, 计划如下：)
_LIST_LINKS = ("如下", "是", "为")


def _target_list(doc: ArticleText, c: Candidate, ss: int) -> bool:
    """主要预期目标是：A；B；C: a list opened by a plan noun and a colon lists targets, each item
    planned whatever its verb (增长10%以上, 稳定在30万吨以上), bar an item that says what is done."""
    colon = max(doc.norm.rfind("：", ss, c.start), doc.norm.rfind(":", ss, c.start))
    if colon < 0:
        return False
    hs, _ = doc.clause(colon)
    nouns = doc.rules.words.plan_nouns
    if not _names_a_plan(doc.norm[hs:colon].rstrip(), nouns):
        return False  # asked of the text as written first: masking only takes words away
    if not _names_a_plan(_clause(doc, hs, colon).text.rstrip(), nouns):
        return False
    cs, _ = doc.clause(c.start)
    return not any(w in doc.norm[max(cs, colon) : c.start] for w in doc.rules.words.done_words)


def _names_a_plan(head: str, nouns: tuple[str, ...]) -> bool:
    """Whether the words before a colon end with a plan noun, a link word aside (目标是, 计划如下)."""
    for link in _LIST_LINKS:
        if head.endswith(link):
            head = head[: -len(link)]
            break
    return head.endswith(nouns)


def _sentence_plans(doc: ArticleText, c: Candidate, cs: int) -> bool:
    """明年计划新建学校10所，新增学位1.2万个: a later clause that continues the verb chain of a
    clause governed by a plan word (it opens with a verb, names no subject, says nothing done)."""
    ss, _ = doc.sentence(c.start)
    if actual_since(doc, ss, c.start):
        return False  # 原預計…為3億元，實際支出2.8億元: what came of the plan
    if forecast_sentence(doc, c, ss) or _directive_sentence(doc, c, ss) or _after_completion(doc, c, ss):
        return True
    if _target_list(doc, c, ss):
        return True
    if cs <= ss or doc.rules.planned_any.search(doc.norm, ss, cs) is None:
        return False  # no plan word before the clause in its sentence: nothing to go on with
    planned_before = False
    terms = doc.rules.words.plan_term  # 每人獲發, 涉及開支: the terms of a plan before (words.toml)
    term = terms.search(doc.norm, cs, c.start) is not None
    at, (prev_cs, prev_ce) = cs, doc.clause(cs - 1)
    while prev_cs >= ss:
        if (
            doc.norm[at - 1] in "；;"
            and not term
            and not continues(doc, _clause(doc, at, doc.clause(at)[1]).tokens, False)
        ):
            break  # 预计达到685亿元，…；省级财政科技支出42.6亿元，增长12.1%: a statement of its own
        if _PURPOSE.match(doc.norm, prev_cs) is not None:
            break  # 為確保用餐安全，…共抽驗420件: a purpose clause plans none of the clauses after it
        if _plan_word_before(doc, prev_cs, prev_ce, prev_ce):
            planned_before = True
            break
        between = _clause(doc, prev_cs, prev_ce).tokens
        done = doc.rules.words.done_words
        if any(plan_chain.done_word(w, done) for w, _, _at in between) or wins_funds(doc, between, prev_ce):
            break  # 计划完成120亿元，截至目前已完成42.6亿元，占年度计划的35.5%: what was done since
        if (
            own_subject(doc, between)
            and not continues(doc, between)
            and not terms.search(doc.norm, prev_cs, prev_ce)
        ):
            # 产量会下降约3成，公所因此…合作，并协助…申请3万元: a subject of its own ends the chain;
            # not a target of the list (力争…，企业开办时间压缩至1个工作日，网办率提高到95%)
            break
        if prev_cs == ss:
            break
        at, (prev_cs, prev_ce) = prev_cs, doc.clause(prev_cs - 1)
    if not planned_before or status_cues.quota_reached(doc, prev_cs, prev_ce, c.start):
        return False  # 计划招聘1人，审核通过196人: what the quota drew
    own = [t for t in _clause(doc, cs, doc.clause(c.start)[1]).tokens if t[2] < c.start]
    if says_done(own, doc.rules.words.done_words) and not plan_chain.summed_by_a_deadline(doc, own, ss, cs):
        return False
    if past_time_in(doc, cs, c.start):
        return False
    if wins_funds(doc, own, c.start):
        return False  # 计划改造…，总投资约4.6亿元，其中争取…资金2.1亿元: funds of the plan already won
    if term:
        return True
    # 力争完成投资增长8%以上，城镇新增就业不少于2.5万人: a later target bound continues the plan;
    # 规划设置X，面积合计约N: so does the total of what was planned
    if any(b in doc.norm[cs : c.start] for b in doc.rules.target_bounds):  # 不少于2.5万人 after 力争
        return True
    # a clause parallel to the plan's (a noun and a target verb, a change) goes on with it only after
    # a planned figure (力争…达到42万头，畜牧业产值突破38亿元), not after a plan of no figure (拟录用张三为
    # 工作人员，综合成绩为85.5分: measured)
    parallel = plan_chain.holds_figure(doc, prev_cs, prev_ce)
    if sums_up(doc, own) or continues(doc, own, parallel):
        return True
    return parallel and elides_the_verb(doc, cs, c.start, c.unit, doc.clause(cs - 1)[1])


#: a clause of purpose (为确保用餐安全，, 为了实现…，): its plan word plans only itself
_PURPOSE = re.compile(r"\s*为了?(?:确保|保障|保证|实现|争取|力争)")

#: 距离青岛超过1200海里的珠江口盆地: a distance inside a phrase that describes a place
_DISTANCE_OF_A_PLACE = re.compile(r"距离?[^，。；;、]{1,12}$")


def plan_governs(doc: ArticleText, c: Candidate) -> bool:
    """A plan word governs the figure (in its clause, after it as a plan noun, or over its sentence);
    never a distance that places something (将前往距离青岛超过1200海里的珠江口盆地, 距市中心5公里处).
    Answered once per figure: the time decision asks it too (a review's bare month, a span ahead)."""
    return doc.kept("plan governs", (c.start, c.end, c.unit, c.kind), lambda: _plan_governs(doc, c))


def _plan_governs(doc: ArticleText, c: Candidate) -> bool:
    ss, se = doc.sentence(c.start)
    if not doc.kept("plan cues", ss, lambda: holds_a_plan_cue(doc, ss, se)):
        return False  # the cheap test first, once per sentence: nothing in it plans (most sentences)
    cs, ce = doc.clause(c.start)
    if doc.norm.startswith(("的", "处"), c.end) and _DISTANCE_OF_A_PLACE.search(doc.norm, cs, c.start):
        return False
    ws, we = cs, ce  # 城南学校 | 预计2027年建成 | 45.6: another cell's plan word is that cell's own
    if (cell := row_cells(doc.norm, cs, c)) is not None:
        if _plan_word_before(doc, cs, cell[0], cell[0]):
            return True  # 计划新建学校（所） | 5: the row's label plans its cells
        ws, we = cell[1], min(ce, cell[2])
    if _plan_word_before(doc, ws, we, c.start) or plan_noun_after(doc, c, we) or quoted_target(doc, c):
        return True
    return _sentence_plans(doc, c, cs)


def _length_of_a_planned_programme(doc: ArticleText, c: Candidate) -> bool:
    """並會…推出新一輪「購物餐飲優惠」，為期三個月; 将开展专项整治行动，为期两个月: a length that opens
    its clause (为期) is of the programme the clause before names, and planned when a plan word
    governs that clause."""
    if c.kind != "duration":
        return False
    cs, _ = doc.clause(c.start)
    if cs < 2 or doc.norm[cs : c.start].strip() not in doc.rules.span_lengths:
        return False
    pcs, pce = doc.clause(cs - 2)
    return _plan_word_before(doc, pcs, pce, pce)


def is_planned(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """Planned when a plan word governs the figure or its time lies ahead of the publish date; never
    the level a planned change starts from (将由每月1800元提高至2000元: 1800元 is what is now)."""
    if old_level(doc, c):
        return status_cues.forecast_revised(doc, c)  # 增长预期从1.8%下调: a forecast, whatever it was
    if defines_a_scope(doc, c):
        return False  # 将为60岁以上老年人体检: who, not a plan
    if (plan_governs(doc, c) and not in_force(doc, c) and not limit_a_rule_sets(doc, c)) or planned_cell(
        doc, c
    ):
        return not past_compared_level(doc, c, t)  # 高于上年的420万吨 after 预计: measured
    if plan_in_brackets(doc, c) or budget_sets(doc, c):
        return True
    if plan_headed(doc, c) or part_of_a_plan(doc, c) or total_ahead(doc, c, t):
        return True
    if _length_of_a_planned_programme(doc, c) or looks_ahead(doc, c, t) or under_a_plan_heading(doc, c, t):
        return True
    if completion_ahead(doc, c):  # 新設滯洪池2座等工程，預計年底前全數完工
        return True
    if length_of_a_set_span(doc, c):
        return False
    if t is not None and doc.published is not None:
        if t.type == "deadline" and t.last is not None and t.last >= doc.published:
            return not status_cues.done_within(doc, c, t) and not status_cues.a_rules_cap(doc, c)
        if t.first is not None and t.first > doc.published:
            return True
    return False
