"""Time expressions in article text, resolved to ISO dates against the publish date.

Facts refer to times (截至9月30日, 1-9月, 去年, 年底前); this module finds those
expressions and turns each into a type (point, period, as_of, deadline) with a
start and end date. Relative expressions without a publish date keep their
text and get null dates.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .numerals import NumberFormatError, parse_number

_CN = "零〇一二三四五六七八九十"
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_YEAR = r"(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3}"
_REL_YEAR = r"今年|去年|前年|明年|上年|本年|当年|同年|次年|后年"
_PART = (
    r"上半年|下半年|前三季度?|前两季度|[一二三四1-4]季度|第[一二三四1-4]季度?|全年|年初|年中|年底|年末|年内|"
    r"年度|底|末|初|内"
)
_PLAN = r"[“\"']?(十[一二三四五])五[”\"']?(?:规划)?(?:期间|时期|以来|末)"

_EXPR = re.compile(
    rf"""
    (?<![0-9])  # never from inside a number: 12021年 holds no year, and long digit runs stay linear
    (?P<prefix>截至到|截至|截止到|截止|到|至)?
    (?:
        (?P<plan>{_PLAN})
      | (?P<now>目前|当前|现在|迄今|至今)
      | (?P<iso>(?P<iy>(?:19|20)[0-9]{{2}})[-/.](?P<im>1[0-2]|0?[1-9])[-/.]
               (?P<id>3[01]|[12][0-9]|0?[1-9]))(?![0-9])
      | (?:(?P<y>{_YEAR})年|(?P<rel>{_REL_YEAR}))
        (?:
            (?P<m1>{_MON})(?:月份?)?\s*[-－—~～至到]\s*(?P<m2>{_MON})月(?P<mpart1>底|末|份)?
          | (?P<m>{_MON})月(?:(?P<d>{_DAY})[日号])?(?P<mpart>底|末|初|中旬|上旬|下旬|份)?
          | (?P<part>{_PART})
          | (?P<same>同期)
        )?
      | (?P<bm1>{_MON})月?\s*[-－—~～至到]\s*(?P<bm2>{_MON})月(?P<bmpart1>底|末|份)?
      | (?P<bm>{_MON})月(?:(?P<bd>{_DAY})[日号])?(?P<bmpart>底|末|初|中旬|上旬|下旬|份)?
      | (?P<bpart>上半年|下半年|前三季度?|[一二三四]季度|第[一二三四1-4]季度?|年底|年末|年内|全年|年初)
    )
    (?P<suffix>前|以前|之前|以来|来)?
    """,
    re.VERBOSE,
)

_PLAN_YEARS = {"十一": 2006, "十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}


@dataclass(frozen=True)
class TimeExpr:
    """One time expression: where it stands in the text and what it resolves to."""

    start: int
    end: int
    text: str
    type: str
    first: date | None
    last: date | None


def _num(s: str) -> int:
    if s.isdigit():
        return int(s)
    try:
        return int(parse_number(s))
    except NumberFormatError:
        return 0


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _year_part(y: int, part: str) -> tuple[date, date, str]:
    quarters = {"一": 1, "1": 1, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}
    if part in ("上半年",):
        return date(y, 1, 1), date(y, 6, 30), "period"
    if part in ("下半年",):
        return date(y, 7, 1), date(y, 12, 31), "period"
    if part in ("前三季度", "前三季"):
        return date(y, 1, 1), date(y, 9, 30), "period"
    if part in ("前两季度",):
        return date(y, 1, 1), date(y, 6, 30), "period"
    if part.endswith(("季度", "季")):  # 第3季 (Hong Kong, Taiwan) is 第三季度
        q = quarters.get(part.lstrip("第")[0], 1)
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "period"
    if part in ("年初", "初"):
        return date(y, 1, 1), date(y, 1, 31), "point"
    if part == "年中":
        return date(y, 6, 1), date(y, 7, 31), "point"
    if part in ("年底", "年末", "底", "末"):
        return date(y, 12, 31), date(y, 12, 31), "point"
    if part in ("年内", "内"):
        return date(y, 1, 1), date(y, 12, 31), "deadline"
    return date(y, 1, 1), date(y, 12, 31), "period"


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def find_times(text: str, published: date | None, report_year: int | None = None) -> list[TimeExpr]:
    """Every time expression in ``text``, in order, with dates resolved.

    Bare months and parts of a year (9月30日, 全年) take the year named earlier in
    the same sentence, else ``report_year`` (a communiqué about a past year),
    else the publish year.
    """
    out: list[TimeExpr] = []
    sentence_year: int | None = None
    last_break = 0
    for m in _EXPR.finditer(text):
        if not m.group(0) or m.end() == m.start():
            continue
        g = m.groupdict()
        if not any(g[k] for k in g if k not in ("prefix", "suffix")):
            continue
        if re.search(r"[。！？\n]", text[last_break : m.start()]):
            sentence_year = None
        last_break = m.start()
        # a number glued before (3个月 is not a month; 15日 after a digit is not a day)
        if m.start() > 0 and text[m.start() - 1].isdigit() and not g["prefix"]:
            continue
        pub_year = published.year if published else None
        base = sentence_year or report_year or pub_year
        first: date | None = None
        last: date | None = None
        kind = "period"
        try:
            if g["plan"]:
                y0 = _plan_start(g["plan"])
                first, last = date(y0, 1, 1), date(y0 + 4, 12, 31)
            elif g["now"]:
                kind = "point"
                first = last = published
            elif g["iso"]:
                kind = "point"
                y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
                if not _valid_day(y, mo, d):
                    continue
                first = last = date(y, mo, d)
                sentence_year = y
            elif g["y"] or g["rel"]:
                if g["y"]:
                    year: int | None = _num(g["y"])
                    if g["y"] and not g["y"].isdigit() and year and not 1900 <= year <= 2100:
                        continue
                    sentence_year = year
                else:
                    offset = {"今年": 0, "本年": 0, "当年": 0, "同年": 0, "去年": -1, "上年": -1,
                              "前年": -2, "明年": 1, "次年": 1, "后年": 2}[g["rel"]]  # fmt: skip
                    anchor = pub_year
                    if g["rel"] in ("当年", "同年", "次年", "本年"):
                        anchor = sentence_year or report_year or pub_year
                    year = anchor + offset if anchor else None
                if year is None:
                    pass
                elif g["m1"]:
                    m1, m2 = _num(g["m1"]), _num(g["m2"])
                    # 11-2月 runs over the new year: it starts in the year before
                    first, last = date(year - (m1 > m2), m1, 1), _month_end(year, m2)
                elif g["m"]:
                    mo = _num(g["m"])
                    if g["d"]:
                        d = _num(g["d"])
                        if not _valid_day(year, mo, d):
                            continue
                        kind = "point"
                        first = last = date(year, mo, d)
                    else:
                        first, last = date(year, mo, 1), _month_end(year, mo)
                        if g["mpart"] in ("底", "末"):
                            kind, first = "point", _month_end(year, mo)
                elif g["part"]:
                    first, last, kind = _year_part(year, g["part"])
                elif g["same"] and out and out[-1].first and out[-1].last and g["rel"]:
                    # 去年同期: the period just named, moved to that year
                    shift = year - out[-1].last.year
                    first = _shift_year(out[-1].first, shift)
                    last = _shift_year(out[-1].last, shift)
                else:
                    first, last = date(year, 1, 1), date(year, 12, 31)
            elif g["bm1"]:
                m1, m2 = _num(g["bm1"]), _num(g["bm2"])
                if base:
                    y = base
                    if published and not sentence_year and not report_year and m2 > published.month:
                        y -= 1  # 1-12月 published in January reports last year
                    first, last = date(y - (m1 > m2), m1, 1), _month_end(y, m2)
            elif g["bm"]:
                mo = _num(g["bm"])
                if g["bd"]:
                    kind = "point"
                    d = _num(g["bd"])
                    if base:
                        if not _valid_day(base, mo, d):
                            continue
                        first = last = date(base, mo, d)
                elif base:
                    first, last = date(base, mo, 1), _month_end(base, mo)
                    if g["bmpart"] in ("底", "末"):
                        kind, first = "point", last
            elif g["bpart"] and base:
                first, last, kind = _year_part(base, g["bpart"])
            elif g["bpart"]:
                kind = _year_part(2000, g["bpart"])[2]
        except ValueError:
            continue
        prefix, suffix = g["prefix"] or "", g["suffix"] or ""
        if prefix in ("截至", "截至到", "截止", "截止到"):
            kind = "as_of"
            first = None
        elif prefix in ("到", "至") and last is not None and published and last >= published:
            kind = "deadline"
        elif prefix in ("到", "至"):
            # 由…到 / 1至9月 inside a range: treat as the plain expression
            prefix = ""
        if suffix in ("前", "以前", "之前"):
            kind = "deadline"
        elif suffix in ("以来", "来"):
            kind = "period"  # since then, up to the publish date (never before it began)
            if published and (first is None or published >= first):
                last = published
        start = m.start() + (0 if prefix else (len(g["prefix"] or "")))
        out.append(TimeExpr(start, m.end(), text[start : m.end()], kind, first, last))
    return out


def _plan_start(token: str) -> int:
    key = token.strip("“\"'")[:2]
    return _PLAN_YEARS.get(key, 2021)


def _shift_year(d: date, years: int) -> date:
    y = d.year + years
    return date(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))


#: year 1 of the Republic of China era, the calendar of Taiwan's official texts (民國112年 = 2023)
ROC_EPOCH = 1911
_ROC_CN = "零〇一二三四五六七八九十百"
#: 民国112年, 中华民国一百一十二年: after 民国 any year; a bare three-digit year (112年) only when a
#: calendar word follows it (112年1至9月, 112年第3季, 112年上半年, 112年底, 111年同期): no
#: Gregorian year in the news has three digits, and a duration (建校112年) is never followed by one
_ROC_YEAR = re.compile(
    rf"(?:中华民国|民国)(?P<y>[0-9]{{1,3}}|[{_ROC_CN}]{{1,6}})年"
    # 今（112）年, 去(111)年: the year named in brackets, as Taiwan's city news writes it
    rf"|(?<=[今去明前])[（(](?P<p>[0-9]{{2,3}})[）)]年"
    # the look behind stands after the first digit so that the scan can skip to the next 1
    rf"|1(?<![0-9.]1)(?P<bare>[0-4][0-9])年(?=(?:{_MON})(?:月|\s*[-－—~～至到])|第?[一二三四1-4]季|[上下]半年"
    rf"|前三季|全年|年[底末初中]|底|末|度|同期)"
)
#: the words before a time that make it an "as of" or a "by" (截至民国112年10月底)
_TIME_PREFIX = re.compile(r"(?:截至到|截至|截止到|截止|到|至)$")


def _roc_year(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    hundreds, _, rest = token.rpartition("百")
    try:
        value = int(parse_number(hundreds or "一")) * 100 if "百" in token else 0
        return value + (int(parse_number(rest.lstrip("零〇"))) if rest.lstrip("零〇") else 0)
    except NumberFormatError:
        return None


def roc_times(text: str, published: date | None) -> tuple[list[TimeExpr], list[tuple[int, int]]]:
    """Time expressions dated in the Republic of China era (民国112年5月4日, 截至民国112年10月底,
    112年1至9月, 今（112）年1至9月), each read as its Gregorian twin would be by
    :func:`find_times`, and the spans of their year numbers (never a fact: 112年 there is no
    duration)."""
    times: list[TimeExpr] = []
    years: list[tuple[int, int]] = []
    for m in _ROC_YEAR.finditer(text):
        token = m.group("y") or m.group("p") or "1" + m.group("bare")
        year = _roc_year(token)
        if year is None or not 1 <= year <= 200:
            continue
        bracketed = m.group("p") is not None
        before = _TIME_PREFIX.search(text, max(0, m.start() - (4 if bracketed else 3)), m.start() - bracketed)
        prefix = before.group(0) if before else ""
        at = m.start() - bracketed - len(prefix)
        gregorian = f"{prefix}{year + ROC_EPOCH}年"
        tail = text[m.end() : m.end() + 16]
        found = find_times(gregorian + tail, published)
        if not found or found[0].start > len(prefix):
            continue
        first = found[0]
        # the snippet is the prefix, the Gregorian year, then the text after the ROC year
        start = at if first.start < len(prefix) else m.start() - bracketed
        end = m.end() + max(0, first.end - len(gregorian))
        times.append(TimeExpr(start, end, text[start:end], first.type, first.first, first.last))
        years.append((m.start("y") if m.group("y") else m.start("p") if bracketed else m.start(), m.end()))
    return times, years


_YEAR_DIGITS = "〇零○一二三四五六七八九"
#: a financial year written as two years (Hong Kong's runs from April to March): 2022-23年度,
#: 二○二二至二三年度, 2023/24财政年度; the second year has two digits and follows the first
_FINANCIAL_YEAR = re.compile(
    rf"(?P<y1>(?:19|20)[0-9]{{2}}|[一二][{_YEAR_DIGITS}]{{3}})\s*(?:至|到|-|－|—|/|／)\s*"
    rf"(?P<y2>[0-9]{{2}}|[{_YEAR_DIGITS}]{{2}})\s*(?:财政)?年度$"
)


_DIGIT_OF = {c: str(max(0, i - 2)) for i, c in enumerate(_YEAR_DIGITS)}  # 〇 零 ○ are 0


def _digits(token: str) -> int:
    """二○二二 -> 2022, 23 -> 23: a year written digit by digit."""
    return int("".join(_DIGIT_OF.get(c, c) for c in token))


def financial_years(text: str) -> tuple[list[TimeExpr], list[tuple[int, int]]]:
    """Financial years (2022-23年度: 2022-04-01 to 2023-03-31, as Hong Kong counts them), and
    their spans, whose numbers are never facts."""
    times: list[TimeExpr] = []
    spans: list[tuple[int, int]] = []
    for end in (m.end() for m in re.finditer("年度", text)):
        m = _FINANCIAL_YEAR.search(text, max(0, end - 20), end)
        if m is None or (m.start() > 0 and text[m.start() - 1] in f"0123456789{_YEAR_DIGITS}"):
            continue
        y1, y2 = _digits(m.group("y1")), _digits(m.group("y2"))
        if (y1 + 1) % 100 != y2:
            continue
        times.append(TimeExpr(m.start(), m.end(), m.group(0), "period", date(y1, 4, 1), date(y1 + 1, 3, 31)))
        spans.append((m.start(), m.end()))
    return times, spans
