"""Times written in the ways of Taiwan: years of the Republic of China era (民國112年, 112年1至9月,
今（112）年); Hong Kong's financial years are :mod:`.fiscal_years`'.

Each is read as its Gregorian twin would be by :func:`.time_expressions.find_times`; the
fact stage puts them in place of what that function read at the same spot.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .calendar_spans import shift_year
from .numerals import NumberFormatError, parse_number
from .time_expressions import _MON, TimeExpr, find_times
from .time_school import ROC_EPOCH
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
    # 今（112）年, 去(111)年, 本(113)年度, 上(113)年度: the year named in brackets, as Taiwan's city news
    # writes it
    rf"|(?<=[今去明前本上下])[（(](?P<p>[0-9]{{2,3}})[）)]年"
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
        seen = {i for m in matches for i in range(m.start(), m.end())}  # 民国94年: read once, not twice
        two = [m for m in _ROC_YEAR_TWO.finditer(text) if m.start() not in seen]
        matches = sorted(matches + two, key=lambda m: m.start())
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
