"""What a figure counts or measures: its subject, decided here and only here.

In order: a table cell's row or column header; a rank's ranked noun; the item of an enumeration a
figure after 分别/均 takes, or the noun its bracket follows (:mod:`.enumeration`); the noun a unit is
written before (15167套房屋); a quoted qualifier; the next figure's noun (6大类67条政策库); an
enumeration's shared subject; a share's topic; a label; the object of a rate's verb (减按90%计入收入总额);
the noun before the figure, or what it stands for when it names nothing of its own (日均, a parallel
part: :func:`.carried.named_elsewhere`); the measure word itself; else the topic carried from earlier
in the sentence. What overrides that answer over the document is :mod:`.subjects`'s."""

from __future__ import annotations

import re
from dataclasses import replace

from ..rules.patterns import MeasureWord
from .acts_counted import act_after_pivot, act_before, acts_totalled, lone_adverb
from .among_parts import part_after_among
from .baseline_before import is_baseline, what_is_compared
from .bracket_names import bracketed_label, named_in_bracket_before
from .candidate import PHYSICAL_KINDS, Candidate, Prior, since
from .carried import carried, changed_from, just_before, last_amount, named_elsewhere, share_of_last
from .context import ArticleText
from .counted_after import (
    case_after,
    counted_before_measure,
    event_after,
    head_after_relative,
    modified_noun_after,
    named_after,
    noun_begun_by_unit,
    participle_noun_after,
    passive_object,
    served_before,
)
from .counted_object import named_by_copula, object_to_clause_end, of_the_group, parallel_object
from .deadlines import deadline_activity
from .dimensions import names_no_thing, sized_after_verb, thing_measured
from .enumeration import PLACE_COUNTS, listed, places_named_before, stocked
from .extremes import other_extreme
from .framing import (
    BREAKDOWN_BEFORE,
    CALCULATION_FRAME,
    FROM_ADVERB,
    FROM_PERIOD,
    activity_after_de,
    by_standard,
    counted_group,
    holds_a_time,
    inside_calculation_frame,
    is_old_level,
    label_of,
    money_purpose,
    nominalised_subject,
    threshold_of,
)
from .named_around import (
    in_closed_aside,
    is_state_after,
    named_before_bracket,
    named_before_inclusion,
    named_by_verbs,
    named_in_brackets,
    part_in_breakdown,
    part_of_group,
    past_the_served,
    span_named,
)
from .named_around import programme_before as programme_lasting
from .named_around import topic_of_clause_before as topic_before
from .noun_after import noun_run_after
from .noun_phrase import noun_run_before, per_what, quantity_named_before
from .ranked_subject import ranked_subject
from .same_thing import past_comparison
from .subject_frames import named_before_from
from .tables import cell_subject
from .text import CN_NUM, SCALES, SEGMENT_BREAK
from .topic import (
    aimed_at,
    classed_noun_after,
    object_of_next_verb,
    plan_whole,
    quoted_for,
    sentence_topic,
    set_as,
    speed_named_before,
)
from .trade_kinds import traded_kind
from .unit_subject import grant_before_per
from .unit_subject import verb_named_amount as verb_named
from .units import unit_after

_BASE_FRAME = re.compile(r"在([^，。；;在]{2,24}?)的?基础上[^，。；;]{0,6}$")
_NEXT_FIGURE = re.compile(rf"[和与及、]?[约近逾超]?(?:[0-9][0-9,]*(?:\.[0-9]+)?|[{CN_NUM}]+)[{SCALES}]*")


