"""Dates as printed on Chinese pages -> ISO 8601 strings.

Pages write the publish date in many ways (2021年10月27日, 2021-10-27 07:55,
2021/10/27, 2021.10.27, 二〇二一年十月二十七日, ISO with a zone in meta tags).
Taiwan pages count years from 1912 (民國112年5月4日, 112年5月4日, 112-05-04: 2023-05-04);
Hong Kong press releases put the weekday and the local time after the date
(2023年5月4日（星期四）香港時間下午4時30分). The page reader needs the first such
date in a string and how precise it is, so that a date-only meta tag can be
refined by a visible date with a time. Times are China Standard Time unless the
string states a zone (Hong Kong, Macau and Taiwan time are the same UTC+8).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

CST = timezone(timedelta(hours=8))
#: earliest year a government web page can plausibly carry
MIN_YEAR = 1990

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "O": 0,
    "o": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN = "〇零○Ｏ一二三四五六七八九十"

#: a weekday in brackets after a date, as press releases print it: （星期四）, (週四)
_WEEKDAY = r"(?:\s*[（(]\s*(?:星期|禮拜|礼拜|週|周)[一二三四五六日天]\s*[）)])?"
#: the local time named before the clock time: 香港時間16時30分, 北京时间
_LOCAL = r"(?:\s*(?:香港|澳門|澳门|臺北|台北|北京)(?:時間|时间))?"
_TIME = (
    _WEEKDAY + r"(?:" + _LOCAL + r"\s*(?:T|\s)?\s*(?P<ampm>上午|下午|中午|晚上|凌晨|早上)?\s*"
    r"(?P<H>[0-2]?\d)\s*[:：时時点點]\s*(?P<M>[0-5]\d|\d(?=\s*分))"
    r"(?:\s*[:：分]\s*(?P<S>[0-5]\d)(?:\.\d+)?)?)?"
)
_ZONE = r"(?P<Z>Z|[+-]\d{2}:?\d{2})?"
_NUMERIC = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?!\d)"
    r"|年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*(?:[日号號]|(?!\d)))" + _TIME + r"(?:\s*分)?" + _ZONE
)
_HANZI = re.compile(rf"(?P<y>[{_CN}]{{4}})年(?P<m>[{_CN}]{{1,3}})月(?P<d>[{_CN}]{{1,4}})[日号號]")
#: the Republic of China era, years from 1912: after 民國 any year, in digits or words
#: (中華民國一百一十二年五月四日); without it only a three-digit year with month and day
#: (112年5月4日, 112-05-04, 112/5/4), which no Gregorian date on a web page has
_ROC_ERA = r"(?:中華民國|中华民国|民國|民国)\s*"
_ROC = re.compile(
    rf"(?<![\d.])(?:{_ROC_ERA}(?P<ey>\d{{1,3}}|[{_CN}百]{{1,6}})\s*年\s*(?P<em>\d{{1,2}}|[{_CN}]{{1,3}})\s*月"
    rf"\s*(?P<ed>\d{{1,2}}|[{_CN}]{{1,4}})\s*[日号號]"
    r"|(?P<y>1\d{2})\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]"
    r"|(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?![\d.])))" + _TIME + r"(?:\s*分)?"
)
#: the year 1 of the Republic of China era
ROC_EPOCH = 1911


@dataclass(frozen=True)
class Published:
    """A publish time as the page states it: ISO text to the page's precision, and its calendar day."""

    iso: str  # 2021-10-27T07:55:00+08:00, or 2021-10-27 when the page gives only a date
    day: date  # in China Standard Time


@dataclass(frozen=True)
class DateMatch:
    """One date found in a string: its ISO form, where it stood, and whether it is plausible."""

    iso: str
    start: int
    end: int
    has_time: bool
    plausible: bool
    day: date

    @property
    def published(self) -> Published:
        return Published(self.iso, self.day)


