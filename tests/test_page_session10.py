"""Session 10, page side: layouts that the blind pages showed or that sites of other kinds use.

- A label grid around the article (标题 | …, 发布日期 | …, 资料来源 | …, 内容 | the article): the
  body is the value cell of the content row, the metadata comes from the label rows (a Taiwan
  county's 市府新聞, a mainland 信息公开 table, a Macau department, an old county site).
- A closing credit in brackets at the body's end names the author (（县水产技术推广站 刘建国）).
- Small layouts of kinds the invented pages do not cover yet.

Ids name the kind of site; the pages are written here in its style.
"""

from __future__ import annotations

from typing import Any

import pytest

from gov_facts import extract

_TEXT_A = (
    "今年以来，全市各项工作稳步推进，共完成固定资产投资125.6亿元，同比增长6.2%，"
    "增速高于全省平均水平1.3个百分点。"
)
_TEXT_B = "下一步，将继续加大项目建设力度，确保全年目标任务顺利完成，为经济社会高质量发展提供有力支撑。"
_TEXT_TW = (
    "本府今（15）日公布統計，本市上半年出生數為2,146人，較去年同期增加73人，增幅3.52%，居全國各縣市第1名。"
)
_TEXT_TW2 = "市府表示，將持續推動公共托育及親子館等措施，營造友善育兒環境，讓年輕家庭安心生養。"


def _record(html: str, name: str = "page.html") -> dict[str, Any]:
    return extract(html.encode("utf-8"), name).to_dict()


def _page(title: str, inner: str, head: str = "", site: str = "") -> str:
    """A page with navigation and a footer around ``inner``."""
    return (
        f'<html><head><meta charset="utf-8"><title>{title}{site}</title>{head}</head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/news/">新闻中心</a> '
        '<a href="/gk/">政务公开</a></div>'
        f'<div class="main">{inner}</div>'
        '<div class="footer">主办单位：某某人民政府办公室 地址：人民路1号 备案号：某ICP备05008271号</div>'
        "</body></html>"
    )


# --- a label grid around the article --------------------------------------------------------

_GRIDS = [
    pytest.param(
        "<table class='cp' summary='新聞內容'>"
        "<tr><th>標題</th><td>竹市上半年出生數逆勢成長</td></tr>"
        "<tr><th>發布日期</th><td>114-07-15</td></tr>"
        "<tr><th>發布單位</th><td>新竹市政府</td></tr>"
        "<tr><th>資料來源</th><td>民政處</td></tr>"
        f"<tr><th>內容</th><td><p>{_TEXT_TW}</p><p>{_TEXT_TW2}</p></td></tr>"
        "<tr><th>附件</th><td><a href='/f.pdf'>114年6月人口統計表.pdf</a></td></tr></table>",
        "竹市上半年出生數逆勢成長",
        ("2025-07-15", "民政處", None),
        id="tw-county: th labels, an ROC date with dashes, 資料來源 under 發布單位",
    ),
    pytest.param(
        "<table width='100%' border='1'>"
        "<tr><td>索 引 号：</td><td>11330100002504827K/2024-00123</td>"
        "<td>发布机构：</td><td>市统计局</td></tr>"
        "<tr><td>标　　题：</td><td colspan='3'>全市上半年经济运行情况</td></tr>"
        "<tr><td>发布日期：</td><td>2024-07-18</td><td>文　　号：</td><td></td></tr>"
        f"<tr><td>正文</td><td colspan='3'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></td></tr></table>",
        "全市上半年经济运行情况",
        ("2024-07-18", None, None),
        id="mainland-xxgk: a four-column 信息公开 grid, the article in its 正文 row",
    ),
    pytest.param(
        "<table class='news_table'>"
        "<tr><td class='lbl'>標題</td><td>本澳第二季失業率為1.9%</td></tr>"
        "<tr><td class='lbl'>發佈日期</td><td>2025/08/12</td></tr>"
        "<tr><td class='lbl'>新聞來源</td><td>統計暨普查局</td></tr>"
        f"<tr><td class='lbl'>詳細內容</td><td>{_TEXT_TW}<br/><br/>{_TEXT_TW2}</td></tr></table>",
        "本澳第二季失業率為1.9%",
        ("2025-08-12", "統計暨普查局", None),
        id="mo-department: td labels, the article cut by <br> in its 詳細內容 row",
    ),
    pytest.param(
        "<table>"
        "<tr><td>标题：</td><td>县农业农村局召开春耕生产推进会</td></tr>"
        "<tr><td>来源：</td><td>县农业农村局</td></tr>"
        "<tr><td>作者：</td><td>张伟</td></tr>"
        "<tr><td>时间：</td><td>2023-03-02</td></tr>"
        f"<tr><td>内容：</td><td>&nbsp;&nbsp;&nbsp;&nbsp;{_TEXT_A}<br>&nbsp;&nbsp;&nbsp;&nbsp;{_TEXT_B}</td></tr>"
        "</table>",
        "县农业农村局召开春耕生产推进会",
        ("2023-03-02", "县农业农村局", "张伟"),
        id="old-county: labels with colons, &nbsp; indents, an author row",
    ),
    pytest.param(
        "<table>"
        "<tr><td colspan='2' align='center'><b>区财政局关于下达专项资金的通知</b></td></tr>"
        "<tr><td>发文单位</td><td>区财政局</td></tr>"
        "<tr><td>成文日期</td><td>2022年11月3日</td></tr>"
        f"<tr><td colspan='2'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></td></tr></table>",
        "区财政局关于下达专项资金的通知",
        ("2022-11-03", None, None),
        id="district-notice: the article in a spanning row with no label of its own",
    ),
]


