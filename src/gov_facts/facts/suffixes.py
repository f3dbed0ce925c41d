"""What follows a number: a bound (余, 多, 几) and scale, the unit, a range, a share (成), index
points, a per-unit denominator, the fractions of a yuan; or, with no unit, what else makes the
number a figure (N大, a bare count with a scale and a noun, an unknown measure word)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from ..rules.patterns import MeasureWord, UnitEntry
from . import bracket_baseline, durations, labelled, money, no_unit, points, ranges, ranks, shares, units
from .candidate import Candidate
from .denominators import per_unit_after
from .durations import WINDOW_UNITS, is_window, measures
from .event_counts import event_ordinal, numeral_count, top_rank
from .market_levels import market_level
from .numerals import NumberFormatError, parse_number, scale_value
from .reading import Reading
from .spoken import plus_unit
from .text import CAPITALS, SCALES
from .units import Entry, ends_word, inside_word, kind_of, match_unit, unit_after

if TYPE_CHECKING:
    from .scan import Scanner

_YEAR_AFTER = "前后来代度初底末中间里内"
#: 8个亿, 3个多亿; a run of scales; places in a Chinese numeral; a short quote after a unit
_SCALE_COUNTED = re.compile("个多?[万亿]")
_BIG_SCALES, _ANY_SCALES = re.compile(r"[万亿]+"), re.compile(r"[万亿千百]*")
_SMALL_PLACES, _SHORT_QUOTE = re.compile("[十百千]"), re.compile(r"“[^”]{1,8}”")
_LENGTHS = ("半", "左右", "上下", "有余")  # after N年 in numerals, a length: 一年半, 两年左右
#: an English scale word after an amount written with a currency symbol (US$3.5 million, HK$2 bn)
_ENGLISH_SCALE = re.compile(r"[ \u00a0]?(million|billion|trillion|mn|bn)(?![A-Za-z])", re.IGNORECASE)
_ENGLISH_FACTORS = {"million": Decimal(10**6), "mn": Decimal(10**6), "billion": Decimal(10**9),
                    "bn": Decimal(10**9), "trillion": Decimal(10**12)}  # fmt: skip
#: what a denominator written before the figure turns into a rate (每公斤28元, 每亩500公斤); counts,
#: shares and durations after 每X (每户3人, 每周5天) are no rates
_PER_KINDS = ("money", "mass", "volume", "area", "energy", "length")

Hit = tuple[int, str, Entry, int]  # give-back, unit, entry, where the unit starts


class SuffixReader:
    """The second half of reading a number, for one :class:`~.scan.Scanner`.

    The scanner holds its reader and is handed to each call rather than stored: a stored
    reference would make a cycle that keeps the document's context alive until the garbage
    collector walks it, and a weak proxy is refused by the compiled build (mypyc's classes
    take no weak references)."""

    def __init__(self, scanner: Scanner) -> None:
        self.doc = scanner.doc

    # ---------------------------------------------------------------- the number's end

    def read(self, sc: Scanner, r: Reading) -> Candidate | None:
        """The figure the number makes with what follows it, or None."""
        norm = self.doc.norm
        p = r.b
        if norm[p : p + 1] in ("余", "多"):
            r.qualifier, p = "at_least", p + 1
            p = self._scale(r, p)
        elif norm[p : p + 1] == "来" and r.value % 10 == 0 < r.value and match_unit(self.doc, p + 1):
            r.qualifier, p = "approx", p + 1  # 十来天, 二十来个, 100来人: about so many (said aloud)
        elif norm[p : p + 1] in ("+", "＋") and _BIG_SCALES.search(r.core) and plus_unit(self.doc, p + 1):
            r.qualifier, p = "at_least", p + 1  # 新增3万+个岗位, 10万+人次: so many or more (not 1万+绩效)
        elif _SCALE_COUNTED.match(norm, p, p + 3):
            # 8个亿, 3个多亿: a scale counted like a thing, said aloud (not 8个 of 亿)
            r.qualifier = "at_least" if norm[p + 1] == "多" else r.qualifier
            p = self._scale(r, p + 1 + (norm[p + 1] == "多"))
        elif norm[p : p + 1] == "几":
            if r.core == "十" and norm[p + 1 : p + 2] not in ("万", "亿"):
                return None  # 十几个: vague
            r.qualifier, p = "at_least", p + 1  # 二十几万, 五千二百零几万: the bound is the value
            p = self._scale(r, p)
        if norm[p : p + 1] in (" ", "\u00a0", "\u3000") and not r.is_cn:
            # 294.8 万元, 60 天: one space between a number and its scale or unit
            m_scale = _ANY_SCALES.match(norm, p + 1)
            q = m_scale.end() if m_scale else p + 1
            factor = scale_value(m_scale.group(0)) if m_scale and m_scale.group(0) else Decimal(1)
            if match_unit(self.doc, q) is not None and factor is not None:
                r.value *= factor
                p = q
        if r.currency is not None and (eng := _ENGLISH_SCALE.match(norm, p)) is not None:
            r.value, p = r.value * _ENGLISH_FACTORS[eng.group(1).lower()], eng.end()  # US$3.5 million
        r.p = p
        if r.hint == "percent":
            return self._percent(sc, r)
        trailing = len(r.core) - len(r.core.rstrip(SCALES)) if p == r.b else 0
        hit = self._unit(r, trailing)
        if r.hint == "ordinal":
            return self.ordinal(sc, r, hit)
        if hit is None:
            return self._no_unit(sc, r)
        return self._with_unit(sc, r, hit)

    def _is_address(self, r: Reading, unit: str, unit_end: int) -> bool:
        """Whether a number with an address unit is part of an address (1区9栋57号, 河东村6组).

        After a place word (村, 园, 区…) it is one, unless it is too large for a building, block
        or group number (公园870座 counts parks; house and room numbers may be large)."""
        norm = self.doc.norm
        if norm[unit_end : unit_end + 1].isdigit():
            return True
        if not norm.endswith(self.doc.rules.words.place_suffixes, 0, r.a):  # 河东村6组 (place_suffixes)
            return False
        if units.places_counted(self.doc, r.a):  # 新建口袋公园12座, （其中中心城区6座）, 对辖区12座渡口
            return False
        return unit in self.doc.rules.numbered_units or r.value < 100

    def _scale(self, r: Reading, p: int) -> int:
        m_scale = _BIG_SCALES.match(self.doc.norm, p)
        factor = scale_value(m_scale.group(0)) if m_scale else None
        if m_scale and factor is not None:
            r.value *= factor
            p = m_scale.end()
        return p

    def _unit(self, r: Reading, trailing: int) -> Hit | None:
        """The unit at ``r.p``, giving back trailing scale for a longer unit; the 个 of
        3个百分点 and 5个小时 is a measure word before the unit, not part of it."""
        found = unit_after(self.doc, r.p, trailing)
        if found is None:
            return None
        give, unit, entry = found
        start = r.p - give
        if unit == "个" and give == 0:
            # 3个多小时, 两个多月: 多 between the measure word and the unit bounds the figure
            more = self.doc.norm.startswith("多", r.p + 1)
            inner = match_unit(self.doc, r.p + 1 + more)
            if more and inner is None and self.doc.norm.startswith("月", r.p + 2):
                inner = ("月", self.doc.rules.units["个月"])
            if inner is not None and isinstance(inner[1], UnitEntry) and not inner[1].needs_number:
                unit, entry, start = inner[0], inner[1], r.p + 1 + more
                if more:
                    r.qualifier = "at_least"
        if give:
            sign = -1 if r.value < 0 else 1
            try:
                r.value = parse_number(r.core[: len(r.core) - give]) * sign
            except NumberFormatError:
                return None  # 百分点 after a bare 百: no number is left
            r.b -= give
            r.p -= give
        if entry.needs_number and r.is_cn and not (r.degrees and unit == "度"):
            counted = numeral_count(self.doc, unit, entry, r.start)  # 省、市、县三级, 连续五届
            return None if counted is None else (give, unit, counted, start)
        # only a measure word has chinese_only (a getattr on a unit would cost a raised AttributeError)
        if (
            not r.is_cn
            and isinstance(entry, MeasureWord)
            and entry.chinese_only
            and not (unit == "区" and units.whole_place_before(self.doc.norm, r.start))
        ):  # 全港18區, 全市16区: the districts of a whole place
            return None  # 2型糖尿病, 3区: a type or an area's name
        return give, unit, entry, start

    # ---------------------------------------------------------------- shares, ordinals

    def _percent(self, sc: Scanner, r: Reading) -> Candidate | None:
        """百分之三十, 千分之五, 百分之十到二十: a share written in words, a range when a second
        number follows (with its own 百分之 or with no unit after it)."""
        cand = Candidate(
            r.start, r.p, r.start, r.p, r.value, unit="%", kind="percent", qualifier=r.qualifier,
            unit_start=r.p,
        )  # fmt: skip
        end2 = ranges.second_end(self.doc, r.p)
        if end2 is not None and end2[0] > 0:
            high, a2, e2, _ = end2
            share = shares.share_prefix(self.doc.norm, a2)
            if share is not None or unit_after(self.doc, e2, 0) is None:
                part = share[1] if share else r.share_part
                cand.low, cand.high, cand.value = r.value, high * part, None
                cand.end = cand.unit_start = e2
        return sc.finish(cand)

    def ordinal(self, sc: Scanner, r: Reading, hit: Hit | None) -> Candidate | None:
        """第N: a rank with 位/名 (第5位), as 第N大, or after a rank verb; 前N after one (前5名: at most
        the N-th); the Nth event counted (今年以来第六次罢工: :mod:`.event_counts`); else part of a name."""
        if r.qualifier == "at_most":  # 位居全国前五, 排名前3位
            return top_rank(self.doc, r, hit[3] + len(hit[1]) if hit else r.b, hit and hit[1])
        if (event := event_ordinal(self.doc, r)) is not None:
            return event
        if hit is not None and hit[1] in ("位", "名"):
            return ranks.rank(self.doc, r.start, r.a, hit[3] + len(hit[1]), r.value, unit=hit[1])
        if hit is None and (unnamed := ranks.without_a_measure(self.doc, r.start, r.a, r.b, r.value)):
            return unnamed
        if ranks.rank_context(self.doc, r.a):
            return ranks.rank(self.doc, r.start, r.a, r.b, r.value)
        return None

    # ---------------------------------------------------------------- no unit

    def _no_unit(self, sc: Scanner, r: Reading) -> Candidate | None:
        """A number with no listed unit after it: a currency before it, N成, a range to a unit,
        index points, N大, a rank, a bare count with a scale and a noun, an unknown measure word."""
        doc, norm, p = self.doc, self.doc.norm, r.p
        # 處新臺幣3萬至12萬元罰鍰, 人民币1至2亿元: a currency before a range to a money unit is the
        # currency of the whole range, not a figure of its own before the range mark
        rng = ranges.to_unit(doc, r.value, r.core, p, norm[r.start : r.a].strip()) if r.currency else None
        if r.currency is not None and (rng is None or kind_of(rng[5]) != "money"):
            symbol, code = r.currency
            unit = doc.rules.currency_unit.get(symbol, symbol)  # ￥24,300.00: 元
            ranged = money.currency_range(doc, r, p, unit, code) if rng is None else None  # 澳門元1萬至10萬
            return sc.finish(ranged or self._cand(r, p, p, r.value, unit, money.money_entry(unit, code)))
        share = shares.cheng(norm, p, r.value, r.is_cn) or shares.discount(norm, p, r.value)
        if share is not None:
            return sc.finish(
                Candidate(
                    r.start, share[0], r.a, r.b, share[1], unit="%", kind="percent", qualifier=r.qualifier
                )
            )
        if norm.startswith("/", p) and p == r.b and (rate := no_unit.slash(sc, r)) is not None:
            return rate  # 近2/3的企业, 8.5/10万
        rng = rng or ranges.to_unit(doc, r.value, r.core, p)
        if rng is not None:
            low, high, num_end, unit_start, unit, entry = rng
            if r.currency is not None and unit in money.YUAN:
                entry = money.money_entry(unit, r.currency[1])  # 新臺幣3萬至12萬元: TWD
            kind = kind_of(entry) if "/" not in unit or kind_of(entry) == "money" else "other"  # 元/月, 吨/日
            heat = unit == "度" and units.degrees_meant(doc, r.a)  # 气温将下降8到10度: degrees
            cand = Candidate(
                r.start, unit_start + len(unit), r.a, num_end, None, low=low, high=high, unit=unit,
                kind="other" if heat else kind, entry=None if heat else entry, unit_start=unit_start,
            )  # fmt: skip
            return sc.finish(cand)
        if (tenths := ranges.cheng_range(doc, r.value, p, r.is_cn)) is not None:  # 三至五成: 30-50 %
            return sc.finish(
                Candidate(
                    r.start,
                    tenths[2],
                    r.a,
                    r.b,
                    None,
                    low=tenths[0],
                    high=tenths[1],
                    unit="%",
                    kind="percent",
                )
            )
        if norm.startswith(("毛", "角"), p):
            capital = any(ch in CAPITALS for ch in r.core)
            mao = money.mao(doc, p, r.value, capital)  # 5毛钱, 伍角: tenths of a yuan
            if mao is not None:
                return sc.finish(self._cand(r, p, *mao, "元", doc.rules.units.get("元"), kind="money"))
        if norm.startswith("点", p):
            return points.index_points(sc, r) if not r.is_cn else points.points(sc, r)
        if norm.startswith("分", p) and (score := points.score_points(sc, r)) is not None:
            return score  # 满分100分
        if p == r.b:
            major = ranks.major_count(doc, r.a, r.b, r.value, r.core) or ranks.top_limit(
                doc, r.start, r.a, r.b, r.value
            )
            if major is not None:
                return major
        if r.is_cn and ranks.rank_context(doc, r.a):
            return ranks.rank(doc, r.start, r.a, r.b, r.value)
        return (
            labelled.labelled(sc, r)
            or bracket_baseline.earlier_value(sc, r)
            or durations.days(sc, r)
            or durations.term_months(sc, r)
            or no_unit.shared_unit(sc, r)
            or no_unit.bare_count(sc, r)
            or no_unit.place_count(sc, r)
            or no_unit.relative_count(sc, r)
            or no_unit.extended_months(sc, r)
            or no_unit.clause_final_count(sc, r)
            or no_unit.unknown_unit(sc, r)
            or market_level(sc, r)  # 美元指数…至98.2附近, 升破6.95关口
            or no_unit.pure_measure(sc, r)
            or no_unit.bare(sc, r)
        )

    # ---------------------------------------------------------------- a unit

    def _with_unit(self, sc: Scanner, r: Reading, hit: Hit) -> Candidate | None:
        """A number and its listed unit: the non-facts among them (dates, windows, names,
        addresses), then per-unit denominators, the fractions of a yuan, a range to a second
        number with the same unit."""
        doc, norm = self.doc, self.doc.norm
        _, unit, entry, unit_start = hit
        unit_end = unit_start + len(unit)
        value = r.value
        year_like = r.is_cn and not _SMALL_PLACES.search(r.core) and not norm.startswith(_LENGTHS, unit_end)
        if year_like and norm[max(0, r.a - 3) : r.a].endswith(doc.rules.duration_leads):
            year_like = False  # 为期两年, 历时三年: how long, not which year
        if year_like and norm.startswith("内", unit_end) and durations.after_an_event(norm, r.a):
            year_like = False  # 登記後三年內: a time limit after an event
        tail = unit == "年" and r.is_cn and units.duration_tail(doc, unit_end)
        year_like = year_like and not tail  # 五年时间里, 两千多年历史: how long, not which year
        long_ago = tail and _SMALL_PLACES.search(r.core) is not None  # 两千多年历史: no year 2000
        aged = unit == "年" and units.age_before(norm, r.a)
        long_ago, year_like = long_ago or aged, year_like and not aged  # 树龄约2300年: an age
        if unit == "年" and ((abs(value) >= 1000 and not long_ago) or year_like):
            return None  # 2021年, 二〇二一年: a year (一年半 is a duration)
        after = "来" if norm.startswith("以来", unit_end) else norm[unit_end : unit_end + 1]  # 自105年以來
        if (
            unit == "年"
            and after
            and after in _YEAR_AFTER
            and not (after in "前后" and measures(self.doc, r))
            and not (after == "内" and durations.limit_ahead(self.doc, r))  # 於3年內: a time limit
        ):
            return None  # 5年来, 3年前, 80年代: the years locate; 求学6年后: they measure 求学
        product: str | None = None
        if (
            isinstance(entry, UnitEntry)
            and entry.kind == "duration"
            and norm.startswith(("来", "期"), unit_end)
        ):
            product = durations.product_term(doc, unit_end + 1) if norm.startswith("期", unit_end) else None
            if product is None:
                return None  # 5年来: a window; 10年期国债收益率, 5年期LPR: a benchmark's name
            unit, unit_end = unit + "期", unit_end + 1  # 10年期及以上地方债, 30年期品种: a bond's term
        if unit in WINDOW_UNITS and is_window(self.doc, r, unit_end):
            return None
        spoken_yuan = unit == "块" and money.kuai(doc, unit_end, value) is not None
        if (
            r.is_cn
            and not norm.startswith("半", unit_end)
            and not spoken_yuan
            and inside_word(norm, r.a, unit_end)
        ):
            return None  # 五家渠市, 三十六计: the numeral begins a name or an idiom
        if r.is_cn and len(r.core) == 1 and r.core not in SCALES and r.start == r.a and ends_word(norm, r.a):
            return None  # 统一元旦, 唯一元素: the numeral ends a word (上万人: a bare scale is a figure)
        quoted = _SHORT_QUOTE.match(norm, unit_end, unit_end + 10)
        if quoted and not units.noun_at(norm, quoted.end()):
            return None  # 8个“还有之”: a count of slogans; 5期“…”课程 counts the noun after the quote
        if unit in doc.rules.address_units and self._is_address(r, unit, unit_end):
            return None  # 1区9栋57号, 河东村6组: an address
        kind = kind_of(entry)
        unit_entry: Entry | None = entry
        if (r.degrees and unit in ("度", "℃", "°C", "摄氏度")) or (
            unit == "度" and units.degrees_meant(doc, r.a)
        ):
            kind, unit_entry = "other", None  # 零下5度, 摄氏30度, 北纬35.7度: a temperature, an angle
        if norm.startswith("半", unit_end) and kind in ("duration", "multiple"):
            value, unit_end = value + Decimal("0.5"), unit_end + 1  # 一年半, 2倍半
        start, end = r.start, unit_end
        if unit == "个" and norm.startswith("半", unit_end):
            half = self._and_a_half(unit_end + 1)  # 一个半月, 两个半小时
            if half is not None:
                unit, unit_entry, end = half[0], half[1], half[2]
                value, kind = value + Decimal("0.5"), kind_of(half[1])
        # 12块钱, 三块五, 一块二毛五: colloquial yuan
        if spoken_yuan and (kuai := money.kuai(doc, unit_end, value)) is not None:
            end, value = kuai
            unit, kind, unit_entry = "元", "money", doc.rules.units.get("元")
        per = units.per_time_before(norm, start)
        if per and kind in ("length", "volume", "mass"):
            # 每小时27680公里: a speed, the surface takes in 每小时; 每秒可排放約140立方米: a flow
            unit, kind, start = f"{unit}/{per[0]}", "other", per[1]
        if kind == "money" and unit in money.YUAN:
            end, value = money.yuan_fractions(doc, end, value)
            if r.currency is not None:
                unit_entry = money.money_entry(unit, r.currency[1])
        denominator, base = per_unit_after(doc, unit_end), unit
        if denominator > unit_end:
            unit = unit + norm[unit_end:denominator]
            end = denominator
            kind = units.kind_with_denominator(doc, kind, unit_end, denominator)
        elif not per and (written := units.rate_before(doc, start, kind, _PER_KINDS)) is not None:
            # 每平方米1.52万元, 每桶78.5美元: the denominator written before the figure, as in 元/平方米
            start, unit = written[0], f"{unit}/{written[1]}"
            if kind != "money":
                kind = "other"
        cand = Candidate(
            start, end, r.a, r.b, value, unit=unit, kind=kind, entry=unit_entry, qualifier=r.qualifier,
            unit_start=unit_start,
        )  # fmt: skip
        if product is not None:
            cand.extra["named"] = product  # 30年期品种: the bond or loan the term is of
        if per and per[1] == r.start:  # 每秒可排放約140立方米雨水: the rate's noun follows it
            cand.extra["noun_follows"] = True
        ranges.after_unit(doc, cand, base, norm[unit_end:denominator])  # 15%至20%, 8元/吨至9元/吨
        return sc.finish(cand)

    def _and_a_half(self, pos: int) -> tuple[str, Entry, int] | None:
        """The unit after 个半 (a measure word, then half): 月 makes 个月; else a listed unit."""
        if self.doc.norm.startswith("月", pos):
            entry = self.doc.rules.units.get("个月")
            return ("个月", entry, pos + 1) if entry is not None else None
        inner = match_unit(self.doc, pos)
        if inner is None or not isinstance(inner[1], UnitEntry):
            return None
        return inner[0], inner[1], pos + len(inner[0])

    # ---------------------------------------------------------------- helpers
    def _cand(
        self, r: Reading, unit_start: int, end: int, value: Decimal, unit: str | None, entry: Entry | None,
        kind: str | None = None,
    ) -> Candidate:  # fmt: skip
        return Candidate(
            r.start, end, r.a, r.b, value, unit=unit, kind=kind or (kind_of(entry) if entry else "other"),
            entry=entry, qualifier=r.qualifier, unit_start=unit_start,
        )  # fmt: skip
