"""Session 15 (issues 15 and 16): the markup and number-writing habits of real government sites.

A probe sweep. Each row is a piece of an article body as a site's CMS stores it (a Word-pasted
``MsoNormal`` paragraph, a number cut across ``<span>``s, ``&nbsp;`` indents, a ``<br>`` inside a
sentence, a soft hyphen in a figure, full-width digits, a superscript unit…), a needle inside the
figure as the article text shows it, and the fields a reader of GUIDE.md would write down. Every
row runs twice: inside a small saved page through :func:`gov_facts.extract` (decode, markup to
text, facts), and as the text a site's text dump would give (the tags taken out, the entities
read) through :func:`gov_facts.extract_text` (``--text``). Rows whose habit is markup only
(``<br>`` cutting a figure, a ``<sup>`` power) run on the page alone. Each fact's span must
point into the record's text: ``doc.text[start:end] == text``.

Sources, in each row's id: ``written-word`` (a bureau's Word document pasted into a portal),
``written-portal`` (a provincial or county portal), ``written-bulletin`` (a statistics bulletin),
``written-procurement``, ``written-finance``, ``written-env``, ``written-energy``,
``written-hk`` / ``written-mo`` / ``written-tw`` (Hong Kong, Macau and Taiwan government pages).
Every sentence was written for this table; none is copied from a page or another project's tests.
"""

from __future__ import annotations

import html
import re
from functools import cache
from typing import Any

import pytest

from factcase import check_one, row, table_rows
from factcase import known_miss as _bug
from gov_facts import extract, extract_text
from gov_facts.core.models import Document

_PAGE = (
    '<html><head><meta charset="utf-8"><title>市统计局发布2024年全市经济运行情况</title></head><body>'
    '<div class="nav"><a href="/">首页</a> &gt; <a href="/xw">新闻动态</a></div>'
    '<div class="article"><h1>市统计局发布2024年全市经济运行情况</h1>'
    '<div class="info">发布时间：2025-03-10 10:30 来源：市统计局</div>'
    '<div class="TRS_Editor">{body}'
    "<p>以上数据均为初步统计数据，最终以统计年鉴公布的数据为准，欢迎社会各界监督。</p></div></div>"
    '<div class="footer">版权所有：某某市人民政府 主办：某某市人民政府办公室</div></body></html>'
)
_TAG = re.compile(r"<[^>]*>")


@cache
def _page(markup: str) -> Document:
    return extract(_PAGE.format(body=markup).encode("utf-8"), published="2025-03-10")


@cache
def _text(markup: str) -> Document:
    return extract_text(html.unescape(_TAG.sub("", markup)), published="2025-03-10")


def _check(doc: Document, needle: str, expected: dict[str, Any]) -> None:
    for f in doc.facts:
        assert doc.text[f.start : f.end] == f.text, (f.text, f.start, f.end)
    i = doc.text.find(needle)
    assert i >= 0, f"{needle!r} is not in {doc.text!r}"
    over = [f for f in doc.facts if f.start < i + len(needle) and i < f.end]
    check_one(over, needle, expected)


# ---------------------------------------------------------------- Word-pasted and inline markup

