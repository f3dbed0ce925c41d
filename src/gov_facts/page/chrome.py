"""Page chrome: what is never article text, by structure (tags, class/id names) and by wording.

:func:`prune` removes chrome elements from the tree before the body is chosen;
:class:`ChromeText` recognises chrome lines (share bars, print buttons, "related
articles") and the line where the article's tail begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement as Element

from ..rules.compiled import compiled
from ..rules.page_rules import ChromeRules
from .continuation import mark_next_links
from .date_blocks import date_block, mark_crumb_date
from .dates import dateline_alone
from .html_tags import DROP_TAGS
from .lines import NEXT_LINK_MARK
from .text_weight import punct as _punct
from .text_weight import runs_of
from .text_weight import weight as _weight

_MARKED = f".//a[@{NEXT_LINK_MARK}]"
#: what a heading may carry besides its word: spaces between the characters, a closing colon
_HEADING_FOLD = runs_of(r"\s\u3000\u00a0:：")
#: spaces between a label's characters (地　　点：)
_SPACES = runs_of(r"\s\u3000\u00a0")
#: hidden by its style, or by a class token ``hidden`` / ``hide``
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide)(?:\s|$)", re.I)
#: a sentence that states a rate or a large figure (承办单位按时办结率为99.1%，…提高0.42个百分点。): a
#: footer label's words (承办单位, 主办单位) in it are its subject, not a footer
_FIGURE_SENTENCE = re.compile(
    r"[0-9０-９]\s*(?:%|％|‰|个百分点|個百分點|万|萬|亿|億)[^。！？!?]*[。！？!?]\s*$"
)


def tokens(el: Element) -> list[str]:
    """An element's class tokens and id, lower-cased."""
    cls = el.get("class") or ""
    ident = el.get("id") or ""
    return [t.lower() for t in cls.split()] + ([ident.lower()] if ident else [])


def _reads_as_article(el: Element) -> bool:
    """Running text: some 50 Chinese characters or more, punctuated like sentences, few of them links."""
    text = el.text_content()
    if len(text) < 50:  # too short to hold 50 Chinese characters: no need to weigh it
        return False
    w = _weight(text)
    if w < 50 or _punct(text) < 0.04 * w:
        return False
    links = sum(_weight(a.text_content()) for a in el.iter("a"))
    return links <= 0.3 * w


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
    crumbs: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        subs = sorted({t.lower() for t in self.rules.drop_class_tokens}, key=_longest_first)
        self.subs = re.compile("|".join(map(re.escape, subs))) if subs else None
        self.exact = frozenset(t.lower() for t in self.rules.drop_class_exact)
        self.keep = frozenset(t.lower() for t in self.rules.content_containers)
        self.crumbs = tuple(t.lower() for t in self.rules.crumb_class_tokens)
        self._seen: dict[tuple[str, str], tuple[list[str], str]] = {}

    def is_chrome_name(self, toks: list[str]) -> bool:
        if self.exact.intersection(toks):
            return True
        # tokens hold no spaces, nor do the substrings: one search over the tokens joined
        return self.subs is not None and self.subs.search(" ".join(toks)) is not None

    def classify(self, cls: str, ident: str) -> tuple[list[str], str]:
        """The tokens of a class and id, and whether they name a known article container
        (``keep``), chrome (``chrome``) or neither (``""``). Pages repeat the same few class
        names on many elements, and sites across pages: each pair is decided once."""
        key = (cls, ident)
        known = self._seen.get(key)
        if known is None:
            toks = [t.lower() for t in cls.split()] + ([ident.lower()] if ident else [])
            kind = "keep" if self.keep.intersection(toks) else ("chrome" if self.is_chrome_name(toks) else "")
            if len(self._seen) >= 50_000:  # an archive of ever new names: memory stays bounded
                self._seen.clear()
            known = self._seen[key] = (toks, kind)
        return known


