"""Blocks around the body: lists of linked headlines, and sibling blocks that continue the article.

The density score finds the container richest in paragraph text. Two page
constructions fool a single container:

- a list of articles, each a linked headline and a summary (a list page, a
  "related articles" block with excerpts): punctuated text outside links, yet
  no article; :func:`teaser_items` recognises it by its items;
- an article cut into sibling blocks (a first part and the rest around an
  advert or a picture, sections in blocks of their own): the winner holds one
  part; :func:`widen` takes the neighbouring blocks that read as its
  continuation (paragraph text, few links), across spacers and pictures.

Two kinds of block outweigh a short article without being one: a layout table's cell beside
the headline's (:func:`cells_beside`) and a block of the site's notices (:func:`site_notices`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml.html import HtmlElement as Element

from .html_tags import HEADING_TAGS
from .text_weight import runs_of, weight

if TYPE_CHECKING:  # the chrome and line readers import the Stats below
    from .chrome import ChromeText
    from .lines import PageLines

#: a linked headline carries at least this much text (a username or a "more" link does not)
_HEADLINE = 8
#: items a list of teasers has at least
_MIN_ITEMS = 4
#: posts a thread has at least to be read as one
_MIN_POSTS = 3
_DIGITS = runs_of(r"\d")
_STAMP = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}")


@dataclass(slots=True)
class Stats:
    """Text weight, link weight and credited paragraph score of one element."""

    all_w: int = 0
    link_w: int = 0
    score: float = 0.0
    #: where the element's text starts and ends, counted in text outside links in reading order
    start: int = 0
    end: int = 0
    #: the page's line count where the element begins and after it ends, as the body pass reads
    #: lines (``lines.NOT_READ``: inside what is not read by elements; ``lines.MID_LINE``: in the
    #: middle of a line)
    line_in: int = -2
    line_out: int = -2


def teaser_items(el: Element, stats: dict[Element, Stats]) -> int:
    """How many items of ``el`` are teasers (a linked headline, then text), when they make up
    the list; 0 when ``el`` is not a list of teasers."""
    whole = stats[el]
    if whole.link_w < 0.1 * whole.all_w:
        return 0  # the headlines of a list are links: a block nearly without links is none
    kids: list[Element] = []
    for _ in range(4):  # through wrappers whose text is nearly all in one block (div > ul > li…)
        kids = [c for c in el if isinstance(c.tag, str) and (s := stats.get(c)) is not None and s.all_w >= 8]
        if len(kids) >= _MIN_ITEMS or not kids:
            break
        heaviest = max(kids, key=lambda c: stats[c].all_w)
        if stats[heaviest].all_w < 0.8 * stats[el].all_w:
            return 0
        el = heaviest
    if len(kids) < _MIN_ITEMS:
        return 0
    teasers = sum(1 for kid in kids if _is_teaser(kid, stats[kid]))
    return teasers if teasers >= _MIN_ITEMS and teasers >= 0.6 * len(kids) else 0


def _is_teaser(item: Element, st: Stats) -> bool:
    """A block whose first words are a linked headline and which holds text besides."""
    if st.all_w - st.link_w < 8:
        return False
    for sub in item.iter():
        if not isinstance(sub.tag, str):
            continue
        if sub.tag == "a":
            return weight(sub.text_content()) >= _HEADLINE
        if sub.text and not sub.text.isspace():
            return False
    return False


def widen(
    chosen: Element, stats: dict[Element, Stats], anchor: Stats | None = None
) -> tuple[Element, Element]:
    """The first and last of the sibling blocks that continue ``chosen`` (itself when none do);
    never back above the headline (``anchor``): an article does not begin before it."""
    parent = chosen.getparent()
    if parent is None:
        return chosen, chosen
    sibs = [c for c in parent if isinstance(c.tag, str)]
    at = next(i for i, c in enumerate(sibs) if c is chosen)
    base = stats[chosen]
    sig = _signature(chosen)
    first = last = at
    for j in range(at + 1, len(sibs)):
        kind = _continuation(sibs[j], stats.get(sibs[j]), base, sig)
        if kind == "stop":
            break
        if kind == "text":
            last = j
    for j in range(at - 1, -1, -1):
        st = stats.get(sibs[j])
        if anchor is not None and (st is None or st.start < anchor.end):
            break
        kind = _continuation(sibs[j], st, base, sig)
        if kind == "stop" or sibs[j].find(".//h1") is not None or sibs[j].tag in HEADING_TAGS:
            break
        if kind == "text":
            first = j
    return sibs[first], sibs[last]


def _continuation(el: Element, st: Stats | None, base: Stats, sig: tuple[str, frozenset[str], str]) -> str:
    """What a sibling block is to the body: ``text`` continues the article (a block like the
    body's own, with paragraphs of its own), ``skip`` may stand between its parts (a spacer, a
    picture, an advert label), ``stop`` is anything else (a sidebar's introduction)."""
    if st is None or st.all_w < 10:
        return "skip"
    if st.link_w == 0 and st.all_w <= 120:
        if el.tag == "figure" and el.find(".//figcaption") is not None:
            return "text"  # a picture with its caption, as HTML marks them
        if el.find(".//img") is not None:
            return "skip"  # a picture with a line of text: between two parts of the text, it is theirs
    text_w = st.all_w - st.link_w
    if st.link_w > 0.2 * st.all_w or text_w < 30:
        return "stop"
    # paragraphs of its own, of some weight next to the body's, in a block of the body's kind
    if st.score <= 0 or st.score < 0.1 * base.score:
        return "stop"
    other = _signature(el)
    alike = _alike(other, sig) or (other[0] == sig[0] and not (other[1] or other[2] or sig[1] or sig[2]))
    return "text" if alike else "stop"


def _signature(el: Element) -> tuple[str, frozenset[str], str]:
    """Tag, class tokens and id with the digits taken out (post_9001 and post_9014 are alike)."""
    cls = frozenset(_DIGITS.sub("", t) for t in (el.get("class") or "").split())
    return el.tag, cls, _DIGITS.sub("", el.get("id") or "")


def _alike(a: tuple[str, frozenset[str], str], b: tuple[str, frozenset[str], str]) -> bool:
    if a[0] != b[0]:
        return False
    if a[2] and a[2] == b[2]:
        return True
    union = a[1] | b[1]
    return bool(union) and len(a[1] & b[1]) >= 0.5 * len(union)


def first_of_series(
    winner: Element, stats: dict[Element, Stats], best_in: Callable[[Element], Element | None]
) -> Element:
    """The opening post when ``winner`` lies in a later one of a series of alike blocks that
    each hold text (a forum thread: the thread's article is its first post, the rest reply)."""
    node = winner
    for _ in range(8):
        parent = node.getparent()
        if parent is None:
            break
        same_tag = [c for c in parent if c.tag == node.tag]
        sig = _signature(node) if len(same_tag) >= _MIN_POSTS else None
        series = [c for c in same_tag if _alike(_signature(c), sig)] if sig is not None else []
        if len(series) >= _MIN_POSTS:
            # posts: text of their own, each stamped with its time (发表于 2023-6-18 21:37)
            posts = [
                c
                for c in series
                if (st := stats.get(c)) is not None
                and st.all_w - st.link_w >= 8
                and _STAMP.search(c.text_content())
            ]
            if len(posts) < _MIN_POSTS or posts[0] is node:
                return winner
            opening = best_in(posts[0])
            return opening if opening is not None else winner
        node = parent
    return winner


def cells_beside(title_el: Element) -> frozenset[Element] | tuple[()]:
    """What stands in the cells beside the headline's in a layout table's row (<tr><td>headline,
    text</td><td>政策解读…</td></tr>): a side column, not the article, however long its paragraph."""
    found: list[Element] = []
    for anc in title_el.iterancestors():
        if anc.tag not in ("td", "th"):
            continue
        row = anc.getparent()
        if row is None or row.tag != "tr":
            continue
        for cell in row:
            if cell is not anc and isinstance(cell.tag, str):
                found.extend(cell.iter())
    return frozenset(found) if found else ()


#: the share of a block's text in chrome lines that makes it the site's notices, not the article
_NOTICES = 0.6
#: the most text a block of the site's notices holds (Chinese characters and punctuation)
_NOTICES_MAX = 600


def site_notices(st: Stats, reading: PageLines | None, chrome: ChromeText) -> bool:
    """The block's lines are mostly chrome by their wording: a site's 网站声明 and 温馨提示 under a
    one-paragraph notice outweigh it, yet are not the article (the lines as the body pass read them)."""
    if reading is None or st.line_in < 0 or st.line_out < 0 or st.all_w > _NOTICES_MAX:
        return False  # an article's length: its lines are not all read for chrome
    lines = reading.lines[st.line_in : st.line_out]
    total = sum(weight(line.text) for line in lines)
    if total == 0:
        return False
    text = total  # what is left once the chrome lines are taken out, while it may still be the most
    for line in lines:
        if chrome.is_chrome(line.text):
            text -= weight(line.text)
        if text <= (1 - _NOTICES) * total:
            return True
    return False


#: text between the headline and the first of a series of posts that makes them replies to it
_ARTICLE_BEFORE = 30


def replies(root: Element, stats: dict[Element, Stats], anchor: Stats) -> Element | None:
    """The block holding a series of replies under the article: three or more alike blocks (the
    same tag and inner tags, not paragraphs) after the headline, each with text of its own and a
    time stamp on a short line of its own (田间守望者 2025-03-04 18:20 / 我们村今年…), with the
    article's text between the headline and the first of them. A forum thread's opening post is
    one of its series, right under the title: no reply."""
    for parent in _shallow(root):
        if len(parent) < _MIN_POSTS:
            continue
        kids = [c for c in parent if (st := stats.get(c)) is not None and st.all_w - st.link_w >= 8]
        if len(kids) < _MIN_POSTS or kids[0].tag in _TEXT_TAGS:
            continue
        if stats[kids[0]].start - anchor.end < _ARTICLE_BEFORE:
            continue
        shape = _inner_tags(kids[0])
        if not shape or any(c.tag != kids[0].tag or _inner_tags(c) != shape for c in kids):
            continue
        if all(_stamped(c) for c in kids):
            return parent
    return None


#: blocks that are paragraphs of text, never posts
_TEXT_TAGS = frozenset(["p", "br", "span", "a", "strong", "b", "font", "em", "img"])
#: the longest line a post's stamp stands in (a name and the time)
_STAMP_LINE = 40


def _stamped(post: Element) -> bool:
    """A post's name-and-time: a time stamp in a short child of its own, beside its text."""
    for c in post:
        if isinstance(c.tag, str):
            text = c.text_content()
            if len(text) <= _STAMP_LINE and _STAMP.search(text):
                return True
    return False


def _shallow(root: Element) -> list[Element]:
    """``root`` and the blocks one and two levels inside it: where a list of replies stands in the
    block that won for the article (the page, a column); deeper lies the text itself."""
    kids = [c for c in root if isinstance(c.tag, str)]
    return [root, *kids, *(g for c in kids for g in c if isinstance(g.tag, str))]


def _inner_tags(el: Element) -> tuple[str, ...]:
    """The tags of a block's children, in order: what alike posts share whatever their classes."""
    return tuple(c.tag for c in el if isinstance(c.tag, str))
