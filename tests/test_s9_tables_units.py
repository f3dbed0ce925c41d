"""Session 9: tables of the 政府信息公开工作年度报告 template, count units and pure measures.

Every government body publishes a 政府信息公开工作年度报告 each year in the national template of
2019: a 主动公开 table (信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数, then 信息内容 |
本年处理决定数量 repeated for each block), a table of requests (申请人情况 columns, rows numbered
一、二、三、 with (一)(二) and 1. 2. under them, some with a note in brackets) and a table of
行政复议 and 行政诉讼 outcomes with a 总计 column. Its tables reach the fact stage as rows of
tab-joined cells (spans dropped); the tables below are written in the layouts of three kinds of
body (a 乡镇, a 区 bureau, a provincial 厅) and of other sites that share each construction.
Ids name the source: ``invented-<page>`` (a line of an in-sample invented page) or
``written-<kind of site>``.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact, fact_case, facts_of, known_miss, no_fact_case, run_fact
from gov_facts.core.models import Fact
from gov_facts.page.reader import read_article

PUBLISHED = "2024-01-20"

# a 乡镇's 主动公开 table: three blocks stacked in one table, each opening with 信息内容
TOWNSHIP = (
    "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
    "规章\t0\t0\t0\n"
    "规范性文件\t4\t1\t23\n"
    "信息内容\t本年处理决定数量\n"
    "行政许可\t156\n"
    "行政处罚\t37\n"
    "信息内容\t本年收费金额（单位：万元）\n"
    "行政事业性收费\t12.5"
)
# a 区 bureau's table of requests, its header flattened to one row of leaves; a group cell
# (三、本年度办理结果, （三）不予公开) opens some rows before their own label
DISTRICT = (
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t自然人\t商业企业\t科研机构\t"
    "社会公益组织\t法律服务机构\t其他\t总计\n"
    "一、本年新收政府信息公开申请数量\t17\t2\t0\t0\t0\t1\t20\n"
    "二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
    "三、本年度办理结果\t（一）予以公开\t9\t1\t0\t0\t0\t0\t10\n"
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\t0\t0\t0\t0\t0\t3\n"
    "（三）不予公开\t1.属于国家秘密\t6\t0\t0\t0\t0\t0\t6\n"
    "2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0\n"
    "四、结转下年度继续办理\t4\t1\t0\t0\t0\t0\t5"
)
# a 厅's review and lawsuit table, written with the kinds as rows
BUREAU = (
    "类别\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
    "行政复议\t5\t1\t0\t2\t8\n"
    "行政诉讼（未经复议直接起诉）\t3\t0\t0\t1\t4\n"
    "行政诉讼（复议后起诉）\t2\t1\t0\t0\t3"
)

TEMPLATE = [
    fact_case(
        TOWNSHIP,
        "规范性文件\t4",
        PUBLISHED,
        "written-township: 本年制发件数 gives 件",
        value=4,
        unit="件",
        kind="count",
        subject=["规范性文件"],
    ),
    fact_case(
        TOWNSHIP,
        "\t23",
        PUBLISHED,
        "written-township: 现行有效件数 gives 件",
        value=23,
        unit="件",
        subject=["规范性文件"],
    ),
    fact_case(
        TOWNSHIP,
        "\t156",
        PUBLISHED,
        "written-township: a block headed again by 信息内容 (处理决定数量)",
        value=156,
        unit=None,
        kind="count",
        subject=["行政许可"],
    ),
    fact_case(
        TOWNSHIP,
        "\t12.5",
        PUBLISHED,
        "written-township: 本年收费金额（单位：万元） in the third block",
        value=125000,
        unit="元",
        kind="money",
        subject=["行政事业性收费"],
    ),
    fact_case(
        DISTRICT,
        "数量\t17",
        PUBLISHED,
        "written-district: 一、 numbered row, counts beside 总计",
        value=17,
        unit=None,
        kind="count",
        subject=["本年新收政府信息公开申请数量", "政府信息公开申请"],
    ),
    fact_case(
        DISTRICT,
        "予以公开\t9",
        PUBLISHED,
        "written-district: group cell 三、本年度办理结果 before (一)予以公开",
        value=9,
        kind="count",
        subject=["予以公开"],
    ),
    fact_case(
        DISTRICT,
        "\t10",
        PUBLISHED,
        "written-district: the 总计 cell of a row opening with a group",
        value=10,
        subject=["予以公开"],
    ),
    fact_case(
        DISTRICT,
        "情形）\t3",
        PUBLISHED,
        "written-district: （二）部分公开（区分处理的…）: number and note go",
        value=3,
        subject=["部分公开"],
    ),
    fact_case(
        DISTRICT,
        "国家秘密\t6",
        PUBLISHED,
        "written-district: （三）不予公开 | 1.属于国家秘密",
        value=6,
        subject=["属于国家秘密"],
    ),
    fact_case(
        DISTRICT,
        "继续办理\t4",
        PUBLISHED,
        "written-district: 四、结转下年度继续办理",
        value=4,
        subject=["结转下年度继续办理"],
    ),
    fact_case(
        BUREAU,
        "行政复议\t5",
        PUBLISHED,
        "written-provincial-bureau: 结果维持 beside a 总计 column: a count",
        value=5,
        unit=None,
        kind="count",
        subject=["行政复议"],
    ),
    fact_case(
        BUREAU,
        "\t8",
        PUBLISHED,
        "written-provincial-bureau: the 行政复议 总计",
        value=8,
        kind="count",
        subject=["行政复议"],
    ),
    fact_case(
        BUREAU,
        "起诉）\t3",
        PUBLISHED,
        "written-provincial-bureau: 行政诉讼（未经复议直接起诉）",
        value=3,
        kind="count",
        subject=["行政诉讼"],
    ),
    fact_case(
        "申请情况及办理结果\t数量（件）\n二、本年度办理结果：予以公开\t31\n无法提供（本机关不掌握相关政府信息）\t6",
        "予以公开\t31",
        "2022-01-21",
        "invented-gov-info-disclosure: the group heading before a colon goes",
        value=31,
        unit="件",
        subject=["予以公开"],
    ),
]

# the same constructions on other kinds of site
OTHER_SITES = [
    fact_case(
        "区县\t受理件数\t办结件数\n城关区\t1,204\t1,198",
        "1,198",
        PUBLISHED,
        "written-provincial-portal: 办结件数 (a measure word before 数) gives 件",
        value=1198,
        unit="件",
        kind="count",
        # a first column of places (区县): the column's measure is the subject (session 11, batch 17)
        subject=["城关区", "办结件数"],
    ),
    fact_case(
        "地區\t申請宗數\t批出宗數\n中西區\t35\t28",
        "28",
        PUBLISHED,
        "written-hk-lands: 批出宗數 gives 宗",
        value=28,
        unit="宗",
        kind="count",
    ),
    fact_case(
        "項目\t件數\n陳情案件\t128",
        "128",
        PUBLISHED,
        "written-tw-county: 件數 gives 件",
        value=128,
        unit="件",
        subject=["陳情案件"],
    ),
    fact_case(
        "项目\t上半年\t下半年\t合计\n培训场次\t12\t15\t27",
        "27",
        PUBLISHED,
        "written-county-news: a 合计 column makes whole numbers counts",
        value=27,
        unit=None,
        kind="count",
        subject=["培训场次"],
    ),
    fact_case(
        "指标\t本月\t累计\n社会消费品零售总额\t45.6\t412.3\n指标\t本月\t同比增长（%）\n社会消费品零售总额\t45.6\t5.2",
        "\t5.2",
        PUBLISHED,
        "written-statistics-bulletin: a second block headed by 指标 again",
        value=5.2,
        unit="%",
        subject=["社会消费品零售总额"],
    ),
    fact_case(
        "（單位：百萬港元）\n項目\t2024年\t2023年\n綜合盈餘／（赤字）\t(29,517)\t(104,056)",
        "(29,517)",
        PUBLISHED,
        "written-hk-finance: a bracket after a slash is an alternative, not a note",
        value=-29517000000,
        subject=["綜合盈餘／（赤字）"],
    ),
    fact_case(
        "序号\t指标名称\t单位\t数值\n1\t（一）粮食产量\t万吨\t35.6\n2\t（二）油料产量\t万吨\t2.1",
        "2.1",
        PUBLISHED,
        "written-agriculture-bureau: 序号 | 指标名称 | 数值: the name after the serial number",
        value=21000,
        unit="吨",
        subject=["油料产量"],
    ),
    fact_case(
        "項目\t絕對數（億元）\t比上年增長（%）\n本地生產總值\t4,512.6\t3.2",
        "4,512.6",
        PUBLISHED,
        "written-macau-statistics: 項目 | 絕對數: the row label",
        subject=["本地生產總值"],
    ),
    fact_case(
        "产品名称\t产量（万吨）\t比上年增长（%）\n水泥\t356.2\t-4.1",
        "356.2",
        PUBLISHED,
        "written-statistics-bulletin: 产品名称 | 产量 (a measure head) stays",
        subject=["水泥", "产量"],
    ),
    fact_case(
        "指标名称\t绝对数（亿元）\t比上年增长（%）\n（一）第一产业增加值\t312.4\t3.9",
        "312.4",
        PUBLISHED,
        "written-statistics-bulletin: （一） numbering before a row label, under 绝对数 (no measure)",
        value=31240000000,
        unit="元",
        subject=["第一产业增加值"],
    ),
]

# numbers in a total column stay no figure when they are no whole numbers
NO_FIGURE = [
    no_fact_case(
        "项目\t上半年\t下半年\t合计\n平均得分\t85.5\t88.1\t86.8",
        "86.8",
        "written-county-news: a decimal beside a 合计 column, no unit: nothing checkable",
    ),
    no_fact_case(
        "项目\t结果维持\t结果纠正\n行政复议\t2\t1",
        "\t2",
        "written-township: no total column, no count header: the outcome columns say no unit",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), TEMPLATE + OTHER_SITES)
def test_template_tables(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


@pytest.mark.parametrize(("text", "needle"), NO_FIGURE)
def test_no_figure_in_tables(text: str, needle: str) -> None:
    i = text.find(needle)
    assert not [f for f in facts_of(text, PUBLISHED) if f.start < i + len(needle) and i < f.end]


# the template as sites serve it: its header spread over rows by rowspan and colspan (the page keeps
# each head's place on the grid, a spanned place empty), the review and lawsuit counts in one row
# with no label, the request rows' labels spanning columns and rows
SPANNED = """<html><head><title>某某厅2023年政府信息公开工作年度报告</title></head><body>
<h1>某某厅2023年政府信息公开工作年度报告</h1><div class="content">
<p>本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。全年共收到政府信息公开申请86件。</p>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table border="1">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td>
<td rowspan="2">尚未审结</td>
<td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>3</td><td>1</td><td>0</td><td>0</td><td>4</td><td>2</td><td>0</td><td>0</td>
<td>1</td><td>7</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table><p>五、存在的主要问题及改进情况</p></div></body></html>"""
# a 区 bureau's request table with its real spans, and a statistics table whose years span two columns
SPANNED_DISTRICT = """<html><head><title>某某区教育局2022年政府信息公开工作年度报告</title></head><body>
<h1>某某区教育局2022年政府信息公开工作年度报告</h1><div class="content">
<p>本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。</p>
<p>三、收到和处理政府信息公开申请情况</p>
<table border="1">
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）</td>
<td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>17</td><td>2</td><td>0</td><td>0</td>
<td>0</td><td>1</td><td>20</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td>
<td>0</td><td>0</td><td>1</td></tr>
<tr><td rowspan="5">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>9</td><td>1</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>10</td></tr>
<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>
<td>3</td><td>0</td><td>0</td>
<td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>6</td><td>0</td><td>0</td><td>0</td>
<td>0</td><td>0</td><td>6</td></tr>
<tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>
<td>0</td></tr>
<tr><td colspan="2">（四）总计</td><td>18</td><td>1</td><td>0</td><td>0</td><td>0</td>
<td>0</td><td>19</td></tr>
<tr><td colspan="3">四、结转下年度继续办理</td><td>4</td><td>1</td><td>0</td><td>0</td><td>0</td>
<td>0</td><td>5</td></tr>
</table>
<p>表2 主要指标</p>
<table border="1">
<tr><td rowspan="2">指标</td><td colspan="2">2022年</td><td colspan="2">2021年</td></tr>
<tr><td>绝对数（亿元）</td><td>增长（%）</td><td>绝对数（亿元）</td><td>增长（%）</td></tr>
<tr><td>地区生产总值</td><td>512.3</td><td>4.1</td><td>489.6</td><td>6.3</td></tr>
</table>
</div></body></html>
"""
# a procurement notice's table under a caption row of one cell (服务类): no stacked header
CAPTIONED = """<html><head><title>某某医院后勤服务项目中标公告</title></head><body>
<h1>某某医院后勤服务项目中标公告</h1>
<div class="content"><p>五、主要标的信息</p><table border="1">
<tr><td colspan="4">服务类</td></tr>
<tr><td>包号</td><td>标的名称</td><td>服务时间</td><td>服务标准</td></tr>
<tr><td>1</td><td>保洁服务</td><td>24个月</td><td>详见招标文件</td></tr>
<tr><td>2</td><td>安保服务</td><td>36个月</td><td>详见招标文件</td></tr>
</table></div></body></html>"""


def _page_facts(html: str) -> tuple[Fact, ...]:
    from factcase import PATTERNS

    page = read_article(html, PATTERNS)
    return facts_of("\n".join(page.paragraphs), "2024-01-20")


def _cell(html: str, sentence: str, text: str, nth: int = 1) -> Fact:
    got = [f for f in _page_facts(html) if f.text == text and sentence in f.sentence]
    assert len(got) >= nth, [(f.text, f.subject) for f in _page_facts(html)]
    return got[nth - 1]


@pytest.mark.parametrize(
    ("html", "sentence", "text", "nth", "expected"),
    [
        pytest.param(SPANNED, "3\t1\t0", "4", 1, {"kind": "count", "subject": ["行政复议"]},
                     id="written-provincial-bureau: 行政复议 总计 under a header of three rows"),
        pytest.param(SPANNED, "3\t1\t0", "7", 1, {"kind": "count", "subject": ["行政诉讼"]},
                     id="written-provincial-bureau: 行政诉讼 (未经复议直接起诉) 总计"),
        pytest.param(SPANNED_DISTRICT, "本年新收", "17", 1,
                     {"kind": "count", "subject": ["本年新收政府信息公开申请数量"]},
                     id="written-district: a label spanning three columns, numbers under 自然人"),
        pytest.param(SPANNED_DISTRICT, "予以公开", "10", 1, {"subject": ["予以公开"]},
                     id="written-district: a group spanning rows, (一)予以公开 spanning two columns"),
        pytest.param(SPANNED_DISTRICT, "国家秘密", "6", 1, {"subject": ["属于国家秘密"]},
                     id="written-district: （三）不予公开 | 1.属于国家秘密"),
        pytest.param(SPANNED_DISTRICT, "地区生产总值", "489.6", 1,
                     {"value": 48960000000, "unit": "元", "time": "2021-12-31", "subject": ["地区生产总值"]},
                     id="written-statistics-bulletin: 2021年 over 绝对数（亿元）: year and unit"),
        pytest.param(SPANNED_DISTRICT, "地区生产总值", "6.3", 1, {"unit": "%", "time": "2021-12-31"},
                     id="written-statistics-bulletin: 2021年 over 增长（%）"),
        pytest.param(CAPTIONED, "安保服务", "36个月", 1, {"subject": ["服务时间", "安保服务"]},
                     id="written-procurement: a caption row of one cell heads nothing"),
    ],
)  # fmt: skip
def test_spanned_template(html: str, sentence: str, text: str, nth: int, expected: dict[str, Any]) -> None:
    check_fact(_cell(html, sentence, text, nth), expected)


# ---------------------------------------------------------------- count units: measure words of things
COUNT_UNITS = [
    fact_case(
        "2025年，集装箱吞吐量1026.8万标箱，同比增长5.2%。",
        "1026.8万标箱",
        PUBLISHED,
        "invented-port-throughput: 标箱 is a count of boxes",
        value=10268000,
        unit="标箱",
        kind="count",
    ),
    fact_case(
        "全年完成集装箱吞吐量76.9万标准箱，增长18.6%。",
        "76.9万标准箱",
        PUBLISHED,
        "corpus-009: 标准箱",
        kind="count",
    ),
    fact_case(
        "全港貨櫃吞吐量達1,430萬個標準箱。",
        "1,430萬個標準箱",
        PUBLISHED,
        "written-hk-marine: 萬個標準箱",
        value=14300000,
        kind="count",
    ),
    fact_case(
        "洋山港区全年吞吐量达到2,350万TEU。",
        "2,350万TEU",
        PUBLISHED,
        "written-finance-news: TEU",
        value=23500000,
        unit="TEU",
        kind="count",
    ),
    fact_case(
        "机场全年保障航班起降1.8万架次。",
        "1.8万架次",
        PUBLISHED,
        "written-airport: 架次",
        unit="架次",
        kind="count",
    ),
    fact_case(
        "进出港船舶2.3万艘次，旅客吞吐量245.6万人次。",
        "2.3万艘次",
        PUBLISHED,
        "written-maritime: 艘次",
        unit="艘次",
        kind="count",
    ),
    fact_case(
        "进出港船舶2.3万艘次，旅客吞吐量245.6万人次。",
        "245.6万人次",
        PUBLISHED,
        "written-maritime: 人次",
        unit="人次",
        kind="count",
    ),
    fact_case(
        "全市烟花爆竹销售1575万箱。",
        "1575万箱",
        PUBLISHED,
        "written-county-news: 箱 a measure word",
        unit="箱",
        kind="count",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), COUNT_UNITS)
def test_count_units(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- points and pure measures
NHI = (
    "113年全年健保醫療費用總額為8,765億點，較112年增加4.7%。"
    "一般服務平均點值為0.9235，全年平均點值為0.9318，較前一年下降0.012。"
)

POINTS = [
    fact_case(
        NHI,
        "8,765億點",
        "2025-03-10",
        "invented-tw-mohw-nhi: 億點 a count of points",
        value=876500000000,
        unit="點",
        kind="count",
        subject=["醫療費用總額", "健保醫療費用總額"],
    ),
    fact_case(
        "全市医保结算总额为120万点。",
        "120万点",
        PUBLISHED,
        "written-city-medical-insurance: 万点 in a clause of no index",
        value=1200000,
        unit="点",
        kind="count",
    ),
    fact_case(
        "恒指跌破2万点，收報19,850點。",
        "2万点",
        PUBLISHED,
        "written-hk-market: 万点 of an index stays a level",
        value=20000,
        kind="other",
    ),
    fact_case(
        NHI,
        "0.9235",
        "2025-03-10",
        "invented-tw-mohw-nhi: 平均點值為0.9235 (a value per point, unit null)",
        value=0.9235,
        unit=None,
        kind="other",
        subject=["平均點值", "一般服務平均點值"],
    ),
    fact_case(
        NHI,
        "0.012",
        "2025-03-10",
        "invented-tw-mohw-nhi: 較前一年下降0.012 of the 點值",
        value=0.012,
        unit=None,
        subject=["平均點值", "全年平均點值"],
    ),
    fact_case(
        "截至9月末，该基金单位净值为1.0523元。",
        "1.0523",
        PUBLISHED,
        "written-finance-news: 单位净值 with its 元",
        value=1.0523,
        unit="元",
    ),
    fact_case(
        "該基金單位淨值為1.0523，較上月上升0.0121。",
        "1.0523",
        PUBLISHED,
        "written-hk-fund: 單位淨值, bare",
        value=1.0523,
        unit=None,
        kind="other",
    ),
    fact_case(
        "饮用水源地水质pH值为7.2，符合标准。",
        "7.2",
        PUBLISHED,
        "written-environment-bulletin: pH值",
        value=7.2,
        unit=None,
        kind="other",
        subject=["水质pH值", "饮用水源地水质pH值"],
    ),
    fact_case(
        "全县居民收入基尼系数为0.465。",
        "0.465",
        PUBLISHED,
        "written-statistics-bulletin: 基尼系数 (read before)",
        value=0.465,
        unit=None,
        kind="other",
    ),
    fact_case(
        "考生笔试平均分为85.5，比上年提高2.1。",
        "85.5",
        PUBLISHED,
        "written-education-bureau: a score's average after 为 (unit 分 unwritten)",
        kind="other",
        marks=known_miss("a bare score after 为 whose noun names a score, not a ratio (平均分)"),
    ),
]

NOT_POINTS = [
    no_fact_case("会议于上午9点召开。", "9点", "written-county-news: a time of day"),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), POINTS)
def test_points_and_pure_measures(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


@pytest.mark.parametrize(("text", "needle"), NOT_POINTS)
def test_not_points(text: str, needle: str) -> None:
    i = text.find(needle)
    assert not [f for f in facts_of(text, PUBLISHED) if f.start < i + len(needle) and i < f.end]


def test_check_fact_is_used() -> None:
    """The spanned page still reads its running text's count (the table's spans aside)."""
    got = [f for f in _page_facts(SPANNED) if f.text == "86件"]
    assert len(got) == 1
    check_fact(got[0], {"value": 86, "unit": "件", "kind": "count"})
