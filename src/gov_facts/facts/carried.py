"""An elided subject, taken from an earlier figure of the same sentence: the topic carried over
the clauses, the level a change changes, the amount a bare share or a new level refers to. Part
of the subject decision (:mod:`.subject` asks here when a figure names no noun of its own)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import PHYSICAL_KINDS, UNIT_KINDS, Candidate, Prior, last_counted, since
from .context import ArticleText
from .noun_phrase import is_nounish, noun_run_before
from .qualifier import change_of
from .tagging import pos_tag
from .text import BOUND_WORDS, LEVEL_WORDS
from .topic import named_before_comparison, paid_per_head, sentence_topic

#: the kinds of figure whose subject a count of people (人, 名) or a physical quantity never takes (a
#: rate or money: 完成投资3.2亿元，其中完成改造45公里)
_NOT_LENT = {"people": ("money",), **dict.fromkeys(PHYSICAL_KINDS, ("percent", "percentage_point", "money"))}

#: a clause that opens with a share word and names nothing (占比65.3%, 所占比重为12%)
_BARE_SHARE = re.compile(
    r"\s*(?:所?占比重?|比重|(?:约|大约|近)?占(?:约|近|逾|超过|不足|大约)?)(?:为|达到|达)?\s*$"
)


def share_of_last(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """其中税收收入102.3亿元，占比65.3%; 弱勢戶為2萬1,113戶，約佔兩成: a share that names no noun (nor
    a whole after 占) is the share of the amount just before it in the sentence, not of the sentence's
    topic."""
    cs, _ = doc.clause(c.start)
    if c.kind != "percent" or not _BARE_SHARE.match(doc.norm, cs, c.start):
        return None
    return last_amount(doc, c, prev)


def last_amount(doc: ArticleText, c: Candidate, prev: Prior, before: int | None = None) -> str | None:
    """The subject of the last figure in ``c``'s sentence (before ``before``, if given) that is an
    amount, not a rate."""
    ss, _ = doc.sentence(c.start)
    for p, subj, _ in reversed(since(prev, ss)):
        if before is not None and p.start >= before:
            continue
        if subj and p.kind not in ("percent", "percentage_point", "rank"):
            return subj
    return None


def changed_from(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """由1.1:50.3:48.6调整为0.7:50.7:48.6, 从12万人增至39.5万人: the new level is a level of the
    same thing as the figure it changed from, just before it in the clause. 日均3.35万人次，恢复至
    2019年同期的96%: a share of a past period's level is a level of the amount just stated in the
    sentence, not of the period."""
    if not prev or not prev[-1][1]:
        return None
    p, subj, _ = prev[-1]
    if (
        c.kind == "percent"
        and "同期" in doc.norm[max(0, c.start - 8) : c.start]
        and _SHARE_OF_PAST.search(doc.norm, max(0, c.start - 8), c.start)
    ):
        return subj if p.start >= doc.sentence(c.start)[0] else None
    cs, _ = doc.clause(c.start)
    if p.start < cs:
        return None
    if c.start - p.end > 12:
        return None
    return subj if doc.rules.change_to.search(doc.norm, p.end, c.start) else None


#: a share of a past period's level, right before the figure (2019年同期的96%, 疫情前同期水平的八成)
_SHARE_OF_PAST = re.compile(r"同期(?:水平)?的(?:约|近|逾)?$")


def is_change(doc: ArticleText, c: Candidate) -> bool:
    """Whether a change word (增长, 下降, 提高…) stands in the figure's clause before it."""
    return doc.kept("is_change", c.start, lambda: _changes(doc, c.start))


def _changes(doc: ArticleText, at: int) -> bool:
    cs, _ = doc.clause(at)
    return change_of(doc.norm[cs:at], doc.rules) in ("increase", "decrease")