WORD = [
    row(
        '<p class="MsoNormal"><span style="font-family:仿宋_GB2312">全市粮食总产量</span><span>1</span>'
        "<span>2.5</span><span>万吨，同比增长3.2%。</span><o:p></o:p></p>",
        "万吨",
        "written-word: a figure cut across spans, <o:p> after",
        value=125000,
        unit="吨",
        kind="mass",
        text="12.5万吨",
    ),
    row(
        '<p class="MsoNormal"><span lang="EN-US">1</span><span>2.5万吨</span>储备粮入库。</p>',
        "万吨",
        "written-word: the span ends inside the figure",
        value=125000,
        kind="mass",
        text="12.5万吨",
    ),
    row(
        "<p>全年实现营业收入<b>3.5</b>亿元，增长<strong>12</strong>%。</p>",
        "亿元",
        "written-portal: <b> around the digits",
        value=350000000,
        unit="元",
        kind="money",
        text="3.5亿元",
    ),
    row(
        "<p>全年实现营业收入<b>3.5</b>亿元，增长<strong>12</strong>%。</p>",
        "12",
        "written-portal: <strong> before the %",
        value=12,
        unit="%",
        kind="percent",
        text="12%",
    ),
    row(
        '<p>全年实现营业收入<font color="red">3</font><font color="red">.5</font>亿元。</p>',
        "亿元",
        "written-portal: <font> cutting at the point",
        value=350000000,
        kind="money",
        text="3.5亿元",
    ),
    row(
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;全年新增城镇就业12.5万人，完成目标的105%。</p>",
        "万人",
        "written-portal: &nbsp; indent",
        value=125000,
        unit="人",
        kind="count",
        text="12.5万人",
    ),
    row(
        "<p>\u3000\u3000全年新增城镇就业12.5万人，完成目标的105%。</p>",
        "105",
        "written-bulletin: U+3000 indent",
        value=105,
        unit="%",
        kind="percent",
        text="105%",
    ),
    row(
        '<p>全年接待游客<span style="font-size:16pt">１２．５</span><span>万人次</span>。</p>',
        "万人次",
        "written-word: full-width figure in its own span",
        value=125000,
        unit="人次",
        kind="count",
        text="１２．５万人次",
    ),
    row(
        "<p>工业增加值增长<span>-</span><span>1.5</span>%。</p>",
        "1.5",
        "written-word: the sign in its own span",
        value=-1.5,
        kind="percent",
        text="-1.5%",
    ),
    row(
        "<p>规模以上工业增加值下降<span>1.5</span><span>%</span>。</p>",
        "1.5",
        "written-word: the % in its own span",
        value=1.5,
        kind="percent",
        change="decrease",
    ),
    row(
        "<p>总投资<em>1.2</em><em>亿元</em>，建设污水管网46公里。</p>",
        "亿元",
        "written-portal: <em> around digits and unit",
        value=120000000,
        kind="money",
        text="1.2亿元",
    ),
    row(
        "<p>全年出生人口<u>1.2</u>万人。</p>",
        "万人",
        "written-portal: <u> around the digits",
        value=12000,
        kind="count",
    ),
    row(
        '<p>城乡居民收入增长<span style="color:red">1</span><span style="color:red">5</span>'
        ".<span>3</span>%。</p>",
        "%",
        "written-word: every digit its own span",
        value=15.3,
        kind="percent",
        text="15.3%",
    ),
    row(
        "<p>受理各类案件1,<span>234</span>件。</p>",
        "234件",
        "written-word: the group after the comma in a span",
        value=1234,
        unit="件",
        kind="count",
    ),
    row(
        "<p>合同金额<span>12</span>,<span>345</span>万元。</p>",
        "万元",
        "written-procurement: digits in spans, the comma outside",
        value=123450000,
        kind="money",
        text="12,345万元",
    ),
    row(
        "<p>全年完成投资12.5亿元<!-- 编辑注 -->，增长8%。</p>",
        "亿元",
        "written-portal: a comment after the figure",
        value=1250000000,
        kind="money",
    ),
    row(
        "<p>全年完成投资12<!-- x -->.5亿元。</p>",
        "亿元",
        "written-portal: a comment inside the figure",
        value=1250000000,
        text="12.5亿元",
    ),
    row(
        "<p>全年完成投资<span>12</span><span></span><span>.5</span>亿元。</p>",
        "亿元",
        "written-word: an empty span inside the figure",
        value=1250000000,
        text="12.5亿元",
    ),
    row(
        "<p>全年完成投资<span>12</span><o:p></o:p><span>.5</span>亿元。</p>",
        "亿元",
        "written-word: <o:p> inside the figure",
        value=1250000000,
        text="12.5亿元",
    ),
    row(
        '<p>全市共有<a href="/jyj">幼儿园</a>126所。</p>',
        "126",
        "written-portal: a link before the figure",
        value=126,
        unit="所",
        kind="count",
    ),
    row(
        "<p>住户存款余额增长&nbsp;5.2%&nbsp;。</p>",
        "5.2",
        "written-finance: &nbsp; around the figure",
        value=5.2,
        kind="percent",
        text="5.2%",
    ),
    row(
        "<p>完成固定资产投资1.2&nbsp;亿元。</p>",
        "1.2",
        "written-portal: &nbsp; between figure and unit",
        value=120000000,
        kind="money",
    ),
]

