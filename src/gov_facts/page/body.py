"""Which element holds the article: paragraph text density, discounted by links.

One bottom-up pass weighs each element's text and link text and credits every
paragraph's score to its container (and half as much to the next two up); the
body is the best-scoring container, or a known CMS container that agrees with it.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable

from lxml.html import HtmlElement as Element

from ..core.errors import NoArticleError
from ..rules.page_rules import ChromeRules
from .blocks import Stats as _Stats
from .blocks import cells_beside, first_of_series, replies, site_notices, teaser_items, widen
from .chrome import ChromeText, chrome_for
from .chrome import tokens as _tokens
from .html_tags import BLOCK_TAGS, CONTAINER_TAGS, HEADING_TAGS
from .lines import MID_LINE, NEXT_LINK_MARK, NOT_READ, Line, PageLines, is_data_table, table_lines
from .text_weight import WS as _WS
from .text_weight import punct as _punct
from .text_weight import weight as _weight


def _measure(
    root: Element, title_el: Element | None = None, reading: PageLines | None = None
) -> dict[Element, _Stats]:
    """One bottom-up pass: text weight and link weight per element, and paragraph scores; with
    ``reading``, the page's lines read in the same pass (:class:`~.lines.PageLines`).

    A paragraph standing before the headline (``title_el``) counts for less: an article does
    not begin above its headline, a sidebar's introduction does.
    """
    m = _Measure(reading or PageLines())
    m.walk(root, root.tag, False, reading is not None)
    m.flush()
    stats = m.stats
    anchor = stats.get(title_el) if title_el is not None else None
    beside = cells_beside(title_el) if anchor is not None and title_el is not None else ()
    for el, score, para in m.pending:
        st = stats.get(el)
        if st is not None:
            if anchor is not None and (stats[para].end <= anchor.start < anchor.end or para in beside):
                score *= _ABOVE_TITLE
            st.score += score
    if reading is not None:
        reading.stats = stats
    return stats


class _Measure:
    """The pass of :func:`_measure`: an object rather than a nested function, which would refer
    to itself and so make a cycle holding every element (the tree) until the collector ran.

    Its lines are :class:`~.lines.Walker`'s, read by the same rules in the same order (a line
    ends at a block's start and end and at ``<br>``; an ``<img>`` parts words; a table of values
    is read by rows), so that the page is walked once for both.
    """

    __slots__ = ("buf", "buf_link", "lines", "next_links", "pending", "pos", "stats")

    def __init__(self, reading: PageLines) -> None:
        self.stats: dict[Element, _Stats] = {}
        self.pending: list[tuple[Element, float, Element]] = []
        self.pos = 0  # text outside links read so far, in reading order: where each element stands
        self.lines = reading.lines
        self.next_links = reading.next_links
        self.buf: list[str] = []  # the text of the line being read
        self.buf_link = 0

    def flush(self) -> None:
        """End the line being read (as :meth:`.lines.Walker.flush`; in or out of the body is
        set when the body is known)."""
        if not self.buf:
            return
        text = _WS.sub(" ", "".join(self.buf)).strip()
        if text:
            self.lines.append(Line(text, self.buf_link, False, len(self.lines)))
        self.buf.clear()
        self.buf_link = 0

    def walk(self, el: Element, tag: str, in_link: bool, reading: bool) -> tuple[int, int, int, int, int]:
        """Returns (all_w, link_w, inline_w, inline_link_w, inline_punct) for the parent block.

        Written out for speed (it meets every element of the body): text that is all ASCII
        (the whitespace between tags, most of it) weighs nothing and is not weighed.
        ``reading``: the element's text is read into lines (not inside a table of values).
        """
        start = pos = self.pos
        is_link = in_link or tag == "a"
        block = tag in BLOCK_TAGS
        inside = False
        line_in = NOT_READ
        buf = self.buf
        if reading:
            if tag == "a":
                href = el.get(NEXT_LINK_MARK)
                if href is not None:
                    self.next_links.append((len(self.lines), href))
            if tag == "br":
                self.flush()
                line_in = len(self.lines)
            elif tag == "img":
                line_in = MID_LINE if buf else len(self.lines)
                if buf:
                    buf.append(" ")  # a picture parts the words around it
            elif tag == "table" and is_data_table(el):
                self.flush()
                line_in = len(self.lines)
                table_lines(el, self.lines, False)
            else:
                if block and buf:
                    self.flush()
                line_in = MID_LINE if buf else len(self.lines)
                inside = True
        own = el.text
        if inside and own:
            buf.append(own)
            if is_link:
                self.buf_link += len(_WS.sub("", own))
        if own and not own.isascii():
            w = _weight(own)
            inl_p = _punct(own)
        else:
            w = inl_p = 0
        if not is_link:
            pos += w
        all_w = inl_w = w
        link_w = inl_link = w if is_link else 0
        for child in el:
            ctag = child.tag
            tail = child.tail
            if not isinstance(ctag, str):
                if inside and tail:
                    buf.append(tail)
                    if is_link:
                        self.buf_link += len(_WS.sub("", tail))
                continue
            self.pos = pos
            c_all, c_link, c_inl, c_inl_link, c_p = self.walk(child, ctag, is_link, inside)
            pos = self.pos
            all_w += c_all
            link_w += c_link
            if ctag not in BLOCK_TAGS:
                inl_w += c_inl
                inl_link += c_inl_link
                inl_p += c_p
            if tail:
                if inside:
                    buf.append(tail)
                    if is_link:
                        self.buf_link += len(_WS.sub("", tail))
                if not tail.isascii():
                    tw = _weight(tail)
                    all_w += tw
                    inl_w += tw
                    inl_p += _punct(tail)
                    if in_link:
                        link_w += tw
                        inl_link += tw
                    else:
                        pos += tw
        if inside and block and buf:
            self.flush()
        line_out = (MID_LINE if buf else len(self.lines)) if reading else NOT_READ
        self.pos = pos
        self.stats[el] = _Stats(all_w, link_w, 0.0, start, pos, line_in, line_out)
        if block:
            _credit(el, inl_w, inl_link, inl_p, self.pending)
            return all_w, link_w, 0, 0, 0
        return all_w, link_w, inl_w, inl_link, inl_p


def _credit(
    el: Element, inl_w: int, inl_link: int, inl_p: int, pending: list[tuple[Element, float, Element]]
) -> None:
    """Credit a paragraph's score to its container, and half as much to the next two up."""
    if inl_w < 8 or inl_link > 0.5 * inl_w:
        return
    score = 1.0 + inl_p + min(inl_w / 40.0, 6.0)
    target: Element | None = el if el.tag in CONTAINER_TAGS else el.getparent()
    weight = 1.0
    hops = 0
    while target is not None and hops < 3:
        if target.tag in CONTAINER_TAGS:
            pending.append((target, score * weight, el))
            weight /= 2
            hops += 1
        target = target.getparent()


