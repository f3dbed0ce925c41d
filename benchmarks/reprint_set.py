"""The reprint test set, built from the corpus pages: each article re-rendered as other sites would
reprint it, and distinct articles on the same topic (shared by ``reprints_bench.py`` and the tests).

For each corpus article (held-out pages left out) the set holds the real page and, rendered from
its extracted title, date and paragraphs into other sites' templates:

- ``chrome``: a provincial portal's chrome (menus, breadcrumb, share bar, footer), its own
  ``_站名`` headline suffix, 来源 naming the original site, the next day's date;
- ``media``: a state-media template (``-新华网`` suffix, related-news links, 责任编辑 line);
- ``edited``: a city portal's template with a reprint line, two characters changed, one short
  sentence dropped and （完） added;
- ``abridged``: the first 60% of the paragraphs only (measured apart: a reprint, but a partial one);

and as distinct articles: every other corpus article (same-topic pairs among them: two years of
one county's statistics bulletin, a city's and its province's bulletins), plus ``next``, for each
article with at least three figures in Arabic digits, the same text with every such number
changed: next month's release in the same template, a different article.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

#: corpus pages never tuned against (the held-out gold and tests/data/heldout pages)
HELD_OUT = {"015", "016", "022", "030", "032", "035"}
REPRINT_KINDS = ("chrome", "media", "edited")


@dataclass(frozen=True)
class Page:
    name: str  # file name in the set
    group: str  # the article it carries: reprints share their original's group
    kind: str  # original, chrome, media, edited, abridged, next


def corpus_pages(shared: Path) -> list[Path]:
    pages = sorted((shared / "corpus" / "pages").glob("*.html"))
    return [p for p in pages if p.stem not in HELD_OUT]


def _day(published: str | None, shift: int) -> str:
    try:
        d = date.fromisoformat((published or "")[:10])
    except ValueError:
        d = date(2021, 1, 1)
    return (d + timedelta(days=shift)).isoformat()


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def _body(paras: list[str]) -> str:
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)


def render_portal(rec: dict[str, Any], paras: list[str], site: str, when: str) -> str:
    title = html.escape(rec["title"] or "")
    source = html.escape(rec.get("site") or rec.get("source") or "本网")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{site}</title></head><body>
<div class="top-nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/xwzx/">新闻中心</a>
<a href="/hdjl/">互动交流</a> <a href="/bsfw/">办事服务</a></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 要闻动态</div>
<div class="article"><h1>{title}</h1>
<div class="info">发布时间：{when} 09:30　来源：{source}　浏览次数：1024</div>
<div class="article-content">{_body(paras)}</div></div>
<div class="share">分享到：微信 微博 QQ空间 【打印本页】【关闭窗口】</div>
<div class="footer">主办单位：{site}办公厅　网站标识码：3400000001　ICP备案号：皖ICP备05001234号</div>
</body></html>"""


def render_media(rec: dict[str, Any], paras: list[str], when: str) -> str:
    title = html.escape(rec["title"] or "")
    source = html.escape(rec.get("site") or rec.get("source") or "本网")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-新华网</title></head><body>
<div id="header"><a href="/">新华网首页</a> <a href="/politics/">时政</a> <a href="/local/">地方</a></div>
<div id="detail"><h1 class="title">{title}</h1>
<div class="source">{when} 14:05:21　来源：{source}</div>
<div id="detailContent">{_body(paras)}</div>
<div class="editor">【责任编辑：王晓明】</div></div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/a/1.htm">各地扎实推进民生实事项目建设</a></li>
<li><a href="/a/2.htm">前三季度全国经济运行稳中向好</a></li></ul></div>
<div id="footer">Copyright © 2000-2024 XINHUANET.com All Rights Reserved.</div></body></html>"""


def _edited(paras: list[str], rng: random.Random) -> list[str]:
    """Two characters changed (in paragraphs without figures), one short sentence dropped, （完） added."""
    out = list(paras)
    for _ in range(2):
        i = rng.randrange(len(out))
        p = out[i]
        spots = [k for k, ch in enumerate(p) if "\u4e00" <= ch <= "\u9fff" and not re.search(r"\d", p)]
        if spots:
            k = rng.choice(spots)
            out[i] = p[:k] + "该" + p[k + 1 :]
    total = sum(map(len, out))
    short = [
        (i, j)
        for i, p in enumerate(out)
        for j, sentence in enumerate(re.split(r"(?<=。)", p))
        if sentence and len(sentence) <= total * 0.08
    ]
    if short:
        i, j = rng.choice(short)
        sentences = re.split(r"(?<=。)", out[i])
        out[i] = "".join(sentences[:j] + sentences[j + 1 :])
    return [p for p in out if p] + ["（完）"]


def render_city(rec: dict[str, Any], paras: list[str], when: str, rng: random.Random) -> str:
    title = html.escape(rec["title"] or "")
    source = html.escape(rec.get("site") or rec.get("source") or "本网")
    body = _body([f"（转载自{rec.get('site') or '其他网站'}）", *_edited(paras, rng)])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}｜转载</title></head><body>
<div class="nav"><a href="/">网站首页</a> <a href="/news/">本地新闻</a> <a href="/gov/">政务</a></div>
<div class="wrap"><div class="main"><div class="tit">{title}</div>
<div class="time">日期：{when}　信息来源：{source}</div>
<div class="TRS_Editor">{body}</div></div>
<div class="side"><a href="/x/1.html">热点专题</a><a href="/x/2.html">政策解读</a></div></div>
<div class="foot">版权所有　联系我们　网站地图</div></body></html>"""


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _next_number(match: re.Match[str]) -> str:
    text = match.group(0)
    if "." in text:
        return f"{float(text) * 1.07 + 0.3:.{len(text.split('.')[1])}f}"
    return str(int(int(text) * 1.07) + 3)


def build(shared: Path, out: Path, seed: int = 20) -> list[Page]:
    """Write the set into ``out`` and return what each page is."""
    from gov_facts import extract

    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    pages: list[Page] = []
    for path in corpus_pages(shared):
        try:
            rec = extract(path.read_bytes(), path.name).to_dict()
        except Exception:
            continue
        group = path.stem
        (out / f"{group}-original.html").write_bytes(path.read_bytes())
        pages.append(Page(f"{group}-original.html", group, "original"))
        paras = _paragraphs(str(rec["text"]))
        if len("".join(paras)) < 100:
            continue
        when = str(rec.get("published_at") or "")
        variants = {
            "chrome": render_portal(rec, paras, "安徽省人民政府", _day(when, 1)),
            "media": render_media(rec, paras, _day(when, 0)),
            "edited": render_city(rec, paras, _day(when, 2), rng),
            "abridged": render_portal(
                rec, paras[: max(1, int(len(paras) * 0.6))], "江西省人民政府", _day(when, 1)
            ),
        }
        for kind, page in variants.items():
            (out / f"{group}-{kind}.html").write_text(page, encoding="utf-8")
            pages.append(Page(f"{group}-{kind}.html", group, kind))
        if len(rec.get("facts") or ()) >= 3 and len(_NUMBER.findall("".join(paras))) >= 3:
            nxt = dict(rec, title=_NUMBER.sub(_next_number, str(rec["title"] or "")))
            page = render_portal(
                nxt, [_NUMBER.sub(_next_number, p) for p in paras], "宜春市人民政府", _day(when, 30)
            )
            (out / f"{group}-next.html").write_text(page, encoding="utf-8")
            pages.append(Page(f"{group}-next.html", f"{group}-next", "next"))
    return pages
