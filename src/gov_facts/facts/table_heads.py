"""What a table's headers say of its numbers: the unit a column or row head names, the name without
it, what a header implies (单价 -> 元), the scale and unit of a unit text (万元, 亿千瓦时), and
whether a head names a period (1—10月, 113年) or an index (指數(110年=100))."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..rules.patterns import MeasureWord, UnitEntry
from .numerals import NumberFormatError, parse_number
from .rulebook import Rulebook
from .units import PER_TIME, Entry, kind_of

_HEADER_UNIT = re.compile(r"[（(]\s*(?:单位[:：]\s*)?([^（）()]{1,8}?)\s*[）)]\s*$|(%)$")


@dataclass(frozen=True)
class CellUnit:
    """What a header's unit text makes of a bare number: its scale, unit, entry and kind."""

    scale: Decimal
    unit: str
    entry: Entry
    kind: str


def header_unit(head: str) -> str | None:
    """The unit a column header names: 金额（万元） -> 万元, 比上年增长(%) -> %."""
    m = _HEADER_UNIT.search(head.strip())
    if m is None:
        return None
    return (m.group(1) or m.group(2) or "").strip() or None


def header_name(head: str) -> str:
    """A column header without its unit: 金额（万元） -> 金额."""
    return _HEADER_UNIT.sub("", head).strip()


def implied_unit(head: str, rules: Rulebook) -> str | None:
    """A header with no unit that still says what its numbers are (中标金额, 单价 -> 元)."""
    for word, unit in rules.header_units:
        if word in head:
            return unit
    return None


#: the characters of a scale before a unit (万吨, 亿千瓦时, 百万港元)
_SCALES = "十百千万亿"
#: a head that names a period, not a measure: a year, 民國 year, fiscal or school year, months,
#: a quarter or half, with or without 累计 (2023年, 1—10月, 1月至9月, 113年1-2月, 2024年第四季, 上半年,
#: 本月, 本年累计, 上年同期, 當月)
#: a year in Chinese numerals, as Hong Kong's and some mainland tables write it (二○二三年, 二〇二四年度)
_CN_YEAR = r"[〇○零一二三四五六七八九]{4}\s*(?:年度|年)"
_PERIOD_HEAD = re.compile(
    r"(?=.)(?:截至|截止|截至於|截至于)?(?:民[國国])?(?:[0-9]{2,4}\s*(?:[/／\-－–—]\s*[0-9]{2,4})?\s*(?:年度|学年|學年|年|財年|财年)"
    r"|(?:19|20)[0-9]{2}\s*[/／\-－–—]\s*[0-9]{2}(?![0-9])|[0-9]{4}"  # 2024-25: a financial year
    rf"|{_CN_YEAR})?"
    r"(?:[0-9]{1,2}\s*月?\s*(?:[-－–—~～至]\s*[0-9]{1,2})?\s*月份?|第?[一二三四1-4]季度?|[上下]半年|前[一二三1-3]季度?"
    r"|[一二三四五六七八九十]{1,3}月份?|年[中初底末])?"
    # a day after the month (截至9月30日, 截至二○二五年九月三十日: an as-of head)
    r"(?:(?<=月)\s*(?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?"
    r"(?:[本当當上今去同前](?:年|月|期|季度?)(?:同期)?)?(?:累计|累計|止|末|底)?"
)
#: a row label that names a year, a financial or a school year (2023年, 2022/2023, 2023-24年度) or
#: a cohort by its year (2023届, 2024級): the header names what its cells measure
YEAR_LABEL = re.compile(
    r"(?:19|20)[0-9]{2}(?:\s*[/／\-－—至]\s*(?:19|20)?[0-9]{2})?\s*(?:年|年度|学年度?|學年度?|届|屆|级|級)?"
    r"|(?:民[國国])?(?:[4-9][0-9]|1[0-4][0-9])\s*(?:年|年度|學年度?|学年度?)"  # 民國 years (112年, 113學年度)
    rf"|{_CN_YEAR}(?:[一二三四五六七八九十]{{1,3}}月)?[底末]?"  # 二○二三年十二月底, as Hong Kong's tables
)
#: the units of a bracket or a 单位 line that lists several (（2023年，元）, （含税，万元）, 单位：件；%)
_UNIT_LIST = re.compile(r"[、，,；;]")
#: an index's base written where a unit stands (指數(110年=100), 价格指数（上年=100）)
_INDEX_BASE = re.compile(r"=|＝")
#: the word that names an index, whose levels have no unit (居民消费价格指数, 物價指數)
_INDEX_WORDS = ("指数", "指數")


