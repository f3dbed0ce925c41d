"""The article's headline: the heading that agrees with ``<title>`` or the meta title."""

from __future__ import annotations

import re

from lxml.html import HtmlElement as Element

from ..rules.compiled import compiled
from ..rules.page_rules import MetadataRules
from .chrome import tokens as _tokens
from .html_tags import HEADING_TAGS
from .metadata import meta_value, norm_text, split_title
from .text_weight import WS as _WS
from .text_weight import weight as _weight

_TITLE_BLOCKS = frozenset(["div", "p", "span", "td", "th", "strong"])


def _candidates(doc: Element, named: dict[Element, list[str]] | None = None) -> list[Element]:
    """Headings, and blocks whose class or id says title (标题 written ``tit``, ``biaoti``).

    ``named``, the class and id tokens the chrome pass split (of elements it may since have
    dropped), saves splitting them again."""
    body = doc.find("body")
    if body is None:
        body = doc
    candidates: list[Element] = list(body.iter(*HEADING_TAGS))
    if named is None:
        named = {el: _tokens(el) for el in body.iter(*_TITLE_BLOCKS) if el.get("class") or el.get("id")}
    root = body.getroottree().getroot()
    for el, toks in named.items():
        if el.tag in _TITLE_BLOCKS:
            joined = " ".join(toks)
            if (
                "title" in joined or joined.startswith("tit") or "biaoti" in joined
            ) and el.getroottree().getroot() is root:
                candidates.append(el)
    return candidates


def title_match(
    doc: Element,
    raw_title: str,
    meta: dict[str, str],
    rules: MetadataRules,
    named: dict[Element, list[str]] | None = None,
) -> tuple[str, Element] | None:
    """The heading that agrees with ``<title>`` or the meta title (the longest one), and its text."""
    meta_title = meta_value(meta, rules.meta_names.get("title", []))
    raw_n = norm_text(raw_title)
    meta_n = norm_text(meta_title) if meta_title else None
    # a meta title that <title> does not carry: <title> may name only the site (某某市人民政府门户网站),
    # and a heading agreeing with a part of it is then the site's (a logo's h1); it counts when the
    # meta title holds it or it is the headline part of <title> whole
    site_only = meta_n is not None and meta_n not in raw_n and raw_n not in meta_n
    raw_head = (
        norm_text(split_title(raw_title, rules.title_separators, rules.not_site_prefixes)[0])
        if site_only
        else ""
    )
    cut = _cut_short(raw_title, rules)
    best: tuple[int, Element, str] | None = None
    for el in _candidates(doc, named):
        text = headline_text(el)
        n = norm_text(text)
        # a short heading counts when <title> begins with it (an encyclopedia entry: 梅溪江 - 维基百科)
        if len(n) < 2 or len(n) > 120 or (len(n) < 4 and not raw_n.startswith(n)):
            continue
        by_raw = bool(raw_n) and n in raw_n and (not site_only or n in (meta_n or "") or n == raw_head)
        by_raw = by_raw or (cut is not None and n.startswith(cut))
        if (by_raw or n == meta_n) and (best is None or len(n) > best[0]):
            best = (len(n), el, text)
    if best is None and raw_title and not site_only:
        return _plain_block(doc, raw_title, rules)
    return (best[2], best[1]) if best is not None else None


#: the tags a headline with no heading tag nor title-like class stands in
_PLAIN_BLOCKS = ("div", "p", "td", "th", "span", "strong", "b", "font", "center")


def _plain_block(doc: Element, raw_title: str, rules: MetadataRules) -> tuple[str, Element] | None:
    """A block whose whole text is <title>'s headline part, when no heading or title-like block
    agrees with <title>: a page of bare divs or layout tables shows its headline so (<div>县农业
    农村局开展…</div>). The first such block (its innermost); ten characters or more, so a column's name
    (部门动态) standing alone is not taken for it."""
    head = norm_text(split_title(raw_title, rules.title_separators, rules.not_site_prefixes)[0])
    if len(head) < 10:
        return None
    body = doc.find("body")
    opening = head[:4]
    for el in (body if body is not None else doc).iter():
        # where the headline's first words stand (a cheap test on each element's own text), then
        # up through the blocks around them while their text is no longer than the headline
        if not isinstance(el.tag, str) or not el.text or not norm_text(el.text).startswith(opening):
            continue
        for block in (el, *el.iterancestors()):
            n = norm_text(block.text_content())
            if len(n) > len(head):
                break
            if n == head and block.tag in _PLAIN_BLOCKS:
                return headline_text(block), block
    return None


