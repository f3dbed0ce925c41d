"""The unit or measure word after a number, and what kind of quantity it makes."""

from __future__ import annotations

import re
from decimal import Decimal

from ..rules.patterns import MeasureWord, UnitEntry
from .context import ArticleText
from .numerals import NumberFormatError, parse_number
from .tagging import pos_tag, word_tag
from .unit_ends import first_of_two, opens_a_change, times_counted

Entry = UnitEntry | MeasureWord

#: spans of time a figure may be per besides the listed units (元/日, 每月2000元): after / in a
#: per-unit unit, and after 每 before the figure
PER_TIME = ("小时", "分钟", "秒钟", "季度", "年", "月", "日", "天", "周", "时", "秒", "h", "d", "s")


#: the tags of a dictionary word that a one-character unit written only after digits (方, 度, 晚)
#: opens with the character after it (方面, 方案, 方式): a noun, not a unit
_WORD_OPENED = frozenset({"n", "vn", "nz", "an"})
#: what may follow 次之: the end or a clause mark (written out: mypyc takes no starred item here)
_CLAUSE_ENDS = ("", "，", "。", "；", "、", ",", ";")


def alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


#: per units table (by identity: the rulebook's lives as long as the process): the table, and for
#: each first character the lengths of the units that begin with it, longest first
_LENGTHS: dict[int, tuple[dict[str, Entry], dict[str, tuple[int, ...]]]] = {}


def _lengths_by_first(units: dict[str, Entry]) -> dict[str, tuple[int, ...]]:
    got = _LENGTHS.get(id(units))
    if got is None or got[0] is not units:
        by_first: dict[str, set[int]] = {}
        for word in units:
            by_first.setdefault(word[:1], set()).add(len(word))
        lengths = {f: tuple(sorted(ns, reverse=True)) for f, ns in by_first.items()}
        got = _LENGTHS[id(units)] = (units, lengths)
    return got[1]


def match_unit(doc: ArticleText, pos: int) -> tuple[str, Entry] | None:
    """The longest listed unit or measure word at ``pos``; a Latin unit (km, MW) only where no
    letter or digit goes on after it (5km, not 5kmh). Only the lengths of the units that begin
    with the character at ``pos`` are tried."""
    norm = doc.norm
    units = doc.rules.units
    lengths = _lengths_by_first(units).get(norm[pos : pos + 1])
    if lengths is None:
        return None
    for n in lengths:
        word = norm[pos : pos + n]
        entry = units.get(word)
        if entry is not None and len(word) == n:
            if word[-1] < "\x80" and alnum(word[-1]) and alnum(norm[pos + n : pos + n + 1] or " "):
                continue  # 5kmh: a Latin unit runs on into letters
            return word, entry
    return None


def names_its_measure(doc: ArticleText, end: int) -> str | None:
    """The measure the noun ending at ``end`` ends in, so that a bare number after it counts in
    it: a measure with 次 (求诊人次, 航班架次, 借阅册次: the whole word) or a measure word and 数
    (人数, 户数, 宗数: the measure word); None for any other noun."""
    norm = doc.norm
    for k in (3, 2):
        hit = match_unit(doc, end - k) if end >= k else None
        if hit is None or kind_of(hit[1]) != "count":
            continue
        close = end - k + len(hit[0])
        if close == end and hit[0].endswith("次"):
            return hit[0]
        if close == end - 1 and norm[close] in "数次":
            return hit[0] + ("次" if norm[close] == "次" else "")
    return None


def read_number(doc: ArticleText, m: re.Match[str]) -> tuple[Decimal, int, int, bool] | None:
    """Value, start, end of the number core and whether it is written in Chinese numerals."""
    try:
        value = parse_number(m.group(0))
    except NumberFormatError:
        return None
    return value, m.start(), m.end(), m.group("ar") is None


