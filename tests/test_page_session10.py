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
        f"<tr><td>内容：</td><td>&nbsp;&nbsp;&nbsp;&nbsp;{_TEXT_A}"
        f"<br>&nbsp;&nbsp;&nbsp;&nbsp;{_TEXT_B}</td></tr>"
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
    pytest.param(
        "确保春播顺利推进。（县农业农村局 李春燕）",
        "李春燕",
        id="invented-agri-farmland: after the last sentence",
    ),
    pytest.param("文字：张三", "张三", id="written-wechat: a credit line naming the writer by 文字"),
    pytest.param(
        "（记者 刘思源 通讯员 蒋文）", "刘思源", id="written-devzone: reporter and correspondent, alone"
    ),
    pytest.param("文/图 张三", "张三", id="written-county-news: 文/图 before the name"),
    pytest.param("图/文 李四", "李四", id="written-township: 图/文 before the name"),
    pytest.param("文 王五", "王五", id="written-magazine: 文 and a space"),
    pytest.param("文化建设", None, id="written-county-news: 文 opening a word is no credit"),
    pytest.param("图 李华", None, id="written-county-news: the pictures alone credit no writer"),
    pytest.param("撰稿：李四、王五", "李四、王五", id="written-provincial: 撰稿 with two names"),
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


# --- layouts of kinds the invented pages do not cover -------------------------------------------

_OLD_TD_PAGE = (
    "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
    "<title>县人社局开展春风行动专场招聘会--某某县人民政府</title></head><body>"
    "<table width='980' align='center'><tr><td><img src='/images/banner.jpg'></td></tr>"
    "<tr><td><a href='/'>首页</a> | <a href='/zwgk/'>政务公开</a> | "
    "<a href='/bsfw/'>办事服务</a></td></tr></table>"
    "<table width='980' align='center'><tr><td width='200' valign='top'>"
    "<a href='/a/1.html'>县长信箱</a><br><a href='/a/2.html'>依申请公开</a>"
    "<br><a href='/a/3.html'>网上办事</a></td>"
    "<td valign='top'><table width='100%'><tr><td align='center'>"
    "<font size='4'><b>县人社局开展春风行动专场招聘会"
    "</b></font></td></tr>"
    "<tr><td align='center'>发布时间：2021-02-26 　来源：县人社局 　作者：李红 　点击数：356</td></tr>"
    "<tr><td class='txt'>&nbsp;&nbsp;&nbsp;&nbsp;2月25日，县人社局在人力资源市场举办春风行动专场招聘会，"
    "共有86家企业进场招聘，提供就业岗位2150个，现场达成就业意向426人。<br>"
    "&nbsp;&nbsp;&nbsp;&nbsp;招聘会上，县人社局还"
    "设立政策咨询台，向求职者发放就业创业政策宣传资料1200余份。<br>"
    "&nbsp;&nbsp;&nbsp;&nbsp;下一步，县人社局将持续开展线上线下招聘活动，全力保障企业用工需求。</td></tr>"
    "<tr><td align='right'>责任编辑：王芳</td></tr></table></td></tr></table>"
    "<table width='980' align='center'><tr><td align='center'>主办：某某县人民政府办公室 "
    "备案号：某ICP备05012345号</td></tr></table></body></html>"
)

_META_DATE_PAGE = (
    "<html><head><meta charset='utf-8'><meta name='PubDate' content='2024-05-12 09:30'>"
    "<meta name='ContentSource' content='市发展改革委'>"
    "<title>我市一季度重大项目建设开局良好_市发展改革委</title></head><body>"
    "<div class='nav'><a href='/'>首页</a> &gt; <a href='/xwzx/'>新闻中心</a></div>"
    "<div class='article'><h1>我市一季度重大项目建设开局良好</h1>"
    "<div class='TRS_Editor'><p>一季度，全市312个省市重大项目完成投资485.6亿元，完成年度计划的27.3%，"
    "同比增长8.9%。</p><p>其中，新开工项目68个，总投资326.4亿元；竣工项目21个。</p></div></div>"
    "<div class='footer'>版权所有：某某市发展和改革委员会</div></body></html>"
)

_URL_DATE_PAGE = (
    "<html><head><meta charset='utf-8'>"
    "<link rel='canonical' href='http://www.example.gov.cn/xwzx/2024-05/12/content_4471.htm'>"
    "<title>全市夏粮收购工作有序推进</title></head><body>"
    "<div class='top'><a href='/'>网站首页</a> <a href='/xwzx/'>新闻中心</a></div>"
    "<div class='content'><h2>全市夏粮收购工作有序推进</h2>"
    "<p>截至目前，全市累计收购小麦28.6万吨，同比增加3.1万吨，开放收购网点146个。</p>"
    "<p>市粮食和储备局表示，将加强市场监测，切实保护种粮农民利益，确保“有人收粮、有钱收粮、有库装粮”。</p>"
    "</div><div class='footer'>主办单位：某某市人民政府</div></body></html>"
)

_WECHAT_PAGE = (
    "<html><head><meta charset='utf-8'><meta property='og:title' content='全省外贸进出口总值同比增长6.1%'>"
    "<meta property='og:site_name' content='微信公众平台'>"
    "<title>全省外贸进出口总值同比增长6.1%</title></head><body>"
    "<div id='js_article' class='rich_media'><h1 class='rich_media_title' id='activity-name'>"
    "全省外贸进出口总值同比增长6.1%</h1>"
    "<div class='rich_media_meta_list'><span class='rich_media_meta rich_media_meta_text'>省统计局</span>"
    "<a id='js_name'>某某统计</a><em id='publish_time' class='rich_media_meta rich_media_meta_text'>"
    "2024-08-20 18:05</em></div>"
    "<div class='rich_media_content' id='js_content' style='visibility: hidden;'>"
    "<section><p>据海关统计，前7个月全省外贸进出口总值3216.8亿元，同比增长6.1%。</p>"
    "<p>其中，出口2105.3亿元，增长8.4%；进口1111.5亿元，增长2.0%。</p>"
    "<p>来源：省统计局</p><p>编辑：赵敏</p></section></div></div>"
    "<div class='qr_code_pc'>微信扫一扫关注该公众号</div>"
    '<script>var ct = "1724148300";</script></body></html>'
)