def _level_changed(c: Candidate, in_sentence: Prior) -> str | None:
    """The subject of the level a change figure changes: for points of a percentage the last
    percentage or points (增速比全国高0.7个百分点，比上年加快1.2个百分点), for a growth rate or a
    change of an amount the last amount (余额…，同比增长8.4%，增速比上月末高0.3个百分点；比年初增加
    612.48亿元: the amount, not the rate; for money and counts the last of its own unit first), for
    anything else the last figure."""
    rates = ("percent", "percentage_point")
    if c.kind in ("money", "count") and c.unit:
        same = next((s for p, s, _ in reversed(in_sentence) if s and p.unit == c.unit), None)
        if same:  # …余额11047.62亿元…低0.2个和1.5个百分点；比年初增加803.14亿元: the 元 amount
            return same
    for p, subj, _ in reversed(in_sentence):
        if not subj or p.kind == "rank":
            continue
        if c.kind == "percentage_point" and p.kind not in rates:
            continue
        if c.kind != "percentage_point" and p.kind in rates:
            continue
        return subj
    last = [subj for _p, subj, _t in in_sentence if subj]
    return last[-1] if last else None


def carried(
    doc: ArticleText,
    c: Candidate,
    prev: Prior,
    topic_only: bool = False,
    same_unit_only: bool = False,
) -> str | None:
    """An elided subject: the clause topic named earlier in the sentence, else the last subject."""
    ss, _ = doc.sentence(c.start)
    in_sentence = since(prev, ss)
    if in_sentence and _CLOSERS.intersection(doc.norm[in_sentence[0][0].end : c.start]):
        in_sentence = [x for x in in_sentence if not _in_closed_bracket(doc.norm, ss, x[0], c.start)]
    # …研发费用的78.6%；全社会研发经费投入强度为3.12%，…，高于全省平均水平0.9个百分点: a semicolon
    # opens a new part of the sentence; a figure named after it is the part's topic
    semi = max(doc.norm.rfind("；", ss, c.start), doc.norm.rfind(";", ss, c.start))
    if semi >= 0 and any(subj for _p, subj, _t in since(in_sentence, semi)):
        in_sentence = since(in_sentence, semi)
    # …收益率下行6个基点至3.92%；离岸人民币兑美元汇率一度升破6.95关口，日内涨幅超过200个基点: a part
    # opened by a noun of its own and no figure before this one goes on about that noun
    elif semi >= 0 and not topic_only and (opened := _part_topic(doc, semi + 1, c.start)):
        return opened
    in_sentence = _outside_closed_asides(doc, c, in_sentence, ss)
    # people never take the money before (零售额…亿元，新培育主播200名), a length a rate's (漏損率…11.3公里)
    if barred := _NOT_LENT.get(
        "people" if c.kind == "count" and c.unit in doc.rules.people_units else c.kind, ()
    ):
        in_sentence = [item for item in in_sentence if item[0].kind not in barred]
    same = [(subj, topic) for _p, subj, topic in in_sentence if subj]
    # 已交付780套…剩余420套, …雨量超过100毫米，其中214个站超过250毫米: from the last figure in the unit
    if c.unit and c.kind in UNIT_KINDS and (last := last_counted(in_sentence, c.unit, c.unit, None, c.kind)):
        return last
    if same_unit_only:
        return None
    if not topic_only and is_change(doc, c):
        stated = _level_stated_before(doc, c, prev)
        if stated:  # 每日平均求诊人次为6,120，较前一星期上升8.5%
            return stated
    changed = not topic_only and same and is_change(doc, c)
    compared = not topic_only and same and _COMPARED_LEVEL.search(doc.norm, doc.clause(c.start)[0], c.start)
    if compared and not changed:
        # 平均差價率為24.6%，較上季的22.9%: the old level a level is compared with measures the same
        # thing as the last figure of its own unit
        old = next((s for p, s, _ in reversed(in_sentence) if s and p.unit == c.unit), None)
        if old:
            return old
    if changed or compared:
        # 覆盖率达87.3%，提高1.8个百分点; 农民工总量19.41万人，比上年增长8.55%: a change with no
        # noun of its own names the level just before it, not the sentence's topic; a growth rate
        # names an amount, not a share between them (完成246.79亿元，完成年度计划82.3%，同比增长15.3%)
        level = _level_changed(c, in_sentence)
        if level:
            return level
    for subj, topic in reversed(same):
        if topic:
            return subj
    if not same and not topic_only and _BREAKDOWN_OPENER.match(doc.norm, ss):
        # 上半年GDP增长5.3%。分季度看，一季度增长5.4%: a breakdown of the last sentence's measure,
        # unless the sentence names the part it goes on about (从起火场所看，住宅火灾占比最高，共发生612起)
        cs, _ = doc.clause(c.start)
        named = sentence_topic(doc, cs - 1) if cs > ss else None  # a clause before the figure's own
        if named:
            return named
        earlier = [subj for p, subj, _ in prev if subj and p.start < ss]
        return earlier[-1] if earlier else None
    if topic_only or not same:
        return None
    return same[-1][0]


