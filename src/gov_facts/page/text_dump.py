"""Plain-text dumps of pages (copy-paste or text-mode saves) -> article.

A dump keeps the page's reading order but loses its structure: a breadcrumb
line, the headline, a ``发布时间:… 来源:… 浏览:`` line, a font-size bar, the
body, and then the tail chrome (QR text, comment box, captcha). The headline
is the line just above the first labelled metadata line; the body runs from
the first line after the metadata block to the first tail marker; chrome
lines are dropped by the same wording rules as for HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.errors import NoArticleError
from ..rules.patterns import Patterns
from .chrome import chrome_for
from .content import PageContent
from .date_forms import closing_dates, fold_date_text
from .metadata import LabelHit, Labeller, best_labelled, labeller_for, names_office
from .paragraphs import byline_only, closing_credits, is_real_paragraph, only_date, text_goes_on
from .publish_date import pick_published
from .text_weight import runs_of, weight

_WS = runs_of(r" \t\u00a0\u3000\u2002-\u200b\ufeff")
_WORDY = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
_HEADER_SCAN = 12
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _is_running_text(line: str) -> bool:
    """A line of Chinese that ends a sentence, or is longer than any headline: body, not a title."""
    if weight(line) < 4:
        return False  # markup or symbols, not a sentence
    return line.endswith(("。", "；", ";")) or len(line) > 80


_CLAUSE = re.compile(r"[，。；！？]")
#: the lines under an end mark read for a closing date
_BELOW_END = 6
_CJK_ONLY = re.compile(r"^[\u3400-\u9fff]{3,20}$")


def _office_alone(line: str, endings: Sequence[str]) -> bool:
    """An office's name alone on its line (治安警察局, 主計處): the issuing department."""
    return _CJK_ONLY.match(line) is not None and names_office(line, endings)


def _opens_text(line: str, labeller: Labeller) -> bool:
    """A paragraph of running text (clauses, not a breadcrumb's 首頁 > 最新消息)."""
    return is_real_paragraph(line, labeller) and _CLAUSE.search(line) is not None


