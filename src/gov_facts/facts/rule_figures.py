"""Figures that state a rule rather than what happened in a period: the threshold that defines a
class of things (年主营业务收入2000万元及以上的工业法人单位) and a rate a rule sets per unit
(最低收购价为每50公斤129元) and its change, a term a rule sets (还款期为8年) and a time limit
(十五個工作日內). Part of the time decision (:mod:`.timing`): the first holds at no time, the others
take a time only from their own clause."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .qualifier import sets_new_level
from .time_expressions import TimeExpr

#: 年主营业务收入2000万元及以上的工业法人单位, 年成交额在1亿元以上的市场: a bound and 的 after the figure
#: make it the threshold that defines a class of things (by size, revenue, investment, age), which
#: holds at no time
_THRESHOLD_OF_A_CLASS = re.compile(r"[及或]?以[上下]的")
#: 7座及以下小型客车, 3层及以上建筑, 100张及以上床位的: an inclusive bound right before the noun a count
#: picks out defines the class, as a bound and 的 do (not 以上 alone: 新增就业1万人以上)
_INCLUSIVE_BOUND_BEFORE_A_NOUN = re.compile(r"[及或]以[上下](?=[\u4e00-\u9fff])(?!的|时间|时期|期间)")
#: a share with a bound is how far something reaches (力争明年底前覆盖全市50%以上的村), no class
_SHARES = frozenset({"percent", "percentage_point", "multiple"})


#: a bracket that defines a class by a measure and a sign, up to the figure (高温日数（日最高气温≥35℃）,
#: 暴雨日（日降水量≥50毫米）, 优良天数（AQI≤100）)
_SIGN_IN_ASIDE = re.compile(r"[（(][^（）()，,。；;0-9]{1,12}[≥≤＞＜><]$")


def threshold_of_a_class(doc: ArticleText, c: Candidate) -> bool:
    """The figure is a threshold and 的 follows it (…2000万元及以上的工业法人单位), not a share; or
    a sign puts it in a bracket that closes right after it (高温日数（日最高气温≥35℃）为38天): the
    bracket defines the class of days counted, at no time."""
    if c.kind not in _SHARES and _THRESHOLD_OF_A_CLASS.match(doc.norm, c.end) is not None:
        return True
    if c.kind == "count" and _INCLUSIVE_BOUND_BEFORE_A_NOUN.match(doc.norm, c.end) is not None:
        return True  # 对7座及以下小型客车免费通行: the class of vehicles a rule picks out
    if doc.norm[c.end : c.end + 1] not in ("）", ")"):
        return False  # the cheap test first: most figures close no bracket
    return _SIGN_IN_ASIDE.search(doc.norm, max(0, c.num_start - 16), c.num_start) is not None


#: a bound right before the noun of what an age or a length picks out (60岁以上老年人, 工龄10年以上职工);
#: not a span of time (用3年以上时间完成: the length of the work)
_BOUND_BEFORE_A_NOUN = re.compile(r"[及或]?以[上下](?=[\u4e00-\u9fff])(?!的|时间|时期|期间)")


def defines_a_scope(doc: ArticleText, c: Candidate) -> bool:
    """A threshold that defines a class (…2000万元及以上的工业企业, 80周岁及以上的老人) or an age or a
    length with its bound right before the noun it picks out (60岁以上老年人), after a coverb of whom
    a measure reaches (对, 为, 面向: ``scope_coverbs``): the scope, never a plan, whatever plan word
    governs its clause (将为全市60岁以上老年人免费体检); in what a plan makes (培育年收入百万元以上的强村
    2个) or a plan's amount (为完成全年粮食产量1.3万亿斤以上的目标任务: a plan noun after its 的) it is
    the target's level."""
    threshold = _THRESHOLD_OF_A_CLASS.match(doc.norm, c.end) if c.kind not in _SHARES else None
    if threshold is not None:
        if doc.norm.startswith(doc.rules.words.plan_nouns, threshold.end()):
            return False
    elif c.kind != "duration" or _BOUND_BEFORE_A_NOUN.match(doc.norm, c.end) is None:
        return False
    cs, _ = doc.clause(c.start)
    return doc.rules.words.scope_lead.search(doc.norm, cs, c.start) is not None