_RELATED_PAGE = (
    "<html><head><meta charset='utf-8'><title>区市场监管局开展节前食品安全检查_某某区人民政府</title></head>"
    "<body><div class='head'><a href='/'>首页</a></div>"
    "<div class='main'><div class='art'><h1>区市场监管局开展节前食品安全检查</h1>"
    "<div class='info'>发布时间：2023-09-26　信息来源：区市场监管局</div>"
    "<div class='txt'><p>中秋、国庆将至，区市场监管局组织开展节前食品安全专项检查，共出动执法人员126人次，"
    "检查食品经营户382家，责令整改问题31个。</p>"
    "<p>检查中，执法人员重点查看了月饼等节令食品的进货查验记录和标签标识。</p></div></div>"
    "<div class='art2'><h3><a href='/xw/1203.html'>区市场监管局召开电梯安全工作推进会</a></h3>"
    "<p>9月20日，区市场监管局召开全区电梯安全工作推进会，通报今年以来全区电梯安全检查情况，"
    "共检查电梯1465台，发现隐患82处。</p></div></div>"
    "<div class='foot'>主办：某某区人民政府</div></body></html>"
)

_PAGED_PAGE = (
    "<html><head><meta charset='utf-8'>"
    "<title>2023年全县国民经济和社会发展统计公报-某某县统计局</title></head>"
    "<body><div class='nav'><a href='/'>首页</a></div><div class='detail'>"
    "<h1>2023年全县国民经济和社会发展统计公报</h1>"
    "<div class='meta'>发布日期：2024-03-28 　来源：县统计局</div>"
    "<div class='detail_content'>"
    "<p>初步核算，全年全县地区生产总值326.8亿元，按不变价格计算，比上年增长5.8%。</p>"
    "<p>全年全县一般公共预算收入18.6亿元，比上年增长7.2%。</p></div>"
    "<div class='page'><span>1</span> <a href='content_2.html'>2</a> <a href='content_3.html'>3</a>"
    " <a href='content_2.html'>下一页</a></div></div>"
    "<div class='footer'>主办：某某县统计局</div></body></html>"
)

_TITLE_ONLY_PAGE = (
    "<html><head><meta charset='utf-8'>"
    "<title>全区秋粮喜获丰收 总产量创历史新高 - 某某区农业农村局</title></head>"
    "<body><div class='nav'><a href='/'>首页</a> <a href='/news/'>工作动态</a></div>"
    "<div class='box'><div class='date'>2022-10-18</div>"
    "<div class='con'><p>今年全区秋粮播种面积42.6万亩，总产量21.3万吨，比上年增加1.2万吨，创历史新高。</p>"
    "<p>其中，玉米产量15.8万吨，水稻产量4.1万吨。</p></div></div>"
    "<div class='foot'>某某区农业农村局 版权所有</div></body></html>"
)

_XXGK_PAGE = (
    "<html><head><meta charset='utf-8'><title>关于下达2024年第二批农业产业发展资金的通知</title></head><body>"
    "<div class='nav'><a href='/'>首页</a> &gt; <a href='/xxgk/'>信息公开</a></div>"
    "<div class='xxgk_head'><table>"
    "<tr><td>索引号：</td><td>11331100MB1234567X/2024-01235</td><td>发布机构：</td><td>县财政局</td></tr>"
    "<tr><td>成文日期：</td><td>2024-06-03</td><td>发布日期：</td><td>2024-06-11</td></tr>"
    "<tr><td>文号：</td><td>某财农〔2024〕21号</td><td>主题分类：</td><td>财政</td></tr></table></div>"
    "<h1>关于下达2024年第二批农业产业发展资金的通知</h1>"
    "<div class='zwnr'><p>各乡镇人民政府：</p>"
    "<p>根据有关规定，现下达2024年第二批农业产业发展资金8"
    "60万元，用于支持特色产业基地建设，请抓紧拨付使用。</p>"
    "<p>县财政局</p><p>2024年6月3日</p></div>"
    "<div class='footer'>主办：某某县人民政府</div></body></html>"
)

