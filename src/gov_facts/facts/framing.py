"""Words that frame a figure in its clause and point at what it measures: a label
(预算金额：356.8万元), a standard a verb pays by (按每托位500元的标准发放X), the basis of a calculation
(按年平均汇率折算), a threshold in a relative clause (营业收入超亿元的企业), an old level's period
(由“十三五”末的82%), a bracketed breakdown before a total, the activity that lasts (为期3年的运行维护);
a time limit's act is :mod:`.deadlines`'.
Part of the subject decision (:mod:`.subject`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate, Prior, since
from .context import ArticleText
from .noun_phrase import is_nounish, noun_run_before
from .qualifier import sets_new_level
from .rule_figures import threshold_of_a_class
from .tagging import pos_tag
from .text import ASIDE, LASTING_NAME, SEGMENT_BREAK, search_near
from .topic import PROGRAMME_HEADS

#: a value that dates its figure from an event (合同签订后 60 天, 验收合格之日起)
_AFTER_EVENT = ("后", "前", "内", "起", "以后", "之后", "以内", "之日起")
#: a label line's start is no comma between digit groups (8,937宗（二○二四年：9,215宗）)
_LABEL = re.compile(
    r"(?:^|[\n。；;]|(?<![0-9])[，,])\s*([^\n。；;，,:：]{2,12})[:：]([^\n。；;，,:：]{0,16})$"
)


def label_of(doc: ArticleText, c: Candidate) -> str | None:
    """The label of a ``label：value`` line when the figure is in its value, with no clause break
    between them and nothing in the value that reads as its own noun phrase before the figure."""
    lot = _lots_label(doc, c) if doc.shadow[c.start - 1 : c.start] in ("：", ":") else None
    if lot:
        return lot
    w = max(0, c.start - 32)
    m = search_near(_LABEL, doc.shadow, w, c.start, ":：", 18)  # a value of 16 and a newline at most
    if m is None or (m.start() == w and w > 0 and doc.text[w] not in "\n。；;，,"):
        return None
    if m.group(1).count("（") + m.group(1).count("(") > m.group(1).count("）") + m.group(1).count(")"):
        return None  # 发生火警8,937宗（二○二四年：9,215宗）: a colon inside a bracket labels its content
    value = m.group(2).strip()
    if value.startswith(("“", "「", '"', "『", "‘")):
        return None  # 发言人说：「首批约2,100个…: a quotation follows the colon, not a value
    if value:
        # 建设规模：总建筑面积2.5万平方米: a value that names its own measure keeps it; a value that
        # only places the figure in time (采购合同签订后 60 天) leaves the label as the subject
        own, _, _ = noun_run_before(doc, c)
        if own and own in value and not value.endswith(_AFTER_EVENT):
            return None
    return _LIST_MARK.sub("", m.group(1).strip()) or None


#: the length of a line of lots searched back from a figure (最高限价（如有）：包1：298.0万元，包2：)
_LOT_LINE_REACH = 72


def _lots_label(doc: ArticleText, c: Candidate) -> str | None:
    """最高限价（如有）：包1：298.0万元，包2：183.6万元: a label whose value lists lots, each under its
    serial label (包1, A包, 第二标段: ``lot_words``); the outer label names what each lot's figure
    measures, without its bracketed aside and list mark."""
    at = max(doc.shadow.rfind("\n", 0, c.start), doc.shadow.rfind("。", 0, c.start)) + 1
    if c.start - at > _LOT_LINE_REACH:
        return None
    m = doc.rules.words.lot_line.search(doc.shadow, at, c.start)
    if m is None:
        return None
    label = _COPULA_END.sub("", ASIDE.sub("", m.group(1)).strip())
    return _LIST_MARK.sub("", label) or None


#: a copula that ends a label before its colon (最高投标限价分别为：)
_COPULA_END = re.compile(r"(?:分别)?(?:为|是)$")


#: a clause that opens with what a verb phrase and 的 name, then a verb of stating the figure
#: (受傷的則有287人, 事故中死亡的有3人, 获批的共1203宗, 及格的為960人): the 的 phrase is the subject
_NOMINALISED = re.compile(
    r"(?:^|(?<=[，,；;。\n]))(?:其中|当中|另|而)?[，,]?([\u4e00-\u9fff]{2,8}?)的(?:则|也|亦|还|就)?(?:共有|共计|有|为|共|计|达)$"
)


def nominalised_subject(doc: ArticleText, c: Candidate) -> str | None:
    """受傷的則有287人: a clause whose subject is a verb phrase made a noun by 的 (those injured)
    counts that phrase's referents; the phrase without 的 is the subject. Asked only when the clause
    ends with a verb of stating right before the figure (the cheap cue)."""
    if doc.norm[max(0, c.start - 1) : c.start] not in ("有", "为", "共", "计", "达"):
        return None
    cs, _ = doc.clause(c.start)
    m = _NOMINALISED.search(doc.norm, max(cs - 1, 0), c.start)
    if m is None or m.start(1) < cs:
        return _acts_of_a_long_phrase(doc, cs, c.start)
    phrase = m.group(1)
    tags = pos_tag(doc.shadow[m.start(1) : m.end(1)])
    if not tags or not tags[-1][1].startswith(("v", "a")):
        return None  # 全市的有…, 本年度的为…: a noun before 的 is a possessor, not a phrase made a noun
    return phrase


#: a long clause made a noun by 的 before 有 (其中经廉署介入后由相关公共部门主动纠正或改善的有87宗)
_LONG_NOMINALISED = re.compile(r"[\u4e00-\u9fff]{9,30}的(?:则|也|亦|还)?(?:共有|有)$")
#: words that join two verbs of one act (纠正或改善, 核实并处理)
_VERB_JOINS = frozenset({"或", "和", "及", "并", "與", "与", "或者"})


def _acts_of_a_long_phrase(doc: ArticleText, cs: int, at: int) -> str | None:
    """其中经廉署介入后由相关公共部门主动纠正或改善的有87宗: the part is named by the verbs that end
    the phrase before 的 (纠正或改善), not by its agent nor the counted noun of the clause before."""
    if not doc.norm.endswith("有", 0, at):
        return None  # the cheap test first: the pattern ends with 有 (not 为, 共, 计, 达)
    m = _LONG_NOMINALISED.search(doc.norm, max(cs, at - 36), at)
    if m is None or doc.norm[cs : m.start()] not in ("", "其中", "当中", "另"):
        return None
    de = doc.norm.rfind("的", m.start(), at)
    kept: list[str] = []
    toks = pos_tag(doc.shadow[m.start() : de])
    objects = 0  # 退款或更换货品: the last verb's object is part of the act
    while objects < len(toks) and objects < 2 and is_nounish(toks[len(toks) - 1 - objects][1]):
        objects += 1
    for word, flag in reversed(toks[: len(toks) - objects]):
        if not (flag.startswith("v") or (kept and word in _VERB_JOINS)):
            break
        kept.append(word)
    if objects and not kept:
        return None  # a noun alone before 的 (全市的有…): a possessor, read elsewhere
    kept[:0] = [w for w, _ in reversed(toks[len(toks) - objects :])]
    while kept and kept[-1] in _VERB_JOINS:
        kept.pop()
    act = "".join(reversed(kept))
    return act if 2 <= len(act) <= 8 else None


#: a group of the items just listed, counted, before a total's verb (前四類合計, 上述三项合共,
#: 这三个行业合计, 以上两类个案): what a share of a whole that follows is taken of
_COUNTED_GROUP = re.compile(
    r"(?:其中)?((?:前|上述|以上|这|该|此|上列|其余|头)[一二三四五六七八九十两0-9]{1,3}[大个类项种家所宗名位条]?"
    r"[\u4e00-\u9fff]{0,8}?)(?:合计|合共|共计|总共|累计|加起来|共)?$"
)


def counted_group(doc: ArticleText, cs: int, at: int) -> str | None:
    """前四類合計占全部詐騙案件之80.2%: a share whose part is a counted group of what was listed
    before (前四類, 上述三項) is that group's, not the whole's nor the last item's."""
    m = _COUNTED_GROUP.fullmatch(doc.norm, cs, at)
    return m.group(1) if m is not None else None