#: 每人每月, 每50公斤, 每台采收机最高补助新台币, 每人每月1196元和: a money rate per unit, up to the
#: figure (or the next of a list of rates)
_PER_UNIT = re.compile(r"每[^，,。；;：:]{0,14}$")
#: 平均每户每月补助4000元: an average of what was paid is measured, no rule
_AVERAGE = ("平均", "人均", "户均")


#: 按, 按照 opening a rule (not 按时, 按期: on time)
_RULE_OPENER = re.compile(r"按(?![时期])")


def rate_of_a_rule(doc: ArticleText, c: Candidate) -> bool:
    """最低收购价为每50公斤129元, 每台采收机最高补助30万元: a money rate per unit in a clause with a
    word of a rule (``rule_rate_words``) is a rule's, a standard, a price or a cap, and so is its
    change in the clause after it (，比上年提高1元); so is any figure
    between 按 and a verb that closes the rule (按不低于低保标准的1.3倍确定: ``rule_verbs``)."""
    cs, ce = doc.clause(c.start)
    if _RULE_OPENER.search(doc.norm, cs, c.start) and doc.norm[c.end : ce].startswith(doc.rules.rule_verbs):
        return True
    if c.kind != "money":
        return False
    if cs > 1 and _CHANGE_OF_A_RATE.fullmatch(doc.norm, cs, c.start):
        return _states_a_rate(doc, doc.clause(cs - 2)[0], cs)  # …每50公斤129元，比上年提高1元
    per_unit = doc.norm.startswith("每", c.start)  # 每50公斤129元 read whole
    if not per_unit and _PER_UNIT.search(doc.norm, max(cs, c.start - 15), c.start) is None:
        return False
    before = doc.norm[cs : c.start]
    return any(w in before for w in doc.rules.rule_rate_words) and not any(w in before for w in _AVERAGE)


#: a modal of what a law may impose before a penalty's figure (最高可被罚款, 可处, 可并处, 可判处); not 许可,
#: 认可 (a licence)
_MAY_IMPOSE = re.compile(r"(?<![许认])可(?:被|能被)?(?:并处|处以|处|判处|判|科)?")
#: 处 (处以, 并处) before a statutory range or bound (处新台币1,200元以上6,000元以下罚锾)
_IMPOSE = re.compile(r"处以?")
#: the bound that makes a fine a law's (…元以下罚款, …元以上6,000元以下罚锾)
_LAW_BOUND = re.compile(r"[^，,。；;]{0,12}?以[上下]")


def penalty_of_a_law(doc: ArticleText, c: Candidate) -> bool:
    """最高可被罚款50,000元及监禁六个月, 最高可处新台币12万元罚锾, 处新台币1,200元以上6,000元以下罚锾: a
    penalty a law sets (a noun of ``penalty_nouns`` in the clause) with a modal before the figure or
    a bound after it under 处, which holds at no time; 对该企业处罚款5万元 (a fine imposed) is dated."""
    cs, ce = doc.clause(c.start)
    norm = doc.norm
    before = norm[cs : c.start]
    if "可" not in before and "处" not in before:
        return False  # the cheap cue first: most figures stand in no such clause
    noun = doc.rules.words.penalty_noun.search(norm, cs, ce)
    if noun is None:
        return False
    if _MAY_IMPOSE.search(norm, cs, c.start):
        return True
    # (處新臺幣3萬至12萬元罰鍰: a range of a fine right before its noun is the law's range too)
    ranged = c.low is not None and c.high is not None and noun.start() == c.end
    return (
        noun.start() >= c.end
        and _IMPOSE.search(norm, cs, c.start) is not None
        and (ranged or _LAW_BOUND.match(norm, c.end, noun.start()) is not None)
    )


