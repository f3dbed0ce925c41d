"""Times written in the ways of Taiwan and Hong Kong: years of the Republic of China era
(民國112年, 112年1至9月, 今（112）年) and financial years (2022-23年度, April to March).

Each is read as its Gregorian twin would be by :func:`.time_expressions.find_times`; the
fact stage puts them in place of what that function read at the same spot.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from .calendar_spans import shift_year
from .numerals import NumberFormatError, parse_number
from .time_expressions import _MON, TimeExpr, find_times
from .time_school import ROC_EPOCH, pair_school_year, school_start, school_years
from .time_school import ROC_SCHOOL_YEAR as _ROC_SCHOOL_YEAR
from .word_lookups import WordLookups

_ROC_CN = "零〇一二三四五六七八九十百"
#: 民国112年, 中华民国一百一十二年: after 民国 any year; a bare three-digit year (112年) only when a
#: calendar word follows it (112年1至9月, 112年第3季, 112年上半年, 112年底, 111年同期): no
#: Gregorian year in the news has three digits, and a duration (建校112年) is never followed by one
_ROC_YEAR = re.compile(
    # the look ahead at the characters a match begins with lets the regex engine skip the text
    # between them (the second branch opens with a look behind, which would make it try every place)
    rf"(?=[中民（(1])(?:(?:中华民国|民国)(?P<y>[0-9]{{1,3}}|[{_ROC_CN}]{{1,6}})年"
    # 今（112）年, 去(111)年, 本(113)年度: the year named in brackets, as Taiwan's city news writes it
    rf"|(?<=[今去明前本])[（(](?P<p>[0-9]{{2,3}})[）)]年"
    # the look behind stands after the first digit so that the scan can skip to the next 1
    rf"|1(?<![0-9.]1)(?P<bare>[0-4][0-9])年(?=(?:{_MON})(?:月|\s*[-－—~～至到])|第?[一二三四1-4]季|[上下]半年"
    rf"|前[三3]季|全年|年[底末初中]|底|末|度|同期|同月))"
)
#: on a page that dates in the Republic of China era (Taiwan's: see :func:`roc_page`), a bare
#: three-digit year anywhere (臺灣112年經濟成長率, 較112年之648萬人次, 疫情前108年（1,186萬人次）,
#: 114年CPI, 較113年的62元, 113年期紅豆): not after a word that makes it a length of time (建校112年,
#: 已有110年, 长达100年, 共110年) nor before one (100年历史, 110年之久, 100年的历史, 112年前, 105年以來);
#: 113年來臺旅客 is a year (來 a verb of coming)
_ROC_YEAR_BARE = re.compile(
    r"(?=1)(?<![有达逾近约过经校立了满超共长第])1(?<![0-9.]1)(?<![0-9],1)(?P<bare>[0-4][0-9])年"
    r"(?![前后间历多余半里]|以?来(?![\u4e00-\u9fff])|以来|之[久后前间内]|的(?:历史|时间|岁月))"
)
#: on a traditional page not of Hong Kong or Macau, a two-digit year of the era before a month
#: (94年6月30日以前出廠, 舊制自87年7月起): a day of 1949 to 2010 as Taiwan writes it, never a length
#: of time (已有94年 stays out by the words before it, 有期徒刑10年6月 by 刑)
_ROC_YEAR_TWO = re.compile(
    rf"(?<![0-9.,／/])(?<![有达逾近约过经校立了满超共长第刑])(?P<two>[1-9][0-9])年(?=(?:{_MON})月)"
)
#: on a traditional-script page of no known region and no ROC date: a bare year before a noun
#: only (臺灣112年經濟成長率), as above
_ROC_YEAR_BEFORE_NOUN = re.compile(
    r"(?=1)(?<![有达逾近约过经校立了满超])1(?<![0-9.]1)(?P<bare>[0-4][0-9])年"
    r"(?=[\u4e00-\u9fffA-Za-z])(?![来以前后间历之的多余半里])"
)
#: what both patterns above need, found with no look-around (a cheap test of a whole text)
_ANY_BARE_YEAR = re.compile(r"1[0-4][0-9]年")
#: a base year of an index (指數(110年=100)): a year, but no time of the figures under it
_BASE_YEAR = re.compile(r"\s*[=＝]")
#: the words before a time that make it an "as of" or a "by" (截至民国112年10月底)
_TIME_PREFIX = re.compile(r"(?:截至到|截至|截止到|截止|到|至)$")


#: 來 as a verb of coming to a place (來臺旅客, 来华投资): a CJK character follows it at once
_COME_TO = re.compile(r"[\u4e00-\u9fff]")


#: the regions whose pages date in the Republic of China era, by the first two digits of their
#: division code (Taiwan), and those whose pages never do (Hong Kong, Macau)
_ROC_REGIONS, _GREGORIAN_REGIONS = ("71",), ("81", "82")


def roc_region(code: str | None) -> bool | None:
    """Whether a page of the place ``code`` dates in the Republic of China era: True for Taiwan,
    False for Hong Kong and Macau, None when the page's place is not known."""
    if code is None:
        return None
    return code[:2] in _ROC_REGIONS if code[:2] in _ROC_REGIONS + _GREGORIAN_REGIONS else None


