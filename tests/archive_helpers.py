"""Helpers shared by the archive and series tests: load pages into a real archive, render a
page as another site would reprint it, read tables back."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import duckdb

from clirun import invoke

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
#: corpus pages held out from all tuning (tests/data/heldout and the held-out shared gold)
HELD_OUT = {"015", "016", "022", "030", "032", "035"}


def corpus_inputs(shared: Path) -> list[Path]:
    return [p for p in sorted((shared / "corpus" / "pages").glob("*.html")) if p.stem not in HELD_OUT]


def load(db: Path, *inputs: str | Path, extra: tuple[str, ...] = ()) -> Any:
    """``gov-facts extract INPUTS --db DB`` in-process; the CliRunner result."""
    return invoke("extract", *inputs, "--db", db, "--jobs", "2", *extra)


def query(db: Path, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def reprint_page(record: dict[str, Any], *, site: str, suffix: str, when: str, lead: str = "") -> str:
    """The record's article as another site reprints it: its own chrome, headline suffix and date,
    the source naming the original site, optionally a reprint line before the text."""
    title = html.escape(record["title"] or "")
    paras = [p for p in str(record["text"]).split("\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in ([lead] if lead else []) + paras)
    source = html.escape(record.get("site") or record.get("source") or "")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}{suffix}</title></head><body>
<div class="top-nav"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> <a href="/zwgk/">政务公开</a></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 新闻中心 &gt; 地方动态</div>
<div class="article"><h1>{title}</h1>
<div class="info">发布时间：{when}　来源：{source}</div>
<div class="article-content">{body}</div></div>
<div class="share">分享到：微信 微博 【打印】【关闭】</div>
<div class="footer">主办：{html.escape(site)}　ICP备案号：皖ICP备05001234号</div></body></html>"""
