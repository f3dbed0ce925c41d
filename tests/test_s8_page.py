"""Session 8, page side: a meta line that opens with the date and stands just above the headline
(gov.mo's news pages: ``2025-11-28 17:20 部門及機構：旅遊局 分類：旅遊`` over the ``h1``) gives the
publish date; before, only a line of at most 30 characters there was read, so the whole page had no
date and none of its relative times (十月份, 今年首十個月) could be resolved (blind batch 10).

Ids name the kind of site; the pages are written here in its style.
"""

from __future__ import annotations

import pytest

from gov_facts import extract

_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/news/">新聞</a></nav>
<article><div class="news-meta">{meta}</div><h1>{title}</h1><div class="news-body">
<p>{body}</p><p>{body}</p></div></article><footer>版權所有 © 2025</footer></body></html>"""

ROWS = [
    pytest.param(
        "十月份酒店平均入住率92.3%",
        '<span class="date">2025-11-28 17:20</span> <span>部門及機構：<a href="#">旅遊局</a></span>'
        " <span>分類：旅遊</span>",
        "2025-11-28T17:20",
        id="mo-portal: date, department and category above the headline",
    ),
    pytest.param(
        "我市防汛工作取得阶段性成效",
        "<span>2024-06-20 10:15</span> <span>信息来源：市应急管理局</span> <span>浏览次数：1024</span>",
        "2024-06-20T10:15",
        id="city-portal: date, source and views above the headline",
    ),
    pytest.param(
        "市政府召开常务会议",
        "<span>2023年5月4日 星期四</span>",
        "2023-05-04",
        id="county-portal: a short date line above the headline (read before)",
    ),
]


@pytest.mark.parametrize(("title", "meta", "published"), ROWS)
def test_a_meta_line_above_the_headline_gives_the_date(title: str, meta: str, published: str) -> None:
    body = "根据最新统计，本月各项工作稳步推进，全市共完成投资12.5亿元，同比增长6.2%，为全年目标打下基础。"
    html = _PAGE.format(title=title, meta=meta, body=body)
    rec = extract(html.encode("utf-8"), "page.html").to_dict()
    assert (rec["published_at"] or "").startswith(published)
