"""What was extracted, for a person to check: one self-contained HTML page per document.

    >>> from gov_facts import extract_file
    >>> from gov_facts.output.report_html import render_html
    >>> html = render_html(extract_file("page.html"))

The page holds the metadata, the article text with every fact marked (colour by
kind, planned facts outlined; hovering shows the fact's record), a sortable facts
table and the checks. Nothing is loaded from elsewhere: the styles and the small
sorting script are inline, and a Content-Security-Policy lets only that script
run. All text from the page is escaped, so a page cannot put markup or script
into its report.

With ``why`` the report also lists the set phrases and quoted slogans the fact
engine passed over (:func:`gov_facts.facts.phrases.find_rejected`): numbers inside
them are deliberately not taken as facts.

Pure Python (``html.escape``); no rich, no typer.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from ..core.models import Document, Fact
from ..facts.phrases import Rejected, find_rejected
from ..rules.patterns import Patterns, load_patterns
from .report_assets import CSS as _CSS
from .report_assets import SCRIPT as _SCRIPT
from .report_format import (
    KIND_COLOURS,
    fact_lines,
    format_number,
    format_place,
    format_time,
    format_value,
    metadata_rows,
)


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def html_page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(_csp())}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="gov-facts">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{body}\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    open_tag: str
    close_tag: str


def _fact_span(f: Fact) -> _Span:
    classes = f"fact k-{f.kind}" + (" planned" if f.status == "planned" else "")
    tip = "\n".join(f"{k}: {v}" for k, v in fact_lines(f))
    colour = KIND_COLOURS.get(f.kind, "#eeeeee")
    tag = (
        f'<mark class="{classes}" id="f{f.id}" data-id="{f.id}" data-kind="{esc(f.kind)}" '
        f'data-status="{f.status}" data-start="{f.start}" data-end="{f.end}" '
        f'style="background:{colour}" title="{esc(tip)}">'
    )
    return _Span(f.start, f.end, tag, "</mark>")


def _why_span(r: Rejected) -> _Span:
    tip = f"not a fact: {r.rule}"
    tag = f'<span class="why" data-start="{r.start}" data-end="{r.end}" title="{esc(tip)}">'
    return _Span(r.start, r.end, tag, "</span>")


def _marked_text(text: str, spans: Iterable[_Span]) -> str:
    """``text`` escaped, with each span's tags around it; nested spans nest, overlapping ones are cut."""
    out: list[str] = []
    pos = 0
    stack: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.end <= span.start or span.start < 0 or span.end > len(text):
            continue
        while stack and stack[-1].end <= span.start:
            top = stack.pop()
            out.append(escape(text[pos : top.end], quote=False) + top.close_tag)
            pos = top.end
        if stack and span.end > stack[-1].end:
            span = _Span(span.start, stack[-1].end, span.open_tag, span.close_tag)
        start = max(span.start, pos)
        out.append(escape(text[pos:start], quote=False) + span.open_tag)
        pos = start
        stack.append(span)
    while stack:
        top = stack.pop()
        out.append(escape(text[pos : top.end], quote=False) + top.close_tag)
        pos = top.end
    out.append(escape(text[pos:], quote=False))
    return "".join(out)


def _safe_url(url: str) -> str:
    """A link for http(s) URLs only; anything else is shown as text."""
    if re.match(r"https?://", url, re.IGNORECASE):
        return f'<a href="{esc(url)}" rel="noopener noreferrer nofollow">{esc(url)}</a>'
    return esc(url)


def _meta_table(doc: Document) -> str:
    cells = []
    for label, value in metadata_rows(doc):
        shown = _safe_url(value) if label == "url" else esc(value)
        cells.append(f"<tr><th>{esc(label)}</th><td>{shown}</td></tr>")
    return '<table class="meta">\n' + "\n".join(cells) + "\n</table>"


def _legend(doc: Document) -> str:
    kinds = sorted({f.kind for f in doc.facts}, key=lambda k: list(KIND_COLOURS).index(k))
    sw = "".join(
        f'<span class="swatch" style="background:{KIND_COLOURS.get(k, "#eee")}">{esc(k)}</span>'
        for k in kinds
    )
    sw += '<span class="swatch planned-swatch">planned</span>'
    note = '<span class="note">hover a figure for its record; click it for its row</span>'
    return f'<p class="legend">{sw}{note}</p>'


