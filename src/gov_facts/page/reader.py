"""Decoded page text -> article: decide HTML vs. plain-text dump and dispatch.

Inputs arrive as saved HTML (sometimes a fragment starting at <head>) or as a
plain-text dump of the rendered page. Markup is detected by tags near the
start, or by a density of common tags anywhere, so that a dump that happens
to mention ``<p>`` is still read as text.
"""

from __future__ import annotations

import re

from ..rules.patterns import Patterns
from .content import PageContent
from .html_article import read_html
from .text_dump import read_text_dump

_LEADING_MARKUP = re.compile(
    r"^\s*(?:\ufeff)?(?:<!--|<!doctype|<html|<head|<meta|<body|<\?xml|<title|<div|<link)", re.I
)
_TAG = re.compile(r"</?(?:html|head|body|div|p|span|table|td|tr|a|br|meta|script|li|ul)\b[^>]*>", re.I)
#: characters that show nothing and join nothing: the soft hyphen, zero-width space, (non-)joiner,
#: word joiner and a BOM pasted mid-text, as characters or as HTML references. Word and web editors
#: leave them inside figures (1&shy;2.5万人, 12&#8203;345万元), where a space would cut the figure.
_INVISIBLE_CHARS = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
#: their HTML references: a pattern with a literal first character is a fast scan of a page
_INVISIBLE_REFS = re.compile(
    r"&(?:shy|ZeroWidthSpace|zwn?j|NoBreak|#(?:0*(?:173|820[345]|8288|65279)|[xX]0*(?:ad|AD|200[bcdBCD]|2060|feff|FEFF)));"
)
_INVISIBLE = re.compile(f"[{''.join(_INVISIBLE_CHARS)}]|{_INVISIBLE_REFS.pattern}")


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than a plain-text dump."""
    if _LEADING_MARKUP.match(text[:2048]):
        return True
    sample = text[:65536]
    tags = len(_TAG.findall(sample))
    return tags >= 5 and tags * 40 >= len(sample.splitlines())


def drop_invisible(text: str) -> str:
    """The text without its invisible characters (:data:`_INVISIBLE`): the article text, and every
    offset into it, is the text a reader sees. Most pages hold none: substring scans for the characters
    (far cheaper than a character class tried at every character) and the references' scan come first."""
    if not any(ch in text for ch in _INVISIBLE_CHARS) and _INVISIBLE_REFS.search(text) is None:
        return text
    return _INVISIBLE.sub("", text)


def read_article(text: str, patterns: Patterns) -> PageContent:
    """Read a page's article; raises NoArticleError("<why>") when it holds none."""
    text = drop_invisible(text)
    if looks_like_html(text):
        return read_html(text, patterns)
    return read_text_dump(text, patterns)
