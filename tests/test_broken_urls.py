"""A saved page's URLs may be broken (a bracketed host that is no IPv6 address, a port that is no
number); ``urllib.parse`` raises on them. They must cost the page nothing but the URL's parts.
Found by the damaged-pages property test (session 14)."""

from __future__ import annotations

import pytest

from gov_facts import extract
from gov_facts.core.urls import joined_url, url_host, url_path

URL_PARTS = [
    pytest.param("http://[abc/list_2.html", "", "", id="bracketed host that is no IPv6 address"),
    pytest.param("http://www.x.gov.cn:80a/a.html", "/a.html", "www.x.gov.cn", id="port that is no number"),
    pytest.param("http://www.info.gov.hk/gia/2025.htm", "/gia/2025.htm", "www.info.gov.hk", id="a good URL"),
    pytest.param("www.sz.gov.cn/a/b.html", "www.sz.gov.cn/a/b.html", "www.sz.gov.cn", id="a bare host"),
]  # fmt: skip


@pytest.mark.parametrize(("url", "path", "host"), URL_PARTS)
def test_url_parts_never_raise(url: str, path: str, host: str) -> None:
    assert url_path(url) == path
    assert url_host(url) == host


def test_a_link_that_cannot_be_joined_is_kept_as_written() -> None:
    assert joined_url("http://[abc/", "list_2.html") == "list_2.html"
    assert joined_url("http://www.x.gov.cn/a/", "b.html") == "http://www.x.gov.cn/a/b.html"


BROKEN_PAGES = [
    pytest.param(
        '<link rel="canonical" href="http://[abc/art_1.html">', '<a href="http://[abc/art_2.html">下一页</a>',
        id="broken canonical URL and next-page link",
    ),
    pytest.param(
        '<meta property="og:url" content="http://x.gov.cn:8o8o/a_1.html">', '<a href="art_[2.html">2</a>',
        id="port that is no number, bracket in a page link",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("head", "pager"), BROKEN_PAGES)
def test_a_page_with_broken_urls_gives_its_facts(head: str, pager: str) -> None:
    html = (
        f"<html><head><meta charset='utf-8'>{head}<title>全市新建充电桩1.2万个</title></head><body>"
        "<h1>全市新建充电桩1.2万个</h1><p>发布时间：2025-03-04</p>"
        "<div class='content'><p>今年以来，全市新建公共充电桩1.2万个，同比增长35%，累计建成充电站860座。</p>"
        "<p>下一步，将继续完善充电基础设施布局，方便群众绿色出行。</p></div>"
        f"<div class='page'>{pager}</div></body></html>"
    )
    doc = extract(html.encode("utf-8"), "broken-urls.html")
    assert [f.text for f in doc.facts][:2] == ["1.2万个", "35%"]