def unit_after(doc: ArticleText, core_end: int, scale_chars: int) -> tuple[int, str, Entry] | None:
    """The unit after a number, giving back trailing scale characters when that finds a
    longer unit (5千米 is 5 km, not 5000 m; 30万千瓦 is 30万 kW)."""
    best: tuple[int, str, Entry] | None = None
    for give in range(0, scale_chars + 1):
        hit = match_unit(doc, core_end - give)
        if hit and (best is None or len(hit[0]) > len(best[1])):
            best = (give, hit[0], hit[1])
    if best is not None and best[1][-1:] == "次" and len(best[1]) > 1:
        close = core_end - best[0] + len(best[1])
        # 北區15萬6,033人次之，: 人, then 次之 (comes next); 5万人次之多 keeps 人次
        if doc.norm[close : close + 1] == "之" and doc.norm[close + 1 : close + 2] in _CLAUSE_ENDS:
            shorter = doc.rules.units.get(best[1][:-1])
            best = (best[0], best[1][:-1], shorter) if shorter is not None else None
    if best is not None and len(best[1]) == 2 and isinstance(best[2], MeasureWord):
        best = first_of_two(doc, core_end, best)
    entry = best[2] if best is not None else None
    opens = isinstance(entry, UnitEntry) or (isinstance(entry, MeasureWord) and entry.head_noun)
    if best is not None and opens and best[2].needs_number:
        last = core_end - best[0] + len(best[1]) - 1  # the unit's last character (3标方案: 方)
        pair = doc.norm[last : last + 2]
        if (len(best[1]) == 1 or len(pair) == 2) and word_tag(pair) in _WORD_OPENED:
            return None  # 2.0方面, 3.0方案, 3校区, 3标方案: the word opens a noun, it measures nothing
        if isinstance(entry, UnitEntry) and opens_a_change(doc, last, best[1]):
            return None  # 指数由98.5升至101.2: 升 opens a verb of change (升至), no litre
    if isinstance(entry, MeasureWord) and best is not None:
        return times_counted(doc.norm, core_end, best)
    return best


#: the number of a denominator written out (每50公斤, 每1.5万元, 每百人)
_DENOMINATOR_COUNT = re.compile(r"(?:[0-9]+(?:\.[0-9]+)?[十百千万亿]?|[十百千万])(?=[^0-9.])")


def per_unit_before(doc: ArticleText, pos: int) -> tuple[int, str] | None:
    """每 and a unit of measure or of goods right before the number at ``pos`` (每平方米1.52万元,
    每公斤28元, 每桶78.5美元): where 每 stands and the denominator, or None. A time (每月2000元)
    or a person or household (每人500元, 每户) says how often or to whom, not what the figure is per."""
    norm = doc.norm
    at = norm.rfind("每", max(0, pos - 9), pos)
    if at < 0:
        return None
    word = norm[at + 1 : pos]
    # 每50公斤129元, 每100克含3.2克: a quantity as the denominator (元/50公斤)
    counted = _DENOMINATOR_COUNT.match(word)
    entry = doc.rules.units.get(word[counted.end() :] if counted is not None else word)
    if counted is None and pos - at > 5:
        return None
    if isinstance(entry, UnitEntry) and entry.kind not in ("duration", "percent", "percentage_point"):
        return at, word
    # 每人, 每次: whom or how often (words.toml not_per_words), no unit of a rate
    if isinstance(entry, MeasureWord) and not entry.names_thing and word not in doc.rules.words.not_per:
        return at, word
    return None


#: kinds of a unit of measure that, after 每, make a count a density (每平方公里9,575人)
_DENSITY_PER = ("area", "length", "volume", "mass")


def rate_before(doc: ArticleText, pos: int, kind: str, per_kinds: tuple[str, ...]) -> tuple[int, str] | None:
    """The 每 and denominator before a figure of ``kind`` at ``pos`` that make it a rate: any of
    :func:`per_unit_before` for an amount of ``per_kinds`` (每公斤28元); for a count, a unit of
    measure only (人口密度為每平方公里9,575人: 人/平方公里; 每户3人 counts the people of a household)."""
    if kind in per_kinds:
        return per_unit_before(doc, pos)
    if kind != "count" or "每" not in doc.norm[max(0, pos - 9) : pos]:
        return None
    written = per_unit_before(doc, pos)
    entry = doc.rules.units.get(written[1]) if written is not None else None
    return written if isinstance(entry, UnitEntry) and entry.kind in _DENSITY_PER else None