_LAYOUTS = [
    pytest.param(
        _OLD_TD_PAGE,
        "2月25日，县人社局在人力资源市场举办",
        "全力保障企业用工需求。",
        {
            "title": "县人社局开展春风行动专场招聘会",
            "published_at": "2021-02-26",
            "source": "县人社局",
            "author": "李红",
            "editor": "王芳",
        },
        id="old-county-site: a layout table, the article in a <td> cut by <br> with &nbsp; indents",
    ),
    pytest.param(
        _META_DATE_PAGE,
        "一季度，全市312个省市重大项目",
        "竣工项目21个。",
        {
            "title": "我市一季度重大项目建设开局良好",
            "published_at": "2024-05-12T09:30",
            "source": None,
            "author": None,
            "editor": None,
        },
        id="city-portal: the date only in <meta name=PubDate>; an unshown ContentSource is no source",
    ),
    pytest.param(
        _URL_DATE_PAGE,
        "截至目前，全市累计收购小麦",
        "有库装粮”。",
        {
            "title": "全市夏粮收购工作有序推进",
            "published_at": "2024-05-12",
            "source": None,
            "author": None,
            "editor": None,
        },
        id="city-portal: the date only in the URL (/2024-05/12/)",
    ),
    pytest.param(
        _WECHAT_PAGE,
        "据海关统计，前7个月全省外贸进出口总值",
        "进口1111.5亿元，增长2.0%。",
        {
            "title": "全省外贸进出口总值同比增长6.1%",
            "published_at": "2024-08-20T18:05",
            "source": "省统计局",
            "author": None,
            "editor": "赵敏",
        },
        id="wechat-reprint: js_content hidden until a script shows it, the credits at its end",
    ),
    pytest.param(
        _RELATED_PAGE,
        "中秋、国庆将至，区市场监管局",
        "进货查验记录和标签标识。",
        {
            "title": "区市场监管局开展节前食品安全检查",
            "published_at": "2023-09-26",
            "source": "区市场监管局",
            "author": None,
            "editor": None,
        },
        id="district-portal: a second article block below, a related item with its summary",
    ),
    pytest.param(
        _PAGED_PAGE,
        "初步核算，全年全县地区生产总值",
        "比上年增长7.2%。",
        {
            "title": "2023年全县国民经济和社会发展统计公报",
            "published_at": "2024-03-28",
            "source": "县统计局",
            "author": None,
            "editor": None,
        },
        id="county-bulletin: the first of numbered pages 1 2 3 with 下一页",
    ),
    pytest.param(
        _TITLE_ONLY_PAGE,
        "今年全区秋粮播种面积",
        "水稻产量4.1万吨。",
        {
            "title": "全区秋粮喜获丰收 总产量创历史新高",
            "published_at": "2022-10-18",
            "source": None,
            "author": None,
            "editor": None,
        },
        id="district-bureau: no headline on the page, only <title> with the site's name",
    ),
    pytest.param(
        _XXGK_PAGE,
        "各乡镇人民政府：",
        "2024年6月3日",
        {
            "title": "关于下达2024年第二批农业产业发展资金的通知",
            "published_at": "2024-06-11",
            "source": None,
            "author": None,
            "editor": None,
        },
        id="county-xxgk: 成文日期 and 发布日期 differ, the publish date is 发布日期",
    ),
]


@pytest.mark.parametrize(("html", "starts", "ends", "want"), _LAYOUTS)
def test_a_layout_gives_body_and_metadata(
    html: str, starts: str, ends: str, want: dict[str, str | None]
) -> None:
    rec = _record(html)
    text = rec["text"].strip().replace("\u00a0", " ").strip()
    assert text.startswith(starts)
    assert text.endswith(ends)
    got = {k: rec[k] for k in want}
    if want["published_at"] and got["published_at"]:
        got["published_at"] = got["published_at"][: len(want["published_at"])]
    assert got == want


# --- the day a page's URL files it under --------------------------------------------------------

_URL_DAYS = [
    pytest.param(
        "http://www.example.gov.cn/xwzx/2024-05/12/content_4471.htm",
        "2024-05-12",
        id="xinhua-style: /2024-05/12/content_N",
    ),
    pytest.param(
        "https://www.example.gov.cn/zwgk/202405/t20240512_4471234.html",
        "2024-05-12",
        id="trs-cms: /202405/t20240512_N.html",
    ),
    pytest.param(
        "https://www.example.gov.cn/art/2023/9/26/art_1229_7712.html",
        "2023-09-26",
        id="jcms-zhejiang: /art/2023/9/26/art_…",
    ),
    pytest.param(
        "http://news.example.com/2022/1018/c1001-32548.html", "2022-10-18", id="people-style: /2022/1018/c…"
    ),
    pytest.param(
        "https://www.example.gov.tw/News_Content.aspx?n=123&s=45678",
        None,
        id="tw-portal: a query of ids, no day",
    ),
    pytest.param("https://www.example.gov.cn/zwgk/2024/notice_88.html", None, id="year folder only: no day"),
    pytest.param(
        "https://www.example.gov.cn/xwzx/2024-13/45/content_1.htm", None, id="no calendar day: 2024-13/45"
    ),
]


@pytest.mark.parametrize(("url", "day"), _URL_DAYS)
def test_the_day_a_url_files_a_page_under(url: str, day: str | None) -> None:
    from gov_facts.page.publish_date import url_day

    found = url_day(url)
    assert (found.iso if found else None) == day


def test_a_shown_date_beats_the_urls_day() -> None:
    html = _URL_DATE_PAGE.replace(
        "<h2>全市夏粮收购工作有序推进</h2>",
        "<h2>全市夏粮收购工作有序推进</h2><div class='info'>发布时间：2024-05-13 10:02</div>",
    )
    assert (_record(html)["published_at"] or "").startswith("2024-05-13T10:02")


_WECHAT_CREDITS_PAGE = (
    "<html><head><meta charset='utf-8'><meta property='og:site_name' content='微信公众平台'>"
    "<title>前7个月全省外贸稳中有进</title></head><body>"
    "<div id='js_article'><h1 class='rich_media_title' id='activity-name'>前7个月全省外贸稳中有进</h1>"
    "<div id='meta_content'><a id='js_name'>某某发布</a><em id='publish_time'>2024年8月20日 18:05</em></div>"
    f"<div class='rich_media_content' id='js_content' style='visibility: hidden;'><section><p>{_TEXT_A}</p>"
    f"<p>{_TEXT_B}</p><p>文字：张三</p><p>编辑：李四</p><p>审核：王五</p>"
    "<p>来源：省商务厅</p></section></div>"
    "</div></body></html>"
)