# ---------------------------------------------------------------- invisible characters in a figure

INVISIBLE = [
    row(
        "<p>全年新增城镇就业1&shy;2.5万人。</p>",
        "万人",
        "written-word: a soft hyphen between digits",
        value=125000,
        kind="count",
        text="12.5万人",
    ),
    row(
        "<p>全年新增城镇就业1&#8203;2.5万人。</p>",
        "万人",
        "written-portal: a zero-width space between digits",
        value=125000,
        text="12.5万人",
    ),
    row(
        "<p>全年新增城镇就业12&#8203;.5万人。</p>",
        "万人",
        "written-portal: a zero-width space before the point",
        value=125000,
        text="12.5万人",
    ),
    row(
        "<p>全年完成投资12&#xFEFF;345万元。</p>",
        "万元",
        "written-portal: a BOM pasted between digits",
        value=123450000,
        text="12345万元",
    ),
    row(
        "<p>全年完成投资12&#173;345万元。</p>",
        "万元",
        "written-word: a soft hyphen as a numeric reference",
        value=123450000,
        text="12345万元",
    ),
    row(
        "<p>全年完成投资12&#8204;345万元。</p>",
        "万元",
        "written-portal: a zero-width non-joiner between digits",
        value=123450000,
        text="12345万元",
    ),
    row(
        "<p>全年完成投资12&#8288;345万元。</p>",
        "万元",
        "written-portal: a word joiner between digits",
        value=123450000,
        text="12345万元",
    ),
    row(
        "<p>同比增长3.&#8203;2%。</p>",
        "%",
        "written-portal: a zero-width space after the point",
        value=3.2,
        kind="percent",
        text="3.2%",
    ),
    row(
        "<p>城镇居民人均可支配收入4.5&shy;万元。</p>",
        "万元",
        "written-word: a soft hyphen between figure and scale",
        value=45000,
        kind="money",
        text="4.5万元",
    ),
]

# ---------------------------------------------------------------- a <br> inside a sentence (page only)

BREAKS = [
    row(
        "<p>全年新增城镇就业12.5<br/>万人，完成年度目标的105%。</p>",
        "万人",
        "written-portal: <br> between the figure and its scale",
        value=125000,
        unit="人",
        kind="count",
        text="12.5万人",
    ),
    row(
        "<p>全年新增城镇就业12.5<br>万人。</p>",
        "万人",
        "written-portal: <br> before the scale, the sentence ends on the next line",
        value=125000,
        text="12.5万人",
    ),
    row(
        "<div>全年新增城镇就业12.5<br>万人，同比增长3%。<br>城镇调查失业率5.1%。</div>",
        "5.1",
        "written-portal: <br> as a paragraph break still parts paragraphs",
        value=5.1,
        kind="percent",
    ),
    row(
        "<p>居民消费价格同比上涨2.1<br>%，涨幅比上年回落0.3个百分点。</p>",
        "2.1",
        "written-bulletin: <br> between the figure and %",
        value=2.1,
        kind="percent",
        text="2.1%",
    ),
    row(
        "<p>全年实现地区生产总值2345.6<br>亿元，同比增长5.2%。</p>",
        "亿元",
        "written-bulletin: <br> between the figure and 亿元",
        value=234560000000,
        kind="money",
        text="2345.6亿元",
    ),
    row(
        "<p>全市新增城镇就业<br/>12.5万人，完成年度目标的105%。</p>",
        "万人",
        "written-portal: <br> before the figure",
        value=125000,
        kind="count",
    ),
    row(
        "<p>全年实现地区生产总值2345.6亿元，<br>同比增长5.2%。</p>",
        "5.2",
        "written-bulletin: <br> after a comma",
        value=5.2,
        kind="percent",
        change="increase",
    ),
    row(
        "<p>投资1.2亿元<br>建设污水管网。</p>",
        "亿元",
        "written-portal: <br> after the unit",
        value=120000000,
        kind="money",
    ),
    row(
        "<p>联系电话：0551-1234567<br>地址：人民路8号</p>",
        "1234567",
        "written-portal: a phone line before a <br> stays no fact",
        kind=None,
    ),
]

