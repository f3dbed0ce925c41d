"""HTML page -> article: prune chrome, find the body, cut it into paragraphs, read metadata.

Government and state-media pages wrap a short article in a large amount of
chrome (navigation, share bars, QR codes, related lists, footers with ICP
numbers), often inside the same container as the text. The reader therefore
works in passes over an lxml tree:

1. set aside the scripts (:mod:`.scripts`): some pages hold the article only
   there (JSON-LD ``articleBody``, page-state JSON) and a few metadata values;
2. prune by structure (:mod:`.chrome`): scripts, styles, hidden elements that
   do not read as article text, nav/aside/footer, and class/id tokens from
   ``patterns/chrome.toml`` (never an element holding most of the page's text);
3. choose the body (:mod:`.body`): a known CMS container when it agrees with the
   text, else the element that collects the most Chinese paragraph text
   (characters plus Chinese punctuation, discounted by link density), widened
   to the sibling blocks that continue it; a list of linked headlines is not one;
4. linearise the whole page into lines (:mod:`.lines`), keep the body's lines
   minus chrome wording (:mod:`.paragraphs`), and read metadata from the header
   block above the body and the credits inside/after it (:mod:`.assemble`).

When the page's own text falls short of what its scripts hold (a teaser, a
skeleton, an empty shell), the script's article is read instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from lxml.html import HtmlElement as Element

from ..core.errors import NoArticleError
from ..rules.page_rules import ChromeRules
from ..rules.patterns import Patterns
from .assemble import Parts, assemble
from .body import choose_body
from .chrome import FOOTER_MARK, chrome_for, prune
from .content import PageContent
from .continuation import continuation_warning, next_part, script_next_part
from .date_blocks import CRUMB_MARK
from .grids import mark_label_grids
from .lines import Line, PageLines, Walker, join_cut_figures
from .metadata import Labeller, best_labelled, labeller_for, norm_text
from .paragraphs import clean_body, closing_credits, is_real_paragraph
from .parse import page_url, parse_html, read_meta
from .scripts import ScriptArticle, ScriptText, collect_scripts, script_article
from .text_weight import WS as _WS
from .text_weight import weight as _weight
from .title import find_title, title_match

#: a line that opens with a date in digits (2025-11-28 17:20, 2024年6月20日, 2023/5/4)
_DATE_FIRST = re.compile(r"\s*(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}")

#: a page body lighter than this (Chinese characters and punctuation) may be a teaser of what
#: its scripts hold; heavier bodies are taken as they are, and the scripts are never searched
_SCRIPT_CHECK_BELOW = 500


def read_html(text: str, patterns: Patterns) -> PageContent:
    """Read an HTML page into a :class:`PageContent`; NoArticleError when it holds no article."""
    mrules = patterns.metadata
    doc = parse_html(text)
    join_cut_figures(doc)
    meta = read_meta(doc)
    scripts = collect_scripts(doc)
    title_tag = doc.find(".//title")
    raw_title = _WS.sub(" ", title_tag.text_content()).strip() if title_tag is not None else ""
    url = page_url(text, doc, meta, mrules)
    named = prune(doc, patterns.chrome, url)
    mark_label_grids(doc, patterns.chrome)
    body = doc.find("body")
    if body is None:
        body = doc
    try:
        parts = _from_dom(doc, body, raw_title, meta, scripts, patterns, named)
    except NoArticleError:
        found = script_article(scripts)
        if found is None:
            raise
        shown = _from_script(found, doc, body, raw_title, meta, patterns, None)
        if shown is None:
            raise
        parts = shown
    else:
        if _weight("".join(parts.paragraphs)) < _SCRIPT_CHECK_BELOW:
            found = script_article(scripts)
            if found is not None:
                parts = _from_script(found, doc, body, raw_title, meta, patterns, parts) or parts
    parts.crumb = doc.get(CRUMB_MARK)
    return assemble(parts, meta, scripts, url, mrules, labeller_for(mrules))


def _from_dom(
    doc: Element,
    body: Element,
    raw_title: str,
    meta: dict[str, str],
    scripts: ScriptText,
    patterns: Patterns,
    named: dict[Element, list[str]],
) -> Parts:
    """The article as the page's own markup shows it."""
    crules, mrules = patterns.chrome, patterns.metadata
    labeller = labeller_for(mrules)
    chrome = chrome_for(crules)
    matched = title_match(doc, raw_title, meta, mrules, named)
    reading = PageLines()
    first, last = choose_body(body, crules, _anchor(matched), named, reading)
    title, title_el, suffix = find_title(doc, first, raw_title, meta, mrules, matched)
    walker = reading.placed(first, last, title_el)
    if walker is None:  # the body or the headline begins or ends inside a line: read again
        walker = Walker(first, title_el, last)
        walker.walk(body)
        walker.flush()
    lines = walker.lines
    start = walker.body_start or 0
    end = walker.body_end if walker.body_end is not None else len(lines)
    body_lines = lines[start:end]
    kv = [ln.text for ln in lines[:start] if "\t" in ln.text and labeller.label_count(ln.text)]
    kv += _split_pairs([ln.text for ln in lines[:start]], labeller)
    if title_el is None:
        # no heading agrees with <title>: a grid's labelled headline (标题 | …) names the article
        title = best_labelled((h for line in kv for h in labeller.hits(line)), "title") or title
    paragraphs, dropped = clean_body(
        [ln.text for ln in body_lines], [ln.link_w for ln in body_lines], title, chrome, labeller
    )
    closing = closing_credits(paragraphs, labeller)
    _no_article_checks(paragraphs, title, crules)

    # header block: from the headline (or a few lines up) to the body, plus the body's own
    # lines before its first real paragraph; key-value tables anywhere above the body
    title_line = walker.title_line
    scan_from = start
    if title_line is not None and title_line < start:
        header = [ln.text for ln in lines[title_line:start]][-25:]
        above = lines[title_line - 1].text if title_line else ""
        if above and (len(above) <= 30 or (len(above) <= 80 and _DATE_FIRST.match(above))):
            # a short line just above the headline (2023年11月9日（星期四）), or a meta line that opens
            # with the date (2025-11-28 17:20 部門及機構：旅遊局 分類：旅遊): read after the others
            header.append(above)
        header += _label_lines_above(lines, title_line, labeller)
    elif title_line is not None and title_line < end:
        # the headline inside the body: the header block is what stands under it
        header, scan_from = [lines[title_line].text], title_line + 1
    else:
        header = [ln.text for ln in lines[max(0, start - 8) : start]]
    for ln in lines[scan_from:end]:
        if is_real_paragraph(ln.text, labeller):
            break
        header.append(ln.text)
    credits = dropped + closing + [ln.text for ln in lines[end : end + 12]]
    href = next_part(walker.next_links, lines, start, end) or script_next_part(scripts.texts, crules)
    warnings = [continuation_warning(href)] if href else []
    stamps = _time_stamps(body, first, reading)
    below = [ln.text for ln in lines[end : end + 3]]
    return Parts(paragraphs, closing, header, kv, credits, title, suffix, warnings, href, stamps, below)