def names_period(head: str) -> bool:
    """Whether a column head, without its unit, names a period (1—10月, 113年, 本月, 累计): such a
    column says when, and the row head says what is measured."""
    name = header_name(head)
    return bool(name) and _PERIOD_HEAD.fullmatch(name) is not None


def without_period(head: str) -> str:
    """A column head without the period it opens with (2024年拨款 -> 拨款, 1-10月累计增长（%） ->
    增长（%））: the column says when, the rest says what; a head that is only a period, or opens
    with one written without figures (当年新增), stays."""
    m = _PERIOD_HEAD.match(head)
    if m is None or not any(ch.isdigit() for ch in m.group(0)) or not header_name(head[m.end() :]):
        return head  # 当年新增: a deictic period and a verb name the column together
    return head[m.end() :].lstrip()


def period_part(head: str) -> int:
    """How much of a column head names the period its cells are of: all of a head that is a period
    (2023年, 1-6月, 113年), the period a head opens with (2024年预算数, 1-10月累计增长（%）), else 0."""
    if names_period(head):
        return len(head)
    return len(head) - len(without_period(head).lstrip()) if without_period(head) != head else 0


def names_index(head: str, unit_text: str | None) -> bool:
    """Whether a column holds the levels of an index (unit null, kind other): its unit text is a
    base (110年=100) or it names an index and no unit."""
    if unit_text is not None:
        return _INDEX_BASE.search(unit_text) is not None
    return any(w in head for w in _INDEX_WORDS)


def _split_scale(unit_text: str, rules: Rulebook) -> tuple[str, str]:
    """A unit text cut into its scale and unit, the unit as long as the dictionary has it (亿千瓦时
    -> 亿 and 千瓦时, 万千瓦 -> 万 and 千瓦, 百分点 a unit of its own, 百万元 -> 百万 and 元)."""
    run = len(unit_text) - len(unit_text.lstrip(_SCALES))
    for i in range(run + 1):
        rest = unit_text[i:]
        if rest in rules.units or rest == "％":
            return unit_text[:i], rest
    return unit_text[:run], unit_text[run:]


#: a table's unit of a score (单位：分): no unit of the units table (N分 in a sentence is a score only
#: after a score word, :mod:`.points`), but a table that states one scores its cells
_SCORE_UNITS = frozenset(["分"])


