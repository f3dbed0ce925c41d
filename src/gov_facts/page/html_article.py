"""HTML page -> article: prune chrome, find the body, cut it into paragraphs, read metadata.

Government and state-media pages wrap a short article in a large amount of
chrome (navigation, share bars, QR codes, related lists, footers with ICP
numbers), often inside the same container as the text. The reader therefore
works in three passes over an lxml tree:

1. prune by structure (:mod:`.chrome`): scripts, styles, hidden elements,
   nav/aside/footer, and class/id tokens from ``patterns/chrome.toml`` (never an
   element holding most of the page's text);
2. choose the body (:mod:`.body`): a known CMS container when it agrees with the
   text, else the element that collects the most Chinese paragraph text
   (characters plus Chinese punctuation, discounted by link density);
3. linearise the whole page into lines (:mod:`.lines`), keep the body's lines
   minus chrome wording (:mod:`.paragraphs`), and read metadata from the header
   block above the body and the credits inside/after it (:mod:`.metadata`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..core.errors import NoArticleError
from ..rules.page_rules import ChromeRules, MetadataRules
from ..rules.patterns import Patterns
from .body import choose_body
from .chrome import chrome_for, prune
from .content import PageContent
from .lines import Walker
from .metadata import (
    LabelHit,
    Labeller,
    best_labelled,
    labeller_for,
    meta_value,
    pick_published,
    strip_label,
)
from .paragraphs import clean_body, is_credit_line, is_real_paragraph
from .parse import page_url, parse_html, read_meta
from .text_weight import CJK as _CJK
from .text_weight import WS as _WS
from .text_weight import weight as _weight
from .title import find_title


def read_html(text: str, patterns: Patterns) -> PageContent:
    """Read an HTML page into a :class:`PageContent`; NoArticleError when it holds no article."""
    crules, mrules = patterns.chrome, patterns.metadata
    labeller = labeller_for(mrules)
    chrome = chrome_for(crules)
    doc = parse_html(text)
    meta = read_meta(doc)
    title_tag = doc.find(".//title")
    raw_title = _WS.sub(" ", title_tag.text_content()).strip() if title_tag is not None else ""
    url = page_url(text, doc, meta, mrules)
    prune(doc, crules)
    body = doc.find("body")
    if body is None:
        body = doc
    body_el, _stats = choose_body(body, crules)
    title, title_el, suffix = find_title(doc, body_el, raw_title, meta, mrules)
    walker = Walker(body_el, title_el)
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
    while len(paragraphs) > 1 and is_credit_line(paragraphs[-1], labeller):
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
    pick = pick_published(meta_dates, labelled, header, tail_dates, credits)

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
        published=pick.published,
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
    walker = Walker(body if body is not None else doc, None)
    walker.walk(body if body is not None else doc)
    walker.flush()
    for ln in walker.lines:
        yield ln.text
