"""Finding figures in running text: a number, its scale, its unit, ranges, shares, ranks and ratios.

The scan is regex-driven over the normalized text (numbers, scales, units from
``patterns/``); each match becomes a :class:`Candidate` or is passed over (dates,
codes, model names, addresses, set phrases, vague counts). The constructions around
a number live in their own modules (:mod:`.reading` lists them); this one reads the
number and what stands right before it, and puts the pieces together.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal

from ..rules.patterns import UnitEntry
from . import durations, event_counts, level_bands, money, no_figure, ranges, ranks, shares, spoken
from .candidate import Candidate
from .context import ArticleText
from .reading import Reading
from .suffixes import SuffixReader
from .tables import with_cells
from .tagging import word_tag
from .text import NUM_RE, RATIO_NAMED_AFTER, RATIO_NOUN_AFTER, RATIO_RE
from .units import match_unit, one_added, read_number, unit_after_the_list

#: 翻一番 (doubled), 翻两番 (quadrupled), 翻番; with 了 (翻了一番) and 多 (翻两番多: more than that)
_DOUBLING = re.compile(r"翻了?([一两二三四]?)番(多)?")
_DEMONSTRATIVE = "这那哪每该此其前后第"
#: demonstratives before Arabic digits (这7名): the count refers back to things already named
_POINTING = "这那此"
#: words ending in 负 before a number, where 负 is no minus sign (正负5%, 为企业减负12亿元, 担负)
_NOT_SIGNS = ("正负", "减负", "減負", "担负", "擔負", "胜负", "勝負", "肩负", "肩負", "背负", "背負")
#: a length of days, weeks or months and 内 after a Chinese numeral: a time limit (收件后十五个工作日内)
_TIME_LIMIT = re.compile(r"个?(?:工作[日天]|日|天|周|星期|个月|年)(?:以内|之内|内)")


def _after_an_event(norm: str, at: int) -> bool:
    """Whether 前/后 at ``at`` follows an event (收件后, 期满前, 投产后), not a time or a clause's
    head (今年前十天内, 节后前十天内, 前十天内: the first ten days, a time)."""
    ch = norm[at - 1 : at]
    return "\u4e00" <= ch <= "\u9fff" and ch not in "年月日天周季度期间前后"


#: a section number or a code with a leading zero (07对外经济, 0314)
_LEADING_ZERO = re.compile(r"0[0-9]+")
#: what opens a column's or a table's scale and unit (（百萬元）, 单位：千万元)
_SCALE_OPENERS = ("（", "(", "【", "[", "单位：", "单位:", "單位：", "單位:", "/")
_OPEN_QUOTES = '“"‘「'
#: the words after a figure's unit up to the quotation's close (健身圈”)
_NAME_TO_THE_CLOSING_QUOTE = re.compile(r"[\u4e00-\u9fff]{1,8}(?=[”\"’」])")
#: a round magnitude of places only (百万, 千亿, 万亿, 百万亿): no digit says how many
_ROUND_MAGNITUDE = re.compile(r"(?:[百千]万?|万)亿|[百千]万")
_ONE_AND_A_HALF = re.compile(r"(?:个半月|(?:年|个月|天|小时|倍)半|倍)")


def _code_before(norm: str, dash: int) -> bool:
    """Whether a letter or digit stands right before the dash at ``dash`` (a code, a phone number)."""
    return dash > 0 and norm[dash - 1].isascii() and norm[dash - 1].isalnum()


#: what joins a time to the count of months that names it as a period (截至…止五個月, …至十月的三個月)
_PERIOD_JOINS = frozenset({"止", "为止", "止的", "为止的", "的"})


class Scanner:
    """The figures of one document, prose and tables, in text order.

    ``bare`` (for :func:`~gov_facts.facts.quantities.read_quantities`) also keeps numbers that
    have no unit, as kind ``number``; the fact engine leaves them out. ``warnings`` names the
    units found after numbers that are in no list.
    """

    def __init__(self, doc: ArticleText, bare: bool = False) -> None:
        self.doc = doc
        self.bare = bare
        self.cands: list[Candidate] = []
        self.warnings: list[str] = []
        self.suffix = SuffixReader(self)

    def scan(self) -> list[Candidate]:
        doc = self.doc
        pos = 0
        for m in RATIO_RE.finditer(doc.norm):
            marks = sum(map(m.group(0).count, ":：∶比"))
            if (marks == 1 or "比" in m.group(0)) and not (marks == 1 and self._names_a_ratio(m)):
                continue  # 10:30, 3比1获胜: a time, a score; 按1比1的比例, 之比为2.88:1: ratios
            if not doc.is_blocked(m.start(), m.end()):
                self.cands.append(
                    Candidate(
                        m.start(), m.end(), m.start(), m.end(), None, kind="other", extra={"ratio": True}
                    )
                )
        for m in _DOUBLING.finditer(doc.norm):
            times = {"": 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}[m.group(1)]
            if not doc.is_blocked(m.start(), m.end()):
                self.cands.append(
                    Candidate(
                        m.start(),
                        m.end(),
                        m.start(),
                        m.end(),
                        Decimal(2**times),
                        unit="倍",
                        kind="multiple",
                        qualifier="at_least" if m.group(2) else "exact",
                    )
                )
        # 万米, 百来人, 为期半年: a bare place or a half read as a number
        self.cands.extend(spoken.bare_wan(doc) + spoken.about(self) + durations.halves(doc))
        for a, b in shares.over_half(doc.norm, doc.rules.words.over_half):  # 占比过半: more than 50 %
            if not doc.is_blocked(a, b):
                self.cands.append(
                    Candidate(
                        a, b, a, b, Decimal(50), unit="%", kind="percent", qualifier="more_than", unit_start=b
                    )
                )
        taken = sorted((c.start, c.end) for c in self.cands)
        starts = [s for s, _ in taken]
        while True:
            found = NUM_RE.search(doc.norm, pos)
            if found is None:
                break
            pos = found.end()
            k = bisect_right(starts, found.start()) - 1
            if k >= 0 and found.start() < taken[k][1]:
                continue  # inside a ratio (1.1:50.3:48.6) or 翻两番
            cand = self._candidate(found)
            if cand is not None:
                pos = max(pos, cand.end)
                if not self._states_no_figure(cand):
                    self.cands.append(cand)
        # a table cell's header gives a bare number (kind number, read_quantities only) its unit
        self.cands = with_cells(doc, self.cands)
        self.cands.sort(key=lambda c: c.start)
        return self.cands

    def _names_a_ratio(self, m: re.Match[str]) -> bool:
        """在职职工与退休人员之比为2.88:1, 以1:3的比例确定, 出生人口性别比105.2:100, 按1比1的比例:
        two numbers joined by a colon or 比 are a ratio where a word of ratio stands right before or
        after them, or a ratio before them in their clause (主队以3比1获胜, 10:30召开: a score, a time)."""
        norm, words = self.doc.norm, self.doc.rules.words  # ratio_cues, ratio_cues_after
        if (
            norm.startswith(words.ratio_cues_after, m.end())
            or RATIO_NAMED_AFTER.match(norm, m.end())  # 維持1:11的教師與學生比例: the name after 的
            or RATIO_NOUN_AFTER.match(norm, m.end())  # 未达到1:3开考比例: the name right after
            or words.ratio_cue_before.search(norm, max(0, m.start() - words.ratio_cue_span), m.start())
        ):
            return True
        # 收入比由2.5:1缩小到2.3:1: a second ratio in the clause of one is the new level of the first
        cs, _ = self.doc.clause(m.start())
        return any(c.extra.get("ratio") and c.start >= cs for c in self.cands[-2:])

    def _candidate(self, m: re.Match[str]) -> Candidate | None:
        read = read_number(self.doc, m)
        if read is None:
            return ranges.adjacent_candidate(self.doc, m)
        value, a, b, is_cn = read
        r = Reading(a, a, b, value, m.group(0), is_cn, p=b)
        if not self._prefix(r):
            return None
        norm = self.doc.norm
        if norm.startswith("分之", b):
            return self._fraction(r)
        if is_cn and r.core in ("零", "〇"):
            return None  # 零部件, 零容忍
        if (
            is_cn
            and r.core == "一"
            and r.hint != "percent"
            and not self._one_is_a_figure(b)
            and not event_counts.one_more_event(self.doc, a, b)  # 还将降息一次
        ):
            if r.hint == "ordinal" or ranks.rank_context(self.doc, a):
                return self.suffix.ordinal(self, r, None)
            return None
        if self.doc.is_blocked(a, b) or (
            is_cn and _ROUND_MAGNITUDE.fullmatch(r.core) and not self._round_sum(r)
        ):
            return None
        cand = self.suffix.read(self, r)
        if cand is not None and cand.kind == "duration" and self._names_the_period(cand):
            return None
        if cand is not None and self._opens_a_quoted_name(cand):
            return None
        if cand is not None and r.hint == "first" and (event := event_counts.event_noun(self.doc, cand.end)):
            cand.extra["named"] = event  # 前六轮罢工: the events counted
        if cand is not None:
            ranks.moved_places(self.doc, cand)  # 较上年提升12位: a move in a ranking
            if cand.unit == "个" and (listed := unit_after_the_list(self.doc, cand.end)) is not None:
                cand.unit, cand.entry, cand.kind = listed[0], listed[1], listed[1].kind  # 0.2个和1.5个百分点
        return cand

    def _states_no_figure(self, c: Candidate) -> bool:
        """An age band naming a group, a per-unit denominator, a count of the figures just listed, an
        index's base year… (the rules of a unit only of a figure with one, a version of one without)."""
        doc = self.doc
        if (
            no_figure.threshold_names_a_group(doc, c)
            or no_figure.per_unit_denominator(doc, c)
            or level_bands.range_of_names(doc, c)
            or no_figure.class_labels_in_a_run(doc, c)
            or no_figure.day_of_a_dotted_date(doc, c)
            or no_figure.inside_a_programme_name(doc, c)
            or no_figure.number_of_a_list_entered(doc, c)
            or no_figure.day_after_a_month_name(doc, c)
        ):
            return True
        if c.unit is None:  # 数字政府2.0建设
            return no_figure.version_after_a_name(doc, c)
        return (
            no_figure.names_an_age_group(doc, c)
            or no_figure.restates_the_list(doc, c, self.cands)
            or no_figure.index_base(doc, c)
            or no_figure.tiers_named_before_a_noun(doc, c)
            or no_figure.unit_opens_a_word(doc, c)
            or no_figure.unit_of_an_address(doc, c)
            or no_figure.year_of_no_figure(doc, c)
        )

    def _opens_a_quoted_name(self, c: Candidate) -> bool:
        """“15分钟健身圈”, “1小时经济圈”, “10分钟就医圈”: a figure that opens a quotation closed by the
        words after its unit of measure is part of a programme's name, not a figure stated (“98天+3个月”
        is: nothing named follows; nor “3天以内”, a bound)."""
        norm = self.doc.norm
        if c.start == 0 or norm[c.start - 1] not in _OPEN_QUOTES or not isinstance(c.entry, UnitEntry):
            return False  # a measure word counts the noun after it (“1个窗口受理”: one window)
        tail = _NAME_TO_THE_CLOSING_QUOTE.match(norm, c.end)
        return tail is not None and not any(tail.group(0).startswith(w) for w, _ in self.doc.rules.qual_after)

    def _round_sum(self, r: Reading) -> bool:
        """A round magnitude with no digit (千亿, 百万) is a figure after a bound (超百亿元, 上千万元)
        or as a sum of money (突破千亿元大关, 年收入百万元以上, 迈向万亿美元); before other words it
        is an adverb or a vague size (千万别, 百万年, 千万亿次), and before 级 a class (百亿级)."""
        norm = self.doc.norm
        hit = match_unit(self.doc, r.b)
        if norm.startswith("级", r.b + (len(hit[0]) if hit is not None else 0)):
            return False  # 百亿级, 千万元级: a class
        if (r.a and norm[r.a - 1] in "近约逾超上过破") or norm.startswith(("余", "多", "强"), r.b):
            return True
        if norm[max(0, r.a - 4) : r.a].rstrip().endswith(_SCALE_OPENERS):
            return False  # 價值（百萬港元）, 单位：万亿元: the scale a table's figures are written in
        return hit is not None and isinstance(hit[1], UnitEntry) and hit[1].kind == "money"

    def _names_the_period(self, c: Candidate) -> bool:
        """截至八月三十一日止五個月, 八月至十月的三個月: a count of months right after the time that
        ends them names the period reported (a time), not a duration measured."""
        if c.unit not in ("个月", "月"):
            return False
        doc = self.doc
        k = bisect_right(doc.time_starts, c.start) - 1
        if k < 0:
            return False
        t = doc.times[k]
        join = doc.norm[t.end : c.start]
        if t.end > c.start or join not in _PERIOD_JOINS:
            return False
        # 的 joins only a span written out (八月至十月的三個月), not one point (2024年3月的12个月)
        return join != "的" or any(mark in doc.norm[t.start : t.end] for mark in "至到-—")

    def _prefix(self, r: Reading) -> bool:
        """What stands right before the number: a code's letters, a vague word, a demonstrative,
        a share prefix, 第, a sign or a currency. False when the number is no figure."""
        doc, norm, a = self.doc, self.doc.norm, r.a
        before = norm[max(0, a - 4) : a]
        prev = norm[a - 1] if a else ""  # "" is in every str: test prev against a tuple, not a str
        cur = money.currency_before(doc, a)
        if cur is not None:
            r.start, r.currency = cur[0], (cur[1], cur[2])
        elif prev.isascii() and prev.isalpha() and not r.is_cn:
            return False  # model names, codes and ids: 5G, C919, H7N9 (长征五号B三型: a count after one)
        elif prev == "." and norm[a - 2 : a - 1].isascii() and norm[a - 2 : a - 1].isalpha() and not r.is_cn:
            return False  # a variant's or a model's name: JN.1單價疫苗, XBB.1.5, No.5
        # a section number or a code with a leading zero (07对外经济, 0314): never a quantity
        if not r.is_cn and _LEADING_ZERO.fullmatch(norm, a, r.b):
            return False
        if r.is_cn and before.endswith(doc.rules.words.vague_leads):  # 数百 (vague_leads)
            if prev != "上" or r.core.strip("百千万亿"):
                return False  # 数百, 几十, 上一年: no figure
            r.qualifier = "at_least"  # 上亿元, 上千万元, 上万人: reaching that much, at least
        if r.is_cn and (
            spoken.vague_place(norm, a, r.core, doc.rules.words.figures) or spoken.doubled(r.core)
        ):
            return False  # 千八百块, 百儿八十人: a vague size said aloud; 三三两两: an idiom
        if r.is_cn and prev in ("过", "破") and not r.core.strip("百千万亿"):
            pair = norm[max(0, a - 2) : a]  # 经过万家, 通过百万: 过 of a verb, no bound (超过, 突破 are)
            if word_tag(pair) is not None and all(pair != w for w, _ in doc.rules.qual_before):
                return False
            r.qualifier = "more_than"  # 客流量过万人次, 用户破百万: past that much
            if pair not in ("超过", "突破"):
                r.start = a - 1  # the bound is read with the figure, as 上 of 上万人 is
        top = prev == "前" and norm.startswith("大", r.b)  # 前三大投资目的地: the top three, a count
        # 收件后十五个工作日内: a time limit after 后, not 后三年
        top = top or (
            prev in ("前", "后") and _after_an_event(norm, a - 1) and _TIME_LIMIT.match(norm, r.b) is not None
        )
        if prev == "前" and event_counts.top_limit(doc, a, r.b, ranks.rank_context(doc, a - 1)):
            r.start, r.hint, r.qualifier, top = a - 1, "ordinal", "at_most", True  # 位居全国前五
        if not top and event_counts.first_events(doc, a, r.b):
            r.hint, top = "first", True  # 前六轮罢工: the first six, a count of events
        if r.is_cn and prev and prev in _DEMONSTRATIVE and not before.endswith("第") and not top:
            return False
        if not r.is_cn and prev and prev in _POINTING:
            return False  # 这7名前外相, 这12家企业: the count points back at what was said
        if before.endswith(doc.rules.words.pointing_leads):
            return False  # 上述三项措施, 下列4种情形: the count points at things the text names
        share = shares.share_prefix(norm, a)
        if share is not None:
            r.start, r.hint, r.share_part = a - share[0], "percent", share[1]
            r.value *= share[1]
            if norm[r.start - 1 : r.start] == "负":
                r.start, r.value = r.start - 1, -r.value  # 负百分之五
        elif prev == "第":
            r.start, r.hint = a - 1, "ordinal"
        elif ranks.ordinal_by_the_first(norm, a):
            r.hint = "ordinal"  # 第1、2、3名, 第1-3名: the 第 of the first stands for all
        elif before.endswith("零下"):
            r.start, r.value, r.degrees = a - 2, -r.value, True
        elif before.endswith(("摄氏", "华氏", "零上")):
            r.start, r.degrees = a - 2, True  # 零上10度: above zero
        elif before.endswith(("北纬", "南纬", "东经", "西经")):
            r.degrees = True  # 北纬35.70度: a coordinate, degrees of angle
        elif (prev == "负" and not before.endswith(_NOT_SIGNS)) or (
            prev == "-" and not _code_before(norm, a - 1)
        ):
            r.start, r.value = a - 1, -r.value  # 负四十七万元, -3.2%; not 0563-2022000
        return True

    def _fraction(self, r: Reading) -> Candidate | None:
        """X分之Y: Y/X as a percentage (四分之一 -> 25 %)."""
        m2 = NUM_RE.match(self.doc.norm, r.b + 2)
        if m2 is None:
            return None
        read2 = read_number(self.doc, m2)
        if read2 is None or r.value == 0:
            return None
        pct = read2[0] / abs(r.value) * 100
        if r.value < 0:
            pct = -pct
        cand = Candidate(
            r.start, m2.end(), r.start, m2.end(), pct, unit="%", kind="percent", unit_start=m2.end()
        )
        return self.finish(cand)

    def _one_is_a_figure(self, b: int) -> bool:
        """一 alone is a quantity only as one and a half (一年半, 一个半月, 一倍半), a multiple
        (增长一倍: doubled), an amount of money (一元, 一美元, 一块钱), a time limit (一天内,
        一个月之内), how long something lasts (为期一年) or a share in tenths (上涨约一成五, 一成半,
        减少约一成), the low end of a range of those (偏少一至二成, 一到两年, 一至三个月内) or one more
        of a thing added (增设一个顾问办事处): 一个, 一批, 一次 are no figures."""
        if _ONE_AND_A_HALF.match(self.doc.norm, b, b + 4):
            return True
        far = ranges.second_end(self.doc, b)
        if far is not None and far[0] > 1:  # a range: its far end says what the pair measures
            unit = match_unit(self.doc, far[2])
            tenths = shares.cheng(self.doc.norm, far[2], far[0], True) is not None
            return tenths or (unit is not None and not self.doc.norm.startswith("级", far[2] + len(unit[0])))
        if shares.cheng(self.doc.norm, b, Decimal(1), True) is not None:
            return True
        hit = match_unit(self.doc, b)
        if hit is not None and self.doc.norm.endswith(self.doc.rules.words.one_counting, 0, b - 1):
            return True  # 增设一个顾问办事处: one more of a thing, counted
        if hit is not None and hit[0] == "块":
            return money.kuai(self.doc, b + 1, Decimal(1)) is not None  # 一块二毛五, 一块钱
        if hit is None or not isinstance(hit[1], UnitEntry):
            return hit is not None and one_added(self.doc.norm, b - 1)  # 增设一个, 新建一座
        if hit[1].kind == "duration" and self.doc.norm[max(0, b - 4) : b - 1].endswith(
            self.doc.rules.duration_leads
        ):
            return True  # 为期一年, 历时一个月: how long it lasts
        if hit[1].kind == "duration" and hit[0] != "年":
            return self.doc.norm.startswith(("内", "之内", "以内"), b + len(hit[0]))
        return hit[1].kind == "money"

    def finish(self, cand: Candidate) -> Candidate | None:
        """The candidate, unless it overlaps a set phrase or slogan."""
        if self.doc.is_blocked(cand.num_start, cand.end):
            return None
        return cand

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