def choose_body(
    body: Element,
    rules: ChromeRules,
    title_el: Element | None = None,
    named: dict[Element, list[str]] | None = None,
    reading: PageLines | None = None,
) -> tuple[Element, Element]:
    """The first and last element holding the article: the density winner (or a known
    container that agrees with it), widened to the sibling blocks that continue it.

    ``title_el``, the headline, is where the article starts: a block far below it (comments) or
    above it (a sidebar's introduction) counts for less than one that follows it closely.
    ``named`` holds the class and id tokens of elements (from the chrome pass), when known;
    ``reading`` receives the page's lines, read in the same pass.
    """
    stats = _measure(body, title_el, reading)
    if named is None:
        named = {el: toks for el in body.iter() if isinstance(el.tag, str) and (toks := _tokens(el))}
    anchor = stats.get(title_el) if title_el is not None else None

    def best_in(el: Element) -> Element | None:
        inner = [
            (_final(st, anchor), d) for d in el.iter() if (st := stats.get(d)) is not None and st.score > 0
        ]
        return max(inner, key=lambda t: t[0])[1] if inner else None

    chrome = chrome_for(rules)

    def notices(el: Element) -> bool:
        return site_notices(stats[el], reading, chrome)

    winner = first_of_series(_density_winner(stats, anchor, notices), stats, best_in)
    if title_el is not None and _another_article(winner, title_el, chrome):
        beside = _beside_another(winner, title_el, stats, anchor, chrome)
        winner = winner if beside is None else beside
    elif anchor is not None and (thread := replies(winner, stats, anchor)) is not None:
        # replies under the text, with no heading to name them: the best block outside them
        beside = _beside_another(thread, title_el, stats, anchor, chrome) if title_el is not None else None
        winner = winner if beside is None else beside
    chosen = _known_container(winner, stats, rules, named)
    first, last = widen(chosen, stats, anchor)
    return first, last


def _another_article(block: Element, title_el: Element, chrome: ChromeText) -> bool:
    """The block opens with a headline of its own, not the page's: a heading holding a link to
    another page (a related item's teaser: <h3><a>区市场监管局召开…</a></h3> and its summary) or
    naming the next, previous or related article (下一篇：…). Longer than the article, it still is
    not it."""
    if any(a is block for a in title_el.iterancestors()):
        return False
    prev = block.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is not None and prev is not title_el and prev.tag in HEADING_TAGS:
        # right under a box's heading (<h3>图片新闻</h3><div><img><p>…</p></div>)
        return _names_other(prev, chrome)
    for sub in block.iter():
        if not isinstance(sub.tag, str):
            continue
        if sub.tag in HEADING_TAGS:
            return _names_other(sub, chrome)
        if sub.tag == "p" and _weight(sub.text_content()) >= 8:
            return False
    return False


