"""Nouns found away from the figure: the object of the verb after it (…计入收入总额) and the topic
its sentence is about (中国是…，排名第十二位 -> 中国). Part of the subject decision."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate, Prior
from .context import ArticleText
from .noun_after import noun_run_after
from .noun_phrase import is_nounish, noun_run_before
from .tagging import pos_tag
from .text import SEGMENT_BREAK


def object_of_next_verb(doc: ArticleText, pos: int, modified: bool = False) -> str | None:
    """The noun phrase after the verb that follows ``pos`` (…计入收入总额 -> 收入总额).

    ``modified``: the phrase may open with a place word (获评全省…先进集体) and hold a verb that
    modifies the noun after it (保持暴恐案事件“零发生” -> 暴恐案事件)."""
    _, se = doc.clause(pos, SEGMENT_BREAK)
    toks = pos_tag(doc.shadow[pos : min(se, pos + 14)])
    if len(toks) < 2 or not toks[0][1].startswith("v") or len(toks[0][0]) < 2:
        return None
    rest = toks[1:]
    if modified:
        while rest and rest[0][0] in doc.rules.stop and is_nounish(rest[0][1]):
            rest = rest[1:]
    run: list[str] = []
    for k, (word, flag) in enumerate(rest):
        nounish = is_nounish(flag) or word in doc.rules.suffixes
        if modified and not nounish and flag.startswith("v") and k + 1 < len(rest):
            nounish = is_nounish(rest[k + 1][1])
        if (word in doc.rules.stop and not (run and word in PROGRAMME_HEADS)) or not nounish:
            break
        run.append(word)
    return "".join(run) or None


#: head nouns of a programme's name that are also cue words elsewhere (道路平整计划)
PROGRAMME_HEADS = frozenset({"计划", "项目", "工程", "行动"})


#: what may open a sentence before its topic: a time, a place of speech (在…), an adverb
_TOPIC_SKIP = ("t", "d", "c", "p", "m", "x", "r", "f")


def _part_of_place(toks: list[tuple[str, str]], k: int) -> bool:
    """东部|地区, 南部|山区: a locative of two characters ending in 部 before a noun names a part of a
    place, the first word of the noun."""
    word, flag = toks[k]
    return (
        flag == "f"
        and len(word) >= 2
        and word.endswith("部")
        and toks[k + 1 : k + 2] != []
        and (toks[k + 1][1].startswith("n"))
    )


def sentence_topic(doc: ArticleText, pos: int) -> str | None:
    """The noun phrase a sentence is about, read from its start up to ``pos`` (中国是前30名中唯一的
    中等收入经济体，排名第十二位 -> 中国): the first run of nouns that a predicate follows in its
    clause, past clauses that only frame the sentence (改革开放以来，经过40多年快速发展，; 根据…发布的
    《…》，: a time, or a clause that opens with a preposition; 農業處長陳志豪指出，: who speaks)."""
    ss, _ = doc.sentence(pos)
    at = ss
    while at < pos:
        cs, ce = doc.clause(at)
        ce = min(ce, pos)
        at = ce + 1
        if doc.norm[cs:ce].rstrip().endswith(("以来", "来")):
            continue  # 改革开放以来，: a time frame
        said = doc.rules.words.attribution.match(doc.norm, cs)
        if said is not None and said.end() >= ce:
            continue  # 農業處長陳志豪指出，: who speaks (a title, a name), never what is counted
        toks = pos_tag(doc.shadow[cs:ce])
        if not toks or toks[0][1] == "p":
            continue  # 根据…，经过…，: a frame, not a topic
        run: list[str] = []
        k = 0
        while k < len(toks) and (toks[k][0] in doc.rules.stop or toks[k][1] in _TOPIC_SKIP):
            if _part_of_place(toks, k):
                break  # 东部地区增长最快: jieba tags 东部 a locative; it opens the noun
            k += 1
        while k < len(toks) and (
            (is_nounish(toks[k][1]) and toks[k][1] not in ("a", "ad"))
            or _part_of_place(toks, k)
            or _verb_modifying_topic(toks, k)
        ):
            if toks[k][0] in doc.rules.stop:
                break
            run.append(toks[k][0])
            k += 1
        head = _head_of_relative(toks, k, doc.rules.stop)
        if head is not None:  # 省级下达的稳岗返还资金已全部发放到位: the noun the clause describes
            run, k = head
        predicate = k < len(toks) and toks[k][1][:1] in ("v", "d", "p", "t")  # 机场去年处理…
        if (
            len(run) > 1
            and len(run[-1]) > 1
            and run[-1] in doc.rules.rate_heads
            and k < len(toks)
            and toks[k][1] == "a"
        ):
            # 住宅火灾占比最高, 工业比重较大: a share and how large it is are the predicate
            run.pop()
            predicate = True
        topic = "".join(run)
        if len(topic) >= 2 and predicate:
            return topic
    return None


def _head_of_relative(
    toks: list[tuple[str, str]], k: int, stop: frozenset[str]
) -> tuple[list[str], int] | None:
    """省级|下达|的|稳岗|返还|资金|已, 新建|的|安置房|已: a verb and 的 at ``k`` make the words before
    them a relative clause; the nouns after 的, before an adverb or a verb, are the topic. So are
    those after a noun's 的 (春江马拉松|的|报名|人数|仅次于): what the noun owns is the topic."""
    owner = toks[k - 1][1] if 0 < k < len(toks) - 1 and toks[k][0] == "的" else ""
    owned = is_nounish(owner) or owner == "r"  # (本市的, 本港的: a pronoun owns as well)
    if not owned and (k + 2 >= len(toks) or not toks[k][1].startswith("v") or toks[k + 1][0] != "的"):
        return None
    j, head = (k + 1 if owned else k + 2), list[str]()  # (深圳的整体竞争力在全国: a preposition may follow)
    while (
        j < len(toks)
        and toks[j][0] not in stop
        and ((is_nounish(toks[j][1]) and toks[j][1] not in ("a", "ad")) or _verb_modifying_topic(toks, j))
    ):
        head.append(toks[j][0])
        j += 1
    if len("".join(head)) < 2 or j >= len(toks) or toks[j][1][:1] not in ("v", "d", "p" if owned else "d"):
        return None
    return head, j


