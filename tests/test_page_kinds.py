"""Pages of kinds of site the corpus lacks (tests/data/pages, written for this): WeChat, text held in
scripts, folded text, forums, encyclopedias, blogs, Hong Kong and Taiwan pages, notices, list and
error pages. Each page's body is the annotated ``NAME.body.txt`` beside it; ``benchmarks/body_compare.py``
scores the peers on the same pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gov_facts.core.errors import NoArticleError
from gov_facts.page.content import PageContent
from gov_facts.page.reader import read_article
from gov_facts.read.decode import decode_bytes
from gov_facts.rules.patterns import Patterns

PAGES = Path(__file__).resolve().parent / "data" / "pages"
WITH_BODY = sorted(p.name[: -len(".body.txt")] for p in PAGES.glob("*.body.txt"))


def _read(name: str, patterns: Patterns) -> PageContent:
    return read_article(decode_bytes((PAGES / f"{name}.html").read_bytes()).text, patterns)


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


_BODY_MISSES = {
    "csdn-blog": "a two-character heading above the first paragraph (背景) reads as a label above the text",
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            n, marks=[pytest.mark.xfail(strict=True, reason=_BODY_MISSES[n])] if n in _BODY_MISSES else []
        )
        for n in WITH_BODY
    ],
    ids=[f"invented-{n}" for n in WITH_BODY],
)
def test_body_is_the_annotated_body(page_patterns: Patterns, name: str) -> None:
    want = (PAGES / f"{name}.body.txt").read_text(encoding="utf-8")
    assert _squeeze(_read(name, page_patterns).text) == _squeeze(want)


_T = "2023-11-30T15:00:00+08:00"
METADATA = [
    # WeChat: js_content hidden until a script shows it; the time only in `var ct`; the account is the site
    ("invented-wechat-raw: var ct, account, closing 来源/编辑 lines", "wechat-raw", "published_at", _T),
    ("invented-wechat-raw: the account named by var nickname is the site", "wechat-raw", "site", "桐溪发布"),
    ("invented-wechat-raw: 来源 in a closing credit", "wechat-raw", "source", "县水利局"),
    ("invented-wechat-raw: 编辑 in a closing credit", "wechat-raw", "editor", "陈晓"),
    (
        "invented-wechat-rendered: em#publish_time as drawn",
        "wechat-rendered",
        "published_at",
        "2023-12-06T18:02:00+08:00",
    ),
    ("invented-wechat-rendered: account from og:article:author", "wechat-rendered", "site", "梅溪政务服务"),
    ("invented-wechat-rendered: 来源 | X", "wechat-rendered", "source", "梅溪市政务服务中心"),
    # text and metadata in scripts
    ("invented-jsonld-teaser: JSON-LD author", "jsonld-teaser", "author", "郑明"),
    (
        "invented-jsonld-teaser: JSON-LD datePublished",
        "jsonld-teaser",
        "published_at",
        "2023-10-18T07:40:00+08:00",
    ),
    (
        "invented-nextdata-shell: pubTime in page data",
        "nextdata-shell",
        "published_at",
        "2024-03-12T09:30:00+08:00",
    ),
    (
        "invented-nextdata-shell: title from <title>",
        "nextdata-shell",
        "title",
        "梅溪市启动2024年度城市更新项目 涉及老旧小区42个",
    ),
    (
        "invented-state-shell: publishTime beats the closing signature date",
        "state-shell",
        "published_at",
        "2023-11-20T16:45:12+08:00",
    ),
    ("invented-state-shell: origin in page state", "state-shell", "source", "桐溪县应急管理局"),
    # Hong Kong and Taiwan
    (
        "invented-hk-press-release: closing date lines, 香港時間16時30分",
        "hk-press-release",
        "published_at",
        "2023-11-08T16:30:00+08:00",
    ),
    ("invented-hk-news: article:published_time", "hk-news", "published_at", "2023-11-09T07:05:00+08:00"),
    ("invented-hk-news: 撰文：", "hk-news", "author", "陳大文"),
    ("invented-tw-news: pubdate meta", "tw-news", "published_at", "2023-11-10T14:35:00+08:00"),
    # other kinds
    (
        "invented-blog-post: (date) under the headline inside the body",
        "blog-post",
        "published_at",
        "2024-03-09T20:41:17+08:00",
    ),
    (
        "invented-forum-thread: the forum is the site, not Powered by Discuz!",
        "forum-thread",
        "site",
        "梅溪论坛",
    ),
    (
        "invented-forum-thread: the opening post's time",
        "forum-thread",
        "published_at",
        "2023-06-18T21:37:05+08:00",
    ),
    (
        "invented-wiki-entry: a two-character headline that <title> begins with",
        "wiki-entry",
        "title",
        "梅溪江",
    ),
    (
        "invented-wiki-entry: the suffix after the short headline",
        "wiki-entry",
        "site",
        "维基百科，自由的百科全书",
    ),
    ("invented-old-font-br: gb2312 page of <font> and <br>", "old-font-br", "published_at", "2008-03-05"),
    ("invented-lazy-rest: 【责任编辑：】 under the folded part", "lazy-rest", "editor", "黄雯"),
    ("invented-print-container: meta ContentSource", "print-container", "source", "县应急管理局"),
    ("invented-portal-163: 来源 value ends at the picture after it", "portal-163", "source", "梅溪日报"),
    ("invented-portal-163: a staff code after the editor's name", "portal-163", "editor", "王晓"),
    (
        "invented-hk-gov-news: the date line just above the headline",
        "hk-gov-news",
        "published_at",
        "2023-11-09",
    ),
    (
        "invented-baijiahao: the time beside the account",
        "baijiahao",
        "published_at",
        "2023-11-10T07:30:00+08:00",
    ),
]


@pytest.mark.parametrize(("name", "field", "want"), [m[1:] for m in METADATA], ids=[m[0] for m in METADATA])
def test_metadata(page_patterns: Patterns, name: str, field: str, want: str) -> None:
    assert getattr(_read(name, page_patterns), field) == want


NO_ARTICLE = [
    (
        "invented-list-teasers: six linked headlines with summaries",
        "list-teasers",
        "list of 6 linked headlines",
    ),
    ("invented-link-page: a site map", "link-page", "no paragraph of Chinese text outside links"),
    ("invented-error-page: 稿件已被删除 among the chrome", "error-page", "error page (“稿件已被删除”)"),
    ("invented-wechat-deleted: 该内容已被发布者删除", "wechat-deleted", "error page (“内容已被发布者删除”)"),
]


@pytest.mark.parametrize(("name", "why"), [n[1:] for n in NO_ARTICLE], ids=[n[0] for n in NO_ARTICLE])
def test_no_article_says_why(page_patterns: Patterns, name: str, why: str) -> None:
    with pytest.raises(NoArticleError) as info:
        _read(name, page_patterns)
    assert why in str(info.value)


def test_the_part_of_a_split_article_says_where_it_continues(page_patterns: Patterns) -> None:
    first = _read("t20240126_2001", page_patterns)
    assert first.next_part == "t20240126_2001_1.html"
    assert any("continues on another page (t20240126_2001_1.html)" in w for w in first.warnings)
    last = _read("t20240126_2001_1", page_patterns)
    assert last.next_part is None and not any("continues" in w for w in last.warnings)


def test_a_forum_thread_is_its_opening_post(page_patterns: Patterns) -> None:
    """invented-tieba-thread: a long reply does not make the body; the thread's first post does."""
    text = _read("tieba-thread", page_patterns).text
    assert text.startswith("前天在网上申请了租房提取公积金") and "第二个工作日" not in text
