"""The patterns compiled for the fact engine: lookup tables and regexes, built once per Patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..rules.patterns import MeasureWord, Patterns, UnitEntry
from .phrases import PhraseMatcher, phrase_matcher
from .shadow import particle_zhi, traditional_table
from .word_lookups import WordLookups, word_lookups
from .word_regexes import (
    alternatives,
    anaphor,
    cause_opening,
    directive_opening,
    lead_clause,
    life_event,
    outside_span,
    words_pattern,
    work_compound,
)


@dataclass(frozen=True)
class Rulebook:
    """Patterns compiled into lookup structures once per Patterns object."""

    units: dict[str, UnitEntry | MeasureWord]
    unit_lengths: tuple[int, ...]
    #: the first characters of the units: most positions start none
    unit_firsts: frozenset[str]
    qual_before: tuple[tuple[str, str], ...]
    qual_after: tuple[tuple[str, str], ...]
    qual_after_words: tuple[str, ...]  # its words: one startswith before a loop (most figures: none)
    changes: tuple[tuple[str, str], ...]
    change_words: tuple[str, ...]
    change_set: frozenset[str]
    #: words ending with a bound word that bound nothing (签约, 节约)
    bound_lookalikes: tuple[str, ...]
    #: the change words that count only right before their figure (加快, 放缓)
    close_changes: frozenset[str]
    #: the change words that state a new level (增至, 调整为, 达到)
    change_to: re.Pattern[str]
    basis: tuple[tuple[str, str], ...]
    planned: tuple[str, ...]
    #: the plan words as a set, for matching jieba's tokens
    planned_words: frozenset[str]
    #: any plan word anywhere in a text (a quick test before tagging it)
    planned_any: re.Pattern[str]
    plan_cue_any: re.Pattern[str]  # any plan, forecast or plan noun word (status: none, no plan)
    not_planned: tuple[str, ...]
    not_planned_patterns: tuple[re.Pattern[str], ...]
    #: what 要 must be followed by to set a target (要达到, 要增长)
    target_verbs: frozenset[str]
    #: a share's whole that is a plan or target (年度计划, 目标任务, 预定收购量)
    plan_wholes: tuple[str, ...]
    #: a work verb and a change word written together (改造提升, 提升改造): the name of the work done
    work_compound: re.Pattern[str]
    forecast_cues: frozenset[str]
    #: the forecast words as a tuple, for str.endswith
    forecast_endings: tuple[str, ...]
    #: 会议要求，…: a short opening clause that ends with one of these directs the whole sentence
    directive_opener: re.Pattern[str]
    #: 项目建成后，…, 据测算，…建成后每年可…: an opening clause ending with a completion still ahead
    completion_opener: re.Pattern[str]
    #: words that sum up what a plan makes (规划设置X，面积合计约N; 共提供N户)
    plan_totals: frozenset[str]
    #: adverbs that go on with a plan before a later clause's verb (下半年再新建)
    plan_adverbs: frozenset[str]
    #: plan words that plan only right before a verb (会), and the adverbs that make them a habit
    modal_cues: frozenset[str]
    habitual_adverbs: frozenset[str]
    #: a change word, a comparison basis before it or not (年增, 较上年下降), for a clause opening with one
    change_lead: re.Pattern[str]
    #: a comparison word right before a noun phrase: the phrase is a baseline (高于时序进度)
    comparison_tail: re.Pattern[str]
    people_units: frozenset[str]
    stop: frozenset[str]
    suffixes: frozenset[str]
    header_units: tuple[tuple[str, str], ...]
    #: table headers that name a count with no unit (数量)
    count_headers: tuple[str, ...]
    #: table headers of a total column (总计): whole numbers beside one are counts
    total_heads: frozenset[str]
    cue_tail: re.Pattern[str]
    #: words between a noun and its figure that say how, not what (约, 增长, 同比, 计划)
    cue_words: frozenset[str]
    #: words that end a noun phrase read backwards from a figure (增长, 同比)
    halt_words: frozenset[str]
    phrases: PhraseMatcher
    #: every word jieba is to read whole, with its tag (the domain nouns and verbs)
    domain_words: frozenset[tuple[str, str]]
    #: measure words that count events: the verb after the figure names the event (4次变轨)
    event_units: frozenset[str]
    #: measure words that count cases of a kind (盗窃1200起): the words before name the kind
    case_units: frozenset[str]
    #: a verb that places a thing in a ranking (居, 位列)
    rank_verb: re.Pattern[str]
    #: the words before an ordinal that make it a rank: the rank verbs and cues
    rank_context: re.Pattern[str]
    #: 世界第一生产大国: the scope before 第N and the title of size after its word
    rank_scopes: tuple[str, ...]
    rank_titles: tuple[str, ...]
    rank_degrees: tuple[str, ...]
    ranking_lists: tuple[str, ...]
    rank_measures: frozenset[str]
    #: a currency symbol, code or name written right before an amount (US$, ￥, 人民币), matched
    #: as a text's end: ``search(norm, start, number_start)``
    currency_prefix: re.Pattern[str]
    #: the last characters of the currency symbols: a quick test before the regex
    currency_last: frozenset[str]
    currency_of: dict[str, str]
    #: the unit a currency sign stands for (￥ -> 元); other symbols are their own unit
    currency_unit: dict[str, str]
    #: words in a clause that make N点 index points
    index_point_cues: tuple[str, ...]
    #: words in the clause before N分 that make it a score (满分100分): :mod:`.no_unit`
    score_cues: tuple[str, ...]
    #: nouns after and verbs of saying before a Chinese numeral and 点 that make it points of a speech
    point_nouns: tuple[str, ...]
    point_verbs: tuple[str, ...]
    #: nouns counted by a bare number with no measure word (11乡镇)
    counted_nouns: tuple[str, ...]
    #: a list of tiers right before N级 (省、市、县三级; 省市县三级): N counts the tiers
    tier_list: re.Pattern[str]
    #: one to three tiers of one character, perhaps more in brackets (县市, 省区市, 县（市、区）)
    place_measure: re.Pattern[str]
    #: words in a clause that make a figure with a scale and no unit an amount of money (总投资1.2亿)
    money_cues: tuple[str, ...]
    #: words before a Chinese numeral and 年 that make it a duration, not a year (为期两年, 历时三年)
    duration_leads: tuple[str, ...]
    #: words after a Chinese numeral and 年 that make it a duration (五年时间里, 两千多年历史)
    duration_tails: tuple[str, ...]
    #: words in a clause that make N度 degrees (of heat or of angle), not kilowatt hours
    degree_cues: tuple[str, ...]
    #: words of electricity (用电, 千瓦时): 度 in their sentence or page is kilowatt hours
    energy_cues: tuple[str, ...]
    #: words before N年 that make it a time window (近三年, 未来5年)
    duration_windows: tuple[str, ...]
    #: a clause's head word that refers back to days named before (假期期间) or the last period (同期)
    period_anaphor: re.Pattern[str]
    same_period_anaphor: re.Pattern[str]
    #: a period word that stands outside the span (假期结束后) or counts a figure (带薪假期5天)
    period_outside: re.Pattern[str]
    #: after a time, a life event it dates (…至2004年6月8日期间出生, 以后毕业): no figure's time
    life_event_after: re.Pattern[str]
    #: 为上年的98.5%, 恢复至2019年同期的88.4%: the words before a time that make it a baseline
    share_leads: tuple[str, ...]
    #: a clause naming the topic (在…方面，, 从价格看，) or a release of a period's data (…今日公布)
    #: before the time that opens a sentence: :mod:`.time_scopes`
    topic_frame: re.Pattern[str] = re.compile(r"(?!x)x")
    release_lead: re.Pattern[str] = re.compile(r"(?!x)x")
    #: 因上年同月基期較高, 受去年同期基数偏低影响: the nouns after a time that make it the base of a
    #: comparison: :mod:`.time_scopes`
    base_nouns: tuple[str, ...] = ()
    #: 最低收购价为每50公斤129元, 每台最高补助30万元: the words of a rule's rate (:mod:`.timing`)
    rule_rate_words: tuple[str, ...] = ()
    rule_verbs: tuple[str, ...] = ()
    #: the characters written only in traditional script: a text holding one gets a shadow
    traditional: re.Pattern[str] = re.compile(r"(?!x)x")
    #: heads that name a quantity (总建屋量, 建设规模): named before 为, it is what a count measures
    quantity_names: tuple[str, ...] = ()
    #: a verb that spends money ending a text (投入, 编列约) and a verb of purpose after the amount
    #: (用于, 推动): :mod:`.framing`
    spent_tail: re.Pattern[str] = re.compile(r"(?!x)x")
    spend_purpose: re.Pattern[str] = re.compile(r"(?!x)x")
    #: characters right after N分 that make it no score (分钟, 分之, 分期): :mod:`.no_unit`
    not_score_after: tuple[str, ...] = ()
    #: a verb of reaching a level ending an average's name (亩均产值突破): :mod:`.subject_review`
    average_verb_tail: re.Pattern[str] = re.compile(r"(?!x)x")
    #: verbs of a statistic kept inside its noun phrase (新增就业, 新建住房): :mod:`.noun_phrase`
    attributive_verbs: frozenset[str] = frozenset()
    #: units of an age (岁, 周岁), the adverbs of "all of them" after a count (三项指标均): :mod:`.no_figure`
    age_units: frozenset[str] = frozenset()
    all_of_them: re.Pattern[str] = re.compile(r"(?!x)x")
    #: words of a table's first header cell: a column of names or serial numbers (序号), of things
    #: (产品名称), of parties (供应商名称) or of places only (县（市、区）); column heads that name
    #: no measure (绝对数, 数值): the row's label says what is measured: :mod:`.tables`
    table_name_head: re.Pattern[str] = re.compile(r"(?!x)x")
    table_thing_head: re.Pattern[str] = re.compile(r"(?!x)x")
    table_party_head: re.Pattern[str] = re.compile(r"(?!x)x")
    table_place_head: re.Pattern[str] = re.compile(r"(?!x)x")
    table_value_heads: frozenset[str] = frozenset()
    #: :mod:`.plausible`: a cause between a noun and its change (由于, 因, 受…影响); a word of passing
    #: a threshold (超, 高于); words opening how long something lasts (为期); words of a definition
    #: in a bracket (之比, 简称)
    cause_words: tuple[str, ...] = ()
    cause: re.Pattern[str] = re.compile(r"(?!x)x")
    threshold_word: re.Pattern[str] = re.compile(r"(?!x)x")
    #: characters one of which a clause must hold for a cause (因, 受, 由于) or a threshold word (超,
    #: 高于) to stand in it: asked once per figure before either search
    cause_cues: frozenset[str] = frozenset()
    threshold_cues: frozenset[str] = frozenset()
    lasting_openers: tuple[str, ...] = ()
    defining_word: re.Pattern[str] = re.compile(r"(?!x)x")
    #: a verb of a level held right before a figure (保持在): :mod:`.plausible`
    held_at: re.Pattern[str] = re.compile(r"(?!x)x")
    #: 的 and a standard compared against after a figure (高于92.5%的服务承诺): :mod:`.standards`
    standard_after: re.Pattern[str] = re.compile(r"(?!x)x")
    #: 之 as the particle of a modifier outside the words that hold it (之一, 百分之): :mod:`.shadow`
    particle_zhi: re.Pattern[str] = re.compile(r"(?!x)x")
    #: a speed named earlier in the sentence (子弹的速度非常快, 高铁运行速度): :mod:`.topic`
    speed_name: re.Pattern[str] = re.compile(r"(?!x)x")
    #: measure words that are also parts of an address (栋, 号), and those whose numbers run high
    #: (号, 室): :mod:`.suffixes`
    address_units: frozenset[str] = frozenset()
    numbered_units: frozenset[str] = frozenset()
    #: a rate of change named alone right before its figure (增幅为2.4%), and a ranking's move by
    #: so many places (排名跃升12位): :mod:`.subject`
    bare_rates: frozenset[str] = frozenset()
    bare_rate_before: re.Pattern[str] = re.compile(r"(?!x)x")
    rank_move: re.Pattern[str] = re.compile(r"(?!x)x")
    #: bounds that set a target (不少于, 控制在) and words naming a set span's length (为期): :mod:`.status`
    target_bounds: tuple[str, ...] = ()
    span_lengths: tuple[str, ...] = ()
    #: heads of a rate's name (达成率, 比重): :mod:`.named_around`
    rate_heads: tuple[str, ...] = ()
    #: a threshold verb ending the words before a figure (超过, 不足): :mod:`.framing`
    threshold_tail: re.Pattern[str] = re.compile(r"(?!x)x")
    #: the lists moved in session 8's second round (timing, status, qualifier, ranks, scan…)
    words: WordLookups = field(default_factory=WordLookups)


def _longest_first(pairs: Iterable[tuple[str, str]]) -> list[str]:
    return sorted({w for w, _ in pairs}, key=lambda w: (-len(w), w))


def _by_len(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Word/tag pairs, longest word first, for greedy matching."""
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=8)
def rulebook_for(patterns: Patterns) -> Rulebook:
    """The engine's compiled rules for ``patterns`` (cached: one Patterns object per run)."""
    r = patterns.rules
    units: dict[str, UnitEntry | MeasureWord] = {mw.word: mw for mw in r.measure_words}
    units.update((u.unit, u) for u in r.units)
    qb = _by_len((w, q) for q, pl in r.qualifiers.items() for w in pl.before)
    qa = _by_len((w, q) for q, pl in r.qualifiers.items() for w in pl.after)
    ch = _by_len(
        [(w, c) for c, ws in r.changes.items() for w in ws]
        + [(w, c) for c, ws in r.close_changes.items() for w in ws]
    )
    priced = [(w, c) for c, ws in r.price_changes.items() for w in ws]  # close changes, never cues
    close = frozenset([*(w for ws in r.close_changes.values() for w in ws), *(w for w, _ in priced)])
    ba = _by_len((w, b) for b, ws in r.basis.items() for w in ws)
    return Rulebook(
        units=units,
        unit_lengths=tuple(sorted({len(k) for k in units}, reverse=True)),
        unit_firsts=frozenset(k[0] for k in units),
        qual_before=qb,
        qual_after=qa,
        qual_after_words=tuple(w for w, _ in qa),
        changes=_by_len([*ch, *priced]),
        change_words=tuple(w for w, _ in ch),
        change_set=frozenset(w for w, _ in ch),
        bound_lookalikes=tuple(r.bound_lookalikes),
        close_changes=close,
        change_to=re.compile("|".join(re.escape(w) for w, c in ch if c == "to") or r"(?!x)x"),
        basis=ba,
        planned=tuple(sorted(set(r.planned_cues), key=len, reverse=True)),
        planned_words=frozenset(r.planned_cues),
        planned_any=words_pattern(r.planned_cues),
        plan_cue_any=words_pattern(sorted({*r.planned_cues, *r.forecast_cues, *r.plan_nouns})),
        not_planned=tuple(r.not_planned),
        not_planned_patterns=tuple(re.compile(p) for p in r.not_planned_patterns),
        target_verbs=frozenset(r.target_verbs),
        plan_wholes=tuple(r.plan_wholes),
        work_compound=work_compound(
            r.work_verbs, [w for c, ws in r.changes.items() if c != "to" for w in ws]
        ),
        forecast_cues=frozenset(r.forecast_cues),
        forecast_endings=tuple(r.forecast_cues),
        directive_opener=directive_opening(r.directive_cues, r.directive_not_after),
        completion_opener=re.compile(
            f"\\s*(?:据[^，,。；;：:！？!?\\n]{{1,8}}[，,])?[^，,。；;：:！？!?\\n]{{0,16}}"
            f"(?:{alternatives(r.completion_openers)})(?:[，,]|(?=(?:每年|年|每天|每日)?[可将能]))"
            if r.completion_openers
            else r"(?!x)x"
        ),
        plan_totals=frozenset(r.plan_totals),
        plan_adverbs=frozenset(r.plan_adverbs),
        modal_cues=frozenset(r.modal_cues),
        habitual_adverbs=frozenset(r.habitual_adverbs),
        change_lead=re.compile(
            f"(?:{alternatives([w for w, _ in ba])})?(?:{alternatives([w for w, _ in ch])})"
        ),
        comparison_tail=re.compile(
            # a month may name which baseline (較8月預測數增加0.29個百分點)
            f"(?:{alternatives(r.comparison_words)})(?:{alternatives(r.comparison_determiners)})?"
            r"(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?)?$"
            if r.comparison_words
            else r"(?!x)x"
        ),
        people_units=frozenset(r.people_measure_words),
        stop=frozenset(r.subject_stop_words),
        suffixes=frozenset(r.subject_nouns),
        cue_words=frozenset({w for w, _ in qb + ch + ba} | (set(r.planned_cues) - set(r.lead_cues))),
        halt_words=frozenset(w for w, _ in ch + ba),
        cue_tail=re.compile("(?:" + "|".join(re.escape(w) for w in _longest_first(ch + ba + qb)) + ")$"),
        header_units=tuple(sorted(r.table_header_units.items(), key=lambda kv: -len(kv[0]))),
        count_headers=tuple(r.table_count_headers),
        total_heads=frozenset(r.table_total_heads),
        phrases=phrase_matcher(r),
        event_units=frozenset(r.event_measure_words),
        case_units=frozenset(r.case_measure_words),
        domain_words=frozenset([(w, "n") for w in r.domain_nouns] + [(w, "v") for w in r.domain_verbs]),
        rank_verb=words_pattern(r.rank_verbs),
        rank_context=words_pattern([*r.rank_verbs, *r.rank_cues]),
        rank_scopes=tuple(r.rank_scopes),
        rank_titles=tuple(r.rank_titles),
        rank_degrees=tuple(r.rank_degrees),
        ranking_lists=tuple(r.ranking_lists),
        rank_measures=frozenset(r.rank_measures),
        currency_prefix=re.compile(
            "(?:"
            + "|".join(re.escape(c.symbol) for c in sorted(r.currency_symbols, key=lambda c: -len(c.symbol)))
            + ")[ \u00a0]?$"
            if r.currency_symbols
            else r"(?!x)x"
        ),
        currency_last=frozenset(c.symbol[-1] for c in r.currency_symbols),
        currency_of={c.symbol: c.currency for c in r.currency_symbols},
        currency_unit={c.symbol: c.unit for c in r.currency_symbols if c.unit},
        index_point_cues=tuple(r.index_point_cues),
        score_cues=tuple(r.score_cues),
        point_nouns=tuple(r.point_nouns),
        point_verbs=tuple(sorted(r.point_verbs, key=len, reverse=True)),
        counted_nouns=tuple(sorted(r.counted_nouns, key=len, reverse=True)),
        tier_list=re.compile(
            # names joined by 、和与及 (no numeral, no 级 of their own: 一级、二级、三级 lists levels)
            r"(?:(?:[^\s\d、，,。；;：:和与及一二三四五六七八九十两级]{1,4}[、和与及]){1,4}"
            r"[^\s\d、，,。；;：:和与及一二三四五六七八九十两级]{1,4}"
            + (f"|(?:{alternatives(r.tier_names)}){{2,5}}" if r.tier_names else "")
            + ")$"
        ),
        place_measure=re.compile(
            f"[{tiers}]{{1,3}}(?:[（(][{tiers}、]+[）)])?"
            if (tiers := "".join(t for t in r.tier_names if len(t) == 1))
            else "(?!x)x"
        ),
        money_cues=tuple(r.money_cues),
        duration_leads=tuple(r.duration_leads),
        duration_tails=tuple(r.duration_tails),
        degree_cues=tuple(r.degree_cues),
        energy_cues=tuple(r.energy_cues),
        duration_windows=tuple(sorted(r.duration_windows, key=len, reverse=True)),
        period_anaphor=anaphor(r.period_anaphors),
        same_period_anaphor=anaphor(r.same_period_anaphors),
        period_outside=outside_span(r.period_anaphors),
        life_event_after=life_event(r.life_events, r.built_events),
        share_leads=tuple(r.share_leads),
        base_nouns=tuple(r.base_nouns),
        rule_rate_words=tuple(r.rule_rate_words),
        rule_verbs=tuple(r.rule_verbs),
        topic_frame=lead_clause(r.topic_frames, r"[，,]\s*"),
        release_lead=lead_clause(r.release_verbs, "了?"),
        traditional=traditional_table(patterns.script),
        quantity_names=tuple(r.quantity_names),
        spent_tail=words_pattern(r.spent_verbs, "(?:@)(?:约|近|超过|逾|超)?$"),
        spend_purpose=words_pattern(r.spend_purposes),
        not_score_after=tuple(r.not_score_after),
        average_verb_tail=words_pattern(r.average_verb_tails, "(?:@)$"),
        attributive_verbs=frozenset(r.attributive_verbs),
        age_units=frozenset(r.age_units),
        all_of_them=words_pattern(r.all_of_them, "[^，,。；;0-9]{0,6}?(?:@)"),
        table_name_head=words_pattern(r.table_name_heads),
        table_thing_head=words_pattern(r.table_thing_heads),
        table_party_head=words_pattern(r.table_party_heads),
        table_value_heads=frozenset(r.table_value_heads),
        table_place_head=words_pattern(r.table_place_heads, "(?:@)+"),
        cause_words=tuple(r.cause_words),
        cause=cause_opening(r.cause_words, r.cause_effects),
        threshold_word=words_pattern(r.threshold_words),
        cause_cues=frozenset("因受" + "".join(w[:1] for w in r.cause_words)),
        threshold_cues=frozenset(w[:1] for w in r.threshold_words),
        lasting_openers=tuple(r.lasting_openers),
        defining_word=words_pattern(r.defining_words),
        held_at=words_pattern(r.held_verbs, "(?:@)(?:在|于|於)?$"),
        standard_after=words_pattern(
            r.compared_standards, "的([^，,。；;、0-9的]{0,8}?(?:@))(?=[，,。；;、\\n]|$)"
        ),
        particle_zhi=particle_zhi(patterns.script),
        threshold_tail=words_pattern(r.threshold_verbs, "(?:@)$"),
        rate_heads=tuple(r.rate_heads),
        target_bounds=tuple(r.target_bounds),
        span_lengths=tuple(r.span_lengths),
        bare_rates=frozenset(r.bare_rates),
        bare_rate_before=words_pattern(r.bare_rates, "(?:@)(?:为|达到|达|是)?$"),
        rank_move=words_pattern(r.rank_moves, "(排名)?(?:@)了?(?:近|约)?$"),
        address_units=frozenset(r.address_units),
        numbered_units=frozenset(r.numbered_units),
        speed_name=words_pattern(r.speed_nouns, "([^，,。；;、\\s]{0,8}?(?:@))"),
        words=word_lookups(r),
    )