def read_text_dump(text: str, patterns: Patterns) -> PageContent:
    """Read a plain-text dump into a :class:`PageContent`."""
    labeller = labeller_for(patterns.metadata)
    chrome = chrome_for(patterns.chrome)
    # control characters (NULs of a broken save) are never text
    lines = [_WS.sub(" ", _CONTROLS.sub(" ", ln)).strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines:
        raise NoArticleError("the text is empty")

    # the metadata block: labelled lines near the top, above the first paragraph of text (a credit
    # line under a short article, 【责任编辑：周敏】, is not one); a label alone on its line (a grid's
    # label cell, 發布日期) takes the next line, its value, with it
    first_real = next((i for i, ln in enumerate(lines) if _opens_text(ln, labeller)), len(lines))
    meta_idx: list[int] = []
    pairs: list[str] = []
    for i, ln in enumerate(lines[: min(_HEADER_SCAN, first_real)]):
        if labeller.label_count(ln) and not is_real_paragraph(ln, labeller):
            meta_idx.append(i)
        elif labeller.is_bare_label(ln) and i + 1 < first_real and not labeller.is_bare_label(lines[i + 1]):
            meta_idx += [i, i + 1]
            pairs.append(f"{ln.rstrip('：:')}：{lines[i + 1]}")
    title: str | None = None
    if meta_idx:
        first = meta_idx[0]
        for j in range(first - 1, -1, -1):
            if not chrome.is_chrome(lines[j]) and _WORDY.search(lines[j]):
                title = lines[j]
                break
        body_from = meta_idx[-1] + 1
    else:
        body_from = 0
        for j, ln in enumerate(lines[:_HEADER_SCAN]):
            if not chrome.is_chrome(ln) and _WORDY.search(ln):
                if len(lines) == 1 or _is_running_text(ln):
                    break  # a sentence or a paragraph (a snippet, a body pasted alone): no headline
                title, body_from = ln, j + 1
                break
    header = lines[:body_from] + pairs
    content_labels = {w for w in patterns.chrome.content_labels}
    office_endings = patterns.metadata.office_suffixes

    paragraphs: list[str] = []
    dropped: list[str] = []
    ends_with: list[str] = []  # the closing date under an end mark
    seen_real = False
    for i, ln in enumerate(lines[body_from:], start=body_from):
        if not _WORDY.search(ln):
            continue
        if seen_real and chrome.is_tail(ln):
            dropped.append(ln)
            break
        if chrome.is_chrome(ln) or (not seen_real and labeller.starts_with_label(ln) and len(ln) <= 80):
            dropped.append(ln)
            if seen_real and chrome.is_end(ln) and not text_goes_on(lines[i + 1 : i + 7], chrome):
                # an end mark (- 完 -, END): a press contact block below, or the release's date and
                # time lines (2025年3月4日（星期二） / 香港時間下午4時30分), read as a closing date
                below = lines[i + 1 : i + 1 + _BELOW_END]
                dropped += below
                ends_with += closing_dates(below)
                break
            continue
        if not seen_real and ln.rstrip("：:").replace(" ", "") in content_labels:
            continue  # the grid's content label (內容) over the text
        if not seen_real and (only_date(ln) or byline_only(ln, labeller)):
            header.append(ln)  # the date or the byline alone above the text (2025年12月30日)
            continue
        if not seen_real and header and only_date(header[-1]) and _office_alone(ln, office_endings):
            header.append(ln)  # the office under the date line (04/03/2025 17:05 / 治安警察局)
            continue
        head, _, rest = ln.partition(" ")
        if not seen_real and rest and head.rstrip("：:") in content_labels:
            ln = rest  # the grid's content row copied with its label (內容⇥本府今日公布…)
        paragraphs.append(ln)
        seen_real = seen_real or is_real_paragraph(ln, labeller)
    # a short snippet (全市新增市场主体1.2万户。) is text too: a sentence, with no page around it
    snippet = not meta_idx and title is None and any(_is_running_text(ln) for ln in paragraphs)
    if not seen_real and not snippet:
        raise NoArticleError("no paragraph of running text in the dump")

    closing = closing_credits(paragraphs, labeller)  # 发布日期：… under the text, （责任编辑：…）
    dropped += closing
    head_hits: list[LabelHit] = [h for ln in header for h in labeller.hits(ln)]
    tail_hits: list[LabelHit] = [h for ln in dropped for h in labeller.hits(ln)]
    labelled = [(h.rank, h.value) for h in head_hits if h.field == "published_at" and h.value]
    # below the text, as on a page: a labelled date among the credits, then a closing date line
    tail = [(h.rank, fold_date_text(h.value)) for h in tail_hits if h.field == "published_at" and h.value]
    tail += [(99, d) for d in closing_dates(paragraphs + closing) + ends_with]
    # the header read in the forms the date reader knows (04/03/2025 17:05, 香港時間下午4時30分)
    pick = pick_published([], labelled, [fold_date_text(h) for h in header[-_HEADER_SCAN:]], tail, dropped)

    def field_value(name: str) -> str | None:
        person = labeller if name == "author" else None
        return best_labelled(head_hits, name, person=person) or best_labelled(tail_hits, name, person=person)

    # a grid's labelled headline (標題⇥竹市…, 标题 / 竹市… on two lines) names the article
    title = best_labelled(head_hits, "title") or title
    return PageContent(
        paragraphs=paragraphs,
        title=title,
        published=pick.published,
        source=field_value("source"),
        author=field_value("author") or labeller.bylines(paragraphs + closing) or labeller.bylines(header),
        editor=field_value("editor"),
        publisher=field_value("publisher"),
        doc_number=field_value("doc_number"),
        index_number=field_value("index_number"),
        warnings=pick.warnings,
    )
