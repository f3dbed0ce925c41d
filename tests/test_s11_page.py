"""Session 11, page side: what closes a text and what stands at its foot, in the layouts of sites
the invented pages had not covered.

- An end mark closes the text (- 完 -, （完）, — END —): what follows it (a press contact block,
  past issues, credits) is not the article; a press contact block (傳媒查詢, 媒体查询, 新闻联系人)
  ends it too when no mark stands before it.
- A meta strip's spans printed with no space between them: a counter glued to a value (作者：刘洋
  阅读 2318) ends it.
- The footer of a block of text (HTML's <footer> in an <article>, a card's card-footer, a post's
  entry-footer) holds the article's date and credits: it is not the site's footer.
- A labelled value at the text's foot (发布日期：2024-10-29, 發布單位：…) is metadata, not text.
- The probe sweep: layouts read right already (dd/mm/yyyy, ROC date lines, ``:::`` accesskey
  anchors, an office as the author, a 信息公开 header table, captions under the text).

Ids name the kind of site; the pages are written here in its style (``invented-…`` rows follow a
blind page of batch 15).
"""

from __future__ import annotations

from typing import Any

import pytest

from gov_facts import extract

_A = "今年以来，全市共完成固定资产投资125.6亿元，同比增长6.2%，增速高于全省平均水平1.3个百分点。"
_B = "下一步，将继续加大项目建设力度，确保全年目标任务顺利完成，为高质量发展提供有力支撑。"
_TW_A = "本府今（15）日公布統計，本市上半年出生數為2,146人，較去年同期增加73人，增幅3.52%。"
_TW_B = "市府表示，將持續推動公共托育及親子館等措施，營造友善育兒環境，讓年輕家庭安心生養。"


def _record(html: str) -> dict[str, Any]:
    return extract(html.encode("utf-8"), "page.html").to_dict()


def _page(title: str, inner: str) -> str:
    """A page with a menu and the site's footer around ``inner``."""
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="'
        '/news/">新闻中心</a> <a href="/gk/">政务公开</a></div>'
        f'<div class="main">{inner}</div>'
        '<div class="footer">主办单位：某某人民政府办公室 地址：人民路1号 某ICP备05008271号</div>'
        "</body></html>"
    )


def _check(rec: dict[str, Any], ends: str, absent: tuple[str, ...], meta: dict[str, Any]) -> None:
    text = rec["text"].rstrip()
    assert text.endswith(ends), text[-80:]
    for chrome in absent:
        assert chrome not in text
    for name, want in meta.items():
        got = rec[name]
        if name == "published_at":
            assert (got or "").startswith(want or "") and (want is not None or got is None), got
        else:
            assert got == want, (name, got)


def _case(
    title: str, inner: str, ends: str, absent: tuple[str, ...], row_id: str, /, marks: Any = (), **meta: Any
) -> Any:
    return pytest.param(title, inner, ends, absent, meta, id=row_id, marks=marks)


# --- an end mark closes the text; a press contact block ends it too ---------------------------

_ENDS = [
    _case(
        "投資推廣署協助611家企業在港開設或擴展業務",
        "<h1>投資推廣署協助611家企業在港開設或擴展業務</h1><p>2026年1月"
        f"21日</p><div class='prtext'><p>{_TW_A}</p>"
        f"<p>{_TW_B}</p><p align='center'>- 完 -</p><p><b"
        ">傳媒查詢</b><br>投資推廣署傳訊組<br>電話：3107 1000</p></div>",
        _TW_B,
        ("完", "傳媒查詢", "傳訊組", "3107 1000"),
        "invented-hk-investhk: - 完 - then a 傳媒查詢 block of <br> lines",
        published_at="2026-01-21",
    ),
    _case(
        "機管局公布二○二五年客運量",
        "<h2>機管局公布二○二五年客運量</h2><div class='pr-date'>2026"
        f"年1月15日</div><div class='pr-body'><p>{_TW_A}</p>"
        f"<p>{_TW_B}</p><p>-完-</p><p><strong>傳媒查詢：</strong></p><p>機管局企業傳訊部</p>"
        "<p>電話：2188 7111</p><p>電郵：media@example.org.hk</p></div>",
        _TW_B,
        ("傳媒查詢", "企業傳訊部", "media@"),
        "written-hk-statutory-body: -完- then the contact block as paragraphs",
    ),
    _case(
        "澳門三月份訪澳旅客逾三百萬人次",
        "<h1>澳門三月份訪澳旅客逾三百萬人次</h1><div class='time'>2025-0"
        f"4-15 16:42</div><div class='text'><p>{_TW_A}</p>"
        f"<p>{_TW_B}</p><p>（完）</p><p>新聞稿聯絡人：公關處 黃小姐 電話：8397 1120</p></div>",
        _TW_B,
        ("（完）", "聯絡人", "8397"),
        "written-mo-department: （完） then a 新聞稿聯絡人 line",
        published_at="2025-04-15T16:42",
    ),
    _case(
        "前三季度全区实现地区生产总值386.2亿元",
        f"<h1>前三季度全区实现地区生产总值386.2亿元</h1><div class='meta'><em>2024-10-25 18:06</em></div>"
        f"<div id='js_content'><p>{_A}</p><p>{_B}</p><p>— END —</p><p>来源：区统计局</p><p>往期推荐</p>"
        "<p><a href='/s/1'>一图读懂｜2024年全区民生实事项目进展</a></p><p>编辑：周婷 审核：郑凯</p></div>",
        _B,
        ("END", "往期推荐", "一图读懂"),
        "written-wechat-district: — END — then source, past issues and credits (still read)",
        source="区统计局",
        editor="周婷",
    ),
    _case(
        "前10个月全国铁路完成固定资产投资6302亿元",
        "<h1>前10个月全国铁路完成固定资产投资6302亿元</h1><div class='info'>2024-11-14 20:31:05 来源：新华网"
        "</div>"
        "<div id='detail'><p>新华社北京11月14日电（记者樊曦）记者14日从国铁集团获悉，今年前10个月，"
        f"全国铁路完成固定资产投资6302亿元，同比增长10.8%。</p><p>{_B}</p><p>（完）</p>"
        "<p>【纠错】 【责任编辑：刘阳】</p></div>",
        _B,
        ("（完）", "纠错"),
        "written-xinhua: （完） on its own line, the editor below it still read",
        author="樊曦",
        editor="刘阳",
    ),
    _case(
        "港交所2025年上市公司集资额居全球首位",
        "<h1>港交所2025年上市公司集资额居全球首位</h1><p class='date'"
        f">2025年12月30日</p><div class='body'><p>{_A}</p>"
        f"<p>{_B}</p><p>媒体查询</p><p>企业传讯部 陈小姐</p><p>电话：2840 3000</p></div>",
        _B,
        ("媒体查询", "陈小姐", "2840"),
        "written-hk-exchange-simplified: a 媒体查询 block with no end mark above it",
    ),
    _case(
        "市发展改革委发布一季度价格监测情况",
        "<h1>市发展改革委发布一季度价格监测情况</h1><div class='info'>发布时间：2024-04-18</div>"
        "<div class='con'>"
        f"<p>{_A}</p><p>{_B}</p><p>新闻联系人：价格监测中心 王先生</p><p>联系电话：0571-87051234</p></div>",
        _B,
        ("新闻联系人", "0571-87051234"),
        "written-city-ndrc: a 新闻联系人 line and its phone under a mainland press release",
    ),
    _case(
        "全县春耕生产有序推进",
        f"<h1>全县春耕生产有序推进</h1><div class='con'><p>{_A}</p><p>圆满完成</p><p>{_B}</p></div>",
        _B,
        (),
        "written-county: a short line holding 完 as a word (圆满完成) is no end mark",
    ),
    _case(
        "本署設立查詢專線",
        "<h1>本署設立查詢專線</h1><div class='con'><"
        "p>本署已於今日設立專線，處理市民及傳媒查詢，熱線服務時間為星期一至五上午九時至下午六時，"
        f"全年共接獲查詢12,864宗，按年上升6.1%。</p><p>{_TW_B}</p></div>",
        _TW_B,
        (),
        "written-hk-department: 傳媒查詢 inside a sentence is text, not a contact block",
    ),
]