#: the mark of an item in a numbered list before a label (二、预算金额：, （三）采购需求：, 4.工期：)
_LIST_MARK = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.、．])\s*"
)

#: 按年平均汇率折算达, 以当年汇率计算约, 按可比价格计算增长: the basis a figure is calculated on
CALCULATION_FRAME = re.compile(
    r"(?:按照|按|以(?![上下及来内外前后]))[^，。；;、按以]{1,12}?(?:折算|计算|换算|核算|测算)[^，。；;0-9]{0,4}$"
)

#: a figure inside a calculation frame (按辖区常住人口3.48万人计算, 以全年9,600小時計): before it, the
#: frame's opening preposition in its segment; after it, the verb that closes the frame
_FRAME_OPENED = re.compile(r"(?:按照|按|以)[^，。；;、（(0-9]{1,12}$")
_FRAME_CLOSED = re.compile(r"(?:折算|计算|换算|核算|测算|计)(?![0-9])")


def inside_calculation_frame(doc: ArticleText, c: Candidate) -> bool:
    """Whether ``c`` is the figure a 按…计算 frame is based on: what it counts is the noun before it
    inside the frame, not the frame's verb after it."""
    unit_end = c.unit_start + len(c.unit or "")
    if _FRAME_CLOSED.match(doc.norm, max(c.end, unit_end)) is None:
        return False
    return _FRAME_OPENED.search(doc.norm, max(0, c.start - 13), c.start) is not None


