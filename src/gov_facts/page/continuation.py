"""Articles split over pages (分页): the link to the next part, and the warning that the article continues.

A long article is often cut into parts, ``t20240126_2001.html``,
``t20240126_2001_1.html``…, with a pager under the text (上一页 1 2 下一页, 第2页)
or one drawn by a script (TRS's ``createPageHTML(2, 0, "t20240126_2001", "html")``).
The links of such a pager are marked before the chrome pass (which would drop
the pager) so the walk can tell whether the pager stands with the body; a part
read alone then carries a warning naming the next part, and a run given all the
parts joins them into one record (:mod:`gov_facts.run.parts`).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml.html import HtmlElement as Element

from ..core.urls import url_path
from ..rules.compiled import compiled
from ..rules.page_rules import ChromeRules
from .lines import NEXT_LINK_MARK, Line

#: a part's file name: the first part's name with _N before the ending (t20240126_2001_1.html)
_PART_NAME = re.compile(r"^(?P<stem>.+?)_(?P<n>\d{1,2})\.(?P<ext>s?html?|jsp|php|aspx?)$", re.I)
_PAGE_NUMBER = re.compile(r"^\s*第?\s*(?P<n>\d{1,2})\s*页?\s*$")
_OWN_NAME = re.compile(r"^(?P<stem>.+?)(?:_\d{1,2})?\.(?:s?html?|jsp|php|aspx?)$", re.I)
_LIST_STEMS = frozenset(["index", "list", "default"])
#: how many lines after the body a pager may stand and still belong to it
_AFTER_BODY = 12


@dataclass
class _Rules:
    rules: ChromeRules
    words: frozenset[str] = field(init=False)
    pagers: list[re.Pattern[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.words = frozenset(w.strip() for w in self.rules.next_page_words)
        self.pagers = [re.compile(p) for p in self.rules.script_pagers]


def _name(href: str) -> str:
    return posixpath.basename(url_path(href))


def mark_next_links(links: Sequence[Element], url: str | None, rules: ChromeRules) -> bool:
    """Mark the links to the article's next part (下一页, or a page number after the page's own
    part when its URL is known: 2 → ``…_1.html``); whether any was marked."""
    r = compiled(_Rules, rules)
    own = _OWN_NAME.match(_name(url)) if url else None
    own_part = _PART_NAME.match(_name(url)) if url else None
    # a page number counts only when the page knows which part it is: on the last part,
    # "1 2 [3]" links back to earlier parts
    after = int(own_part.group("n")) + 1 if own_part else (1 if own else None)
    marked = False
    for a in links:
        text = a.text if a.text and a.text.strip() else (a[0].text if len(a) else None)
        text = (text or "").strip()
        if not text or (text not in r.words and (after is None or not _PAGE_NUMBER.match(text))):
            continue
        href = a.get("href")
        if not href or href.startswith(("javascript", "#")):
            continue
        part = _PART_NAME.match(_name(href))
        if part is None or (own is not None and part.group("stem") != own.group("stem")):
            continue
        if own is None and part.group("stem").lower() in _LIST_STEMS:
            continue  # index_1.html, list_2.html: the pages of a list, not of an article
        if text in r.words or (after is not None and int(part.group("n")) >= after):
            a.set(NEXT_LINK_MARK, href)
            marked = True
    return marked


def script_next_part(scripts: Sequence[str], rules: ChromeRules) -> str | None:
    """The next part named by a script pager (``createPageHTML(count, current, stem, ext)``)."""
    r = compiled(_Rules, rules)
    for text in scripts:
        for rx in r.pagers:
            m = rx.search(text)
            if m is None:
                continue
            count, current = int(m.group("count")), int(m.group("current"))
            if current + 1 < count:
                return f"{m.group('stem')}_{current + 1}.{m.group('ext')}"
    return None


def next_part(
    next_links: Sequence[tuple[int, str]], lines: Sequence[Line], start: int, end: int
) -> str | None:
    """The href of a marked link that stands in the body or in the lines just after it."""
    stop = min(len(lines), end + _AFTER_BODY)
    for i in range(end, stop):
        if lines[i].link_w < 0.5 * len(lines[i].text) and len(lines[i].text) >= 40:
            stop = i  # running text after the body: whatever follows is another part of the page
            break
    hrefs = [href for i, href in next_links if start <= i <= stop]
    if not hrefs:
        return None
    # the lowest-numbered part: from "1 [2] 3 下一页" the next is 2, not 3
    return min(hrefs, key=lambda h: int(m.group("n")) if (m := _PART_NAME.match(_name(h))) else 0)


def continuation_warning(href: str) -> str:
    return (
        f"the article continues on another page ({href}): "
        "give all its parts in one run to read them as one article"
    )
