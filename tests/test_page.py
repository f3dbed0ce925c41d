"""Pages -> article body: chrome that must not survive, structure that must, and the corpus/gold pages."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from gov_facts.core.errors import NoArticleError
from gov_facts.page.reader import looks_like_html, read_article
from gov_facts.read.decode import decode_bytes
from gov_facts.rules.patterns import Patterns

REPO = Path(__file__).resolve().parents[1]
P1 = "党史学习教育开展以来，市政府党组在“我为群众办实事”实践活动中带头领办实事项目，听民声、解民忧。"
P2 = "截至9月30日，所有房屋已全部完成首次登记，发证13350套，发证率88.02%，登记完成率在全省位于第一方阵。"


def _page(
    inside: str, *, before: str = "", after: str = "", container: str = "TRS_Editor", end: str = ""
) -> str:
    return (
        "<html><head><meta charset='utf-8'>"
        "<title>重点民生项目领办走深走实_宣城要闻_宣城市人民政府</title></head>"
        f"<body><div class='nav'><a href='/'>首页</a><a href='/x'>政务公开</a></div>{before}"
        "<h1>重点民生项目领办走深走实</h1><div class='info'>发布时间：2021-10-27 07:55 来源：宣城日报</div>"
        f"<div class='{container}'><p>{P1}</p>{inside}<p>{P2}</p>{end}</div>{after}"
        "<div class='footer'>主办单位：宣城市人民政府办公室 网站标识码：3418000001 "
        "皖ICP备05001234号</div></body></html>"
    )


CHROME = [
    ("seed: QR line inside the container", "<p>扫一扫在手机打开当前页</p>", "扫一扫"),
    ("sample chrome-inside: font bar", "<div>【字体：大 中 小】</div>", "字体"),
    ("print/close bar", "<p>【打印本页】 【关闭窗口】</p>", "关闭窗口"),
    ("prev/next links", "<p>上一篇：<a href='/1'>关于某事的通知</a></p>", "上一篇"),
    ("share bar by class", "<div class='bdsharebuttonbox'>分享到：微信 微博</div>", "分享到"),
    ("script never leaks", "<script>var 统计代码 = '全市共计100万元';</script>", "统计代码"),
    ("style never leaks", "<style>.正文样式{color:red}</style>", "正文样式"),
    (
        "hidden element never leaks",
        "<div style='display: none'>隐藏的栏目名称政务公开要闻</div>",
        "隐藏的栏目",
    ),
    ("corpus-024: trailing editor line", "<div class='editor'>【责任编辑：刘峻凌】</div>", "责任编辑"),
    ("corpus-029: bracketed 责编 line", "<p><span>[</span><span>责编：杨煜</span><span>]</span></p>", "责编"),
    ("comment box with captcha", "<div class='comment-box'>网友评论 验证码：<input></div>", "验证码"),
    ("corpus-020: 原标题 note", "<p>本文原标题：《定了！邮轮母港即将开通》</p>", "原标题"),
    ("corpus-034: reprint notice", "<p>本作品为原创，转载时务请注明出处。</p>", "转载"),
    (
        "corpus-014: all-link promo line",
        "<p><a href='/x'><strong>点击进入“文艺星青年”</strong></a></p>",
        "文艺星青年",
    ),
]


@pytest.mark.parametrize(("inside", "leak"), [c[1:] for c in CHROME], ids=[c[0] for c in CHROME])
def test_chrome_does_not_survive(page_patterns: Patterns, inside: str, leak: str) -> None:
    """Chrome inside the article container, after the last paragraph (where CMSs put it)."""
    page = read_article(_page("", end=inside), page_patterns)
    assert leak not in page.text
    assert page.paragraphs == [P1, P2]


MID_BODY = [c for c in CHROME if c[2] not in ("扫一扫", "上一篇", "验证码")]


@pytest.mark.parametrize(("inside", "leak"), [c[1:] for c in MID_BODY], ids=[c[0] for c in MID_BODY])
def test_chrome_between_paragraphs_is_dropped(page_patterns: Patterns, inside: str, leak: str) -> None:
    """The same chrome between two paragraphs (not a tail marker) is dropped without cutting the body."""
    page = read_article(_page(inside), page_patterns)
    assert leak not in page.text
    assert page.paragraphs == [P1, P2]


def test_page_chrome_outside_the_article(page_patterns: Patterns) -> None:
    after = (
        "<div class='related'><h3>相关阅读</h3>"
        "<ul><li><a href='/2'>另一篇新闻标题很长很长</a></li></ul></div>"
    )
    page = read_article(
        _page("", before="<div class='crumb'>当前位置：首页 > 宣城要闻</div>", after=after), page_patterns
    )
    assert page.paragraphs == [P1, P2]
    assert page.title == "重点民生项目领办走深走实"
    assert page.published_at == "2021-10-27T07:55:00+08:00"
    assert page.source == "宣城日报"


def test_tail_marker_ends_the_body(page_patterns: Patterns) -> None:
    page = read_article(
        _page("<p>相关链接</p><p>全市召开另一个会议的新闻摘要，内容与本文无关但很长很长。</p>"), page_patterns
    )
    assert "相关链接" not in page.text and "另一个会议" not in page.text


STRUCTURE = [
    (
        "table rows as tab-joined cells",
        "<table><tr><th>指标</th><th>单位</th><th>绝对数</th></tr><tr><td>地区生产总值</td><td>亿元</td><td>268.45</td></tr>"
        "</table>",
        ["指标\t单位\t绝对数", "地区生产总值\t亿元\t268.45"],
    ),
    (
        "corpus-020: <br>-separated lines",
        "<div>搭地铁去坐邮轮玩转东南亚！<br>规划岸线1600米<br><br>年通过能力75万人次</div>",
        ["搭地铁去坐邮轮玩转东南亚！", "规划岸线1600米", "年通过能力75万人次"],
    ),
    (
        "corpus-036: image caption kept",
        "<p><img src='a.jpg'><font>图注：测试表明传言是不正确的</font></p>",
        ["图注：测试表明传言是不正确的"],
    ),
    (
        "whitespace normalised, full-width punctuation kept",
        "<p>\u3000\u3000全县  共有\u00a026所幼儿园，（新建）5所。 </p>",
        ["全县 共有 26所幼儿园，（新建）5所。"],
    ),
]


@pytest.mark.parametrize(("inside", "paras"), [c[1:] for c in STRUCTURE], ids=[c[0] for c in STRUCTURE])
def test_body_structure(page_patterns: Patterns, inside: str, paras: list[str]) -> None:
    page = read_article(_page(inside), page_patterns)
    assert page.paragraphs[1:-1] == paras


BROKEN = [
    ("corpus-010: starts at <head>, no <html>", lambda s: s.replace("<html>", "")),
    (
        "corpus-005: two </html>",
        lambda s: s.replace("<div class='TRS_Editor'>", "</html><div class='TRS_Editor'>"),
    ),
    ("xml declaration before the markup", lambda s: "<?xml version='1.0' encoding='utf-8'?>" + s),
]


@pytest.mark.parametrize("mangle", [c[1] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_survives_broken_html(page_patterns: Patterns, mangle: object) -> None:
    html = mangle(_page(""))  # type: ignore[operator]
    assert read_article(html, page_patterns).paragraphs == [P1, P2]


def test_density_finds_a_body_without_known_container(page_patterns: Patterns) -> None:
    page = read_article(_page("", container="xyz-box"), page_patterns)
    assert page.paragraphs == [P1, P2]


NO_ARTICLE = [
    ("empty page", ""),
    ("empty shell", "<html><head><title>宣城市人民政府</title></head><body><div></div></body></html>"),
    (
        "list page: only links and dates",
        "<html><body><ul>"
        + "".join(
            f"<li><a href='/{i}'>市政府召开第{i}次常务会议研究部署重点工作</a>"
            f"<span>2021-10-{i:02d}</span></li>"
            for i in range(1, 21)
        )
        + "</ul></body></html>",
    ),
    (
        "error page",
        "<html><head><title>404 页面不存在</title></head><body><p>您访问的页面不存在</p></body></html>",
    ),
]


@pytest.mark.parametrize("html", [c[1] for c in NO_ARTICLE], ids=[c[0] for c in NO_ARTICLE])
def test_no_article(page_patterns: Patterns, html: str) -> None:
    with pytest.raises(NoArticleError) as info:
        read_article(html, page_patterns)
    assert not str(info.value).startswith("no article")  # the kind is not repeated in the message


def test_list_page_sample(page_patterns: Patterns) -> None:
    sample = REPO / "samples" / "list-page.html"
    if not sample.exists():
        pytest.skip("samples/list-page.html not present")
    with pytest.raises(NoArticleError):
        read_article(decode_bytes(sample.read_bytes()).text, page_patterns)


DUMP = (
    "您现在所在的位置: 网站首页 > 资讯中心 > 宣城要闻\n\n重点民生项目领办走深走实\n\n"
    "发布时间:2021-10-27 07:55 来源:宣城日报 浏览:\n【字体大小:\n\n" + P1 + "\n\n" + P2 + "\n\n"
    "扫一扫在手机打开当前页\n\n0条评论\n\n*正文:\n验证码: captcha\n\n"
    "网友评论列表\n\n    暂无网友评论\n智能问答 智能问答\n"
)


def test_plain_text_dump(page_patterns: Patterns) -> None:
    assert not looks_like_html(DUMP)
    page = read_article(DUMP, page_patterns)
    assert page.paragraphs == [P1, P2]
    assert page.title == "重点民生项目领办走深走实"
    assert page.published_at == "2021-10-27T07:55:00+08:00"
    assert page.source == "宣城日报"


# ------------------------------------------------------------------------------------------------
# corpus-backed checks (skip without ../shared)

CORPUS = [f"{i:03d}" for i in range(1, 38)]


@pytest.mark.parametrize("page", CORPUS, ids=[f"corpus-{p}" for p in CORPUS])
def test_every_corpus_page_reads(shared_dir: Path, page_patterns: Patterns, page: str) -> None:
    decoded = decode_bytes((shared_dir / "corpus" / "pages" / f"{page}.html").read_bytes())
    article = read_article(decoded.text, page_patterns)
    assert article.title and len(article.paragraphs) >= 1
    assert not re.search(r"ICP备|网站标识码|扫一扫在手机打开|分享到[:：]?$", article.text, re.M)


#: gold pages added to ../shared after the page stage was tuned, whose metadata it does not yet read
#: right (issue 17 takes them on); strict, so a fix shows up as an XPASS to turn into a plain row
_GOLD_META_MISSES = {
    "035": "author: a gold page added later, not yet read right",
}


def _gold_cases() -> list[Any]:
    gold = REPO / ".." / "shared" / "eval" / "gold"
    names = sorted(p.stem for p in gold.glob("*.json")) if gold.is_dir() else ["seed"]
    return [
        pytest.param(n, id=f"gold-{n}", marks=[pytest.mark.xfail(strict=True, reason=_GOLD_META_MISSES[n])])
        if n in _GOLD_META_MISSES
        else pytest.param(n, id=f"gold-{n}")
        for n in names
    ]


def _norm(s: str | None) -> str | None:
    return re.sub(r"\s+", "", s.replace("％", "%").replace("：", ":")) if s is not None else None


@pytest.mark.parametrize("name", _gold_cases())
def test_gold_pages(shared_dir: Path, page_patterns: Patterns, name: str) -> None:
    gold = json.loads((shared_dir / "eval" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    decoded = decode_bytes((shared_dir / gold["page"]).read_bytes())
    page = read_article(decoded.text, page_patterns)
    for field, want in gold["meta"].items():
        accepted = want if isinstance(want, list) else [want]  # GUIDE: a list holds the acceptable values
        assert _norm(getattr(page, field)) in [_norm(w) for w in accepted], field
    assert (page.published_at or "").replace(" ", "T")[: len(gold["published_at"])] == gold["published_at"]
    text = _norm(page.text) or ""
    body = gold["body"]
    assert text.startswith(_norm(body["starts_with"]) or "")
    assert text.endswith(_norm(body["ends_with"]) or "")
    for snippet in body["must_contain"]:
        assert _norm(snippet) in text
    for snippet in body["must_not_contain"]:
        assert _norm(snippet) not in text


# fields of corpus pages without gold, checked by hand against the page
CORPUS_FIELDS = [
    ("corpus-032: closing credit line 中青报·中青网记者 魏其濛 read as author", "032", "author", "魏其濛"),
    ("corpus-011: 来源 left blank on the page", "011", "source", None),
    ("corpus-030: source ends before the glued date", "030", "source", "光明网-《光明日报》"),
    (
        "corpus-006: the visible 发布日期 beats the meta PubDate of a 2022 re-publish (was a known miss)",
        "006",
        "published_at",
        "2017-05-15T10:49:00+08:00",
    ),
    (
        "corpus-018: 来源 only in the page's script data (source: '…', // 来源)",
        "018",
        "source",
        "补壹刀微信公号",
    ),
]


@pytest.mark.parametrize(
    ("page", "field", "want"), [k[1:] for k in CORPUS_FIELDS], ids=[k[0] for k in CORPUS_FIELDS]
)
def test_corpus_fields(
    shared_dir: Path, page_patterns: Patterns, page: str, field: str, want: str | None
) -> None:
    decoded = decode_bytes((shared_dir / "corpus" / "pages" / f"{page}.html").read_bytes())
    assert getattr(read_article(decoded.text, page_patterns), field) == want


def test_closing_credit_line_leaves_the_body(shared_dir: Path, page_patterns: Patterns) -> None:
    decoded = decode_bytes((shared_dir / "corpus" / "pages" / "032.html").read_bytes())
    text = read_article(decoded.text, page_patterns).text
    assert text.endswith("“都有年轻人大展拳脚的空间”。") and "魏其濛" not in text


def test_credit_below_the_tail_is_still_read(page_patterns: Patterns) -> None:
    """sample chrome-inside: 责任编辑 sits under 上一篇/下一篇 inside the container."""
    end = "<p>上一篇：<a href='/1'>另一条新闻</a></p><p class='editor'>责任编辑：张三</p>"
    page = read_article(_page("", end=end), page_patterns)
    assert page.paragraphs == [P1, P2]
    assert page.editor == "张三"
