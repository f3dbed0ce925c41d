"""Financial years (Hong Kong's 2022-23年度, April to March; 本財政年度; on a Hong Kong page 本年度 and
上年度 too) and the parts of one (二○二五／二六年度首六個月), read as :mod:`.regional_times` reads the
era's years: in place of what :func:`.time_expressions.find_times` read at the same spot."""

from __future__ import annotations

import calendar
import re
from datetime import date

from .numerals import NumberFormatError, parse_number
from .time_expressions import TimeExpr
from .time_school import pair_school_year, school_start, school_years

_YEAR_DIGITS = "〇零○一二三四五六七八九"
#: a financial year written as two years (Hong Kong's runs from April to March): 2022-23年度,
#: 二○二二至二三年度, 2023/24财政年度; the second year (two digits or four) follows the first. A
#: school year is written the same way (2023/24學年, 2024/2025學年: see :mod:`.time_school`)
_FINANCIAL_YEAR = re.compile(
    rf"(?P<y1>(?:19|20)[0-9]{{2}}|[一二][{_YEAR_DIGITS}]{{3}})\s*(?:至|到|-|－|—|–|~|～|/|／)\s*"
    rf"(?P<y2>(?:19|20)[0-9]{{2}}|[一二][{_YEAR_DIGITS}]{{3}}|[0-9]{{2}}|[{_YEAR_DIGITS}]{{2}})"
    rf"\s*(?:(?:财政)?年度|(?P<school>学年度?))$"
)


_DIGIT_OF = {c: str(max(0, i - 2)) for i, c in enumerate(_YEAR_DIGITS)}  # 〇 零 ○ are 0


def _digits(token: str) -> int:
    """二○二二 -> 2022, 23 -> 23: a year written digit by digit."""
    return int("".join(_DIGIT_OF.get(c, c) for c in token))


#: the first two digits of Hong Kong's division code
_HONG_KONG = "81"


def hong_kong_region(code: str | None) -> bool:
    """Whether a page of the place ``code`` is Hong Kong's (Macau's financial year is the calendar
    year, Taiwan's too)."""
    return code is not None and code.startswith(_HONG_KONG)


def financial_years(
    text: str, published: date | None = None, roc: bool | None = None, hong_kong: bool = False
) -> tuple[list[TimeExpr], list[tuple[int, int]]]:
    """Financial years (2022-23年度: 2022-04-01 to 2023-03-31, as Hong Kong counts them; on a page of
    ``hong_kong`` also 本年度, 上年度) and school years (2023/24學年: 2023-09-01 to 2024-08-31, Taiwan's
    (``roc``) from August; 本學年 from ``published``; see :mod:`.time_school`), and the spans of the
    written ones, whose numbers are never facts."""
    times: list[TimeExpr] = []
    spans: list[tuple[int, int]] = []
    if "年度" not in text and "学年" not in text and "学期" not in text:
        return times, spans
    times, spans = school_years(text, published, roc)  # 113學年度, 2025学年, 本学年, 2025年秋季学期
    named = False  # whether the text names a financial year from April (二〇二五至二六年度)
    for end in sorted({m.end() for m in re.finditer("年度|学年度?", text)}):
        m = _FINANCIAL_YEAR.search(text, max(0, end - 20), end)
        if m is None or (m.start() > 0 and text[m.start() - 1] in f"0123456789{_YEAR_DIGITS}"):
            continue
        y1, y2 = _digits(m.group("y1")), _digits(m.group("y2"))
        if (y1 + 1) % 100 != y2 % 100 or (y2 >= 100 and (y2 != y1 + 1 or not m.group("school"))):
            continue  # 2024/2025學年 is 2024/25學年 (2023-2024年度 may be two years)
        if m.group(
            "school"
        ):  # 2025—2026学年: September (Taiwan: August) on, or its term (2025-2026学年第一学期)
            times.append(pair_school_year(text, m.start(), m.end(), y1, school_start(text, roc)))
            spans.append((m.start(), m.end()))
            continue
        first, last, named = date(y1, 4, 1), date(y1 + 1, 3, 31), True
        part = _FISCAL_PART.match(text, m.end())
        grain, stop = "year", m.end()
        if part is not None:  # 二○二五／二六年度首六個月: April to September 2025
            first, last, grain, stop = *_part_of_year(first, part), "quarter", part.end()
        times.append(TimeExpr(m.start(), stop, text[m.start() : stop], "period", first, last, grain))
        spans.append((m.start(), m.end()))
    own = _this_financial_year(text, published, 1 if roc else 4, _THIS_FINANCIAL_YEAR, "财政年度")
    # 本年度, 上年度: Hong Kong's government counts its years from April; so does a text that names
    # such a year (二〇二五至二六年度首六個月…，約為本年度預算…: a page whose place is not found)
    if hong_kong or (named and not roc):
        own += _this_financial_year(text, published, 4, _THIS_YEAR_OF_ACCOUNTS, "年度")
    return times + own, spans