#: 按每托位500元的标准发放一次性建设补贴: a standard by which a verb (发放, 给予) pays the clause's rest
_BY_FRAME = re.compile(r"(?:按照|按)(?:每[^，。；;、0-9的]{1,3}){0,2}$")
_STANDARD_THEN_VERB = re.compile(
    r"(的?标准)?(?:发放|给予|予以|补助|补贴|奖励|安排|支付|拨付)([\u4e00-\u9fff]{2,10})(?=[，。；;、\n]|$)"
)


def by_standard(doc: ArticleText, c: Candidate) -> str | None:
    """按每托位500元的标准发放一次性建设补贴, 对新增普惠托位按每个1万元给予一次性建设补助: what the
    verb after the standard, or after an amount per unit (按每个, 按每人每天), gives or pays."""
    m = _STANDARD_THEN_VERB.match(doc.norm, c.end)
    paid = _PAID_AS.match(doc.norm, c.end) if m is None else None
    if m is None and paid is None:
        return None
    frame = _BY_FRAME.search(doc.norm, max(0, c.start - 10), c.start)
    if frame is None or ((m is None or m.group(1) is None) and "每" not in frame.group(0)):
        return None  # with no 标准, only an amount per unit (按每个, 按每人每天) pays
    if m is not None:
        return doc.shadow[m.start(2) : m.end(2)]
    return doc.shadow[c.end : paid.end()] if paid is not None else None  # 按每家3万元一次性奖补


#: 按每家3万元一次性奖补: the payment named right after the amount, ending its clause
_PAID_AS = re.compile(r"(?:一次性)?(?:奖补|补助|补贴|奖励|资助)(?=[，。；;、\n]|$)")


#: 由“十三五”末的82%, 从2020年的93%: a figure's old level, dated by the period before 的
FROM_PERIOD = re.compile(r"(?:由|从)([^，。；;由从的]{1,12})的(?:约|近|逾)?$")
#: an adverb between the noun and 由 (农户已由十年前的三百余户…): the noun stands before it
FROM_ADVERB = re.compile(r"(?:已经|已|均|都|则|亦|也)$")


def threshold_of(doc: ArticleText, c: Candidate, prev: Prior | None = None) -> str | None:
    """财政收入超亿元的乡镇, 营业收入超过2000万元的: the noun right before the threshold verb (a relative
    clause of a noun, a threshold verb and the figure), which the figure measures; with nothing
    before it in its clause, what the last class of the same unit in its sentence was drawn by
    (经营性收入10万元以上的村…；50万元以上的村147个: the income, not the 村 the class counts)."""
    cs, _ = doc.clause(c.start)
    verb = doc.rules.threshold_tail.search(doc.norm, cs, c.start)  # ``threshold_verbs``
    if verb is None or verb.start() <= cs:
        return _attribute_of(doc, c, cs) or (_class_drawn_before(doc, c, prev) if cs == c.start else None)
    noun, _, _ = noun_run_before(doc, replace(c, start=verb.start()))
    if noun and not doc.norm.endswith(noun, cs, verb.start()):
        return None  # 聚集了超过90%的在巴中国移民: a verb, not a noun, before the threshold
    return noun


def _class_drawn_before(doc: ArticleText, c: Candidate, prev: Prior | None) -> str | None:
    """The subject of the last figure of the same unit in the sentence that drew a class as well."""
    if not prev or not threshold_of_a_class(doc, c):
        return None
    before = reversed(since(prev, doc.sentence(c.start)[0]))
    return next((s for p, s, _ in before if s and p.unit == c.unit and threshold_of_a_class(doc, p)), None)


