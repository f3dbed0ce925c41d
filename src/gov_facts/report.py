"""What was extracted, for a person to check: one self-contained HTML page per document.

    >>> from gov_facts import extract_file
    >>> from gov_facts.report import render_html
    >>> html = render_html(extract_file("page.html"))

The page holds the metadata, the article text with every fact marked (colour by
kind, planned facts outlined; hovering shows the fact's record), a sortable facts
table and the checks. Nothing is loaded from elsewhere: the styles and the small
sorting script are inline, and a Content-Security-Policy lets only that script
run. All text from the page is escaped, so a page cannot put markup or script
into its report.

:func:`find_rejected` lists the set phrases and quoted slogans found in the text:
numbers inside them are deliberately not taken as facts (``--why``).

Pure Python (``html.escape``); no rich, no typer.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from .models import Document, Fact
from .numbers import FULLWIDTH
from .patterns import Patterns, load_patterns

__all__ = [
    "KIND_COLOURS",
    "IndexRow",
    "Rejected",
    "fact_lines",
    "find_rejected",
    "format_number",
    "format_time",
    "format_value",
    "metadata_rows",
    "render_html",
    "render_index",
    "report_name",
]

#: background colour of a fact's surface, by kind (light enough for black text)
KIND_COLOURS: dict[str, str] = {
    "count": "#ffe08a",
    "money": "#b9f2b4",
    "percent": "#aee3ff",
    "percentage_point": "#c9d7ff",
    "area": "#ffc9a8",
    "length": "#f6c7ef",
    "mass": "#e0ccff",
    "volume": "#bfeee6",
    "energy": "#ffd1d1",
    "power": "#f3e6a0",
    "duration": "#d7e8b0",
    "multiple": "#ffd8f0",
    "rank": "#d9d9d9",
    "other": "#e8e3d5",
}

RULE_SET_PHRASE = "set phrase"
RULE_PATTERN = "set phrase pattern"
RULE_SLOGAN = "numeral inside a quoted slogan"

# as the fact engine reads quotes and Chinese numerals (facts.py)
_QUOTE_RE = re.compile(r"“([^”\n]{1,10})”|\"([^\"\n]{1,10})\"|‘([^’\n]{1,10})’")
_CN_DIGIT_RE = re.compile("[零〇一二两三四五六七八九十廿卅]")


@dataclass(frozen=True)
class Rejected:
    """A set phrase or quoted slogan in the text: numbers inside it are not facts."""

    start: int
    end: int
    text: str
    rule: str  # "set phrase", "set phrase pattern <regex>", "numeral inside a quoted slogan"


def _normalize(text: str) -> str:
    """The text as the fact engine scans it: full-width digits made ASCII, same length."""
    norm = re.sub(r"．(?![０-９])|(?<![０-９])．", "。", text).translate(FULLWIDTH)
    return re.sub(r"(?<=[0-9])，(?=[0-9]{3}(?![0-9]))", ",", norm)


def _phrase_regex(phrases: Sequence[str], patterns: Sequence[str]) -> tuple[re.Pattern[str] | None, int]:
    """One alternation as the engine builds it (phrases longest first, then patterns), each in a group."""
    alts = [re.escape(p) for p in sorted(set(phrases), key=len, reverse=True)]
    n_phrases = len(alts)
    alts += [f"(?:{p})" for p in patterns]
    if not alts:
        return None, 0
    return re.compile("|".join(f"(?P<_gf{i}>{a})" for i, a in enumerate(alts))), n_phrases


def find_rejected(text: str, patterns: Patterns | None = None) -> list[Rejected]:
    """Set phrases and quoted slogans in ``text``, in text order, each with the rule that matched.

    The fact engine does not count a number inside any of these as a fact; this
    scan repeats its rules (``set_phrases``, ``set_phrase_patterns`` and "a
    Chinese numeral inside a short “…” quote with no Arabic digits") so a reader
    can see what was passed over and why.
    """
    rules = (patterns or load_patterns()).rules
    norm = _normalize(text)
    found: list[Rejected] = []
    regex, n_phrases = _phrase_regex(rules.set_phrases, rules.set_phrase_patterns)
    if regex is not None:
        for m in regex.finditer(norm):
            if m.end() == m.start():
                continue
            index = next(int(k[3:]) for k, v in m.groupdict().items() if v is not None)
            if index < n_phrases:
                rule = RULE_SET_PHRASE
            else:
                rule = f"{RULE_PATTERN} {rules.set_phrase_patterns[index - n_phrases]}"
            found.append(Rejected(m.start(), m.end(), text[m.start() : m.end()], rule))
    for m in _QUOTE_RE.finditer(norm):
        inner = next(g for g in m.groups() if g is not None)
        if _CN_DIGIT_RE.search(inner) and not re.search(r"[0-9]", inner):
            rule = RULE_SLOGAN
            # a set phrase that is the whole quote (“四个清零”): one entry naming both rules
            same = [r for r in found if (r.start, r.end) == (m.start() + 1, m.end() - 1)]
            if same:
                found.remove(same[0])
                rule = f"{same[0].rule}; {RULE_SLOGAN}"
            found.append(Rejected(m.start(), m.end(), text[m.start() : m.end()], rule))
    found.sort(key=lambda r: (r.start, -r.end))
    return found


# --- formatting shared with the terminal view ---------------------------------------------------


def format_number(x: float | None) -> str:
    """13900 -> ``13900``; 88.02 -> ``88.02``; None -> ``""``."""
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return str(x)


def format_value(f: Fact) -> str:
    """The value, or ``low–high`` for a range."""
    if f.value is not None:
        return format_number(f.value)
    if f.low is not None or f.high is not None:
        return f"{format_number(f.low)}–{format_number(f.high)}"
    return ""


def format_time(f: Fact) -> str:
    """``截至9月30日 (as_of …2021-09-30)``, or ``""`` when the fact has no time."""
    t = f.time
    if t is None:
        return ""
    if t.start and t.end and t.start == t.end:
        dates = t.start
    elif t.start or t.end:
        dates = f"{t.start or '…'}–{t.end or '…'}"
    else:
        dates = "unresolved"
    return f"{t.text} ({t.type} {dates})"


def fact_lines(f: Fact) -> list[tuple[str, str]]:
    """The fact's record as (field, value) pairs, empty fields left out."""
    rows = [
        ("fact", f"#{f.id} {f.kind}, {f.status}"),
        ("value", format_value(f)),
        ("unit", f.unit or ""),
        ("currency", f.currency or ""),
        ("subject", f.subject or ""),
        ("qualifier", f.qualifier),
        ("change", f.change or ""),
        ("basis", f.basis or ""),
        ("time", format_time(f)),
        ("SI", f"{format_number(f.si_value)} {f.si_unit}" if f.si_unit else ""),
        ("text", f"text[{f.start}:{f.end}] = {f.text}"),
    ]
    return [(k, v) for k, v in rows if v]


# --- HTML ----------------------------------------------------------------------------------------

_CSS = """
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
  sans-serif; margin: 0 auto; max-width: 72rem; padding: 1.2rem 1.5rem 3rem; color: #1d1d1f;
  background: #fbfbf8; line-height: 1.6; }
h1 { font-size: 1.45rem; margin: 0.2rem 0 0.6rem; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 0.5rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
.gen { color: #666; font-size: 0.85rem; }
table { border-collapse: collapse; font-size: 0.9rem; }
th, td { border: 1px solid #ddd; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f0efe9; }
table.meta th { width: 8rem; font-weight: 600; }
table.sortable th { cursor: pointer; user-select: none; white-space: nowrap; }
table.sortable th[aria-sort="ascending"]::after { content: " ▲"; }
table.sortable th[aria-sort="descending"]::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr:target, tr.hit { background: #fff6c4; }
.article { white-space: pre-wrap; tab-size: 4; background: #fff; border: 1px solid #e2e2dc;
  padding: 1rem 1.2rem; font-size: 1.02rem; line-height: 1.9; }
mark.fact { color: inherit; border-radius: 3px; padding: 0 1px; cursor: pointer; }
mark.fact::after { content: attr(data-id); font-size: 0.62em; vertical-align: super; color: #555;
  margin-left: 1px; font-style: normal; }
mark.planned { outline: 2px dashed #c0392b; outline-offset: 0; font-style: italic; }
mark.fact:target { box-shadow: 0 0 0 3px #333; }
span.why { border-bottom: 2px dotted #888; background: #eeeeee; color: #555; }
.legend span.swatch { display: inline-block; padding: 0 0.4rem; margin: 0 0.3rem 0.3rem 0;
  border-radius: 3px; font-size: 0.85rem; }
.legend .planned-swatch { outline: 2px dashed #c0392b; font-style: italic; background: #fff; }
.ok { color: #1e7b34; } .bad { color: #b3261e; font-weight: 600; }
ul.warnings li { color: #8a5a00; }
.note { color: #555; font-size: 0.88rem; }
td.err { color: #b3261e; }
td.nowrap { white-space: nowrap; }
"""

_SCRIPT = """
(function () {
  document.documentElement.classList.add("js");
  function key(cell, num) {
    var v = cell.getAttribute("data-sort");
    if (v === null) { v = cell.textContent; }
    if (num) { var n = parseFloat(v); return isNaN(n) ? -Infinity : n; }
    return v;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, col) {
      th.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var num = th.getAttribute("data-type") === "num";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col], num), y = key(b.cells[col], num);
          var c = num ? x - y : String(x).localeCompare(String(y), "zh");
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  document.querySelectorAll("mark.fact").forEach(function (m) {
    m.addEventListener("click", function () {
      var row = document.getElementById("row-" + m.getAttribute("data-id"));
      if (row) { row.scrollIntoView({block: "center"}); row.classList.add("hit");
        setTimeout(function () { row.classList.remove("hit"); }, 1500); }
    });
  });
})();
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(_csp())}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="gov-facts">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
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
        f'<mark class="{classes}" id="f{f.id}" data-id="{f.id}" data-kind="{_e(f.kind)}" '
        f'data-status="{f.status}" data-start="{f.start}" data-end="{f.end}" '
        f'style="background:{colour}" title="{_e(tip)}">'
    )
    return _Span(f.start, f.end, tag, "</mark>")


def _why_span(r: Rejected) -> _Span:
    tip = f"not a fact: {r.rule}"
    tag = f'<span class="why" data-start="{r.start}" data-end="{r.end}" title="{_e(tip)}">'
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
        return f'<a href="{_e(url)}" rel="noopener noreferrer nofollow">{_e(url)}</a>'
    return _e(url)


_META_FIELDS = (
    ("input", "input"),
    ("url", "url"),
    ("published_at", "published"),
    ("source", "source 来源"),
    ("author", "author 作者"),
    ("editor", "editor 责任编辑"),
    ("publisher", "publisher 发布机构"),
    ("doc_number", "doc number 文号"),
    ("index_number", "index number 索引号"),
    ("site", "site"),
    ("encoding", "encoding"),
)


def metadata_rows(doc: Document) -> list[tuple[str, str]]:
    """The document's metadata as (label, value) pairs, empty fields left out."""
    rows = []
    for name, label in _META_FIELDS:
        value = getattr(doc, name)
        if value:
            rows.append((label, str(value)))
    planned = sum(1 for f in doc.facts if f.status == "planned")
    rows.append(("facts", f"{len(doc.facts)} ({planned} planned)"))
    return rows


def _meta_table(doc: Document) -> str:
    cells = []
    for label, value in metadata_rows(doc):
        shown = _safe_url(value) if label == "url" else _e(value)
        cells.append(f"<tr><th>{_e(label)}</th><td>{shown}</td></tr>")
    return '<table class="meta">\n' + "\n".join(cells) + "\n</table>"


def _legend(doc: Document) -> str:
    kinds = sorted({f.kind for f in doc.facts}, key=lambda k: list(KIND_COLOURS).index(k))
    sw = "".join(
        f'<span class="swatch" style="background:{KIND_COLOURS.get(k, "#eee")}">{_e(k)}</span>' for k in kinds
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
        ("qualifier", ""),
        ("time", ""),
        ("status", ""),
    ]
    th = "".join(
        f'<th scope="col" data-type="{t}">{_e(h)}</th>' if t else f'<th scope="col">{_e(h)}</th>'
        for h, t in heads
    )
    rows = []
    for f in doc.facts:
        sort_value = f.value if f.value is not None else f.low if f.low is not None else f.high
        unit = (f.unit or "") + (f" ({f.currency})" if f.currency else "")
        rows.append(
            f'<tr id="row-{f.id}" class="{f.status}">'
            f'<td class="num" data-sort="{f.id}"><a href="#f{f.id}">{f.id}</a></td>'
            f"<td>{_e(f.text)}</td>"
            f'<td><span class="swatch" style="background:{KIND_COLOURS.get(f.kind, "#eee")}">'
            f"{_e(f.kind)}</span></td>"
            f'<td class="num" data-sort="{_e(format_number(sort_value))}">{_e(format_value(f))}</td>'
            f"<td>{_e(unit)}</td><td>{_e(f.subject or '')}</td><td>{_e(f.qualifier)}</td>"
            f'<td data-sort="{_e((f.time.end or f.time.start or "") if f.time else "")}">'
            f"{_e(format_time(f))}</td>"
            f"<td>{_e(f.status)}</td></tr>"
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
            f"<li>facts {ids}: stated {_e(format_number(c.stated))}, "
            f"computed {_e(format_number(c.computed))}: {mark}</li>"
        )
    return "<h2>Checks</h2>\n<ul>" + "".join(items) + "</ul>"


def _why_table(rejected: Sequence[Rejected]) -> str:
    head = (
        "<h2>Set phrases and slogans (not counted as facts)</h2>\n"
        '<p class="note">Set phrases and quoted slogans found in the text by the patterns in force. '
        "The engine does not count a number inside any of them as a fact. This list repeats the "
        "engine's rules over the text; it is not a log of what the engine considered.</p>\n"
    )
    if not rejected:
        return head + '<p class="note">None in this article.</p>'
    rows = "\n".join(
        f'<tr><td class="num" data-sort="{r.start}">{r.start}</td>'
        f"<td>{_e(r.text)}</td><td>{_e(r.rule)}</td></tr>"
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
        parts.append(f'<p class="gen"><a href="{_e(back)}">← all reports</a></p>')
    parts.append(f"<h1>{_e(title)}</h1>")
    parts.append(_meta_table(doc))
    if doc.warnings:
        parts.append(
            '<h2>Warnings</h2>\n<ul class="warnings">'
            + "".join(f"<li>{_e(w)}</li>" for w in doc.warnings)
            + "</ul>"
        )
    spans = [_fact_span(f) for f in doc.facts]
    rejected = find_rejected(doc.text, patterns) if why else []
    spans += [_why_span(r) for r in rejected]
    parts.append("<h2>Article</h2>")
    parts.append(_legend(doc))
    parts.append(f'<div class="article" id="text">{_marked_text(doc.text, spans)}</div>')
    parts.append(f"<h2>Facts ({len(doc.facts)})</h2>")
    parts.append(_facts_table(doc))
    parts.append(_checks(doc))
    if why:
        parts.append(_why_table(rejected))
    parts.append(f'<p class="gen">gov-facts, schema {_e(doc.schema_)}</p>')
    return _page(f"{title} — gov-facts", "\n".join(p for p in parts if p))


# --- batch index ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndexRow:
    """One input of a batch: its report (a relative link), or why it has none."""

    input: str
    report: str | None = None
    title: str | None = None
    published_at: str | None = None
    facts: int = 0
    planned: int = 0
    error: str | None = None


def render_index(rows: Sequence[IndexRow], title: str = "gov-facts reports") -> str:
    """The batch's index page: one row per input linking its report, with counts and totals."""
    ok = [r for r in rows if r.error is None]
    total = sum(r.facts for r in ok)
    planned = sum(r.planned for r in ok)
    summary = (
        f"{len(rows)} inputs: {sum(1 for r in ok if r.facts)} with facts, "
        f"{sum(1 for r in ok if not r.facts)} without facts, {len(rows) - len(ok)} failed; "
        f"{total} facts ({planned} planned)"
    )
    body = []
    for i, r in enumerate(rows, 1):
        name = f'<a href="{_e(r.report)}">{_e(r.input)}</a>' if r.report else _e(r.input)
        if r.error is not None:
            rest = f'<td colspan="4" class="err">{_e(r.error)}</td>'
        else:
            rest = (
                f'<td>{_e(r.title or "")}</td><td class="nowrap">{_e(r.published_at or "")}</td>'
                f'<td class="num">{r.facts}</td><td class="num">{r.planned}</td>'
            )
        body.append(f'<tr><td class="num">{i}</td><td>{name}</td>{rest}</tr>')
    table = (
        '<table class="sortable index">\n<thead><tr><th data-type="num">#</th><th>input</th><th>title</th>'
        '<th>published</th><th data-type="num">facts</th><th data-type="num">planned</th></tr></thead>\n'
        "<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"
    )
    return _page(title, f"<h1>{_e(title)}</h1>\n<p>{_e(summary)}</p>\n{table}")


_SUFFIXES = re.compile(r"(\.(html?|shtml|jhtml|xhtml|txt|warc))?(\.gz)?$", re.IGNORECASE)


def report_name(input_name: str, taken: set[str]) -> str:
    """A file name for one input's report in a batch directory, unique among ``taken`` (which it joins).

    ``a/b/page.html`` -> ``page.html``; ``x.warc.gz#1234`` -> ``x-1234.html``; a
    second ``page.html`` from another folder -> ``page-2.html``.
    """
    base, _, record = input_name.partition("#")
    stem = _SUFFIXES.sub("", Path(base).name) or "input"
    if record:
        stem = f"{stem}-{record}"
    stem = re.sub(r"[^\w.-]+", "_", stem).strip("._-")[:80] or "input"
    if stem.lower() == "index":
        stem = "index-page"
    name, n = f"{stem}.html", 1
    while name.lower() in taken:
        n += 1
        name = f"{stem}-{n}.html"
    taken.add(name.lower())
    return name