#: 占全部投资的89.4%, 占地区生产总值比重为52.4%, 完成年度目标的30.5%, 与GDP之比达2.64%, 为预算的
#: 102.3%: a share of the whole named after 占, 与…之比 or 为…的, or of the target named after 完成
_SHARE_OF_A_WHOLE = re.compile(
    r"(?:占|(?:与|同)(?=[^，。；;]*之比)|(?<![成因作认])为(?=[^，。；;的]{1,10}的$)"
    r"|完成[^，。；;]*(?:目标|任务|计划|预算)[^，。；;]{0,2})"
    r"[^，。；;]*(?:的|比重|比例|之比)"
    r"(?:为|达到|达|[^，。；;0-9]{0,2}[至到])?(?:近|约|超过|逾|超|不到|不足|将近|接近|大约)?$"
    # 非经常开支占总开支约百分之十二: 占 and the whole with a bound and no 的 (not 占比超过三成: a share
    # named, whose noun is the share itself)
    r"|占(?!比)[^，。；;0-9的]{1,10}?(?:近|约|超过|逾|超|不到|不足|将近|接近|大约)$"
)

#: an adverb alone before 占, which names no part (约占整体的33.5%)
_SHARE_ADVERBS = frozenset({"约", "大约", "均", "共", "合计", "仅", "已", "则", "分别", "亦", "也"})


def _had_before(doc: ArticleText, cs: int, prev: Prior) -> str | None:
    """…的住宅物業買賣協議有1 836宗，約佔整體的33.5%: a share whose clause names no part (an adverb
    alone before 占) is of the X of an X有N in the clause just before, not of the whole it names."""
    p, named, _ = prev[-1] if prev else (None, None, False)
    if p is None or not named or not doc.norm.endswith("有", 0, p.start):
        return None
    pcs = doc.clause(max(0, cs - 2))[0]
    return named if pcs <= p.start < cs and doc.shadow.find(named, pcs, p.start) >= 0 else None


#: 等一行, 一行: a party of people counted by the figure after it
_GROUP = re.compile(r"等?一行$")
#: 限载20吨, 限高4.5米: a limit verb right before a figure names the limit, not the thing limited
_LIMIT_VERB = re.compile(r"限[载重高宽速长]$")
#: at most this many characters between an old level and the new one (缩短至约, 调整为)
_NEW_LEVEL_GAP = 6


def _prev_in_sentence(doc: ArticleText, c: Candidate, prev: Prior) -> Prior:
    """The figures before ``c`` in its sentence, with their subjects."""
    ss, _ = doc.sentence(c.start)
    return since(prev, ss)


#: a level after a rate or a price (在1.8%至2.1%区间内) names what it is held at, not what it measures
_LEVEL_WORD = re.compile(r"^(?:合理|较高|较低|正常|历史|同期)?(?:水平|区间|范围|幅度)$")