@pytest.mark.parametrize(("title", "inner", "ends", "absent", "meta"), _ENDS)
def test_an_end_mark_or_a_press_contact_block_closes_the_text(
    title: str, inner: str, ends: str, absent: tuple[str, ...], meta: dict[str, Any]
) -> None:
    _check(_record(_page(title, inner)), ends, absent, meta)


# --- a counter glued to a value in a meta strip -----------------------------------------------

_GLUED = [
    _case(
        "市总工会送温暖活动惠及职工4.21万人次",
        "<h1>市总工会送温暖活动惠及职工4.21万人次</h1><div class='news-meta'><time>2024-03-04 09:30:12</time>"
        "<span>来源：市总工会权益保障部</span><span>作者：刘洋</span><span class='views'>阅读 <b>2318</b>"
        "</span></div>"
        f"<div class='news-text'><p>{_A}</p><p>{_B}</p></div>",
        _B,
        (),
        "invented-city-trade-union: 作者：刘洋阅读 2318, the spans printed without a space",
        author="刘洋",
        source="市总工会权益保障部",
    ),
    _case(
        "我县举办农民丰收节系列活动",
        "<h1>我县举办农民丰收节系列活动</h1><div class='info'><span>2024-09-23</span>"
        "<span>来源：县融媒体中心</span>"
        f"<span>点击 56</span></div><div class='con'><p>{_A}</p><p>{_B}</p></div>",
        _B,
        (),
        "written-county-portal: 来源：县融媒体中心点击 56",
        source="县融媒体中心",
    ),
    _case(
        "本市上半年出生數逆勢成長",
        "<h2>本市上半年出生數逆勢成長</h2><div class='info'><span>發布日期：114-07-15</span>"
        "<span>撰稿：林美玲</span>"
        f"<span>瀏覽人次 1,024</span></div><div class='essay'><p>{_TW_A}</p><p>{_TW_B}</p></div>",
        _TW_B,
        (),
        "written-tw-city: 撰稿：林美玲瀏覽人次 1,024",
        author="林美玲",
        published_at="2025-07-15",
    ),
    _case(
        "区税务局开展政策宣讲进企业活动",
        "<h1>区税务局开展政策宣讲进企业活动</h1><div class='info'><span>2024-05-10 来源：区税务局</span>"
        "<span>编辑：王强</span>"
        f"<span>阅读量 889</span></div><div class='con'><p>{_A}</p><p>{_B}</p></div>",
        _B,
        (),
        "written-district-bureau: 编辑：王强阅读量 889",
        editor="王强",
    ),
]


@pytest.mark.parametrize(("title", "inner", "ends", "absent", "meta"), _GLUED)
def test_a_counter_glued_to_a_value_ends_it(
    title: str, inner: str, ends: str, absent: tuple[str, ...], meta: dict[str, Any]
) -> None:
    _check(_record(_page(title, inner)), ends, absent, meta)


# --- the footer of a block of text ------------------------------------------------------------

_CENSTATD = (
    '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{title} | 新聞公報 | 政府統計處</title>'
    '</head><body><div class="topbar"><a href="/en/">English</a></div><nav class="menu"><ul>'
    '<li><a href="/tc/">主頁</a></li><li><a href="/tc/press_release.html">新聞公報</a></li></ul></nav>'
    '<main id="content">{article}<aside class="related"><h2>相關新聞公報</h2><ul>'
    '<li><a href="/tc/p?id=1">二○二五年四月至六月的失業統計數字</a></li></ul></aside></main>'
    '<footer class="site-footer"><p>2025 &copy; 政府統計處</p><p>{site_foot}</p></footer></body></html>'
)