_WECHAT_REPOST_PAGE = (
    "<html><head><meta charset='utf-8'><title>前7个月全省外贸稳中有进</title></head><body>"
    "<div id='js_article'><h1 class='rich_media_title'>前7个月全省外贸稳中有进</h1>"
    "<div id='meta_content'><a id='js_name'>某某发布</a><em id='publish_time'></em></div>"
    "<div id='js_content' style='visibility: hidden;'><p>转自：省商务厅网站</p>"
    f"<p>{_TEXT_A}</p><p>{_TEXT_B}</p>"
    "<p>责任编辑：李四</p></div></div>"
    '<script>var ct = "1724148300";</script></body></html>'
)

_SITE_FIRST_PAGE = (
    "<html><head><meta charset='utf-8'>"
    "<title>某某区农业农村局-工作动态-全区秋粮喜获丰收 总产量创历史新高</title></head><body>"
    "<div class='nav'><a href='/'>首页</a></div><div class='box'><span class='time'>时间：2022-10-18</span>"
    f"<div class='con'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></div></div></body></html>"
)

_SPAN_CELLS_PAGE = (
    "<html><head><meta charset='utf-8'><title>关于印发某某实施方案的通知</title></head><body>"
    "<ul class='xxgk-info'><li><span>索 引 号</span><span>1133/2024-00099</span></li>"
    "<li><span>发布机构</span><span>县发改局</span></li><li><span>成文日期</span><span>2024-04-02</span></li>"
    "<li><span>发布日期</span><span>2024-04-09</span></li></ul>"
    f"<h1>关于印发某某实施方案的通知</h1><div class='zw'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></div></body></html>"
)

_MORE_LAYOUTS = [
    pytest.param(
        _WECHAT_CREDITS_PAGE,
        {"author": "张三", "editor": "李四", "source": "省商务厅", "published_at": "2024-08-20T18:05"},
        id="wechat: a run of credit lines at the end (文字, 编辑, 审核, 来源)",
    ),
    pytest.param(
        _WECHAT_REPOST_PAGE,
        {"source": "省商务厅网站", "editor": "李四", "published_at": "2024-08-20T18:05"},
        id="wechat-repost: 转自 over the text names the source, the date only in var ct",
    ),
    pytest.param(
        _SITE_FIRST_PAGE,
        {
            "title": "全区秋粮喜获丰收 总产量创历史新高",
            "site": "某某区农业农村局",
            "published_at": "2022-10-18",
        },
        id="district-bureau: <title> puts the site and the column first, no headline on the page",
    ),
    pytest.param(
        _SPAN_CELLS_PAGE,
        {"index_number": "1133/2024-00099", "publisher": "县发改局", "published_at": "2024-04-09"},
        id="county-xxgk: label and value spans glued in a list, no colon (索 引 号1133/…)",
    ),
]


@pytest.mark.parametrize(("html", "want"), _MORE_LAYOUTS)
def test_more_layouts_give_their_metadata(html: str, want: dict[str, str]) -> None:
    rec = _record(html)
    got = {k: rec[k] for k in want}
    if got.get("published_at"):
        got["published_at"] = got["published_at"][: len(want["published_at"])]
    assert got == want
    assert rec["text"].startswith(_TEXT_A) and rec["text"].endswith(_TEXT_B)


_TITLES = [
    pytest.param(
        "某某区农业农村局-工作动态-全区秋粮喜获丰收 总产量创历史新高",
        ("全区秋粮喜获丰收 总产量创历史新高", "某某区农业农村局"),
        id="district-bureau: site, column, headline",
    ),
    pytest.param(
        "某某市人民政府_政务公开_关于做好2024年春季农业生产工作的通知",
        ("关于做好2024年春季农业生产工作的通知", "某某市人民政府"),
        id="city-portal: site, column, notice",
    ),
    pytest.param(
        "全区秋粮喜获丰收_工作动态_某某区农业农村局",
        ("全区秋粮喜获丰收", "某某区农业农村局"),
        id="district-bureau: headline first (read before)",
    ),
    pytest.param(
        "秋粮丰收-全区总产量创历史新高",
        ("秋粮丰收-全区总产量创历史新高", None),
        id="county-news: two parts of one headline, no site, stay whole",
    ),
    pytest.param(
        "工作动态-通知公告-全县农机购置补贴申请办理指南",
        ("工作动态-通知公告-全县农机购置补贴申请办理指南", None),
        id="county-portal: columns first but no office named: left as it was",
    ),
]


@pytest.mark.parametrize(("raw", "want"), _TITLES)
def test_a_title_that_puts_the_site_first(raw: str, want: tuple[str, str | None]) -> None:
    from gov_facts.page.metadata import split_title
    from gov_facts.rules.patterns import load_patterns

    rules = load_patterns().metadata
    got = split_title(raw, rules.title_separators, rules.not_site_prefixes, None, rules.office_suffixes)
    assert got == want


# --- a 信息公开 strip just above the headline -----------------------------------------------------

