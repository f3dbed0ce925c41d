"""Date forms of Hong Kong and Taiwan pages and of press releases, folded into what :mod:`.dates` reads.

Hong Kong writes the day first (08/11/2023), hours with 時 (16時30分) and a zone
name (香港時間, HKT); Taiwan writes a 12-hour clock (下午4:30); both put the weekday
between date and time (2023年11月8日（星期三） 16:30). Government press releases
end with the date and time on lines of their own. These are rewritten into the
year-first 24-hour forms the date reader knows, so that one reader serves all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import dateline, find_dates

_DAY_FIRST = re.compile(
    r"(?<![\d/.-])(?P<d>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2})(?!\d)"
)
_WEEKDAY = re.compile(r"[（(]?\s*(?:星期|禮拜|礼拜|週|周)[一二三四五六日天]\s*[）)]?")
#: the year set apart from month/day, as news.cn's header prints it (<span class="year">2023</span><span
#: class="day">03/08</span> 09:41:26: "2023 03/08 09:41:26")
_YEAR_APART = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})\s+(?P<m>[01]\d)\s*/\s*(?P<d>[0-3]\d)(?![\d/.-])")
_ZONE = re.compile(r"(?:香港|澳門|澳门|台北|臺北|北京)(?:時間|时间)|\bHKT\b|\bCST\b")
#: anything :func:`fold_date_text` would rewrite (most lines hold none: one search instead of four)
_FOLDABLE = re.compile(
    r"[時點週周]|星期|禮拜|礼拜|上午|早上|凌晨|中午|下午|晚上|傍晚|HKT|CST|\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d"
    r"|\d\s+[01]\d\s*/"
)
_TWELVE = re.compile(
    r"(?P<part>上午|早上|凌晨|中午|下午|晚上|傍晚)\s*(?P<h>[01]?\d)\s*(?P<sep>[:：時时點点])\s*(?P<m>[0-5]\d)"
)
_CN_DIGITS = "〇零○Ｏ一二三四五六七八九十"
#: a date alone on its line: year first, in digits or in words (a notice's 二〇二四年六月三日), or in
#: the Republic of China era (a Taiwan notice closes with 中華民國114年4月10日, 中華民國一百一十四年四月十日)
_DATE_LINE = re.compile(
    r"^[\s\[【(（]*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    rf"|[{_CN_DIGITS}]{{4}}年[{_CN_DIGITS}]{{1,3}}月[{_CN_DIGITS}]{{1,4}}日"
    rf"|(?:中華民國|中华民国|民國|民国)\s*(?:\d{{1,3}}|[{_CN_DIGITS}百]{{1,6}})\s*年"
    rf"\s*(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})\s*月\s*(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,4}})\s*日)"
    r"[\s\]】)）]*$"
)
_TIME_LINE = re.compile(r"^\s*\d{1,2}\s*[:：时]\s*\d{2}(?:\s*[:：分]\s*\d{2})?\s*分?\s*$")


def _twelve(m: re.Match[str]) -> str:
    hour = int(m.group("h"))
    if (m.group("part") in ("下午", "晚上", "傍晚") and hour < 12) or (
        m.group("part") == "中午" and hour < 11
    ):
        hour += 12
    return f"{hour:02d}:{m.group('m')}"


def fold_date_text(text: str) -> str:
    """``text`` with Hong Kong and Taiwan date forms rewritten year first, 24-hour, zone and weekday out."""
    if not text or not _FOLDABLE.search(text):
        return text
    s = _ZONE.sub(" ", text)
    s = _WEEKDAY.sub(" ", s.replace("時", "时").replace("點", "点"))
    s = _TWELVE.sub(_twelve, s)
    s = _DAY_FIRST.sub(lambda m: f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}", s)
    return _YEAR_APART.sub(lambda m: f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}", s)


def closing_dates(paragraphs: Sequence[str]) -> list[str]:
    """A date standing on a line of its own at the end of the body (a press release's
    ``2023年11月8日（星期三）`` / ``香港時間16時30分``), with the time line after it. The two
    lines are often one paragraph broken by ``<br>``, so the paragraphs are read line by line."""
    lines = [line for p in paragraphs[-4:] for line in p.split("\n")]
    tail = [fold_date_text(line).strip() for line in lines[-6:]]
    for i in range(len(tail) - 1, -1, -1):
        if _DATE_LINE.match(tail[i]):
            time = tail[i + 1] if i + 1 < len(tail) and _TIME_LINE.match(tail[i + 1]) else ""
            return [f"{tail[i]} {time}".strip()]
    return []


def date_below(lines: Sequence[str]) -> list[str]:
    """A date alone on the first or second line below the body, outside its container (a county
    page's ``<div class="date">2024年5月12日</div>`` under the text): the page's own date line at
    its foot, read as a closing date is, with the time on the line after it."""
    folded = [fold_date_text(line).strip() for line in lines[:3]]
    for i, line in enumerate(folded[:2]):
        if _DATE_LINE.match(line):
            time = folded[i + 1] if i + 1 < len(folded) and _TIME_LINE.match(folded[i + 1]) else ""
            return [f"{line} {time}".strip()]
    return []


#: the most a block holding nothing but a date and its time of day says
_DATE_ALONE_MAX = 40


def date_alone(text: str) -> bool:
    """A block of nothing but one plausible date, its weekday and its time of day (2025年8月26日
    10:20, 2025-08-26, 2025年4月28日（星期一）香港時間下午3時30分): a page's own date line, even under
    a print or font-size class, never a line that says more (今天是…, 訪問量) nor one whose weekday
    is false to its date. :func:`.paragraphs.only_date` asks another question (is a line above the
    text meta, not body?) and takes a calendar line too: it is no body either way."""
    t = text.strip()
    if not t or len(t) > _DATE_ALONE_MAX or not t[0].isdigit():
        return False
    if _WEEKDAY.search(t) and dateline(t) is None:
        return False  # a weekday false to the date: a calendar's line, not the page's date
    folded = fold_date_text(t).strip()
    found = find_dates(folded)
    return (
        len(found) == 1
        and found[0].start == 0
        and found[0].plausible
        and not folded[found[0].end :].strip(" 分")
    )
