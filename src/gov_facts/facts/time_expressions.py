"""Time expressions in article text, resolved to ISO dates against the publish date.

Facts refer to times (截至9月30日, 1-9月, 去年, 年底前, 前8个月, 近三年, 上月); this module finds those
expressions and turns each into a type (point, period, as_of, deadline), a grain (what it names: a day,
a month, a quarter, a year, a window, now, a plan period) and a start and end date. Relative expressions
without a publish date keep their text and get null dates. Which governs a figure is :mod:`.timing`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .calendar_spans import (
    Resolved,
    first_months,
    month_day,
    month_end,
    num,
    part_grain,
    relative_month,
    relative_quarter,
    shift_year,
    valid_day,
    week,
    window,
    with_prefix_and_suffix,
    year_back,
    year_part,
)
from .court_terms import term_month
from .time_names import an_edition, in_a_name
from .word_lookups import WordLookups, builtin_word_lookups
from .year_spans import anchors_no_year, join_year_spans, year_reaches_past_semicolon

#: a small count (of months, years): never a year such as 2020 (2020年来 is "since 2020")
_NUM = r"[0-9]{1,2}|[一二两三四五六七八九十]{1,3}"
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_YEAR = r"(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3}"
_REL_YEAR = r"今年|去年|前年|明年|上年|本年|当年|同年|次年|后年"
#: 第3季, 前三季 and 首三季 without 度 are how Hong Kong, Macau and Taiwan write quarters
_QUARTER = (
    r"[前首][三3]季度?|前两季度|首两季度?|[一二三1-3][-－—~～至到][二三四2-4]季度|[一二三四1-4]季度"
    r"|第[一二三四1-4]季度?|首季度?"
)

#: the second day of a span of days in one month, its month left out (5月1日至5日, 十三日至十九日, 10月1—7日)
_DAY_SPAN_D2 = rf"\s*[-－—~～至到]\s*(?P<d2>{_DAY})[日号]"
_DAY_SPAN_BD2 = _DAY_SPAN_D2.replace("<d2>", "<bd2>")
#: what follows a day: its 日, or the span it opens
_DAY_END = rf"[日号]|\s*[-－—~～至到]\s*{_DAY}[日号]"
_SUMMED = r"(?<![共计期时达续满少多加数])(?<!数[为达])"  # 合共14日, 为期10日: days counted, no date


def _first_months_re(name: str) -> str:
    """前8个月 (the first eight months; 首八个月 in Hong Kong and Macau, 前9月 in Taiwan): ``name``."""
    return rf"(?<!提)[前首](?P<{name}>{_NUM})个?月"  # 提前9个月 is "nine months early"


_PART = rf"上半年|下半年|半年度|半年(?=[报報])|{_QUARTER}|全年|年初|年中|年底|年末|年内|年度|底|末|初|内"
_PLAN = r"[“\"']?(十[一二三四五])五[”\"']?(?:规划)?(?:期间|时期|以来|末)"

#: every character an expression may begin with: the look ahead at it lets the regex engine pass over the
#: text between times at once (a test checks it; an alternative with another first character needs it here)
FIRST_CHARS = "截到至“\"'十目当现迄近日今昨上本下最过未0-9一二两三四五六七八九去前明同次后首第年全"

#: nouns a time word is part of, no time of the figure: what is set at a year's start (年初预算, 年初目标:
#: 占年初预算的18.4%), and a day-ahead market in power and market news (日前出清均价, 日前市场, 日前交易,
#: 日前电价: a market's kind, not "a few days ago")
_SET_AT_START = "预算|预期|目标|任务"
#: a verb after a bare 全年 that ends its clause says how often, all year round (其中23個設有室內溫水池，
#: 全年開放；, 採全年受理，, 全年无休。): a frequency, no period (全年受理投诉3200宗 is the year's)
_ROUND_THE_YEAR = "(?:开放|受理|无休|营业|运营|开馆|供应|服务|不打烊|无间断)(?:[，,。；;）)\n]|$)"
_DAY_AHEAD = "出清|市场(?!监管|监督)|交易(?!所)|现货|电价|电量|电能|申报|报价|预测"

_EXPR = re.compile(
    rf"""
    (?=[{FIRST_CHARS}])
    (?<![0-9.．])  # never inside a number: 12021年 holds no year, 1.2日 no day; digit runs stay linear
    (?P<prefix>截至到|截至|截止到|截止|到|至)?
    (?:
        (?P<plan>{_PLAN})
      | (?P<now>[目当]前|(?<![出体表展发])现在|[迄至]今|近日|日前(?!{_DAY_AHEAD})|今[天日]
               |[今昨明][（(](?P<nd>{_DAY})[）)]日)
      | (?P<yday>昨[天日晚夜])(?:[（(](?P<yd>{_DAY})日?[）)])?
      | (?P<that>当天|当日|同日)
      | (?P<thatm>同月|当月)
      | (?P<relm>上个?月|本月|下个?月|[本上下][（(](?P<relmn>1[0-2]|0?[1-9])[）)]月)(?P<relmpart>底|末|初|份)?
      | (?P<relq>上一?个?季度?|本季度?(?!节)|下一?个?季度|前一季度)
      | (?P<week>上周|本周|下周)
      | (?P<win>(?<![^，,。；;：:\n])近(?P<wn>{_NUM})个?(?P<wu>年|月|季度|周|天|日)(?=[，,]|来|以来)
              |(?:最近|过去)(?P<wn3>{_NUM})个?(?P<wu3>年|月|季度|周|天|日)
              |(?P<ahead>未来)(?P<wn4>{_NUM})个?(?P<wu4>年|月|季度|周|天|日)
              |(?P<wn2>{_NUM})(?!月)个?(?P<wu2>年|月|季度)(?=来|以来))
      | (?P<ago>(?<![0-9〇零一二两三四五六七八九十百])[一1]年前)(?=[的之，,为])  # 较一年前的: a year back
      | (?P<iso>(?P<iy>(?:19|20)[0-9]{{2}})[-/.](?P<im>1[0-2]|0?[1-9])[-/.]
               (?P<id>3[01]|[12][0-9]|0?[1-9]))(?![0-9])
      | (?:(?P<y>{_YEAR})年|(?P<rel>{_REL_YEAR}))
        (?:
            (?P<m1>{_MON})(?:月份?)?\s*[-－—~～至到]\s*(?P<m2>{_MON})月(?P<mpart1>底|末|份)?
          | (?P<m>{_MON})月(?:(?P<d>{_DAY})(?={_DAY_END})[日号]?(?:{_DAY_SPAN_D2})?)?
            (?P<mpart>底|末|初|中旬|上旬|下旬|份)?
          | {_first_months_re("fm")}
          | (?P<part>{_PART})
          | (?P<same>同期|同月)
        )?
      | (?P<bm1>{_MON})月?\s*[-－—~～至到]\s*(?P<bm2>{_MON})月(?P<bmpart1>底|末|份)?
      | (?P<bm>{_MON})月(?:(?P<bd>{_DAY})(?={_DAY_END})[日号]?(?:{_DAY_SPAN_BD2})?)?
        (?P<bmpart>底|末|初|中旬|上旬|下旬|份)?
      | {_SUMMED}(?P<dd>3[01]|[12][0-9]|[1-9])日
        (?=[0-9]{{1,2}}[时:：]|[上下中]午|晚|凌晨|早|白天|夜|傍晚|[，,])
      | (?<=[日号][、和及与])(?P<ld>{_DAY})[日号]
      # 法国7日迎来, 机场7日取消: a dispatch's day of an event after who acted (once a month is named)
      | (?=[1-3]?[0-9]日[\u4e00-\u9fff])(?<=[\u4e00-\u9fff])(?<![共计期时达续满少多加个余近约每第逾过超至到])
        (?P<ed>3[01]|[12][0-9]|[1-9])日(?![内以后])(?=[\u4e00-\u9fff])
      | {_first_months_re("bfm")}
      | (?P<bpart>上半年|下半年|{_QUARTER}|年底|年末|年内|全年(?!{_ROUND_THE_YEAR})
          |年初(?!{_SET_AT_START})|年中(?=[以之]?前))
    )
    # 或之前: on or before (HK, Macau); 来 + one-character place + visitors (来台旅客) is a visit
    (?P<suffix>前|以前|之前|或之前|或以前|以来|来(?![台华京沪港澳访]|\w(?:旅客|游客|遊客|观光|觀光|人次|人数|人數))|起(?![降草步飞点诉重源伏码]))?
    """,
    re.VERBOSE,
)

_PLAN_YEARS = {"十一": 2006, "十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}
_SENTENCE_END = re.compile(r"[。！？\n]")


@dataclass(frozen=True)
class TimeExpr:
    """One time expression: where it stands in the text and what it resolves to.

    ``grain`` says what it names: ``day``, ``month``, ``quarter`` (also halves and
    首N个月), ``year``, ``window`` (近三年, 五年来), ``now`` (目前, 近日), ``plan``
    (“十四五”期间) or ``part`` (年底, 年初: a point of a year).
    """

    start: int
    end: int
    text: str
    type: str
    first: date | None
    last: date | None
    grain: str = "year"
    #: a part of a year or a month written bare (全年, 年末, 十二月) whose year is the publish year
    #: only because the text named none: it may be the year just ended (:mod:`.timing` decides)
    year_assumed: bool = False


class _Reader:
    """Resolves one match at a time, keeping the year named earlier in the sentence."""

    def __init__(self, published: date | None, report_year: int | None) -> None:
        self.published = published
        self.report_year = report_year
        self.sentence_year: int | None = None
        self.year_local = False  # (year_reaches_past_semicolon)
        self.previous: TimeExpr | None = None
        #: the month of the last date read in the text, for a day written alone (24日11时12分)
        self.last_month: tuple[int, int] | None = None
        #: the last day named in the text, which 当天 refers to
        self.last_day: TimeExpr | None = None
        #: whether the year of ``last_month`` was assumed (十二月…。同月，… is last year's too)
        self.month_assumed = False

    def remember(self, expr: TimeExpr) -> None:
        """Keep the day and the month an expression names, for 当天, 同日, 同月 and a day written
        alone after it (a month's end is a day too: 截至九月底…。截至同日，…)."""
        last = expr.last
        if last is None or expr.grain not in ("day", "days", "month"):
            return
        self.last_month = (last.year, last.month)
        self.month_assumed = expr.year_assumed
        if expr.type == "as_of" or (expr.type == "point" and expr.first == last):
            self.last_day = expr

    @property
    def base(self) -> int | None:
        """The year of a bare month or part of a year: the sentence's, the report's, the publish year."""
        return self.sentence_year or self.report_year or (self.published.year if self.published else None)

    def resolve(self, g: dict[str, str | None]) -> Resolved | None:
        """The dates of a match, or None when it names no real date (2月30日)."""
        if g["plan"]:
            y0 = _PLAN_YEARS.get(g["plan"].strip("“\"'")[:2], 2021)
            first, last = date(y0, 1, 1), date(y0 + 4, 12, 31)
            if g["plan"].endswith("以来") and self.published is not None and first <= self.published:
                last = self.published  # “十四五”以来: from the plan's start up to now
            return Resolved(first, last, "period", "plan")
        if g["nd"] or g["yd"]:  # 今（23）日, 昨（22）日 (Taiwan's releases), 昨日（9日）: the day named
            return self._day_alone(num(g["nd"] or g["yd"] or ""))
        if g["now"]:
            return Resolved(self.published, self.published, "point", "now")
        if g["yday"]:  # 昨日，…: the day before the publish day
            day = self.published - timedelta(days=1) if self.published is not None else None
            return Resolved(day, day, "point", "day")
        if g["that"]:
            # 截至当天收盘, 截至同日: the day last named in the text (当地时间14日, 截至九月底), or today
            day = self.last_day.last if self.last_day is not None else self.published
            return Resolved(day, day, "point", "day")
        if g["thatm"]:
            # 同月, 当月: the month last named in the text; none named, no time
            if self.last_month is None:
                return None
            y, m = self.last_month
            return Resolved(date(y, m, 1), month_end(y, m), "period", "month")
        if g["relm"]:
            return relative_month(g, self.published)
        if g["relq"]:
            return relative_quarter(g["relq"], self.published)
        if g["week"]:
            return week(g, self.published)
        if g["win"]:
            return window(g, self.published)
        if g["dd"]:
            return self._day_alone(int(g["dd"]))
        if g["ed"]:
            return self._day_alone(int(g["ed"])) if self.last_month is not None else None
        if g["ld"]:
            return self._day_alone(num(g["ld"]))  # 5月1日、2日: the second day of a list
        if g["iso"]:
            y, mo, d = int(g["iy"] or 0), int(g["im"] or 0), int(g["id"] or 0)
            if not valid_day(y, mo, d):
                return None
            self.sentence_year = y
            return Resolved(date(y, mo, d), date(y, mo, d), "point", "day")
        if g["ago"]:
            return year_back(self.previous)
        if g["y"] or g["rel"]:
            return self._year_and_part(g)
        return self._bare(g)

    def _day_alone(self, day: int) -> Resolved | None:
        """24日11时12分: a day of the month last named in the text (or of the publish month)."""
        if self.last_month is not None:
            y, m = self.last_month
        elif self.published is not None:
            y, m = self.published.year, self.published.month
        else:
            return Resolved(None, None, "point", "day")
        if not valid_day(y, m, day):
            return None
        return Resolved(date(y, m, day), date(y, m, day), "point", "day")

    def _year_and_part(self, g: dict[str, str | None]) -> Resolved | None:
        """2023年…, 今年…: a year, alone or with a month, a day, a part or 同期."""
        if g["y"]:
            year: int | None = num(g["y"])
            if not g["y"].isdigit() and year and not 1900 <= year <= 2100:
                return None
            self.sentence_year = year
        else:
            offset = {"今年": 0, "本年": 0, "当年": 0, "同年": 0, "去年": -1, "上年": -1,
                      "前年": -2, "明年": 1, "次年": 1, "后年": 2}[g["rel"] or "今年"]  # fmt: skip
            pub_year = self.published.year if self.published else None
            # a report about a past year (2023年…统计公报, published 2024) counts its 上年 and 今年
            # from that year, as it does its 全年; 去年 is the reader's last year, from the publish date
            anchor = (self.report_year or pub_year) if g["rel"] in ("上年", "今年") else pub_year
            if g["rel"] in ("当年", "同年", "次年", "本年"):
                # 当年 and 同年 are the year just named (or the report's), never the publish
                # year by default: in a story of the past, 当年 means "back then"
                fallback = pub_year if g["rel"] == "本年" else None
                anchor = self.sentence_year or self.report_year or fallback
            year = anchor + offset if anchor else None
            if g["rel"] in ("明年", "后年"):  # 明年…于4月下旬开幕: a later bare month is that year's
                self.sentence_year = year
        if year is None:
            return Resolved(None, None, "period", "year")
        if g["m1"]:
            m1, m2 = num(g["m1"]), num(g["m2"] or "")
            # 11-2月 runs over the new year: it starts in the year before
            return Resolved(date(year - (m1 > m2), m1, 1), month_end(year, m2), "period", "quarter")
        if g["m"]:
            return month_day(year, num(g["m"]), g["d"], g["mpart"], g["d2"])
        if g["fm"]:
            return first_months(year, g["fm"])
        if g["part"]:
            first, last, kind = year_part(year, g["part"])
            return Resolved(first, last, kind, part_grain(g["part"]))
        prev = self.previous
        if g["same"] and prev and prev.last:
            # 去年同期, 二○二四年同月, 2023年同期: the period just named, moved to that year; after an
            # as-of time (截至10月…，去年同期…) the same as-of day a year before
            shift = year - prev.last.year
            moved = shift_year(prev.first, shift) if prev.first else None
            return Resolved(moved, shift_year(prev.last, shift), "period" if moved else "as_of", prev.grain)
        return Resolved(date(year, 1, 1), date(year, 12, 31), "period", "year")

    def _bare(self, g: dict[str, str | None]) -> Resolved:
        """1-9月, 9月30日, 前8个月, 上半年: a month or part of a year with no year of its own."""
        base, published = self.base, self.published
        if g["bm1"]:
            m1, m2 = num(g["bm1"]), num(g["bm2"] or "")
            if not base:
                return Resolved(None, None, "period", "quarter")
            y = base
            if published and not self.sentence_year and not self.report_year and m2 > published.month:
                y -= 1  # 1-12月 published in January reports last year
            return Resolved(date(y - (m1 > m2), m1, 1), month_end(y, m2), "period", "quarter")
        if g["bm"]:
            if not base:
                return Resolved(None, None, "point" if g["bd"] else "period", "day" if g["bd"] else "month")
            return month_day(base, num(g["bm"]), g["bd"], g["bmpart"], g["bd2"])
        if g["bfm"]:
            if not base:
                return Resolved(None, None, "period", "quarter")
            return first_months(base, g["bfm"])
        part = g["bpart"] or ""
        if base:
            first, last, kind = year_part(base, part)
            return Resolved(first, last, kind, part_grain(part))
        return Resolved(None, None, year_part(2000, part)[2], part_grain(part))


#: Chinese numerals that count years (三年内, 两年内)
_CN_COUNT = frozenset("一二两三四五六七八九十几数")

#: 后 after a completion verb (达产后, 投产后, 建成后, 完工后): "after", not the 后 of 后年
_AFTER_COMPLETION = re.compile(r"(?:产|成|工|用|营|业)后$")


#: the groups of a time itself: a match of a prefix or a suffix alone is none (read in one call a match)
_CORE_GROUPS = tuple(k for k in _EXPR.groupindex if k not in ("prefix", "suffix"))


def find_times(
    text: str, published: date | None, report_year: int | None = None, words: WordLookups | None = None
) -> list[TimeExpr]:
    """Every time expression in ``text``, in order, with dates resolved: bare months and parts of a
    year (9月30日, 全年) take the year named earlier in the sentence (明年 too), else ``report_year`` (a
    report about a past year), else the publish year; ``words``: the Rulebook's."""
    words = builtin_word_lookups() if words is None else words
    out: list[TimeExpr] = []
    reader = _Reader(published, report_year)
    last_break = 0
    for m in _EXPR.finditer(text):
        g = m.groupdict()
        if m.end() == m.start() or not any(m.group(*_CORE_GROUPS)):
            continue
        if _SENTENCE_END.search(text, last_break, m.start()) or (
            reader.year_local and "；" in text[last_break : m.start()]
        ):
            reader.sentence_year = None
        last_break = m.start()
        # a number glued before (3个月 is not a month; 15日 after a digit is not a day)
        if m.start() > 0 and text[m.start() - 1].isdigit() and not g["prefix"]:
            continue
        if (
            g["rel"] is None
            and text.startswith("年内", m.start())
            and text[m.start() - 1 : m.start()] in _CN_COUNT
        ):
            continue  # 三年内新增绿地500公顷: a window of three years, not 年内 (this year)
        if g["rel"] == "后年" and _AFTER_COMPLETION.search(text, max(0, m.start() - 2), m.start() + 1):
            continue  # 达产后年产值可达30亿元: 后 is "after", 年产值 the output of a year
        if text.startswith(("=", "＝"), m.end()):  # 售價指數（一九九九年=100）: an index's base, no time
            continue
        if (g["yday"] and in_a_name(text, m.start(), m.end())) or (g["y"] and an_edition(text, m.end())):
            continue  # 《昨日重现》, 昨日黄花, （2023年版） (not 2023年版号): part of a name, no time
        if text[m.end() - 1 : m.end()] == "月" and term_month(text, m.start(), m.end() - 1, words.figures):
            continue  # 有期徒刑1年6月: six months of a term, no June
        year_assumed = bool(g["bpart"] or g["bm"]) and not reader.sentence_year and not reader.report_year
        if g["thatm"]:
            if reader.previous is not None and reader.previous.end == m.start():
                continue  # 9月当月: the month just named, said again
            year_assumed = reader.month_assumed
        elif g["that"] and reader.last_day is not None:
            year_assumed = reader.last_day.year_assumed

        year_before = reader.sentence_year
        try:
            resolved = reader.resolve(g)
        except ValueError:
            continue
        if resolved is None:
            continue
        if g["y"] and anchors_no_year(text, m.start(), m.end(), words):
            reader.sentence_year = year_before  # 與二○二四年比較，…全年: 全年 is not 2024's
        elif reader.sentence_year != year_before:
            reader.year_local = not year_reaches_past_semicolon(text, m.start(), m.end())
        resolved, prefix = with_prefix_and_suffix(resolved, g["prefix"] or "", g["suffix"] or "", published)
        start = m.start() + (0 if prefix else len(g["prefix"] or ""))
        expr = TimeExpr(
            start,
            m.end(),
            text[start : m.end()],
            resolved.kind,
            resolved.first,
            resolved.last,
            resolved.grain,
            year_assumed and published is not None,
        )
        out.append(expr)
        reader.previous = expr
        if not g["same"]:  # 較二○二四年同月的…: a baseline is not the month a later 同月 names
            reader.remember(expr)
    return join_year_spans(text, out, published)