_STRIPS = [
    pytest.param(
        "<table><tr><td class='xxgk'>索引号：XC-01305-2024-000412&nbsp;&nbsp;公开方式：主动公开&nbsp;&nbsp;"
        "公开时限：长期公开</td></tr><tr><td class='biaoti'><strong>{title}</strong></td></tr>"
        "<tr><td class='laiyuan'>信息来源：市生态环境局&nbsp;&nbsp;发布日期：2024-06-05</td></tr></table>",
        {"index_number": "XC-01305-2024-000412", "source": "市生态环境局"},
        id="invented-city-eco: one strip line of three labels over the headline cell",
    ),
    pytest.param(
        "<table class='xxgk'><tr>"
        "<td>索引号：11610800MB2953117X/2024-00006</td><td>发布机构：榆川市残疾人联合会</td>"
        "</tr></table><div class='title'><h2>{title}</h2></div>"
        "<div class='info'>发布日期：2024-01-19 来源：市残联</div>",
        {
            "index_number": "11610800MB2953117X/2024-00006",
            "publisher": "榆川市残疾人联合会",
            "source": "市残联",
        },
        id="invented-disabled-federation: a one-row grid of two labelled cells over the headline",
    ),
    pytest.param(
        "<div class='xxgk-bar'><span>索 引 号：000014349/2023-00871</span> <span>主题分类：财政</span></div>"
        "<div class='xxgk-bar'><span>文　　号：皖财预〔2023〕112号</span></div><h1>{title}</h1>"
        "<div class='info'>时间：2023-05-08</div>",
        {"index_number": "000014349/2023-00871", "doc_number": "皖财预〔2023〕112号"},
        id="written-provincial: two strip lines of spans over the h1",
    ),
    pytest.param(
        "<div class='side'><p>来源：某某日报</p></div>"
        "<div class='crumb'>当前位置：首页 &gt; 要闻</div><h1>{title}</h1>"
        "<div class='info'>发布时间：2023-05-08 来源：市政府办公室</div>",
        {"source": "市政府办公室", "index_number": None},
        id="written-city-portal: a sidebar's 来源 line above the breadcrumb is not the page's",
    ),
]


@pytest.mark.parametrize(("head", "want"), _STRIPS)
def test_a_label_strip_above_the_headline(head: str, want: dict[str, str | None]) -> None:
    title = "关于做好2024年度重点工作的通知"
    inner = head.format(title=title) + f"<div class='zw'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></div>"
    rec = _record(_page(title, inner))
    assert {k: rec[k] for k in want} == want
    assert rec["text"].startswith(_TEXT_A)


# --- a time of day under a label of its own beside the labelled date ------------------------------

_TIMES = [
    pytest.param(
        "<span>發布日期：2025年10月27日</span> <span>發布時間：16:30</span> <span>主題：對外貿易</span>",
        "2025-10-27T16:30",
        id="invented-hk-censtatd: 發布日期 and 發布時間 apart",
    ),
    pytest.param(
        "<span>发布日期：2024-03-28</span>　<span>发布时间：09:15:20</span>",
        "2024-03-28T09:15:20",
        id="written-provincial: 发布日期 then 发布时间 to the second",
    ),
    pytest.param(
        "<span>日期：2025/08/12</span> <span>時間：17:05</span>",
        "2025-08-12T17:05",
        id="written-mo-department: 日期 and 時間",
    ),
    pytest.param(
        "<span>发布日期：2024-03-28</span> <span>浏览次数：1234</span>",
        "2024-03-28",
        id="written-county: no time printed, the date alone",
    ),
]


@pytest.mark.parametrize(("info", "published"), _TIMES)
def test_a_labelled_time_beside_the_labelled_date(info: str, published: str) -> None:
    title = "九月份对外商品贸易统计"
    inner = (
        f"<h1>{title}</h1><div class='info'>{info}</div>"
        + f"<div class='zw'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></div>"
    )
    rec = _record(_page(title, inner))
    got = rec["published_at"] or ""
    assert got[: len(published)] == published
    assert len(got) == len(published) or "T" in published


# --- the closing mark of a press release, and a table's caption ---------------------------------

_CLOSES = [
    pytest.param("－完－", id="invented-hk-airport: 完 between full-width dashes"),
    pytest.param("-完-", id="written-hk-department: 完 between hyphens"),
    pytest.param("——完——", id="written-provincial: 完 between em dashes"),
    pytest.param("【完】", id="written-county-news: 完 in square brackets"),
    pytest.param("（完）", id="written-mainland: 完 in brackets (read before)"),
    pytest.param("完", id="hk-press-release: 完 alone (read before)"),
]


@pytest.mark.parametrize("mark", _CLOSES)
def test_the_closing_mark_is_not_text(mark: str) -> None:
    inner = (
        f"<h1>機場客運量持續回升</h1><div class='zw'><p>{_TEXT_TW}</p><p>{_TEXT_TW2}</p><p>{mark}</p></div>"
    )
    rec = _record(_page("機場客運量持續回升", inner))
    assert rec["text"].endswith(_TEXT_TW2)


_CAPTIONS = [
    pytest.param("主要勞動力指標", id="invented-mo-dsec: the caption of a table of indicators"),
    pytest.param("表1 114年2月消費者物價指數", id="invented-tw-dgbas: a numbered caption"),
    pytest.param("2024年全市主要经济指标", id="written-city-bulletin: a caption naming the year"),
]


@pytest.mark.parametrize("caption", _CAPTIONS)
def test_a_tables_caption_is_a_line_over_its_rows(caption: str) -> None:
    table = (
        f"<table><caption>{caption}</caption><tr><th>指標</th><th>數值</th></tr>"
        "<tr><td>總體失業率（%）</td><td>1.8</td></tr><tr><td>就業不足率（%）</td><td>1.1</td></tr></table>"
    )
    inner = f"<h1>就業調查結果</h1><div class='zw'><p>{_TEXT_TW}</p>{table}<p>{_TEXT_TW2}</p></div>"
    lines = _record(_page("就業調查結果", inner))["text"].split("\n")
    at = lines.index(caption)
    assert lines[at + 1] == "指標\t數值"


# --- credits that name nobody; a <title> holding only the site's name --------------------------

_T = "全市固定资产投资稳步增长"