_FOOTERS = [
    pytest.param(
        _CENSTATD.format(
            title="二○二五年年中人口臨時數字",
            article="<article><header><h1>二○二五年年中人口臨時數字</h1></header><section class='pr-text'>"
            f"<p>{_TW_A}</p><p>{_TW_B}</p></section>"
            "<footer class='pr-meta'><p>發布日期：2025年8月14日 16:30</p><div class='share'>分享至："
            "<a href='#'>Facebook</a> <a href='#'>電郵</a></div></footer></article>",
            site_foot="最近修訂日期：2025年8月14日",
        ),
        "2025-08-14T16:30",
        None,
        id="invented-hk-censtatd: <footer> of the <article> holds 發布日期 (the site's footer goes)",
    ),
    pytest.param(
        '<html><head><meta charset="utf-8"><title>全省上半年规上工业增加值增长7.1%</title></head><body>'
        "<nav class='navbar'><a class='navbar-brand' href='/'>"
        "省统计局</a></nav><div class='container'><div class='row'>"
        "<div class='col-md-9'><div class='card'><div class="
        "'card-header'><h5 class='card-title'>全省上半年规上工业增加值增长"
        f"7.1%</h5></div><div class='card-body'><p class='card-text'>{_A}</p><p class='card-text'>{_B}</p>"
        "</div>"
        "<div class='card-footer text-muted'>发布时间：2024-07-19　来源：综合统计处</div></div></div>"
        "<div class='col-md-3'><div class='card'><div class='card-header'>最新发布</div>"
        "<ul class='list-group'>"
        "<li class='list-group-item'><a href='/a'>5月份全省居民消费价格同比上涨0.3%</a></li></ul></div>"
        "</div></div></div>"
        "<footer class='footer'>版权所有 省统计局</footer></body></html>",
        "2024-07-19",
        "综合统计处",
        id="written-bootstrap-province: a card's card-footer holds the date and the source",
    ),
    pytest.param(
        '<html><head><meta charset="utf-8"><title>我镇开展夏季安全生产大检查</title></head><body>'
        "<nav><a href='/'>首页</a> <a href='/zwdt/'>政务动态</a>"
        "</nav><article class='post'><h1>我镇开展夏季安全生产大检查</h1>"
        f"<div class='entry-content'><p>{_A}</p><p>{_B}</p></div"
        "><footer class='entry-footer'><span class='posted-on'>"
        "发布于：2024年7月3日</span> <span class='tags'>标签：安全生产</span></footer></article>"
        "<footer class='site-footer'>版权所有 某某镇人民政府 更新日期：2025年1月2日</footer></body></html>",
        "2024-07-03",
        None,
        id="written-township-blog-template: a post's entry-footer, 发布于：(the site's 更新日期 unread)",
    ),
    pytest.param(
        _CENSTATD.format(
            title="二○二五年年中人口臨時數字",
            article=f"<article><h1>二○二五年年中人口臨時數字</h1><section><p>{_TW_A}</p><p>{_TW_B}</p></section></article>",
            site_foot="更新日期：2025年8月14日",
        ),
        None,
        None,
        id="written-hk-department: the site's footer (更新日期 of the site) gives no publish date",
    ),
]


@pytest.mark.parametrize(("html", "published", "source"), _FOOTERS)
def test_the_footer_of_a_block_of_text_holds_its_date(
    html: str, published: str | None, source: str | None
) -> None:
    rec = _record(html)
    if published is None:
        assert rec["published_at"] is None
    else:
        assert (rec["published_at"] or "").startswith(published)
    assert rec["source"] == source
    for chrome in ("發布日期", "发布时间", "发布于", "分享至", "版权所有", "最新发布", "標籤", "标签"):
        assert chrome not in rec["text"]


# --- a labelled value at the text's foot ------------------------------------------------------

_FOOT = [
    _case(
        "我县召开秋冬季森林防火工作会议",
        f"<h2 class='tit'>我县召开秋冬季森林防火工作会议</h2><div class='txt'><p>{_A}</p><p>{_B}</p>"
        "<p style='text-align:right'>发布日期：2024-10-29</p></div>",
        _B,
        ("发布日期",),
        "written-county: 发布日期 right-aligned under the text, the page's only date",
        published_at="2024-10-29",
    ),
    _case(
        "高雄港113年貨櫃裝卸量成長",
        f"<h1>高雄港113年貨櫃裝卸量成長</h1><div class='detail'><p>{_TW_A}</p><p>{_TW_B}</p>"
        "<p>撰稿：海洋局港灣科 林志明</p><p>資料來源：海洋局</p><p>發布單位：高雄市政府新聞局</p></div>",
        _TW_B,
        ("撰稿", "資料來源", "發布單位"),
        "written-tw-city: 撰稿 (a unit, then the writer), 資料來源 and 發布單位 under the text",
        author="林志明",
        source="海洋局",
        publisher="高雄市政府新聞局",
    ),
    _case(
        "二○二五年長者服務津貼發放情況",
        f"<h3>二○二五年長者服務津貼發放情況</h3><div class='news-content'><p>{_TW_A}</p><p>{_TW_B}</p>"
        "<p>日期：05/02/2026</p></div>",
        _TW_B,
        ("日期",),
        "written-mo-department: 日期：05/02/2026 (day first) under the text",
        published_at="2026-02-05",
    ),
    _case(
        "環保局113年資源回收率達58.2%",
        f"<h2>環保局113年資源回收率達58.2%</h2><div class='cont'><p>{_TW_A}</p><p>{_TW_B}</p>"
        "<p>發布日期：114-02-17</p></div>",
        _TW_B,
        ("發布日期",),
        "written-tw-bureau: an ROC 發布日期 under the text",
        published_at="2025-02-17",
    ),
    _case(
        "关于开展2024年全民健身日活动的通知",
        "<h1>关于开展2024年全民健身日活动的通知</h1><div class='info'>发布时间：2024-08-01</div>"
        f"<div class='con'><p>{_A}</p>"
        f"<p>{_B}</p><p>时间：每周一至周五上午</p></div>",
        "时间：每周一至周五上午",
        (),
        "written-notice: a 时间 line whose value is no date stays in the text",
        published_at="2024-08-01",
    ),
]


@pytest.mark.parametrize(("title", "inner", "ends", "absent", "meta"), _FOOT)
def test_a_labelled_value_at_the_foot_is_metadata(
    title: str, inner: str, ends: str, absent: tuple[str, ...], meta: dict[str, Any]
) -> None:
    _check(_record(_page(title, inner)), ends, absent, meta)


# --- the probe sweep: layouts read right ------------------------------------------------------