def _part_topic(doc: ArticleText, start: int, at: int) -> str | None:
    """The noun run that opens the part of a sentence from ``start`` (after a semicolon), when a
    verb or an adverb follows it (离岸人民币|兑|美元汇率|一度…: 离岸人民币): two to twelve characters."""
    toks = pos_tag(doc.shadow[start : min(at, start + 16)])
    run: list[str] = []
    for word, flag in toks:
        if (word in doc.rules.stop and not run) or not is_nounish(flag) or flag in ("a", "ad"):
            break  # (a stop word inside the run is part of the name: 离岸|人民币)
        run.append(word)
    follows = toks[len(run)][1] if len(run) < len(toks) else ""
    phrase = "".join(run)
    return phrase if 2 <= len(phrase) <= 12 and follows[:1] in ("v", "d") else None


def _outside_closed_asides(doc: ArticleText, c: Candidate, in_sentence: Prior, ss: int) -> Prior:
    """主体6821家（其中企业类1204家、个体网店5617家），较年初新增643家: the items of a bracketed
    breakdown closed before the figure are no topic it inherits; the total before the bracket is."""
    close = max(doc.norm.rfind("）", ss, c.start), doc.norm.rfind(")", ss, c.start))
    if close < 0:
        return in_sentence  # the cheap cue: no bracket closes before the figure in its sentence
    kept = []
    for item in in_sentence:
        p = item[0]
        shut = min(
            i
            for i in (doc.norm.find("）", p.end, c.start), doc.norm.find(")", p.end, c.start), c.start)
            if i >= 0
        )
        opened = max(doc.norm.rfind("（", ss, p.start), doc.norm.rfind("(", ss, p.start))
        if (
            shut < c.start
            and opened >= 0
            and doc.norm.find("）", opened, p.start) < 0
            and doc.norm.find(")", opened, p.start) < 0
        ):
            continue  # inside a bracket that closes before the figure
        kept.append(item)
    return kept


#: what closes a bracket (asked first: most sentences close none between their figures)
_CLOSERS = frozenset("）)")


def _in_closed_bracket(norm: str, ss: int, p: Candidate, at: int) -> bool:
    """列車準點率（誤點5分鐘以內）為93.8%，較113年的92.1%: a figure inside a bracket closed before ``at``
    glosses a noun or breaks down a whole; its subject is no topic for the figures after the bracket."""
    opened = max(norm.rfind("（", ss, p.start), norm.rfind("(", ss, p.start))
    if opened < 0 or max(norm.rfind("）", opened, p.start), norm.rfind(")", opened, p.start)) >= 0:
        return False
    closes = [k for k in (norm.find("）", p.end, at), norm.find(")", p.end, at)) if k >= 0]
    return bool(closes)


#: the level a figure is compared with, named by its time alone (较2024年的62元, 較113年的62元,
#: 比上年的2.06): of the same measure as the figure before it, not the sentence's topic
_COMPARED_LEVEL = re.compile(r"(?:较|比)[^，,。；;0-9]{0,8}(?:[0-9]{2,4}年[^，,。；;0-9]{0,4})?(?:的|之)\s*$")


#: a sentence that opens by breaking down what the last one stated (分季度看，按季分析，从结构看，)
_BREAKDOWN_OPENER = re.compile(r"\s*(?:分|从|按)[^，,。；;0-9]{1,5}?(?:来看|看|分析)[，,：:]")


#: a level with no unit ending a clause (求诊人次为6,120，): no figure, yet the level a change after
#: it changes
_BARE_LEVEL = re.compile(f"(?:{LEVEL_WORDS})(?:{BOUND_WORDS})?" + r"[0-9][0-9,]*(?:\.[0-9]+)?[万亿]?\s*$")


