"""The page as lines of text: blocks, ``<br>`` lines and table rows (cells joined by a tab).

The walk notes where the body element and the headline start, so the reader can
take the body's lines and the header block above them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from lxml.html import HtmlElement as Element

from .blocks import Stats
from .html_tags import BLOCK_TAGS
from .text_weight import WS as _WS

#: what goes on a figure on the line after a ``<br>``: its scale or its percent sign
_FIGURE_GOES_ON = frozenset("万亿萬億%％‰")
_DIGITS = frozenset("0123456789０１２３４５６７８９")


def join_cut_figures(doc: Element) -> None:
    """Drop each ``<br>`` that cuts a figure from its scale or % (新增就业12.5<br>万人, 上涨2.1<br>%):
    an editor's line break inside a sentence, where a figure never ends a line of its own. Other
    ``<br>``s part lines (and paragraphs) as before."""
    cuts = []
    for br in doc.iter("br"):
        tail = br.tail
        if not tail or tail.lstrip()[:1] not in _FIGURE_GOES_ON:
            continue  # nearly every <br>: one look at the text after it
        prev = br.getprevious()
        while prev is not None and not isinstance(prev.tag, str) and not prev.tail:
            prev = prev.getprevious()  # a comment with no text after it stands in no sentence
        if prev is None:
            parent = br.getparent()
            before = (parent.text or "") if parent is not None else ""
        elif not isinstance(prev.tag, str):
            before = prev.tail or ""  # a comment or a processing instruction: only its tail is text
        else:
            before = prev.tail or prev.text_content()
        if before.rstrip()[-1:] in _DIGITS:
            cuts.append(br)
    for br in cuts:
        br.tail = (br.tail or "").lstrip()
        br.drop_tag()


@dataclass
class Line:
    """One line of page text: a block, a <br>-separated line or a table row."""

    text: str
    link_w: int
    in_body: bool
    index: int = 0


#: the attribute :func:`~gov_facts.page.continuation.mark_next_links` sets on a link to the
#: article's next page, so that the walk can say where the pager stands
NEXT_LINK_MARK = "data-gov-facts-next"


@dataclass
class Walker:
    """Lines of the page in reading order; the body runs from ``body_el`` to ``body_last``
    (the same element, or the last of the sibling blocks that continue it)."""

    body_el: Element
    title_el: Element | None
    body_last: Element | None = None
    lines: list[Line] = field(default_factory=list)
    title_line: int | None = None
    body_start: int | None = None
    body_end: int | None = None
    #: (line index, href) of each marked link to a next page, in reading order
    next_links: list[tuple[int, str]] = field(default_factory=list)
    _buf: list[str] = field(default_factory=list)
    _buf_link: int = 0
    _in_body: bool = False

    def flush(self) -> None:
        if not self._buf:  # a block boundary with nothing read since the last: most of them
            return
        text = _WS.sub(" ", "".join(self._buf)).strip()
        if text:
            self.lines.append(Line(text, self._buf_link, self._in_body, len(self.lines)))
        self._buf.clear()
        self._buf_link = 0

    def add(self, s: str | None, in_link: bool) -> None:
        if s:
            self._buf.append(s)
            if in_link:
                self._buf_link += len(_WS.sub("", s))

    def walk(self, el: Element, in_link: bool = False) -> None:
        """Read ``el`` and what it holds into lines (it meets every element: kept lean)."""
        tag = el.tag
        if not isinstance(tag, str):
            return
        entering_body = el is self.body_el
        leaving_body = el is (self.body_last if self.body_last is not None else self.body_el)
        if entering_body:
            self.flush()
            self._in_body = True
            self.body_start = len(self.lines)
        if tag == "a" and el.get(NEXT_LINK_MARK) is not None:
            self.next_links.append((len(self.lines), el.get(NEXT_LINK_MARK) or ""))
        if el is self.title_el:
            self.flush()
            self.title_line = len(self.lines)
        if tag == "br":
            self.flush()
        elif tag == "img":
            if self._buf:
                self._buf.append(" ")  # a picture parts the words around it (来源：<a>X</a><img>浙江)
        elif tag == "table" and is_data_table(el):
            self.flush()
            self._table(el)
        else:
            block = tag in BLOCK_TAGS
            if block and self._buf:
                self.flush()
            link = in_link or tag == "a"
            buf = self._buf
            text = el.text
            if text:
                buf.append(text)
                if link:
                    self._buf_link += len(_WS.sub("", text))
            for child in el:
                self.walk(child, link)
                text = child.tail
                if text:
                    buf.append(text)
                    if link:
                        self._buf_link += len(_WS.sub("", text))
            if block and buf:
                self.flush()
        if leaving_body:
            self.flush()
            self._in_body = False
            self.body_end = len(self.lines)

    def _table(self, table: Element) -> None:
        table_lines(table, self.lines, self._in_body)


def table_lines(table: Element, lines: list[Line], in_body: bool) -> None:
    """A table of values as lines: its caption, then one a row, its cells joined by a tab. The header
    rows of a table whose header spans rows or columns (行政复议 over five columns, 结果维持 down two
    rows) keep each cell's place: a spanned place is an empty cell, so the fact stage can stack the
    header."""
    caption = table.find("caption")
    if caption is not None:  # the table's name (主要勞動力指標), a line of its own over the rows
        text = _WS.sub(" ", caption.text_content()).strip()
        if text:
            lines.append(Line(text, 0, in_body, len(lines)))
    skip, header = _spanned_header(table)
    figures = False
    for i, row in enumerate(table.iter("tr")):
        if skip <= i < skip + len(header):
            cells = header[i - skip]
            text = "\t".join(cells)
            links = sum(len(_WS.sub("", a.text_content())) for a in row.iter("a"))
            lines.append(Line(text, links, in_body, len(lines)))
            continue
        # an empty cell keeps its place (a blank corner, no data in a middle column) so that the
        # cells after it stay under their heads; after the first row of figures, empty cells that
        # end a row go (a header row keeps them: its width stacks it over the row below)
        parts = [_cell_lines(cell) for cell in row if cell.tag in ("td", "th")]
        if any(parts):
            links = sum(len(_WS.sub("", a.text_content())) for a in row.iter("a"))
            for cells in _stacked_rows(parts):
                figures = figures or any(_FIGURE_CELL.fullmatch(c) for c in cells)
                while figures and not cells[-1]:
                    cells.pop()
                lines.append(Line("\t".join(cells), links, in_body, len(lines)))


def _cell_lines(cell: Element) -> list[str]:
    """A cell's text cut at its ``<br>``s, each piece with its spaces folded (empty pieces dropped)."""
    pieces: list[list[str]] = [[]]

    def walk(el: Element) -> None:
        if el.tag == "br":
            pieces.append([])
        elif isinstance(el.tag, str) and el.text:  # a comment's text is no cell text
            pieces[-1].append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                pieces[-1].append(child.tail)

    walk(cell)
    return [t for p in pieces if (t := _WS.sub(" ", "".join(p)).strip())]