_SWEEP = [
    _case(
        "二○二五年長者服務津貼發放情況",
        f"<h3>二○二五年長者服務津貼發放情況</h3><div class='news-date'>日期：05/02/2026</div>"
        f"<div class='news-content'><p>{_TW_A}</p><p>{_TW_B}</p></div>",
        _TW_B,
        ("日期",),
        "written-mo-department: 日期：05/02/2026 above the text",
        published_at="2026-02-05",
    ),
    _case(
        "南投縣114年觀光人次突破千萬",
        "<a href='#C' accesskey='C' title='中央內容區塊'>:"
        "::</a><h2 class='title'>南投縣114年觀光人次突破千萬</h2>"
        "<div class='info'><span>發布時間：115-01-08 14:30</span><span>發布單位：觀光處</span>"
        "<span>點閱次數：562</span></div>"
        f"<div class='essay'><p>{_TW_A}</p><p>{_TW_B}</p></div>",
        _TW_B,
        (":::", "點閱"),
        "written-tw-county: an ROC date with its time, ::: accesskey anchor, 發布單位",
        published_at="2026-01-08T14:30",
        publisher="觀光處",
    ),
    _case(
        "113年勞保年金給付件數統計",
        "<div class='accesskey'><a href='#U' accesskey='U' title='上方功能區塊'>:::</a></div>"
        "<h3>113年勞保年金給付件數統計</h3><ul class='meta'><li"
        ">發布日期：114-04-10</li><li>資料來源：年金給付組</li></ul>"
        f"<div class='article-text'><p>{_TW_A}</p><p>{_TW_B}</p></div>"
        "<div><a href='#Z' accesskey='Z' title='下方功能區塊'>:::</a></div>",
        _TW_B,
        (":::",),
        "written-tw-agency: 發布日期 in ROC years, 資料來源 as the source",
        published_at="2025-04-10",
        source="年金給付組",
    ),
    _case(
        "全市道路运输行业一季度运行平稳",
        "<h1>全市道路运输行业一季度运行平稳</h1><div class='msg'>"
        "发布时间：2024-04-16 作者：运输服务科 来源：临江市交通运输局</div>"
        f"<div class='con'><p>{_A}</p><p>{_B}</p></div>",
        _B,
        ("运输服务科",),
        "written-city-bureau: 作者 names an office (运输服务科): no author",
        author=None,
        source="临江市交通运输局",
    ),
    _case(
        "我区新增国家级专精特新小巨人企业5家",
        "<h1>我区新增国家级专精特新小巨人企业5家</h1><div class='info'>2024-08-02 10:21  来源：区经信局</div>"
        f"<div class='article'><p>{_A}</p><p>{_B}</p><p>（编辑：王丽娟　审核：张国强）</p></div>",
        _B,
        ("审核",),
        "written-district: a closing （编辑：…审核：…） line",
        editor="王丽娟",
        published_at="2024-08-02T10:21",
    ),
    _case(
        "关于2024年度农机购置补贴资金分配情况的公示",
        "<table class='xxgk-head' width='100%'><tr><td>索引号：</td><td>001234567/2024-00088</td><td>分类："
        "</td>"
        "<td>农业、畜牧业、渔业</td></tr><tr><td>发布机构：</td><td>县农业农村局</td><td>生成日期：</td>"
        "<td>2024-05-20</td></tr>"
        "<tr><td>名称：</td><td colspan='3'>关于2024年度农机购置补贴资金分配情况的公示</td></tr>"
        "<tr><td>文号：</td><td>农机〔2024〕12号</td><td>主题词：</td><td></td></tr></table>"
        f"<h1>关于2024年度农机购置补贴资金分配情况的公示</h1><div class='zw'><p>{_A}</p><p>{_B}</p></div>",
        _B,
        ("索引号", "农机〔2024〕12号"),
        "written-county-xxgk: a 信息公开 header table over the headline",
        index_number="001234567/2024-00088",
        publisher="县农业农村局",
        doc_number="农机〔2024〕12号",
    ),
    _case(
        "全市首批12个口袋公园建成开放",
        "<h1>全市首批12个口袋公园建成开放</h1><div class='info'>发布时间：2024-09-26 来源：市城市管理局</div>"
        f"<div class='text'><p>{_A}</p><p>{_B}</p><p style='text-align:center'><img src='/pic/1.jpg'></p>"
        "<p style='text-align:center'>图为建成开放的滨河口袋公园。记者 李明 摄</p></div>",
        "图为建成开放的滨河口袋公园。记者 李明 摄",
        (),
        "written-city-photo-news: a photo caption under the text belongs to it",
        source="市城市管理局",
    ),
    _case(
        "嘉義縣113年稻作收成",
        "<h2>嘉義縣113年稻作收成</h2><div class='date'>發布日期：113-12-05</div>"
        f"<div class='text'><p>{_TW_A}</p><p>{_TW_B}</p><figure><img src='/img/rice.jpg'>"
        "<figcaption>圖說：縣長（左三）視察稻作收成情形。</figcaption></figure></div>",
        "圖說：縣長（左三）視察稻作收成情形。",
        (),
        "written-tw-county: a <figcaption> 圖說 under the text belongs to it",
        published_at="2024-12-05",
    ),
    _case(
        "一季度全县新增市场主体1826户",
        "<h1>一季度全县新增市场主体1826户</h1><div class='sub'>时间：2024年4月12日 来源：县市场监管局</div>"
        f"<div class='TRS_Editor'><p>{_A}</p><p>{_B}</p>"
        "<p style='text-align:right'>（文：陈静　编辑：刘晓　审核：何军）</p></div>",
        _B,
        ("审核",),
        "written-county-trs: a bracketed list of credits, the writer (文：) first, then editor and reviewer",
        author="陈静",
        editor="刘晓",
    ),
]


@pytest.mark.parametrize(("title", "inner", "ends", "absent", "meta"), _SWEEP)
def test_probe_sweep_layouts(
    title: str, inner: str, ends: str, absent: tuple[str, ...], meta: dict[str, Any]
) -> None:
    _check(_record(_page(title, inner)), ends, absent, meta)


# --- a closing date line in words or in the ROC era; a photographer is no author ----------------

_CLOSING = [
    _case(
        "公告本市114年度社區照顧補助計畫",
        f"<h2>公告本市114年度社區照顧補助計畫</h2><div class='cp'><p>{_TW_A}</p><p>{_TW_B}</p>"
        "<p>臺中市政府社會局</p><p>中華民國114年4月10日</p></div>",
        "中華民國114年4月10日",
        (),
        "written-tw-notice: a notice closing with 中華民國114年4月10日",
        published_at="2025-04-10",
    ),
    _case(
        "公告本市114年度社區照顧補助計畫",
        f"<h2>公告本市114年度社區照顧補助計畫</h2><div class='cp'><p>{_TW_A}</p><p>{_TW_B}</p>"
        "<p>中華民國一百一十四年四月十日</p></div>",
        "中華民國一百一十四年四月十日",
        (),
        "written-tw-notice: the ROC closing date in words",
        published_at="2025-04-10",
    ),
    _case(
        "关于下达2024年度专项资金的通知",
        f"<h1>关于下达2024年度专项资金的通知</h1><div class='con'><p>{_A}</p><p>{_B}</p>"
        "<p style='text-align:right'>某某市财政局</p><p style='text-align:right'>二〇二四年六月三日</p>"
        "</div>",
        "二〇二四年六月三日",
        (),
        "written-city-notice: a notice closing with its date in words (二〇二四年六月三日)",
        published_at="2024-06-03",
    ),
    _case(
        "二○二四年九月消費物價指數",
        f"<h1>二○二四年九月消費物價指數</h1><div class='con'><p>{_TW_A}</p><p>{_TW_B}</p>"
        "<p>二○二四年十月二十一日（星期一）</p></div>",
        "二○二四年十月二十一日（星期一）",
        (),
        "written-hk-statistics: a closing date line in words with its weekday (a Hong Kong release's close)",
        published_at="2024-10-21",
    ),
    _case(
        "全市重点项目建设加快推进",
        "<h1>全市重点项目建设加快推进</h1><div class='info'>发布时间："
        f"2024-03-05</div><div class='con'><p>{_A}</p>"
        f"<p><img src='a.jpg'></p><p>▲ 图为项目建设现场。（摄影：李明）</p><p>{_B}</p></div>",
        _B,
        (),
        "written-city-photo: a photographer's credit under a picture names no author",
        author=None,
    ),
    _case(
        "全市重点项目建设加快推进",
        "<h1>全市重点项目建设加快推进</h1><div class='info'>发布时间："
        f"2024-03-05</div><div class='con'><p>{_A}</p>"
        f"<p>{_B}（文/图 刘玺东）</p></div>",
        "（文/图 刘玺东）",
        (),
        "written-county-news: a closing credit naming the writer and photographer (read before)",
        author="刘玺东",
    ),
    _case(
        "社宅進度",
        f"<h1>社宅進度</h1><div class='info'>發布日期：112-11-06</div><div class='cp'><p>{_TW_A}</p><p>完</p>"
        f"<p>{_TW_B}</p></div>",
        _TW_B,
        ("完\n",),
        "written-tw: a 完 line with the text going on after it is dropped, the text kept",
    ),
]