# ---------------------------------------------------------------- superscripts and unit glyphs

SUPS = [
    row(
        "<p>新建保障性住房建筑面积5000m<sup>2</sup>，绿化面积1200 m<sup>2</sup>。</p>",
        "5000",
        "written-portal: m<sup>2</sup>",
        value=5000,
        kind="area",
    ),
    row(
        "<p>新建保障性住房建筑面积5000m<sup>2</sup>，绿化面积1200 m<sup>2</sup>。</p>",
        "1200",
        "written-portal: a space before m<sup>2</sup>",
        value=1200,
        kind="area",
    ),
    row(
        "<p>新增调蓄库容3万m<sup>3</sup>。</p>",
        "3万",
        "written-env: 万m<sup>3</sup>",
        value=30000,
        kind="volume",
    ),
    row("<p>新增污水处理能力2万m³。</p>", "2万", "written-env: 万m³", value=20000, unit="m³", kind="volume"),
    row("<p>新增供水能力3万m³/日。</p>", "3万", "written-env: 万m³/日", value=30000, kind="other"),
    row("<p>改造老旧小区4.5万㎡。</p>", "4.5", "written-portal: ㎡", value=45000, unit="㎡", kind="area"),
    row("<p>新建道路12㎞。</p>", "12", "written-portal: ㎞", value=12, unit="㎞", kind="length"),
    row("<p>今日最高气温38℃。</p>", "38", "written-portal: ℃", value=38, unit="℃", kind="other"),
    row("<p>人口自然增长率为5‰。</p>", "5‰", "written-bulletin: ‰", value=5, unit="‰", kind="other"),
    row("<p>人口自然增长率为-1.2‰。</p>", "1.2", "written-bulletin: a negative ‰", value=-1.2, unit="‰"),
    row(
        "<p>入库流量达到1200立方米/秒。</p>",
        "1200",
        "written-portal: 立方米/秒",
        value=1200,
        unit="立方米/秒",
        kind="other",
    ),
    row("<p>全年发电量125万千瓦时。</p>", "125", "written-energy: 千瓦时", value=1250000, kind="energy"),
    row(
        "<p>全年发电量12.5亿千瓦·时，增长3%。</p>",
        "12.5",
        "written-energy: 千瓦·时 with a middle dot",
        value=1250000000,
        kind="energy",
        text="12.5亿千瓦·时",
    ),
    row(
        "<p>全年发电量12.5亿千瓦•时。</p>",
        "12.5",
        "written-energy: 千瓦•时 with a bullet",
        value=1250000000,
        kind="energy",
        text="12.5亿千瓦•时",
    ),
    row(
        "<p>全年用电量3.2亿千瓦・时。</p>",
        "3.2",
        "written-energy: 千瓦・时 with a katakana dot",
        value=320000000,
        kind="energy",
        text="3.2亿千瓦・时",
    ),
    row(
        "<p>全年售電量為2,345億千瓦‧時。</p>",
        "2,345",
        "written-tw: 千瓦‧時 with a hyphenation point",
        value=234500000000,
        kind="energy",
        text="2,345億千瓦‧時",
    ),
    row(
        "<p>节约电量1.5万兆瓦·时。</p>",
        "1.5",
        "written-energy: 兆瓦·时",
        value=15000,
        kind="energy",
        text="1.5万兆瓦·时",
    ),
    row(
        "<p>全年用电量12.5亿kW⋅h。</p>",
        "12.5",
        "written-energy: kW⋅h with a dot operator",
        value=1250000000,
        kind="energy",
    ),
    row(
        "<p>• 全年新增城镇就业1.2万人；</p><p>• 全年完成投资3.4亿元。</p>",
        "3.4",
        "written-portal: a bullet before a line is no unit dot",
        value=340000000,
        kind="money",
        text="3.4亿元",
    ),
    row("<p>全年用电量35亿kWh，增长4%。</p>", "35", "written-energy: kWh", value=3500000000, kind="energy"),
    row("<p>全年用电量12.5亿kW·h。</p>", "12.5", "written-energy: kW·h", value=1250000000, kind="energy"),
    row(
        "<p>全年用电量12.5亿kW•h。</p>",
        "12.5",
        "written-energy: kW•h with a bullet",
        value=1250000000,
        kind="energy",
        text="12.5亿kW•h",
    ),
    row("<p>新建锅炉容量20t/h。</p>", "20", "written-env: t/h", value=20, unit="t/h", kind="other"),
    row("<p>输水能力5m³/s。</p>", "5m", "written-env: m³/s", value=5, unit="m³/s", kind="other"),
    row(
        "<p>PM<sub>2.5</sub>平均浓度为32微克/立方米，下降5.9%。</p>",
        "32",
        "written-env: PM<sub>2.5</sub> before a concentration",
        value=32,
        unit="微克/立方米",
    ),
    row(
        "<p>PM<sub>2.5</sub>平均浓度为32微克/立方米，下降5.9%。</p>",
        "2.5",
        "written-env: the 2.5 of PM<sub>2.5</sub> is no fact",
        kind=None,
    ),
    row(
        "<p>二氧化硫排放量下降10%，CO<sub>2</sub>排放减少3万吨。</p>",
        "3万吨",
        "written-env: CO<sub>2</sub> before a figure",
        value=30000,
        kind="mass",
        text="3万吨",
    ),
    row(
        "<p>各项贷款余额增长3.2%<sup>[1]</sup>。</p>",
        "3.2",
        "written-finance: a footnote mark after the %",
        value=3.2,
        kind="percent",
        text="3.2%",
    ),
    row(
        "<p>各项贷款余额1.2万亿元<sup>①</sup>，增长8%。</p>",
        "1.2",
        "written-finance: a circled footnote mark after the unit",
        value=1200000000000,
        kind="money",
    ),
]

