"""Body constructions on small hand-written pages: hidden blocks, text held in scripts, lists of
teasers, the headline's neighbourhood, sibling blocks, forum threads, pagers of split articles."""

from __future__ import annotations

import json

import pytest

from gov_facts.core.errors import NoArticleError
from gov_facts.page.content import PageContent
from gov_facts.page.reader import read_article
from gov_facts.rules.patterns import Patterns

P1 = "记者从县水利局获悉，截至11月底，全县今年计划实施的农村供水保障工程已全部完工，新增受益人口4.1万人。"
P2 = "今年以来，县水利局把农村供水保障列为民生实事，统筹推进城乡供水一体化，解决了12个偏远村组缺水问题。"
P3 = "下一步，县水利局将加快推进城乡供水管网互联互通，力争2025年底前覆盖人口比例达到85%以上。"
NAV = "<div class='nav'><a href='/'>首页</a><a href='/a'>政务公开</a><a href='/b'>互动交流</a></div>"


def _page(body: str, head: str = "", title: str = "全县农村供水保障工程完成年度任务_桐溪县人民政府") -> str:
    head = f"<head><meta charset='utf-8'><title>{title}</title>{head}</head>"
    return f"<html>{head}<body>{NAV}{body}</body></html>"


def _h1() -> str:
    return (
        "<h1>全县农村供水保障工程完成年度任务</h1><div class='info'>发布时间：2023-11-30 来源：县水利局</div>"
    )


def _read(html: str, patterns: Patterns) -> PageContent:
    return read_article(html, patterns)


HIDDEN = [
    (
        "invented-wechat: the container hidden until a script shows it",
        _h1() + f"<div id='c' style='visibility: hidden;'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>",
        [P1, P2, P3],
    ),
    (
        "invented: the folded rest of the article behind 展开全文",
        _h1() + f"<div class='t'><p>{P1}</p><div style='display:none'><p>{P2}</p><p>{P3}</p></div>"
        "<div class='more'>展开全文</div></div>",
        [P1, P2, P3],
    ),
    (
        "invented: a hidden share pop-up is no text",
        _h1() + f"<div class='t'><p>{P1}</p><div style='display:none'>打开微信，点击底部的“发现”，"
        f"使用“扫一扫”即可将网页分享至朋友圈。</div><p>{P2}</p></div>",
        [P1, P2],
    ),
    (
        "invented: a hidden menu of links is no text",
        _h1()
        + f"<div class='t'><p>{P1}</p><ul hidden>"
        + "<li><a href='/1'>县政府常务会议研究部署冬季安全生产工作</a></li>"
        f"<li><a href='/2'>县长主持召开全县重点项目建设推进会议</a></li></ul><p>{P2}</p></div>",
        [P1, P2],
    ),
]


@pytest.mark.parametrize(("body", "paras"), [c[1:] for c in HIDDEN], ids=[c[0] for c in HIDDEN])
def test_hidden_blocks(page_patterns: Patterns, body: str, paras: list[str]) -> None:
    assert _read(_page(body), page_patterns).paragraphs == paras