def _news(info: str, head: str = "", title: str = _T, heading: str = f"<h1>{_T}</h1>") -> str:
    return _page(
        title,
        f"{heading}<div class='info'>{info}</div><div class='zw'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></div>",
        head,
    )


_NOBODY = [
    pytest.param(
        "发布时间：2024-05-12 来源：本站 作者：佚名",
        None,
        id="written-county-cms: 佚名, the anonymous author",
    ),
    pytest.param(
        "作者：管理员 发布时间：2024-05-12", None, id="written-township-site: the site's administrator"
    ),
    pytest.param("作者：admin 时间：2024-05-12", None, id="written-old-cms: the CMS's user name"),
    pytest.param("作者：小编 时间：2024-05-12", None, id="written-portal: 小编, the page's editor"),
    pytest.param("發布時間：2024-05-12 作者：本網", None, id="written-hk-portal: 本網"),
    pytest.param("作者：陈晨 发布时间：2024-05-12", "陈晨", id="written-city-portal: a person (read before)"),
]


@pytest.mark.parametrize(("info", "author"), _NOBODY)
def test_a_credit_naming_nobody_is_no_author(info: str, author: str | None) -> None:
    assert _record(_news(info))["author"] == author


_SITE_TITLES = [
    pytest.param(
        _news(
            "2024-05-12",
            "<meta name='ArticleTitle' content='全市固定资产投资稳步增长'>",
            "某某市人民政府门户网站",
            "<div class='logo'><h1>某某市人民政府</h1></div>",
        ),
        _T,
        id="written-city-portal: <title> the site's, its logo an h1; the meta title names the article",
    ),
    pytest.param(
        _news(
            "2024-05-12",
            "<meta name='ArticleTitle' content='全市固定资产投资稳步增长'>",
            f"{_T}_某某市人民政府",
        ),
        _T,
        id="written-city-portal: <title> and the meta title agree (read before)",
    ),
    pytest.param(
        _news("2024-05-12", "<meta name='ArticleTitle' content='全市投资增长'>", f"{_T}_某某市人民政府"),
        _T,
        id="written-city-portal: a short meta title that <title> does not carry; the h1 agrees with <title>",
    ),
]


@pytest.mark.parametrize(("html", "title"), _SITE_TITLES)
def test_a_title_tag_naming_only_the_site(html: str, title: str) -> None:
    assert _record(html)["title"] == title


# --- layouts read right before this session (kept so) -------------------------------------------

_KEPT = [
    pytest.param(
        _news(
            "【发布时间：2024-05-12 10:30】【来源：市统计局】"
            "【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】"
        ),
        {"published_at": "2024-05-12T10:30", "source": "市统计局"},
        id="written-county-cms: each label in square brackets, a font switch after them",
    ),
    pytest.param(
        _news("发布时间：2024年5月12日 10时30分　信息来源：市发改委"),
        {"published_at": "2024-05-12T10:30", "source": "市发改委"},
        id="written-provincial: a time written 10时30分",
    ),
    pytest.param(
        _news("文章来源：<a href='http://x'>市政府网</a>　发布日期：2024年05月12日"),
        {"published_at": "2024-05-12", "source": "市政府网"},
        id="written-city-portal: the source a link",
    ),
    pytest.param(
        "<!-- saved from url=(0066)http://www.example.gov.cn/xwzx/2024-05/12/content_4471.htm -->\n"
        + _page(_T, f"<h1>{_T}</h1><div class='zw'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></div>"),
        {"published_at": "2024-05-12", "source": None},
        id="saved-page: the date only in the URL a browser's 'saved from' comment keeps",
    ),
    pytest.param(
        _page(
            "市府新聞",
            f"<h3>{_T}</h3><div class='zw'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></div><ul class='info'>"
            "<li>發布日期：114-05-12</li><li>發布單位：主計處</li><li>資料來源：主計處</li></ul>",
        ),
        {"published_at": "2025-05-12", "source": "主計處"},
        id="tw-city: the labels in a list below the text, an ROC date",
    ),
]


@pytest.mark.parametrize(("html", "want"), _KEPT)
def test_a_layout_read_right_before(html: str, want: dict[str, str | None]) -> None:
    rec = _record(html)
    got = {k: rec[k] for k in want}
    if got.get("published_at") and want.get("published_at"):
        got["published_at"] = got["published_at"][: len(want["published_at"] or "")]
    assert got == want


# --- another article beside the page's own; a meta line the body takes in; <time datetime> -------

_R = (
    "9月20日，区市场监管局召开全区电梯安全工作推进会，通报今年以来全区电梯安全检查情况，共检查电梯1465台，"
    "发现隐患82处，已全部整改到位，会议要求各使用单位切实落实主体责任。"
)
_OWN = (
    f"<div class='art'><h1>{_T}</h1><div class='info'>发布时间：2024-05-12</div>"
    f"<div class='txt'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></div></div>"
)

_OTHERS = [
    pytest.param(
        "<div class='art2'><h3><a href='/x/1.html'>区市场监管局召开电梯安全工作推进会</a></h3>"
        f"<p>{_R}</p><p>{_R}</p><p>{_R}</p></div>",
        id="written-district-portal: a related item's linked headline over a summary longer than the article",
    ),
    pytest.param(
        f"<div class='next'><h2>下一篇：区市场监管局召开电梯安全工作推进会</h2><p>{_R}</p><p>{_R}</p></div>",
        id="written-county-portal: the next article's heading (下一篇) over its first paragraphs",
    ),
    pytest.param(
        "<div class='xgxw'><h2>相关新闻</h2><div class='item'><h3>"
        "<a href='/x/1.html'>区市场监管局召开电梯安全工作推进会</a>"
        f"</h3><p>{_R}</p><p>{_R}</p></div></div>",
        id="written-city-portal: 相关新闻 over one item (read before)",
    ),
]


