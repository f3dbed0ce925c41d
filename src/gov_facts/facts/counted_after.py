"""The noun a figure counts when it stands after the figure: past a relative clause and its 的
(12辆满载防汛物资的货车), a quoted name (5期“…”课程) or a participle (六成受访企业), or begun by
the measure word itself (14亿多人民). Part of the subject decision (:mod:`.subject`)."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .noun_after import noun_run_after
from .noun_phrase import is_nounish
from .tagging import pos_tag
from .text import SEGMENT_BREAK
from .topic import object_of_next_verb

#: a relative clause after a count's measure word, up to its 的 (5场涵盖…等形式的, 两辆并头前进的)
_RELATIVE_CLAUSE = re.compile(r"[^，,。；;：:0-9的“”\"]{1,40}的")


def head_after_relative(doc: ArticleText, pos: int) -> str | None:
    """5场涵盖鼓圈音乐、…等形式的专业心理体验活动, 約9 400宗新的一般公屋申請: a count whose measure
    word a verb phrase (or an adjective) and 的 follow counts the noun after the 的; the words
    between only describe it."""
    _, se = doc.clause(pos, "。！？!?\n；;，,")
    m = _RELATIVE_CLAUSE.match(doc.norm, pos, se)
    if m is None:
        return None
    toks = pos_tag(doc.shadow[pos : m.end() - 1])
    if not toks or toks[0][0] in doc.rules.stop:
        return None
    # (60 000幅已登記的人造斜坡: jieba reads 已登记 as a noun; 已 opens a verb phrase)
    verbal = toks[0][1][:1] in ("v", "d") or toks[0][0][:1] == "已"
    # 9 400宗新的一般公屋申請, 約1 200個容易淤塞的排水口: an adjective alone, or before its verb,
    # describes as a verb phrase does
    described = toks[0][1] == "a" and (len(toks) == 1 or (toks[1][1] == "v" and len(toks[1][0]) >= 2))
    if not verbal and not described:
        return None
    if _acts_after_noun(toks):
        return None  # 4个联合工作组赶赴受灾较重的乡镇: the noun after the measure word acts, and is counted
    head, _ = noun_run_after(doc, m.end())
    return head


def _acts_after_noun(toks: list[tuple[str, str]]) -> bool:
    """联合|工作组|赶赴…, 应急|救援|队伍|奔赴…: after a modifier or two (tagged as verbs), a noun and
    then a verb: the noun is the subject of that verb, not inside a relative clause."""
    i = 0
    while i < min(2, len(toks)) and toks[i][1] in ("v", "vn", "a", "b", "d"):
        i += 1
    j = i
    while j < len(toks) and (toks[j][1].startswith("n") or toks[j][1] == "vn"):
        j += 1
    nouns = any(flag.startswith("n") for _, flag in toks[i:j])
    return nouns and j < len(toks) and toks[j][1] == "v"


#: a quoted name between a count's measure word and the noun it names
_QUOTED_NAME = re.compile(r"“[^”，。；;\n]{1,16}”")


#: a level of place in one character with the levels it stands for (县（市、区）, 区（乡、镇）)
_PLACE_LEVELS = re.compile(
    r"[省市县区旗乡镇][（(](?:[省市县区旗乡镇]|街道)(?:、(?:[省市县区旗乡镇]|街道))*[）)]"
)


def named_after(doc: ArticleText, pos: int) -> str | None:
    """5期“表达性艺术疗愈”心理团辅课程: the noun after a quoted name counts, with its name;
    7个县（市、区）: a level of place and the levels it stands for (one character, no noun run)."""
    levels = _PLACE_LEVELS.match(doc.norm, pos)
    if levels is not None:
        return doc.shadow[pos : levels.end()]
    m = _QUOTED_NAME.match(doc.norm, pos)
    if m is None:
        return None
    noun, _ = noun_run_after(doc, m.end())
    return doc.shadow[pos : m.end()] + noun if noun else None


def participle_noun_after(doc: ArticleText, pos: int) -> str | None:
    """超六成受访欧盟企业认为: a share in words before a participle (受访, 参保, 在校) and its noun,
    which a verb then follows: the share is of those."""
    _, se = doc.clause(pos, SEGMENT_BREAK)
    toks = pos_tag(doc.shadow[pos : min(se, pos + 14)])
    if len(toks) < 3 or not toks[0][1].startswith("v") or len(toks[0][0]) != 2:
        return None
    run = [toks[0][0]]
    for word, flag in toks[1:]:
        if not is_nounish(flag) or word in doc.rules.stop:
            break
        run.append(word)
    rest = toks[len(run) :]
    if len(run) < 2 or not rest or not rest[0][1].startswith(("v", "d", "p")):
        return None
    return "".join(run)


def modified_noun_after(doc: ArticleText, pos: int) -> str | None:
    """31个就业帮扶车间吸纳…, 12座污水处理厂投入运行, 增聘200名反詐騙調查人員, 培训80名无人机驾驶员:
    after a measure word, a noun that verbs, a prefix (反, 防: jieba's zg) or a set phrase modify
    (jieba tags 就业, 帮扶 as verbs) and a predicate or the clause's end after it: the modified noun
    is what is counted."""
    _, se = doc.clause(pos, SEGMENT_BREAK)
    toks = pos_tag(doc.shadow[pos : min(se, pos + 12)])
    k = 0
    while k < min(3, len(toks)) and _modifies(toks[k], k):
        if toks[k][0] in doc.rules.stop:
            return None
        k += 1
    n = k
    while n < len(toks) and toks[n][1] == "n" and toks[n][0] not in doc.rules.stop:
        n += 1
    if (
        k == 0
        or n == k
        or len(toks[n - 1][0]) < 2
        or (n < len(toks) and not toks[n][1].startswith(("v", "d", "p")))
    ):
        return None
    return "".join(w for w, _ in toks[:n])


def _modifies(tok: tuple[str, str], k: int) -> bool:
    """Whether a word after a measure word may modify the noun after it: a verb of two characters
    (就业, 帮扶), a prefix opening the run (反, 防), a set phrase (无人机)."""
    word, flag = tok
    return (flag.startswith("v") and len(word) == 2) or flag in ("l", "i") or (k == 0 and flag == "zg")


def noun_begun_by_unit(doc: ArticleText, c: Candidate) -> str | None:
    """14亿人口, 14亿多人民: the measure word begins a longer noun, and that noun is what is counted."""
    unit = c.unit or ""
    toks = pos_tag(doc.norm[c.unit_start : c.end + 3]) if unit else []
    if toks and toks[0][0].startswith(unit) and len(toks[0][0]) > len(unit) and is_nounish(toks[0][1]):
        return _glued_modifier(doc, c, toks[0][0]) or toks[0][0]
    return None


def _glued_modifier(doc: ArticleText, c: Candidate, glued: str) -> str | None:
    """1,835户轮候家庭 (jieba: 户轮候|家庭): a measure word glued to the modifier of a noun that follows
    is the count's own measure word; the modifier and that noun are what is counted."""
    _, se = doc.clause(c.unit_start, SEGMENT_BREAK)
    toks = pos_tag(doc.norm[c.unit_start : min(se, c.unit_start + len(glued) + 6)])
    if len(glued) - len(c.unit or "") != 2:
        # 14亿多人口整体: the whole word is the noun (人口); 12333人力资源: a word of its own (人力资源)
        return None
    if len(toks) < 2 or toks[0][0] != glued or toks[1][1] != "n" or len(toks[1][0]) < 2:
        return None
    return glued[len(c.unit or "") :] + toks[1][0]  # (not 符合条件 after it: jieba's set phrase)


#: a light verb and the figure of the measure named after a count (…达标率为100%)
_MEASURE_FIGURE = re.compile(
    r"(?:为|达到|达|是|約為|约为|(合计|共计|总计)[：:]?\s*(?:人民币|￥|¥)?)?"
    # (28种蔬菜平均零售价格为每斤3.46元: a price's measure after 每 may open the figure)
    r"\s*(?:每[^\W\d_]{1,3}?)?[0-9０-９零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖]"
)


def counted_before_measure(doc: ArticleText, pos: int, phrase: str) -> str | None:
    """全市8个国控断面水质达标率为100%, 31个大城市城镇调查失业率为5.1%: the words after a count
    name a measure whose own figure follows; the count counts the first noun of them (国控断面),
    the rest (水质达标率) is what the next figure measures."""
    end = pos + len(phrase)
    m = _MEASURE_FIGURE.match(doc.norm, end)
    if not doc.shadow.startswith(phrase, pos) or m is None:
        return None
    words = pos_tag(phrase)
    first = words[0][0] if words else ""
    # 三个包代理服务费合计：￥31,260.00元: a one-character noun read as one (包, a lot) counts too
    if (
        len(words) < 2
        or not is_nounish(words[0][1])
        or (len(first) < 2 and (first, "n") not in doc.rules.domain_words)
    ):
        return None
    if m.group(1) and len(first) > 1:
        return None  # 三项社会保险基金收入合计…: before a total, only a one-character noun is cut off
    return first


#: an existential 有 right before a figure (全法约有128万人, 当天共有, 现有), its bound perhaps between
#: (not after a group framed by 中: 参训人员中共有6.94万人取得…, the group is the subject)
_EXISTENTIAL = re.compile(r"(?<!中)(?<!中[共约])有(?:约|近|超过|超|逾|将近)?$")
#: the same before a passive, where 其中 or 当中 may open it (其中有19人被定罪: a part of the group)
_EXISTENTIAL_PART = re.compile(r"(?:(?<!中)(?<!中[共约])|[其当]中共?)有(?:约|近|超过|超|逾|将近)?$")


def event_after(doc: ArticleText, pos: int, alone: bool = False, figure_at: int | None = None) -> str | None:
    """经过4次变轨, 开展3轮督查: the verb (with its object) right after a count of events.

    ``alone``: a count of people, which a verb names only when it ends the segment (105人死亡、
    397人受伤), never when it opens a predicate (200人参加培训), unless an existential 有 stands
    before the figure (``figure_at``): 当天全法约有128万人参加游行 counts those who marched, and the
    place or time before 有 is no subject; so does a passive with no object (同期有141人被定罪: 被定罪)."""
    _, se = doc.clause(pos, SEGMENT_BREAK)
    passive = doc.norm.startswith("被", pos)  # 其中有19人被定罪: a part a breakdown names by its passive
    there = _EXISTENTIAL if not passive else _EXISTENTIAL_PART
    if alone and figure_at is not None and there.search(doc.norm, max(0, figure_at - 4), figure_at):
        act = doc.norm[pos:se]  # 参加游行, 报名参加技能培训: what they did, light verb and all
        chinese = all("\u4e00" <= ch <= "\u9fff" for ch in act)
        verb = act[1:] if passive else act
        if (
            doc.norm[se : se + 1] != "、"
            and 2 < len(act) <= 10
            and chinese
            and pos_tag(verb)[0][1][:1] == "v"
        ):
            return act
    toks = pos_tag(doc.shadow[pos : min(se, pos + 8)])
    if not toks or not toks[0][1].startswith("v") or len(toks[0][0]) < 2 or toks[0][0] in doc.rules.stop:
        return None
    if alone and len(toks) > 1:
        return None
    words = [toks[0][0]]
    for word, flag in toks[1:3]:
        if not is_nounish(flag) or word in doc.rules.stop:
            break
        words.append(word)
    return "".join(words)


def case_after(doc: ArticleText, pos: int) -> str | None:
    """有46宗申請因資料不齊而不獲批, 3起投诉涉及…: a verb right after a count of cases that is no
    predicate (a preposition, a conjunction, an adverb or another verb follows it, or nothing) names
    the cases counted; one with an object after it (3宗涉及金额…) is the clause's predicate."""
    _, se = doc.clause(pos, SEGMENT_BREAK)
    toks = pos_tag(doc.shadow[pos : min(se, pos + 6)])
    if not toks or not toks[0][1].startswith("v") or len(toks[0][0]) < 2 or toks[0][0] in doc.rules.stop:
        return None
    if len(toks) > 1 and (
        is_nounish(toks[1][1]) or toks[1][1] in ("m", "q", "u", "uj") or toks[1][0] in _VERB_COMPLEMENTS
    ):
        return None  # 3宗涉及金额…, 其餘355宗分佈於…: the predicate, with its object or place
    return toks[0][0]


#: prepositions a verb takes as its complement (分布于, 来自于, 集中在, 提交给): the verb is a predicate
_VERB_COMPLEMENTS = frozenset("于於在到至给為为自向")


def passive_object(doc: ArticleText, pos: int) -> str | None:
    """有4400万人被纳入低保和特困救助范围, 12人被评为先进个人: people counted right before 被 are
    counted by what the passive puts them in."""
    if not doc.norm.startswith("被", pos):
        return None
    return object_of_next_verb(doc, pos + 1)


#: a verb of who gains right before a count of people (惠及4.26万人, 受益群众约3万人, 惠及约)
_BENEFIT = re.compile(r"(?:惠及|受益|覆盖|惠及到)(?:约|近|超过|逾|超)?$")
#: those served, after the coverb that names them, up to a noun of a group of people
_SERVED = re.compile(
    r"(?:为|对|向|给)([^，,。；;]{1,24}(?:群体|人员|对象|群众|人群|居民|市民|村民|职工|学生|老人|老年人|长者|儿童"
    r"|患者|农户|家庭|劳动者|困难户))"
)


def served_before(doc: ArticleText, c: Candidate) -> str | None:
    """为低保对象、特困人员等困难群体代缴最低档次养老保险费，惠及4.26万人: a count of people after 惠及
    (受益, 覆盖) counts the group its sentence serves, named before after 为/对/向 (past 等, the group's
    class word), never the bare measure word."""
    if _BENEFIT.search(doc.norm, max(0, c.start - 5), c.start) is None:
        return None
    ss, _ = doc.sentence(c.start)
    served = max(_SERVED.finditer(doc.norm, ss, c.start), key=lambda m: m.start(), default=None)
    if served is None:
        return None
    start = served.start(1)
    listed = doc.norm.rfind("等", start, served.end(1))
    start = listed + 1 if listed >= 0 and served.end(1) - listed > 2 else start
    described = doc.norm.rfind("的", start, served.end(1))  # 符合条件的困难职工: the group, not its clause
    start = described + 1 if described >= 0 and served.end(1) - described > 2 else start
    return doc.shadow[start : served.end(1)]