def _names_other(heading: Element, chrome: ChromeText) -> bool:
    """A heading that links to another page (not to an anchor of this one, as a table of contents
    has) or names what follows an article (相关阅读, 下一篇, 图片新闻)."""
    text = _WS.sub(" ", heading.text_content()).strip()
    return any(not (a.get("href") or "").startswith("#") for a in heading.iter("a")) or chrome.is_tail(text)


def _beside_another(
    other: Element, title_el: Element, stats: dict[Element, _Stats], anchor: _Stats | None, chrome: ChromeText
) -> Element | None:
    """The best block outside ``other`` (another article's) and not around it, which is no other
    article itself: the page's own text, shorter than the related item below it."""
    best: tuple[float, Element] | None = None
    for el, st in stats.items():
        if st.score <= 0 or _within(el, other) or _within(other, el):
            continue
        final = _final(st, anchor)
        if (best is None or final > best[0]) and not _another_article(el, title_el, chrome):
            best = (final, el)
    return best[1] if best is not None and best[0] >= 0.1 * _final(stats[other], anchor) else None


#: text (outside links) that may stand between the headline and the body without a penalty:
#: the metadata line, a lead, a caption
_NEAR_TITLE = 200


#: what a paragraph above the headline counts for
_ABOVE_TITLE = 0.3


def _nearness(st: _Stats, anchor: _Stats | None) -> float:
    """1 for a block holding the headline or starting soon after it, less the farther below it
    starts (comments under a long page); blocks above it are weighed by their paragraphs."""
    if anchor is None or anchor.end <= anchor.start or st.start < anchor.end:
        return 1.0
    gap = st.start - anchor.end
    return 1.0 if gap <= _NEAR_TITLE else max(0.3, _NEAR_TITLE / gap)


def _final(st: _Stats, anchor: _Stats | None) -> float:
    """A container's paragraph score, less its share of link text, weighed by its place."""
    return st.score * (1.0 - st.link_w / max(st.all_w, 1)) * _nearness(st, anchor)


def _density_winner(
    stats: dict[Element, _Stats], anchor: _Stats | None, notices: Callable[[Element], bool]
) -> Element:
    """The best-scoring container that is not a list of linked headlines (a list page, a
    block of related articles with their summaries) nor a block of the site's notices."""
    scored = [(_final(st, anchor), -i, el) for i, (el, st) in enumerate(stats.items()) if st.score > 0]
    # the best first; among equals the first reached (children before their parents)
    ranked = heapq.nlargest(8, scored, key=lambda t: (t[0], t[1]))
    if not ranked:
        raise NoArticleError("no paragraph of Chinese text outside links")
    lists: list[tuple[Element, int]] = []
    for final, _i, el in ranked:
        if final < 0.25 * ranked[0][0]:
            break
        if any(_within(el, lst) or (_within(lst, el) and w >= 0.5 * stats[el].all_w) for lst, w in lists):
            continue
        items = teaser_items(el, stats)
        if items:
            lists.append((el, stats[el].all_w))
            continue
        if notices(el):
            continue
        return el
    if lists:
        raise NoArticleError(
            f"the page is a list of {max(teaser_items(e, stats) for e, _ in lists)} linked headlines "
            "with summaries, not an article"
        )
    return ranked[0][2]


def _within(el: Element, other: Element) -> bool:
    return el is other or any(a is other for a in el.iterancestors())


def _known_container(
    best: Element, stats: dict[Element, _Stats], rules: ChromeRules, named: dict[Element, list[str]]
) -> Element:
    """A known CMS container (TRS_Editor, zoom...) that agrees with the density winner, else the winner."""
    keep = {t.lower() for t in rules.content_containers}
    chosen = best
    b_text = stats[best].all_w - stats[best].link_w
    known = [el for el, toks in named.items() if el in stats and keep.intersection(toks)]
    options: list[tuple[int, Element]] = []
    for el in known:
        st = stats[el]
        k_text = st.all_w - st.link_w
        if k_text < 20 or st.link_w > 0.5 * max(st.all_w, 1):
            continue
        inside = any(a is best for a in el.iterancestors())
        around = any(a is el for a in best.iterancestors())
        if (
            el is best
            or (inside and k_text >= 0.6 * b_text)
            or (around and k_text <= 1.3 * b_text)
            or (not inside and not around and k_text >= b_text)
        ):
            options.append((k_text, el))
    if options:
        # the tightest container that still holds nearly all of the text
        top = max(t for t, _ in options)
        fits = [(t, e) for t, e in options if t >= 0.85 * top]
        chosen = min(fits, key=lambda te: stats[te[1]].all_w)[1]
    return chosen