@pytest.mark.parametrize(("title", "inner", "ends", "absent", "meta"), _CLOSING)
def test_closing_lines(
    title: str, inner: str, ends: str, absent: tuple[str, ...], meta: dict[str, Any]
) -> None:
    _check(_record(_page(title, inner)), ends, absent, meta)


_DUMP = (
    "投資推廣署協助611家企業在港開設或擴展業務\n2026年1月21日\n\n"
    f"{_TW_A}\n\n{_TW_B}\n\n- 完 -\n\n傳媒查詢\n投資推廣署傳訊組\n電話：3107 1000\n"
)


def test_an_end_mark_closes_a_text_dump() -> None:
    rec = extract(_DUMP.encode("utf-8"), "page.txt").to_dict()
    assert rec["text"].rstrip().endswith(_TW_B)
    assert "傳訊組" not in rec["text"]


# --- a text dump's foot and top lines, read as a page's are ---------------------------------------

_DUMPS = [
    pytest.param(
        f"我县召开秋冬季森林防火工作会议\n\n{_A}\n\n{_B}\n\n发布日期：2024-10-29\n",
        "发布日期",
        {"published_at": "2024-10-29"},
        id="dump-county: 发布日期 under the text",
    ),
    pytest.param(
        f"我县召开秋冬季森林防火工作会议\n发布时间：2024-10-29\n\n{_A}\n\n{_B}\n\n发布单位：县林业局\n",
        "发布单位",
        {"publisher": "县林业局"},
        id="dump-county: 发布单位 under the text",
    ),
    pytest.param(
        f"我县召开秋冬季森林防火工作会议\n发布时间：2024-10-29\n\n{_A}\n\n{_B}（责任编辑：张三）\n",
        "责任编辑",
        {"editor": "张三"},
        id="dump-city-news: an editor's credit glued to the last sentence",
    ),
    pytest.param(
        f"上市公司年报披露收官\n2025-05-06 07:15 来源：证券时报\n\n证券时报记者 张三\n\n{_A}\n\n{_B}\n",
        "证券时报记者",
        {"author": "张三"},
        id="dump-securities-paper: a byline alone above the text",
    ),
    pytest.param(
        f"港交所公布数据\n2025年12月30日\n\n{_A}\n\n{_B}\n",
        "2025年12月30日",
        {"published_at": "2025-12-30"},
        id="dump-hk-exchange: a date alone under the headline",
    ),
    pytest.param(
        f"公告本市補助計畫\n\n{_TW_A}\n\n{_TW_B}\n\n中華民國114年4月10日\n",
        None,
        {"published_at": "2025-04-10"},
        id="dump-tw-notice: the notice's closing ROC date",
    ),
    pytest.param(
        f"港鐵東岸線延線工程進入最後階段\n\n工程進入最後階段。（資料圖片）\n\n{_TW_A}\n\n{_TW_B}\n",
        None,
        {"author": None},
        id="dump-hk-news: （資料圖片） after a caption names no author",
    ),
]


@pytest.mark.parametrize(("dump", "leak", "meta"), _DUMPS)
def test_a_text_dump_reads_its_foot_and_top_lines(dump: str, leak: str | None, meta: dict[str, Any]) -> None:
    rec = extract(dump.encode("utf-8"), "page.txt").to_dict()
    if leak is not None:
        assert leak not in rec["text"]
    for name, want in meta.items():
        got = rec[name]
        assert (got or "").startswith(want) if name == "published_at" else got == want, (name, got)


# --- a date line below the text's container; a reporter's role before the name ------------------

_BELOW = [
    _case(
        "全县秋粮收购进度过半",
        f"<h1>全县秋粮收购进度过半</h1><div class='con'><p>{_A}</p><p>{_B}</p></div>"
        "<div class='date'>2024年5月12日</div>",
        _B,
        ("2024年5月12日",),
        "written-county: a bare date line under the text's container, the page's only date",
        published_at="2024-05-12",
    ),
    _case(
        "政府公布二○二五年十月訪港旅客數字",
        f"<h1>政府公布二○二五年十月訪港旅客數字</h1><div class='pr'><p>{_TW_A}</p><p>{_TW_B}</p></div>"
        "<div class='prdate'>2025年11月14日（星期五）</div><div class='prtime'>香港時間16時20分</div>",
        _TW_B,
        ("香港時間",),
        "written-hk-release: the date and the time on lines of their own under the text's container",
        published_at="2025-11-14T16:20",
    ),
    _case(
        "市府公布統計",
        f"<h2>市府公布統計</h2><div class='cp'><p>{_TW_A}</p><p>{_TW_B}</p></div>"
        "<ul><li><a href='/n/1'>本市出生數創新高</a></li><li><a href='/n/2'>市府推動托育補助</a></li></ul>"
        "<div class='x'>2024年5月12日</div>",
        _TW_B,
        (),
        "written-tw-city: a date far below the text (past a list of links) is not the page's",
        published_at=None,
    ),
    _case(
        "全市经济运行平稳",
        "<h1>全市经济运行平稳</h1><div class='info'>发布时间：2024-03-05 作者：本网记者 王明</div>"
        f"<div class='con'><p>{_A}</p><p>{_B}</p></div>",
        _B,
        (),
        "written-city-portal: 作者：本网记者 王明, a reporter's role before the name",
        author="王明",
    ),
    _case(
        "全市经济运行平稳",
        "<h1>全市经济运行平稳</h1><div class='info'>发布时间：2024-03-05 作者：本报通讯员 李华</div>"
        f"<div class='con'><p>{_A}</p><p>{_B}</p></div>",
        _B,
        (),
        "written-county-paper: 作者：本报通讯员 李华",
        author="李华",
    ),
    _case(
        "本市上半年出生數逆勢成長",
        "<h2>本市上半年出生數逆勢成長</h2><div class='info'>發布日期：114-07-15 撰稿：新聞處記者 陳大文</div>"
        f"<div class='essay'><p>{_TW_A}</p><p>{_TW_B}</p></div>",
        _TW_B,
        (),
        "written-tw-city: 撰稿：新聞處記者 陳大文",
        author="陳大文",
    ),
]