def _facts_table(doc: Document) -> str:
    heads = [
        ("#", "num"),
        ("text", ""),
        ("kind", ""),
        ("value", "num"),
        ("unit", ""),
        ("subject", ""),
        ("place", ""),
        ("qualifier", ""),
        ("time", ""),
        ("status", ""),
    ]
    th = "".join(
        f'<th scope="col" data-type="{t}">{esc(h)}</th>' if t else f'<th scope="col">{esc(h)}</th>'
        for h, t in heads
    )
    rows = []
    for f in doc.facts:
        sort_value = f.value if f.value is not None else f.low if f.low is not None else f.high
        unit = (f.unit or "") + (f" ({f.currency})" if f.currency else "")
        rows.append(
            f'<tr id="row-{f.id}" class="{f.status}">'
            f'<td class="num" data-sort="{f.id}"><a href="#f{f.id}">{f.id}</a></td>'
            f"<td>{esc(f.text)}</td>"
            f'<td><span class="swatch" style="background:{KIND_COLOURS.get(f.kind, "#eee")}">'
            f"{esc(f.kind)}</span></td>"
            f'<td class="num" data-sort="{esc(format_number(sort_value))}">{esc(format_value(f))}</td>'
            f"<td>{esc(unit)}</td><td>{esc(f.subject or '')}</td>"
            f'<td data-sort="{esc(f.place.code or "") if f.place else ""}">{esc(format_place(f.place))}</td>'
            f"<td>{esc(f.qualifier)}</td>"
            f'<td data-sort="{esc((f.time.end or f.time.start or "") if f.time else "")}">'
            f"{esc(format_time(f))}</td>"
            f"<td>{esc(f.status)}</td></tr>"
        )
    if not rows:
        return '<p class="note">No facts were found in this article.</p>'
    return (
        f'<table class="sortable facts" id="facts">\n<thead><tr>{th}</tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )


def _checks(doc: Document) -> str:
    if not doc.checks:
        return ""
    items = []
    for c in doc.checks:
        ids = ", ".join(f'<a href="#f{i}">#{i}</a>' for i in c.facts)
        mark = (
            '<span class="ok">consistent</span>' if c.consistent else '<span class="bad">inconsistent</span>'
        )
        items.append(
            f"<li>facts {ids}: stated {esc(format_number(c.stated))}, "
            f"computed {esc(format_number(c.computed))}: {mark}</li>"
        )
    return "<h2>Checks</h2>\n<ul>" + "".join(items) + "</ul>"


def _why_table(rejected: Sequence[Rejected]) -> str:
    head = (
        "<h2>Set phrases and slogans (not counted as facts)</h2>\n"
        '<p class="note">Set phrases and quoted slogans found in the text by the patterns in force. '
        "The engine blocks these spans before it reads numbers: a number inside one is never a fact.</p>\n"
    )
    if not rejected:
        return head + '<p class="note">None in this article.</p>'
    rows = "\n".join(
        f'<tr><td class="num" data-sort="{r.start}">{r.start}</td>'
        f"<td>{esc(r.text)}</td><td>{esc(r.rule)}</td></tr>"
        for r in rejected
    )
    return (
        head + '<table class="sortable why">\n<thead><tr><th data-type="num">at</th><th>phrase</th>'
        f"<th>rule</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
    )


def render_html(
    doc: Document,
    *,
    why: bool = False,
    patterns: Patterns | None = None,
    back: str | None = None,
) -> str:
    """One self-contained HTML page showing ``doc``: metadata, marked text, facts table, checks.

    ``why`` adds the set phrases and slogans in the text (with their rules),
    found with ``patterns`` (default: the built-in ones). ``back`` is a relative
    link shown at the top (the batch index).
    """
    title = doc.title or doc.input
    parts = []
    if back:
        parts.append(f'<p class="gen"><a href="{esc(back)}">← all reports</a></p>')
    parts.append(f"<h1>{esc(title)}</h1>")
    parts.append(_meta_table(doc))
    if doc.warnings:
        parts.append(
            '<h2>Warnings</h2>\n<ul class="warnings">'
            + "".join(f"<li>{esc(w)}</li>" for w in doc.warnings)
            + "</ul>"
        )
    spans = [_fact_span(f) for f in doc.facts]
    rejected = find_rejected(doc.text, (patterns or load_patterns()).rules) if why else []
    spans += [_why_span(r) for r in rejected]
    parts.append("<h2>Article</h2>")
    parts.append(_legend(doc))
    parts.append(f'<div class="article" id="text">{_marked_text(doc.text, spans)}</div>')
    parts.append(f"<h2>Facts ({len(doc.facts)})</h2>")
    parts.append(_facts_table(doc))
    parts.append(_checks(doc))
    if why:
        parts.append(_why_table(rejected))
    parts.append(f'<p class="gen">gov-facts, schema {esc(doc.schema_)}</p>')
    return html_page(f"{title} — gov-facts", "\n".join(p for p in parts if p))
