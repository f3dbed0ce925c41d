"""HTML page -> article: prune chrome, find the body, cut it into paragraphs, read metadata.

Government and state-media pages wrap a short article in a large amount of
chrome (navigation, share bars, QR codes, related lists, footers with ICP
numbers), often inside the same container as the text. The reader therefore
works in three passes over an lxml tree:

1. prune by structure: scripts, styles, hidden elements, nav/aside/footer, and
   class/id tokens from ``patterns/chrome.toml`` (never an element holding most
   of the page's text);
2. choose the body: a known CMS container when it agrees with the text, else
   the element that collects the most Chinese paragraph text (characters plus
   Chinese punctuation, discounted by link density);
3. linearise the whole page into lines (blocks, ``<br>`` lines, table rows as
   tab-joined cells), keep the body's lines minus chrome wording, and read
   metadata from the header block above the body and the credits inside/after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.html  # type: ignore[import-untyped]
from lxml import etree
from lxml.html import HtmlElement as Element

from .article import PageContent
from .errors import NoArticleError, TooDeepError
from .inputs import TooLarge
from .metadata import (
    LabelHit,
    Labeller,
    best_labelled,
    labeller_for,
    meta_value,
    norm_text,
    pick_published,
    split_title,
    strip_label,
)
from .page_rules import ChromeRules, MetadataRules
from .patterns import Patterns
from .rulecache import compiled

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dl",
        "dt",
        "div",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
        "caption",
        "fieldset",
        "legend",
    ]
)
#: elements that may hold an article (paragraph scores are credited to them)
CONTAINER_TAGS = frozenset(
    ["div", "td", "article", "section", "main", "body", "form", "blockquote", "center", "li", "dd"]
)
#: elements that never carry article text
DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "svg",
        "canvas",
        "select",
        "option",
        "textarea",
        "button",
        "input",
        "map",
        "area",
        "audio",
        "video",
        "source",
        "link",
        "meta",
        "head",
        "title",
        "base",
        "param",
    ]
)
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_PUNCT = re.compile(r"[，。；：、！？“”‘’（）《》…—]")
_WORDY = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u3000\u2002-\u200b\ufeff]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_END_TAGS = re.compile(r"</(?:html|body)\s*>", re.I)
#: characters lxml will not put in a tree: C0 controls but tab/newline/CR, lone surrogates, U+FFFE/U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
_URL_COMMENT = re.compile(r"^\s*(?:<!DOCTYPE[^>]*>\s*)?<!--\s*(https?://[^\s<>]+?)\s*-->", re.I)


_WEIGHT_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff，。；：、！？“”‘’（）《》…—]+")
_PUNCT_RUN = re.compile(r"[，。；：、！？“”‘’（）《》…—]+")


def _weight(s: str) -> int:
    """Chinese characters plus Chinese punctuation: what article text is made of."""
    # counted by runs, not characters: far fewer match objects on long text
    return sum(map(len, _WEIGHT_RUN.findall(s))) if s else 0


def _punct(s: str) -> int:
    return sum(map(len, _PUNCT_RUN.findall(s))) if s else 0


def _tokens(el: Element) -> list[str]:
    cls = el.get("class") or ""
    ident = el.get("id") or ""
    return [t.lower() for t in cls.split()] + ([ident.lower()] if ident else [])


# ---------------------------------------------------------------------------------------------
# parsing and pruning


def parse_html(text: str) -> Element:
    """Parse possibly broken HTML (no <html>, two </html>...) into a document tree."""
    text = _XML_DECL.sub("", text, count=1)
    # libxml2 stops at an early </html> (pages that paste a second document after the first):
    # closing tags of <html>/<body> carry nothing, so they are dropped before parsing
    text = _END_TAGS.sub("", text)
    # control characters (and NULs) are never text, and lxml refuses them when a tree is edited
    text = _NOT_XML.sub(" ", text)
    if not text.strip():
        raise NoArticleError("the page is empty")
    # a parser of our own: never the network, no DTD, no external entities (libxml2's HTML
    # parser loads neither; no_network closes the last door), and libxml2's depth limit kept
    doc, limits = _parse(text, huge=False)
    if any("depth" in m for m in limits):  # the text below the limit is silently dropped
        limit = re.search(r"\d+", next(m for m in limits if "depth" in m))
        raise TooDeepError(
            f"tags nest more than {limit.group() if limit else 256} deep, and the text below that "
            "depth cannot be read (a broken page with unclosed tags?)"
        )
    if limits:  # a text run over libxml2's 10 MB buffer limit: the size is bounded by --max-bytes
        doc, limits = _parse(text, huge=True)
        if limits:
            raise TooLarge(f"the page exceeds what the HTML parser reads ({limits[0]})")
    return doc


_PLAIN_HTML = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction
)


def _parse(text: str, huge: bool) -> tuple[Element, list[str]]:
    """The parsed tree and the resource limits libxml2 hit (each of which loses text silently)."""
    parser = lxml.html.HTMLParser(no_network=True, huge_tree=huge, remove_pis=True)
    # every element an HtmlElement (text_content is all this module uses of lxml.html), chosen
    # in C: lxml.html's own per-tag lookup (FormElement, InputElement…) runs Python code for
    # each element the walks touch, several hundred thousand calls per archive thousand pages
    parser.set_element_class_lookup(_PLAIN_HTML)
    try:
        doc = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NoArticleError(f"the page cannot be parsed as HTML ({exc})") from exc
    limits = [e.message.strip() for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"]
    return doc, limits


def read_meta(doc: Element) -> dict[str, str]:
    """<meta name|property|itemprop content> as a lower-cased dict (first non-empty wins)."""
    meta: dict[str, str] = {}
    for el in doc.iter("meta"):
        key = el.get("name") or el.get("property") or el.get("itemprop")
        content = el.get("content")
        if key and content and content.strip():
            meta.setdefault(key.strip().lower(), content.strip())
    return meta


def _is_hidden(el: Element) -> bool:
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    if el.get("hidden") is not None:
        return True
    cls = (el.get("class") or "").lower().split()
    return "hidden" in cls or "hide" in cls


def _drop(el: Element) -> None:
    """Remove an element but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


