"""The body pass reads the page's lines in the same walk (``lines.PageLines``): they must be the
lines the walker (``lines.Walker``) reads, or the pass must say it cannot place them."""

from __future__ import annotations

from pathlib import Path

import pytest

from gov_facts.core.errors import NoArticleError
from gov_facts.page.body import choose_body
from gov_facts.page.chrome import prune
from gov_facts.page.lines import Line, PageLines, Walker
from gov_facts.page.parse import parse_html
from gov_facts.page.title import find_title, title_match
from gov_facts.read.decode import decode_bytes
from gov_facts.rules.patterns import Patterns

REPO = Path(__file__).resolve().parents[1]
PAGES = sorted((REPO / "tests" / "data" / "pages").glob("*.html")) + sorted((REPO / "samples").glob("*.html"))

_P = "<p>全市新增市场主体1.2万户，同比增长5%，其中企业4500户，个体工商户7500户，农民专业合作社300家。</p>"
_HEAD = "<html><head><title>全市市场主体稳步增长</title></head>"
INVENTED = [
    pytest.param(
        f"{_HEAD}<body><div class='c'><h1>全市市场主体稳步增长</h1>{_P * 3}</div></body></html>",
        id="invented: h1 in the body",
    ),
    pytest.param(
        f"{_HEAD}<body><div>首页 &gt; <span class='t'>全市市场主体稳步增长</span></div>"
        f"<div class='c'>{_P * 3}</div></body></html>",
        id="invented: a headline in a span after words of its line",
    ),
    pytest.param(
        f"<html><body><div class='c'>{_P * 2}<br>记者 王明<img src='a.png'>报道<br>{_P}</div>"
        "<table><tr><td>指标</td><td>数值</td></tr><tr><td>户数</td><td>1.2万</td></tr></table></body></html>",
        id="invented: br, img and a table of values",
    ),
    pytest.param(
        f"<html><body><div class='c'>{_P * 2}<font>共<a href='/p2'>2</a>页</font></div>"
        f"<div>{_P}</div></body></html>",
        id="invented: a body continued by a sibling block",
    ),
]


def _lines(lines: list[Line]) -> list[tuple[str, int, bool, int]]:
    return [(ln.text, ln.link_w, ln.in_body, ln.index) for ln in lines]


def _both(text: str, patterns: Patterns) -> tuple[Walker | None, Walker]:
    doc = parse_html(text)
    raw_title = doc.findtext(".//title") or ""  # read before the chrome pass, as read_html does
    named = prune(doc, patterns.chrome)
    body = doc.find("body")
    body = doc if body is None else body
    matched = title_match(doc, raw_title, {}, patterns.metadata, named)
    reading = PageLines()
    first, last = choose_body(body, patterns.chrome, matched[1] if matched else None, named, reading)
    _title, title_el, _suffix = find_title(doc, first, raw_title, {}, patterns.metadata, matched)
    walker = Walker(first, title_el, last)
    walker.walk(body)
    walker.flush()
    return reading.placed(first, last, title_el), walker


def _same(placed: Walker | None, walker: Walker) -> None:
    if placed is None:
        return  # the pass declined: the reader walks the page again
    assert _lines(placed.lines) == _lines(walker.lines)
    assert (placed.title_line, placed.body_start, placed.body_end) == (
        walker.title_line,
        walker.body_start,
        walker.body_end,
    )
    assert placed.next_links == walker.next_links


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}: {p.name}")
def test_the_body_pass_reads_the_walkers_lines(page: Path, page_patterns: Patterns) -> None:
    text = decode_bytes(page.read_bytes()).text
    try:
        placed, walker = _both(text, page_patterns)
    except NoArticleError as exc:  # pages that hold no article stop before the lines are read
        pytest.skip(f"no body: {exc}")
    _same(placed, walker)


@pytest.mark.parametrize("text", INVENTED)
def test_the_body_pass_reads_the_walkers_lines_on_invented_layouts(
    text: str, page_patterns: Patterns
) -> None:
    _same(*_both(text, page_patterns))