# a power of ten written with <sup> reads as its value on a page; its text dump has lost it
SUPS_PAGE = [
    row(
        "<p>单体建筑面积约10<sup>4</sup>平方米。</p>",
        "平方米",
        "written-portal: 10<sup>4</sup> is ten thousand",
        value=10000,
        kind="area",
        marks=_bug("a power of ten in <sup> (10<sup>4</sup>) reads as 104: no superscript reading"),
    ),
]

# ---------------------------------------------------------------- full-width digits and signs

FULLWIDTH = [
    row(
        "<p>全市粮食产量１２．５万吨，同比增长３．２％。</p>",
        "万吨",
        "written-bulletin: １２．５万吨",
        value=125000,
    ),
    row(
        "<p>全市粮食产量１２．５万吨，同比增长３．２％。</p>",
        "３．２",
        "written-bulletin: ３．２％",
        value=3.2,
        unit="%",
        text="３．２％",
    ),
    row(
        "<p>居民消费价格同比下降－３．２％。</p>",
        "３．２",
        "written-bulletin: a full-width minus",
        value=-3.2,
        kind="percent",
        text="－３．２％",
    ),
    row(
        "<p>全年共受理案件１，２３４件。</p>", "２３４件", "written-portal: １，２３４", value=1234, unit="件"
    ),
    row(
        "<p>全年共办理业务12，345笔。</p>",
        "笔",
        "written-portal: a Chinese comma between groups",
        value=12345,
    ),
    row("<p>全年完成投资１．２３亿元。</p>", "亿元", "written-portal: １．２３亿元", value=123000000),
    row("<p>空气优良率为９５．６％。</p>", "９５", "written-env: ９５．６％", value=95.6, kind="percent"),
    row(
        "<p>同比上升１．２个百分点。</p>",
        "１．２",
        "written-env: １．２个百分点",
        value=1.2,
        kind="percentage_point",
    ),
    row("<p>共有３所学校。</p>", "３", "written-portal: one full-width digit", value=3, unit="所"),
    row(
        "<p>全市地区生产总值为2．5万亿元。</p>",
        "万亿元",
        "written-word: a full-width point between ASCII digits",
        value=2500000000000,
        kind="money",
        text="2．5万亿元",
    ),
    row(
        "<p>全年完成投资12．35亿元，增长8．6%。</p>",
        "亿元",
        "written-word: ASCII digits with a full-width point, then a %",
        value=1235000000,
        text="12．35亿元",
    ),
    row(
        "<p>全年完成投资12．35亿元，增长8．6%。</p>",
        "8",
        "written-word: 8．6% with a full-width point",
        value=8.6,
        kind="percent",
        text="8．6%",
    ),
    row(
        "<p>1．2024年全市新增就业1.2万人。</p>",
        "1.2万",
        "written-portal: a list number before a year stays no decimal",
        value=12000,
    ),
    row(
        "<p>一、工作目标。1．2024年全市新增就业1.2万人。</p>",
        "2024",
        "written-portal: a list number after a full stop stays no decimal",
        kind=None,
    ),
    row(
        "<p>一、工作目标。1．2024年全市新增就业1.2万人。</p>",
        "1.2万",
        "written-portal: the figure after a list number and a year",
        value=12000,
        unit="人",
    ),
    row(
        "<p>３．２０２４年全市新增就业１．２万人。</p>",
        "１．２万",
        "written-word: a full-width list number, then a full-width decimal",
        value=12000,
    ),
    row(
        "<p>本港人口为7&nbsp;503&nbsp;100人。</p>",
        "100",
        "written-hk: no-break spaces between groups",
        value=7503100,
        unit="人",
    ),
    row(
        "<p>本港人口为7&thinsp;503&thinsp;100人。</p>",
        "100",
        "written-hk: thin spaces between groups",
        value=7503100,
    ),
    row("<p>共有12 345户参保。</p>", "345", "written-hk: a space between groups", value=12345, unit="户"),
    row("<p>共计2 350万元。</p>", "350", "written-mo: a space between groups before 万", value=23500000),
    row("<p>金額為1&nbsp;234&nbsp;567元。</p>", "567", "written-mo: no-break spaces in 元", value=1234567),
    row(
        "<p>二○二五年全市地区生产总值增长5%。</p>",
        "二○二五",
        "written-bulletin: 二○二五年 is a time, no fact",
        kind=None,
    ),
    row(
        "<p>二○二四年末，全市常住人口为380万人。</p>",
        "380",
        "written-bulletin: a figure after 二○二四年末",
        value=3800000,
        kind="count",
    ),
    row(
        "<p>二0二四年末，全市常住人口为380万人。</p>", "二0二四", "written-word: 二0二四年 no fact", kind=None
    ),
    row("<p>二<span>○</span>二五年计划投资12亿元。</p>", "二○二五", "written-word: ○ in a span", kind=None),
]