def roc_page(text: str, matches: list[re.Match[str]]) -> bool:
    """Whether a traditional-script ``text`` of no known place dates in the Republic of China era,
    as Taiwan's pages do: it writes 民國, or a three-digit year with a calendar word (113年12月,
    今（113）年, 112年底: ``matches`` of :data:`_ROC_YEAR`), or a school year of the era (113學年度).
    Hong Kong and Macau pages write none, and there a bare 100年 stays what it says."""
    return (
        bool(matches) or "民国" in text or _ROC_SCHOOL_YEAR.search(text) is not None or _bare_roc_years(text)
    )


#: a Gregorian year as a news text writes it (2024年, 1998年): a page that writes one is not dated
#: in the Republic of China era by its bare three-digit years alone
_GREGORIAN_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年")
#: how far apart the bare years of one Taiwan page may lie (108年 to 116年: a plan's years and its
#: base year): durations that happen to read 1xx年 (建校100年, 110年歷史) are rarely several and close
_ROC_SPREAD = 15


def _bare_roc_years(text: str) -> bool:
    """Whether a traditional ``text`` writes at least two different bare three-digit years (113年,
    112年, 116年: not lengths of time, see :data:`_ROC_YEAR_BARE`) close to each other and more
    than twice as many of them as Gregorian years: a Taiwan ministry's release that writes its
    years so (113年全國…，較112年的84.9%), whose place and 民國 are stated nowhere in its text."""
    if "年" not in text:
        return False
    found = [int("1" + m.group("bare")) for m in _ROC_YEAR_BARE.finditer(text)]
    years = set(found)
    if len(years) < 2 or max(years) - min(years) > _ROC_SPREAD:
        return False
    # a Gregorian year or two in a name (2024巴黎奧運, 2025年台灣燈會) beside many bare years
    return len(_GREGORIAN_YEAR.findall(text)) * 2 < len(found)


