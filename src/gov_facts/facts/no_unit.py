"""A number with no listed unit after it that is still a quantity: index points (下跌232.79点),
a bare count with a scale and a noun (30万居民), a measure word in no list (kind other, with a
warning), or, when reading quantities, a bare number."""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from ..rules.patterns import UnitEntry
from . import numbers_measure, ranges, shares
from .candidate import Candidate
from .context import ArticleText
from .denominators import per_unit_after
from .durations import MONTHS
from .numerals import scale_value
from .pure_names import (
    OLD_TO_NEW,
    PURE_MEASURE,
    PURE_MEASURE_AFTER,
    PURE_MEASURE_HEAD,
    changed_by,
    level_of_a_measure_before,
)
from .reading import Reading
from .tagging import pos_tag, word_tag
from .text import NUM_RE, SCALES
from .units import (
    Entry,
    kind_of,
    match_unit,
    names_its_measure,
    read_number,
    unit_after,
)

if TYPE_CHECKING:
    from .scan import Scanner

#: characters jieba may tag as measure words that are times or marks here, never a unit
_NOT_UNIT = set("点时分秒号年月日周")
_BARE_NOT_AFTER = set("年月日号时分秒点:：〕]】")
#: what ends a clause right after a figure, and the verbs and bounds that lead to one (人口为68.4万，)
CLAUSE_END = ("，", "。", "；", "、", ",", ";", "\n", "")
_ENDS_OR_BRACKET = (*CLAUSE_END, "（", "(")
_COUNT_LEAD = re.compile(
    # an adverb may stand between the noun and its verb (出入境人次則為211.7萬, 人數亦為, 宗數均為)
    # or a word of summing up (出入境人次共錄得1,296.4萬, 出入境人次累計達9,412.8萬)
    r"[\u4e00-\u9fff]{2}(?:则|也|亦|均|都|仍|共|累计|合共|总共)?"
    r"(?:约为|为|达到|达|突破|超过|超|逾|近|约|共|计|有|不到|不足|增至|降至|录得)$"
)
#: nouns that are a head count of people with no measure of their own (常住人口103万)
_HEAD_COUNTS = ("人口", "口人")
#: what joins the numbers of a list that share one unit (120、45和18所)
_LIST_SEP = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
#: a scale character among a number's own (30万, 6.8亿): compiled once, searched in place
_SCALED = re.compile("[万亿]")


@lru_cache(maxsize=4)
def _ending_with(pattern: str) -> re.Pattern[str]:
    """``pattern`` anchored at the end of the text searched, compiled once per pattern."""
    return re.compile(f"(?:{pattern})$")


ORDINAL_LIST = re.compile(
    r"第[0-9零〇一二三四五六七八九十百]+(?:[、和及与][0-9零〇一二三四五六七八九十百]+)*[、和及与]$"
)
#: units of a list that are dates (2021、2022和2023年), not shared quantities
_DATE_WORDS = frozenset({"年", "月", "日", "号", "时", "分", "秒"})
#: what stands before a bare count of 乡镇 or 社区: a verb of having (全县有11乡镇) or a list mark
_HAVING = frozenset("有辖设含括、和及")


def extended_months(sc: Scanner, r: Reading) -> Candidate | None:
    """从6个月延长至12月，: N月 ending its clause after a change-to verb, where the sentence wrote the
    earlier figure as N个月, is a number of months (kind duration), not a month of the year."""
    doc, norm, p = sc.doc, sc.doc.norm, r.p
    if not norm.startswith("月", p) or p != r.b or norm[p + 1 : p + 2] not in CLAUSE_END:
        return None  # 延长至12月31日, 12月底, 12月下旬: a date
    if _ending_with(doc.rules.change_to.pattern).search(norm[max(0, r.start - 6) : r.start]) is None:
        return None
    ss = max(norm.rfind(ch, 0, r.start) for ch in "。！？\n") + 1
    if "个月" not in norm[ss : r.start]:
        return None
    cand = bare_candidate(r, p, p + 1, r.value, "月", MONTHS, kind="duration")
    cand.extra["not_a_time"] = True  # the time reader takes 12月 for December
    return sc.finish(cand)