def _stacked_rows(parts: list[list[str]]) -> list[list[str]]:
    """A row's cells; a row whose every filled cell holds as many ``<br>`` lines (城关区<br>七里河区 |
    130.2<br>56.1) is that many rows stacked in one, read row by row; other lines in a cell are
    joined by a space, never glued (130.256.1)."""
    counts = {len(p) for p in parts if p}
    if len(counts) == 1 and (n := counts.pop()) > 1 and sum(bool(p) for p in parts) > 1:
        return [[p[i] if p else "" for p in parts] for i in range(n)]
    return [[" ".join(p) for p in parts]]


#: a cell that holds a figure: a header row has none (2023年 is a head, 1,204 a figure)
_FIGURE_CELL = re.compile(r"[-+(（]?[0-9][0-9,.]*[%％)）]?")


def _span(cell: Element, name: str) -> int:
    value = str(cell.get(name) or "1").strip()
    return max(1, min(int(value), 50)) if value.isdigit() else 1


def _spanned_header(table: Element) -> tuple[int, list[list[str]]]:
    """The rows above a table's first row of figures laid out on its grid (a spanned place left
    empty), when there are two or more and a cell there spans, after the caption rows of one cell
    (服务类 over the whole table) and how many those are; else none."""
    grid: list[list[str]] = []
    below: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    spans = False
    skip = 0
    for row in table.iter("tr"):
        cells = [c for c in row if c.tag in ("td", "th")]
        texts = [_WS.sub(" ", c.text_content()).strip() for c in cells]
        corner = bool(cells) and not texts[0] and _span(cells[0], "rowspan") > 1  # a blank corner
        if not grid and sum(bool(t) for t in texts) <= 1 and not corner:  # over two rows: a header
            skip += 1
            continue
        if any(_FIGURE_CELL.fullmatch(t) for t in texts) or len(grid) == 4:
            break
        out: list[str] = []
        for cell, text in zip(cells, texts, strict=True):
            while below.get(len(out), 0) > 0:
                below[len(out)] -= 1
                out.append("")
            across, down = _span(cell, "colspan"), _span(cell, "rowspan")
            spans = spans or across > 1 or down > 1
            for k in range(across):
                if down > 1:
                    below[len(out)] = down - 1
                out.append(text if k == 0 else "")
        while below.get(len(out), 0) > 0:
            below[len(out)] -= 1
            out.append("")
        grid.append(out)
    return (skip, grid) if spans and len(grid) >= 2 else (0, [])