@dataclass
class _PruneRules:
    """Class/id rules compiled once: one regex for the substrings instead of a loop per token."""

    rules: ChromeRules
    subs: re.Pattern[str] | None = field(init=False)
    exact: frozenset[str] = field(init=False)
    keep: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        subs = sorted({t.lower() for t in self.rules.drop_class_tokens}, key=len, reverse=True)
        self.subs = re.compile("|".join(map(re.escape, subs))) if subs else None
        self.exact = frozenset(t.lower() for t in self.rules.drop_class_exact)
        self.keep = frozenset(t.lower() for t in self.rules.content_containers)

    def is_chrome_name(self, toks: list[str]) -> bool:
        if self.exact.intersection(toks):
            return True
        return self.subs is not None and any(self.subs.search(t) for t in toks)


def prune(doc: Element, rules: ChromeRules) -> None:
    """Remove what is never article text: code, hidden parts, and structural chrome."""
    for el in list(doc.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(doc.iter()):
        if not isinstance(el.tag, str):
            continue
        if (el.tag in DROP_TAGS or _is_hidden(el)) and el.getparent() is not None:
            _drop(el)
    body = doc.find("body")
    if body is None:
        body = doc
    total = _weight(body.text_content()) or 1
    names = compiled(_PruneRules, rules)
    keep = names.keep
    doomed: list[Element] = []
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str) or el is body:
            continue
        # most elements carry neither class nor id: no tokens to split
        toks = _tokens(el) if (el.get("class") or el.get("id")) else []
        if toks and keep.intersection(toks):
            continue
        chrome = tag in ("nav", "aside", "footer", "form")
        if tag == "header" and el.find(".//h1") is None:
            chrome = True
        if not chrome and toks:
            chrome = names.is_chrome_name(toks)
        if chrome:
            doomed.append(el)
    dropped: set[Element] = set()
    for el in doomed:
        if any(a in dropped for a in el.iterancestors()):
            continue
        # never drop what holds much of the page's text (a wrapper with an unlucky class name)
        w = _weight(el.text_content())
        if w > 0.4 * total or (el.tag == "form" and w > 200):
            continue
        if _contains_container(el, keep):
            continue
        dropped.add(el)
        _drop(el)


def _contains_container(el: Element, keep: frozenset[str]) -> bool:
    for sub in el.iter():
        if isinstance(sub.tag, str) and keep.intersection(_tokens(sub)):
            return _weight(sub.text_content()) >= 30
    return False


# ---------------------------------------------------------------------------------------------
# choosing the body


@dataclass
class _Stats:
    all_w: int = 0
    link_w: int = 0
    score: float = 0.0


