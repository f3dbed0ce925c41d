"""Subjects a figure's own clause names around it rather than right before it: a bracket after the
figure that names the measure (之55.6%（预算达成率）), and a part counted of a group counted just
before it (抽查的12家单位中有5家), the span of 期 or 假 a duration is written against (連假3天, 四天展期),
and whether a word stands in a closed aside. Part of the subject decision (:mod:`.subject` asks here)."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate, Prior
from .context import ArticleText
from .extremes import COUNTED, extreme_ranked
from .framing import spent_before
from .noun_phrase import noun_run_before
from .tagging import pos_tag, word_tag
from .words_before import is_nounish

#: a bracket right after a figure that holds a name in words only (（预算达成率）, （综合能耗）)
_NAME_IN_BRACKETS = re.compile(r"[（(]([\u4e00-\u9fff]{2,12})[）)]")


def named_in_brackets(doc: ArticleText, c: Candidate) -> str | None:
    """占全年预算数之55.6%（预算达成率）, 城镇化水平达到68.2%（常住人口城镇化率）: a bracket right
    after a percent whose words are one noun naming a rate (…率, 比重) names what it measures, when
    the percent names no rate of its own before it; a gloss (不变价, 快报数, 按可比价格计算) is no rate."""
    m = _NAME_IN_BRACKETS.match(doc.norm, c.end) if c.kind == "percent" else None
    if m is None or not m.group(1).endswith(doc.rules.rate_heads):
        return None
    name = m.group(1)
    if noun_run_before(doc, replace(c, start=m.end(1)))[0] != name:
        return None
    own = noun_run_before(doc, c)[0]
    return None if own and own.endswith(doc.rules.rate_heads) else name


#: a part named right before its figure inside a breakdown bracket: after the bracket's opening (and
#: 其中) or the last item's comma, a word or two of Chinese only (出生, 死亡, 男性, 长者一人申请)
_PART_NAME = re.compile(r"(?:^|(?<=[（(，,、；;]))(?:其中)?([\u4e00-\u9fff]{2,8})$")
_SCALES = frozenset("十百千万亿")
#: what ends no part's name right before its figure: punctuation, digits, a blank, the text's start
_NOT_A_NAME_END = frozenset("，,。；;：:、（()）0123456789 \n\t")
#: what sets the parts of a breakdown apart, and what links a name to its figure (为, 达, 约; 占 of
#: the whole: 其中化學測試佔29個, 道路交通事故占86起)
_PARTS_APART = re.compile(r"[，,、；;]")
_LINKS = "为是达约共有计占"
#: what opens an aside, not a part of the whole (占, 约, 同比, 较; 其中 with no name after it)
_NOT_A_PART = ("其中", "占", "约", "同比", "较", "比", "即", "包括", "含", "见", "下同")


def part_in_breakdown(doc: ArticleText, c: Candidate) -> str | None:
    """自然減少9 800人（出生33 900人，死亡43 700人）, 133 200宗一般公屋申請（其中長者一人申請約25 700宗）: a
    figure in a bracket right after a figure of the same unit (and perhaps the noun it counts) is a
    part of that whole, named by the words right before it, whatever jieba tags them (出生, 死亡 are
    verbs); the bracket holds two parts or opens with 其中. Not an aside (（同比增长3%）, （新增785人）)
    nor a time (（上年：…））."""
    norm = doc.norm
    if not c.unit or c.start != c.num_start or norm[c.start - 1 : c.start] in _NOT_A_NAME_END:
        return None  # asked first: most figures follow no name of a part
    opened = max(
        norm.rfind("（", max(0, c.start - 60), c.start), norm.rfind("(", max(0, c.start - 60), c.start)
    )
    if opened < 0 or max(norm.rfind("）", opened, c.start), norm.rfind(")", opened, c.start)) >= 0:
        return None  # most figures stand in no bracket opened within 60 characters (asked first)
    ss, _ = doc.sentence(c.start)
    if opened <= ss:
        return None
    k = norm.rfind(c.unit, max(ss, opened - 14), opened)
    counted = norm[k + len(c.unit) : opened] if k > 0 else ""
    if k <= 0 or not (norm[k - 1].isdigit() or norm[k - 1] in _SCALES) or not _CJK_ONLY.fullmatch(counted):
        return None  # the whole before the bracket: a figure in the same unit (9 800人（, 133 200宗…申請（)
    closed = norm.find("）" if norm[opened] == "（" else ")", c.end)
    among = norm.startswith("其中", opened + 1)
    if closed < 0 or not (among or _PARTS_APART.search(norm, opened + 1, closed)):
        return None  # one figure in brackets (新增785人) glosses the whole; a breakdown has parts
    m = _PART_NAME.search(norm, opened + 1, c.start)
    if m is None or doc.times_between(m.start(1), c.start):
        return None
    name = m.group(1).rstrip(_LINKS)
    if len(name) < 2 or name.startswith(_NOT_A_PART) or any(w in name for w in doc.rules.halt_words):
        return None  # 占, 同比…: an aside; a change word names no part
    if name in doc.rules.attributive_verbs or name in doc.rules.words.one_counting:
        return None  # （其中新建18公里）: what was done, the whole's noun stays
    return name


#: the words a whole's figure may count before its bracket (申請 in 133 200宗一般公屋申請（…）)
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]{0,10}")


#: a closed bracket that holds a figure or a date, and a few link words right before a figure
#: (（1月25日至2月2日）共, （…28度或以上）則有); a bracket of words only names the measure itself
#: (比重（常住人口城镇化率）为)
_AFTER_BRACKET = re.compile(
    r"[（(]([^（）()]*[0-9][^（）()]*)[）)](?:则|亦|合|共|计|为|是|达|到|约|有){1,3}$"
)


_LINK_WORDS = frozenset("则亦合共计为是达到约有")
#: the Chinese words that end right before a bracket (at most eight)
_NAME_END = re.compile(r"[\u4e00-\u9fff]{2,8}$")


def named_before_bracket(doc: ArticleText, c: Candidate) -> str | None:
    """114年春節連假（1月25日至2月2日）共9天, 熱夜（最低氣溫達攝氏28度或以上）則有49晚: a figure right after a
    bracket that glosses or dates a noun (only 共, 為, 則有 between) measures that noun, not the
    sentence's topic (連假疏運部分，) nor a figure's inside the bracket."""
    if doc.norm[c.start - 1 : c.start] not in _LINK_WORDS:
        return None  # asked first: most figures follow no link word
    cs, _ = doc.clause(c.start)
    m = _AFTER_BRACKET.search(doc.norm, cs, c.start)
    if m is None:
        return None
    opened = m.start()
    if opened <= cs or not "\u4e00" <= doc.norm[opened - 1] <= "\u9fff":
        return None  # a name in Chinese before the bracket, not a figure (增长5%（上年：3%）)
    name = noun_run_before(doc, replace(c, start=opened, num_start=opened))[0]
    if not name:  # 春節連假（…）: jieba's verb 連假; the words from the clause's time (114年) on
        times = doc.times_between(cs, opened)
        m = _NAME_END.search(doc.norm, times[-1].end if times else cs, opened)
        name = m.group(0) if m else None
    return name if name and len(name) >= 2 else None


#: an aside of what a noun includes (（含…）, （包括…）) and a word of two characters right before a figure
_INCLUSION_THEN_VERB = re.compile(r"[（(](?:含|包含|包括)[^（）()，。；;]{1,40}[）)]([\u4e00-\u9fff]{2})$")


def named_before_inclusion(doc: ArticleText, c: Candidate) -> str | None:
    """乐透型游戏（含大乐透、排列3）销售96.37亿元: after an aside that lists what a noun includes, the
    verb before the figure acts on that noun; the noun and the verb name the figure (乐透型游戏销售),
    not the verb alone nor the aside's last word."""
    if doc.norm[c.start - 3 : c.start - 2] not in ("）", ")"):
        return None  # asked first: most figures follow no bracket and a verb
    cs, _ = doc.clause(c.start)
    m = _INCLUSION_THEN_VERB.search(doc.norm, max(cs, c.start - 48), c.start)
    if m is None or word_tag(m.group(1)) != "vn":  # a verbal noun (销售, 出口), not 录得, 实现
        return None
    opened = m.start()
    if opened <= cs:
        return None
    name = noun_run_before(doc, replace(c, start=opened, num_start=opened))[0]
    return name + m.group(1) if name and len(name) >= 2 else None


#: between a group counted and a part of it: the group's noun, 中, an adverb and 有 (单位中有, 企业中，有,
#: 水库中，已有, 學校當中僅有)
_PART_OF = re.compile(r"[^，。；;0-9]{1,16}?中[，,]?(?:已经|已|仍|尚|仅|只|共|就|目前|现|还|另)?有?$")


def part_of_group(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """抽查的12家单位中有5家存在…问题, 全市120家规上企业中有86家实现盈利: a count after 中(有) that
    uses the measure word of a count just before it in the sentence counts a part of that group, so
    it counts the same noun (单位), not the predicate after it."""
    if c.kind != "count" or not prev:
        return None
    p, subj, _ = prev[-1]
    if not subj or p.unit != c.unit or p.start < doc.sentence(c.start)[0]:
        return None
    if _PART_OF.fullmatch(doc.norm, p.end, c.start) is None:
        return None
    return subj


def past_the_served(doc: ArticleText, c: Candidate, prev: Prior, before: str) -> str | None:
    """为4826户纳税人办理增值税留抵退税61.52亿元, 为326家企业兑现奖补资金1.5亿元: a noun run that
    opens with the noun a count after 为 counts (those served) and a verb reaches over a clause of
    its own; the amount measures the verb's object, after the verb."""
    if not before:
        return None
    cs = doc.clause(c.start)[0]
    # the cheap test first: a 为 at most one character before the clause and the noun run
    at = doc.norm.rfind(before, cs, c.start) if doc.norm.find("为", max(0, cs - 1), c.start) >= 0 else -1
    if at > 0 and doc.norm[at - 1] == "为":
        # 其中为中小微企业办理抵押登记9,437件: those served, uncounted, then the verb and what it does
        toks = pos_tag(before)
        verb = next((k for k, (w, f) in enumerate(toks) if k and f == "v" and len(w) == 2), 0)
        obj = "".join(w for w, _ in toks[verb + 1 :]) if verb else ""
        if len(obj) >= 2:
            return obj
    if not prev:
        return None
    p, served, _ = prev[-1]
    if not served or p.kind != "count" or p.start < doc.clause(c.start)[0] or not before.startswith(served):
        return None
    if not doc.norm.endswith("为", 0, p.start):
        return None  # the served are named after 为 (for); 企业1200家实现营业收入: the count's own noun
    rest = pos_tag(before[len(served) :])
    if len(rest) < 2 or len(rest[0][0]) != 2:  # the verb (办理, 发放: jieba tags some nouns)
        return None
    obj = before[len(served) + len(rest[0][0]) :]
    return obj if len(obj) >= 2 else None


def named_by_verbs(doc: ArticleText, c: Candidate) -> str | None:
    """；缓税缓费11.45亿元, 全市新增减税降费13.4亿元: an amount after two or more verb-object words
    (减税降费, 缓税缓费) and no noun is measured by what they do, not carried from a clause before;
    a light verb (完成, 实现, 累计) names nothing and ends the run. One verb after a word of change is
    its object (增加负担). A count of people after two such verbs is of the people they act on
    (受灾人口3.26万人，紧急转移安置4815人（其中集中安置1237人）: those moved and housed, not the
    affected carried from before), unless a noun before the verbs names the people who act
    (运动员注册确认5661人)."""
    people = c.kind == "count" and c.unit in doc.rules.people_units
    if not people and (c.kind != "money" or spent_before(doc, c.start)):
        return None  # 拨付下达2亿元: what is spent is carried from before
    cs, _ = doc.clause(c.start)
    toks = pos_tag(doc.shadow[max(cs, c.start - 10) : c.start])
    while toks and toks[-1][1] == "d" and toks[-1][0] in doc.rules.stop:
        toks = toks[:-1]  # 负担约332.9亿元: a bound word (约, 近) between
    run: list[str] = []
    for word, flag in reversed(toks):
        if not flag.startswith("v") or word in doc.rules.stop:
            break
        run.insert(0, word)
    if people and len(toks) > len(run) and toks[-len(run) - 1][1].startswith(("n", "l")):
        return None  # 脱贫劳动力外出务工4.26万人: the people named before the verbs are counted
    if len(run) == 1 and len(run[0]) == 2 and len(toks) >= 2:
        # 增加負擔約332.9億元, 减少开支: after a word of change a lone verb is what changes (its object)
        changer = toks[-2][0]
        return run[0] if changer in doc.rules.change_set else None
    # ；提起公诉1347人: a verb-object compound jieba keeps as one word of four characters is two verbs
    whole = people and len(run) == 1 and len(run[0]) == 4
    return "".join(run) if len(run) >= 2 or whole else None


#: a state's extent after it (超过1年, 长达3年, 达半年): the word before is a predicate, not a noun
_EXTENT = re.compile(r"\s*(?:已经|已)?(?:超过|长达|达到|达|满|逾)(?:近|约)?[0-9一二两三四五六七八九十半]")


def is_state_after(doc: ArticleText, c: Candidate, after: str) -> bool:
    """结存资金合计6200万元闲置超过1年, 1.2亿元沉淀长达2年: a short word after an amount that an
    extent follows is the state the amount is in (闲置), not the noun it measures."""
    at = doc.norm.find(after, c.end, c.end + len(after) + 2)
    return (
        c.kind == "money"
        and len(after) <= 3
        and at >= 0
        and _EXTENT.match(doc.norm, at + len(after)) is not None
    )


#: a group named by a numeral and a bound right before 占 (其中第二胎以上約占三成五, 65岁及以上的占18%)
_GROUP_BY_BOUND = re.compile(
    r"(第?[0-9一二三四五六七八九十两]+[\u4e00-\u9fff]{0,2}?(?:及|或)?以[上下])的?(?:约|近|大约)?占$"
)


def group_by_bound(doc: ArticleText, c: Candidate) -> str | None:
    """其中第二胎以上約占三成五, 65岁及以上的占18%: a share of a group that a numeral and a bound name
    (jieba tags them a numeral and a place word, so no noun run holds them) is the share of that group."""
    if c.kind != "percent" or "占" not in doc.norm[max(0, c.start - 3) : c.start]:
        return None  # the cheap cue first: most figures have no 占 right before them
    cs, _ = doc.clause(c.start)
    m = _GROUP_BY_BOUND.search(doc.norm, max(cs, c.start - 16), c.start)
    return doc.shadow[m.start(1) : m.end(1)] if m is not None else None


#: the closing quotes of a name, and their openings
_QUOTES = {"”": "“", "」": "「", "』": "『", "》": "《"}


def programme_before(doc: ArticleText, c: Candidate, cs: int) -> str | None:
    """推出新一輪「購物餐飲優惠」，為期三個月; 开展专项整治行动，为期两个月: a length that opens its
    clause (为期) is of the programme the clause before ends with: its quoted name, else its noun."""
    if cs < 2 or doc.norm[cs : c.start].strip() != "为期":
        return None
    end = cs - 1  # the comma before the clause
    opening = _QUOTES.get(doc.norm[end - 1])
    if opening is not None:
        at = doc.norm.rfind(opening, max(0, end - 24), end - 1)
        if at >= 0:
            return doc.shadow[at + 1 : end - 1] or None
    return noun_run_before(doc, replace(c, start=end))[0]


#: a clause that is only a verb of reaching and a figure (，达217.5毫米, ，为38.6℃, ，高达1.2万人次)
_REACHED = re.compile(r"\s*(?:高达|达到|达|为|约为)(?:约|近|逾)?\s*")


def topic_of_clause_before(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """最大点雨量出现在石门镇青岗村，达217.5毫米; 最高气温出现在7月28日，为38.6℃: a clause that is only
    a verb of reaching and the figure measures the noun that opens the clause just before, when that
    clause states no figure and a verb follows its noun (not the last figure's subject), or the noun
    it ranks highest or lowest (个人护理用品的平均差价率最高，达38.2%)."""
    cs, _ = doc.clause(c.start)
    reached = _REACHED.fullmatch(doc.norm, cs, c.start) if cs >= 2 else None
    if cs < 2 or (reached is None and COUNTED.fullmatch(doc.norm, cs, c.start) is None):
        return None
    pcs, _ = doc.clause(cs - 2)
    if any(pcs <= p.start < cs for p, _, _ in prev[-3:]):
        return None  # the clause before states a figure: its subject is carried as ever
    ranked = extreme_ranked(doc, c, pcs, cs)
    if ranked is not None or reached is None:  # 个人护理用品的平均差价率最高，达38.2%
        return ranked
    toks = pos_tag(doc.shadow[pcs : cs - 1])
    first = 0  # 全县|最高|气温|出现, 本月|最高|氣溫: a scope word (全县, 全市) or a time opens no name
    while first < len(toks) and (
        toks[first][1] == "t" or (toks[first][0] in doc.rules.stop and is_nounish(toks[first][1]))
    ):
        first += 1
    k = first  # 最大|点|雨量|出现: modifiers and nouns up to the verb
    while k < len(toks) and (is_nounish(toks[k][1]) or toks[k][1] in ("a", "b", "m")):
        if toks[k][0] in doc.rules.stop:
            return None
        k += 1
    if k == first or k == len(toks) or toks[k][1] != "v" or not toks[k - 1][1].startswith("n"):
        return None
    name = "".join(w for w, _ in toks[first:k])
    return name if len(name) >= 2 else None


#: measure words that count places (两国, 三地): the places named right before are the subject
PLACE_COUNTS = ("国", "地")
#: what joins the names of a list of places (北京、天津两地, 沙特和伊朗两国)
_JOINERS = ("、", "和", "与", "及")


def places_named_before(doc: ArticleText, c: Candidate) -> str | None:
    """中美两国, 北京、天津两地, 沙特和伊朗两国: the names right before a count of places."""
    cs, _ = doc.clause(c.start)
    before = doc.shadow[max(cs, c.start - 12) : c.start]
    toks = pos_tag(before)
    names: list[str] = []
    for word, flag in reversed(toks):
        place = flag in ("ns", "nr", "nz") or (flag in ("f", "j") and len(word) == 1)
        if word not in _JOINERS and not place:
            break
        names.insert(0, word)
    while names and names[0] in _JOINERS:
        names.pop(0)
    text = "".join(names)
    return text if len(text) >= 2 else None


#: a span's name right before its length, past a link word (連假3天, 批出年期為50年, 工期180天)
_SPAN_BEFORE = re.compile(r"[\u4e00-\u9fff]{0,8}?[期假](?:为|是|共|共计|长达|达|约为|约)?$")
#: the tags of the words a span's name may take before its 期 or 假 word (国庆|连假, 地块|出让|年期)
_SPAN_WORD_TAGS = ("n", "v", "j", "nz", "ns", "b", "a")


def span_named(doc: ArticleText, c: Candidate) -> str | None:
    """The span a duration measures when the span is named by a word of 期 or 假 written against it:
    before it, past a link word (連假3天, 批出年期為50年, 公示期为7天), or right after it (四天展期,
    两年过渡期, 6个月试用期), where a limit's word of 限 names it too (法定45天审限, 5年年限: jieba reads
    审限 as a verb); a time, a comparison or a bound (同期, 近期, 为期, 上限) names none. The days after an
    overdue lead with no 期 of its own (每逾3日加徵1%) measure the lateness: 逾期."""
    if c.kind != "duration":
        return None
    lead = next((w for w in doc.rules.words.overdue_leads if doc.norm.endswith(w, 0, c.start)), None)
    if lead is not None and not lead.endswith("期"):
        return "逾期"
    cs, _ = doc.clause(c.start)
    m = _SPAN_BEFORE.search(doc.norm, max(cs, c.start - 12), c.start)
    if m is not None:
        name = doc.norm[m.start() : m.end()].rstrip("为是共计长达约")
        words = pos_tag(name)
        if len(name) >= 2 and not name.endswith(doc.rules.words.not_spans) and words:
            kept = [words.pop()[0]]
            while (
                words
                and words[-1][1].startswith(_SPAN_WORD_TAGS)
                and len("".join(kept)) + len(words[-1][0]) <= 6
            ):
                kept.insert(0, words.pop()[0])
            return "".join(kept) if len("".join(kept)) >= 2 else None
    toks = pos_tag(doc.norm[c.end : c.end + 4])
    word = toks[0][0] if toks else ""
    if len(word) >= 2 and word[-1] in "期假限" and not word.endswith(doc.rules.words.not_spans):
        return word
    return None


def in_closed_aside(doc: ArticleText, cs: int, at: int, end: int) -> bool:
    """Whether ``at`` stands inside brackets opened after ``cs`` and closed before ``end``."""
    opened = max(doc.text.rfind("（", cs, at), doc.text.rfind("(", cs, at))
    if opened < 0 or max(doc.text.rfind("）", opened, at), doc.text.rfind(")", opened, at)) >= 0:
        return False
    return max(doc.text.find("）", at, end), doc.text.find(")", at, end)) >= 0
