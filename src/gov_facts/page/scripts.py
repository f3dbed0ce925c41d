"""Article text and metadata that a page holds only in its scripts.

Some pages ship the article as data and draw it with JavaScript: a JSON-LD
``articleBody``, Next.js ``__NEXT_DATA__``, a ``window.__INITIAL_STATE__ = {…}``
page state, WeChat's ``var ct = "…"`` publish time. A saved copy of such a page
shows a teaser, a skeleton or nothing where a person sees the article. The
scripts are set aside before the chrome is pruned (scripts are never page
text) and read here only when the page itself falls short.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement as Element

from .text_weight import punct, weight

_CJK_RUN = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff]{3,}")  # a class first: the engine skips by it
_ESCAPED_CJK = re.compile(r"\\u(?:[4-9][0-9a-fA-F]{3}|3[4-9a-fA-F][0-9a-fA-F]{2})")
#: a double-quoted string literal of JSON or JavaScript
_LITERAL = re.compile(r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"')  # the unrolled form: no backtracking per character
_MIN_LITERAL = 40
_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|section|span|h[1-6]|strong|img|table|li)\b", re.I)
_MAX_DEPTH = 12
#: how much Chinese text a script must hold to be searched for an article
_MIN_SCRIPT_CJK = 60


@dataclass
class ScriptText:
    """What a page's scripts hold: their texts, and the JSON-LD objects among them."""

    texts: list[str] = field(default_factory=list)
    linked_data: list[dict[str, Any]] = field(default_factory=list)

    def ld_values(self, key: str) -> Iterator[Any]:
        """Every value of ``key`` in the JSON-LD objects, depth first."""
        for obj in self.linked_data:
            yield from _values(obj, key)


def collect_scripts(doc: Element) -> ScriptText:
    """The scripts worth reading later (taken before the chrome pass drops them)."""
    found = ScriptText()
    for el in doc.iter("script"):
        text = el.text
        if not text or len(text) < 20:
            continue
        if (el.get("type") or "").strip().lower() == "application/ld+json":
            found.linked_data.extend(_json_objects(text))
        found.texts.append(text)
    return found


def _json_objects(text: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(text, strict=False)
    except (ValueError, RecursionError):  # not JSON, or nested past what a page needs
        return []
    items = data if isinstance(data, list) else [data]
    return [d for d in items if isinstance(d, dict)]


def _values(node: Any, key: str, depth: int = 0) -> Iterator[Any]:
    if depth > _MAX_DEPTH:  # linked data is a few levels deep; a page may nest it without end
        return
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                yield v
            else:
                yield from _values(v, key, depth + 1)
    elif isinstance(node, list):
        for item in node:
            yield from _values(item, key, depth + 1)


@dataclass(frozen=True)
class ScriptArticle:
    """The article text found in a script: HTML (to be read as a fragment) or plain text."""

    text: str
    is_html: bool
    where: str  # "JSON-LD articleBody" or "page data"

    @property
    def weight(self) -> int:
        return weight(_TAGS_AND_ENTITIES.sub("", self.text) if self.is_html else self.text)


_TAGS_AND_ENTITIES = re.compile(r"<[^>]*>|&\w+;")


def script_article(scripts: ScriptText) -> ScriptArticle | None:
    """The longest article-like text among the scripts: JSON-LD ``articleBody`` or a page-data string."""
    best: ScriptArticle | None = None
    for value in scripts.ld_values("articleBody"):
        if isinstance(value, str) and weight(value) >= 20:
            cand = _article(value, "JSON-LD articleBody")
            if best is None or cand.weight > best.weight:
                best = cand
    for text in scripts.texts:
        if not _worth_searching(text):
            continue
        for m in _LITERAL.finditer(text):
            raw = m.group(1)
            if len(raw) < _MIN_LITERAL or (not _CJK_RUN.search(raw) and not _ESCAPED_CJK.search(raw)):
                continue
            try:
                value = json.loads(f'"{raw}"')
            except ValueError:
                continue
            if not isinstance(value, str):
                continue
            cand = _article(value, "page data")
            w = cand.weight
            # running text: sentences, not a list of names or a dictionary of UI strings
            if w >= 30 and punct(value) >= 0.03 * w and (best is None or w > best.weight):
                best = cand
    return best


def _worth_searching(text: str) -> bool:
    """Enough Chinese (plain or \\u-escaped) to hold an article: most scripts are code only."""
    if text.isascii():  # known without reading the text: most scripts are plain code
        return "\\u" in text and len(_ESCAPED_CJK.findall(text)) >= _MIN_SCRIPT_CJK
    # a Chinese character is three bytes in UTF-8: what the text grows by counts them (in C)
    if (len(text.encode("utf-8", "replace")) - len(text)) // 2 >= _MIN_SCRIPT_CJK:
        return True
    return "\\u" in text and len(_ESCAPED_CJK.findall(text)) >= _MIN_SCRIPT_CJK


def _article(value: str, where: str) -> ScriptArticle:
    if "&lt;" in value and _TAG.search(html.unescape(value[:2000])):
        value = html.unescape(value)
    return ScriptArticle(value, bool(_TAG.search(value)), where)