def degrees_meant(doc: ArticleText, a: int) -> bool:
    """Whether 度 after the number at ``a`` is degrees of heat or angle (最高气温35度, 坡度25度): a
    degree cue in the clause before it and no 电 (用电量120万度 is kilowatt hours); else a degree
    cue in its sentence (攝氏24.8度，較正常值高0.9度) and no 电 there; else, its sentence naming
    neither, a page that speaks of temperatures and never of electricity (a weather review)."""
    cs, _ = doc.clause(a)
    norm, cues = doc.norm, doc.rules.degree_cues
    before = norm[cs:a]
    if "电" in before:
        return False
    if any(w in before for w in cues):
        return True
    ss, se = doc.sentence(a)
    sentence = norm[ss:se]
    if "电" in sentence:
        return False
    if any(w in sentence for w in cues):
        return True
    return doc.kept("temperature page", None, lambda: _speaks_of_temperatures(doc))


def _speaks_of_temperatures(doc: ArticleText) -> bool:
    """A page naming a temperature or an angle (气温, 摄氏, 坡度) and no word of electricity
    (``energy_cues``): asked once a page, only when a 度 has no cue in its sentence."""
    norm = doc.norm
    return any(w in norm for w in doc.rules.degree_cues) and not any(w in norm for w in doc.rules.energy_cues)


def duration_tail(doc: ArticleText, unit_end: int) -> bool:
    """Whether a word of time's length follows N年 at ``unit_end`` (五年时间里, 两千多年历史), also
    past a 年 the page doubles (五千多年年文明史): ``duration_tails`` in units.toml."""
    tails, norm = doc.rules.duration_tails, doc.norm
    doubled = norm.startswith("年", unit_end) and norm.startswith(tails, unit_end + 1)
    bound = 2 if norm.startswith(("以上", "以下"), unit_end) else 0  # 十年以下有期徒刑
    return doubled or norm.startswith(tails, unit_end + bound)


def inside_word(norm: str, a: int, unit_end: int) -> bool:
    """Whether the numeral at ``a`` begins a word of jieba's dictionary that runs past its unit
    (五家渠市, 三十六计, 一门心思: a place name or an idiom) rather than being a number with a
    measure word. A dictionary lookup per length, not a tagging pass: it is asked often."""
    return any(word_tag(norm[a:k]) is not None for k in range(unit_end + 1, min(len(norm), a + 8) + 1))


def ends_word(norm: str, a: int) -> bool:
    """Whether the one-character numeral at ``a`` ends a word of jieba's dictionary that starts
    before it (统一, 唯一, 万一) rather than being a number; not after a two-character verb that is
    a word of its own (增长三倍, where jieba also knows 长三)."""
    if a == 0 or not ("\u4e00" <= norm[a - 1] <= "\u9fff"):
        return False
    if a >= 2 and word_tag(norm[a - 2 : a]) == "v":
        return False  # 增长三倍: the verb before is a word of its own (not 长三)
    return word_tag(norm[a - 1 : a + 1]) is not None or (a >= 2 and word_tag(norm[a - 2 : a + 1]) is not None)


#: measure words that, after a slash, make a rate of a count (3.2次/人, 1.5辆/户, 35个/家, 5名/村):
#: how often, or per whom; any other measure word after a count's slash is an alternative name
_PER_WHOM = frozenset("人户次家村")