# ---------------------------------------------------------------- fractions, per-mille, 成, signs

FRACTIONS = [
    row(
        "<p>约三分之一的企业受益。</p>", "三分之一", "written-portal: 三分之一", value=33.3333333333, unit="%"
    ),
    row(
        "<p>不良贷款率控制在千分之五以内。</p>",
        "千分之五",
        "written-finance: 千分之五 is 0.5%",
        value=0.5,
        kind="percent",
        qualifier="at_most",
    ),
    row("<p>比例为1/3。</p>", "1/3", "written-portal: 1/3", value=33.3333333333, kind="percent"),
    row("<p>出生率7.5‰，死亡率6.8‰。</p>", "6.8", "written-bulletin: the second ‰", value=6.8, unit="‰"),
    row(
        "<p>比重达到百分之十二点五。</p>",
        "百分之",
        "written-portal: 百分之十二点五",
        value=12.5,
        kind="percent",
        text="百分之十二点五",
    ),
    row(
        "<p>死亡率为千分之三点二。</p>",
        "千分之",
        "written-bulletin: 千分之三点二",
        value=0.32,
        kind="percent",
    ),
    row(
        "<p>一年期贷款利率下调零点五个百分点。</p>",
        "零点五",
        "written-finance: 零点五个百分点",
        value=0.5,
        kind="percentage_point",
        change="decrease",
    ),
    row("<p>销售额增长两成半。</p>", "两成半", "written-finance: 两成半", value=25, kind="percent"),
    row("<p>兩成半的受訪者表示滿意。</p>", "兩成半", "written-hk: 兩成半", value=25, kind="percent"),
    row("<p>成交量按月減少1成。</p>", "1成", "written-hk: 1成", value=10, change="decrease"),
    row("<p>占比超过三成。</p>", "三成", "written-portal: 超过三成", value=30, qualifier="more_than"),
    row("<p>今年一季度出口实现负增长。</p>", "负增长", "written-finance: 负增长 is no figure", kind=None),
    row(
        "<p>规模以上工业增加值增长-1.5%。</p>",
        "1.5",
        "written-bulletin: 增长-1.5%",
        value=-1.5,
        kind="percent",
    ),
    row("<p>气温零下5℃。</p>", "5", "written-portal: 零下5℃", value=-5, unit="℃"),
    row("<p>人口自然增长率为负1.2‰。</p>", "1.2", "written-bulletin: 负1.2‰", value=-1.2, unit="‰"),
]

