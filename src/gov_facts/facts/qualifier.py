"""Qualifier (约, 以上, 不足…), change (增长, 下降, 增至) and comparison basis (同比, 环比) of a figure."""

from __future__ import annotations

import re

from ..rules.patterns import MeasureWord
from .candidate import Candidate
from .change_clause import converted, not_reached, without_paired_names
from .context import ArticleText
from .counted_after import noun_begun_by_unit
from .nearest_words import nearest_word
from .rulebook import Rulebook
from .share_bounds import bound_after
from .signed_notes import signed_direction
from .standards import compared_level
from .tagging import word_tag
from .units import ends_with
from .verb_bounds import bound_before_a_verb, capacity_modal_at

#: a bound before a share or multiple of something named between (约占全市总面积的35%, 约为全国平均
#: 水平的1.3倍, 接近…的2倍; 不到全市的三分之一; 約為…收入590億元的百分之五十四): approx, or less_than
_BOUND_OF_A_SHARE = re.compile(
    r"(?:((?:大约|大概|约)(?:占|为|是|相当于|达)|接近|将近)|不足|不到)(?:[^，。；;,0-9]|[0-9][0-9.,]*[万亿]*[元年]){1,14}[的之]$"
)


#: 约占 and the whole right before a share with no 的 between (約占歲入六成, 约占全市GDP 35%)
_ABOUT_A_SHARE_OF = re.compile(r"(大约|大概|约)占[^，。；;,0-9的之]{1,8}$")


#: a bracketed aside in the named whole (約為二○一八年歷史高位（512萬公噸）的95.7%): passed over
_ASIDE = re.compile(r"[（(][^（()）]{0,16}[）)]")

#: figures listed before this one (1亿元、5亿元、; 约为55%和), a copula before them: passed over to the bound
_FIG, _JOIN = r"[0-9.,零〇一二两三四五六七八九十百千万亿]+", r"[^\s、，,。；;0-9和及与]{0,2}[和及与]"
_LISTED_FIGURES = re.compile(rf"[有为达是占]?(?:{_FIG}(?:[^\s、，,。；;0-9]{{0,4}}、|{_JOIN})){{1,8}}$")


#: the Rulebook's ``words.peak_reached`` (words.toml peak_words, reach_verbs): 最高/最多 and a verb of
#: reaching right before the figure (单日最高达28万人次, 峰值时最多达到3.2万辆): the highest level a
#: series reached, stated as it was; a modal before the verb (最高可达) or a verb of granting (最高补助
#: 30万元) makes it a cap. ``words.modal_reach`` (reach_modals, reach_verbs, gain_verbs): a modal and
#: a verb of reaching or getting between a bound and its figure (最高可达500万元, 最多可获3万元, 约可达
#: 10亿元): the bound holds through them. Both are asked only of a clause ending in the last
#: character of such a verb (``words.reach_ends``).