@pytest.mark.parametrize("other", _OTHERS)
def test_another_article_below_is_not_the_body(other: str) -> None:
    text = _record(_page(_T, _OWN + other))["text"]
    assert text.startswith(_TEXT_A) and text.endswith(_TEXT_B)


def test_the_articles_own_linked_subheadings_keep_it_the_body() -> None:
    """A table of contents' link on the text's first subheading (href="#a") leads to this page:
    the block is not another article, and the short summary above it does not replace it."""
    html = (
        f"<html><head><meta charset='utf-8'><title>{_T}</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a></div><h1>{_T}</h1>"
        "<div class='summary'><p>摘要：全市投资保持较快增长，重大项目支撑有力。</p></div>"
        f"<div class='wenzhang'><h3><a href='#a'>一、总体情况</a></h3><p>{_TEXT_A}</p>"
        f"<h3><a href='#b'>二、下一步工作</a></h3><p>{_TEXT_B}</p><p>{_R}</p></div></body></html>"
    )
    text = _record(html)["text"]
    assert _TEXT_A in text and text.endswith(_R)


_META_LINES = [
    pytest.param("2024-05-12 来源：市发改委", id="written-city-portal: date then source"),
    pytest.param(
        "2024年5月12日 10:20　信息来源：市发改委　浏览次数：321",
        id="written-county-portal: date, source, views",
    ),
    pytest.param("【2024-05-12】【来源：市发改委】", id="written-county-cms: bracketed"),
]


@pytest.mark.parametrize("meta_line", _META_LINES)
def test_a_dated_meta_line_the_body_takes_in_is_not_text(meta_line: str) -> None:
    inner = (
        f"<h1>{_T}</h1><div class='info'>{meta_line}</div><div class='zw'><p>{_TEXT_A}</p></div>"
        "<div class='pic'><img src='a.jpg'><p>图为项目建设现场</p></div>"
        f"<div class='zw2'><p>{_TEXT_B}</p></div>"
    )
    rec = _record(_page(_T, inner))
    assert rec["text"].startswith(_TEXT_A)
    assert rec["source"] == "市发改委"
    assert (rec["published_at"] or "").startswith("2024-05-12")


_STAMPS = [
    pytest.param(
        f"<article><h1>{_T}</h1><time datetime='2024-05-12T08:00:00+08:00'>5月12日</time>"
        f"<div class='zw'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></div></article>",
        "2024-05-12T08:00",
        id="written-mo-portal: <time datetime> under the headline, the shown day without its year",
    ),
    pytest.param(
        f"<article><h1>{_T}</h1><div class='zw'><p>{_TEXT_A}</p><p>{_TEXT_B}</p></div></article>"
        "<ul class='list'><li><a href='/1.html'>区市场监管局召开推进会</a>"
        "<time datetime='2024-04-01'>04-01</time></li></ul>",
        None,
        id="written-city-portal: a <time> below the text dates a related item, not the page",
    ),
]


@pytest.mark.parametrize(("html", "published"), _STAMPS)
def test_a_time_element_above_the_text(html: str, published: str | None) -> None:
    got = _record(_page(_T, html))["published_at"]
    assert (got[: len(published)] if got and published else got) == published


# --- plain-text dumps of the same layouts -------------------------------------------------------

_GRID_DUMP = (
    "跳到主要內容區\n回首頁｜網站導覽｜English\n現在位置：首頁 > 最新消息 > 市府新聞\n"
    "標題\n竹市上半年出生數逆勢成長\n"
    "發布日期\n114-07-15\n發布單位\n新竹市政府\n資料來源\n民政處\n內容\n"
    f"{_TEXT_TW}\n{_TEXT_TW2}\n回上一頁\n"
)

_DUMPS = [
    pytest.param(
        _GRID_DUMP,
        {"title": "竹市上半年出生數逆勢成長", "published_at": "2025-07-15", "source": "民政處"},
        id="tw-county dump: a label grid copied cell by cell, each label alone on its line",
    ),
    pytest.param(
        "現在位置：首頁 > 最新消息 > 市府新聞\n發布日期\t114-07-15\n發布單位\t新竹市政府\n資料來源\t民政處\n"
        f"內容\t{_TEXT_TW}\n{_TEXT_TW2}\n",
        {"published_at": "2025-07-15", "source": "民政處"},
        id="tw-county dump: the grid copied row by row, label and value apart by a tab",
    ),
    pytest.param(
        "現在位置：首頁 > 最新消息 > 市府新聞\n標題\t竹市上半年出生數逆勢成長\n發布日期\t114-07-15\n"
        f"內容\t{_TEXT_TW}\n{_TEXT_TW2}\n",
        {"title": "竹市上半年出生數逆勢成長", "published_at": "2025-07-15"},
        id="tw-county dump: the 標題 row names the headline",
    ),
    pytest.param(
        "当前位置：首页 > 工作动态\n县渔业经济运行稳中有进\n发布时间：2023-02-21 来源：县农业农村局\n"
        f"{_TEXT_A}\n{_TEXT_B}\n"
        "（县水产技术推广站 刘建国）\n【责任编辑：周敏】\n",
        {
            "title": "县渔业经济运行稳中有进",
            "published_at": "2023-02-21",
            "author": "刘建国",
            "editor": "周敏",
        },
        id="county dump: a credit line under a short text is no metadata block above it",
    ),
]