# ---------------------------------------------------------------- ranges and dashes

RANGES = [
    row(
        "<p>补助标准为10—20万元。</p>",
        "10",
        "written-portal: 10—20万元",
        low=100000,
        high=200000,
        kind="money",
    ),
    row("<p>补助标准为10~20万元。</p>", "10", "written-portal: 10~20万元", low=100000, high=200000),
    row("<p>补助标准为10～20万元。</p>", "10", "written-portal: 10～20万元", low=100000, high=200000),
    row("<p>每户补助10-20万元。</p>", "10", "written-procurement: 10-20万元", low=100000, high=200000),
    row("<p>每户补助1万-2万元。</p>", "1万", "written-procurement: 1万-2万元", low=10000, high=20000),
    row("<p>服务期限3至5年。</p>", "3至5", "written-procurement: 3至5年", low=3, high=5, kind="duration"),
    row(
        "<p>增幅在百分之五到百分之八之间。</p>",
        "百分之五",
        "written-finance: 百分之五到百分之八",
        low=5,
        high=8,
        kind="percent",
    ),
    row("<p>年龄在18-60周岁之间。</p>", "18", "written-portal: 18-60周岁", low=18, high=60),
    row("<p>工期为3～5个月。</p>", "3～5", "written-procurement: 3～5个月", low=3, high=5, unit="个月"),
    row(
        "<p>面积为1万—2万平方米。</p>",
        "1万",
        "written-portal: 1万—2万平方米",
        low=10000,
        high=20000,
        kind="area",
    ),
    row("<p>预计增长５％－８％。</p>", "５％", "written-finance: ５％－８％", low=5, high=8, kind="percent"),
    row("<p>温度-5℃至10℃。</p>", "10℃", "written-portal: -5℃至10℃", low=-5, high=10, unit="℃"),
    row(
        "<p>补助标准为10<span>—</span>20万元。</p>",
        "20",
        "written-word: the dash in a span",
        low=100000,
        high=200000,
    ),
    row("<p>补助标准为10–20万元。</p>", "20", "written-portal: an en dash", low=100000, high=200000),
    row("<p>补助标准为10——20万元。</p>", "20", "written-portal: a double dash", low=100000, high=200000),
    row(
        "<p>补助标准为１０～２０万元。</p>", "万元", "written-word: full-width range", low=100000, high=200000
    ),
]

# ---------------------------------------------------------------- traditional forms