def _measure(root: Element) -> dict[Element, _Stats]:
    """One bottom-up pass: text weight and link weight per element, and paragraph scores."""
    stats: dict[Element, _Stats] = {}
    pending: list[tuple[Element, float]] = []

    def walk(el: Element, in_link: bool) -> tuple[int, int, int, int, int]:
        """Returns (all_w, link_w, inline_w, inline_link_w, inline_punct) for the parent block."""
        is_link = in_link or el.tag == "a"
        own = el.text or ""
        w = _weight(own)
        all_w, link_w = w, (w if is_link else 0)
        inl_w, inl_link, inl_p = w, (w if is_link else 0), _punct(own)
        for child in el:
            if not isinstance(child.tag, str):
                continue
            c_all, c_link, c_inl, c_inl_link, c_p = walk(child, is_link)
            all_w += c_all
            link_w += c_link
            if child.tag not in BLOCK_TAGS:
                inl_w += c_inl
                inl_link += c_inl_link
                inl_p += c_p
            tail = child.tail or ""
            if tail:
                tw = _weight(tail)
                all_w += tw
                inl_w += tw
                inl_p += _punct(tail)
                if in_link:
                    link_w += tw
                    inl_link += tw
        st = _Stats(all_w, link_w)
        stats[el] = st
        if el.tag in BLOCK_TAGS:
            _credit(el, inl_w, inl_link, inl_p, pending)
            return all_w, link_w, 0, 0, 0
        return all_w, link_w, inl_w, inl_link, inl_p

    walk(root, False)
    for el, score in pending:
        st = stats.get(el)
        if st is not None:
            st.score += score
    return stats


def _credit(el: Element, inl_w: int, inl_link: int, inl_p: int, pending: list[tuple[Element, float]]) -> None:
    """Credit a paragraph's score to its container, and half as much to the next two up."""
    if inl_w < 8 or inl_link > 0.5 * inl_w:
        return
    score = 1.0 + inl_p + min(inl_w / 40.0, 6.0)
    target: Element | None = el if el.tag in CONTAINER_TAGS else el.getparent()
    weight = 1.0
    hops = 0
    while target is not None and hops < 3:
        if target.tag in CONTAINER_TAGS:
            pending.append((target, score * weight))
            weight /= 2
            hops += 1
        target = target.getparent()


def choose_body(body: Element, rules: ChromeRules) -> tuple[Element, dict[Element, _Stats]]:
    """The element holding the article: density winner, or a known container that agrees."""
    stats = _measure(body)
    best: Element | None = None
    best_score = 0.0
    for el, st in stats.items():
        if st.score <= 0 or st.all_w == 0:
            continue
        final = st.score * (1.0 - st.link_w / st.all_w)
        if final > best_score:
            best, best_score = el, final
    if best is None:
        raise NoArticleError("no paragraph of Chinese text outside links")
    keep = {t.lower() for t in rules.content_containers}
    chosen = best
    b_text = stats[best].all_w - stats[best].link_w
    known: list[Element] = []
    for el in stats:
        if keep.intersection(_tokens(el)):
            known.append(el)
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
    return chosen, stats


# ---------------------------------------------------------------------------------------------
# linearising


@dataclass
class Line:
    """One line of page text: a block, a <br>-separated line or a table row."""

    text: str
    link_w: int
    in_body: bool
    index: int = 0


@dataclass
class _Walker:
    body_el: Element
    title_el: Element | None
    lines: list[Line] = field(default_factory=list)
    title_line: int | None = None
    body_start: int | None = None
    body_end: int | None = None
    _buf: list[str] = field(default_factory=list)
    _buf_link: int = 0
    _in_body: bool = False

    def flush(self) -> None:
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
        tag = el.tag
        if not isinstance(tag, str):
            return
        entering_body = el is self.body_el
        if entering_body:
            self.flush()
            self._in_body = True
            self.body_start = len(self.lines)
        if el is self.title_el:
            self.flush()
            self.title_line = len(self.lines)
        if tag == "br":
            self.flush()
        elif tag == "table" and _is_data_table(el):
            self.flush()
            self._table(el)
        else:
            block = tag in BLOCK_TAGS
            if block:
                self.flush()
            link = in_link or tag == "a"
            self.add(el.text, link)
            for child in el:
                self.walk(child, link)
                self.add(child.tail, link)
            if block:
                self.flush()
        if entering_body:
            self.flush()
            self._in_body = False
            self.body_end = len(self.lines)

    def _table(self, table: Element) -> None:
        for row in table.iter("tr"):
            cells = []
            for cell in row:
                if cell.tag in ("td", "th"):
                    cells.append(_WS.sub(" ", cell.text_content()).strip())
            cells = [c for c in cells if c]
            if cells:
                text = "\t".join(cells)
                links = sum(len(_WS.sub("", a.text_content())) for a in row.iter("a"))
                self.lines.append(Line(text, links, self._in_body, len(self.lines)))