@pytest.mark.parametrize(("title", "inner", "ends", "absent", "meta"), _BELOW)
def test_a_date_line_below_and_a_role_before_the_name(
    title: str, inner: str, ends: str, absent: tuple[str, ...], meta: dict[str, Any]
) -> None:
    _check(_record(_page(title, inner)), ends, absent, meta)


# --- an editor's credit glued to the last sentence; 發布機關 names the publisher -----------------

_GLUED_CREDIT = [
    _case(
        "全市经济运行平稳",
        f"<h1>全市经济运行平稳</h1><div class='info'>发布时间：2024-03-05</div><div class='con'><p>{_A}</p>"
        f"<p>{_B}（责任编辑：张三）</p></div>",
        _B,
        ("责任编辑",),
        "written-city-news: （责任编辑：张三） glued to the last sentence",
        editor="张三",
    ),
    _case(
        "本市上半年出生數逆勢成長",
        "<h2>本市上半年出生數逆勢成長</h2><div class='info'>發布日期："
        f"114-07-15</div><div class='cp'><p>{_TW_A}</p>"
        f"<p>{_TW_B}【編輯：陳小明】</p></div>",
        _TW_B,
        ("編輯",),
        "written-tw-news: 【編輯：陳小明】 glued to the last sentence",
        editor="陳小明",
    ),
    _case(
        "全市经济运行平稳",
        f"<h1>全市经济运行平稳</h1><div class='info'>发布时间：2024-03-05</div><div class='con'><p>{_A}</p>"
        "<p>市长表示：“要确保全年目标顺利完成。”（编辑：李四）</p></div>",
        "市长表示：“要确保全年目标顺利完成。”",
        ("（编辑",),
        "written-county-news: the credit after a closing quotation mark",
        editor="李四",
    ),
    _case(
        "交通部公布113年統計",
        "<h2>交通部公布113年統計</h2><ul class='info'><li>發布機關：交通部統計處</li><li>公告日期：114-03-01"
        "</li></ul>"
        f"<div class='cp'><p>{_TW_A}</p><p>{_TW_B}</p></div>",
        _TW_B,
        ("發布機關",),
        "written-tw-ministry: 發布機關 names the publisher (as 發布單位 does)",
        publisher="交通部統計處",
        published_at="2025-03-01",
    ),
    _case(
        "关于下达资金的通知",
        "<h1>关于下达资金的通知</h1><div class='info'>发布机关：市财政局　发布日期：2024-06-03</div>"
        f"<div class='con'><p>{_A}</p><p>{_B}</p></div>",
        _B,
        (),
        "written-city-notice: 发布机关",
        publisher="市财政局",
    ),
]


@pytest.mark.parametrize(("title", "inner", "ends", "absent", "meta"), _GLUED_CREDIT)
def test_a_glued_editor_credit_and_the_publishing_office(
    title: str, inner: str, ends: str, absent: tuple[str, ...], meta: dict[str, Any]
) -> None:
    _check(_record(_page(title, inner)), ends, absent, meta)


# --- a video's fallback text; a <time> in the article's own footer -------------------------------

_MORE = [
    _case(
        "全市经济运行平稳",
        "<h1>全市经济运行平稳</h1><div class='info'>发布时间：2024-03-05</div><div class='con'>"
        f"<p>您的浏览器不支持video标签。</p><p>{_A}</p><p>{_B}</p></div>",
        _B,
        ("浏览器",),
        "written-city-video-news: the video's fallback text above the text",
    ),
    _case(
        "本市上半年出生數逆勢成長",
        "<h2>本市上半年出生數逆勢成長</h2><div class='info'>發布日期：114-07-15</div><div class='cp'>"
        f"<p>影片載入中…</p><p>{_TW_A}</p><p>{_TW_B}</p></div>",
        _TW_B,
        ("載入",),
        "written-tw-video-news: 影片載入中 above the text",
    ),
    _case(
        "全市经济运行平稳",
        "<h1>全市经济运行平稳</h1><div class='info'>发布时间：2024-03-05</div><div class='con'>"
        f"<p>{_A}</p><p>{_B}（来源：某某日报）</p></div>",
        "（来源：某某日报）",
        (),
        "written-city-news: a source's credit glued to the last sentence stays text (as （德清县发改局）)",
    ),
]


@pytest.mark.parametrize(("title", "inner", "ends", "absent", "meta"), _MORE)
def test_video_fallback_and_closing_sources(
    title: str, inner: str, ends: str, absent: tuple[str, ...], meta: dict[str, Any]
) -> None:
    _check(_record(_page(title, inner)), ends, absent, meta)


_TIMES = [
    pytest.param(
        "<article><h1>旅遊局公布十月入境旅客數字</h1><div class='content'>"
        f"<p>{_TW_A}</p><p>{_TW_B}</p></div><footer><span>新聞局</span> "
        "<time datetime='2025-11-28T17:20'>2025-11-28 17:20</time></footer></article>",
        "2025-11-28T17:20",
        id="written-mo-portal: a <time> in the article's own <footer>, under the text",
    ),
    pytest.param(
        f"<article><h1>旅遊局公布十月入境旅客數字</h1><div class='content'><p>{_TW_A}</p><p>{_TW_B}</p></div>"
        "</article><div class='more'><h3>其他新聞</h3><p><a href='/n/1'>旅遊局舉辦推介會</a> "
        "<time datetime='2025-11-20'>2025-11-20</time></p></div>",
        None,
        id="written-mo-portal: a <time> of another item below the article dates nothing",
    ),
]


@pytest.mark.parametrize(("inner", "published"), _TIMES)
def test_a_time_in_the_articles_footer(inner: str, published: str | None) -> None:
    rec = _record(_page("旅遊局公布十月入境旅客數字", inner))
    if published is None:
        assert rec["published_at"] is None
    else:
        assert (rec["published_at"] or "").startswith(published)


# --- an event's time and place at the top of the text ------------------------------------------