TRADITIONAL = [
    row("<p>本年度撥款1億2,345萬元。</p>", "1億", "written-hk: 1億2,345萬元", value=123450000, kind="money"),
    row("<p>政府投資3億5千萬港元興建。</p>", "3億", "written-hk: 3億5千萬港元", value=350000000, unit="港元"),
    row("<p>共有兩千三百名學員。</p>", "兩千", "written-hk: 兩千三百名", value=2300, unit="名"),
    row("<p>捐款新臺幣壹佰萬元整。</p>", "壹佰", "written-tw: 壹佰萬元整", value=1000000, kind="money"),
    row("<p>計新臺幣貳仟伍佰萬元。</p>", "貳仟", "written-tw: 貳仟伍佰萬元", value=25000000, kind="money"),
    row(
        "<p>採購金額為新台幣1,234萬5,000元。</p>",
        "1,234",
        "written-tw: 1,234萬5,000元",
        value=12345000,
        kind="money",
    ),
    row(
        "<p>民國113年全年出生數13萬4,856人。</p>",
        "13萬",
        "written-tw: a figure after a 民國 year",
        value=134856,
        unit="人",
    ),
    row("<p>民國113年全年出生數13萬4,856人。</p>", "113", "written-tw: the 民國 year is no fact", kind=None),
    row(
        "<p>中華民國一一四年三月，本市人口達266萬人。</p>",
        "一一四",
        "written-tw: 一一四年 is no fact",
        kind=None,
    ),
    row("<p>中華民國一一四年三月，本市人口達266萬人。</p>", "266", "written-tw: 266萬人", value=2660000),
    row("<p>本年度預算為1,234.5百萬港元。</p>", "1,234.5", "written-hk: 百萬港元", value=1234500000),
    row("<p>開支為23.4億澳門元。</p>", "23.4", "written-mo: 億澳門元", value=2340000000, unit="澳門元"),
    row("<p>工程費約為港幣二億三千萬元。</p>", "二億", "written-hk: 港幣二億三千萬元", value=230000000),
    row(
        "<p>增長幅度為百分之十二點五。</p>",
        "百分之",
        "written-hk: 百分之十二點五",
        value=12.5,
        kind="percent",
    ),
    row(
        "<p>本澳失業率較上一期下跌0.1個百分點。</p>",
        "0.1",
        "written-mo: 個百分點",
        value=0.1,
        kind="percentage_point",
    ),
    row("<p>總額為HK$12.3億。</p>", "12.3", "written-hk: HK$12.3億", value=1230000000, kind="money"),
    row("<p>罰款MOP$5,000。</p>", "5,000", "written-mo: MOP$5,000", value=5000, kind="money"),
    row(
        "<p>合同金额人民币壹仟贰佰叁拾肆万伍仟元整。</p>",
        "壹仟",
        "written-procurement: capitals in a contract amount",
        value=12345000,
        kind="money",
    ),
    row(
        "<p>受惠人數約萬五人。</p>",
        "萬五",
        "written-hk: 萬五 (a bare 萬 before a digit) is fifteen thousand",
        value=15000,
        unit="人",
        marks=_bug("a bare 萬 before a digit (萬五人, spoken style) reads as 五人"),
    ),
]

TABLES = {
    "word": WORD,
    "invisible": INVISIBLE,
    "sups": SUPS,
    "fullwidth": FULLWIDTH,
    "fractions": FRACTIONS,
    "ranges": RANGES,
    "traditional": TRADITIONAL,
}
PAGE_ONLY = {"breaks": BREAKS, "sups-page": SUPS_PAGE}


@pytest.mark.parametrize(("markup", "needle", "expected"), table_rows({**TABLES, **PAGE_ONLY}))
def test_on_a_page(markup: str, needle: str, expected: dict[str, Any]) -> None:
    _check(_page(markup), needle, expected)


@pytest.mark.parametrize(("markup", "needle", "expected"), table_rows(TABLES))
def test_as_text(markup: str, needle: str, expected: dict[str, Any]) -> None:
    _check(_text(markup), needle, expected)