def qualifier_of(doc: ArticleText, c: Candidate) -> str:
    """The figure's qualifier: the scan's bound, a standard's own (高於92.5%的服務承諾: exact), else the
    words before it in its clause (约, 超过, 最高可达)."""
    level = compared_level(doc, c)  # 高於92.5%的服務承諾, 低於全國平均的3.4%: a level's own, no bound
    if level is not None:
        return level
    if c.qualifier != "exact" or c.extra.get("both_bounds"):
        return c.qualifier  # 1,200元以上6,000元以下: the range's own bounds, none of the figure
    s, _ = doc.clause(c.start)
    before = doc.norm[s : c.start].rstrip()  # 約為 136 000個: pages that set figures off with spaces
    words = doc.rules.words
    reach = before[-1:] in words.reach_ends
    if reach and words.peak_reached.search(before, max(0, len(before) - words.peak_span)) is not None:
        return "exact"  # 單日最高達二十八萬人次: the peak a series reached, not a cap (最高可达, 最高补助)
    if before.endswith(_PEAK_STATED) and _names_both_extremes(doc, c):
        return "exact"  # 總價最低為1,086.4元，最高為1,352.7元: the spread observed, no cap
    bounded = before
    hit = ends_with(before, doc.rules.qual_before)
    if hit is None and before[-1:] in ("有", "为", "达", "是", "了", "占"):  # 约占45.2%, 約占三成五
        bounded = before[:-1]
        hit = ends_with(bounded, doc.rules.qual_before)
    if hit is None:  # a bound before a modal: 最高可达, 約可供全澳使用6天
        modal = words.modal_reach.search(before, max(0, len(before) - words.modal_span)) if reach else None
        modal_at = modal.start() if modal is not None else capacity_modal_at(before)
        if modal_at is not None:
            bounded = before[:modal_at]
            hit = ends_with(bounded, doc.rules.qual_before)
    if hit is None and before[-1:] in "、和及与":
        # 突破1亿元、5亿元和10亿元, 分別約為17,600個及19,300個: a bound before a list of figures bounds each
        bounded = _LISTED_FIGURES.sub("", before)
        bounded = bounded[:-1] if bounded[-1:] in ("有", "为") else bounded  # 分别约为1.2万套和…
        hit = ends_with(bounded, doc.rules.qual_before)
    if hit is not None and _ends_a_word(bounded, hit[0], doc.rules.bound_lookalikes):
        hit = None  # 已签约203户, 节约120万元: 约 ends a word of its own, it bounds nothing
    led = c.num_start > c.start or (c.kind == "money" and before.endswith(doc.rules.rule_verbs))
    if hit is None and (c.kind != "money" or led or "可" in before[-5:]):  # 最高补助新台币4千元, 补助2千元
        hit = bound_before_a_verb(doc, before, c.kind == "money" and led)
    if hit is not None:
        return hit[1]
    share = _BOUND_OF_A_SHARE.search(_ASIDE.sub("", before)) if before.endswith(("的", "之")) else None
    if share is not None:  # 约占全市总面积的35%, 不到全国平均水平的一半, 約為108年之九成八, 约为2019年的98%
        return "approx" if share.group(1) else "less_than"
    about = _ABOUT_A_SHARE_OF.search(before, max(0, len(before) - 12)) if c.kind == "percent" else None
    if about is not None and not _ends_a_word(before[: about.end(1)], "约", doc.rules.bound_lookalikes):
        return "approx"  # 約占歲入六成, 约占全省GDP 35%: the whole named with no 的 before the share
    if c.kind in ("percent", "multiple") and before.endswith("的"):
        floor = _bound_of_what_is_named(doc, before)
        if floor is not None:  # 不低于当地低保标准的1.3倍, 最高可达城市低保标准的6倍
            return floor
    after = doc.norm[c.end : c.end + 4]
    # 30万人口以上的县: the bound follows the noun a measure word of people or households begins
    # (asked only of those: the only ones that begin nouns, and the tagging is per figure)
    names = (
        isinstance(c.entry, MeasureWord) and c.entry.names_thing and c.end == c.unit_start + len(c.unit or "")
    )
    begun = noun_begun_by_unit(doc, c) if names else None
    if begun:
        after = doc.norm[c.unit_start + len(begun) : c.unit_start + len(begun) + 4]
    quantile = _QUANTILE.match(doc.norm, c.end) if c.kind == "percent" else None
    if quantile is not None:  # 处于历史25%分位以下: the bound follows the quantile the percent names
        after = doc.norm[quantile.end() : quantile.end() + 4]
    if after.startswith("多") and _BY_A_FIGURE.match(doc.norm, c.end + 1):
        return "exact"  # 較正常的2 431.2毫米多約16%: 多 compares (more by), it bounds nothing
    for w, q in doc.rules.qual_after if after.startswith(doc.rules.qual_after_words) else ():
        if after.startswith(w) and not _begins_a_word(after, w):
            return q
    return bound_after(doc, c) or "exact"  # 分别控制在45人、50人以内: the list's bound; 三分之一强


#: the highest stated by a copula right before the figure (最高为1,352.7元, 最高是12.5元)
_PEAK_STATED = ("最高为", "最高是")
#: the lowest, named in the same sentence: with it, 最高为 gives the top of a spread observed
_LOWEST = ("最低", "最少")