def kind_with_denominator(doc: ArticleText, kind: str, unit_end: int, denominator: int) -> str:
    """The kind of a figure whose unit (ending at ``unit_end``) a denominator follows up to
    ``denominator``: money stays money (元/吨), any other a rate (other); but a count's measure
    word, a slash and another measure word that ends the unit (4.87万件/套, 200台/套) name what is
    counted two ways, a count; not a count per whom or per time (3.2次/人, 1.5辆/户, 35个/家,
    12张/千人, 5次/年)."""
    if kind == "money":
        return kind
    word = doc.norm[unit_end + 1 : denominator]
    entry = doc.rules.units.get(word)
    alternative = isinstance(entry, MeasureWord) and not entry.names_thing and word not in _PER_WHOM
    return "count" if kind == "count" and alternative else "other"


def kind_of(entry: Entry) -> str:
    """A unit's kind; a measure word makes a count."""
    return entry.kind if isinstance(entry, UnitEntry) else "count"


#: per word list given to :func:`ends_with` (by identity: the rulebook's tuples live as long as the
#: process): the list, each word's first place and tag, the words' lengths and last characters
_Endings = tuple[tuple[tuple[str, str], ...], dict[str, tuple[int, str]], tuple[int, ...], frozenset[str]]
_ENDINGS: dict[int, _Endings] = {}