def _cn_number(s: str) -> int | None:
    """二十七 -> 27, 二〇二一 -> 2021 (digit by digit when there is no 十), 一百一十二 -> 112."""
    if "百" in s:
        head, _, tail = s.partition("百")
        hundreds = _CN_DIGITS.get(head, -1) if head else 1
        rest = _cn_number(tail.lstrip("〇零○")) if tail.lstrip("〇零○") else 0
        if hundreds < 0 or rest is None:
            return None
        return hundreds * 100 + rest
    if "十" in s:
        head, _, tail = s.partition("十")
        tens = _CN_DIGITS.get(head, -1) if head else 1
        units = _CN_DIGITS.get(tail, -1) if tail else 0
        if tens < 0 or units < 0:
            return None
        return tens * 10 + units
    value = 0
    for ch in s:
        d = _CN_DIGITS.get(ch)
        if d is None:
            return None
        value = value * 10 + d
    return value


def _plausible(d: date, now: datetime | None) -> bool:
    today = (now or datetime.now(CST)).date()
    return d.year >= MIN_YEAR and d <= today + timedelta(days=1)


def _hour(hh: str, ampm: str | None) -> int:
    """The hour on a 24-hour clock: 下午4時 -> 16, 中午12時 -> 12, 上午12時 -> 0."""
    h = int(hh)
    if ampm in ("下午", "晚上") and h < 12:
        return h + 12
    if ampm == "中午" and h < 11:
        return h + 12
    if ampm in ("上午", "凌晨", "早上") and h == 12:
        return 0
    return h