#: an element's line count as :class:`PageLines` records it: inside a data table, a ``<br>`` or an
#: ``<img>`` (the lines are not read element by element there), or where a line is half read
NOT_READ = -2
MID_LINE = -1


@dataclass
class PageLines:
    """The page's lines read in the body pass (:func:`~gov_facts.page.body.choose_body`), before
    the body and the headline are known: each element's :class:`~.blocks.Stats` notes the line
    count where it begins and after it ends, so that :meth:`placed` finds where they stand.

    The lines are those :class:`Walker` reads (the same rules, in the same order) as long as the
    body's first and last element and the headline each begin and end between lines: there the
    walker's own line breaks (it ends a line where the body and the headline begin and where the
    body ends) break nothing. Otherwise :meth:`placed` answers None and the walker reads the page.
    """

    lines: list[Line] = field(default_factory=list)
    next_links: list[tuple[int, str]] = field(default_factory=list)
    stats: Mapping[Element, Stats] = field(default_factory=dict)

    def placed(self, first: Element, last: Element, title_el: Element | None) -> Walker | None:
        """The lines with the body and headline placed, as a finished :class:`Walker`, or None."""
        got = self.stats
        start, end = got[first].line_in, got[last].line_out
        title = got[title_el].line_in if title_el is not None and title_el in got else NOT_READ
        if MID_LINE in (start, end, title):
            return None
        walker = Walker(first, title_el, last, self.lines, next_links=self.next_links)
        walker.title_line = None if title == NOT_READ else title
        walker.body_start = None if start == NOT_READ else start
        walker.body_end = None if end == NOT_READ else end
        if walker.body_start is not None:  # the lines the walker reads while in the body
            stop = end if walker.body_end is not None and end >= start else len(self.lines)
            for line in self.lines[start:stop]:
                line.in_body = True
        return walker


#: the attribute :func:`~gov_facts.page.grids.mark_label_grids` sets on a table that lays out the
#: page around the article (标题 | …, 发布日期 | …, 内容 | the article)
GRID_MARK = "data-gov-facts-grid"


def is_data_table(table: Element) -> bool:
    """A table of values (rows of short cells), not a layout grid holding the page."""
    if table.get(GRID_MARK) is not None or table.find(".//table") is not None:
        return False
    rows = list(table.iter("tr"))
    if len(rows) < 2:
        return False
    multi = 0
    lengths: list[int] = []
    for row in rows:
        cells = [c for c in row if c.tag in ("td", "th")]
        if len(cells) >= 2:
            multi += 1
        lengths.extend(len(_WS.sub("", c.text_content())) for c in cells)
    if multi < max(2, len(rows) // 2):
        return False
    if any(_holds_article(row, sum(lengths)) for row in rows):
        return False
    long_cells = sum(1 for n in lengths if n > 200)
    return long_cells <= len(lengths) // 10


#: text a table cell holds when it is the article (in characters), at the least
_ARTICLE_CELL = 100


def _holds_article(row: Element, table_chars: int) -> bool:
    """A row of a label grid whose value cell is the article (内容 | paragraphs): at most two cells,
    the last long, cut into paragraphs (``<p>``, ``<div>`` or ``<br>``) and most of the table's
    text. A table with such a row lays the page out (标题 | …, 发布日期 | …, 内容 | the article);
    it is not a table of values (a procurement notice's 采购需求 | 1.…<br>2.… among many rows)."""
    cells = [c for c in row if c.tag in ("td", "th")]
    if not cells or len(cells) > 2:
        return False
    cell = cells[-1]
    size = len(_WS.sub("", cell.text_content()))
    if size < _ARTICLE_CELL or size < 0.5 * table_chars:
        return False
    breaks = sum(1 for _ in cell.iter("p", "div", "br"))
    return breaks >= 2
