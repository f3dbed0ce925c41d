"""Ranges: A至B, A到B, A-B, A~B, A—B with the scale and unit applied to both ends (四到五万 ->
40000-50000, 10-15万元, 15%至20%, 2万(含)-8万元), and adjacent numerals (七八亿, 五六十个, 六七成,
十七八万, 一两个), which are an approximate range."""

from __future__ import annotations

import re
from decimal import Decimal

from ..rules.patterns import MeasureWord, UnitEntry
from . import shares
from .candidate import Candidate
from .context import ArticleText
from .denominators import per_unit_after
from .numerals import NumberFormatError, parse_number, scale_value
from .spoken import where_a_count_stands
from .tagging import word_tag
from .text import NUM_RE, RANGE_SEP, SCALES
from .units import Entry, duration_tail, ends_with, kind_of, match_unit, read_number, unit_after

#: two neighbouring digits, after a numeral's higher places (十 for the teens, 二十, 一千, 三万), before an
#: optional place: 七八亿, 十七八万, 二十七八, 一千二三百, 三万七八千
_ADJACENT = re.compile(
    r"((?:[一两二三四五六七八九]?[十百千万亿])*)([一两二三四五六七八九])([两二三四五六七八九])([十百千]?[万亿]?|[十百千])"
)
#: the pairs of no neighbours that still say a few (三五个, 三两天): never a share before 成 (三五成群)
_FEW = ("三五", "三两")
_ORDER = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def second_end(doc: ArticleText, pos: int, mark: str = "") -> tuple[Decimal, int, int, str] | None:
    """The far end of a range whose separator starts at ``pos``: (value, core start, core end,
    core text), or None when no separator and number follow; the currency ``mark`` of the near end
    may stand again before it ($20-$40, HK$1,000至HK$3,000)."""
    m_sep = RANGE_SEP.match(doc.norm, pos)
    if not m_sep:
        return None
    at = m_sep.end() + (len(mark) if mark and doc.norm.startswith(mark, m_sep.end()) else 0)
    share = doc.norm.startswith("百分之", at)
    m2 = NUM_RE.match(doc.norm, at + (3 if share else 0))
    if m2 is None:
        return None
    read2 = read_number(doc, m2)
    if read2 is None:
        return None
    return read2[0], m2.start(), m2.end(), m2.group(0)


def to_unit(
    doc: ArticleText, value: Decimal, core: str, p: int, mark: str = ""
) -> tuple[Decimal, Decimal, int, int, str, Entry] | None:
    """3至5年, 10-15万元, 四到五万人: a number without a unit at ``p``, a range mark, a number
    with one (perhaps after the near end's currency ``mark`` again: 人民币1万至人民币5万元). Returns
    (low, high, end of the second core, unit start, unit, entry); the second end's scale applies to
    the first when the first has none."""
    found = _range(doc, value, core, p, need_unit=True, mark=mark)
    if found is None:
        return None
    low, high, num_end, unit_start, unit, entry = found
    if unit is None or entry is None:
        return None
    return low, high, num_end, unit_start, unit, entry


def bare(
    doc: ArticleText, value: Decimal, core: str, p: int, mark: str = ""
) -> tuple[Decimal, Decimal, int] | None:
    """四到五万, 3-5: a range of numbers with no unit (for reading quantities): (low, high, end);
    ``mark`` is a currency written before each end ($20-$40)."""
    found = _range(doc, value, core, p, need_unit=False, mark=mark)
    if found is None or found[4] is not None:
        return None
    return found[0], found[1], found[2]


def _range(
    doc: ArticleText, value: Decimal, core: str, p: int, need_unit: bool, mark: str = ""
) -> tuple[Decimal, Decimal, int, int, str | None, Entry | None] | None:
    end2 = second_end(doc, p, mark)
    if end2 is None:
        return None
    high, _, e2, core2 = end2
    trailing = len(core2) - len(core2.rstrip(SCALES))
    hit = unit_after(doc, e2, trailing)
    give, unit, entry = (0, "", None) if hit is None else hit
    if hit is None and (need_unit or high <= value):
        return None
    try:
        if give:
            high = parse_number(core2[: len(core2) - give])
    except NumberFormatError:
        return None
    low = value
    scale2 = core2[len(core2.rstrip(SCALES)) : len(core2) - give] if trailing else ""
    if scale2 and core == core.rstrip(SCALES):
        factor = scale_value(scale2)
        if factor is None:
            return None
        # 2至5万 -> 20000; 5,000至60萬 -> 5000: a first end the scale would lift past the second is
        # written in full already
        low = value * factor if value * factor <= high else value
    if unit == "年" and (low >= 1000 or high >= 1000):
        return None
    unit_start = e2 - give
    inner = match_unit(doc, e2 + 1) if unit == "个" and not give else None
    if inner is not None and isinstance(inner[1], UnitEntry) and not inner[1].needs_number:
        unit, entry, unit_start = inner[0], inner[1], e2 + 1  # 三到五个百分点: 个 is a measure word
    denominator = per_unit_after(doc, unit_start + len(unit)) if unit else unit_start
    if unit and denominator > unit_start + len(unit):
        unit = doc.norm[unit_start:denominator]  # 3000-5000元/月: the denominator stays in the unit
    return low, high, e2 - give, unit_start, unit or None, entry


