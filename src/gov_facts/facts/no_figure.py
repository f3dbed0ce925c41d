"""Numbers read with a unit that state no figure of their own: part of the scan (:mod:`.scan`).

An age band that names the group a later figure of its clause counts (0—14岁人口为72.47万人,
5岁以下儿童死亡率为4.1‰, 60岁及以上人口比重上升0.95个百分点: the group, not an age measured);
the denominator of a rate written out after 每 (每50公斤129元, 每10万人口拥有医生28人: 50公斤 is
what the price is per); a count of the figures just listed (孕产妇…、婴儿…、儿童死亡率…，三项指标
均低于全国平均水平: the three are the figures already read); the base period of an index
(指數(110年=100), 以2020年=100: the year the index is set to 100 in, a time); a count of tiers
of government before the noun they share (省、市、县三级财政: the system's name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .candidate import Candidate
from .context import ArticleText
from .tagging import pos_tag, word_tag
from .text import ASIDE

#: units of a term: with a bound after it, a band of terms names a class of things as an age band
#: names a group (1年以上公共債務未償餘額為598億元, 3个月以上欠薪案件12宗, 逾期1年以上贷款余额)
_TERM_UNITS = frozenset({"年", "个月"})
_TERM_BOUNDS = frozenset({"以上", "及以上", "或以上", "以下", "及以下", "或以下"})
#: words before a term that make it the length of a streak (连续5年以上营收超过10亿元), a figure
_STREAK = ("连续", "持续")
#: what may stand between an age band and the noun of its group (60岁及以上的老年人口)
_JOIN = "的"
#: a figure later in the clause (a digit: the value the group's subject is given)
_LATER_FIGURE = re.compile(r"[0-9０-９]")
#: an Arabic digit among a figure's own characters
DIGIT = re.compile(r"[0-9０-９]")
#: the clause's end for these looks (an enumeration comma ends the group's phrase too)
_CLAUSE_END = re.compile(r"[，,。；;：:、！!？?\n]")
#: 每5人中就有1人, 每10户当中: a proportion, not a rate (both its figures are stated)
_AMONG = ("中", "当中", "之中", "里")
#: the farthest a per-unit denominator stands from the figure it divides (每10万人口拥有执业医师28人)
_PER_REACH = 16
#: nouns that name figures (两项指标均, 三组数据都): what a count of the figures before counts
_FIGURE_NOUNS = ("指标", "数据", "数字", "指数")
#: the words of "together" among ``all_of_them`` (两项合计): a sum of the last figures listed
_TOGETHER = ("合计", "共计", "合共", "总计")


def _clause_rest(doc: ArticleText, at: int) -> str:
    end = _CLAUSE_END.search(doc.norm, at)
    return doc.norm[at : end.start() if end is not None else len(doc.norm)]


#: jieba tags, besides nouns, of the words that name a group of people by age (青年 and 老年 are
#: tagged time words, 少年儿童 an idiom, 中青年 an abbreviation; 公共 of 公共債務 an attributive)
_GROUP_TAGS = ("n", "vn", "t", "j", "l", "b")


#: what opens the time an age is reached, not a group (60岁时, 55周岁当月, 18岁起, 60岁后)
_WHEN_AFTER_AGE = frozenset("时当起前后之那")


def _group_noun_at(norm: str, pos: int) -> bool:
    if norm[pos] in _WHEN_AFTER_AGE:
        return False  # 年满60岁时每月可领取1200元, 年满55周岁当月起: when the age is reached
    toks = pos_tag(norm[pos : pos + 6])
    return bool(toks) and toks[0][1].startswith(_GROUP_TAGS) and toks[0][1] != "nr"


def names_an_age_group(doc: ArticleText, c: Candidate) -> bool:
    """0—14岁人口为72.47万人, 65岁及以上人口为79.28万人, 5岁以下儿童死亡率为4.1‰, 青年失业率
    （16—24岁）为14.9%, and a term with its bound (1年以上公共債務…為598億元): an age or a band of
    ages right before a noun (past its bound, 及以上/以下, and 的) or in brackets after one, when a
    later figure of the clause is what that group is given: the age names the group. An age that
    is the figure (平均年龄38.5岁, 年满60岁可领取) or a band of a policy with no figure after it in
    its clause
    (为3岁以下婴幼儿提供托育服务, 对入托的3岁以下婴幼儿，给予…600元) stays a figure."""
    if c.unit not in doc.rules.age_units and c.unit not in _TERM_UNITS:
        return False
    norm, at = doc.norm, c.end
    for word, _q in doc.rules.qual_after:
        if norm.startswith(word, at):
            at += len(word)
            break
    if c.unit in _TERM_UNITS and (norm[c.end : at] not in _TERM_BOUNDS or norm.endswith(_STREAK, 0, c.start)):
        return False  # 5年计划, 3年内完成, 连续5年以上: a term names a class only with its bound
    if c.unit in _TERM_UNITS and norm.endswith(doc.rules.duration_leads, max(0, c.start - 3), c.start):
        return False  # 判处五年以上有期徒刑的罪犯: a length a verb states (duration_leads) is a figure
    if norm.startswith(_JOIN, at):
        at += len(_JOIN)
    aside = c.start > 0 and norm[c.start - 1] in "（(" and norm.startswith(("）", ")"), at)
    if not aside and (at >= len(norm) or not _group_noun_at(norm, at)):
        return False
    return _LATER_FIGURE.search(_clause_rest(doc, at)) is not None


#: signs of comparison a threshold is written with (AQI≦100, PM2.5≤35, 車速>60)
_COMPARISON_SIGNS = frozenset("≦≧≤≥<>＜＞⩽⩾=")
#: jieba tags of a word that names what a threshold sorts out (日數, 天數, 企業, 家庭)
_SORTED_TAGS = ("n", "vn", "j", "l", "ng", "q")


def threshold_names_a_group(doc: ArticleText, c: Candidate) -> bool:
    """AQI≦100站日數比率為86.4%, PM2.5≤35微克/立方米的天數為300天, 容積率>2.5的地塊共12宗: a value
    after a sign of comparison, right before a noun (past 的 or a bracketed aside), when a later
    figure of the clause is what that group is given: the threshold sorts out the days, plots or
    stations the figure counts, it states no figure. A threshold that is the figure (綠地率≥35%，,
    容积率≤2.5) stays one."""
    norm = doc.norm
    at = c.start
    while at > 0 and norm[at - 1] in " =":
        at -= 1  # >= and <= written with two marks
    if norm[at] not in _COMPARISON_SIGNS and (at == 0 or norm[at - 1] not in _COMPARISON_SIGNS):
        return False
    end = c.end
    aside = ASIDE.match(norm, end)
    if aside is not None:
        end = aside.end()
    if norm.startswith(_JOIN, end):
        end += len(_JOIN)
    toks = pos_tag(norm[end : end + 6])
    if not toks or not toks[0][1].startswith(_SORTED_TAGS):
        return False
    return _LATER_FIGURE.search(_clause_rest(doc, end)) is not None


def per_unit_denominator(doc: ArticleText, c: Candidate) -> bool:
    """每50公斤129元, 每10万人口拥有执业医师28人, 每100元销售收入中的成本为82元: a quantity right
    after 每 with another figure after it in its clause is what that figure is per, not a figure;
    not one in so many (每5人中就有1人加入: a proportion whose both figures are stated)."""
    if c.start == 0 or doc.norm[c.start - 1] != "每" or doc.norm.startswith(_AMONG, c.end):
        return False  # 每5人中就有1人: one in five, both figures stated
    rest = _clause_rest(doc, c.end)[:_PER_REACH]
    return _LATER_FIGURE.search(rest) is not None


def restates_the_list(doc: ArticleText, c: Candidate, before: Sequence[Candidate]) -> bool:
    """婴儿死亡率为2.85‰，5岁以下儿童死亡率为4.1‰，三项指标均低于全国平均水平: a count of items, then
    均/都/全部 (all of them), in a sentence whose earlier clauses state just as many figures: the count
    restates the figures already read. (全省12个地市均已出台 stays a count: nothing listed before; so does
    发病1275例、2587例，报告的2例死亡病例均为: a count in the measure of the figures before is one more of
    them, not a count of them.)"""
    if c.value is None or c.value < 2 or c.unit is None or c.kind != "count":
        return False
    said = doc.rules.all_of_them.match(doc.norm, c.end)
    if said is None:
        return False
    ss, _ = doc.sentence(c.start)
    ss = max(ss, doc.norm.rfind("其中", ss, c.start))  # …15206件，其中…3318件，…1924件，两项合计: the parts
    listed, same_measure = 0, True
    for prev in reversed(before):
        if prev.start < ss:
            break
        listed += 1
        same_measure = same_measure and prev.unit == c.unit
    if same_measure:
        return False  # 发病1275例、2587例，报告的2例死亡病例均为…: more of the same measure, no count of them
    # 两项指标均创新高 after two indicators each given with its growth: a noun of figures counts
    # indicators, each of which may be stated with more than one figure
    if said.group(0).endswith(_TOGETHER):  # 3318件…1924件，两项合计: the last of the figures listed
        return listed >= c.value
    return listed == c.value or (listed > c.value and doc.norm.startswith(_FIGURE_NOUNS, c.end))


#: what sets an index to its base after the base period (2020年=100, 110年＝100)
_BASE_MARKS = ("=", "＝")


#: jieba tags of the noun a count of tiers stands before (财政, 物流配送, 河长, 医疗保障)
_SHARED_NOUN_TAGS = ("n", "vn", "j", "l", "b")


def tiers_named_before_a_noun(doc: ArticleText, c: Candidate) -> bool:
    """省、市、县三级财政按5:3:2分担, 县乡村三级物流配送站点, 中央和地方两级财政共投入: N级 after the tiers
    of government it sums up (read as a count of them by the suffix stage), right before the noun
    the tiers share, names the system (three-tier funding, a county-township-village network); it
    states no figure. The tiers as they act (省、市、县三级立即启动: 三级 the subject of its verb) stay a
    count, as the gold reads them."""
    if c.unit != "级" or c.kind != "count":
        return False
    toks = pos_tag(doc.norm[c.end : c.end + 6])
    return bool(toks) and toks[0][1].startswith(_SHARED_NOUN_TAGS) and toks[0][1] != "nr"


#: a middle dot between a month and a day (“3·15”, 5·20, 7·21特大暴雨): the day opens no figure
_DATE_DOTS = frozenset("·・•")


#: a run of Chinese digits that counts up one by one (一二, 二三, 三四, 一二三): numbers of classes
_COUNTING_UP = "一二三四五六七八九"
#: the measure word of a class by number (一类, 二类: 一二类卷烟 the first and second classes)
_CLASS_WORD = "类"
#: 二 alone before a measure word is an ordinal (二类口岸: the second class); a count of two writes 两
_SECOND = "二"
#: a bound after classes by number (二类以上, 三类及以下): a range of classes, no count
_CLASS_BOUNDS = ("以上", "及以上", "以下", "及以下")
#: jieba's tags of the noun classes are named for (卷烟 n, 口岸 s)
_CLASSED_NOUN_TAGS = ("n", "s")


def class_labels_in_a_run(doc: ArticleText, c: Candidate) -> bool:
    """一二类卷烟, 二三类水体, 三四类危房, 分为一二三类, 二类口岸: a run of Chinese digits counting up one
    by one before 类 names classes by their numbers (the first and second classes), as 一类 does
    alone; it states no figure (an approximate 1-2, or 123 read as a digit string). Before a noun
    any such run is read so, and 二 alone (a count of two writes 两: 两类口岸); with no noun after it,
    a run of three or more (一二三类); a vague count writes 两 (两三类) and stays one."""
    if c.unit != _CLASS_WORD or c.unit_start != c.num_end:
        return False
    run = doc.norm[c.num_start : c.num_end]
    if run not in _COUNTING_UP or (len(run) < 2 and run != _SECOND):
        return False
    if len(run) > 2:
        return True
    if doc.norm.startswith(_CLASS_BOUNDS, c.end):
        return True  # 二类以上水质断面: classes from the second up
    toks = pos_tag(doc.norm[c.end : c.end + 6])
    return bool(toks) and toks[0][1].startswith(_CLASSED_NOUN_TAGS)


def day_of_a_dotted_date(doc: ArticleText, c: Candidate) -> bool:
    """“3·15”期间, “5·20”当天, 7·21特大暴雨: a number after a digit and a middle dot is the day of a
    date written as a name (3·15 the consumer rights day); with what follows it (期间 read as 15期) it
    states no figure."""
    s = c.start
    return s >= 2 and doc.norm[s - 1] in _DATE_DOTS and doc.norm[s - 2].isdigit()


#: what names a month right before 月 in a date written in Chinese numerals (正月十五, 八月十五, 腊月二十三)
_MONTH_NAMES = frozenset("正腊臘冬一二三四五六七八九十")
_LAST_DAY = 30  # a lunar month's


def day_after_a_month_name(doc: ArticleText, c: Candidate) -> bool:
    """正月十五元宵节, 农历八月十五, 腊月二十三小年: a number in Chinese numerals right after a month's
    name is the day of a date (a festival's), whatever word follows it (元宵 read as 十五元); 每月十五元
    (每 before 月) and 三月十五万人 (past any day) stay figures."""
    s = c.start
    if s < 2 or doc.norm[s - 1] != "月" or doc.norm[s - 2] not in _MONTH_NAMES:
        return False
    if c.value is None or not 1 <= c.value <= _LAST_DAY or c.value != c.value.to_integral_value():
        return False  # 三月十五万人: a figure past any day of a month
    return DIGIT.search(doc.norm, s, c.unit_start if c.unit_start > s else c.end) is None


#: jieba tag of a locative a one-character measure word opens with the character after it (期间)
_LOCATIVE = "f"
#: jieba tag of a distinguishing word a one-character unit opens (年级): never a unit and a noun
_DISTINGUISHING = "b"
#: jieba tags of a verb (v, vn): the word after a grade-like unit that keeps the count (3次要求)
_VERB = "v"
#: jieba tags of a place a one-character unit opens after a year-like number (2024臺灣: 台湾; 1999臺中
#: 市民服務專線: 台中, a place word), and the year
_PLACE = frozenset({"ns", "s"})
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def unit_opens_a_word(doc: ArticleText, c: Candidate) -> bool:
    """2号楼3单元, “3·15”期间, 3年級學生: a one-character unit that opens a dictionary word with the
        character after it (单元 a noun, 期间 a locative, 年级 a distinguishing word) is part of that word;
        the number names a unit of a building, a grade, a time, no figure. Only a word that counts after
    digits alone (``needs_number``: 单, 期) is read so; a distinguishing word (年级) ends any unit (3个人,
    400米处, 30万人口 stay figures), unless the characters after the unit make a word of their own
    (3次要求整改: 次 and 要求, not 次要) as a verb: a noun there (3年级数学: 级数, 6年级别: 级别) is
    the grade's word read across, no verb of a count."""
    if c.unit is None or len(c.unit) != 1 or c.end != c.unit_start + 1 or c.entry is None:
        return False
    tag = word_tag(doc.norm[c.end - 1 : c.end + 1])
    if tag in _PLACE and _YEAR.fullmatch(doc.norm, c.num_start, c.num_end):
        return True  # 「2024臺灣國際熱氣球嘉年華」, 1999臺中市民服務專線: a name, no count of 台
    if tag == _DISTINGUISHING:  # 3次要求整改: the characters after the unit open a verb of their own
        after = doc.norm[c.end : c.end + 2]
        return len(after) < 2 or not (word_tag(after) or "").startswith(_VERB)
    return c.entry.needs_number and tag == _LOCATIVE


#: the words after a year that name a cohort or a session by it (2025届毕业生, 2023级新生, 2024屆)
_COHORT_UNITS = frozenset({"届", "屆", "级", "級"})
#: what follows a year's 级 that names a cohort (2023级新生, 2022級學生, 2021级本科生, 2023级、2024级):
#: not a count of steps (登上2000级台阶)
_COHORT_NEXT = re.compile(r"[新学學本研硕碩博毕畢校同班全各的、和及与與至到，,。；;）)\s]|$")


def year_of_no_figure(doc: ArticleText, c: Candidate) -> bool:
    """A year read as a figure: a list's marker glued to it (1.2023年) or a cohort (2025届)."""
    unit = c.unit
    if not unit or (unit[0] != "年" and unit not in _COHORT_UNITS):
        return False  # the cheap test first: most figures' units are neither 年 nor a cohort's
    return list_marker_before_a_year(doc, c) or cohort_of_a_year(doc, c)


def cohort_of_a_year(doc: ArticleText, c: Candidate) -> bool:
    """2025届毕业生, 较上届（2024届）提高, 2023级新生, 2025屆畢業生: a year before 届 or 级 names a
    cohort (the class that graduates or enrols that year), no count of sessions or grades; a count
    is never that large (已举办3届, 连续五届 stay figures)."""
    return (
        c.unit in _COHORT_UNITS
        and c.start == c.num_start
        and _YEAR.fullmatch(doc.norm, c.num_start, c.num_end) is not None
        and (c.unit in ("届", "屆") or _COHORT_NEXT.match(doc.norm, c.end) is not None)
    )


def unit_of_an_address(doc: ArticleText, c: Candidate) -> bool:
    """2号楼3单元, 5幢2单元: a number after a place word of an address (楼, 栋, 号: ``place_suffixes``)
    whose unit read (单) opens a longer address unit (单元: ``address_units``) is part of the address,
    as 3栋 and 河东村6组 are; the address guard of the suffix stage saw only the shorter unit."""
    norm = doc.norm
    if (
        c.unit is None
        or c.unit_start < c.start
        or not norm.endswith(doc.rules.words.place_suffixes, 0, c.start)
    ):
        return False  # the cheap look first: no place word of an address before the number
    return any(len(w) > len(c.unit) and norm.startswith(w, c.unit_start) for w in doc.rules.address_units)


#: the quotes around a programme's name, and how far a figure inside one may stand from either end
_QUOTE_OPEN = "“「『"
_QUOTE_CLOSE = "”」』"
_QUOTE_REACH = 16
_QUOTE_OPEN_RE = re.compile(f"[{_QUOTE_OPEN}]")


def inside_a_programme_name(doc: ArticleText, c: Candidate) -> bool:
    """「長者2元乘車優惠計劃」, 「300億元中央擴大租金補貼專案」: a figure inside a short quoted name that
    ends with a plan noun or a programme's head (计划, 专案, 方案: ``plan_nouns``, ``programme_heads``)
    is part of the name (the fare or sum it is known by), no figure stated. A quoted statement
    (“全年完成投资12亿元”) ends with no plan noun (or describes its plan: …的计划) and keeps its figures."""
    norm = doc.norm
    lo = max(0, c.start - _QUOTE_REACH)
    if _QUOTE_OPEN_RE.search(norm, lo, c.start) is None:
        return False  # the cheap look first: no quote opens before the figure
    opened = max(norm.rfind(q, lo, c.start) for q in _QUOTE_OPEN)
    if any(q in norm[opened + 1 : c.start] for q in _QUOTE_CLOSE):
        return False
    ends = [i for q in _QUOTE_CLOSE if (i := norm.find(q, c.end, c.end + _QUOTE_REACH)) >= 0]
    if not ends:
        return False
    rest = norm[c.end : min(ends)]
    if any(ch in rest for ch in "的，,。；;"):
        return False  # “…完成投资12亿元的计划”: a plan described, a figure of it stated
    return rest.endswith(doc.rules.words.name_heads)


_ENTERED_IN = re.compile(r"(?:列入|纳入)[^，,。；;0-9的]{0,8}$")  # a verb entering a list: 列入市政府十件


def number_of_a_list_entered(doc: ArticleText, c: Candidate) -> bool:
    """把…列入市政府十件民生实事(项目), 纳入全省十项重点民生工程: a count of items (件, 项) in words after a
    verb of entering names the list entered, no figure stated (a rank limit, 入选百强县, is read)."""
    if c.unit not in ("件", "项") or doc.norm[c.start].isdigit():
        return False
    return _ENTERED_IN.search(doc.norm, doc.clause(c.start)[0], c.start) is not None


def index_base(doc: ArticleText, c: Candidate) -> bool:
    """指數(110年=100), （以2020年=100）, 定基指数（2015年＝100）: a year right before = is the base
    period an index is set to 100 in, a time, not a length of years (a Taiwan page's 110年 reads as
    110 years when nothing else marks it a year)."""
    return c.unit == "年" and doc.norm.startswith(_BASE_MARKS, c.end)


#: a list item's number glued to the year it opens with (1.2024年全省共抽检…): one or two digits, a dot
#: and a year, where a line or an item begins (after a colon or a space)
_MARKED_YEAR = re.compile(r"[0-9]{1,2}[.．](?:19|20)[0-9]{2}")
_ITEM_OPENERS = frozenset("\n：:；; \u3000")


def list_marker_before_a_year(doc: ArticleText, c: Candidate) -> bool:
    """1.2024年全省共抽检食品…, 附件：1.2024年全省药品质量抽检不合格产品名单: a list marker (1., 2.)
    run into the year its item opens with reads as 1.2024年, a length of years; it is an item's
    number and a year, no figure."""
    if not (c.unit or "").startswith("年") or (c.start > 0 and doc.norm[c.start - 1] not in _ITEM_OPENERS):
        return False
    return _MARKED_YEAR.fullmatch(doc.norm, c.num_start, c.num_end) is not None


#: a version closing a name (数字政府2.0, 房屋稅差別稅率2.0, “囤房税2.0”): a digit, a dot and 0
_VERSION = re.compile(r"[1-9]\.0")
#: what links a measure to its value (容积率为2.0, 指数达2.0): a figure, no version
_LINKS = frozenset("为是达至到约于了的")
#: what may end a figure's clause after it (容积率2.0，): a figure stated, no version
_FIGURE_ENDS = frozenset("，,。；;、：:！？!?")


def version_after_a_name(doc: ArticleText, c: Candidate) -> bool:
    """数字政府2.0建设, 實施房屋稅差別稅率2.0（俗稱「囤房稅2.0」）: N.0 with no unit glued to the name
    before it (no link word) and not ending its clause is the name's version, no figure; 容积率为2.0
    and 容积率2.0， stay figures."""
    norm = doc.norm
    if c.unit is not None or c.qualifier != "exact" or c.start == 0 or c.end >= len(norm):
        return False
    if not _VERSION.fullmatch(norm, c.num_start, c.num_end) or c.start != c.num_start:
        return False
    before = norm[c.start - 1]
    if not "\u4e00" <= before <= "\u9fff" or before in _LINKS:
        return False
    return norm[c.end] not in _FIGURE_ENDS and not norm[c.end].isspace()
