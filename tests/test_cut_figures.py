"""A ``<br>`` that cuts a figure from its scale or % is dropped (page/lines.py), also when a comment
stands between them; a comment never breaks the walk (found by test_properties' arbitrary HTML)."""

from __future__ import annotations

import pytest
from lxml.html import fromstring, tostring

from gov_facts.page.lines import join_cut_figures

CASES = [
    # (id, markup, expected markup after the join)
    ("scale-after-br", "<p>新增就业12.5<br>万人</p>", "<p>新增就业12.5万人</p>"),
    ("percent-after-br", "<p>上涨2.1<br>%</p>", "<p>上涨2.1%</p>"),
    ("comment-between", "<p>新增就业12.5<!-- x --><br>万人</p>", "<p>新增就业12.5<!-- x -->万人</p>"),
    ("comment-after-element", "<p>增<b>12.5</b><!-- x --><br>万人</p>", "<p>增<b>12.5</b><!-- x -->万人</p>"),
    ("comment-first-in-block", "<p><!-- x --><br>万人</p>", "<p><!-- x --><br>万人</p>"),
    ("comment-tail-not-a-digit", "<p>12<!-- x -->，<br>万人</p>", "<p>12<!-- x -->，<br>万人</p>"),
    ("no-figure-before", "<p>全市<br>万人空巷</p>", "<p>全市<br>万人空巷</p>"),
]


@pytest.mark.parametrize(("markup", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_join_cut_figures(markup: str, expected: str) -> None:
    doc = fromstring(f"<div>{markup}</div>")
    join_cut_figures(doc)
    assert tostring(doc, encoding=str) == f"<div>{expected}</div>"