def slash(sc: Scanner, r: Reading) -> Candidate | None:
    """A slash right after the number: a fraction (近2/3的企业: 66.7 %) or a rate per so many
    (孕产妇死亡率为8.5/10万: kind other, unit /10万); else no figure (a date, 24/7)."""
    norm, p = sc.doc.norm, r.p
    changed = norm.endswith(sc.doc.rules.change_words, max(0, r.start - 6), r.start)
    frac = shares.slash_fraction(norm, r.a, p, r.value, changed)  # 近2/3的企业, 同比增长1/3
    if frac is not None:
        return sc.finish(
            Candidate(r.start, frac[0], r.a, r.b, frac[1], unit="%", kind="percent", unit_start=p)
        )
    per = shares.per_many(norm, p)
    if per is not None:
        return sc.finish(bare_candidate(r, p, per, r.value, norm[p:per], None, kind="other"))
    return None


def clause_final_count(sc: Scanner, r: Reading) -> Candidate | None:
    """本澳總人口為68.4萬，英国人口不到600万: a number with a scale that ends its clause after a verb
    or bound word counts what the clause names (unit null, as 30万居民), unless the clause is about
    money (总投资为1.2亿: its currency is not written); so does one with no scale whose noun ends in its
    measure (每日平均求診人次為6,120, 投诉宗数为812)."""
    doc, norm = sc.doc, sc.doc.norm
    cs, _ = doc.clause(r.a)
    before = norm[cs : r.start]
    # 住院人次為5.87萬（二○二四年：5.62萬）: a bracket after the figure ends it as a mark does, and
    # so does the milestone it passes (参观人数突破10万大关)
    ends = norm[r.p : r.p + 1] in _ENDS_OR_BRACKET or norm.startswith(("大关", "关口"), r.p)
    lead = _COUNT_LEAD.search(before) if ends else None
    if lead is None:
        if not ends:
            return None
        # 全市常住人口103万。: a head count right before its number; …出现在8月10日，为49.6万: a
        # clause of a verb alone counts in the sentence's measure
        right_before = _count_noun_right_before(sc, r)
        if right_before is not None:
            return right_before
        found = numbers_measure.sentence_measure(sc, r, cs)
        if found is None:
            return None
        cand = bare_candidate(r, r.p, r.p, r.value, found[0], found[1], kind="count")
        cand.extra[numbers_measure.NOUN_MEASURE] = True
        return sc.finish(cand)
    measure = names_its_measure(doc, cs + lead.start() + 2)
    if (
        measure is None
        and "次" in before
        and (expected := doc.rules.words.expected_lead.search(before)) is not None
    ):
        measure = names_its_measure(doc, cs + expected.start() + 2)  # 入场人次可达800万: past 可
    scaled = _SCALED.search(norm, r.a, r.p) is not None
    if measure is None and scaled and any(w in before for w in doc.rules.money_cues):
        # 公司营收达到50亿, 总投资为1.2亿: an amount of money whose currency is not written (unit null)
        return sc.finish(bare_candidate(r, r.p, r.p, r.value, None, None, kind="money"))
    if measure is None and not scaled:
        return None
    # the noun's measure is the figure's unit (求诊人次为36.2万: 人次; 投诉宗数为812: 宗), or the
    # measure of the part before it in a list of parts (…人次為632.7萬；本地居民為411.5萬)
    entry = doc.rules.units.get(measure) if measure is not None else None
    if measure is None and (parallel := numbers_measure.parallel_measure(sc, r)) is not None:
        measure, entry = parallel
    cand = bare_candidate(r, r.p, r.p, r.value, measure, entry, kind="count")
    if measure is not None:
        cand.extra[numbers_measure.NOUN_MEASURE] = True
    return sc.finish(cand)


def _count_noun_right_before(sc: Scanner, r: Reading) -> Candidate | None:
    """全市常住人口103万。, 出入境人次212.5萬，: a noun that names a head count (人口) or its own
    measure (人次, 户数) written right before a number with a scale that ends its clause, no verb
    between: a count, as after 为 (unit the noun's measure, else null)."""
    doc, norm = sc.doc, sc.doc.norm
    if not _SCALED.search(norm, r.a, r.p) or norm[r.start - 1 : r.start] in ("、", "和", "与"):
        return None
    measure = names_its_measure(doc, r.start)
    if measure is None and not norm.endswith(_HEAD_COUNTS, 0, r.start):
        return None
    entry = doc.rules.units.get(measure) if measure is not None else None
    return sc.finish(bare_candidate(r, r.p, r.p, r.value, measure, entry, kind="count"))


