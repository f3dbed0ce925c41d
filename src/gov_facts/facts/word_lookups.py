"""The word lists of single rules moved out of code in session 8's second round, compiled once per
Patterns for the :class:`.rulebook.Rulebook` (its ``words``): each attribute names the module that
reads it; ``patterns/words.toml`` says what each list decides."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..rules.patterns import load_patterns
from ..rules.word_lists import WordLists
from .figure_lookups import FigureLookups
from .grant_lookups import GrantLookups, grant_lookups
from .run_lookups import RunLookups, run_lookups
from .word_regexes import (
    NEVER,
    alias_bracket,
    alternatives,
    any_run,
    compared_clause_pattern,
    holiday_name,
    word_pair,
    words_pattern,
)


@dataclass(frozen=True)
class WordLookups:
    """Lookups built from the lists of :class:`..rules.word_lists.WordLists`."""

    #: :mod:`.timing`: a verb entering a thing in a list named with its year (纳入2022年…计划的) and
    #: how far back it reaches; what a figure is adjusted for (扣除…因素后); a word of now (现有)
    entered_in: re.Pattern[str] = NEVER
    entered_reach: int = 0
    #: :mod:`.aside_times`: a verb of holding right before a year (开展2024年…) and the campaign's
    #: name after it, to its head (“两节”送温暖活动)
    campaign_held: re.Pattern[str] = NEVER
    campaign_named: re.Pattern[str] = NEVER
    #: :mod:`.framing`: a line whose label's value lists lots, up to the figure's lot label
    #: (最高限价（如有）：包1：, 投标保证金：包1：2.9万元，包2：)
    lot_line: re.Pattern[str] = NEVER
    adjusted_for: re.Pattern[str] = NEVER
    now_mark: re.Pattern[str] = NEVER
    #: :mod:`.noun_phrase`: a project's name, its word (项目, 专案) and a part of it (新型建材项目主体工程)
    project_part: re.Pattern[str] = NEVER
    #: :mod:`.acts_counted`: adverbs of extent never a whole subject (基本清理完毕, 全部完成)
    lone_adverbs: frozenset[str] = frozenset()
    #: :mod:`.plausible`: what opens a bracket that sets up an alias (（以下简称代表建议）)
    alias_openers: tuple[str, ...] = ()
    #: :mod:`.bracket_names`: a bracket of one of them and its alias right before a figure (612件)
    alias_before: re.Pattern[str] = NEVER
    #: :mod:`.same_thing`, :mod:`.unit_subject`: grants and the verbs that give them
    grants: GrantLookups = field(default_factory=GrantLookups)
    #: :mod:`.run_trims`, :mod:`.words_before`: the words in a run before a count it does not count
    runs: RunLookups = field(default_factory=RunLookups)
    #: :mod:`.spoken`, :mod:`.court_terms`, :mod:`.counted_object`, :mod:`.event_counts`
    figures: FigureLookups = field(default_factory=FigureLookups)
    #: :mod:`.status`: a term of a planned measure (每人獲發, 每宗個案以…為上限, 涉及開支, 惠及)
    plan_term: re.Pattern[str] = NEVER
    #: the plan or budget a share is of, after the time (完成全年目标任务的84%, 占全年預算數…之55.6%)
    plan_of_a_share: re.Pattern[str] = NEVER
    #: :mod:`.status`: plan words that are nouns as often as verbs (计划, 目标); words saying what is
    #: done (已, 累计), that no earlier plan word governs
    plan_nouns: tuple[str, ...] = ()
    #: plan words that plan only before a verb, a preposition or a time (建议, 预定)
    lead_cues: frozenset[str] = frozenset()
    done_words: tuple[str, ...] = ()
    #: the nouns that end a programme's quoted name: the plan nouns and programme_heads (专案, 方案)
    name_heads: tuple[str, ...] = ()
    #: words of a work under way now (兴建中, 在建; not 在建成)
    under_way: re.Pattern[str] = NEVER
    #: a quota's plan word (计划招聘), and the words of what a quota covers or drew (涉及, 审核通过)
    quota_plan: re.Pattern[str] = NEVER
    quota_reach: tuple[str, ...] = ()
    actual_words: tuple[str, ...] = ()
    #: :mod:`.plan_headings`: how a heading over the work ahead ends or opens (工作安排, 下一步)
    plan_heading_ends: tuple[str, ...] = ()
    plan_heading_leads: tuple[str, ...] = ()
    #: :mod:`.plan_chain`: the head of a noun of a total (总 投资, 总面积)
    total_heads: tuple[str, ...] = ()
    #: :mod:`.durations`, :mod:`.named_around`: words before N日 that make it the days a payment is
    #: late (逾期30日, 每逾3日), a duration, not a date
    overdue_leads: tuple[str, ...] = ()
    #: :mod:`.durations`, :mod:`.named_around`: a suspension or a detention right before N日 (暫停營業
    #: 7至14日, 行政拘留10日): a duration of that penalty, not a date
    suspension_leads: tuple[str, ...] = ()
    #: :mod:`.named_around`: words ending in 期 that name no span a duration measures (同期, 为期)
    not_spans: tuple[str, ...] = ()
    #: :mod:`.plan_amounts`: a plan noun heading a quantity right before the figure (年度计划投资)
    plan_headed: re.Pattern[str] = NEVER
    #: :mod:`.rule_figures`: a term's name and its copula right before a time (投标截止时间为), and the
    #: last characters of the names (a time may follow one with no copula: 缴纳期限至6月30日)
    term_value: re.Pattern[str] = NEVER
    term_ends: str = ""
    #: a coverb of whom a measure reaches a few characters before a threshold (将为全市60岁以上老年人)
    scope_lead: re.Pattern[str] = NEVER
    #: a penalty a law sets (罚款, 罚锾, 监禁, 有期徒刑)
    penalty_noun: re.Pattern[str] = NEVER
    #: one-character plan words jieba glues to the verb or preposition after them (拟向, 拟建)
    glued_plan_cues: tuple[str, ...] = ()
    #: 争取 and what it secures rather than seeks (资金, 项目, 支持): facts/status_cues.py
    secure_verbs: frozenset[str] = frozenset()
    counted_place_heads: frozenset[str] = frozenset()
    secured_objects: tuple[str, ...] = ()
    #: a plan noun and the bracket its amount stands in (全年目标任务（8万人次）, 年度預算（5億元）)
    plan_bracket: re.Pattern[str] = NEVER
    #: :mod:`.subject_guard`: words of how a change is measured (名义, 同口径, 日均), words pointing
    #: back (该, 此类) and :mod:`.subject_recut`: measure heads a verb before them describes (参保人数)
    manner_words: frozenset[str] = frozenset()
    pointing_words: frozenset[str] = frozenset()
    measure_heads: tuple[str, ...] = ()
    #: :mod:`.time_anaphora`: what makes 同期 a comparison after it (同期相比), besides a change word
    compared_after: tuple[str, ...] = ()
    #: :mod:`.subject_last`: adverbs and a verb of holding, then 在 or 于, ending the text searched
    #: (稳定控制在, 持续保持在约): the noun before them is what is held; the verbs themselves (a subject
    #: read over one ends in it)
    held_run: re.Pattern[str] = NEVER
    held_verbs: tuple[str, ...] = ()
    #: :mod:`.time_scopes`: a short modifier ending in a verb of an event and 的 (召开的, 举行的) right
    #: after a time; :mod:`.time_plans`: a verb of an event right after a time (于4月下旬开幕)
    event_modifier: re.Pattern[str] = NEVER
    event_verb: re.Pattern[str] = NEVER
    #: :mod:`.qualifier`: 最高 and a verb of reaching before a figure (最高达: the peak reached) and a
    #: modal and a verb of reaching or getting (最高可达: a cap), each with the most characters it
    #: spans; the last characters of those verbs (a clause ending in none is asked neither)
    peak_reached: re.Pattern[str] = NEVER
    #: :mod:`.no_unit`: a noun, a word of expectation or a modal and a verb of reaching before a count
    #: at its clause's end (入场人次可达800万, 就診人次預計達120萬): the noun's measure is the count's
    expected_lead: re.Pattern[str] = NEVER
    peak_words: frozenset[str] = frozenset()
    peak_span: int = 0
    #: :mod:`.status`: verbs of what a programme received or recorded (計劃共收到, 計劃已接獲)
    record_verbs: frozenset[str] = frozenset()
    #: :mod:`.holidays`: a festival's name (or another name of it) and a holiday head (春节假期,
    #: 五一”假期, 国庆黄金周), with no opening quote (an optional first character leaves the engine no
    #: first characters to skip to: some 13x slower; the caller looks one back for it); each
    #: festival's first and last day by year
    holiday_name: re.Pattern[str] = NEVER
    #: a festival's name (or another name of it) alone: without one, a page's 期间 names no holiday
    holiday_festival: re.Pattern[str] = NEVER
    holiday_days: dict[tuple[str, int], tuple[date, date]] = field(default_factory=dict)
    holiday_aliases: dict[str, str] = field(default_factory=dict)
    #: a school break's name (暑假, 寒假) and its first and last month
    school_break: re.Pattern[str] = NEVER
    school_break_months: dict[str, tuple[int, int]] = field(default_factory=dict)
    modal_reach: re.Pattern[str] = NEVER
    modal_span: int = 0
    reach_ends: frozenset[str] = frozenset()
    #: :mod:`.ranks`: where a ranking is named in the sentence before a move of N places: 第N位/名,
    #: or a word of rank (排名, 位次)
    rank_named: re.Pattern[str] = NEVER
    #: :mod:`.scan`: a word of ratio right before two numbers joined by a colon or 比 (比例为, 性别比),
    #: with the most characters it spans, or right after them (的比例): they are a ratio, not a time
    #: of day (10:30) or a score (2:1)
    ratio_cue_before: re.Pattern[str] = NEVER
    ratio_cue_span: int = 0
    ratio_cues_after: tuple[str, ...] = ()
    #: vague words before a Chinese numeral (数百, 几十, 若干万): no figure, bar 上 before a bare
    #: magnitude (上万人: at least that)
    vague_leads: tuple[str, ...] = ()
    #: words that point back or ahead at things named (上述三项措施, 下列四类): the count is no figure
    pointing_leads: tuple[str, ...] = ()
    #: :mod:`.suffixes`: place words a number of an address follows (村, 区, 楼: 河东村6组)
    place_suffixes: tuple[str, ...] = ()
    #: words that end in a place word but name no place (辖区, 园区, 景区): no address follows them
    area_words: tuple[str, ...] = ()
    #: :mod:`.time_expressions`: what makes a year the level a figure is compared with: a word right
    #: before it (较2019年), or one joining it (与2023年) and one right after it (相比)
    base_leads: tuple[str, ...] = ()
    base_join_leads: tuple[str, ...] = ()
    base_join_ends: tuple[str, ...] = ()
    #: :mod:`.time_baselines`: a short noun, or the baseline's own level, between a year and its
    #: base_join_ends (与上季调查比较, 与2023年同月的1,350套相比)
    noun_then_compared: re.Pattern[str] = NEVER
    level_then_compared: re.Pattern[str] = NEVER
    #: :mod:`.same_thing`: a clause opening with a comparison word, 比 or 较 before it or not
    #: (高于同期全省…3.2个百分点, 比全省高出): its noun is the other's
    compared_clause: re.Pattern[str] = NEVER
    #: :mod:`.time_scopes`: what ends a news dateline after its date (5月20日电); a word in a title
    #: that names a report (统计公报), not an event; a clause that says who reports what follows
    #: (据海关统计，, 数据显示：)
    dateline_ends: tuple[str, ...] = ()
    report_title: re.Pattern[str] = NEVER
    attribution: re.Pattern[str] = NEVER
    #: a title's year and a word of a report on it (2022年…统计公报: the year the report is about);
    #: a report titled by the year it is delivered in or whose accounts an audit examined (政府工作报告)
    year_report: re.Pattern[str] = NEVER
    roc_year_report: re.Pattern[str] = NEVER
    delivered_report: re.Pattern[str] = NEVER
    #: an ordinal right after a title's year that numbers a name (第15号台风): the year is the name's
    numbered_name: re.Pattern[str] = NEVER
    #: a clause opening with a further duty (并须, 亦須): an earlier clause's deadline is not its
    further_duty: re.Pattern[str] = NEVER
    #: a clause opening with when an extreme occurred (，出现在20日02时): that time is the extreme's
    occurred_at: re.Pattern[str] = NEVER
    #: :mod:`.no_unit`: words of a time of day before N点 (上午9点): a time, no index points
    times_of_day: tuple[str, ...] = ()
    #: :mod:`.day_spans`: one of the same words, a part of a span's first day (13日夜间至14日)
    part_of_day: re.Pattern[str] = NEVER
    #: :mod:`.scan`: verbs of adding one more (增设一个顾问办事处): 一 and a measure word after is a figure
    one_counting: tuple[str, ...] = ()
    #: :mod:`.event_counts`: words that count events up to an ordinal of 次/轮 (以来, 这是, 举行) and
    #: heads of names such an ordinal opens (会议, 普查)
    event_ordinal_cues: tuple[str, ...] = ()
    event_name_heads: tuple[str, ...] = ()
    #: :mod:`.market_levels`: names of market measures and exchange rates whose levels have no unit
    market_measures: tuple[str, ...] = ()
    rate_measures: tuple[str, ...] = ()
    #: :mod:`.durations`: a bond, loan or deposit a term right before describes (年期及以上地方债), to
    #: the end of its clause; a benchmark's name in that clause (国债收益率, LPR) makes it no figure
    term_product: re.Pattern[str] = NEVER
    benchmark_quote: re.Pattern[str] = NEVER
    #: :mod:`.unit_subject`: a verb of a fiscal measure opening a clause, perhaps after 累计 or 新增,
    #: right before its amount (，减税5.2亿元; 累计降费1.8亿元)
    amount_verb: re.Pattern[str] = NEVER
    #: :mod:`.shares`: a share said to pass half after a word that names a share (出口占比过半,
    #: 所占比重已超过一半): not 时间过半, nor 获得过半数赞成票 (a vote's majority)
    over_half: re.Pattern[str] = NEVER
    #: :mod:`.units`: measure words after 每 that name whom or how often (每人, 每次), no unit of a rate
    not_per: frozenset[str] = frozenset()


#: what may link a word of ratio to its figures (比例为, 之比约为, 比值由…降至; 收入比缩小至2.7:1, 比例
#: 调整为3:7: a verb of change before 至, 到 or 为; 车桩比由去年底的2.7:1降至…: the old level's time
#: and 的 after 由 or 从)
_RATIO_LINKS = (
    "为|是|约为|达到|达|约|(?:由|从)(?:[^，,。；;:：]{1,8}?的)?|降至|升至|至"
    "|(?:缩小|扩大|调整|下降|上升|降低|提高|收窄|优化)(?:至|到|为)"
)
#: how far before the figures the word of ratio may stand, past its longest link (由2024年底的)
_RATIO_LINK_SPAN = 12


def _longest(words: list[str]) -> int:
    return max((len(w) for w in words), default=0)


def word_lookups(r: WordLists) -> WordLookups:
    """The lookups of ``r``'s lists, each built once."""
    return WordLookups(
        entered_in=words_pattern(r.entered_verbs, "(?:@)$"),
        entered_reach=max((len(w) for w in r.entered_verbs), default=0),
        campaign_held=words_pattern(r.campaign_verbs, "(?:@)$"),
        campaign_named=words_pattern(
            r.campaign_heads, '度?[^，,。；;：:0-9]{0,16}?(?:@)[”"」]?(?=[，,。；;]|$)'
        ),
        lot_line=words_pattern(
            r.lot_words,
            r"(?:^|(?<=[\n。，,；;]))\s*([^\n。；;，,:：]{2,20})[:：](?:[^\n。]{0,48}?[，,；;、]\s*)?"
            r"(?:第?[0-9一二三四五六七八九十A-Za-z]{1,3}[号#]?(?:@)|(?:@)[0-9一二三四五六七八九十A-Za-z]{1,3}号?)"
            r"\s*[:：]\s*$",
        ),
        adjusted_for=words_pattern(r.adjustment_verbs, "(?:@)[^，,。；;0-9]{0,10}$"),
        # 由現時的30天縮短至20天, 从现在的5个增至8个: after 由/从 the now is the old level's
        now_mark=words_pattern(r.now_marks, "(?<![由从])(?:@)"),
        lone_adverbs=frozenset(r.lone_adverbs),
        alias_openers=tuple(r.alias_openers),
        grants=grant_lookups(r),
        runs=run_lookups(r),
        figures=FigureLookups(r.figure_words),
        alias_before=alias_bracket(r.alias_openers),
        plan_term=words_pattern(r.plan_terms),
        # 全年預算執行率為72.5%, 年度目标完成率达85%: the rate of doing the plan, as its share
        # (已完成全年4.4万亿元额度的89.1%: the plan's amount may stand between the time and its noun)
        plan_of_a_share=words_pattern(
            r.share_plans,
            "(?:[0-9.,]+[十百千万亿]*[元吨人户个]?)?(?:@)(?:[^，。；;]{0,14}(?:的|之)|(?:执行|完成|达成)率[为达是]?)",
        ),
        plan_nouns=tuple(r.plan_nouns),
        lead_cues=frozenset(r.lead_cues),
        done_words=tuple(r.done_words),
        name_heads=tuple(r.plan_nouns + r.programme_heads),
        under_way=re.compile(f"(?:{alternatives(r.under_way_words)})(?!成)") if r.under_way_words else NEVER,
        quota_plan=words_pattern(r.quota_verbs, "计划(?=@)"),
        quota_reach=tuple(r.quota_reach),
        actual_words=tuple(r.actual_words),
        plan_heading_ends=tuple(r.plan_heading_ends),
        plan_heading_leads=tuple(r.plan_heading_leads),
        total_heads=tuple(r.total_heads),
        overdue_leads=tuple(r.overdue_leads),
        suspension_leads=tuple(r.suspension_leads),
        not_spans=tuple(r.not_span_words),
        plan_headed=words_pattern(
            r.planned_quantities, r"(?<![按超占比成])(?:年度|全年|年)?(?:计划|规划)(?:@)(?:为|达|是|约|共)?$"
        ),
        term_value=words_pattern(r.term_names, r"(?:@)\s*(?:为|是|：|:)?\s*(?:自|从)?$"),
        term_ends="".join(sorted({w[-1] for w in r.term_names if w})),
        scope_lead=words_pattern(r.scope_coverbs, r"(?:@)[^，,。；;：:]{0,12}$"),
        penalty_noun=words_pattern(r.penalty_nouns),
        glued_plan_cues=tuple(r.glued_plan_cues),
        secure_verbs=frozenset(r.secure_verbs),
        project_part=words_pattern(r.project_words, "[^0-9“”「」]{4,}(@)([\u4e00-\u9fff]{2,6})"),
        counted_place_heads=frozenset(r.counted_place_heads),
        secured_objects=tuple(r.secured_objects),
        plan_bracket=words_pattern(
            r.share_plans + r.plan_nouns, r"(?:@)(?:任务|数|值|额|总额)?[（(][约近]?$"
        ),
        manner_words=frozenset(r.manner_words),
        pointing_words=frozenset(r.pointing_words),
        measure_heads=tuple(r.measure_heads),
        compared_after=tuple(r.compared_after),
        held_run=words_pattern(r.held_verbs, any_run(r.held_adverbs) + "(?:@)(?:在|于)(?:约|大约)?$"),
        held_verbs=tuple(r.held_verbs),
        event_modifier=words_pattern(r.event_verbs, "[^，,。；;：:\\n]{0,6}?(?:@)的"),
        event_verb=words_pattern(r.event_verbs),
        expected_lead=word_pair(
            r.expectation_words + r.reach_modals,
            "",
            r.reach_verbs + r.expected_reach_verbs,
            "[\u4e00-\u9fff]{2}",
        ),
        peak_reached=word_pair(r.peak_words, "(?:时)?", r.reach_verbs),
        peak_words=frozenset(r.peak_words),
        record_verbs=frozenset(r.record_verbs),
        peak_span=_longest(r.peak_words) + 1 + _longest(r.reach_verbs),
        modal_reach=word_pair(r.reach_modals, "", r.reach_verbs + r.gain_verbs),
        modal_span=_longest(r.reach_modals) + _longest(r.reach_verbs + r.gain_verbs),
        reach_ends=frozenset(w[-1] for w in r.reach_verbs + r.gain_verbs),
        ratio_cue_before=words_pattern(r.ratio_cues, f"(?:@)(?:{_RATIO_LINKS})?$"),
        ratio_cue_span=_longest(r.ratio_cues) + _RATIO_LINK_SPAN,
        ratio_cues_after=tuple(r.ratio_cues_after),
        vague_leads=tuple(r.vague_leads),
        pointing_leads=tuple(r.pointing_leads),
        place_suffixes=tuple(r.place_suffixes),
        area_words=tuple(r.area_words),
        base_leads=tuple(r.base_leads),
        base_join_leads=tuple(r.base_join_leads),
        base_join_ends=tuple(r.base_join_ends),
        noun_then_compared=words_pattern(r.base_join_ends, "[^，,。；;：:0-9的之]{1,4}?(?:@)"),
        level_then_compared=words_pattern(
            r.base_join_ends, r"(?:约|近)?[0-9][0-9,.]*[^\s，,。；;0-9]{0,4}(?:@)"
        ),
        compared_clause=compared_clause_pattern(r.comparison_words),
        dateline_ends=tuple(r.dateline_ends),
        times_of_day=tuple(r.times_of_day),
        part_of_day=re.compile(alternatives(r.times_of_day)) if r.times_of_day else NEVER,
        one_counting=tuple(r.one_counting_verbs),
        event_ordinal_cues=tuple(r.event_ordinal_cues),
        event_name_heads=tuple(r.event_name_heads),
        market_measures=tuple(r.market_measures),
        rate_measures=tuple(r.rate_measures),
        term_product=words_pattern(
            r.term_products, r"(?:及以上|以上|及以下|以下)?的?([^，,。；;：:、\s]{0,8}?(?:@))"
        ),
        amount_verb=words_pattern(
            r.amount_verbs,
            r"(?:^|(?<=[，,；;：:]))(?:累计|共计|合计|共|新增|全年|另|已)*(@)(?:约|近|超过|超|逾|达)?$",
        ),
        benchmark_quote=words_pattern(r.benchmark_quotes, r"[^，,。；;：:]{0,12}?(?:@)"),
        over_half=words_pattern(
            r.share_names, "(?:@)(?:已经|已|均|都|将)?((?:超过|过|超)(?:一)?半数?)(?![数票])"
        ),
        not_per=frozenset(r.not_per_words),
        # 2024年…工作成果, not 2025年科技成果博览会: a report word an event's noun follows names the event
        report_title=words_pattern(
            r.report_words,
            "(?:@)" + (f"(?!{alternatives(r.report_event_nouns)})" if r.report_event_nouns else ""),
        ),
        # 2022年…统计公报, or the year after the report's name (《澳門環境狀況報告2024》)
        year_report=words_pattern(
            r.year_report_words, "((?:19|20)[0-9]{2})年.{0,20}(?:@)|(?:@)\\s*((?:19|20)[0-9]{2})(?![0-9年月])"
        ),
        roc_year_report=words_pattern(r.year_report_words, "(?<![0-9])(?:民国)?(1[0-9]{2})年.{0,20}(?:@)"),
        delivered_report=words_pattern(r.delivered_reports),
        numbered_name=words_pattern(r.numbered_names, "第[0-9〇零一二三四五六七八九十百]+(?:@)"),
        further_duty=words_pattern(r.further_duties, r"(?<=[，,；;])\s*(?:@)"),
        occurred_at=words_pattern(r.occurred_at, r"[，,]\s*(?:@)"),
        attribution=re.compile(
            (
                f"[^，,。；;\\n]{{0,24}}?(?:{alternatives(r.attribution_verbs)})[，,：:]|"
                if r.attribution_verbs
                else ""
            )
            # 据银联商务数据，据海关消息，依據行政院主計總處人力資源調查，: a source named after (依/根)据
            + r"\s*(?:依|根)?据[^，,。；;\n]{1,20}[，,]"
        ),
        holiday_name=holiday_name([*r.holidays, *r.holiday_aliases], r.holiday_heads),
        holiday_festival=re.compile(alternatives([*r.holidays, *r.holiday_aliases])) if r.holidays else NEVER,
        holiday_days={
            (festival, int(year)): (date.fromisoformat(days[0]), date.fromisoformat(days[1]))
            for festival, years in r.holidays.items()
            for year, days in years.items()
        },
        holiday_aliases=dict(r.holiday_aliases),
        school_break=re.compile(alternatives(list(r.school_breaks))) if r.school_breaks else NEVER,
        school_break_months={name: (m[0], m[1]) for name, m in r.school_breaks.items()},
        rank_named=re.compile(
            r"第[0-9一二三四五六七八九十百]+[位名]"
            + (f"|{alternatives(r.rank_names)}" if r.rank_names else "")
        ),
    )


@lru_cache(maxsize=1)
def builtin_word_lookups() -> WordLookups:
    """The built-in lists' lookups, for a caller with no Rulebook (a test, a fuzzer)."""
    return word_lookups(load_patterns().rules)