def find_title(
    doc: Element,
    body_el: Element,
    raw_title: str,
    meta: dict[str, str],
    rules: MetadataRules,
    matched: tuple[str, Element] | None = None,
) -> tuple[str | None, Element | None, str | None]:
    """(headline, its element or None, site suffix from <title>); ``matched`` is :func:`title_match`'s
    answer when the caller has it already."""
    if matched is None:
        matched = title_match(doc, raw_title, meta, rules)
    meta_title = meta_value(meta, rules.meta_names.get("title", []))
    head, suffix = (
        split_title(
            raw_title,
            rules.title_separators,
            rules.not_site_prefixes,
            matched[0] if matched else meta_title,
            rules.office_suffixes,
        )
        if raw_title
        else ("", None)
    )
    labelled = compiled(_labelled, rules)
    candidates = _candidates(doc) if matched is None or _short(matched[0]) else []
    # the last heading-like element before the body
    before: Element | None = None
    for el in candidates:
        text = norm_text(el.text_content())
        fits = 5 <= len(text) <= 120 and _weight(text) >= 4 and _precedes(el, body_el)
        if fits and (before is None or _precedes(before, el)):
            before = el
    if matched is not None:
        if before is not None and _names_column(matched, before, head, labelled):
            return headline_text(before), before, suffix
        return matched[0], matched[1], suffix
    # no heading agrees with <title>: the last heading-like element before the body
    if meta_title and (not suffix or norm_text(meta_title) != norm_text(suffix)):
        return meta_title, _element_with_text(candidates, meta_title), suffix
    if before is None and not head:
        before = _emphasised_before(doc, body_el, labelled)
    if before is not None and (
        not head or len(norm_text(head)) <= 12 or norm_text(head) == norm_text(suffix or "")
    ):
        return headline_text(before), before, suffix
    return (head or None), None, suffix


#: what a sentence ends with: a headline has none of these at its end
_SENTENCE_END = ("。", "！", "？", "；", "：", ":")


def _emphasised_before(doc: Element, body_el: Element, labelled: re.Pattern[str]) -> Element | None:
    """With no <title> text and no heading, the last bold or sized line before the body (<font
    size="5"><b>全市一季度…增长7.4%</b></font> over the text of an old layout table): the page's
    headline as its print layout sets it. A link, a label or a sentence is not one."""
    body = doc.find("body")
    found: Element | None = None
    for el in (body if body is not None else doc).iter("b", "strong", "font"):
        if found is not None and any(a is found for a in el.iterancestors()):
            continue  # inside the one taken already
        text = headline_text(el)
        n = norm_text(text)
        if not 5 <= len(n) <= 60 or _weight(n) < 4 or n.endswith(_SENTENCE_END) or labelled.search(text):
            continue
        if el.find(".//a") is not None or any(a.tag == "a" for a in el.iterancestors()):
            continue
        if not _precedes(el, body_el):
            break
        found = el
    return found


def _labelled(rules: MetadataRules) -> re.Pattern[str]:
    """A metadata line in a block whose class says title (title-info: 来源：, 發布日期：, 浏览：): a
    label or a value stop of ``metadata.toml`` and a colon; not a headline. The page stage reads the
    text as written, so the lists' traditional labels (來源, 點閱) count here. Built once per rules
    object (:func:`~gov_facts.rules.compiled.compiled`)."""
    words = sorted(
        {w for ws in rules.labels.values() for w in ws} | set(rules.value_stops), key=len, reverse=True
    )
    return re.compile(f"(?:{'|'.join(re.escape(w) for w in words)})\\s*[：:]" if words else r"(?!x)x")


#: the marks a CMS puts where it cut a long headline short in <title>
_ELLIPSES = ("……", "…", "...")


def _cut_short(raw_title: str, rules: MetadataRules) -> str | None:
    """The kept part of a headline ``<title>`` cut short (某某市关于做好2025年春季农业生产…): a heading
    that begins with it is the headline. Eight characters or more, so a cut word matches nothing."""
    if "…" not in raw_title and "..." not in raw_title:
        return None  # most titles: no split needed to know
    head = split_title(raw_title, rules.title_separators, rules.not_site_prefixes)[0].strip()
    for mark in _ELLIPSES:
        if head.endswith(mark):
            kept = norm_text(head[: -len(mark)])
            return kept if len(kept) >= 8 else None
    return None


def _short(text: str) -> bool:
    """As short as a column's name (部门动态, 政策解读), the limit a <title>'s headline part must
    pass to count as one when a heading-like block stands before the body."""
    return len(norm_text(text)) <= 12


def _names_column(
    matched: tuple[str, Element], before: Element, head: str, labelled: re.Pattern[str]
) -> bool:
    """The heading <title> agrees with names the column, not the article: <title> holds nothing
    more than it and the site (部门动态 - 某某市人民政府), and a longer heading-like block stands
    after it, nearer the body (the headline a template left out of <title>). A subtitle (——…综述)
    below a short headline is not one."""
    text = headline_text(before)
    return (
        norm_text(head) == norm_text(matched[0])
        and len(norm_text(text)) > len(norm_text(matched[0]))
        and _precedes(matched[1], before)
        and not text.startswith(("—", "－", "-", "─"))
        and not labelled.search(text)
        and not any("sub" in tok for tok in _tokens(before))
    )


#: a line break in a headline's source between two Chinese characters or marks: layout (a title
#: set on lines of its own, <strong>全国人民代表大会常务委员会<br>\n关于批准…</strong>), not a space
_LINE_BREAK = re.compile(
    r"(?<=[\u3400-\u9fff，、；：（）《》“”])[ \t\u3000]*[\r\n][\s\u3000]*(?=[\u3400-\u9fff（）《》“”])"
)


def headline_text(el: Element) -> str:
    """A heading's text as one line: source line breaks between Chinese characters dropped, other
    runs of whitespace one space (a space set between a headline's two parts stays)."""
    text = el.text_content()
    if "\n" in text or "\r" in text:
        text = _LINE_BREAK.sub("", text)
    return _WS.sub(" ", text).strip()


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