def cheng_range(doc: ArticleText, value: Decimal, p: int, is_cn: bool) -> tuple[Decimal, Decimal, int] | None:
    """三至五成, 3-5成, 6至8折: a range of tenths (of a share, or of a price), in percent (30-50):
    (low, high, end), or None."""
    end2 = second_end(doc, p) if value <= 10 else None
    share = None
    if end2 is not None:
        share = shares.cheng(doc.norm, end2[2], end2[0], is_cn) or shares.discount(doc.norm, end2[2], end2[0])
    if end2 is None or share is None or end2[0] <= value:
        return None
    return value * 10, share[1], share[0]


def adjacent(core: str) -> tuple[Decimal, Decimal] | None:
    """Adjacent numerals as a range: 七八亿 -> 7亿-8亿, 五六十 -> 50-60, 十七八 -> 17-18, 一两 -> 1-2,
    二十七八 -> 27-28, 一千二三百 -> 1200-1300: each end is the number written with one of the two.

    The two digits must be neighbours (七八, not 七九): anything else is not a number, but for 三五
    (three to five) and 三两 (two or three).
    """
    m = _ADJACENT.fullmatch(core)
    if m is None:
        return None
    head, d1, d2, place = m.groups()
    if core == "三两":
        return Decimal(2), Decimal(3)  # 三两个, 三两天: two or three, written high to low
    if _ORDER[d2] != _ORDER[d1] + 1 and core != "三五":
        return None  # 三五 alone (三五个, 三五天) is the one pair of no neighbours: three to five
    try:
        # 十七八百, 三百四五千: the places must fall, as in any number
        return parse_number(head + d1 + place), parse_number(head + d2 + place)
    except NumberFormatError:
        return None


def _three_ends_a_word(doc: ArticleText, a: int) -> bool:
    """Whether the 三 of 三两 at ``a`` ends a word: with the letter before it a word of the dictionary
    (张三, 初三, 高三, 周三), or after a letter that leads no count (週三, 阿三, 老三); not after a mark,
    the text's start, or a count's lead (只剩三两个, 来了三两个)."""
    norm = doc.norm
    prev = norm[a - 1]
    if not "\u4e00" <= prev <= "\u9fff":
        return False
    words = doc.rules.words.figures
    return word_tag(norm[a - 1 : a + 1]) is not None or not where_a_count_stands(norm, a, words)


def adjacent_candidate(doc: ArticleText, m: re.Match[str]) -> Candidate | None:
    """七八亿元, 二三十个, 六七成, 一两个: adjacent numerals before a unit, an approximate range."""
    norm, a, b = doc.norm, m.start(), m.end()
    two = re.fullmatch("[一二三四五六七八九][一二三四五六七八九]", m.group(0))
    if two is not None and shares.discount(norm, b, Decimal(1)) is not None:
        digits = parse_number(m.group(0)[0]) * 10 + parse_number(m.group(0)[1])
        return Candidate(a, b + 1, a, b, digits, unit="%", kind="percent", unit_start=b)  # 八五折
    found = adjacent(m.group(0))
    if found is None or doc.is_blocked(m.start(), m.end()):
        return None
    low, high = found
    if a and norm[a - 1] in "第这那每其前后":
        return None
    if m.group(0) in ("三两", "三兩") and a and _three_ends_a_word(doc, a):
        return None  # 张三两个孩子, 初三两个班, 周三两场比赛: 三 ends a name or a word, 两 counts
    share = shares.cheng(norm, b, high, True) if high <= 10 and m.group(0) not in _FEW else None  # 三五成群
    if share is not None:
        return Candidate(
            a, b + 1, a, b, None, low=low * 10, high=high * 10, unit="%", kind="percent",
            qualifier="approx", unit_start=b,
        )  # fmt: skip
    if (part := shares.share_prefix(norm, a)) is not None:  # 百分之七八十: a range of percents
        return Candidate(
            a - part[0], b, a, b, None, low=low * part[1], high=high * part[1], unit="%",
            kind="percent", qualifier="approx", unit_start=b,
        )  # fmt: skip
    hit = unit_after(doc, b, 0)
    if hit is None:
        return None
    _, unit, entry = hit
    if isinstance(entry, (UnitEntry, MeasureWord)) and entry.needs_number:
        return None
    if m.group(0) == "三两" and (not isinstance(entry, MeasureWord) and kind_of(entry) != "duration"):
        return None  # 三两米饭: three 两 (a weight) before a noun; only a counted thing or days
    if unit == "年" and norm.startswith("代", b + 1):
        return None  # 八九十年代: decades, a time
    if unit == "年" and not re.search("[十百千]", m.group(0)) and not duration_tail(doc, b + 1):
        return None  # 一九年: a year; 用两三年时间, 三五年的时间 are lengths
    return Candidate(
        a, b + len(unit), a, b, None, low=low, high=high, unit=unit, kind=kind_of(entry), entry=entry,
        qualifier="approx", unit_start=b,
    )  # fmt: skip