def _names_both_extremes(doc: ArticleText, c: Candidate) -> bool:
    """Whether the figure's sentence names the lowest too (最低為1,086.4元，最高為1,352.7元, 收盘价最高为
    98.5元，最低为38.2元): a spread of what was observed, where 最高 is no cap."""
    ss, se = doc.clause(c.start, "。！？!?\n")
    return any(doc.norm.find(w, ss, se) >= 0 for w in _LOWEST)


#: a figure right after 多 (多約16%, 多5万吨, 多三天): 多 is "more by", the comparison's degree
_BY_A_FIGURE = re.compile(r"(?:约|近)?[0-9一二两三四五六七八九十]")


#: what a share or a multiple is of, named before 的 (当地低保标准的, 项目估算价的): no break, no digit
_NAMED_OF = re.compile(r"[^，,。；;：:、0-9的]{2,16}的$")


def _bound_of_what_is_named(doc: ArticleText, before: str) -> str | None:
    """A bound word of two characters or more that opens what a share or a multiple is of, with a
    verb or none between (不低于当地低保标准的1.3倍, 最高可达城市低保标准的6倍, 不超过项目估算价的2%,
    超过全省总量的三分之一): its qualifier; not a word that goes on into a noun (最高值的80%)."""
    named = _NAMED_OF.search(before)
    if named is None:
        return None
    for i in range(named.start() + 2, named.end() - 1):
        hit = ends_with(before[:i], doc.rules.qual_before)
        if hit is None or len(hit[0]) < 2:
            continue  # 超, 近, 约 alone begin words too often (超市, 近三年)
        w = hit[0]
        if any(word_tag(w + before[i : i + k]) is not None for k in range(1, 5)):
            continue  # 最高值, 最高人民法院: the bound word is part of a noun
        return hit[1]
    return None


#: a percent that names a quantile (25%分位, 10%分位数): a bound after it bounds the percent
_QUANTILE = re.compile(r"分位(?:数|点|值)?")


def _ends_a_word(before: str, w: str, lookalikes: tuple[str, ...]) -> bool:
    """Whether the bound word at the end of ``before`` (约) ends a word that bounds nothing (签约,
    节约: ``bound_lookalikes`` in words.toml); not when its first character ends a word of its own
    with the one before (持续约3天, 调节约30%: 持续, then 约)."""
    return before.endswith(w) and any(
        len(word) > len(w) and before.endswith(word) and not _split(before, len(word)) for word in lookalikes
    )


def _split(before: str, n: int) -> bool:
    """The first character of the last ``n`` ends a two-character word with the one before it (持续约)."""
    pair = before[-n - 1 : 1 - n] if len(before) > n else ""
    return len(pair) == 2 and word_tag(pair) is not None


def _begins_a_word(after: str, w: str) -> bool:
    """Whether 多 after a figure begins a longer word (8个多功能室: 多功能),
    not a bound (3个多月, 2年多): jieba tags 多月 and 多年 as numerals, 多功能 as something else."""
    if w != "多":
        return False  # 90天内参保: 内 bounds the days even though jieba knows 内参
    for k in (4, 3, 2):
        tag = word_tag(after[:k]) if len(after) >= k else None
        if tag is not None:
            return tag != "m"
    return False


#: what makes a change word part of a noun: 增长率, 增长点, 增长的贡献率, 增产贡献率, 成长型企业,
#: 高成长性, a rate of growth (全年增速可达5%: not 年增; 增长速度), the share of those growing (增长面达
#: 70.7%, not 增加面积) (not 幅度: a change's size is still the change, 萎缩幅度可能高达12%), or of an
#: item in a list (心理素质提升课程、…三个板块; 基础提升、专业提升两个阶段)
CHANGE_IN_A_NOUN = re.compile(
    r"的|[^，,。；;0-9%％]{0,2}[值率点]|[型性速线]|面(?!积)|[^，,。；;0-9%％、]{1,4}、"
)
#: Taiwan's 成长 read across a verb ending in 成 and the noun after it (建成长输管道): no change word
_GLUED_GROWTH = re.compile(r"(?<=[建形落构组达])成(?=长)")
#: a clause of a bare 至 and the figure (按年下跌9.2%，至3,935億元: Hong Kong's way of giving the
#: level a change reached); a rate then 至 before the figure (按月增加0.4%至6,815.3億: the level reached)
_BARE_TO = re.compile(r"\s*至(?:约|近)?\s*")
_RATE_TO = re.compile(r"[0-9][%％]\s*(?:至|到)(?:约|近)?\s*$")