#: each step of a change right before a figure (每调高1度, 每提高1个百分点, 每增加1万元): a rule of thumb
_EACH_STEP = re.compile(r"每(?:调高|调低|提高|降低|增加|减少|上升|下降|升高|增长|多|少)$")
#: a modal of what follows from it, in the next clause (约可节省6%, 可带动…0.3个百分点, 将减少)
_FOLLOWS = re.compile(r"[^，,。；;]{0,12}?(?:可|能|将|就|会)")


def rule_of_thumb(doc: ArticleText, c: Candidate) -> bool:
    """冷氣溫度每調高1度，約可節省6%用電量, 利率每下降1个百分点，可带动投资增长0.5%: the step (每 and a verb
    of change before the figure) and what follows from it (a modal in the next clause) hold at no
    time, whatever the report's period."""
    step = doc.norm[max(0, c.start - 3) : c.start]
    if "每" in step and _EACH_STEP.search(step) is not None:  # the cheap cue first: 每 right before
        return True
    cs, _ = doc.clause(c.start)
    if cs < 2 or "每" not in doc.norm[max(0, cs - 14) : cs] or _FOLLOWS.match(doc.norm, cs, c.start) is None:
        return False  # no 每 in the clause before
    ps, _ = doc.clause(cs - 2)
    return any(_EACH_STEP.search(doc.norm, ps, k) for k in range(ps, cs) if doc.norm[k : k + 1].isdigit())


def rule_in_force(doc: ArticleText, c: Candidate) -> bool:
    """A rate a rule sets, a penalty a law sets or a rule of thumb: dated only by its own clause
    (whether the text names a penalty or a 每 at all is asked once per document)."""
    penalty, each = doc.kept("rule cues", None, lambda: _rule_cues(doc))
    return (
        rate_of_a_rule(doc, c)
        or (penalty and penalty_of_a_law(doc, c))
        or (each and rule_of_thumb(doc, c))
        or stated_by_a_law(doc, c)
        or (each and part_of_a_rule(doc, c))
    )


def part_of_a_rule(doc: ArticleText, c: Candidate) -> bool:
    """对年满75周岁的参保人员，每人每月再增发…30元; 缴费标准设为每年200元至5000元共14个档次: the age
    that picks out whom a rule's rate per head covers (年满N周岁的), and the count of the tiers of a
    rule's rate, hold as long as the rule: undated, like the rate (a results period does not date them)."""
    if c.kind == "duration":
        if not doc.norm.endswith("满", 0, c.start) or not doc.norm.startswith("的", c.end):
            return False
        return _states_a_rate(doc, c.end, doc.sentence(c.start)[1])
    if c.kind != "count" or not doc.norm.endswith("共", 0, c.start):
        return False
    if not doc.norm.startswith(("个档", "档"), c.unit_start):
        return False  # the count of a rule's tiers right after its range (…5000元共14个档次)
    return _states_a_rate(doc, doc.clause(c.start)[0], c.start)


#: a sentence opened by the provision it states (依道路交通管理處罰條例第35條規定，, 根据《…办法》规定，)
_BY_PROVISION = re.compile(
    r"(?:依|依照|依据|根据|按照)《?[^，,。；;《》]{2,30}?(?:条例|法|办法|规定|细则|规则)》?"
    r"[^，,。；;]{0,10}?规定[，,：:]"
)


def stated_by_a_law(doc: ArticleText, c: Candidate) -> bool:
    """依道路交通管理處罰條例第35條規定，…達每公升0.15毫克以上者，處…，並吊扣駕駛執照1至2年: a sentence opened
    by the provision it states gives the law in force, its thresholds and penalties, at no time."""
    if not doc.kept("provisions", None, lambda: _BY_PROVISION.search(doc.norm) is not None):
        return False  # the cheap cue first, once per document: most name no provision
    ss, _ = doc.sentence(c.start)
    if not doc.norm.startswith(("依", "根据", "按照"), ss):
        return False
    m = _BY_PROVISION.match(doc.norm, ss)
    return m is not None and m.end() <= c.start


