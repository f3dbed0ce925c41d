"""Which date a page states is its publish time, and how precisely it states it.

A page offers several dates: meta tags, labelled values (发布时间), the header's first date, the
credits below the body, a press release's closing dateline. They are ranked here, a date-only
winner is refined by a time of day stated elsewhere on the same day, and a date that ends a
period reported (截至…) is set aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from .dates import CST, MIN_YEAR, Published, dateline, find_dates, split_date
from .metadata import LabelHit

NO_DATE = "no publish date found"


@dataclass
class DatePick:
    """The chosen publish time and the warnings met while choosing it."""

    published: Published | None
    warnings: list[str] = field(default_factory=list)
    #: a header date that ends a period reported (截至X日的…): the publish time only when no other
    #: date is found, the closing date line of a press release included
    period: Published | None = None

    @property
    def iso(self) -> str | None:
        return self.published.iso if self.published else None


def pick_published(
    meta_dates: Sequence[str],
    labelled: Sequence[tuple[int, str]],
    header_lines: Sequence[str],
    tail_labelled: Sequence[tuple[int, str]] = (),
    tail_lines: Sequence[str] = (),
    *,
    shown: Sequence[str] = (),
    period_marks: tuple[Sequence[str], Sequence[str]] = ((), ()),
    refiners: Sequence[str] = (),
    refine_lines: Sequence[str] = (),
) -> DatePick:
    """Rank publish dates: meta tags > labelled value (by label trust) > first date in the header
    > a labelled date among the credits below the body (never a bare date there: related lists)
    > a press release's closing dateline among them (2023年5月4日（星期四）, the weekday true to
    the date; the local time on the next line is read with it).

    ``shown`` are the values the article prints under a publish label (发布时间, 日期): when
    the first of them falls on another day than the meta tags', it wins (a page republished
    later, its meta tag rewritten, keeps the date it shows). A date-only winner takes the time
    of day from a lower-ranked candidate on the same day (meta ``publishdate=2019-06-15`` +
    visible ``2019年06月15日08:18``); ``refiners`` (dates below the body) and a closing dateline
    among ``refine_lines`` only refine it so.

    A header date with one of ``period_marks`` (words before, words after) next to it ends a
    period reported (政府公布截至二○二四年八月三十一日的財政狀況): it is passed over and returned
    as ``period``, for the caller to take when nothing else is found.
    """
    warnings: list[str] = []
    ranked: list[Published] = []
    periods: list[Published] = []
    before, after = period_marks

    def add(text: str, split_ok: bool = False) -> None:
        for match in find_dates(text):
            if match.plausible:
                lead, trail = text[: match.start].rstrip(), text[match.end :].lstrip()
                if split_ok and (
                    any(lead.endswith(w) for w in before) or any(trail.startswith(w) for w in after)
                ):
                    periods.append(match.published)
                    continue
                ranked.append(match.published)
                return
            warnings.append(f"implausible date rejected: {text[match.start : match.end]!r}")
        if split_ok:
            split = split_date(text)
            if split:
                ranked.append(split)

    for text in meta_dates:
        add(text)
    if ranked:
        seen = next((m.published for t in shown for m in find_dates(t) if m.plausible), None)
        if seen is not None and seen.day != ranked[0].day:
            ranked.insert(0, seen)
    for _rank, text in sorted(labelled, key=lambda x: x[0]):
        add(text)
    for line in header_lines:
        add(line, split_ok=True)
    if not ranked:
        split = split_date(" ".join(header_lines))
        if split:
            ranked.append(split)
    if not ranked:
        for _rank, text in sorted(tail_labelled, key=lambda x: x[0]):
            add(text)
    if not ranked and (closing := dateline("\n".join(tail_lines))) is not None:
        ranked.append(closing)
    if not ranked:
        return DatePick(None, [*warnings, NO_DATE], periods[0] if periods else None)
    return DatePick(_refined(ranked, refiners, refine_lines), warnings)


def _refined(ranked: Sequence[Published], refiners: Sequence[str], tail_lines: Sequence[str]) -> Published:
    """The winner made as precise as the page states it: a date-only winner takes the time of day,
    and a time to the minute the seconds, from another candidate on the same day and minute (a
    meta ``PubDate`` of ``16:05`` under a visible ``16:05:32``; a press release's 發布日期 above
    its closing ``香港時間16時30分``). ``refiners`` (the dates below the body) and the closing
    dateline among ``tail_lines`` are read only when the head gave no time of day."""
    best = ranked[0]
    if "T" in best.iso and best.iso[16:19] != ":00":
        return best
    others = list(ranked[1:])
    if "T" not in best.iso:
        others += [m.published for t in refiners for m in find_dates(t) if m.plausible]
        if tail_lines and (closing := dateline("\n".join(tail_lines))) is not None:
            others.append(closing)
    for other in others:
        if "T" not in other.iso or other.day != best.day:
            continue
        if "T" not in best.iso and other.iso.startswith(best.iso):
            return other
        if "T" in best.iso and other.iso[:16] == best.iso[:16] and other.iso[16:19] != ":00":
            return other
    return best


#: the day a content system files a page under, as its URL's path writes it: /2024-05/12/,
#: /202405/t20240512_4471.html, /art/2024/5/12/art_1229_77.html, /2024/0512/, /2024/05/12/,
#: /20240512/
_URL_DAY = re.compile(
    r"/(?P<y1>(?:19|20)\d{2})-(?P<m1>[01]\d)/(?P<d1>[0-3]\d)/"
    r"|[/_]t(?P<y2>(?:19|20)\d{2})(?P<m2>[01]\d)(?P<d2>[0-3]\d)_\d+"
    r"|/(?P<y3>(?:19|20)\d{2})/(?P<m3>[01]?\d)/(?P<d3>[0-3]?\d)/"
    r"|/(?P<y4>(?:19|20)\d{2})/?(?P<m4>[01]\d)(?P<d4>[0-3]\d)/"
)


def url_day(url: str | None, now: datetime | None = None) -> Published | None:
    """The day a page's URL files it under (a content system's date folders or file name), as a
    date-only :class:`Published`; None when the path holds no plausible day. The page's last
    witness of its date: it says when the page was filed, not at what time."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    for m in _URL_DAY.finditer(path):
        k = next(str(i) for i in range(1, 5) if m.group(f"y{i}"))
        try:
            day = date(int(m.group("y" + k)), int(m.group("m" + k)), int(m.group("d" + k)))
        except ValueError:
            continue
        today = (now or datetime.now(CST)).date()
        if day.year >= MIN_YEAR and day <= today:
            return Published(day.isoformat(), day)
    return None


#: a publish label's value that is a time of day alone (發布時間：16:30)
_TIME_ALONE = re.compile(r"\s*(?P<t>[0-2]?\d\s*[:：]\s*[0-5]\d(?:\s*[:：]\s*[0-5]\d)?)(?:\s|$)")


def with_labelled_time(day: Published, hits: Sequence[LabelHit]) -> Published:
    """A date-only publish time made precise by a time of day printed under a label of its own
    beside the labelled date (發布日期：2025年10月27日　發布時間：16:30), when the header's
    labelled date is that day; else the date as it was."""
    dated = False
    clock: str | None = None
    for hit in hits:
        if hit.field != "published_at" or not hit.value:
            continue
        if (t := _TIME_ALONE.match(hit.value)) is not None:
            clock = clock or re.sub(r"\s+", "", t.group("t")).replace("：", ":")
        elif any(m.plausible and m.day == day.day for m in find_dates(hit.value)):
            dated = True
    if not (dated and clock):
        return day
    found = find_dates(f"{day.iso} {clock}")
    return found[0].published if found and found[0].has_time and found[0].day == day.day else day