def shared_unit(sc: Scanner, r: Reading) -> Candidate | None:
    """分别有120、45和18所, 分别增长3.1、6.2和5.8%: numbers in a list (、和及与) that 分别 hands out
    share the unit, and the scale, written after the last one; the surface is the number alone."""
    doc, norm = sc.doc, sc.doc.norm
    cs, _ = doc.clause(r.a)
    if r.p != r.b or "分别" not in norm[cs : r.a] or ORDINAL_LIST.search(norm, max(0, r.a - 16), r.a):
        return None  # only a list 分别 hands out (每周3、4次 is three or four); 第1、2、3名 are ordinals
    if (listed := numbers_measure.unwritten_list_measure(sc, r, cs, norm.rfind("分别", cs, r.a))) is not None:
        return listed  # 分別約為182萬及145萬: no unit written after the list
    pos = r.b
    for _ in range(8):
        sep = _LIST_SEP.match(norm, pos)
        m = NUM_RE.match(norm, sep.end()) if sep is not None else None
        if m is None or read_number(doc, m) is None:
            return None
        pos = m.end()
        nxt = _LIST_SEP.match(norm, pos)
        if nxt is not None and NUM_RE.match(norm, nxt.end()):
            continue  # more of the list to come
        core2 = m.group(0)
        trailing = len(core2) - len(core2.rstrip(SCALES))
        hit = unit_after(doc, pos, trailing)
        if hit is None or hit[1] in _DATE_WORDS or (r.is_cn and getattr(hit[2], "needs_number", False)):
            return None
        give, unit, entry = hit
        at = pos - give  # where the shared unit is written
        inner = match_unit(doc, pos + 1) if unit == "个" else None
        if inner is not None and isinstance(inner[1], UnitEntry) and not inner[1].needs_number:
            (unit, entry), at = inner, pos + 1  # 3.9、2.0、2.9个百分点: 个 is a measure word before the unit
        scale = core2[len(core2.rstrip(SCALES)) : len(core2) - give]
        factor = scale_value(scale) if scale and r.core == r.core.rstrip(SCALES) else Decimal(1)
        if factor is None:
            return None
        kind = kind_of(entry)
        per = per_unit_after(doc, at + len(unit))
        if per > at + len(unit):  # 10.8、12.5及17.9微克/立方公尺: the denominator is shared too
            unit = unit + norm[at + len(unit) : per]
            kind = kind if kind == "money" else "other"
        return sc.finish(bare_candidate(r, at, r.b, r.value * factor, unit, entry, kind=kind))
    return None


def bare_count(sc: Scanner, r: Reading) -> Candidate | None:
    """30万黄河滩区居民, 930多万商户, 6.8亿用户: a number with a scale, then a noun with no
    measure word between (the GUIDE's gold counts them; the unit is null)."""
    norm = sc.doc.norm
    compound = numbers_measure.compound_unit(sc, r)  # 3.5萬延人次: a unit in no list, not a noun
    if compound is not None:
        return compound
    if _counted_noun(sc, r):
        cand = bare_candidate(r, r.p, r.p, r.value, None, None, kind="count")
        cand.extra["noun_follows"] = True
        return sc.finish(cand)
    if not _SCALED.search(norm, r.a, r.p) or not ("\u4e00" <= norm[r.p : r.p + 1] <= "\u9fff"):
        return None
    toks = pos_tag(norm[r.p : r.p + 6])
    if (
        not toks
        or not toks[0][1].startswith(("n", "j"))
        or toks[0][1] == "nr"
        or toks[0][0] in sc.doc.rules.stop
    ):
        return None
    if sc.doc.is_blocked(r.a, r.p + len(toks[0][0])):
        return None
    cand = bare_candidate(r, r.p, r.p, r.value, None, None, kind="count")
    cand.extra["noun_follows"] = True
    return sc.finish(cand)