def _verb_modifying_topic(toks: list[tuple[str, str]], k: int) -> bool:
    """衔接|资金|已, 新增|贷款|已, 奖|补|资金|均: a verb right before a noun, the noun before an
    adverb (已, 均, 全部), modifies it: the topic is the whole (衔接资金), not nothing."""
    if toks[k][1] != "v" or k + 1 >= len(toks) or not toks[k + 1][1].startswith("n"):
        return False
    j = k + 1
    while j < len(toks) and toks[j][1].startswith("n"):
        j += 1
    return j < len(toks) and toks[j][1] == "d"


def speed_named_before(doc: ArticleText, c: Candidate) -> str | None:
    """A speed with no noun of its own (每秒四百多米 in a clause of its own) measures the speed the
    sentence named before it."""
    if not c.unit or "/" not in c.unit or not c.unit.endswith(("秒", "小时", "分钟", "时")):
        return None
    ss, _ = doc.sentence(c.start)
    found = list(doc.rules.speed_name.finditer(doc.shadow, ss, c.start))  # ``speed_nouns``
    if not found:
        return None
    toks = pos_tag(found[-1].group(1))
    while len(toks) > 1 and (toks[0][1][:1] in ("d", "c", "p", "r") or toks[0][0] in doc.rules.stop):
        toks = toks[1:]  # 毕竟子弹的速度: the adverb before the noun is no part of it
    return "".join(w for w, _ in toks)


#: a figure alone in brackets, a bound before it at most (留宿旅客（1,690万人次）, 补贴（共1.2亿元）)
_OPENS_ASIDE = re.compile(r"[（(](?:约|近|逾|超|共|合计|累计|计)?$")


