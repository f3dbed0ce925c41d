"""Blocks of the page chrome that hold the page's own date: a block of nothing but a date line (a
release's closing dateline under a font-size or print class) is kept, and the date a breadcrumb ends
with (新聞公報 > 2025年4月28日) is remembered on the root for the publish-date pick (:mod:`.assemble`)."""

from __future__ import annotations

import re

from lxml.html import HtmlElement as Element

from .date_forms import date_alone
from .dates import dateline_alone

#: the attribute of the page's root holding the date a breadcrumb ends with (新聞公報 > 2025年4月28日)
CRUMB_MARK = "data-gov-facts-crumb-date"
_CRUMB_SEPARATORS = re.compile(r"[>＞›»/|｜]")
#: the most text a block of nothing but a closing dateline holds (2025年4月28日（星期一）香港時間15時30分)
_DATELINE_WEIGHT = 40


def mark_crumb_date(doc: Element, crumb: Element) -> None:
    """A breadcrumb ending in a date alone (a press-release archive filed by day: 新聞公報 >
    2025年4月28日) names the day the page is filed under: kept on the root for the date pick."""
    if doc.get(CRUMB_MARK) is not None:
        return
    last = _CRUMB_SEPARATORS.split(crumb.text_content())[-1].strip()
    if last and date_alone(last):
        doc.set(CRUMB_MARK, last)


def date_block(text: str, weight: float) -> bool:
    """A block of nothing but a date line, whatever its class: a release's closing dateline
    (二○二六年一月十四日（星期三）) or a page's date and time of day (2025年8月26日 10:20); the
    caller gives the block's text and its weight, which it has already."""
    return weight <= _DATELINE_WEIGHT and (date_alone(text) or dateline_alone(text))
