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
_NOT_XML_OR_SPACE = re.compile("[\\s\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]*")
#: what :data:`_NOT_XML` replaces among the bytes of UTF-8 text (all of them ASCII), as a table
_CONTROL_BYTES = bytes(0x20 if b <= 0x08 or b in (0x0B, 0x0C) or 0x0E <= b <= 0x1F else b for b in range(256))
#: lxml's own test for a string it will not parse (an XML declaration naming an encoding)
_LXML_REFUSES = re.compile(r"""^(<\?xml[^>]+)\s+encoding\s*=\s*["'][^"']*["'](\s*\?>|)""")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
_URL_COMMENT = re.compile(r"^\s*(?:<!DOCTYPE[^>]*>\s*)?<!--\s*(https?://[^\s<>]+?)\s*-->", re.I)


def parse_html(text: str) -> Element:
    """Parse possibly broken HTML (no <html>, two </html>...) into a document tree."""
    text = _XML_DECL.sub("", text, count=1)
    # libxml2 stops at an early </html> (pages that paste a second document after the first):
    # closing tags of <html>/<body> carry nothing, so they are dropped before parsing
    text = _END_TAGS.sub("", text)
    if _NOT_XML_OR_SPACE.fullmatch(text):  # stops at the first character of any page
        raise NoArticleError("the page is empty")
    # control characters (and NULs) are never text, and lxml refuses them when a tree is edited
    source = _xml_safe(text)
    # a parser of our own: never the network, no DTD, no external entities (libxml2's HTML
    # parser loads neither; no_network closes the last door), and libxml2's depth limit kept
    doc, limits = _parse(source, huge=False)
    if any("depth" in m for m in limits):  # the text below the limit is silently dropped
        limit = re.search(r"\d+", next(m for m in limits if "depth" in m))
        raise TooDeepError(
            f"tags nest more than {limit.group() if limit else 256} deep, and the text below that "
            "depth cannot be read (a broken page with unclosed tags?)"
        )
    if limits:  # a text run over libxml2's 10 MB buffer limit: the size is bounded by --max-bytes
        doc, limits = _parse(source, huge=True)
        if limits:
            raise TooLarge(f"the page exceeds what the HTML parser reads ({limits[0]})")
    return doc


def _xml_safe(text: str) -> bytes | str:
    """The text as UTF-8 bytes for libxml2, each character it refuses made a space.

    Bytes are what libxml2 reads fastest (a ``str`` is converted first), and on bytes the
    refused characters are replaced by a byte table rather than a regular expression over
    the text. A text lxml refuses as a string (an XML declaration naming an encoding that
    :data:`_XML_DECL` does not take out) is passed as one, to fail as it always did.
    """
    if text.startswith("<?xml") and _LXML_REFUSES.match(_NOT_XML.sub(" ", text)):
        return _NOT_XML.sub(" ", text)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        data = _NOT_XML.sub(" ", text).encode("utf-8")
    # no byte of a multi-byte UTF-8 character is below 0x80: controls map one to one
    data = data.translate(_CONTROL_BYTES)
    if b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:  # U+FFFE, U+FFFF
        data = data.replace(b"\xef\xbf\xbe", b" ").replace(b"\xef\xbf\xbf", b" ")
    return data


_PLAIN_HTML = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction
)


def _parse(text: bytes | str, huge: bool) -> tuple[Element, list[str]]:
    """The parsed tree and the resource limits libxml2 hit (each of which loses text silently)."""
    encoding = "utf-8" if isinstance(text, bytes) else None
    parser = lxml.html.HTMLParser(no_network=True, huge_tree=huge, remove_pis=True, encoding=encoding)
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