@pytest.mark.parametrize(("grid", "title", "want"), _GRIDS)
def test_a_label_grid_around_the_article(grid: str, title: str, want: tuple[str | None, ...]) -> None:
    rec = _record(_page(title, grid))
    published, source, author = want
    text = rec["text"]
    assert text.split("\n")[0] in (_TEXT_A, _TEXT_TW, "\u00a0" * 4 + _TEXT_A)
    assert text.rstrip().endswith((_TEXT_B, _TEXT_TW2))
    assert rec["title"] == title
    assert (rec["published_at"] or "").startswith(published or "")
    assert rec["source"] == source
    assert rec["author"] == author
    for label in ("發布日期", "发布日期", "資料來源", "內容", "正文", "附件", "索 引 号", "来源："):
        assert label not in text


_NOT_GRIDS = [
    pytest.param(
        "<table><tr><th>指标</th><th>绝对数</th><th>增长（%）</th><th>说明</th></tr>"
        "<tr><td>地区生产总值</td><td>1234.5</td><td>5.6</td>"
        f"<td><p>{_TEXT_A}</p><p>{_TEXT_B}</p></td></tr>"
        "<tr><td>工业增加值</td><td>456.7</td><td>6.1</td><td>规模以上</td></tr></table>",
        3,
        id="bulletin: a table of values with a long note cell stays a table (rows of more than two cells)",
    ),
    pytest.param(
        "<table><tr><td>项目</td><td>金额（万元）</td></tr><tr><td>基本支出</td><td>3210</td></tr>"
        "<tr><td>项目支出</td><td>1450</td></tr></table>",
        3,
        id="budget: a two-column table of values, no cell holding paragraphs",
    ),
    pytest.param(
        "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>2315</td></tr>"
        "<tr><td>行政处罚</td><td>682</td></tr></table>",
        3,
        id="invented-xxgk-annual-report: 信息内容 heading a column of values is no content row",
    ),
]


@pytest.mark.parametrize(("table", "rows"), _NOT_GRIDS)
def test_a_table_of_values_is_no_label_grid(table: str, rows: int) -> None:
    inner = f"<h1>全市财政预算执行情况</h1><p>{_TEXT_A}</p>{table}<p>{_TEXT_B}</p>"
    rec = _record(_page("全市财政预算执行情况", inner))
    assert sum("\t" in line for line in rec["text"].split("\n")) == rows


# --- a closing credit in brackets names the author --------------------------------------------

_CREDITS = [
    pytest.param("（县水产技术推广站 刘建国）", "刘建国", id="invented-fisheries: a unit then the name"),
    pytest.param("（通讯员 张三）", "张三", id="written-county-news: a correspondent's credit"),
    pytest.param("（通讯员张三丰）", "张三丰", id="written-county-news: role and name without a space"),
    pytest.param("（作者单位：市统计局 王明）", "王明", id="written-stats-journal: 作者单位 then the name"),
    pytest.param("（區衛生所　陳美玲）", "陳美玲", id="written-tw-township: a full-width space, traditional"),
    pytest.param("（作者单位：泽安县统计局）", None, id="written-stats-journal: the unit alone is no author"),
    pytest.param("（责任编辑 周敏）", None, id="written-county-news: an editor's credit is no author"),
    pytest.param("（摄影 李华）", None, id="written-county-news: a photographer's credit is no author"),
    pytest.param("（县农业农村局 供稿）", None, id="written-county-news: 供稿 after a unit is no name"),
]


@pytest.mark.parametrize(("credit", "author"), _CREDITS)
def test_a_closing_credit_in_brackets_names_the_author(credit: str, author: str | None) -> None:
    inner = (
        f"<h1>县渔业经济运行稳中有进</h1><div class='content'><p>{_TEXT_A}</p><p>{_TEXT_B}</p>"
        f"<p>{credit}</p></div>"
    )
    rec = _record(_page("县渔业经济运行稳中有进", inner))
    assert rec["author"] == author
