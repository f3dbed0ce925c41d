"""HTML text -> lxml tree, safely: no network, no entities, libxml2's limits turned into clear errors.

Also the page's own statements about itself that need no body: ``<meta>`` tags and its URL.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement as Element

from ..core.errors import NoArticleError, TooDeepError, TooLarge
from ..rules.page_rules import MetadataRules
from .metadata import meta_value

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_END_TAGS = re.compile(r"</(?:html|body)\s*>", re.I)
#: characters lxml will not put in a tree: C0 controls but tab/newline/CR, lone surrogates, U+FFFE/U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
_URL_COMMENT = re.compile(r"^\s*(?:<!DOCTYPE[^>]*>\s*)?<!--\s*(https?://[^\s<>]+?)\s*-->", re.I)


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


def page_url(text: str, doc: Element, meta: dict[str, str], rules: MetadataRules) -> str | None:
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