def _ld(body: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": body}
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


SCRIPTS = [
    (
        "invented: a teaser on the page, the whole article in JSON-LD",
        _ld("\n".join([P1, P2, P3])),
        _h1() + f"<div class='t'><p>{P1}</p><a href='app://x'>打开APP阅读全文</a></div>",
        [P1, P2, P3],
    ),
    (
        "invented: the page's body stands when JSON-LD holds the same text",
        _ld(P1 + P2 + P3),
        _h1() + f"<div class='t'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>",
        [P1, P2, P3],
    ),
    (
        "invented: an empty shell, the article as HTML in page-state JSON",
        "",
        "<div id='app'></div><script>window.__INITIAL_STATE__="
        + json.dumps({"article": {"content": f"<p>{P1}</p><p>{P2}</p>"}}, ensure_ascii=False)
        + ";</script>",
        [P1, P2],
    ),
    (
        "invented: \\u-escaped page data",
        "",
        "<div id='app'></div><script>window.__DATA__=" + json.dumps({"body": P1 + "\n" + P2}) + "</script>",
        [P1, P2],
    ),
    (
        "invented: a longer text in the scripts that is another article does not replace the body",
        "<script>var rel = " + json.dumps({"x": P3 * 6}, ensure_ascii=False) + ";</script>",
        _h1() + f"<div class='t'><p>{P1}</p><p>{P2}</p><p>{P1}</p></div>",
        [P1, P2, P1],
    ),
]


@pytest.mark.parametrize(("head", "body", "paras"), [c[1:] for c in SCRIPTS], ids=[c[0] for c in SCRIPTS])
def test_text_held_in_scripts(page_patterns: Patterns, head: str, body: str, paras: list[str]) -> None:
    assert _read(_page(body, head), page_patterns).paragraphs == paras


def _teasers(n: int) -> str:
    items = "".join(
        f"<li><h3><a href='/{i}'>梅溪市召开第{i}次常务会议研究部署重点工作</a></h3>"
        f"<p>会议听取了全市重点项目建设情况汇报，研究部署下一阶段工作，要求各地各部门压实责任，确保完成年度目标任务……</p>"
        f"<span>2024-01-{i:02d}</span></li>"
        for i in range(1, n + 1)
    )
    return f"<ul class='list'>{items}</ul>"


def test_a_list_of_teasers_is_no_article(page_patterns: Patterns) -> None:
    with pytest.raises(NoArticleError, match="list of 8 linked headlines"):
        _read(_page(_teasers(8)), page_patterns)


def test_an_article_beside_a_longer_list_of_teasers(page_patterns: Patterns) -> None:
    """invented: the related articles with their summaries outweigh a short article; the article is read."""
    body = _h1() + f"<div class='t'><p>{P1}</p></div><div class='rel'>{_teasers(8)}</div>"
    assert _read(_page(body), page_patterns).paragraphs == [P1]


INTRO = (
    "<div class='side'><h3>单位简介</h3><p>桐溪县水利局是县人民政府工作部门，负责全县水资源的合理开发利用，"
    "组织实施水利工程建设与管理，指导农村饮水安全、节水灌溉等工程建设，承担水旱灾害防御的相关工作。</p></div>"
)


def test_a_sidebar_above_the_headline_does_not_outweigh_a_short_notice(page_patterns: Patterns) -> None:
    """invented: a department's introduction before the headline; the notice after it is the body."""
    notice = "因管道抢修，1月16日梅岭路停水，请提前储水。"
    article = f"<div class='t'><p>{notice}</p><p>桐溪县水利局</p></div>"
    body = f"<div class='l'>{INTRO}</div><div class='r'>{_h1()}{article}</div>"
    assert _read(_page(body), page_patterns).paragraphs == [notice, "桐溪县水利局"]


def test_a_second_part_after_a_picture(page_patterns: Patterns) -> None:
    """invented: the text in two blocks around a picture and an advert label."""
    body = (
        _h1()
        + f"<div class='a'><div class='t'><p>{P1}</p><p>{P2}</p></div>"
        + "<div class='pic'><img src='x.jpg'></div><div class='gg-box'>广告</div>"
        + f"<div class='t'><p>{P3}</p></div><div class='share'>分享到：微信</div></div>"
    )
    assert _read(_page(body), page_patterns).paragraphs == [P1, P2, P3]


def _post(i: int, text: str) -> str:
    return (
        f"<div class='post' id='post_{i}'><div class='author'><a href='/u/{i}'>用户{i}</a></div>"
        f"<div class='time'>发表于 2023-6-18 21:{i:02d}</div><div class='content'>{text}</div></div>"
    )


def test_a_thread_is_its_first_post(page_patterns: Patterns) -> None:
    """invented-forum: a long reply does not make the body; the thread's first post does."""
    body = "<h1>全县农村供水保障工程完成年度任务</h1>" + _post(1, P1) + _post(2, P2 + P3 + P2) + _post(3, P3)
    assert _read(_page(body), page_patterns).paragraphs == [P1]


def test_alike_blocks_without_times_are_no_thread(page_patterns: Patterns) -> None:
    """invented: a lead, the article and a note in alike blocks: all of it is read, from the lead on
    (not the lead alone, as the first post of a thread would be)."""
    box = "<div class='box'><p>{}</p></div>"
    body = (
        _h1() + box.format(P3) + f"<div class='box'><p>{P1}</p><p>{P2}</p><p>{P1}</p></div>" + box.format(P3)
    )
    assert _read(_page(body), page_patterns).paragraphs == [P3, P1, P2, P1, P3]


PAGERS = [
    (
        "invented: 下一页 to …_1.html under the text",
        "",
        f"<div class='t'><p>{P1}</p><div class='page'><a href='t2_1.html'>2</a> "
        "<a href='t2_1.html'>下一页</a></div></div>",
        "t2_1.html",
    ),
    (
        "invented: page numbers only count when the page knows its own name",
        "",
        f"<div class='t'><p>{P1}</p><div class='page'>1 <a href='t2_1.html'>2</a> 共2页 下一页</div></div>",
        None,
    ),
    (
        "invented: page numbers after the page's own canonical URL",
        "<link rel='canonical' href='http://x.gov.cn/t2.html'>",
        f"<div class='t'><p>{P1}</p><div class='page'>1 <a href='t2_1.html'>2</a> 下一页</div></div>",
        "t2_1.html",
    ),
    (
        "invented: a TRS pager drawn by a script",
        '<script>createPageHTML(3, 0, "t20240126_2001", "html");</script>',
        f"<div class='t'><p>{P1}</p></div>",
        "t20240126_2001_1.html",
    ),
    (
        "invented: the last part of a script pager",
        '<script>createPageHTML(2, 1, "t20240126_2001", "html");</script>',
        f"<div class='t'><p>{P1}</p></div>",
        None,
    ),
    (
        "invented: the pager of a list under the article is not the article's",
        "",
        f"<div class='t'><p>{P1}</p></div><div class='c'><h3>最新动态</h3>"
        "<ul><li><a href='/1'>县政府召开常务会议"
        "</a></li></ul><div class='page'><a href='list_2.html'>下一页</a></div></div>",
        None,
    ),
]


@pytest.mark.parametrize(("head", "body", "href"), [c[1:] for c in PAGERS], ids=[c[0] for c in PAGERS])
def test_pagers_of_split_articles(page_patterns: Patterns, head: str, body: str, href: str | None) -> None:
    page = _read(_page(_h1() + body, head), page_patterns)
    assert page.next_part == href
    assert any("continues on another page" in w for w in page.warnings) == (href is not None)
    assert "下一页" not in page.text


def test_an_article_block_with_a_print_class_is_kept(page_patterns: Patterns) -> None:
    """invented: <div id='printContent'> holds the text and a third of the page (a long sidebar)."""
    side = "".join(
        f"<li><a href='/{i}'>关于印发梅溪县2024年第{i}批重点项目建设计划的通知</a></li>" for i in range(12)
    )
    body = f"<div class='l'><ul>{side}</ul></div><div id='printContent'>{_h1()}<p>{P1}</p><p>{P2}</p></div>"
    assert _read(_page(body), page_patterns).paragraphs == [P1, P2]


def test_a_box_of_related_links_inside_the_article(page_patterns: Patterns) -> None:
    """invented: 相关阅读 and two links between paragraphs; the article goes on under them."""
    box = (
        "<p>相关阅读</p><p><a href='/1'>县政府召开常务会议研究部署冬季安全生产工作</a></p>"
        "<p><a href='/2'>全县重点项目建设推进会议召开</a></p>"
    )
    body = _h1() + f"<div class='t'><p>{P1}</p>{box}<p>{P2}</p><p>{P3}</p></div>"
    assert _read(_page(body), page_patterns).paragraphs == [P1, P2, P3]


def test_related_links_at_the_end_still_end_the_body(page_patterns: Patterns) -> None:
    """invented: 相关阅读, links, then teasers with their summaries: the body ends at the heading."""
    box = (
        "<p>相关阅读</p><p><a href='/1'>县政府召开常务会议研究部署冬季安全生产工作</a></p>"
        "<p>会议听取了全县冬季安全生产工作情况汇报，研究部署下一阶段工作，要求压实责任。</p>"
        "<p><a href='/2'>全县重点项目建设推进会议召开</a></p>"
        "<p>会议强调，要加快项目建设进度，确保完成年度目标任务。</p>"
    )
    body = _h1() + f"<div class='t'><p>{P1}</p><p>{P2}</p>{box}</div>"
    assert _read(_page(body), page_patterns).paragraphs == [P1, P2]


def test_a_sidebar_heading_that_agrees_with_a_site_name_title_is_no_headline(page_patterns: Patterns) -> None:
    """invented: <title> is only the site's name, and a linked heading under the article repeats it."""
    side = f"<div class='s'><h3><a href='/'>桐溪县人民政府</a></h3>{INTRO}</div>"
    body = f"<div class='t'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>{side}"
    page = _read(_page(body, title="桐溪县人民政府"), page_patterns)
    assert page.paragraphs == [P1, P2, P3]