_EVENT = [
    _case(
        "云岭市2024年上半年经济运行情况新闻发布会",
        "<h1>云岭市2024年上半年经济运行情况新闻发布会</h1><div class='info'>发布日期：2024-07-25 16:20</div>"
        "<div class='con'><p>时间：2024年7月25日上午10:00</p><p>地点：市政府新闻发布厅</p>"
        f"<p>发布人：市统计局局长 王海峰</p><p>{_A}</p><p>{_B}</p></div>",
        _B,
        (),
        "invented-press-conference: 时间 over 地点 and 发布人 opens the record",
        published_at="2024-07-25T16:20",
    ),
    _case(
        "市府舉辦114年度防災演練",
        "<h2>市府舉辦114年度防災演練</h2><div class='info'>發布日期：114-04-28</div>"
        "<div class='cp'><p>時間：114年5月1日上午9時</p><p>地點：市府大禮堂</p>"
        f"<p>{_TW_A}</p><p>{_TW_B}</p></div>",
        _TW_B,
        (),
        "written-tw-city: 時間 over 地點 of a drill",
        published_at="2025-04-28",
    ),
    _case(
        "关于举办2024年全民健身日活动的通知",
        "<h1>关于举办2024年全民健身日活动的通知</h1><div class='info'>发布时间：2024-07-30</div>"
        "<div class='con'><p>时间：2024年8月8日上午9:00</p><p>地　　点：市民中心广场</p>"
        f"<p>{_A}</p><p>{_B}</p></div>",
        _B,
        (),
        "written-city-notice: 时间 over 地　　点 (spaced) of an activity",
        published_at="2024-07-30",
    ),
    _case(
        "全市经济运行平稳",
        "<h1>全市经济运行平稳</h1><div class='con'><p>时间：2024-03-05</p><p>来源：市统计局</p>"
        f"<p>{_A}</p><p>{_B}</p></div>",
        _B,
        ("时间：", "来源："),
        "written-county-portal: 时间 over 来源 is the page's meta lines, not an event's",
        published_at="2024-03-05",
        source="市统计局",
    ),
]


@pytest.mark.parametrize(("title", "inner", "ends", "absent", "meta"), _EVENT)
def test_an_events_time_and_place_open_the_text(
    title: str, inner: str, ends: str, absent: tuple[str, ...], meta: dict[str, Any]
) -> None:
    rec = _record(_page(title, inner))
    _check(rec, ends, absent, meta)
    if not absent:
        assert rec["text"].startswith(("时间：", "時間："))


# --- a byline alone above the text; a finance page's disclaimer ---------------------------------

_FINANCE = [
    _case(
        "上市公司年报披露收官",
        "<h1>上市公司年报披露收官</h1><div class='info'>2025-05-06 07:15 来源：证券时报</div>"
        "<div class='con'>"
        f"<p>证券时报记者 张三</p><p>{_A}</p><p>{_B}</p><p>声明：证券时报力求信息真实、准确，"
        "文章提及内容仅供参考，"
        "不构成实质性投资建议，据此操作风险自担。</p></div>",
        _B,
        ("证券时报记者", "声明"),
        "written-securities-paper: a byline line above the text, a disclaimer under it",
        author="张三",
    ),
    _case(
        "港股通南向資金淨流入",
        "<h1>港股通南向資金淨流入</h1><div class='info'>2025-05-06 07:15 來源：某某財經</div>"
        "<div class='con'>"
        f"<p>本報記者 陳大文</p><p>{_TW_A}</p><p>{_TW_B}</p><p>免責聲明：本文僅供參考，不構成投資建議，"
        "投資者據此操作，"
        "風險自擔。</p></div>",
        _TW_B,
        ("本報記者", "免責聲明"),
        "written-hk-finance: 本報記者 over the text, 免責聲明 under it",
        author="陳大文",
    ),
    _case(
        "全市经济运行平稳",
        "<h1>全市经济运行平稳</h1><div class='info'>发布时间：2024-03-05</div><div class='con'>"
        f"<p>文/图：王明</p><p>{_A}</p><p>{_B}</p></div>",
        _B,
        ("文/图",),
        "written-county-news: 文/图：王明 above the text",
        author="王明",
    ),
    _case(
        "上市公司年报披露收官",
        "<h1>上市公司年报披露收官</h1><div class='info'>2025-05-06 07:15 来源：某某财经</div>"
        "<div class='con'>"
        f"<p>{_A}</p><p>{_B}</p><p>风险提示：市场有风险，投资需谨慎。</p></div>",
        _B,
        ("风险提示",),
        "written-finance-portal: 风险提示：市场有风险，投资需谨慎",
    ),
    _case(
        "警方提醒防范电信诈骗",
        "<h1>警方提醒防范电信诈骗</h1><div class='info'>发布时间：2024-03-05</div><div class='con'>"
        f"<p>{_A}</p><p>风险提示：近期冒充客服退款的诈骗高发，请市民提高警惕，切勿向陌生账户转账。</p></div>",
        "风险提示：近期冒充客服退款的诈骗高发，请市民提高警惕，切勿向陌生账户转账。",
        (),
        "written-police-notice: a 风险提示 that is the text's own advice stays",
    ),
    _case(
        "全市经济运行平稳",
        "<h1>全市经济运行平稳</h1><div class='con'><p>本报讯（记者 王明）近日，全市召开经济运行分析会。</p>"
        f"<p>{_A}</p><p>{_B}</p></div>",
        _B,
        (),
        "written-city-paper: a dateline's credit opens the text and stays (read before)",
        author="王明",
    ),
]


@pytest.mark.parametrize(("title", "inner", "ends", "absent", "meta"), _FINANCE)
def test_a_byline_line_and_a_disclaimer(
    title: str, inner: str, ends: str, absent: tuple[str, ...], meta: dict[str, Any]
) -> None:
    _check(_record(_page(title, inner)), ends, absent, meta)


# --- Hong Kong, Macau and Taiwan chrome inside the text's container ----------------------------

_HK_TW_CHROME = [
    pytest.param("<p>回頁頂</p>", "回頁頂", id="written-mo-department: 回頁頂 (back to the top)"),
    pytest.param("<p>QR Code</p><p>分享至Facebook</p>", "QR", id="written-tw-county: a QR code's label"),
    pytest.param(
        "<p>本頁最近更新日期：2025年3月5日</p>", "更新日期", id="written-hk-department: 本頁最近更新日期"
    ),
    pytest.param(
        "<p>點閱率：1,024</p><p>資料更新日期：2025-03-06</p>",
        "點閱",
        id="written-tw-ministry: 點閱率 with a thousands comma, then 資料更新日期",
    ),
    pytest.param(
        "<p>附件下載：</p><p><a href='a.pdf'>新聞稿.pdf</a></p>",
        "附件",
        id="written-tw-city: 附件下載： left alone when its links go",
    ),
    pytest.param("<p>NNNN</p>", "NNNN", id="written-wire: NNNN closes a wire story"),
]