def bare_to(doc: ArticleText, c: Candidate, rules: Rulebook) -> str | None:
    """按年下跌9.2%，至3,935億元: a figure that a bare 至 opens its clause with, right after a
    clause that states a change, is the level the change reached."""
    cs, _ = doc.clause(c.start)
    if cs < 2 or not _BARE_TO.fullmatch(doc.norm, cs, c.start):
        return None
    ps, _ = doc.clause(cs - 1)
    if ps < doc.sentence(c.start)[0]:
        return None
    return "to" if change_of(doc.norm[ps : cs - 1], rules) in ("increase", "decrease") else None


def figure_change(doc: ArticleText, c: Candidate, clause_before: str) -> str | None:
    """The fact's ``change``: the change word of its clause (:func:`change_of`), else a bare 至 that
    reaches the level a change before it changed to; a place in a ranking never rises or falls."""
    # the pattern ends in 为 or 是 and at most 约/近 (and ``$``'s newline): most clauses are passed
    tail = clause_before[-3:]
    modified = _LEVEL_OF_A_MODIFIED_NOUN.search(clause_before) if "为" in tail or "是" in tail else None
    if modified is None and "的" in clause_before[-9:]:
        modified = _FIGURE_OF_A_MODIFIED_NOUN.search(clause_before)
    if modified is not None:  # 达到《标准》合格以上的人数比例为93.2%: the verb is the noun's modifier
        clause_before = clause_before[modified.start() :]
    clause_before = not_reached(_inside_open_bracket(converted(doc, c, _after_last_item(clause_before))))
    for w in doc.rules.words.one_counting if "年增" in clause_before else ():  # 明年|增設50個: no 年增
        clause_before = clause_before.replace("年" + w, "年" + "□" * len(w))
    change = change_of(clause_before, doc.rules)
    if change in ("increase", "decrease") and (named := without_paired_names(clause_before)) is not None:
        change = change_of(named, doc.rules)
    if (
        change in ("increase", "decrease")
        and c.kind not in _RATES
        and doc.rules.work_compound.search(clause_before) is not None
    ):
        # 改造提升312公里, 提升改造: a work verb with the change word names the work done
        change = change_of(
            doc.rules.work_compound.sub(lambda m: "□" * len(m.group(0)), clause_before), doc.rules
        )
    # a sign written at the figure in brackets (內地（+19.4%）) says the direction before any word does
    signed = signed_direction(doc, c)
    reached = "to" if c.kind not in _RATES and _RATE_TO.search(clause_before[-8:]) else None
    change = signed or reached or change or bare_to(doc, c, doc.rules) or _compared_degree(clause_before)
    if c.kind == "rank" and doc.norm.startswith("第", c.start) and change in ("increase", "decrease"):
        return None
    few = c.kind == "count" and doc.norm[c.start : c.start + 1] in _FEW
    if change and few and _LISTED.search(clause_before):
        return None  # 科技成长与高股息两条主线: the change word is in a name the count sums up
    return change


#: a figure and its unit, then 、 and a word (突破5000万人次、实现旅游总收入420亿元, 增长8%、完成投资
#: 12亿元): the next item of a list of targets, with a verb of its own
_ITEM_AFTER_A_FIGURE = re.compile(r"[0-9][^0-9，,。；;、]{0,4}、(?=[^0-9一二三四五六七八九十两百千万几])")


def _after_last_item(clause_before: str) -> str:
    """The clause from the last list item that opens after a figure (实现旅游总收入 after
    突破5000万人次、): a change word of an earlier item is that item's; the figures of one change
    (分别增长5%、8%) stay together."""
    at = clause_before.rfind("、")
    if at < 1:
        return clause_before
    m = _ITEM_AFTER_A_FIGURE.search(clause_before, max(0, at - 6), at + 2)
    return clause_before[m.end() :] if m is not None else clause_before