def relative_count(sc: Scanner, r: Reading) -> Candidate | None:
    """多达30万在香港持有…的人, 约5万在港就读的内地学生: after a verb or bound of counting (有, 达,
    约, 为), a number with a scale, then a relative clause (a preposition or verb first) and 的 and
    the counted noun, in one clause; unit null, as 30万居民. An amount spent (投入3000万在…的厂房)
    or a clause about money (…的资金) is left out: its currency is not written."""
    doc, norm = sc.doc, sc.doc.norm
    if not _SCALED.search(norm, r.a, r.p) or not ("\u4e00" <= norm[r.p : r.p + 1] <= "\u9fff"):
        return None
    _, ce = doc.clause(r.p)
    rest = norm[r.p : min(ce, r.p + 40)]
    de = rest.find("的")
    if de < 2:
        return None
    toks = pos_tag(rest)
    if not toks or toks[0][1] not in ("p", "v"):
        return None
    head = pos_tag(rest[de + 1 : de + 7])
    if not head or not head[0][1].startswith("n") or head[0][1] == "nr":
        return None
    cs, _ = doc.clause(r.a)
    if not _COUNT_LEAD.search(norm[cs : r.start]):
        return None  # 投入3000万在村里建设的厂房: an amount spent, not a count
    clause = norm[cs : r.start] + rest[de + 1 :]
    if any(w in clause for w in doc.rules.money_cues):
        return None
    return sc.finish(bare_candidate(r, r.p, r.p, r.value, None, None, kind="count"))


#: what may stand right before a count of places with no measure word: a list's 等 (高雄市等5縣市), a
#: verb of having (辖3区, 共有12县市), a whole (全省13市, 全国31省区市), a determiner (其余三市, 邻近的
#: 两省) or the last name of a list (河南、山东两省)
_PLACES_LEAD = re.compile(r"(?:等|辖|有|共|计|全[国省市州县区]|的|其余|其他|上述|[、和与及][^\W\d_]{2,5})$")
#: adverbs that may follow a count of places at once (两省分别, 三市均): the tier ends there
_AFTER_PLACES = ("分别", "分別", "均", "各", "都", "共")


def place_count(sc: Scanner, r: Reading) -> Candidate | None:
    """高雄市等5縣市, 朝阳、海淀等3区, 全省13市, 全国31省区市: a whole number right before one to three
    tiers of government (``tier_names`` of one character, perhaps more in brackets: 县（市、区）) counts
    places, the tiers its unit, after a list's 等, a verb of having or a whole; not when the tier
    begins a word (等3市场, 有5村民)."""
    doc, norm = sc.doc, sc.doc.norm
    m = doc.rules.place_measure.match(norm, r.p) if r.p == r.b else None
    if m is None:
        return None  # the cheap test first: no tier of government right after the number
    if r.value != r.value.to_integral_value() or not 0 < r.value < 1000:
        return None
    if not _PLACES_LEAD.search(norm, max(0, r.start - 6), r.start):
        return None
    pair = norm[m.end() - 1 : m.end() + 1]
    if len(pair) == 2 and word_tag(pair) is not None and not norm.startswith(_AFTER_PLACES, m.end()):
        return None  # 等3市场, 有5村民: the tier begins a word
    # 等4省（区）: the tier is the unit (省), the tiers with their brackets what is counted
    tier = re.sub(r"[（(].*", "", m.group())
    cand = bare_candidate(r, r.p, m.end(), r.value, tier, None, kind="count")
    cand.extra["places"] = m.group()
    return sc.finish(cand)


def _counted_noun(sc: Scanner, r: Reading) -> bool:
    """全县有11乡镇, 共有12街道办事处、85社区居委会: a whole Arabic number right before a noun a
    bulletin counts without a measure word, after a verb of having (有, 辖, 设) or in a list."""
    norm = sc.doc.norm
    if r.is_cn or r.p != r.b or r.start != r.a or not norm[r.a : r.b].isdigit() or r.value >= 10000:
        return False
    if not norm.startswith(sc.doc.rules.counted_nouns, r.p):
        return False
    return norm[r.a - 1 : r.a] in _HAVING