def _level_stated_before(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """The noun of a level stated with no unit at the end of the clause right before a change
    (每日平均求诊人次为6,120，较前一星期上升8.5%), when the level is no figure of its own, or of a
    measure that clause ends with and states no figure for."""
    cs, _ = doc.clause(c.start)
    ss, _ = doc.sentence(c.start)
    if cs - 1 <= ss:
        return None
    pcs, pce = doc.clause(cs - 1)
    m = _BARE_LEVEL.search(doc.norm, pcs, pce)
    if any(p.end > (m.start() if m else pcs) for p, _, _ in since(prev, pcs)):
        return None
    if m is not None:
        return noun_run_before(doc, replace(c, start=m.start()))[0]
    # 主计总处上修今年经济成长率，较5月预测数增加0.12个百分点: a measure (…率, …额) ending a clause
    # with no figure is what the change after it changes
    named = noun_run_before(doc, replace(c, start=pce))[0]
    return named if named and named.endswith(tuple(doc.rules.suffixes)) else None


def named_elsewhere(doc: ArticleText, c: Candidate, prev: Prior, before: str | None) -> str | None:
    """What a figure measures when the noun right before it names nothing of its own: an average
    word (:func:`averaged`), a part with no rate of its own (:func:`rate_of_part`); or, with no noun
    before it at all, a change that a comparison cuts off from its noun
    (:func:`.topic.named_before_comparison`), or a payment per head (:func:`.topic.paid_per_head`)."""
    total = total_of_parts(doc, c, prev)
    if total or before:
        named = before or ""
        return (
            total
            or averaged(doc, c, prev, named)
            or parallel_part(doc, c, prev, named)
            or rate_of_part(doc, c, prev, named)
        )
    if prev and prev[-1][1] and not doc.norm[prev[-1][0].end : c.start].strip():
        return prev[-1][1]  # 城乡低保对象3.42万户5.87万人: a figure right after another counts the same
    if is_change(doc, c):
        return named_before_comparison(doc, c)
    return paid_per_head(doc, c)


#: what may stand between an average word and its figure (日均为, 人均约)
_LIGHT_LEVEL = re.compile(f"(?:{LEVEL_WORDS}|{BOUND_WORDS})?")


def averaged(doc: ArticleText, c: Candidate, prev: Prior, word: str) -> str | None:
    """累计发送旅客2782.8万人次，日均347.9万人次: an average per day, month, head (日均, 月均, 人均,
    平均: two characters ending in 均) names no thing; it averages the last figure of the same unit
    in the sentence, and says so before that figure's noun."""
    if len(word) != 2 or not word.endswith("均"):
        return None
    tail = doc.norm[max(0, c.start - 6) : c.start]
    if _LIGHT_LEVEL.fullmatch(tail, tail.rfind(word) + 2) is None:
        return None  # 亩均增产25斤: the average of a change the verb names, no amount averaged
    ss, _ = doc.sentence(c.start)
    for p, subj, _ in reversed(since(prev, ss)):
        if subj and p.unit == c.unit and subj != c.unit:
            return subj if subj.startswith(word) else word + subj
    return None


def rate_of_part(doc: ArticleText, c: Candidate, prev: Prior, named: str) -> str | None:
    """平均住用率为112%，部分医院如玛嘉烈医院及屯门医院更超过120%: a percent after a part that names
    no rate of its own (places, bodies, a group), in a clause that changes nothing, is that part's
    value of the rate stated in the clause before."""
    if c.kind != "percent" or "率" in named or "比" in named or named.endswith(doc.rules.rate_heads):
        return None  # 草原综合植被盖度达到88%: a rate of its own (…度)
    if is_change(doc, c):
        return None
    cs, _ = doc.clause(c.start)
    in_sentence = since(prev, doc.sentence(c.start)[0])
    if not in_sentence:
        return None
    p, subj, _ = in_sentence[-1]
    if p.kind != "percent" or not subj or not subj.endswith("率") or doc.clause(p.start)[1] != cs - 1:
        return None
    return subj


def just_before(doc: ArticleText, cs: int, prev: Prior, share: re.Match[str]) -> str | None:
    """The subject of the figure in the clause right before ``cs``, unless it is the whole the
    share is of (占固定资产投资的比重 after 固定资产投资增长9.6%)."""
    pcs, _ = doc.clause(max(0, cs - 2))
    for p, subj, _ in reversed(prev):
        if p.start < pcs:
            return None
        if p.start < cs and subj:
            return None if subj in share.group(0) else subj
    return None


def total_of_parts(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """代理服务费由…支付，…，三个包合计人民币贰万肆仟叁佰元整: an amount totalled (合计, 共计) over
    parts counted right before it (三个包, 两个标段) is the total of what the sentence is about, not
    of the parts."""
    if c.kind != "money" or not prev or prev[-1][0].kind != "count":
        return None
    parts = prev[-1][0]
    if parts.start < doc.clause(c.start)[0] or c.start - parts.end > 12:
        return None
    between = doc.norm[parts.end : c.start]
    total = next((w for w in doc.rules.plan_totals if between.endswith(w)), None)
    counted = between[: -len(total)] if total else ""
    if not counted or len(counted) > 8 or counted.endswith(tuple(doc.rules.suffixes)):
        return None  # 三项社会保险基金收入合计96.4亿元: the parts name the amount (收入) themselves
    return sentence_topic(doc, c.start)


#: what may stand before a part that opens its clause (其中, 而, 另)
_OPENS_PART = re.compile(r"\s*(?:其中[：:]?|而|另)?\s*")


def parallel_part(doc: ArticleText, c: Candidate, prev: Prior, named: str) -> str | None:
    """城镇居民人均可支配收入45000元；农村居民21000元: a part named in parallel to the part the last
    figure of its unit in the sentence opens its subject with (…居民, …医院, …产业) measures the same
    thing, the rest of that subject (农村居民人均可支配收入). The parts share the last words of the
    part named, nouns; a rest that names a total (总量, 总额) is the whole's, not the part's
    (农民工总量…，其中外出农民工7.97万人)."""
    cs, _ = doc.clause(c.start)
    at = doc.norm.find(named, cs, c.start) if len(named) >= 2 else -1
    if at < 0 or _OPENS_PART.fullmatch(doc.norm, cs, at) is None:
        return None  # the part opens its clause (；农村居民21000元, ，其中国有企业30亿元)
    ss, _ = doc.sentence(c.start)
    subject = next((s for p, s, _ in reversed(since(prev, ss)) if p.unit == c.unit and p.start < cs), None)
    if not subject or named[-1] not in subject:
        return None  # every ending the parts may share ends with the named part's last character
    if not any(0 < subject.find(named[-k:]) <= len(subject) - k - 2 for k in range(1, len(named))):
        return None  # no ending of the part stands inside the subject with a rest after it: nothing to tag
    named_words = pos_tag(named)
    if not (is_nounish(named_words[-1][1]) or named_words[-1][1] in ("q", "k")):
        return None  # a verb ends no part
    bounds = _word_ends(subject)
    # the words the parts share: the named part's last word (类) or its last two characters and more
    # (居民 of 农村居民, which jieba keeps as one word), never all of it
    endings = {named[-k:] for k in range(1, len(named))} | {named_words[-1][0]} - {named}
    for ending in sorted(endings, key=len, reverse=True):
        # the last subject opens with a part of its own before the shared word (城镇|居民), and its
        # rest starts at a word (羊出栏 shares nothing with 出栏生猪: it opens with 出栏); one
        # character is a word of its own there (粮油食品|类|零售额)
        at = subject.find(ending)
        rest = subject[at + len(ending) :] if at > 0 else ""
        whole = len(ending) > 1 or at in bounds
        if whole and at + len(ending) in bounds and len(rest) >= 2 and not rest.startswith("总"):
            return named + rest
    return None


def _word_ends(text: str) -> set[int]:
    """Where the words of ``text`` start and end."""
    ends = {0}
    end = 0
    for word, _ in pos_tag(text):
        end += len(word)
        ends.add(end)
    return ends