def _rule_cues(doc: ArticleText) -> tuple[bool, bool]:
    return doc.rules.words.penalty_noun.search(doc.norm) is not None, "每" in doc.norm


#: 比上年提高1元, 较去年增加30元, 較上年度調高500元: a change told in its own clause, of a rate the clause
#: before it states
_CHANGE_OF_A_RATE = re.compile(r"[比较][^，,。；;]{0,6}(?:提高|增加|上调|调高|增长|下调|调低|降低|减少)了?")


def _states_a_rate(doc: ArticleText, a: int, b: int) -> bool:
    """Whether the clause [a, b) states a rule's money rate per unit (最低收购价为每50公斤129元)."""
    clause = doc.norm[a:b]
    return (
        "每" in clause
        and any(w in clause for w in doc.rules.rule_rate_words)
        and not any(w in clause for w in _AVERAGE)
    )


def dates_a_rule(doc: ArticleText, c: Candidate, t: TimeExpr | None) -> bool:
    """A time in the rate's own clause, or one that opens the sentence as a clause of its own
    (2025年，…标准提高到每生每年850元), dates a rule; an earlier clause's event (今年国家启动…预案，
    最低收购价为…), the paragraph's or the report's time does not."""
    if t is None:
        return False
    cs, _ = doc.clause(c.start)
    if c.kind == "money" and cs > 1 and _CHANGE_OF_A_RATE.fullmatch(doc.norm, cs, c.start):
        cs = doc.clause(cs - 2)[0]  # 今年…收购价为每斤1.18元，比上年提高0.03元: the rate's clause is its own
    if t.start >= cs:
        return True
    ts, te = doc.clause(t.start)
    return len(doc.norm[ts:te].strip()) - len(t.text) <= 1  # 2025年，; 自2024年1月1日起，


#: 最长还款期为8年, 有效期5年, 试用期为6个月, 工期：18个月, 贷款期限最长3年, 合同年限为2年: a length after a
#: noun of a term (…期, 期限, 年限, 时限) and at most a copula or a bound; not a span named by 期 (同期,
#: 时期, 学期, 星期, 假期, 日期, 长期, 近期, 预期: the time or the holiday, no term; 为期 a span's length;
#: 周期 a cycle measured: 去化周期为14.2个月, 平均建设周期)
_TERM_BEFORE = re.compile(
    r"(?:(?<![同时学星假日长短近预定到逾延当本上下全初末中早晚前后为為周])期|期限|年限|时限"
    # the time a procedure the office runs takes (審核時間約需30至45個工作天, 办理时间为5个工作日)
    r"|(?:审核|审批|审查|办理|处理|核发|作业)(?:时间|时程))"
    r"(?:为|是|[:：])?(?:最长|最短|最多|最少|约|不超过|不少于)?(?:为|是|需要|需|需时)?$"
)


def term_of_a_rule(doc: ArticleText, c: Candidate) -> bool:
    """最長還款期為8年, 合同期限为三年, 審核時間約需30至45個工作天: a term a rule or a contract sets, or
    the time a procedure takes, holds at no time; only a time in its own clause dates it (the title's
    period, the paragraph's, do not)."""
    if c.kind != "duration":
        return False
    cs, _ = doc.clause(c.start)
    if any(w in doc.norm[cs : c.start] for w in _AVERAGE):
        return False  # 平均建设周期为45天: an average measured, no term set
    return _TERM_BEFORE.search(doc.norm, max(cs, c.start - 12), c.start) is not None


#: a time limit ahead (於3年內, 在两个月内, 30个工作日内) in a figure's clause: it dates the figure
_LIMIT_IN_CLAUSE = re.compile(
    r"(?:于|在)[0-9一二两三四五六七八九十]+个?(?:年|月|工作[日天]|日|天|周)(?:以内|之内|内)"
)