def prune(doc: Element, rules: ChromeRules, url: str | None = None) -> dict[Element, list[str]]:
    """Remove what is never article text: code, hidden parts, and structural chrome.

    The links of a pager to the article's next part are marked first (``url``, the page's
    own, tells which page numbers come after it), and a pager holding one stays: its lines
    are chrome to the body pass, but the walk must see where it stands.

    Returns the class and id tokens of the body's elements that have any, split once here for
    the body pass (it keeps those it finds in the tree: the dropped ones are among them).
    """
    names = compiled(_PruneRules, rules)
    # code goes first, in libxml2 (each element's tail text kept in place); no link or hidden
    # block inside it is seen again: the Python walk below meets only what stays
    etree.strip_elements(doc, etree.Comment, etree.ProcessingInstruction, *DROP_TAGS, with_tail=False)
    body = _body_of(doc)
    # one walk for links, hidden blocks and chrome candidates when <html> holds only <body>
    whole = body is doc or (len(doc) == 1 and doc[0] is body)
    links, hidden, found = _walk(doc, body if whole else None, names)
    gone: set[Element] = set()
    for el in hidden:
        # hidden until a script reveals it: WeChat's js_content, the rest of an article behind
        # "展开全文"; what else is hidden (menus, pop-ups, templates) is not running text
        if el.getparent() is not None and not _reads_as_article(el):
            _drop(el)
            gone.update(el.iter())
    keep_next_links = mark_next_links(links, url, rules)
    if _body_of(doc) is not body or not whole:
        body = _body_of(doc)
        found = _walk(body, body, names, links_and_hidden=False)[2]
    elif gone:
        found = [f for f in found if f[0] not in gone]
    total = _weight(body.text_content()) or 1
    keep = names.keep
    named: dict[Element, list[str]] = {}
    doomed: list[Element] = []
    footers: list[Element] = []  # by the tag or a class or id token (entry-footer, news_foot)
    for el, toks, chrome in found:
        if toks:
            named[el] = toks
        if chrome == "header":
            chrome = "chrome" if el.find(".//h1") is None else ""
        if chrome:
            doomed.append(el)
            if el.tag == "footer" or any("foot" in t for t in toks):
                footers.append(el)
    if footers:
        kept = _keep_block_footers(doomed, footers, body)
        if kept:
            doomed = [el for el in doomed if el not in kept]
            for foot in kept:
                _set_below(foot)
    dropped: set[Element] = set()
    # the known article containers, in reading order, each with the elements around it
    containers = [(c, set(c.iterancestors())) for c, toks in named.items() if keep.intersection(toks)]
    for el in doomed:
        if any(a in dropped for a in el.iterancestors()):
            continue
        # never drop what holds much of the page's text (a wrapper with an unlucky class name),
        # nor a good part of it that reads as an article (<div id="printContent"> around the text)
        text = el.text_content()
        w = _weight(text)
        if w > 0.4 * total or (el.tag == "form" and w > 200):
            continue
        if w > 0.25 * total and w >= 100 and _reads_as_article(el):
            continue
        if _contains_container(el, containers):
            continue
        if date_block(text, w):
            continue  # a release's closing dateline under a font-size or print class: its own date
        if keep_next_links and (el.get(NEXT_LINK_MARK) is not None or el.find(_MARKED) is not None):
            continue
        if any(c in t for t in named.get(el, ()) for c in names.crumbs):
            mark_crumb_date(doc, el)
        dropped.add(el)
        _drop(el)
    return named


def _body_of(doc: Element) -> Element:
    body = doc.find("body")
    return doc if body is None else body


_Found = list[tuple[Element, list[str], str]]
_CHROME_TAGS = frozenset(["nav", "aside", "footer", "form"])
#: the most text (Chinese characters and punctuation) a block's own footer holds
_BLOCK_FOOTER = 150


#: the attribute marking a block's own footer, set below its block (:func:`_set_below`): the
#: article's date and credits, read below the text
FOOTER_MARK = "data-gov-facts-foot"


def _set_below(foot: Element) -> None:
    """Mark a block's own footer and set it right after its block (its tail text left in place):
    its lines (發布日期：…, 新聞局 2025-11-28 17:20, 標籤：…) stand below the text, never in it,
    wherever the body's element ends."""
    parent = foot.getparent()
    if parent is None or parent.getparent() is None:
        return
    foot.set(FOOTER_MARK, "")
    tail, foot.tail = foot.tail, None
    prev = foot.getprevious()
    parent.remove(foot)
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.addnext(foot)


def _keep_block_footers(doomed: list[Element], footers: list[Element], body: Element) -> set[Element]:
    """The footers of a block of text among the doomed elements: a short footer whose parent
    reads as an article and holds no other chrome (<article>…<footer>發布日期：2025年8月14日
    16:30</footer>, a card's card-footer, a post's entry-footer) carries the article's date and
    credits; the site's footer stands beside menus, crumbs or sidebars, or right in <body>.
    Its share bar and the like inside it still go by their own names. The cheap structural
    questions are asked before any text is weighed."""
    kept: set[Element] = set()
    marked = set(doomed)
    for foot in footers:
        parent = foot.getparent()
        if parent is None or parent is body or any(a in marked for a in foot.iterancestors()):
            continue  # in <body>, or inside the site's footer (<div class="footer"><div class="footer_txt">)
        inside = set(foot.iter())
        if any(d not in inside and any(a is parent for a in d.iterancestors()) for d in doomed) and (
            not dateline_alone(foot.text_content())  # a release's dateline beside its share bar
        ):
            continue
        if _weight(foot.text_content()) > _BLOCK_FOOTER or not _reads_as_article(parent):
            continue
        kept.add(foot)
    return kept