def ends_with(text: str, words: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """The first of ``words`` (word, tag) that ``text`` ends with: a lookup of the text's last
    characters for each length of word, not a comparison with every word."""
    got = _ENDINGS.get(id(words))
    if got is None or got[0] is not words:
        index: dict[str, tuple[int, str]] = {}
        for i, (w, tag) in enumerate(words):
            index.setdefault(w, (i, tag))
        lasts = frozenset(w[-1] for w in index) if "" not in index else frozenset()  # "": no test
        got = _ENDINGS[id(words)] = (words, index, tuple(sorted({len(w) for w in index})), lasts)
    _, index, lengths, lasts = got
    if lasts and text[-1:] not in lasts:
        return None  # the cheap test first: no word ends with the text's last character
    best: tuple[int, str] | None = None
    best_word = ""
    for n in lengths:
        tail = text[len(text) - n :] if n <= len(text) else None
        hit = index.get(tail) if tail is not None else None
        if hit is not None and (best is None or hit[0] < best[0]):
            best, best_word = hit, tail or ""
    return (best_word, best[1]) if best is not None else None


def noun_at(norm: str, pos: int) -> bool:
    """Whether a common or verbal noun begins at ``pos`` (课程 after 5期“…”, 宣传手册 after 20份“…”)."""
    toks = pos_tag(norm[pos : pos + 6])
    return bool(toks) and toks[0][1].startswith(("n", "vn")) and toks[0][1] != "nr"


#: what joins the items of a list of figures (0.2个和1.5个百分点, 3个、5个和8个小时)
_LIST_JOIN = "和、及与"
#: the next item of such a list: a number in digits and its 个, the list's joiner or its unit after it
_NEXT_ITEM = re.compile(r"[0-9]+(?:\.[0-9]+)?个")


def unit_after_the_list(doc: ArticleText, end: int) -> tuple[str, UnitEntry] | None:
    """增速分别比上月末和上年同期低0.2个和1.5个百分点: a 个 ending at ``end`` right before 和 (或 、
    及 与) and a list whose last item writes 个 and a unit (百分点, 小时) is the measure word of that
    unit, written once after the last item: the unit, or None."""
    norm = doc.norm
    for _ in range(6):
        if norm[end : end + 1] not in _LIST_JOIN:
            return None
        m = _NEXT_ITEM.match(norm, end + 1)
        if m is None:
            return None
        inner = match_unit(doc, m.end())
        if inner is not None:
            entry = inner[1]
            return (inner[0], entry) if isinstance(entry, UnitEntry) and not entry.needs_number else None
        end = m.end()
    return None


#: 全 and a place right before a count of districts (全港18區, 全市16区, 全澳7區): the districts of
#: the whole place, though 3区 alone names an area
_WHOLE_PLACE = re.compile(r"全[\u4e00-\u9fff]{1,2}$")


def whole_place_before(norm: str, pos: int) -> bool:
    """Whether 全 and a place of one or two characters stand right before ``pos`` (全港, 全市)."""
    return _WHOLE_PLACE.search(norm, max(0, pos - 3), pos) is not None


def is_whole_place(word: str) -> bool:
    """Whether ``word`` is 全 and a place of one or two characters alone (全港, 全市, 全省): a scope,
    never what a figure with a noun of its own after 的 measures (全港約2 400公里的雨水排放渠道)."""
    return _WHOLE_PLACE.fullmatch(word) is not None


#: a verb of having, setting up or building (现有, 设有, 新建, 辖区) and a locative (位于, 在, 住): in
#: the clause before a place word and a number with an address unit, the first counts places, the
#: second locates an address
_HAVING_PLACES = re.compile(r"其中|有(?!限)|新建|建成|新增|设立|辖")
_LOCATIVE = "在于住位址"


def places_counted(doc: ArticleText, a: int) -> bool:
    """Whether the number at ``a``, after a place word and before an address unit (座, 栋, 组), counts
    places rather than numbering one: its clause states a part of a total (其中中心城区6座) or has a
    verb of having or building (新建口袋公园12座, 对辖区12座渡口) and no locative (安置在阳光花园3栋,
    位于1区9栋, 河东村6组村民 and a company's address after 有限公司 stay addresses); or the place word
    ends a word that names a kind of area, not a place (园区12栋标准厂房, 景区3座索道: ``area_words``)."""
    if doc.norm.endswith(doc.rules.words.area_words, 0, a):
        return True
    cs, _ = doc.clause(a)
    before = doc.norm[cs:a]
    if "\t" in before or any(ch in before for ch in _LOCATIVE):
        return False
    return _HAVING_PLACES.search(before) is not None


def one_added(norm: str, a: int) -> bool:
    """增設一個顧問辦事處, 新增一家上市公司, 新建一座污水处理厂: 一 and a measure word right after a verb of
    adding (增 or 新 and a verb: 增设, 新增, 新建, 增开) count one more, a figure; elsewhere 一个, 一家
    are no figures (这是一个好办法, 新的一年)."""
    return a >= 2 and norm[a - 2] in "增新" and word_tag(norm[a - 1]) == "v"


#: a unit of time a figure is per, right before it (每小时27680公里: the surface takes it in)
_PER_BEFORE = re.compile(r"每(小时|秒钟?|分钟|天|日|年)$")
#: a second, minute or hour a flow or speed is per, with a verb of doing between (每秒可排放約140立方米,
#: 每小時可處理約2,000立方米): a rate all the same, the surface the figure's own
_PER_BEFORE_VERB = re.compile(r"每(秒钟?|分钟|小时)[可能]?[\u4e00-\u9fff]{1,3}?(?:约|达|逾|近|最多|最高)?$")


def per_time_before(norm: str, start: int) -> tuple[str, int] | None:
    """The unit of time a figure at ``start`` is per (每小时, 每秒) and where its surface then starts, or
    None: right before the figure (每小时27680公里) or past a verb of doing (每秒可排放約140立方米)."""
    if "每" not in norm[max(0, start - 10) : start]:
        return None  # the cheap test first: most figures have no 每 before them
    per = _PER_BEFORE.search(norm, max(0, start - 4), start)
    if per is not None:
        return per.group(1), per.start()
    per = _PER_BEFORE_VERB.search(norm, max(0, start - 10), start)
    return (per.group(1), start) if per is not None else None


#: an age before a number of years (树龄约2300年, 楼龄逾50年)
_AGE_BEFORE = re.compile(r"龄(?:[约达逾近有为]|超过)?$")


def age_before(norm: str, pos: int) -> bool:
    """Whether an age stands right before the number at ``pos`` (树龄约2300年): its years say how old,
    never which year."""
    return _AGE_BEFORE.search(norm, max(0, pos - 5), pos) is not None