#: 在 or a copula between an attribute and its figure (投资额在1亿元以上的项目)
_AT_LEVEL = re.compile(r"(?:在|为|约)$")


def _attribute_of(doc: ArticleText, c: Candidate, cs: int) -> str | None:
    """总投资3.2亿元的项目, 投资额在1亿元以上的项目: a measure noun written right before the figure
    (nothing, 在 or 为 between) names what the figure measures of the noun after 的."""
    at = c.start
    if (gap := _AT_LEVEL.search(doc.norm, max(cs, at - 1), at)) is not None:
        at = gap.start()
    noun, _, _ = noun_run_before(doc, replace(c, start=at))
    if not noun or not doc.norm.endswith(noun, cs, at) or not noun.endswith(tuple(doc.rules.suffixes)):
        return None
    return None if noun.endswith(("年度", "季度")) else noun  # 課稅年度百分之百的薪俸稅: a period, no measure


def activity_after_de(doc: ArticleText, pos: int) -> str | None:
    """为期3年的运行维护: the verbs and nouns after 的, up to the clause's end (at most 8 characters);
    a name in quotes right after 的 (为期48小时的“可续期罢工”, 为期3个月的“清源”专项行动) with the
    nouns after its closing quote."""
    if not doc.norm.startswith("的", pos):
        return None
    quoted = LASTING_NAME.match(doc.norm, pos + 1)
    if quoted is not None:
        name = quoted.group(1)
        _, ce = doc.clause(quoted.end())
        head: list[str] = []
        for word, flag in pos_tag(doc.shadow[quoted.end() : min(ce, quoted.end() + 6)]):
            if not is_nounish(flag) or word in doc.rules.stop:
                break
            head.append(word)  # “清源”专项行动
        return name + "".join(head)
    _, ce = doc.clause(pos)
    words: list[str] = []
    last = ""
    timed = doc.times_between(pos + 1, pos + 2)  # 为期40天的2024年春运: past the time that names which
    pos = timed[0].end - 1 if timed and timed[0].start == pos + 1 else pos
    for word, flag in pos_tag(doc.shadow[pos + 1 : min(ce, pos + 9)]):
        if not (flag.startswith("v") or is_nounish(flag)) or word in doc.rules.stop:
            break
        if words and last.startswith("n") and not flag.startswith("n"):
            break  # 为期40天的2024年春运圆满落幕: the noun, not the predicate after it
        words.append(word)
        last = flag
    return "".join(words) or None


#: a bracketed breakdown or scope note right before a figure, or before the 为 that states it
#: (（含九年一贯制学校77所）, （其中…）, 可售面积（含已取得预售许可未售部分）为, 收入（不含基金）为)
BREAKDOWN_BEFORE = re.compile(
    r"[（(](?:(?:含|不含|包括|包含|不包括|不包含|其中|扣除|剔除)[^（()）]{1,40}"
    # (法定传染病17种（乙类13种、丙类4种）3862例: parts with their figures, listed)
    r"|[^（()）、，0-9]{1,10}[0-9]+[^（()）、，0-9]{0,2}(?:、[^（()）、，0-9]{1,10}[0-9]+[^（()）、，0-9]{0,2})+)"
    # (业务收入（不包括…）累计完成41.37亿元: a verb of a total may stand between the bracket and the figure)
    r"[）)](?:累计|共|合计|总计)?(?:完成|实现|达到|为|約為|约为|達|达)?$"
)


#: what may stand between an old level ending its clause and the change verb opening the next
#: (已由十年前的三百餘戶，減少至目前的186戶): the comma and an adverb
_NEXT_CHANGE = re.compile(r"[，,](?:再|又|并|並|进一步|逐步|逐年|大幅|持续)?")


def is_old_level(doc: ArticleText, c: Candidate) -> bool:
    """从800元提高到5000元: the figure is the level a change starts from; so is one that ends its
    clause when the next clause opens with the change (由十年前的三百餘戶，減少至目前的186戶)."""
    _, ce = doc.clause(c.start)
    if sets_new_level(doc.norm[c.end : ce], doc.rules):
        return True
    if doc.norm[c.end : ce].strip() or (m := _NEXT_CHANGE.match(doc.norm, ce)) is None:
        return False
    return doc.rules.change_to.match(doc.norm, m.end()) is not None