#: the financial year the text is written in, the one before or after (本財政年度, 今個財政年度, 上一財政年度)
_THIS_FINANCIAL_YEAR = re.compile(r"(?:(?P<this>本|今个|这个|本个)|(?P<last>上个|上一个?))财政年度")
#: the same without 財政, as Hong Kong's releases and replies to the Legislative Council write it (本年度,
#: 上年度, 下年度): not after a year's number (2024年度, 二○二四年度), nor before 同期 or 同月 (較上年度同期:
#: the period just named, a year before)
_THIS_YEAR_OF_ACCOUNTS = re.compile(
    r"(?<![0-9〇零○一二三四五六七八九十])(?:(?P<this>本|今)|(?P<last>上一?|去)|(?P<next>下一?|明))年度(?!同期|同月)"
)


def _this_financial_year(
    text: str, published: date | None, opens: int, pattern: re.Pattern[str], word: str
) -> list[TimeExpr]:
    """本財政年度首七個月 (Hong Kong's, from April; Taiwan's from January: ``opens``, its first month):
    the financial year the publish date falls in (2024-04-01 to 2025-03-31 for a page of November
    2024), the one before or after, and a part of it after it (its first seven months: April to
    October); ``pattern`` finds them, each holding ``word``."""
    if published is None or word not in text:
        return []
    out: list[TimeExpr] = []
    for m in pattern.finditer(text):
        step = (m.group("last") is not None) - (m.groupdict().get("next") is not None)
        y1 = published.year - (published.month < opens) - step
        first = date(y1, opens, 1)
        last = date(y1 + (opens > 1), opens - 1, 31) if opens > 1 else date(y1, 12, 31)
        part = _FISCAL_PART.match(text, m.end())
        grain, stop = "year", m.end()
        if part is not None:
            first, last, grain, stop = *_part_of_year(first, part), "quarter", part.end()
        out.append(TimeExpr(m.start(), stop, text[m.start() : stop], "period", first, last, grain))
    return out


#: a part of a financial or school year after it: its first months, a half, a quarter
_FISCAL_PART = re.compile(
    r"(?:[首前](?P<months>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})个月|(?P<half>上半年|下半年)"
    r"|[首前](?P<q3>三)季度?|(?:第|首)?(?P<q>[一二三四1-4首])季度?)"
)


def _part_of_year(first: date, part: re.Match[str]) -> tuple[date, date]:
    """The first and last day of a part of a year that begins on ``first`` (a financial year's
    first six months, its second half, its third quarter)."""
    start, months = 0, 12
    if part.group("months"):
        months = _count(part.group("months"))
    elif part.group("half"):
        start, months = (0 if part.group("half") == "上半年" else 6), 6
    elif part.group("q3"):
        months = 9
    else:
        start, months = 3 * (_QUARTERS[part.group("q")] - 1), 3
    months = max(1, min(months, 12 - start))
    y0, m0 = divmod(first.year * 12 + first.month - 1 + start, 12)
    y1, m1 = divmod(first.year * 12 + first.month - 1 + start + months - 1, 12)
    return date(y0, m0 + 1, 1), date(y1, m1 + 1, calendar.monthrange(y1, m1 + 1)[1])


_QUARTERS = {"首": 1, "一": 1, "1": 1, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}


def _count(token: str) -> int:
    try:
        return int(token) if token.isdigit() else int(parse_number(token))
    except NumberFormatError:
        return 12