@pytest.mark.parametrize(("tail", "leak"), _HK_TW_CHROME)
def test_hk_mo_tw_chrome_inside_the_container(tail: str, leak: str) -> None:
    html = _page(
        "本澳統計數字公布",
        "<h1>本澳統計數字公布</h1><div class='date'>2025-03-05 10:00</div>"
        f"<div class='con'><p>{_TW_A}</p><p>{_TW_B}</p>{tail}</div>",
    )
    text = _record(html)["text"]
    assert text.rstrip().endswith(_TW_B)
    assert leak not in text


def test_a_heading_with_its_text_under_it_stays() -> None:
    html = _page(
        "全市经济运行平稳",
        f"<h1>全市经济运行平稳</h1><div class='con'><p>{_A}</p><p>主要措施：</p><p>{_B}</p></div>",
    )
    assert "主要措施：" in _record(html)["text"]


# --- an article's footer when the paragraphs stand right in the <article> ------------------------

_DIRECT = [
    pytest.param(
        "<footer><span>新聞局</span> <time datetime='2025-11-28T17:20'>2025-11-28 17:20</time></footer>",
        "2025-11-28T17:20",
        "新聞局",
        id="written-mo-portal: the footer's department and <time>, read below the text",
    ),
    pytest.param(
        "<footer>發布日期：2025年8月14日 16:30</footer>",
        "2025-08-14T16:30",
        "發布日期",
        id="written-hk-dept: 發布日期",
    ),
    pytest.param(
        "<footer>標籤：旅遊 統計 <a href='/t/1'>入境旅客</a></footer>",
        None,
        "入境旅客",
        id="written-mo-portal: the footer's tags stay out of the text",
    ),
]


@pytest.mark.parametrize(("footer", "published", "leak"), _DIRECT)
def test_an_articles_footer_below_its_own_paragraphs(footer: str, published: str | None, leak: str) -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>旅遊局公布數字</title></head><body><nav><a href="/">主頁'
        "</a></nav>"
        f"<article><h1>旅遊局公布數字</h1><p>{_TW_A}</p><p>{_TW_B}</p>{footer}</article>"
        "<footer class='site'>版權所有</footer></body></html>"
    )
    rec = _record(html)
    assert rec["text"].rstrip().endswith(_TW_B)
    assert leak not in rec["text"]
    if published is None:
        assert rec["published_at"] is None
    else:
        assert (rec["published_at"] or "").startswith(published)


# --- a 信息公开 grid's document date against a <meta> date of a later day ------------------------

_GRID_HEAD = '<meta name="PubDate" content="{meta}">'
_ISSUE = [
    pytest.param(
        "2023-08-16 10:33:59",
        "<table class='xxgk'><tr><th>索引号：</th><td>014742224A/2023-0043406</td><th>生成日期：</th>"
        "<td>2023-05-11</td></tr><tr><th>发布机构：</th><td>县统计局</td><th>文号：</th><td></td></tr>"
        "</table>",
        "2023-05-11",
        id="corpus-007-style: 生成日期 in the grid, the page regenerated months later",
    ),
    pytest.param(
        "2023-05-16 12:34:05",
        "<div class='xxgk'><span>发文日期：</span><span>2023-04-18</span>　<span>发布机构：</span>"
        "<span>市统计局</span></div>",
        "2023-04-18",
        id="written-city-xxgk: 发文日期 in a strip of spans",
    ),
    pytest.param(
        "2024-07-02 09:00:00",
        "<ul class='xxgk'><li>成文日期：2024-06-20</li><li>发布机构：县财政局</li></ul>",
        "2024-06-20",
        id="written-county-xxgk: 成文日期 is the only date the page shows",
    ),
    pytest.param(
        "2024-07-02 09:00:00",
        "<ul class='xxgk'><li>成文日期：2024-06-20</li><li>发布日期：2024-06-25</li></ul>",
        "2024-06-25",
        id="written-county-xxgk: a shown 发布日期 beats 成文日期",
    ),
    pytest.param(
        "2024-06-20 09:00:00",
        "<ul class='xxgk'><li>成文日期：2024-06-20</li><li>发布机构：县财政局</li></ul>",
        "2024-06-20T09:00",
        id="written-county-xxgk: the same day as the meta date keeps the meta's time",
    ),
]


@pytest.mark.parametrize(("meta", "grid", "published"), _ISSUE)
def test_a_grids_document_date_beats_a_later_meta_date(meta: str, grid: str, published: str) -> None:
    html = (
        f'<html><head><meta charset="utf-8"><title>2022年全县国民经济和社会发展统计公报</title>'
        f"{_GRID_HEAD.format(meta=meta)}</head><body><div class='nav'><a href='/'>首页</a></div>{grid}"
        f"<h1>2022年全县国民经济和社会发展统计公报</h1><div class='con'><p>{_A}</p><p>{_B}</p></div></body>"
        "</html>"
    )
    assert (_record(html)["published_at"] or "").startswith(published)


# --- a <meta> source the page does not show names no source ------------------------------------

_META_SOURCE = [
    pytest.param(
        "<meta name='ContentSource' content='县统计局'>",
        "<div class='xxgk'>发布机构：县统计局　发文日期：2023-04-18</div>",
        None,
        id="corpus-008-style: ContentSource filled with the publishing office, no 来源 shown",
    ),
    pytest.param(
        "<meta name='ContentSource' content='中国某省政府采购网'>",
        "<div class='info'>发布时间：2021-10-11</div>",
        None,
        id="written-procurement-portal: the portal's name in ContentSource only",
    ),
    pytest.param(
        "<meta name='ContentSource' content='市政府办公室'>",
        "<div class='info'>发布时间：2024-05-12　来源：市发展改革委</div>",
        "市发展改革委",
        id="written-city-portal: the 来源 the page shows, not the meta's",
    ),
    pytest.param(
        "<meta property='og:article:source' content='某某日报'>",
        "<div class='info'>2024-05-12 09:30</div>",
        None,
        id="written-news-portal: og:article:source unshown",
    ),
]


@pytest.mark.parametrize(("head", "info", "source"), _META_SOURCE)
def test_a_meta_source_the_page_does_not_show(head: str, info: str, source: str | None) -> None:
    html = (
        f'<html><head><meta charset="utf-8"><title>全市经济运行平稳</title>{head}</head><body>'
        f"<div class='nav'><a href='/'>首页</a></div><h1>全市经济运行平稳</h1>{info}"
        f"<div class='con'><p>{_A}</p><p>{_B}</p></div></body></html>"
    )
    assert _record(html)["source"] == source