def cell_unit(unit_text: str, rules: Rulebook) -> CellUnit | None:
    """What a header's unit makes of its numbers: 万元 -> x10000 元; a currency named before or
    after the scale (单位：新臺幣千元, 亿元人民币) is the figure's currency; a compound unit
    (微克/立方米, 万元/亩) keeps its denominator and is kind other (money stays money)."""
    unit_text = unit_text.strip()
    named = max(
        (s for s in rules.currency_of if unit_text.startswith(s) and unit_text != s), key=len, default=""
    )
    unit_text = unit_text[len(named) :]
    if not named:  # 亿元人民币: the currency after a money unit (百萬港元 is a scale and a unit)
        named = max(
            (s for s in rules.currency_of if unit_text.endswith(s) and unit_text != s), key=len, default=""
        )
        rest = unit_text[: len(unit_text) - len(named)].lstrip("十百千万亿")
        if named and _is_money(rules.units.get(rest)):
            unit_text = unit_text[: len(unit_text) - len(named)]
        else:
            named = ""
    currency = rules.currency_of.get(named)
    if unit_text in _SCORE_UNITS:  # 录取控制分数线如下（单位：分）: a score's points, as N分 after 分数线
        return CellUnit(Decimal(1), unit_text, UnitEntry(unit=unit_text, kind="other"), "other")
    alternatives = _alternative_measures(unit_text, rules)
    if alternatives is not None:
        return alternatives
    per = ""
    for mark in ("/", "／"):
        if mark in unit_text:
            unit_text, per = unit_text.split(mark, 1)
            # 元/吨, 元/月; 元/人, 公斤/户: a rate per a unit, a time or a thing counted
            if rules.units.get(per) is None and per not in PER_TIME:
                return None
    scale, unit = _split_scale(unit_text, rules)
    if not unit:
        return None
    entry = rules.units.get("%" if unit == "％" else unit)
    if entry is None:
        unit, entry = _classified(unit, rules)
    if entry is None:
        return None
    if currency is not None and isinstance(entry, UnitEntry) and entry.kind == "money":
        entry = UnitEntry(unit=unit, kind="money", currency=currency)
    try:
        factor = parse_number("1" + scale) if scale else Decimal(1)
    except NumberFormatError:
        return None
    kind = kind_of(entry)
    if per:
        unit = f"{unit}/{per}"
        kind = "money" if kind == "money" else "other"
    return CellUnit(factor, unit, entry, kind)


_SLASH = re.compile(r"\s*[/／]\s*")


def _alternative_measures(unit_text: str, rules: Rulebook) -> CellUnit | None:
    """补贴数量（台/套）, 服务量（人/次）, 數量（輛/艘）: measure words joined by a slash are one count
    in either word (a tractor or a set), not a rate; the unit is written as the head writes it. A
    unit of measure over a measure word (元/人, 公斤/户) stays a rate."""
    parts = _SLASH.split(unit_text)
    if len(parts) < 2:
        return None
    scale, first = _split_scale(parts[0], rules)
    entries = [rules.units.get(first), *(rules.units.get(p) for p in parts[1:])]
    if not all(isinstance(e, MeasureWord) for e in entries):
        return None
    try:
        factor = parse_number("1" + scale) if scale else Decimal(1)
    except NumberFormatError:
        return None
    entry = entries[0]
    assert entry is not None
    return CellUnit(factor, "/".join([first, *parts[1:]]), entry, "count")


def _classified(unit: str, rules: Rulebook) -> tuple[str, Entry | None]:
    """A unit text the dictionary lacks as a whole but reads as running text reads it: 个 before a
    unit of measure is a measure word, the unit is what follows (万个标准箱, 個百分點: 标准箱, 百分点);
    a measure word and 次 counts things times occasions, the whole word its unit (万册次, 萬冊次,
    篇次), as :func:`.unit_ends.times_counted` reads 92.5万册次."""
    inner = rules.units.get(unit[1:]) if unit[:1] in "个個" else None
    if isinstance(inner, UnitEntry) and not inner.needs_number:
        return unit[1:], inner
    word = rules.units.get(unit[:-1]) if len(unit) > 1 and unit.endswith("次") else None
    return (unit, word) if isinstance(word, MeasureWord) else (unit, None)


def _is_money(entry: Entry | None) -> bool:
    return isinstance(entry, UnitEntry) and entry.kind == "money"


#: a bound written as a sign of mathematics (≤2.5 in a 容积率 column)
_SIGNS = (
    {"≤": "at_most", "≦": "at_most", "≥": "at_least", "≧": "at_least"}
    | dict.fromkeys("<＜", "less_than")
    | dict.fromkeys(">＞", "more_than")
)