def _time_stamps(root: Element, first: Element, reading: PageLines) -> list[str]:
    """The ``datetime`` of the first ``<time>`` above the body's text and outside links (HTML's
    own mark of the article's time, <time datetime="2024-05-12T08:00">5月12日</time>); a time
    below the text dates a related item or a comment, unless it stands in the article's own
    footer (<footer>新聞局 <time datetime=…></footer>, marked by the chrome pass)."""
    top = reading.stats.get(first)
    below: list[str] = []
    for el in root.iter("time"):
        value = (el.get("datetime") or "").strip()
        st = reading.stats.get(el)
        if not value or st is None or top is None:
            continue
        if any(a.tag == "a" for a in el.iterancestors()):
            continue
        if st.start <= top.start:
            return [value]
        if not below and any(a.get(FOOTER_MARK) is not None for a in el.iterancestors()):
            below.append(value)
    return below


def _anchor(matched: tuple[str, Element] | None) -> Element | None:
    """The headline where the body choice may lean on it: not a link (a logo, a sidebar's
    heading that happens to agree with a <title> holding only the site's name), not a word."""
    if matched is None:
        return None
    text, el = matched
    if len(norm_text(text)) < 5 or el.tag == "a" or el.find(".//a") is not None:
        return None
    if any(a.tag == "a" for a in el.iterancestors()):
        return None
    return el


#: how many lines above the headline a 信息公开 strip may take
_STRIP_LINES = 3