def _roc_year(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    hundreds, _, rest = token.rpartition("百")
    try:
        value = int(parse_number(hundreds or "一")) * 100 if "百" in token else 0
        return value + (int(parse_number(rest.lstrip("零〇"))) if rest.lstrip("零〇") else 0)
    except NumberFormatError:
        return None


def roc_times(
    text: str,
    published: date | None,
    traditional: bool = False,
    roc: bool | None = None,
    words: WordLookups | None = None,
) -> tuple[list[TimeExpr], list[tuple[int, int]]]:
    """Time expressions dated in the Republic of China era (民国112年5月4日, 截至民国112年10月底,
    112年1至9月, 今（112）年1至9月; on a page of Taiwan (``roc``; when its place is not known, a
    ``traditional`` one that dates so: :func:`roc_page`) also a bare year: 112年經濟成長率,
    較112年之…; on another traditional page of no known place a bare year before a noun), each read as
    its Gregorian twin would be by :func:`find_times`, and the spans of their year numbers (never
    a fact: 112年 there is no duration). ``words``: the Rulebook's, for :func:`find_times`."""
    times: list[TimeExpr] = []
    years: list[tuple[int, int]] = []
    matches = list(_ROC_YEAR.finditer(text))
    bare = None
    # both bare patterns need a 1xx年: a text with none (most pages) is not scanned with either
    if (roc or (traditional and roc is None)) and _ANY_BARE_YEAR.search(text) is not None:
        bare = _ROC_YEAR_BARE if roc or roc_page(text, matches) else _ROC_YEAR_BEFORE_NOUN
        if bare is _ROC_YEAR_BEFORE_NOUN and bare.search(text):
            bare = _ROC_YEAR_BARE  # 公布113年全國…，較112年的84.9%: one year before a noun dates the page
    if bare is not None:
        seen = {i for m in matches for i in range(m.start(), m.end())}
        extra = [m for m in bare.finditer(text) if m.start() not in seen]
        matches = sorted(matches + extra, key=lambda m: m.start())
    if roc or (traditional and roc is None):  # a page of Taiwan, or perhaps: 94年6月30日, 87年7月起
        matches = sorted(matches + list(_ROC_YEAR_TWO.finditer(text)), key=lambda m: m.start())
    for m in matches:
        g = m.groupdict()
        token = g.get("y") or g.get("p") or g.get("two") or "1" + g["bare"]
        year = _roc_year(token)
        if year is None or not 1 <= year <= 200:
            continue
        bracketed = g.get("p") is not None
        if g.get("bare") and _BASE_YEAR.match(text, m.end()):
            years.append((m.start(), m.end()))
            continue
        before = _TIME_PREFIX.search(text, max(0, m.start() - (4 if bracketed else 3)), m.start() - bracketed)
        prefix = before.group(0) if before else ""
        at = m.start() - bracketed - len(prefix)
        gregorian = f"{prefix}{year + ROC_EPOCH}年"
        tail = text[m.end() : m.end() + 16]
        found = find_times(gregorian + tail, published, None, words)
        if not found or found[0].start > len(prefix):
            continue
        first = found[0]
        if (
            first.text.endswith("来")
            and not first.text.endswith("以来")
            and _COME_TO.match(gregorian + tail, first.end)
        ):  # 113年全年來臺旅客: 來 is the verb (come to Taiwan), not "since"
            first = next(
                iter(find_times(gregorian + tail[: first.end - len(gregorian) - 1], published, None, words)),
                first,
            )
        # the snippet is the prefix, the Gregorian year, then the text after the ROC year
        start = at if first.start < len(prefix) else m.start() - bracketed
        end = m.end() + max(0, first.end - len(gregorian))
        times.append(TimeExpr(start, end, text[start:end], first.type, first.first, first.last, first.grain))
        years.append((m.start("y") if g.get("y") else m.start("p") if bracketed else m.start(), m.end()))
    if roc or (traditional and roc is None):
        dated, spans = _roc_slash_dates(text, published, words)
        times, years = times + dated, years + spans
    return times, years


#: a day of the ROC era written with slashes (113/12/31, 截至113/1/15止), as Taiwan's notices and
#: tables write it: never a fraction nor a figure
_ROC_SLASH_DATE = re.compile(
    r"(?=1)(?<![0-9./])1(?P<y>[0-4][0-9])/(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9/])"
)


def _roc_slash_dates(
    text: str, published: date | None, words: WordLookups | None
) -> tuple[list[TimeExpr], list[tuple[int, int]]]:
    """113/12/31 read as 2024年12月31日 would be (with 截至 before it, an as-of), and its span."""
    times: list[TimeExpr] = []
    spans: list[tuple[int, int]] = []
    if "/" not in text:
        return times, spans
    for m in _ROC_SLASH_DATE.finditer(text):
        before = _TIME_PREFIX.search(text, max(0, m.start() - 3), m.start())
        prefix = before.group(0) if before else ""
        gregorian = (
            f"{prefix}{int('1' + m.group('y')) + ROC_EPOCH}年{int(m.group('m'))}月{int(m.group('d'))}日"
        )
        found = find_times(gregorian + text[m.end() : m.end() + 8], published, None, words)
        if not found or found[0].start > len(prefix) or found[0].end < len(gregorian):
            continue
        first = found[0]
        start = m.start() - (len(prefix) if first.start < len(prefix) else 0)
        end = m.end() + first.end - len(gregorian)
        times.append(TimeExpr(start, end, text[start:end], first.type, first.first, first.last, first.grain))
        spans.append((m.start(), m.end()))
    return times, spans


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


def financial_years(
    text: str, published: date | None = None, roc: bool | None = None
) -> tuple[list[TimeExpr], list[tuple[int, int]]]:
    """Financial years (2022-23年度: 2022-04-01 to 2023-03-31, as Hong Kong counts them) and
    school years (2023/24學年: 2023-09-01 to 2024-08-31, Taiwan's (``roc``) from August; 本學年
    from ``published``; see :mod:`.time_school`), and the spans of the written ones, whose numbers
    are never facts."""
    times: list[TimeExpr] = []
    spans: list[tuple[int, int]] = []
    if "年度" not in text and "学年" not in text and "学期" not in text:
        return times, spans
    times, spans = school_years(text, published, roc)  # 113學年度, 2025学年, 本学年, 2025年秋季学期
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
        first, last = date(y1, 4, 1), date(y1 + 1, 3, 31)
        part = _FISCAL_PART.match(text, m.end())
        grain, stop = "year", m.end()
        if part is not None:  # 二○二五／二六年度首六個月: April to September 2025
            first, last, grain, stop = *_part_of_year(first, part), "quarter", part.end()
        times.append(TimeExpr(m.start(), stop, text[m.start() : stop], "period", first, last, grain))
        spans.append((m.start(), m.end()))
    return times + _this_financial_year(text, published, 1 if roc else 4), spans


#: the financial year the text is written in, or the one before (本財政年度, 今個財政年度, 上一財政年度)
_THIS_FINANCIAL_YEAR = re.compile(r"(?:(?P<this>本|今个|这个|本个)|(?P<last>上个|上一个?))财政年度")


def _this_financial_year(text: str, published: date | None, opens: int) -> list[TimeExpr]:
    """本財政年度首七個月 (Hong Kong's, from April; Taiwan's from January: ``opens``, its first month):
    the financial year the publish date falls in (2024-04-01 to 2025-03-31 for a page of November
    2024) or the one before, and a part of it after it (its first seven months: April to October)."""
    if published is None or "财政年度" not in text:
        return []
    out: list[TimeExpr] = []
    for m in _THIS_FINANCIAL_YEAR.finditer(text):
        y1 = published.year - (published.month < opens) - (m.group("last") is not None)
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


def same_period_of_era(times: list[TimeExpr]) -> list[TimeExpr]:
    """若與112年同月之5,106棟相比 (after 3月…), 較111年同期: a year of the era and 同月 or 同期 name
    the period last named before it, moved to that year, as 2023年同月 does for :func:`find_times`
    (the era's years are read from a snippet that holds no earlier time). ``times`` in text order."""
    out: list[TimeExpr] = []
    for t in times:
        prev = out[-1] if out else None
        if (
            t.text.endswith(("同月", "同期"))
            and t.grain == "year"
            and prev is not None
            and prev.last is not None
            and t.last is not None
            and prev.grain != "year"
        ):
            shift = t.last.year - prev.last.year
            moved = shift_year(prev.first, shift) if prev.first else None
            t = replace(t, first=moved, last=shift_year(prev.last, shift), grain=prev.grain)
            t = replace(t, type="period" if moved else "as_of")
        out.append(t)
    return out