def holds_a_time(doc: ArticleText, start: int, end: int) -> bool:
    """Whether a time expression (“十三五”末, 2020年) lies in [start, end)."""
    return any(start <= t.start and t.end <= end for t in doc.times_between(start, end))


#: a quoted name (「宜蘭好日子」, “放心消费”) right after a verb of purpose
_QUOTED_NAME = re.compile(r"[「“《][^「」“”《》，。；;]{1,16}[」”》]")


def spent_before(doc: ArticleText, at: int) -> bool:
    """Whether a verb that spends (投入, 拨付, 下达) stands right before ``at``."""
    return doc.rules.spent_tail.search(doc.norm, max(0, at - 3), at) is not None


#: a comma and an adverb of going on between an amount spent and the verb of its purpose (投放約12億元，繼續
#: 推行…計劃; 投入资金3亿元，全力推进…), or the object of the works first (投入约1500万元，对…实施加固改造)
_THEN_PURPOSE = re.compile(
    r"[，,]?(?:继续|持续|并|以|用以|全力|重点|进一步|着力)?(?:对[^，。；;]{1,30}?(?=实施|开展|进行))?"
)


#: a total named before the amount (项目总投资约15.8亿元, 投资总额达…): a noun, no spending; 总 alone is
#: no total (集团总部投入3000万元, 总公司, 总体)
_TOTAL_NOUN = re.compile(r"总投资|投资总额|总额|總投資|投資總額|總額")


def money_purpose(doc: ArticleText, c: Candidate) -> str | None:
    """市府將投入新臺幣15億元推動老屋重建, 編列4.2億元辦理道路平整計畫: an amount a verb spends,
    with no noun of its own between, measures what it is spent on; so does one whose purpose opens
    the next clause (投放約12億元，繼續推行水管資產管理計劃)."""
    if c.kind != "money" or doc.rules.spent_tail.search(doc.norm, max(0, c.start - 3), c.start) is None:
        return None
    then = _THEN_PURPOSE.match(doc.norm, c.end)  # 投放約12億元，繼續推行…計劃 (may be empty: 推动老屋重建)
    if (verb := doc.rules.spend_purpose.match(doc.norm, then.end() if then else c.end)) is None:
        return None
    if (
        then
        and then.group(0)[:1] in "，,"
        and (_completed_amount(doc, c) or _TOTAL_NOUN.search(doc.norm, max(0, c.start - 8), c.start))
        and _states_a_figure(doc, verb.end())
    ):
        # 完成投资8640万元，新建改造供水管网312.5公里, 项目总投资约15.8亿元，建设工期为24个月: a result or a
        # total (总投资: a noun, no spending) stated beside another figure, no purpose
        return None
    # 推動「宜蘭好日子」行銷計畫: a quoted name opens the object; the run goes on after it
    quoted = _QUOTED_NAME.match(doc.norm, verb.end())
    start = quoted.end() if quoted else verb.end()
    _, se = doc.clause(start, SEGMENT_BREAK)
    run: list[str] = [doc.shadow[quoted.start() : quoted.end()]] if quoted else []
    for word, flag in pos_tag(doc.shadow[start : min(se, start + 12)]):
        # 道路平整计划: jieba tags 平整 an adjective; 计划 heads a programme's name
        inside = is_nounish(flag) or flag.startswith("v") or (run and word in PROGRAMME_HEADS)
        if not inside or (word in doc.rules.stop and word not in PROGRAMME_HEADS):
            break
        run.append(word)
    return "".join(run) or None


def _completed_amount(doc: ArticleText, c: Candidate) -> bool:
    """完成投资, 累计完成交通投资: an amount reported as done (完成 in the words just before it)."""
    cs, _ = doc.clause(c.start)
    return "完成" in doc.norm[max(cs, c.start - 8) : c.start]


def _states_a_figure(doc: ArticleText, start: int) -> bool:
    """Whether the clause from ``start`` states a figure of its own (a digit before its end)."""
    _, ce = doc.clause(start)
    return any(ch.isdigit() for ch in doc.norm[start:ce])


def untimed(doc: ArticleText, start: int, end: int) -> str:
    """The text of [start, end) without its times (分别比2020年下降3.1%和3.4%: 2020年 is no figure)."""
    times = doc.times_between(start, end)
    if not times:
        return doc.norm[start:end]
    return "".join(
        ch for k, ch in enumerate(doc.norm[start:end], start) if not any(t.start <= k < t.end for t in times)
    )