def named_before_aside(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """留宿旅客（1,690万人次）及不过夜旅客（1,803万人次）分别上升…: a figure in brackets of its own right
    after a noun phrase counts that noun, not what the sentence goes on to measure; right after a
    figure (贰万肆仟叁佰元整（￥24,300.00）) it restates that figure, and measures what it does."""
    if doc.norm[c.end : c.end + 1] not in ("）", ")"):
        return None
    opening = _OPENS_ASIDE.search(doc.norm, max(0, c.start - 3), c.start)
    if opening is None:
        return None
    if prev and opening.start() - prev[-1][0].end <= 1:
        return prev[-1][1]
    return noun_run_before(doc, replace(c, start=opening.start()))[0]


#: a change's figure in brackets of its own (（增加25.6万人）, （同比增长5.1%）, （下降3个百分点）)
_OPENS_CHANGE_ASIDE = re.compile(
    r"[（(](?:同比|比上年|较上年)?(?:增加|增长|减少|下降|上升|提高|降低)(?:了)?(?:约|近|逾)?$"
)
#: what stands before a list's item: a list mark, a clause mark, a copula, a closing bracket
_ITEM_OPENS = frozenset("、，,；;：:）)和及与为")


def item_before_change_aside(doc: ArticleText, c: Candidate) -> str | None:
    """杭州（增加25.6万人）、合肥、成都（增加21.3万人）和长沙（增加20.4万人）: a change in brackets of its
    own right after a short name belongs to that name, the item of the list it stands in, not to
    the list's run of names nor to the sentence's topic."""
    if doc.norm[c.end : c.end + 1] not in ("）", ")"):
        return None
    opening = _OPENS_CHANGE_ASIDE.search(doc.norm, max(0, c.start - 8), c.start)
    if opening is None:
        return None
    at = opening.start()
    j = at
    while j > 0 and at - j <= 8 and doc.norm[j - 1] not in _ITEM_OPENS and doc.norm[j - 1].isalnum():
        j -= 1  # 成都, 10号线, 两江新区
    if not 2 <= at - j <= 8 or doc.norm[j - 1 : j] not in _ITEM_OPENS:
        return None
    return doc.norm[j:at]


#: the comparison a change is measured against (较一年前, 比上年同月的临时数字), not 比 in a word
#: (同比, 环比, 占比, 对比, 比重, 比例); the look behind stands after 比: the pattern opens with a character
_COMPARISON = re.compile(r"较|比(?<![同环占对相]比)(?![重例率值])")


def named_before_comparison(doc: ArticleText, c: Candidate) -> str | None:
    """零售业总销货数量临时估计较一年前上升5.4%: a change whose noun is cut off by its comparison
    (较一年前, 较上年同月的临时数字) changes the noun before the comparison word."""
    cs, _ = doc.clause(c.start)
    at = max((m.start() for m in _COMPARISON.finditer(doc.norm, cs, c.start)), default=-1)
    if at <= cs:
        return None
    noun = noun_run_before(doc, replace(c, start=at))[0]
    toks = pos_tag(noun) if noun else []
    if noun and len(toks) > 1 and toks[-1][1] == "b":
        return noun[: -len(toks[-1][0])]  # 总销货数量临时(估计): a word that only qualifies ends no noun
    return noun


#: a share said to belong to a class, up to the noun after the class's 的 (属分流类别…（…）的病人)
_CLASSED = re.compile(r"(?:以上|以下|左右|多)?(?:属于|属|为|是)[^，。；;的]{1,40}?的(?=[\u4e00-\u9fff])")


def classed_noun_after(doc: ArticleText, c: Candidate) -> str | None:
    """约百分之三十属分流类别第一至第三类（危殆、危急及紧急）的病人, 逾四成为65岁以上的长者: a share that
    belongs to a class is a share of the noun the class describes, after its 的."""
    if c.kind != "percent":
        return None
    _, ce = doc.clause(c.end)
    m = _CLASSED.match(doc.norm, c.end, ce)
    if m is None:
        return None
    toks = pos_tag(doc.shadow[m.end() : min(ce, m.end() + 8)])
    run: list[str] = []
    for word, flag in toks:
        if not is_nounish(flag) or word in doc.rules.stop:
            break
        run.append(word)
    return "".join(run) if len("".join(run)) >= 2 else None


def aimed_at(doc: ArticleText, c: Candidate, goal: str) -> str | None:
    """确保完成一般公共预算收入增长5%左右的预期目标: a figure before 的 and a goal (目标, 计划, 规划) is
    the goal set for the noun before the figure; the goal names no thing of its own."""
    if not any(goal.endswith(w) for w in doc.rules.planned_words if len(w) >= 2):
        return None
    return noun_run_before(doc, c)[0]


#: a grant per head or period before its amount: 每月最高补助, 每人可获发, 每户补贴, 每生每年资助
_PAID_PER = re.compile(
    r"每[^，。；;、0-9的每]{1,2}(?:每[年月天日])?(?:最高|最多|最低|至多|可|可获|一次性)*([^，。；;、0-9的]{2})$"
)


#: a clause that ends with charging (按次收费，, 按小时計費，): the money per unit after it is the charge
_CHARGED = re.compile(r"(收费|计费|收費|計費)[，,]$")


def paid_per_head(doc: ArticleText, c: Candidate) -> str | None:
    """申请租金补贴，每月最高补助新台币4,000元: money after a verb of paying and a per-head or
    per-period frame is that payment (补助), with no noun of its own before it; after a bound
    (每生每天不超过12元) it bounds what the sentence is about (伙食费…收取). 夜间按次收费，每次不超过10元:
    money per unit opening the clause after one that ends with charging is the charge (收费)."""
    if c.kind != "money":
        return None
    cs, _ = doc.clause(c.start)
    if cs > 0 and doc.norm.startswith("每", cs):
        charged = _CHARGED.search(doc.norm, max(0, cs - 6), cs)
        if charged is not None:
            return charged.group(1)
    m = _PAID_PER.search(doc.norm, max(cs, c.start - 12), c.start)
    if m is None:
        return None
    if doc.rules.threshold_tail.search(doc.norm, m.start(), m.end()) is not None:
        return sentence_topic(doc, c.start)  # 伙食费…收取，每生每天不超过12元: a bound on the topic
    toks = pos_tag(doc.shadow[m.start(1) : m.end(1)])
    if len(toks) != 1 or not toks[0][1].startswith(("v", "n")):
        return None
    return doc.shadow[m.start(1) : m.end(1)]  # read off the shadow, as every subject is


def set_as(doc: ArticleText, cs: int, at: int) -> int:
    """Where the verb 为 at ``at`` begins with the verb before it (订为, 定为, 调整为), so that the
    noun before that verb is read: 租金订为同区公屋租金的九成 -> 租金."""
    if not doc.norm.startswith("为", at):
        return at
    toks = pos_tag(doc.shadow[max(cs, at - 4) : at])
    return at - len(toks[-1][0]) if toks and toks[-1][1] in ("v", "vn") else at


def quoted_for(doc: ArticleText, c: Candidate) -> str | None:
    """“98天+2个月”的产假: a figure inside a quotation that qualifies the noun after it."""
    cs, ce = doc.clause(c.start)
    opening = doc.norm.rfind("“", cs, c.start)
    if opening < 0 or "”" in doc.norm[opening : c.start]:
        return None
    closing = doc.norm.find("”", c.end, ce)
    if closing < 0 or closing - opening > 24 or not doc.norm.startswith("的", closing + 1):
        return None
    noun, _ = noun_run_after(doc, closing + 1)
    return noun


#: a share's opening verb and its whole up to 的 (完成年度计划的, 占預定收購量的, 为调整预算的)
#: (完成年度目标（3.5万个）的117.7%: a bracket that states the target's figure may stand before 的)
_SHARE_WHOLE = re.compile(
    r"(?:占|佔|完成|为|达|相当于)([^，。；;0-9的（(]{2,10})(?:[（(][^（）()，。；;的]{1,16}[）)])?的(?:比重|比例)?"
)


def plan_whole(doc: ArticleText, start: int, end: int) -> str | None:
    """完成年度计划的107.2%, 占年度任务的81.3%: a share of a plan, target or budget is how far it is
    done, and names the plan; a share of any other whole is a share of the topic (None)."""
    m = _SHARE_WHOLE.match(doc.norm, start, end)
    if m is None:
        return None
    # the plan word heads the whole (年度计划, 省下达任务) or opens it past a period (年度计划投资,
    # 预定收购量); inside a name (一般公共预算收入) it plans nothing
    whole = _PERIOD_OPENING.sub("", m.group(1))
    if not whole.endswith(doc.rules.plan_wholes) and not whole.startswith(doc.rules.plan_wholes):
        return None
    # the shadow's words (調整預算 as 调整预算): the subject rules after this one know the plan words
    return doc.shadow[m.start(1) : m.end(1)]


#: a period opening a plan's name (年度计划, 全年目标, 年初预算)
_PERIOD_OPENING = re.compile(r"^(?:年度|全年|年初|本年度?|今年|当年|上半年|全年度)")