@pytest.mark.parametrize(("dump", "want"), _DUMPS)
def test_a_dump_of_a_layout(dump: str, want: dict[str, str]) -> None:
    rec = _record(dump, "page.txt")
    assert {k: rec[k] for k in want} == want
    first = rec["text"].split("\n")[0]
    assert first in (_TEXT_TW, _TEXT_A)


_GRID_TITLES = [
    pytest.param(
        "<title>某某县人民政府</title>",
        "<tr><td>标题：</td><td>县发改局召开重点项目推进会</td></tr><tr><td>发布时间：</td><td>2023-03-02</td></tr>",
        "县发改局召开重点项目推进会",
        id="old-county: <title> the site's name, the headline a grid's 标题 row",
    ),
    pytest.param(
        "<title>新聞</title>",
        "<tr><td>日期</td><td>2025/08/12</td></tr><tr><td>標題</td><td>第二季失業率為1.9%</td></tr>",
        "第二季失業率為1.9%",
        id="mo-department: <title> a column's name, 標題 under the date",
    ),
    pytest.param(
        "<title>县发改局召开重点项目推进会_某某县人民政府</title>",
        "<tr><td>信息名称</td><td>县发改局召开重点项目推进会</td></tr><tr><td>发布日期</td><td>2023-03-02</td></tr>",
        "县发改局召开重点项目推进会",
        id="xxgk-grid: 信息名称 and <title> agree (read before)",
    ),
]


@pytest.mark.parametrize(("title_tag", "rows", "title"), _GRID_TITLES)
def test_a_grids_labelled_headline(title_tag: str, rows: str, title: str) -> None:
    html = (
        f"<html><head><meta charset='utf-8'>{title_tag}</head><body>"
        "<div class='nav'><a href='/'>首页</a></div>"
        f"<table>{rows}<tr><td>内容：</td><td><p>{_TEXT_A}</p><p>{_TEXT_B}</p></td></tr></table></body></html>"
    )
    rec = _record(html)
    assert rec["title"] == title
    assert rec["text"].startswith(_TEXT_A)


def test_a_bracketed_credit_stays_the_texts_close() -> None:
    inner = (
        f"<h1>{_T}</h1><div class='zw'><p>{_TEXT_A}</p><p>{_TEXT_B}</p><p>（记者 王明 通讯员 李华）</p></div>"
    )
    rec = _record(_page(_T, inner))
    assert rec["author"] == "王明"
    assert rec["text"].endswith("（记者 王明 通讯员 李华）")


_UNITS_AFTER = [
    pytest.param("作者：张三（市统计局）", "张三", id="written-city-portal: the writer's unit in brackets"),
    pytest.param(
        "作者：李四(县农业农村局)　发布时间：2024-05-12", "李四", id="written-county: half-width brackets"
    ),
    pytest.param("作者：王五", "王五", id="written-city-portal: a name alone (read before)"),
]


@pytest.mark.parametrize(("info", "author"), _UNITS_AFTER)
def test_a_unit_after_the_authors_name(info: str, author: str) -> None:
    assert _record(_news(info))["author"] == author


def test_a_long_cell_among_many_rows_of_values_stays_a_table() -> None:
    """A procurement notice's table: 采购需求 | 1.…<br>2.…<br>3.… is long and cut by <br>, but one row
    of many; the table is read by rows, each label with its value."""
    need = "<br>".join(
        f"{i}.采购安防监控设备一批，包括高清摄像机、硬盘录像机及配套线材，须满足招标文件技术参数要求。"
        for i in (1, 2, 3)
    )
    rows = "".join(
        f"<tr><td>{k}</td><td>{v}</td></tr>"
        for k, v in [
            ("项目编号", "QHZC-2023-0417"),
            ("项目名称", "县第一中学校园安防监控系统采购项目"),
            ("预算金额", "300万元"),
            ("最高限价", "298万元"),
            ("采购方式", "公开招标"),
            ("采购人", "清河县第一中学"),
            ("代理机构", "清河县政府采购中心"),
            ("联系人", "王老师"),
            ("联系电话", "0517-6839128"),
            ("开标时间", "2023年9月20日9时30分"),
            ("开标地点", "清河县公共资源交易中心第三开标室"),
            ("合同履行期限", "合同签订后60日内完成安装调试"),
            ("采购需求", need),
        ]
    )
    inner = (
        f"<h1>校园安防监控系统采购项目招标公告</h1><div class='zw'><p>{_TEXT_A}</p>"
        + f"<table>{rows}</table></div>"
    )
    lines = _record(_page("校园安防监控系统采购项目招标公告", inner))["text"].split("\n")
    assert "预算金额\t300万元" in lines


def test_a_content_row_among_many_rows_of_values_stays_a_table() -> None:
    rows = "".join(
        f"<tr><td>{k}</td><td>{v}</td></tr>"
        for k, v in [
            ("项目名称", "县第一中学校园安防监控系统采购项目，含设备供货、安装及调试"),
            ("预算金额", "300万元，超出预算的报价按无效投标处理"),
            ("内容", "采购高清摄像机、硬盘录像机及配套线材，须满足招标文件技术参数要求。"),
            ("采购人", "清河县第一中学，地址：清河县人民路18号，联系人：王老师"),
            ("代理机构", "清河县政府采购中心，地址：清河县政务服务中心三楼，联系人：李女士"),
            ("开标时间", "2023年9月20日9时30分，逾期送达的投标文件不予受理"),
        ]
    )
    inner = (
        f"<h1>校园安防监控系统采购项目招标公告</h1><div class='zw'><p>{_TEXT_A}</p>"
        + f"<table>{rows}</table></div>"
    )
    lines = _record(_page("校园安防监控系统采购项目招标公告", inner))["text"].split("\n")
    assert any(line.startswith("预算金额\t300万元") for line in lines)