#: a bracket of words alone after a period head: a note on it (预计, 預算, 初步核算), no index base
_NOTE = re.compile(r"[\u4e00-\u9fff]{1,6}")


def head_unit(head: str, rules: Rulebook) -> str | None:
    """The unit a column head names; of a bracket that lists a period or a note beside the unit
    (人均可支配收入（2023年，元）, 金额（含税，万元）), the item that reads as a unit."""
    unit = header_unit(head)
    if unit is not None and unit.strip(_SCALES + "萬億") == "":
        return _scale_of_measure(unit, header_name(head), rules)
    if unit is not None and _NOTE.fullmatch(unit) and names_period(head) and cell_unit(unit, rules) is None:
        return None  # 2025年（预计）, 二○二五年（預算）: a note on the period, no unit (not 上年同月=100)
    if unit is None or not _UNIT_LIST.search(unit):
        return unit
    return next((u for u in reversed(_UNIT_LIST.split(unit)) if cell_unit(u, rules) is not None), unit)


def _scale_of_measure(scale: str, name: str, rules: Rulebook) -> str:
    """A bracket holding a scale alone (出入境人次（萬）, 就業人數（千）, 航班架次（万）): the head's
    noun names the measure, a measure word of its own (人次, 架次) or a count in one (人數: 人),
    and the cells are that measure at the scale (万人次); with no such noun, the scale alone."""
    for k in (3, 2):
        entry = rules.units.get(name[-k:]) if len(name) > k else None
        if isinstance(entry, MeasureWord):
            return scale + name[-k:]
    counted = counted_unit(name[-2:], rules)
    return scale + counted[0] if counted is not None else scale


def cell_bound(held: re.Match[str], rules: Rulebook) -> str | None:
    """The bound a cell writes before its number (≤2.5: at_most, 不低于60: at_least), exact when it
    writes none, None when the words before the number are no bound (第3)."""
    if held.group("sign"):
        return _SIGNS[held.group("sign")]
    word = held.group("word")
    if not word:
        return "exact"
    return next((q for w, q in rules.qual_before if w == word), None)


def measured_columns(header: list[str], changes: list[bool], periods: list[bool]) -> list[str]:
    """For each column that names a change (同比（%）, 较常年同期（%）), the measure it changes: the
    name of the nearest column before it that names neither a change nor a period; else ""."""
    out, last = [], ""
    for k, head in enumerate(header):
        out.append(last if changes[k] else "")
        if k and not changes[k] and not periods[k]:
            last = header_name(head)
    return out


def void_heads(first: tuple[int, str], header: list[str], periods: list[bool]) -> list[tuple[int, int, bool]]:
    """Where a header row's readings are no figure: its brackets (指數(110年=100), asked per
    reading) and its cells that name a period (113年 | 112年: no durations), wholly."""
    void = [(first[0], first[0] + len(first[1]), False)]
    at = first[0]
    for head, period in zip(header, periods, strict=True):
        if period:
            void.append((at, at + len(head), True))
        at += len(head) + 1
    return void


#: a head that counts things in a measure word (本年制发件数, 受理人数, 处理次数): 件数 says 件
_COUNTED_IN = re.compile(r"([\u4e00-\u9fff])[数數]")


def counted_unit(head: str, rules: Rulebook) -> tuple[str, Entry] | None:
    """The measure word a head counts in (本年制发件数 -> 件, 申请人数 -> 人), with its entry."""
    for m in _COUNTED_IN.finditer(head):
        entry = rules.units.get(m.group(1))
        if isinstance(entry, MeasureWord):
            return m.group(1), entry
    return None