def _build(
    y: int,
    m: int,
    d: int,
    hh: str | None,
    mm: str | None,
    ss: str | None,
    zone: str | None,
    ampm: str | None = None,
) -> tuple[str, bool, date] | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    if hh is None or mm is None:
        return day.isoformat(), False, day
    try:
        stamp = datetime(y, m, d, _hour(hh, ampm), int(mm), int(ss or 0), tzinfo=CST)
    except ValueError:
        return day.isoformat(), False, day
    if zone:
        z = zone.replace(":", "")
        if z == "Z":
            offset = timezone.utc
        else:
            sign = -1 if z[0] == "-" else 1
            offset = timezone(sign * timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
        stamp = stamp.replace(tzinfo=offset).astimezone(CST)
    return stamp.isoformat(), True, stamp.date()


def find_dates(text: str, now: datetime | None = None) -> list[DateMatch]:
    """Every date in ``text``, in order, plausible or not (callers warn about the implausible)."""
    found: list[DateMatch] = []
    for m in _NUMERIC.finditer(text):
        month = m.group("m") or m.group("m2")
        day = m.group("d") or m.group("d2")
        built = _build(
            int(m.group("y")), int(month), int(day), m.group("H"), m.group("M"), m.group("S"), m.group("Z"),
            m.group("ampm"),
        )  # fmt: skip
        if built:
            iso, has_time, d = built
            found.append(DateMatch(iso, m.start(), m.end(), has_time, _plausible(d, now), d))
    found += _roc_dates(text, now)
    for m in _HANZI.finditer(text):
        y, mo, d_ = (_cn_number(m.group(k)) for k in ("y", "m", "d"))
        if y is None or mo is None or d_ is None:
            continue
        built = _build(y, mo, d_, None, None, None, None)
        if built:
            iso, has_time, d = built
            found.append(DateMatch(iso, m.start(), m.end(), has_time, _plausible(d, now), d))
    found.sort(key=lambda x: x.start)
    return found


def _roc_dates(text: str, now: datetime | None) -> list[DateMatch]:
    """Dates in the Republic of China era (民國112年5月4日, 112-05-04), as Gregorian dates."""
    found: list[DateMatch] = []
    for m in _ROC.finditer(text):
        if m.group("ey"):
            parts = (
                _cn_number(m.group(k)) if not m.group(k).isdigit() else int(m.group(k))
                for k in ("ey", "em", "ed")
            )
            y, mo, d_ = parts
        else:
            y = int(m.group("y"))
            mo, d_ = int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
        if y is None or mo is None or d_ is None or y < 1:
            continue
        built = _build(y + ROC_EPOCH, mo, d_, m.group("H"), m.group("M"), m.group("S"), None, m.group("ampm"))
        if built:
            iso, has_time, d = built
            found.append(DateMatch(iso, m.start(), m.end(), has_time, _plausible(d, now), d))
    return found


def parse_date(s: str, now: datetime | None = None) -> str | None:
    """The first plausible date in ``s`` as ISO (``2021-10-27`` or ``2021-10-27T07:55:00+08:00``)."""
    for match in find_dates(s, now):
        if match.plausible:
            return match.iso
    return None


_MONTH_DAY = re.compile(
    r"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<y>(?:19|20)\d{2})\s*[年/.-]\s*(?P<m>[01]?\d)\s*月?(?![\d日])"
    r"|(?<!\d)(?P<y2>(?:19|20)\d{2})\s*[年/.-]\s*(?P<m2>[01]?\d)\s*月?\s+(?P<d2>[0-3]?\d)(?![\d日年月])"
)


def parse_split_date(s: str, now: datetime | None = None) -> str | None:
    """A calendar badge split over elements ("21 2024年02月", "2024-02 21") -> ISO date."""
    found = split_date(s, now)
    return found.iso if found else None


def split_date(s: str, now: datetime | None = None) -> Published | None:
    """A calendar badge split over elements, as a :class:`Published` day."""
    m = _MONTH_DAY.search(s)
    if not m:
        return None
    y = int(m.group("y") or m.group("y2"))
    mo = int(m.group("m") or m.group("m2"))
    d = int(m.group("d") or m.group("d2"))
    built = _build(y, mo, d, None, None, None, None)
    if not built or not _plausible(built[2], now):
        return None
    return Published(built[0], built[2])


_DATELINE = re.compile(
    r"(?:(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})"
    rf"|(?P<hy>[{_CN}]{{4}})年(?P<hm>[{_CN}]{{1,3}})月(?P<hd>[{_CN}]{{1,4}}))\s*日\s*"
    r"[（(]\s*(?:星期|禮拜|礼拜|週|周)(?P<w>[一二三四五六日天])\s*[）)]"
)
_WEEKDAYS = "一二三四五六日"


def dateline(text: str, now: datetime | None = None) -> Published | None:
    """A press release's closing dateline: a date with its weekday in brackets, the weekday true
    to the date, and the local time if one follows (2023年5月4日（星期四）\n香港時間16時30分);
    the date may be written in Chinese numerals (二○二六年一月十四日（星期三）)."""
    m = _DATELINE.search(text)
    if m is None:
        return None
    if m.group("y"):
        ymd: tuple[int | None, ...] = (int(m.group("y")), int(m.group("m")), int(m.group("d")))
    else:  # 二○二六年一月十四日（星期三）, as Hong Kong departments print it
        ymd = (_cn_number(m.group("hy")), _cn_number(m.group("hm")), _cn_number(m.group("hd")))
    try:
        y, mo, d = ymd
        if y is None or mo is None or d is None:
            return None
        day = date(y, mo, d)
    except ValueError:
        return None
    if _WEEKDAYS[day.weekday()] != m.group("w").replace("天", "日") or not _plausible(day, now):
        return None
    found = find_dates(text[m.start() :], now)
    if found and found[0].start == 0 and found[0].day == day:
        return found[0].published
    return Published(day.isoformat(), day)


#: what may follow a closing dateline in its own footer: the local time and the clock time
_DATELINE_REST = re.compile(
    _LOCAL + r"\s*(?:上午|下午|中午|晚上|凌晨|早上)?\s*(?:[0-2]?\d\s*[:：时時点點]\s*[0-5]?\d\s*分?)?\s*"
)


def dateline_alone(text: str) -> bool:
    """A block of nothing but a press release's closing dateline (2026年1月14日（星期三）<br>香港時間
    17時20分, the footer of a 政府新聞公報 item): the release's own date wherever its block stands,
    never a site's footer (which says more: 版權所有, 修訂日期)."""
    t = text.strip()
    if len(t) > 40:
        return False
    m = _DATELINE.match(t)
    return m is not None and _DATELINE_REST.fullmatch(t, m.end()) is not None and dateline(t) is not None