#: 较去年同期高5.8个百分点, 比全省低0.3个百分点, 比上年末新增213公里: a comparison, its baseline and a bare
#: adjective of degree (or 新增) right before the figure: the difference from the baseline, a change (the
#: closed class of the six degrees; 高 alone is a height: 桥高2.3米); the baseline may name its level
_DEGREE_BASE = r"(?:[^，,。；;：:比较]|(?<=[0-9]),(?=[0-9])){1,20}?"  # 较…二○一九年的约1,380万人次少约4%
_COMPARED_DEGREE = re.compile(rf"(?:比|较){_DEGREE_BASE}([高低多少大小]|新增)了?(?:约|近)?$")
_DEGREE_CHANGE = {
    "新增": "increase",
    "高": "increase",
    "多": "increase",
    "大": "increase",
    "低": "decrease",
    "少": "decrease",
    "小": "decrease",
}


def _compared_degree(clause_before: str) -> str | None:
    """The change a bare degree after a comparison states (较去年同期高5.8个百分点: increase)."""
    if not clause_before or clause_before[-1] not in "高低多少大小增了约近":
        return None  # most clauses: a cheap look at the last character first
    m = _COMPARED_DEGREE.search(clause_before)
    return _DEGREE_CHANGE[m.group(1)] if m is not None else None


def _inside_open_bracket(clause_before: str) -> str:
    """The clause from a bracket still open before the figure (签约率达到61.5%（按辖区常住人口3.48万人
    计算）): a note's figure takes no change word from outside the note."""
    at = max(clause_before.rfind("（"), clause_before.rfind("("))
    if at < 0 or "）" in clause_before[at:] or ")" in clause_before[at:]:
        return clause_before
    return clause_before[at + 1 :]


#: the kinds of a change's rate (改造增长5%: the work verb is the subject, the change real)
_RATES = frozenset({"percent", "percentage_point", "multiple"})

#: a level stated by 为 or 是 of a noun that a 的-phrase modifies (达到合格标准的人数比例为93.2%, 实现
#:增长的行业为28个): a change word in the modifier describes the noun, not the figure; the figure is
#: the noun's level, so only a change word after the 的 is its own (的比重提高为12%)
_LEVEL_OF_A_MODIFIED_NOUN = re.compile(r"的[^的，,。；;：:0-9]{1,10}[为是](?:约|近)?$")

#: the same with the figure right after the noun (水质达到或优于Ⅲ类的断面13个), not a bound (降至…的約15%)
_FIGURE_OF_A_MODIFIED_NOUN = re.compile(r"的(?![约近逾])[^的，,。；;：:、0-9幅]{1,8}$")


#: a few, in Chinese numerals (两条主线, 三项工作): the count of the names listed right before it
_FEW = frozenset("两二三四五六七八九十")
#: two to five short names joined by 与, 和, 及 or 、 right before the figure (科技成长与高股息)
_LISTED = re.compile(r"[^，,。；;：:0-9与和及、]{2,8}(?:[与和及、][^，,。；;：:0-9与和及、]{2,8}){1,4}$")


def sets_new_level(text: str, rules: Rulebook) -> bool:
    """Whether ``text`` (what follows an old level: 到5000元, 提高到目前的) opens with 到 or 至, or
    holds a change word that sets a new level (提高到, 增至): the old level of 从A提高到B, decided
    here for its subject and its time."""
    return text.startswith(("到", "至")) or rules.change_to.search(text) is not None


def change_of(clause_before: str, rules: Rulebook) -> str | None:
    """The change a figure states (increase, decrease, to), from its clause up to it; decided here
    for the fact's ``change`` and for the rules that ask whether a figure is a change."""
    if "成长" in clause_before:  # 累计建成长输管道, 形成长效机制: 成长 across a verb and its noun
        clause_before = _GLUED_GROWTH.sub("□", clause_before)
    return nearest_word(clause_before, rules.changes, CHANGE_IN_A_NOUN, rules.close_changes)