def _is_data_table(table: Element) -> bool:
    """A table of values (rows of short cells), not a layout grid holding the page."""
    if table.find(".//table") is not None:
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
    long_cells = sum(1 for n in lengths if n > 200)
    return long_cells <= len(lengths) // 10


# ---------------------------------------------------------------------------------------------
# chrome wording


@dataclass
class ChromeText:
    """Compiled wording rules for dropping chrome lines and cutting the tail."""

    rules: ChromeRules
    patterns: list[re.Pattern[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.patterns = [re.compile(p) for p in self.rules.line_patterns]

    def is_chrome(self, line: str) -> bool:
        if len(line) <= self.rules.max_phrase_line and any(p in line for p in self.rules.line_phrases):
            return True
        return any(p.search(line) for p in self.patterns)

    def is_tail(self, line: str) -> bool:
        return len(line) <= self.rules.max_phrase_line and any(m in line for m in self.rules.tail_markers)


def chrome_for(rules: ChromeRules) -> ChromeText:
    """A cached :class:`ChromeText` for these rules."""
    return compiled(ChromeText, rules)


def is_real_paragraph(line: str, labeller: Labeller) -> bool:
    """A line of running text (not a label line, not a bare date or heading-sized fragment)."""
    return _weight(line) >= 15 and labeller.label_count(line) == 0


def _is_credit_line(line: str, labeller: Labeller) -> bool:
    """A short last line that credits a reporter and carries a label, not a sentence."""
    return (
        len(line) <= 60
        and not re.search(r"[。！？!?]", line)
        and labeller.label_count(line) >= 1
        and labeller.bylines([line]) is not None
    )


def clean_body(
    lines: list[str],
    link_ws: list[int],
    title: str | None,
    chrome: ChromeText,
    labeller: Labeller,
) -> tuple[list[str], list[str]]:
    """Body lines minus chrome; returns (paragraphs, dropped lines kept for metadata)."""
    kept: list[str] = []
    dropped: list[str] = []
    title_n = norm_text(title) if title else None
    seen_real = False
    for i, (text, link_w) in enumerate(zip(lines, link_ws, strict=True)):
        size = len(_WS.sub("", text)) or 1
        if not _is_wordy(text) or (not seen_real and _is_stub(text)):
            dropped.append(text)
            continue
        if seen_real and chrome.is_tail(text):
            dropped.extend(lines[i:])  # still read for credits (责任编辑 below 上一篇/下一篇)
            break
        if link_w / size >= 0.75 or chrome.is_chrome(text):
            dropped.append(text)
            continue
        n = norm_text(text)
        if title_n and not seen_real and (n == title_n or (len(n) >= 8 and n in title_n)):
            dropped.append(text)
            continue
        if labeller.label_count(text) >= 2 and len(text) <= 120:
            dropped.append(text)
            continue
        if not seen_real and (labeller.starts_with_label(text) and len(text) <= 80):
            dropped.append(text)
            continue
        if not seen_real and _only_date(text):
            dropped.append(text)
            continue
        kept.append(text)
        if not seen_real and is_real_paragraph(text, labeller):
            seen_real = True
    return kept, dropped


_ALNUM = re.compile(r"[A-Za-z0-9]")
_DIGIT = re.compile(r"\d")


def _is_wordy(text: str) -> bool:
    """Carries words: Chinese, a table row, or a few letters/digits (not "+1", "|", "▲")."""
    return bool(_CJK.search(text)) or "\t" in text or len(_ALNUM.findall(text)) >= 4


def _is_stub(text: str) -> bool:
    """A one-word label above the article (图集, 正文, 原文): no digits, at most 3 characters."""
    return len(_WS.sub("", text)) <= 3 and not _DIGIT.search(text)


_DATE_ONLY = re.compile(
    r"^[\s\[【(（]*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[\s\]】)）]*$"
)


def _only_date(text: str) -> bool:
    return bool(_DATE_ONLY.match(text))


# ---------------------------------------------------------------------------------------------
# title


def _find_title(
    doc: Element, body_el: Element, raw_title: str, meta: dict[str, str], rules: MetadataRules
) -> tuple[str | None, Element | None, str | None]:
    """(headline, its element or None, site suffix from <title>)."""
    head, suffix = split_title(raw_title, rules.title_separators) if raw_title else ("", None)
    meta_title = meta_value(meta, rules.meta_names.get("title", []))
    raw_n = norm_text(raw_title)
    body = doc.find("body")
    if body is None:
        body = doc
    candidates: list[Element] = []
    for el in body.iter(*HEADING_TAGS):
        candidates.append(el)
    for el in body.iter():
        if (
            isinstance(el.tag, str)
            and el.tag not in HEADING_TAGS
            and el.tag in ("div", "p", "span", "td", "strong")
        ):
            toks = " ".join(_tokens(el))
            if "title" in toks or toks.startswith("tit") or "biaoti" in toks:
                candidates.append(el)
    best: tuple[int, Element, str] | None = None
    for el in candidates:
        text = _WS.sub(" ", el.text_content()).strip()
        n = norm_text(text)
        if len(n) < 4 or len(n) > 120:
            continue
        matches = (raw_n and n in raw_n) or (meta_title and n == norm_text(meta_title))
        if matches and (best is None or len(n) > best[0]):
            best = (len(n), el, text)
    if best is not None:
        return best[2], best[1], suffix
    # no heading agrees with <title>: the last heading-like element before the body
    before: Element | None = None
    for el in candidates:
        text = norm_text(el.text_content())
        fits = 5 <= len(text) <= 120 and _weight(text) >= 4 and _precedes(el, body_el)
        if fits and (before is None or _precedes(before, el)):
            before = el
    if meta_title and (not suffix or norm_text(meta_title) != norm_text(suffix)):
        return meta_title, _element_with_text(candidates, meta_title), suffix
    if before is not None and (
        not head or len(norm_text(head)) <= 12 or norm_text(head) == norm_text(suffix or "")
    ):
        return _WS.sub(" ", before.text_content()).strip(), before, suffix
    return (head or None), None, suffix


def _element_with_text(candidates: list[Element], text: str) -> Element | None:
    n = norm_text(text)
    for el in candidates:
        if norm_text(el.text_content()) == n:
            return el
    return None


def _precedes(a: Element, b: Element) -> bool:
    """``a`` comes before ``b`` in document order and is not inside it."""
    if any(x is b for x in a.iterancestors()):
        return False
    for el in a.itersiblings(preceding=False):
        if el is b or any(x is el for x in b.iterancestors()):
            return True
    for anc in a.iterancestors():
        for el in anc.itersiblings(preceding=False):
            if el is b or any(x is el for x in b.iterancestors()):
                return True
    return False


# ---------------------------------------------------------------------------------------------
# the entry point


def _page_url(text: str, doc: Element, meta: dict[str, str], rules: MetadataRules) -> str | None:
    canon = doc.find(".//link[@rel='canonical']")
    if canon is not None and (canon.get("href") or "").startswith("http"):
        return (canon.get("href") or "").strip()
    value = meta_value(meta, rules.meta_names.get("url", []))
    if value and value.startswith("http") and len(value.split("/", 3)) > 3 and value.split("/", 3)[3]:
        return value
    head = text[:4096]
    m = _SAVED_FROM.search(head) or _URL_COMMENT.search(head)
    if m:
        return m.group(1)
    return value if value and value.startswith("http") else None


def read_html(text: str, patterns: Patterns) -> PageContent:
    """Read an HTML page into a :class:`PageContent`; NoArticleError when it holds no article."""
    crules, mrules = patterns.chrome, patterns.metadata
    labeller = labeller_for(mrules)
    chrome = chrome_for(crules)
    doc = parse_html(text)
    meta = read_meta(doc)
    title_tag = doc.find(".//title")
    raw_title = _WS.sub(" ", title_tag.text_content()).strip() if title_tag is not None else ""
    url = _page_url(text, doc, meta, mrules)
    prune(doc, crules)
    body = doc.find("body")
    if body is None:
        body = doc
    body_el, _stats = choose_body(body, crules)
    title, title_el, suffix = _find_title(doc, body_el, raw_title, meta, mrules)
    walker = _Walker(body_el, title_el)
    walker.walk(body)
    walker.flush()
    lines = walker.lines
    start = walker.body_start or 0
    end = walker.body_end if walker.body_end is not None else len(lines)
    body_lines = lines[start:end]
    paragraphs, dropped = clean_body(
        [ln.text for ln in body_lines], [ln.link_w for ln in body_lines], title, chrome, labeller
    )
    # a closing credit line (中青报·中青网记者 魏其濛 来源：中国青年报) is metadata, not text
    closing: list[str] = []
    while len(paragraphs) > 1 and _is_credit_line(paragraphs[-1], labeller):
        closing.insert(0, paragraphs.pop())
    _no_article_checks(paragraphs, title, crules)

    # header block: from the headline (or a few lines up) to the body, plus the body's own
    # lines before its first real paragraph; key-value tables anywhere above the body
    if walker.title_line is not None and walker.title_line < start:
        header = [ln.text for ln in lines[walker.title_line : start]][-25:]
    else:
        header = [ln.text for ln in lines[max(0, start - 8) : start]]
    for ln in body_lines:
        if is_real_paragraph(ln.text, labeller):
            break
        header.append(ln.text)
    kv = [ln.text for ln in lines[:start] if "\t" in ln.text and labeller.label_count(ln.text)]
    credits = dropped + closing + [ln.text for ln in lines[end : end + 12]]

    return _assemble(
        paragraphs,
        closing,
        header,
        kv,
        credits,
        meta,
        title,
        suffix,
        url,
        mrules,
        labeller,
    )


def _no_article_checks(paragraphs: list[str], title: str | None, rules: ChromeRules) -> None:
    joined = "\n".join(paragraphs)
    for pattern in rules.no_article_patterns:
        if (title and re.search(pattern, title)) or (len(joined) < 200 and re.search(pattern, joined)):
            raise NoArticleError(f"the page reads as an error page ({pattern!r})")
    if _weight(joined) < 20:
        raise NoArticleError("fewer than 20 Chinese characters of body text")


def _assemble(
    paragraphs: list[str],
    closing: list[str],
    header: list[str],
    kv: list[str],
    credits: list[str],
    meta: dict[str, str],
    title: str | None,
    suffix: str | None,
    url: str | None,
    rules: MetadataRules,
    labeller: Labeller,
) -> PageContent:
    """Combine the ranked sources of each field into the page's metadata."""
    head_hits: list[LabelHit] = [h for line in kv + header for h in labeller.hits(line)]
    tail_hits: list[LabelHit] = [h for line in credits for h in labeller.hits(line)]
    meta_dates = [v for n in rules.meta_names.get("published_at", []) if (v := meta.get(n.lower()))]
    labelled = [(h.rank, h.value) for h in head_hits if h.field == "published_at" and h.value]
    tail_dates = [(h.rank, h.value) for h in tail_hits if h.field == "published_at" and h.value]
    pick = pick_published(meta_dates, labelled, header, tail_dates)

    def field_value(name: str) -> str | None:
        person = labeller if name == "author" else None
        return best_labelled(head_hits, name, person=person) or best_labelled(tail_hits, name, person=person)

    source = field_value("source")
    if source is None:
        ms = meta_value(meta, rules.meta_names.get("source", []))
        source = strip_label(ms, labeller) if ms else None
    author = field_value("author") or labeller.bylines(paragraphs + closing)
    if author is None:
        ma = meta_value(meta, rules.meta_names.get("author", []))
        author = ma if ma and labeller.is_person(ma) else None
    editor = best_labelled(head_hits + tail_hits, "editor")
    if editor is None:
        me = meta_value(meta, rules.meta_names.get("editor", []))
        editor = me if me and _CJK.search(me) else None
    publisher = field_value("publisher") or meta_value(meta, rules.meta_names.get("publisher", []))
    site = meta_value(meta, rules.meta_names.get("site", [])) or suffix
    return PageContent(
        paragraphs=paragraphs,
        title=title,
        published_at=pick.iso,
        url=url,
        source=source,
        author=author,
        editor=editor,
        publisher=publisher,
        doc_number=field_value("doc_number"),
        index_number=field_value("index_number"),
        site=site,
        warnings=pick.warnings,
    )


def iter_text_lines(text: str, patterns: Patterns) -> Iterator[str]:
    """Every line of a page after pruning, for debugging and tests."""
    doc = parse_html(text)
    prune(doc, patterns.chrome)
    body = doc.find("body")
    walker = _Walker(body if body is not None else doc, None)
    walker.walk(body if body is not None else doc)
    walker.flush()
    for ln in walker.lines:
        yield ln.text