def _label_lines_above(lines: list[Line], title_line: int, labeller: Labeller) -> list[str]:
    """The lines just above the headline that open with a label (索引号：…　公开方式：主动公开, a
    信息公开 strip over the title; 索引号：… | 发布机构：… as cells of one row), up to the first line
    that does not: metadata of this page, not of a sidebar's items."""
    found: list[str] = []
    for ln in reversed(lines[max(0, title_line - _STRIP_LINES) : title_line]):
        if len(ln.text) > 120 or not labeller.starts_with_label(ln.text):
            break
        found.append(ln.text)
    return found[::-1]


def _split_pairs(texts: list[str], labeller: Labeller) -> list[str]:
    """索 引 号： / 014717475N/2023-0040295: a label alone on its line above the body with its value
    on the next (an information-disclosure grid, <dd><label>…</label><div>…</div></dd>; a page laid
    out in a label grid, 發布日期 | 114-07-15, whose label cells print no colon), read as one
    ``label：value`` line; so is a label cell glued to its value on one line (索 引 号1133/…)."""
    pairs = [glued for text in texts if (glued := labeller.glued_cells(text.strip()))]
    for label, value in pairwise(texts):
        label, value = label.strip(), value.strip()
        if len(label) > 12:
            continue
        if label.endswith(("：", ":")) and labeller.label_count(label) == 1:
            pass
        elif labeller.is_bare_label(label):
            label = label.rstrip("：:") + "："
        else:
            continue
        if not value or len(value) > 40 or labeller.label_count(value) or labeller.is_bare_label(value):
            continue
        pairs.append(label + value)
    return pairs


def _from_script(
    found: ScriptArticle,
    doc: Element,
    body: Element,
    raw_title: str,
    meta: dict[str, str],
    patterns: Patterns,
    dom: Parts | None,
) -> Parts | None:
    """The script's article when it is more than the page shows, else None.

    With a page body already read, the script's text must be well longer and, unless the
    page body is next to nothing (a skeleton, a caption), begin like it: the same article.
    """
    crules, mrules = patterns.chrome, patterns.metadata
    labeller = labeller_for(mrules)
    chrome = chrome_for(crules)
    if dom is None:
        title, _el, suffix = find_title(doc, body, raw_title, meta, mrules)
    else:
        title, suffix = dom.title, dom.suffix
    lines = _script_lines(found, crules)
    paragraphs, dropped = clean_body(lines, [0] * len(lines), title, chrome, labeller)
    closing = closing_credits(paragraphs, labeller)
    w = _weight("".join(paragraphs))
    if dom is None:
        try:
            _no_article_checks(paragraphs, title, crules)
        except NoArticleError:
            return None
        return Parts(paragraphs, closing, [], [], dropped + closing, title, suffix, [])
    w_dom = _weight("".join(dom.paragraphs))
    if w < 1.4 * w_dom + 30:
        return None
    if w_dom >= 50 and not _same_start(dom.paragraphs, paragraphs):
        return None
    return replace(dom, paragraphs=paragraphs, closing=closing, credits=dom.credits + dropped + closing)


def _script_lines(found: ScriptArticle, rules: ChromeRules) -> list[str]:
    """A script's article as lines: an HTML fragment read like a page, or plain text by line."""
    if not found.is_html:
        return [s for s in (_WS.sub(" ", ln).strip() for ln in found.text.splitlines()) if s]
    try:
        frag = parse_html(f"<html><body><div>{found.text}</div></body></html>")
    except NoArticleError:
        return []
    prune(frag, rules)
    root = frag.find("body")
    if root is None:
        root = frag
    walker = Walker(root, None)
    walker.walk(root)
    walker.flush()
    return [ln.text for ln in walker.lines]


def _same_start(dom: list[str], script: list[str]) -> bool:
    """The script's text holds the opening of the page's body (the same article)."""
    whole = norm_text("".join(script))
    for para in dom:
        n = norm_text(para)
        if _weight(n) >= 15:
            return n[:30] in whole
    return False


def _no_article_checks(paragraphs: list[str], title: str | None, rules: ChromeRules) -> None:
    joined = "\n".join(paragraphs)
    for pattern in rules.no_article_patterns:
        m = (re.search(pattern, title) if title else None) or (
            re.search(pattern, joined) if len(joined) < 200 else None
        )
        if m:
            raise NoArticleError(f"the page reads as an error page (“{m.group(0).strip()}”)")
    if _weight(joined) < 20:
        raise NoArticleError("fewer than 20 Chinese characters of body text")


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


__all__ = ["ScriptText", "iter_text_lines", "read_html"]
