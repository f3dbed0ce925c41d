"""The index page of a batch of reports: one row per input, linking its report, with totals."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .report_html import esc, html_page


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
        name = f'<a href="{esc(r.report)}">{esc(r.input)}</a>' if r.report else esc(r.input)
        if r.error is not None:
            rest = f'<td colspan="4" class="err">{esc(r.error)}</td>'
        else:
            rest = (
                f'<td>{esc(r.title or "")}</td><td class="nowrap">{esc(r.published_at or "")}</td>'
                f'<td class="num">{r.facts}</td><td class="num">{r.planned}</td>'
            )
        body.append(f'<tr><td class="num">{i}</td><td>{name}</td>{rest}</tr>')
    table = (
        '<table class="sortable index">\n<thead><tr><th data-type="num">#</th><th>input</th><th>title</th>'
        '<th>published</th><th data-type="num">facts</th><th data-type="num">planned</th></tr></thead>\n'
        "<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"
    )
    return html_page(title, f"<h1>{esc(title)}</h1>\n<p>{esc(summary)}</p>\n{table}")


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
