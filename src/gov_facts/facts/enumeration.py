"""Which item of an enumeration a figure counts: A、B、C分别增长x%、y%和z% gives the n-th figure
after 分别 the n-th item before it; 城镇和农村居民人均可支配收入均增长1.6% gives one figure all of
them. Part of the subject decision (:mod:`.subject` asks here first)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .candidate import Candidate, Prior, since
from .context import ArticleText
from .framing import untimed
from .list_frames import before_old_level, common_ending, handed_object, one_head, with_own_rate, word_edge
from .named_around import PLACE_COUNTS as PLACE_COUNTS  # the subject cascade reads them here
from .named_around import places_named_before as places_named_before
from .noun_phrase import noun_run_before
from .qualifier import change_of
from .stock_items import stocked as stocked  # a list of stock, noun then figure: the cascade reads it here
from .tagging import pos_tag
from .text import ASIDE  # a bracketed aside inside an item (留宿旅客（1,690万人次）): no part of its name
from .time_baselines import listed_times
from .topic import item_before_change_aside, named_before_aside

_ENUM_SPLIT = re.compile(r"、|和|与|及|以及")
#: one figure's digits, a thousands separator inside it (3,740), not between two figures
_FIGURE_DIGITS = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
#: a basis or a comparison between the items and 均 (在现行基础上, 按规定, 比上年, 较去年同期)
_FRAME_BEFORE_ALL = re.compile(
    r"(?:在[^，。；;在]{1,12}?的?基础上|按照?[^，。；;按]{1,8}|[比较](?=[上去同前原])[^，。；;]{1,8})$"
)
#: what may stand between 分别/均 and the figure: a verb of change or level (分别增长, 均为; look after 均)
_DISTRIBUTING = re.compile(r"(分别|均(?<![平人日月年户亩生]均)|都)[^，。；;、0-9]{0,4}$")  # not 平均, 人均
#: a bracket of the levels a place name stands for too (县（市、区）, 乡（镇、街道）): part of the name
_LEVELS = re.compile(
    r"(?<=[省市县区旗乡镇])[（(](?:[省市县区旗乡镇]|街道)(?:、(?:[省市县区旗乡镇]|街道))*[）)]"
)
#: an item that is an ordinal or a number alone (第二、三产业: 第二 and 三)
_ORDINAL = re.compile(r"(第?)([一二三四五六七八九十]+)")
#: a heading's number opening a sentence (一、出口…), not a number its list goes on from (一、二级公路)
_HEADING_NUMBER = re.compile(r"[一二三四五六七八九十]+、(?![一二三四五六七八九十])")
#: a share's whole between 分别 and the figure (占经营主体总量的, 占全部快递业务量的比重为)
_SHARE_FRAME = re.compile(r"占[^，。；;0-9]{1,16}(?:的|比重|比例)(?:为|达到|达)?")
#: a comparison and the change word after it (较上年同期增加, 比上月末下降), which name no noun
_COMPARED = re.compile(r"(?:较|比|与|同)[^，。；;0-9、“”「」]{1,10}")
#: 分别 handing out the bases compared with (分别比上月末和上年同期, 分别较年初、上年同期), not things
_BASES_LISTED = re.compile(
    r"分别(?:比|较)[^，。；;0-9]{1,12}?(?:和|、|及|与)[^，。；;0-9]{1,12}?(?:高|低|增|减|提|降|下|上|多|少|快|慢|回|加)"
)
#: the joiners that may stand inside one item (社会保障和就业, 其他用品及服务)
_INNER_JOINERS = ("和", "与", "及")


def _enumerated(doc: ArticleText, cs: int, at: int, wanted: int = 0) -> list[str]:
    """The items of an enumeration that ends at ``at`` (:func:`_items`), a 、 inside a bracket kept."""
    return [x.replace(_KEPT_COMMA, "、") for x in _items(doc, cs, at, wanted)]


def _items(doc: ArticleText, cs: int, at: int, wanted: int = 0) -> list[str]:
    """The items of an enumeration that ends at ``at`` (出口、进口; 第一、二、三产业增加值), with a
    head the items share put on each (城镇、农村居民人均可支配收入 -> 城镇居民人均可支配收入…).

    With ``wanted`` figures to share out, a list whose 、 alone gives that many items keeps 和/及/与
    inside them (教育、社会保障和就业、卫生健康支出分别增长8.3%、10.2%和5.6%)."""
    text = doc.shadow[cs:at]
    # the enumeration starts where its first item's noun phrase does (全年第一… -> 第一…)
    first_sep = _first_separator(text)
    if first_sep is None:
        return []
    lead_at = first_sep
    aside = ASIDE.search(text, 0, first_sep)
    if aside is not None and aside.end() == first_sep:  # 留宿旅客（1,690万人次）及…: before the aside
        lead_at = aside.start()
    lead, _, _ = noun_run_before(doc, replace(Candidate(0, 0, 0, 0, None), start=cs + lead_at))
    head_start = text.rfind(lead, 0, lead_at) if lead else -1
    if head_start < 0:
        head_start = 0
    elif lead and len(lead) == 1 and head_start > 0:
        head_start -= 1  # 同城、异地: jieba reads 同 as a preposition; one character names no item
    listed = ASIDE.sub(_kept_levels, text[head_start:])
    marker = _HEADING_NUMBER.match(listed)
    if marker is not None and cs + head_start == doc.sentence(cs)[0]:
        listed = listed[marker.end() :]  # 一、出口和进口分别…: the number of a heading, no item
    by_comma = [x for x in listed.split("、") if x]
    # 食物及非酒精飲品、衣履及交通類的價格指數 (three figures): 、 between the items, the last joiner
    # before the last one, a joiner inside an earlier item kept
    last_two = _last_two(by_comma)
    if wanted >= 2 and len(by_comma) == wanted:
        items = by_comma
    elif wanted >= 3 and len(by_comma) == wanted - 1 and len(last_two) == 2 and all(last_two):
        items = [*by_comma[:-1], *last_two]
    else:
        items = [x for x in _ENUM_SPLIT.split(listed) if x]
        if wanted >= 2 and len(items) > wanted:
            # 采矿业、制造业和电力、热力、燃气及水生产和供应业增加值分别增长1.8%、6.9%和2.4%: more joiners
            # than figures; the first ones part the items, the last item holds the others in its name
            items = [x for x in _ENUM_SPLIT.split(listed, maxsplit=wanted - 1) if x]
    if len(items) < 2:
        return []
    items[0] = _past_lead_verb(items[0])
    if all(x.endswith(("）", ")")) and _CODE.search(x) for x in items[:-1]):
        # 可吸入悬浮粒子（PM10）、…及二氧化氮（NO2）的全年平均浓度: items each closed by its code name
        # themselves; the last ends at its code too
        code = _CODE.search(items[-1])
        return [*items[:-1], items[-1][: code.end()]] if code else items
    ordinal = [_ORDINAL.fullmatch(x) for x in items[:-1]]
    last = _ORDINAL.match(items[-1])
    if all(ordinal) and last is not None and len(items[-1]) - last.end() >= 2:
        # 第二、三产业, 第一、二、三产业增加值: numbers that share the last one's head and its 第
        mark, head = ordinal[0].group(1) if ordinal[0] else "", items[-1][last.end() :]
        return [mark + x.lstrip("第") + head for x in items[:-1]] + [mark + items[-1].lstrip("第")]
    head = _shared_head(items, doc.rules.domain_words)
    return [x + head for x in items[:-1]] + [items[-1]] if head else items


def _past_lead_verb(first: str) -> str:
    """区财政安排小学、初中生均公用经费标准: a verb inside the first item (安排, 完成) ends the words
    before the list (who acts); the item starts after it."""
    toks = pos_tag(first)
    for k in range(len(toks) - 2, -1, -1):
        rest = "".join(w for w, _ in toks[k + 1 :])
        # (受理量、办结量: a verb before a one-character head is part of the noun; 量 names no item)
        if toks[k][1] == "v" and len(toks[k][0]) == 2 and len(rest) > 1:
            return rest
    return first


#: the joiner before the last item of a list, in its last 、-piece (衣履及交通類: 及)
_LAST_JOINER = re.compile(r"以及|和|与|及")


def _last_two(pieces: list[str]) -> list[str]:
    """The last 、-piece of a list split at the joiner before its last item: the first joiner that
    joins no words inside an earlier item (電器及攝影器材、衣物及鞋類和藥物及化妝品: 和), else the first."""
    if not pieces:
        return []
    inner = {j for x in pieces[:-1] for j in _INNER_JOINERS if j in x}
    last = pieces[-1]
    joiners = list(_LAST_JOINER.finditer(last))
    pick = next((m for m in joiners if m.group(0) not in inner), joiners[0] if joiners else None)
    return [last[: pick.start()], last[pick.end() :]] if pick is not None else [last]


def _before_basis(doc: ArticleText, cs: int, at: int) -> int:
    """Where a list before 分别 ends when a comparison basis stands between them (…的價格指數按年
    分別上升, …类价格同比分别上涨): the basis is no part of the last item."""
    lead = doc.norm[cs:at].rstrip()
    for word, _ in doc.rules.basis:  # longest first; 按年分别 names its 分别 too
        part = word.removesuffix("分别")
        if part and lead.endswith(part) and len(lead) > len(part):
            return cs + len(lead) - len(part)
    return at


def _before_per(doc: ArticleText, cs: int, at: int) -> int:
    """土豆、白萝卜每斤分别为1.6元和1.2元, 猪肉、牛肉每公斤分别为…: a price's measure after 每 between a
    list and 分别 is the denominator of the prices, no head the items share."""
    k = doc.norm.rfind("每", max(cs, at - 8), at)  # 每斤, 每公斤, 每500克
    return k if k > cs and doc.norm[k + 1 : at].strip().lstrip("0123456789.") in doc.rules.units else at


def _kept_levels(m: re.Match[str]) -> str:
    """An aside is dropped from an item, unless it lists the levels a place name stands for."""
    kept = _LEVELS.fullmatch(m.string, m.start(), m.end()) or _CODE.fullmatch(m.group(0))
    return m.group(0).replace("、", _KEPT_COMMA) if kept else ""


#: a code in brackets after an item's name (（PM2.5）, （NO2）): part of the item
_CODE = re.compile(r"[（(][A-Za-z][A-Za-z0-9.₀-₉]{0,8}[）)]")

#: a 、 inside a kept bracket while the list is split (restored in the items)
_KEPT_COMMA = "\x00"


def _first_separator(text: str) -> int | None:
    """Where the first joiner of a list stands outside brackets, or None."""
    for m in _ENUM_SPLIT.finditer(text):
        if text.count("（", 0, m.start()) + text.count("(", 0, m.start()) == text.count(
            "）", 0, m.start()
        ) + text.count(")", 0, m.start()):
            return m.start()
    return None


def _shared_head(items: list[str], domain: frozenset[tuple[str, str]]) -> str:
    """The head the last item carries for all (通讯器材类、家用电器和音像器材类商品零售额 -> 商品零售额;
    城镇、农村居民人均可支配收入 -> 居民人均可支配收入), or "" when it names none of its own."""
    last = items[-1]
    if common_ending(items):
        return ""  # 留宿旅客及不过夜旅客, 出口、进口: each item names its own head
    ending = common_ending(items[:-1])
    for k in range(len(ending), 0, -1):
        # the ending the other items share (…类, …业) ends the last item's modifier too
        found = last.find(ending[-k:])
        if found >= 0 and len(last) - found - k >= 2:
            return last[found + k :]
    modifier = len(items[-2])
    slash = max(last.rfind("/"), last.rfind("／"))
    if slash > 0:  # 国际/港澳台快递业务量: the alternatives and the word after the slash modify the head
        rest = pos_tag(last[slash + 1 :])
        modifier = slash + 1 + (len(rest[0][0]) if len(rest) > 1 else len(last))
    de = last.rfind("的")
    if 0 < de < modifier + 2:  # 澳门居民及非本地劳工的失业率: no word cut off before the 的 (…工的)
        return last[de:]
    # else the last item's modifier is as long as the item before it (城镇、农村居民…); a joiner
    # in the modifier or the head says the last item is a name of its own (生活用品及服务价格)
    if len(last) - modifier >= 2 and not any(j in last for j in (*_INNER_JOINERS, "（", "(")):
        return last[word_edge(last, modifier, domain) :]
    return ""


def listed(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """The subject a figure takes from a list: its item (分别), all the items (均), or the noun
    its bracket follows (留宿旅客（1,690万人次）及…)."""
    return (
        item_before_change_aside(doc, c)
        or distributed(doc, c, prev)
        or shared(doc, c)
        or named_before_aside(doc, c, prev)
    )


def distributed(doc: ArticleText, c: Candidate, prev: Prior) -> str | None:
    """A、B、C分别增长x%、y%和z%: the n-th figure after 分别 takes the n-th item before it."""
    cs, _ = doc.clause(c.start)
    at = doc.norm.rfind("分别", cs, c.start)
    if at < 0:  # 分别 distributes only over the figures of its own clause, or a list that goes on
        return _list_after_distributed(doc, c, prev, cs)
    listed = listed_times(doc, cs, at)
    if listed:  # 5月1日、2日入住率分别达到…: 分别 hands out days; the noun after them is measured
        return doc.shadow[listed[-1].end : at].strip() or None
    if (acted_on := handed_object(doc, at)) is not None:
        return acted_on  # 三级分别投入资金…: the items act, the figures count the object
    index = sum(1 for p, _, _ in since(prev, at + 1) if p.start < c.start)  # its place after 分别
    if _lists_times(doc, cs, at) or (
        _BASES_LISTED.match(doc.norm, at) and _first_separator(doc.norm[cs:at]) is None
    ):  # 一、二季度GDP分别增长…, 增速分别比上月末和上年同期低…: one noun, many times or bases
        return noun_run_before(doc, replace(c, start=at))[0]
    _, ce = doc.clause(c.start)
    wanted = len(_FIGURE_DIGITS.findall(untimed(doc, at, ce)))
    end = _before_per(doc, cs, before_old_level(doc, cs, _before_basis(doc, cs, at)))
    items = _enumerated(doc, cs, end, wanted) or _items_in_brackets_before(doc, cs, at, wanted)
    items = items or _amounts_before(doc, c, prev, at)
    items = (
        items or _items_of_last_list(doc, c, prev, cs, wanted) or _items_of_clause_before(doc, cs, at, wanted)
    )
    if not items or index >= len(items):
        return None
    return items[index]


#: what joins the figures of a list (37.9%及27.8%, 11.2萬、7.8萬及6.9萬): a unit and a list mark
_FIGURE_JOIN = re.compile(r"[^0-9，。；;]{0,3}[、及和与][约近]?")


def _list_after_distributed(doc: ArticleText, c: Candidate, prev: Prior, cs: int) -> str | None:
    """分別有392宗及287宗，佔批出總數的37.9%及27.8%: a list of figures with no 分别 of its own, in a
    clause after a 分别 of the same sentence, goes on over the same items, as many as it has figures."""
    if doc.norm.rfind("分别", doc.sentence(c.start)[0], cs) < 0:
        return None  # the common case, asked before the clause's figures are read
    _, ce = doc.clause(c.start)
    figures = list(_FIGURE_DIGITS.finditer(doc.norm, cs, ce))
    if len(figures) < 2:
        return None
    if any(_FIGURE_JOIN.fullmatch(doc.norm, a.end(), b.start()) is None for a, b in pairwise(figures)):
        return None  # figures that are no list (增长5%，占10%)
    items = _items_of_last_list(doc, c, prev, cs, len(figures))
    # the figure's place in the list (3.9、2.0、2.9个百分点: the bare ones before are no facts)
    index = sum(1 for f in figures if f.start() < c.start)
    return items[index] if items and index < len(items) else None


def _lists_times(doc: ArticleText, cs: int, at: int) -> bool:
    """Whether the list before 分别 enumerates times, not things (5月1日、2日入住率; 一、二季度GDP;
    上半年和三季度): a time ends at its first joiner or starts right after its last."""
    first = _first_separator(doc.norm[cs:at])
    if first is None:
        return False
    last = max(doc.norm.rfind(j, cs, at) for j in ("、", "和", "及", "与"))
    times = doc.times_between(cs, at)
    return any(t.end == cs + first for t in times) or any(t.start == last + 1 for t in times)


def _items_of_last_list(doc: ArticleText, c: Candidate, prev: Prior, cs: int, wanted: int) -> list[str]:
    """A、B、C增加值分别增长x、y、z，占规模以上工业比重分别为p、q、r: a 分别 with no list of its own
    goes on over the items of the last 分别 of its sentence, as many as it has figures."""
    ss, _ = doc.sentence(c.start)
    earlier = doc.norm.rfind("分别", ss, cs)
    if earlier < 0:
        return []
    _, ece = doc.clause(earlier)
    items = [subj or "" for p, subj, _ in since(prev, earlier) if p.start < ece]
    # the earlier figures' own units are no items (…7.8个百分点，贡献率分别为…: 贡献率 stays)
    # and a list names different things (…拉动经济增长x、y、z: one noun, no items)
    named = all(items) and len(set(items)) == len(items) and not any(x in doc.rules.units for x in items)
    if len(items) != wanted or not named:
        return []
    return with_own_rate(doc, items, doc.norm[cs : doc.norm.rfind("分别", cs, c.start)])


def _items_of_clause_before(doc: ArticleText, cs: int, at: int, wanted: int) -> list[str]:
    """殘疾金分為普通殘疾金及特別殘疾金，金額分別為每月3,740澳門元及每月7,480澳門元: a 分别 after
    one noun that names an attribute (金额, 标准, 比例) and no list goes over the items the clause
    before ends with, when there are as many as it has figures."""
    ss, _ = doc.sentence(cs)
    lead = doc.shadow[cs:at].strip()
    if cs - 1 <= ss:
        return []
    if lead and noun_run_before(doc, replace(Candidate(0, 0, 0, 0, None), start=at))[0] != lead:
        return []  # 分别 after a clause of its own (资金分别用于…): no attribute alone
    pcs, pce = doc.clause(cs - 1)
    if not lead:  # 以零售業及飲食業佔多，分別有392宗及287宗: a clause opened by 分别 goes over the
        pce = _nouns_end(doc, pcs, pce)  # items the clause before names, past its closing verb
    items = _enumerated(doc, pcs, pce, wanted)
    # items of a list, not its verb (考试包括笔试: no item), nor years 分别 hands out (2023及2024年，…分別)
    ok = len(items) == wanted and all(len(x) <= _ITEM_MOST for x in items) and not listed_times(doc, pcs, pce)
    return items if ok else []


#: a bracket that names the items of the noun before it (（即D類及E類單位）, （包括A、B两类）)
_LISTING_BRACKET = re.compile(r"[（(](?:即|包括|含)([^（）()，。；;]{3,24})[）)]")


def _items_in_brackets_before(doc: ArticleText, cs: int, at: int, wanted: int) -> list[str]:
    """大型單位（即D類及E類單位）租金升幅較溫和，分別為1.8%及0.9%: a clause opened by 分别 goes over the
    items a bracket of the clause before lists for its noun, as many as it has figures."""
    if doc.norm[cs:at].strip() or cs - 1 <= doc.sentence(cs)[0]:
        return []
    pcs, pce = doc.clause(cs - 1)
    if (
        doc.norm.find("即", pcs, pce) < 0
        and doc.norm.find("包括", pcs, pce) < 0
        and doc.norm.find("含", pcs, pce) < 0
    ):
        return []
    inner = _LISTING_BRACKET.search(doc.norm, pcs, pce)
    items = _enumerated(doc, inner.start(1), inner.end(1), wanted) if inner is not None else []
    return items if len(items) == wanted else []


def _nouns_end(doc: ArticleText, start: int, end: int) -> int:
    """Where the last noun of a clause ends: before the verb or adverbs that close it (佔多, 为主)."""
    toks = pos_tag(doc.shadow[start:end])
    while toks and not (toks[-1][1].startswith("n") or toks[-1][0] in doc.rules.suffixes):
        end -= len(toks.pop()[0])
    return end


#: the most characters an item named in the clause before a 分别 may hold
_ITEM_MOST = 8


def _dated_basis(doc: ArticleText, cs: int, at: int) -> bool:
    """較二○二四年分別減少3人和增加16人, 比2023年分别增长: 较/比 and a year is a basis as 比上年 is."""
    if doc.norm[cs : cs + 1] not in ("较", "比"):
        return False
    return any(t.start == cs + 1 and t.end == at for t in doc.times_between(cs + 1, at))


def _amounts_before(doc: ArticleText, c: Candidate, prev: Prior, at: int) -> list[str]:
    """接待游客1860.5万人次，实现旅游收入198.3亿元，（同比）分别增长45.6%和52.1%: a clause opening
    with 分别 distributes its figures over the amounts stated before it in the sentence, in order."""
    cs, ce = doc.clause(c.start)
    lead = doc.norm[cs:at].strip()
    if lead and all(lead != word for word, _ in doc.rules.basis) and not _dated_basis(doc, cs, at):
        return []  # 同比分别增长: only a comparison basis may open the clause before 分别
    ss, _ = doc.sentence(c.start)
    last_end = max([p.end for p, _, _ in since(prev, at)] + [at + 2])
    own = untimed(doc, last_end, c.start)
    if _SHARE_FRAME.fullmatch(own):  # 分别占经营主体总量的31.8%、…: a share of a whole, no noun of its own
        own = ""
    if _COMPARED.fullmatch(own) and change_of(own, doc.rules) in ("increase", "decrease"):
        own = ""  # 分别较上年同期增加8.7%、…: a comparison and a change word, no noun of their own
    if len(own) > 6 or any(q in own for q in '“"《「'):
        return []  # 分别为省“揭榜挂帅”项目1个、…: each figure names its own noun
    # 比重为62.3%，…占比为20.1%，分别提高0.6个和0.2个百分点: points go over the percentages before
    points = c.kind == "percentage_point"
    amounts = [
        subj or ""
        for p, subj, _ in since(prev, ss)
        if p.start < at
        and (p.kind == "percent" if points else p.kind not in ("percent", "percentage_point", "rank"))
    ]
    wanted = len(_FIGURE_DIGITS.findall(untimed(doc, at, ce)))
    return amounts[-wanted:] if 0 < wanted <= len(amounts) else []


def shared(doc: ArticleText, c: Candidate) -> str | None:
    """城镇和农村居民人均可支配收入均增长1.6%: one figure that holds for every item before 均."""
    cs, _ = doc.clause(c.start)
    m = _DISTRIBUTING.search(doc.norm, cs, c.start)
    if m is None or m.group(1) == "分别":
        return None
    items = _enumerated(doc, cs, m.start())
    if not items:
        return None
    start = doc.shadow.find(items[0][:2], cs, m.start())
    # 低保标准在现行基础上均提高5%, 报销比例按规定均提高: a frame before 均 is no part of the items
    frame = _FRAME_BEFORE_ALL.search(doc.norm, max(start, 0), m.start())
    return one_head(items, doc.shadow[start : frame.start() if frame else m.start()]) if start >= 0 else None