#: A以上B以下 (处新台币1,200元以上6,000元以下罚锾, 处5000元以上3万元以下罚款, 年满16周岁以上60周岁以下):
#: a lower and an upper bound of one unit, one range
_LOWER_BOUND = re.compile(r"(?:[(（]含[)）])?以上")
_UPPER_BOUND = re.compile(r"(?:[(（]含[)）])?以下")


def _past_a_lower_bound(doc: ArticleText, pos: int) -> tuple[Decimal, int, int, str] | None:
    """The upper end after A以上 (as :func:`second_end` reads one after a range mark), or None."""
    m = _LOWER_BOUND.match(doc.norm, pos)
    m2 = NUM_RE.match(doc.norm, m.end()) if m is not None else None
    read2 = read_number(doc, m2) if m2 is not None else None
    if m2 is None or read2 is None:
        return None
    return read2[0], m2.start(), m2.end(), m2.group(0)


def after_unit(doc: ArticleText, cand: Candidate, unit: str, per: str) -> None:
    """15%至20%, 10万元至15万元, 8000元/平方米至1万元/平方米: a range whose first number carries its unit
    (``unit``) and perhaps a denominator (``per``, as written after the unit): where the second number
    carries the same, ``cand`` becomes the range; so does A以上B以下 in one unit (1,200元以上6,000元以下)."""
    if _from_level_by_one_character(doc, cand, unit, per):
        return
    end2 = second_end(doc, cand.end)
    bounded = end2 is None and doc.norm.startswith(("以上", "（含）以上", "(含)以上"), cand.end)
    if bounded:
        end2 = _past_a_lower_bound(doc, cand.end)
    if end2 is None:
        return
    high, _, e2, core2 = end2
    trailing = len(core2) - len(core2.rstrip(SCALES))
    hit2 = unit_after(doc, e2, trailing)
    if hit2 is None or hit2[1] != unit:
        return
    at = e2 - hit2[0] + len(unit)
    if not doc.norm.startswith(per, at) or per_unit_after(doc, at) != at + len(per):
        return  # 8元/吨至9元: the second end is in another measure
    if hit2[0]:
        try:
            high = parse_number(core2[: len(core2) - hit2[0]])
        except NumberFormatError:
            return
    if cand.value is not None and 0 < cand.value * _SIZE_THEN_LEVEL < high and _changed_by(doc, cand.start):
        return  # 均价每平方米下跌约300元至2.1万元: a change's size, then the level it reaches
    upper = _UPPER_BOUND.match(doc.norm, at + len(per)) if bounded else None
    if bounded and (upper is None or cand.value is None or high <= cand.value):
        return  # 1000元以上2000元的: no upper bound, two figures
    cand.low, cand.high, cand.value = cand.value, high, None
    cand.end, cand.unit_start = at + len(per), e2 - hit2[0]
    if upper is not None:
        cand.extra["both_bounds"] = True  # its 以下 is the range's upper bound, no bound of it (at_most)


#: 由 or 从 opening the old level of a change, a few words before it (由上年的50升至100升)
_FROM = re.compile(r"(?:由|从|從)[^，,。；;0-9]{0,8}$")
#: the range marks a one-character unit makes a verb of change with (升至, 升到, 升为)
_TO_MARKS = frozenset("至到为為")


def _from_level_by_one_character(doc: ArticleText, cand: Candidate, unit: str, per: str) -> bool:
    """用水量由50升至100升: after 由, a one-character unit that opens a verb of change with the range
    mark (升至) is read as that verb, a change from one level to the next (two figures, as 由3.2米升至4.5米);
    without 由 (容量50升至100升不等) the range stands."""
    if len(unit) != 1 or per or doc.norm[cand.end : cand.end + 1] not in _TO_MARKS:
        return False  # the cheap test first: most units are not followed by 至, 到 or 为
    if not doc.rules.change_to.match(doc.norm, cand.end - 1):
        return False
    return _FROM.search(doc.norm, max(0, cand.start - 9), cand.start) is not None


#: how many times the first end a second end after a change word must be to be the level the change
#: reaches, not a range's far end (下跌约300元至2.1万元; 增长5%至8% stays a range)
_SIZE_THEN_LEVEL = 10


def _changed_by(doc: ArticleText, start: int) -> bool:
    """Whether a change word stands right before the figure at ``start`` (下跌约300元, 增加0.4%)."""
    lead = doc.norm[max(0, start - 6) : start].rstrip("了约近逾")
    return ends_with(lead, doc.rules.changes) is not None