def subject_of(doc: ArticleText, c: Candidate, prev: Prior) -> tuple[str | None, bool]:
    """The thing counted or measured, and whether it is a clause topic later facts may inherit.

    One cascade from the most specific construction to the least (the module docstring gives
    the order); it reads as one decision, so it is kept in one function.
    """
    if "table_head" in c.extra:
        return cell_subject(c), False
    if c.extra.get("named"):  # 第545次飞行, 前六轮罢工, 美元指数…至98.2: named by the construction read
        return str(c.extra["named"]), False  # (:mod:`.event_counts`, :mod:`.market_levels`)
    if (c.kind == "rank" and not c.extra.get("moved")) or c.extra.get("ratio"):
        return ranked_subject(doc, c, prev)  # (a move of N places is read below: 排名跃升12位)
    # 其中12例为境外输入病例, 另有26.0万人次属其他类别人士: the part the copula after a count names
    items_subject = part_in_breakdown(doc, c) or named_by_copula(doc, c) or listed(doc, c, prev)
    items_subject = items_subject or named_in_brackets(doc, c) or named_before_bracket(doc, c)
    items_subject = items_subject or named_in_bracket_before(doc, c)  # （A类）427件, （以下简称X）612件
    items_subject = items_subject or named_before_inclusion(doc, c)  # 乐透型游戏（含…）销售
    items_subject = items_subject or part_of_group(doc, c, prev) or of_the_group(doc, c)  # 其餘, …者計
    items_subject = items_subject or span_named(doc, c)  # 連假3天, 批出年期為50年, 四天展期: the span
    if items_subject or (items_subject := verb_named(doc, c)):  # …12.6万户，减税5.2亿元: 减税
        return items_subject, False
    if granted := grant_before_per(doc, c):  # 另敬老愛心卡每人每月補助800點: the card's grant
        return granted, False
    standard = by_standard(doc, c)
    if standard:
        return standard, False
    moved = doc.rules.rank_move.search(doc.norm, doc.clause(c.start)[0], c.start) if c.unit == "位" else None
    if moved is not None and (
        moved.group(1) or any(p.kind == "rank" for p, _, _ in _prev_in_sentence(doc, c, prev))
    ):
        # 排名跃升12位, GDP排名下降2位, (排名从第78位升至第31位，)跃升了近50位: the places moved by
        if not moved.group(1):
            return "排名", False
        ranked = noun_run_before(doc, replace(c, start=moved.start()))[0]
        return (ranked + "排名" if ranked and len(ranked) <= 6 else "排名"), False
    if c.unit in PLACE_COUNTS:
        named = places_named_before(doc, c)
        if named:  # 中美两国, 京津冀三地, 北京、天津两地: the places the count sums up
            return named, False
    after, via_de = (None, False)
    unit_end = c.unit_start + len(c.unit or "")
    if isinstance(c.entry, MeasureWord) and c.entry.names_thing:
        begun = noun_begun_by_unit(doc, c)
        if begun:  # 14亿多人民生活水平: the figure counts the 人民, not 民生活水平
            return begun, False
    # a unit written last (15167套房屋), or a share written in words with no unit after it
    # (四分之一的国内航班, 五成企业, 百分之三十的资金): the noun that follows is the subject
    in_words = c.kind == "percent" and doc.norm[c.end - 1 : c.end] not in ("%", "")
    # 超六成受访欧盟企业认为, 约百分之三十属…类别的病人: the share of those described
    surveyed = (participle_noun_after(doc, c.end) if in_words else None) or classed_noun_after(doc, c)
    if surveyed:
        return surveyed, False
    if c.unit and unit_end == c.end and c.kind == "count":
        head = head_after_relative(doc, c.end) or named_after(doc, c.end) or modified_noun_after(doc, c.end)
        if head:  # 12辆满载防汛物资的货车, 5期“表达性艺术疗愈”心理团辅课程: the noun counted
            return head, False
        if _GROUP.search(doc.norm, doc.clause(c.start)[0], c.start) is not None:
            return "一行", False  # 陈伊芬秘书长等一行八人: the party counted, not where it went
    # 投入新臺幣15億元推動老屋重建: money a verb spends measures what it is spent on
    spent_on = money_purpose(doc, c)
    if spent_on:
        return spent_on, False
    if (c.unit and (unit_end == c.end or in_words)) or c.extra.get("noun_follows"):
        after, via_de = noun_run_after(
            doc, c.end, counted=c.kind not in ("money", "percent", "percentage_point"), figure_at=c.start
        )
    if after and (is_state_after(doc, c, after) or inside_calculation_frame(doc, c)):
        after = None  # 6200万元闲置超过1年: a state, not a noun
    if after and after.endswith("中") and len(after) > 2 and "在" in doc.norm[max(0, c.start - 6) : c.start]:
        after = after[:-1]  # 在全省11个设区市中排名: the group, not its 中
    if after and ((via_de or c.kind in ("percent", "money")) and _LEVEL_WORD.search(after)):
        after = None
    after = None if lone_adverb(doc, c, after) else after  # 24小时内基本清理完毕: how far, not what
    if c.kind == "count" and (acted := act_after_pivot(doc, c)):  # 共组织1.1万余人参与清扫积雪: who
        return acted, False
    if after and not via_de:
        if c.kind == "count":  # 8个国控断面水质达标率为100%: the count's noun is the first
            named = quantity_named_before(doc, c)  # 总建屋量约为十八万九千个单位: the quantity
            return named or counted_before_measure(doc, c.end, after) or after, False
        return after, False
    if unit_end == c.end and c.unit in doc.rules.people_units:
        put_in = passive_object(doc, c.end)
        if put_in:  # 有4400万人被纳入低保和特困救助范围: those the passive puts somewhere
            return put_in, False
    if (
        unit_end == c.end
        and (c.unit in doc.rules.event_units or c.unit in doc.rules.people_units)
        and not inside_calculation_frame(doc, c)  # 按常住人口3.48万人计算: 计算 is the frame's
    ):
        event = event_after(doc, c.end, alone=c.unit in doc.rules.people_units, figure_at=c.start)
        if event:
            return event, False
    if unit_end == c.end and c.unit in doc.rules.case_units:
        event = case_after(doc, c.end)  # 有46宗申請因…不獲批: the cases of the verb
        if event:
            return event, False
    counted = None if after else object_to_clause_end(doc, c)
    if counted:  # 共发生1,702宗意外, 增设20条自助过关通道: the verb's object, to the clause's end
        return counted, False
    if after and via_de and c.kind not in PHYSICAL_KINDS:
        # 财政收入超亿元的乡镇: a threshold in a relative clause measures the noun before it
        measured = threshold_of(doc, c, prev) or aimed_at(doc, c, after)  # …收入增长5%左右的预期目标
        return measured or after, False
    quoted = quoted_for(doc, c)
    if quoted:
        return quoted, False
    # 6大类67条政策库, 4晚5天之旅, 136条、约742公里城市主干道: the next figure's noun names it too
    nxt = _NEXT_FIGURE.match(doc.norm, c.end)
    if nxt is not None and c.kind not in PHYSICAL_KINDS:
        m = unit_after(doc, nxt.end(), len(nxt.group(0)) - len(nxt.group(0).rstrip(SCALES)))
        if m is not None:
            after2, _ = noun_run_after(doc, nxt.end() - m[0] + len(m[1]))
            if after2:
                return after2, False
    # 供应土地169宗、314公顷: an enumeration shares its subject
    ss, _ = doc.clause(c.start, SEGMENT_BREAK)
    # (3座限载20吨、2座…: a limit is its own figure's, not shared)
    shared = prev[-1][1] if ss > 0 and doc.text[ss - 1] == "、" and prev else None
    if shared and not doc.text[ss : c.start].strip() and not _LIMIT_VERB.fullmatch(shared):
        return shared, False
    # 占全部投资的89.4%: a share is a share of the topic, not of the whole it names; the part named
    # before 占 in the clause (第三产业增加值占地区生产总值比重为52.4%), else the sentence's topic
    cs, _ = doc.clause(c.start)
    share = _SHARE_OF_A_WHOLE.search(doc.norm, cs, c.start) if c.kind == "percent" else None
    if share is not None and in_closed_aside(doc, cs, share.start(), c.start):
        share = None  # 研发经费投入强度（R&D经费支出占GDP比重）为3.12%: the aside defines the name
    if share is not None:
        planned = plan_whole(doc, share.start(), c.start)
        if planned:  # 完成年度计划的107.2%, 占年度任务的81.3%: a completion rate; the plan is named
            return planned, False
        part = _had_before(doc, cs, prev) if doc.norm[cs : share.start()] in _SHARE_ADVERBS else None
        if part is None and share.start() > cs:
            # 租金订为同区公屋租金的九成: before the verb 为 is part of (订为)
            at = set_as(doc, cs, share.start())  # 前四類合計占…之80.2%: the group, else the noun
            part = counted_group(doc, cs, at) or noun_run_before(doc, replace(c, start=at))[0]
        elif part is None:  # 民营经济增加值1234亿元，占全市GDP的比重达到56.7%: the amount just stated, or the
            # part in the clause just before (其中工业投资增长21.3%，占…的比重提高到38.5%), past a comparison
            part = just_before(doc, past_comparison(doc, cs), prev, share)  # (高于同期…3.2个百分点，占…)
            part = part or last_amount(doc, c, prev, before=share.start())
        # 电气火灾仍是主因，占火灾总数的四成以上: the noun an earlier clause is about, never the base
        whole = (
            part
            or carried(doc, c, prev, topic_only=True)
            or (sentence_topic(doc, c.start) if cs > 0 and not _prev_in_sentence(doc, c, prev) else None)
        )
        if whole:
            return whole, False
    # 按年平均汇率折算达1.27万美元, 按可比价格计算增长5.2%: no subject; the noun before it, else the amount
    calc = CALCULATION_FRAME.search(doc.norm, cs, c.start)
    if calc is not None:
        if calc.start() > cs:
            part = noun_run_before(doc, replace(c, start=calc.start()))[0]
        else:
            part = last_amount(doc, c, prev, before=calc.start())
        calculated = part or carried(doc, c, prev, topic_only=True)
        if calculated:
            return calculated, False
    # 总成交金额：294.8 万元; 工期要求：采购合同签订后 60 天 — a label and the value it heads
    aside = nominalised_subject(doc, c)  # 受傷的則有287人: those injured
    if aside:
        return aside, False
    label = label_of(doc, c)
    if label:
        return label, True
    # 减按90%计入收入总额, 按70%报销医疗费用: a rate "by which" a verb acts on the noun after it
    if doc.norm[max(0, c.start - 2) : c.start].endswith(("按", "按照")):
        acted = object_of_next_verb(doc, c.end)
        if acted:
            return acted, False
    # 在现行最高贷款额度的基础上上浮10%: the figure changes the thing the frame names
    frame = _BASE_FRAME.search(doc.norm, cs, c.start)
    if frame is not None:
        framed, _, _ = noun_run_before(doc, replace(c, start=frame.end(1)))
        if framed:
            return framed, False
    # 由目前的1个半小时缩短至15分钟: a new level right after the old one measures the same thing
    # (the words between are the old figure's, not a noun of this one)
    if prev and c.start - prev[-1][0].end <= _NEW_LEVEL_GAP:
        changed = changed_from(doc, c, prev)
        if changed:
            return changed, False
    # 连续6年保持“零发生”: a run's length measures what is kept up (no noun before 连续: the verb's object)
    if c.kind == "duration" and doc.norm.endswith("连续", cs, c.start):
        kept = noun_run_before(doc, replace(c, start=c.start - 2))[0] or object_of_next_verb(
            doc, c.end, modified=True
        )
        if kept:
            return kept, False
    # 届满之日起七个工作日内…提出质疑: a time limit is the limit for the act its sentence ends with
    limited = deadline_activity(doc, c)
    if limited:
        return limited, False
    # 开展为期3至5年的运行维护: what lasts is the activity after 的, verb or noun; 推出「購物餐飲優惠」，
    # 為期三個月: the programme the clause before ends with
    if c.kind == "duration" and doc.norm.endswith("为期", cs, c.start):
        lasting = activity_after_de(doc, c.end) or programme_lasting(doc, c, cs)
        if lasting:
            return lasting, False
    # 覆盖率由“十三五”末的82%, 起征点从…之初的800元提高到: the old level's period after the noun
    period = FROM_PERIOD.search(doc.norm, cs, c.start)
    if period is not None and (holds_a_time(doc, period.start(1), period.end(1)) or is_old_level(doc, c)):
        opens = period.start()
        adverb = FROM_ADVERB.search(doc.norm, max(cs, opens - 2), opens)
        from_noun = noun_run_before(doc, replace(c, start=adverb.start() if adverb else opens))[0]
    else:  # 价格由均价1.3万元降至700元: a word inside the from-phrase is no noun of the level
        from_noun = named_before_from(doc, c)
    if from_noun:
        return from_noun, False
    # 特殊教育学生（含送教上门学生575人）4943人: the breakdown in brackets is passed over
    breakdown = BREAKDOWN_BEFORE.search(doc.norm, max(0, c.start - 48), c.start)
    if breakdown is not None:
        whole = noun_run_before(doc, replace(c, start=breakdown.start()))[0]
        # 法定传染病17种（乙类13种、丙类4种）3862例: the subject of the figure the bracket follows
        whole = whole or next((s for p, s, _ in reversed(prev) if p.end == breakdown.start()), None)
        if whole:
            return whole, False
    before, verb, topic = noun_run_before(doc, c)
    if before and is_baseline(doc, c, before):
        # 高于时序进度7.4个百分点, 比全省高3个百分点: the noun is what the figure is compared with
        before = what_is_compared(doc, c, before)  # 清运量较去年同期最大一次降雪增加约三成: 清运量
    among = (part_after_among(doc, c) or bracketed_label(doc, c)) if not before or len(before) == 1 else None
    if among:  # 其中居民生活和采暖用气约36.3亿立方米 (jieba: …|用|气), 其中…参与“云祭扫”的近8.2万人次
        return among, False
    elided = named_elsewhere(doc, c, prev, before) or (None if before else stocked(doc, c, prev))
    if elided:  # 发送旅客2782.8万人次，日均347.9万人次; 总销货数量临时估计较一年前上升5.4%
        return elided, False
    if before and after and via_de and names_no_thing(before):
        return after, False  # 这条长约12公里的道路, 全港约2 400公里的渠道: the road's length, not 条长
    if before in doc.rules.bare_rates and doc.rules.bare_rate_before.search(
        doc.norm, max(0, c.start - 6), c.start
    ):
        before = None  # 提高11.5公斤，增幅2.4%: a bare rate names the thing of the figure before
    if before and verb and c.unit in doc.rules.event_units and acts_totalled(doc, c, before + verb):
        return before + verb, topic  # 新能源汽车充电共计31.6万次: the acts counted, verb and all
    if before:  # 为4826户纳税人办理留抵退税61.52亿元: past those served and the verb
        # 加裝柔性防護網，總長度約2.8公里: a bare dimension opening the clause measures the thing before
        # (each asked only when the one before found nothing)
        measured = past_the_served(doc, c, prev, before) or thing_measured(doc, c, prev, before)
        measured = measured or sized_after_verb(doc, c, verb, after, via_de)  # 安裝約4,200千瓦的光伏系統
        return measured or parallel_object(doc, c, prev, before) or before, topic
    if after:
        return after, False
    if isinstance(c.entry, MeasureWord) and c.entry.names_thing:
        # 受灾人口3.26万人，紧急转移安置4815人: the people two verbs act on, counted before in the unit
        same_unit = served_before(doc, c) or named_by_verbs(doc, c) or topic_before(doc, c, prev)
        # 每班不超过30人，每场不超过20人: what the count is per, before the count of the same unit
        same_unit = same_unit or per_what(doc, c) or act_before(doc, c)  # 审核通过3417人: those who passed
        same_unit = same_unit or carried(doc, c, prev, same_unit_only=True)
        if same_unit:
            return same_unit, False
        return noun_begun_by_unit(doc, c) or c.unit, False
    if verb and _LIMIT_VERB.search(verb) and doc.norm.endswith(verb, 0, c.start):
        return verb, False
    inherited = other_extreme(doc, c, prev) or named_by_verbs(doc, c) or topic_before(doc, c, prev)
    inherited = inherited or changed_from(doc, c, prev) or traded_kind(doc, c, verb)
    inherited = inherited or share_of_last(doc, c, prev)
    inherited = inherited or carried(doc, c, prev)
    if inherited:
        return inherited, False
    return verb or speed_named_before(doc, c), False