def limited_in_clause(doc: ArticleText, c: Candidate) -> bool:
    """將於2025年內新增…，並計劃於3年內將…增至6,000個: a time limit ahead in the figure's clause."""
    cs, _ = doc.clause(c.start)
    # every limit ends in 内: a clause without one is passed before the regex (most clauses)
    if doc.norm.find("内", cs, c.start) < 0:
        return False
    return _LIMIT_IN_CLAUSE.search(doc.norm, cs, c.start) is not None


def is_time_limit(doc: ArticleText, c: Candidate) -> bool:
    """今年津貼總預算…，並力爭於收件後十五個工作日內完成審批: a time limit (N日内, N个工作日以内) counts
    from an event of its own; an earlier clause's or the sentence's opening time does not date it
    (unless it is a new level: 2024年，办理时限压缩至5个工作日内); nor a rule's term (还款期为8年)."""
    if c.kind != "duration":
        return False  # a term and a time limit are both lengths: the test most figures stop at
    if term_of_a_rule(doc, c):
        return True
    if window_of_a_use(doc, c) is not None:
        return True  # 骑乘前30分钟每次补助5元, 停车前15分钟免费: the first minutes of a use a rule sets
    if not doc.norm.startswith(("内", "以内", "之内"), c.end):
        return False
    cs, _ = doc.clause(c.start)
    if doc.rules.held_at.search(doc.norm, max(cs, c.start - _HELD_REACH), c.start) is not None:
        return False  # 平均住院日控制在7.3天以内: the level a measure of time is held at, no time limit
    return not sets_new_level(doc.norm[cs : c.start], doc.rules)  # 时限压缩至5个工作日内: a new level


#: what a rule grants over the first minutes of a use, right after them (每次补助, 免费, 免收)
_WINDOW_RULED = ("每次", "每趟", "免费", "免收", "不收费", "优惠", "补助", "补贴")
#: the use whose first minutes they are, right before 前 (骑乘, 停车, 入园)
_USE_BEFORE = re.compile(r"([\u4e00-\u9fff]{2})前$")


def window_of_a_use(doc: ArticleText, c: Candidate) -> str | None:
    """骑乘前30分钟每次补助5元, 停车前15分钟免费: a length after a use and 前, before what a rule grants
    over it, is the rule's window: undated, and the use (骑乘) is what it measures."""
    if c.kind != "duration" or not doc.norm.startswith(_WINDOW_RULED, c.end):
        return None
    m = _USE_BEFORE.search(doc.norm, max(0, c.start - 3), c.start)
    return doc.shadow[m.start(1) : m.end(1)] if m is not None else None


#: how far before the figure a verb holding a measure at a level may start (控制在, 维持于: words.toml's
#: held_verbs and 在 or 于, as the rulebook's ``held_at`` reads them)
_HELD_REACH = 3


#: how far before a time a term's name and its copula may stand (投标截止时间为)
_TERM_REACH = 8


def value_of_a_term(doc: ArticleText, t: TimeExpr) -> bool:
    """投标截止时间为2025年4月7日, 开标日期：2025年4月8日, 缴纳期限至6月30日, 繳納期間自11月1日起: a
    time that a term's name (``term_names``) is said to be, runs from (自) or runs to (至), sets the
    term; it dates no figure (投标保证金2万元 after it is neither of April nor planned)."""
    at, ends = t.start, doc.rules.words.term_ends
    if at < 2 or (doc.norm[at - 1] not in "为是：: 自从" and doc.norm[at - 1] not in ends):
        return False  # the cheap test first: no copula, colon, 自 or a term's last character before it
    if doc.norm[at - 1] in ends and not t.text.startswith(("至", "到")):
        return False  # 截止日期2025年4月7日 with no copula: not read (缴纳期限至6月30日 is)
    return doc.rules.words.term_value.search(doc.norm, max(0, at - _TERM_REACH), at) is not None