def unknown_unit(sc: Scanner, r: Reading) -> Candidate | None:
    """A measure word or unit in no list: a fact of kind other with the word as its unit (jieba
    tags it a measure word, or Latin letters that read as a unit: 4800PFlops), with a warning."""
    norm, p = sc.doc.norm, r.p
    ch = norm[p : p + 1]
    if (single := numbers_measure.one_character_unit(sc, r)) is not None:
        return single  # 销售彩票12万注: one character ending the clause after a scaled figure
    if "\u4e00" <= ch <= "\u9fff" and ch not in _NOT_UNIT and not r.is_cn:
        toks = pos_tag(ch)
        if toks and toks[0][1] == "q":
            sc.warn(f"unit {ch!r} after {norm[r.a : p]} is in no list: read as kind other")
            return sc.finish(bare_candidate(r, p, p + 1, r.value, ch, None, kind="other"))
    return numbers_measure.latin_unit(sc, r)  # 4800PFlops, 3.5mAh: letters in no list


def pure_measure(sc: Scanner, r: Reading) -> Candidate | None:
    """综合指数为4.21, 景气指数为52.4, 城乡居民收入比由上年的2.06缩小至2.02: the value of an index
    or a ratio, a number with no unit: a fact of kind other."""
    doc, norm, p = sc.doc, sc.doc.norm, r.p
    if r.is_cn or r.hint == "ordinal" or norm[p : p + 1] in _BARE_NOT_AFTER:
        return None
    cs, _ = doc.clause(r.a)
    named = PURE_MEASURE.search(norm, max(cs, r.start - 32), r.start) is not None
    named = named or level_of_a_measure_before(doc, cs, r.start)
    old_to_new = PURE_MEASURE_HEAD.search(norm, cs, r.start) and OLD_TO_NEW.search(norm, cs, r.start)
    if not named and not old_to_new and not changed_by(doc, cs, r.start, r.a):
        return None
    if PURE_MEASURE_AFTER.match(norm, p) is None and doc.rules.change_to.match(norm, p) is None:
        return None  # 指数由98.5升至101.2: the old level before a verb of change to the new one stays
    if _inside_a_time(doc, r):
        return None
    return sc.finish(bare_candidate(r, p, p, r.value, None, None, kind="other"))


def _inside_a_time(doc: ArticleText, r: Reading) -> bool:
    """Whether the number is part of a time expression (2023年, 6月30日)."""
    k = bisect_right(doc.time_starts, r.p - 1)
    return any(r.a < t.end for t in doc.times[max(0, k - 4) : k])


def bare(sc: Scanner, r: Reading) -> Candidate | None:
    """A number with no unit, kept only when reading quantities (``Scanner.bare``): not a date,
    time, code, phone number or id, and not a lone Chinese digit inside a word."""
    if not sc.bare:
        return None
    norm, p, doc = sc.doc.norm, r.p, sc.doc
    if norm[p : p + 1] in _BARE_NOT_AFTER or norm[r.start - 1 : r.start] in ("〔", "[", "【"):
        return None
    if norm[p : p + 1].isascii() and norm[p : p + 1].isalpha():
        return None
    if norm[r.a - 1 : r.a] in (":", "：") and norm[r.a - 2 : r.a - 1].isdigit():
        return None  # 07:55: the minutes of a time of day
    if _inside_a_time(doc, r):
        return None
    digits = norm[r.a : r.b]
    if not r.is_cn and len(digits) >= 6 and digits.isdigit():
        return None  # a phone number, a postcode or an id
    if norm.startswith("大", p) and r.value > 10:
        return None  # 十九大: a party congress
    if r.hint == "ordinal":
        return None
    rng = ranges.bare(doc, r.value, r.core, p)
    if rng is not None:
        cand = bare_candidate(r, rng[2], rng[2], r.value, None, None, kind="number")
        cand.value, cand.low, cand.high = None, rng[0], rng[1]
        return sc.finish(cand)
    if r.is_cn and len(r.core) == 1:
        near = norm[r.start - 1 : r.start] + norm[p : p + 1]
        if any("\u4e00" <= ch <= "\u9fff" for ch in near):
            return None
    return sc.finish(bare_candidate(r, p, p, r.value, None, None, kind="number"))


def bare_candidate(
    r: Reading, unit_start: int, end: int, value: Decimal, unit: str | None, entry: Entry | None, kind: str
) -> Candidate:
    """The candidate of reading ``r`` with the unit this module (or :mod:`.points`) found for it."""
    return Candidate(
        r.start, end, r.a, r.b, value, unit=unit, kind=kind or (kind_of(entry) if entry else "other"),
        entry=entry, qualifier=r.qualifier, unit_start=unit_start,
    )  # fmt: skip