def _walk(
    doc: Element, body: Element | None, names: _PruneRules, links_and_hidden: bool = True
) -> tuple[list[Element], list[Element], _Found]:
    """One pass over the elements: the links, the hidden ones, and under ``body`` (when given:
    then the only child of ``doc``, or ``doc`` itself) each element with class/id tokens or a
    chrome tag, as (element, tokens, "chrome" | "header" (chrome unless it holds an <h1>) | "").

    Written out in one loop: it meets every element of the page.
    """
    links: list[Element] = []
    hidden: list[Element] = []
    found: _Found = []
    for el in doc.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == "a" and links_and_hidden:
            links.append(el)
        attrib = el.attrib
        if not attrib:  # most elements: no class, id, style (only a chrome tag can count)
            if body is not None and (tag in _CHROME_TAGS or tag == "header") and el is not body:
                found.append((el, [], "chrome" if tag in _CHROME_TAGS else "header"))
            continue
        cls = attrib.get("class")
        if links_and_hidden and tag != "a":  # is it hidden?
            style = attrib.get("style")
            if (
                (style and _hidden_style(style))
                or attrib.get("hidden") is not None
                or (cls and _hidden_class(cls))
            ):
                hidden.append(el)
        if body is None or el is body or el is doc:
            continue
        ident = attrib.get("id")
        # most elements carry neither class nor id: no tokens to split
        toks, kind = names.classify(cls or "", ident or "") if (cls or ident) else ([], "")
        if kind == "keep":
            found.append((el, toks, ""))
            continue
        chrome = "chrome" if tag in _CHROME_TAGS or kind == "chrome" else ""
        if not chrome and tag == "header":
            chrome = "header"  # chrome unless it holds the headline: known once hidden blocks are gone
        if toks or chrome:
            found.append((el, toks, chrome))
    return links, hidden, found


# the same few class and style values recur on a page and across a site's pages
@lru_cache(maxsize=4096)
def _hidden_class(cls: str) -> bool:
    return _HIDDEN_CLASS.search(cls) is not None


@lru_cache(maxsize=4096)
def _hidden_style(style: str) -> bool:
    return _HIDDEN_STYLE.search(style) is not None


def _contains_container(el: Element, containers: list[tuple[Element, set[Element]]]) -> bool:
    """Whether the first known article container within ``el`` (or ``el`` itself) holds text."""
    for sub, around in containers:
        if sub is el or el in around:
            return _weight(sub.text_content()) >= 30
    return False


@dataclass
class ChromeText:
    """Compiled wording rules for dropping chrome lines and cutting the tail.

    Each word list is one regular expression of its words (and the line patterns one of
    their alternatives): a line is searched once per list, not once per word.
    """

    rules: ChromeRules
    phrases: re.Pattern[str] | None = field(init=False)
    tails: re.Pattern[str] | None = field(init=False)
    pattern: re.Pattern[str] | None = field(init=False)
    datelines: re.Pattern[str] | None = field(init=False)
    ends: re.Pattern[str] | None = field(init=False)
    headings: frozenset[str] = field(init=False)
    events: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.phrases = _any_of(self.rules.line_phrases)
        self.tails = _any_of(self.rules.tail_markers)
        # the end marks are chrome lines too: one search of the line finds either
        pats = [*self.rules.line_patterns, *self.rules.end_marks]
        self.pattern = re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None
        dls = self.rules.dateline_patterns
        self.datelines = re.compile("|".join(f"(?:{p})" for p in dls)) if dls else None
        ends = self.rules.end_marks
        self.ends = re.compile("|".join(f"(?:{p})" for p in ends)) if ends else None
        self.headings = frozenset(self.rules.document_headings)
        self.events = frozenset(self.rules.event_labels)

    def is_chrome(self, line: str) -> bool:
        if (
            self.phrases is not None
            and len(line) <= self.rules.max_phrase_line
            and self.phrases.search(line)
            and _FIGURE_SENTENCE.search(line) is None
        ):
            return True
        return self.pattern is not None and self.pattern.search(line) is not None

    def is_end(self, line: str) -> bool:
        """The line closes the text (完, －完－, END): what follows is a press contact, a date line."""
        return self.ends is not None and self.ends.search(line) is not None

    def is_dateline(self, line: str) -> bool:
        """The line opens with a news dateline (新华社上海11月30日电, 本报讯)."""
        return self.datelines is not None and self.datelines.match(line) is not None

    def opens_event(self, line: str) -> bool:
        """The line opens with an event's particular (地点：…, 地　　点：…, 主持人：…)."""
        head, colon, _rest = _SPACES.sub("", line[:16]).replace(":", "：").partition("：")
        return bool(colon) and head in self.events

    def is_document_heading(self, line: str) -> bool:
        """The line is a document's own heading (目 录：, 导 言, 前言), spaces and colon aside."""
        return _HEADING_FOLD.sub("", line) in self.headings

    def is_tail(self, line: str) -> bool:
        """The line begins what follows the article: a tail heading (相关阅读, 傳媒查詢)."""
        return (
            self.tails is not None
            and len(line) <= self.rules.max_phrase_line
            and bool(self.tails.search(line))
        )


def _longest_first(word: str) -> tuple[int, str]:
    """Longest first, then in code order: the same regex in every process (a set's order is not),
    so that its compiled form can be cached (:mod:`gov_facts.core.regex_cache`)."""
    return (-len(word), word)


def _any_of(words: list[str]) -> re.Pattern[str] | None:
    """One regex finding any of ``words`` (longest first, so each is tried as written)."""
    return re.compile("|".join(map(re.escape, sorted(set(words), key=_longest_first)))) if words else None


def chrome_for(rules: ChromeRules) -> ChromeText:
    """A cached :class:`ChromeText` for these rules."""
    return compiled(ChromeText, rules)