def stacked_header(rows: list[list[str]]) -> list[str] | None:
    """The column heads of a header laid over several rows on one grid (the page leaves a spanned
    place empty): each column named by its lowest head, after the top row's group over it when that
    differs (行政复议 over 结果维持 -> 行政复议结果维持, 2023年 over 增长（%） -> 2023年增长（%））. An
    empty place with a head below it is spanned from the left; with none, from above. None unless
    the rows are two or more of one width with an empty place."""
    if len(rows) < 2 or len({len(r) for r in rows}) != 1 or all(all(r) for r in rows):
        return None
    heads = []
    for k in range(len(rows[0])):
        column = [r[k].strip() for r in rows]
        leaf = next((h for h in reversed(column) if h), "")
        top = next((h for h in reversed(rows[0][: k + 1]) if h.strip()), "").strip()
        heads.append(leaf if not top or top == leaf else top + leaf)
    return heads


def caption_for(
    caption: str | None, head: str, rules: Rulebook, column: tuple[int, list[str]] | None = None
) -> str | None:
    """The unit a 单位 line above the table gives a column. A column of shares or rates (占比,
    增速: a header implying %) keeps its %; a list with one unit for each column after the row
    names (乡镇 | 户数 | 面积 | 金额 under 单位：户、万亩、万元) gives each column its own, in order;
    of another list (单位：亿元、%), % goes to a column whose header names a change or its basis
    (比上年增长) or a rate (执行率), the first other unit to the rest."""
    if caption is None:
        return None
    if implied_unit(head, rules) == "%":
        return "%"
    units = [u.strip() for u in _UNIT_LIST.split(caption) if u.strip()]
    if len(units) < 2:
        return caption
    if column is not None and (listed := _in_column_order(units, column[1], rules)) is not None:
        return listed[column[0] - 1] if 0 < column[0] < len(column[1]) else None
    percent = next((u for u in units if u in ("%", "％")), None)
    name = header_name(head)  # 比上年增长, 按年變動, 执行率: a change or a rate takes the list's %
    if percent is not None and (names_change(name, rules) or name.endswith(_RATE_HEADS)):
        return percent
    return next((u for u in units if u not in ("%", "％")), None)


#: the ends of a head of a rate or of a change with no direction (违规率, 按年變動, 增减): a % over it
_MOVES = ("变动", "变化", "增减", "涨跌", "變動", "變化", "增減", "漲跌")  # in either script
_RATE_HEADS = ("率", *_MOVES)


def _in_column_order(units: list[str], header: list[str], rules: Rulebook) -> list[str] | None:
    """The units of a 单位 list, one per column after the first, when the list reads so: as many
    units as those columns, each a unit of cells, and a % only over a column of a change or share
    (项目 | 本月 | 累计 under 单位：亿元、% is no such list). A % may stand over a head of a rate or
    a change of no direction too (违规率, 合格率, 按年變動: the list says it is a share), no other unit
    over a head of a share or change."""
    if len(units) != len(header) - 1:
        return None
    for unit, head in zip(units, header[1:], strict=True):
        if cell_unit(unit, rules) is None:
            return None
        shares = implied_unit(head, rules) == "%" or any(w in head for w in rules.halt_words)
        if unit in ("%", "％"):
            if not (shares or header_name(head).endswith(_RATE_HEADS)):
                return None
        elif shares:
            return None
    return units


def names_change(name: str, rules: Rulebook) -> bool:
    """Whether a head's name names a change (比上年增长, 同比), or one of no direction (按年變動, 增減)."""
    return any(w in name for w in rules.halt_words) or name.endswith(_MOVES)


def place_measure(first: str, head: str, rules: Rulebook) -> bool:
    """Whether a column head names a measure of its own (受灾人口（万人）: three characters or more,
    no period, no change such as 环比（%）) in a table whose first header cell is made of division
    words only (省份, 县（市、区）, 市（州））: the measure is the subject, the row's place goes to the
    place field. A bare measure word (人数, 产量) says little without its row, which stays the subject."""
    name = header_name(head)
    if len(name) < 3 or names_period(head) or any(w in name for w in rules.halt_words):
        return False
    return rules.table_place_head.fullmatch(re.sub(r"[（）()、/\s]", "", first)) is not None
