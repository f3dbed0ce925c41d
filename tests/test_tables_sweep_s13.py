"""Session 13 (issues 15 and 16): a probe sweep of tables in both scripts.

A table holds many figures: a layout the engine does not read costs a page a tenth of its recall.
Each probe is a small HTML page with a real ``<table>``, written in the style of a kind of site
(Taiwan 縣市政府 and 主計 releases, Hong Kong 政府新聞公報 tables, Macau DSEC tables, mainland
statistics bulletins, procurement results, 信息公开 pages); each row names a cell figure and what
it must read as (value, unit, kind, subject by the gold scorer's rule, time's last day). Ids say
the construction and the source (``written: <style>``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from factcase import PATTERNS, check_fact, facts_of, known_miss
from gov_facts.core.models import Fact
from gov_facts.page.reader import read_article

PUBLISHED = "2024-11-20"


def page(rows: list[list[str]], above: str = "", caption: str = "", head: bool = True) -> str:
    """A small page: a lead paragraph, a line above the table, then the table (first row in <th>)."""
    body = []
    for i, row in enumerate(rows):
        tag = "th" if i == 0 and head else "td"
        body.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    cap = f"<caption>{caption}</caption>" if caption else ""
    line = f"<p>{above}</p>" if above else ""
    return (
        "<html><head><title>統計表</title></head><body><div class='content'><h1>統計表</h1>"
        f"<p>發布日期：{PUBLISHED}</p><p>本表列示相關統計數據如下，資料來源為主管機關之公務統計報表。</p>"
        f"{line}<table>{cap}{''.join(body)}</table></div></body></html>"
    )


@cache
def page_facts(html: str) -> tuple[Fact, ...]:
    article = read_article(html, PATTERNS)
    return facts_of("\n".join(article.paragraphs), PUBLISHED)


def cell(html: str, text: str, nth: int = 1) -> Fact:
    got = [f for f in page_facts(html) if f.text == text]
    assert len(got) >= nth, [(f.text, f.value, f.unit, f.subject) for f in page_facts(html)]
    return got[nth - 1]


def D(text: str) -> float:
    """A cell's expected value (the record's value is a float, compared approximately)."""
    return float(text)


# ---------------------------------------------------------------- the pages
TW_MONEY = page(
    [
        ["區別", "金額（新臺幣萬元）", "成長率（%）"],
        ["東區", "1,234", "5.2"],
        ["西區", "987", "−3.1"],
        ["合計", "2,221", "1.4"],
    ]
)
TW_AREA = page(
    [["鄉鎮市", "面積(公頃)", "人數 (人)"], ["竹東鎮", "5,346", "96,521"], ["關西鎮", "12,558", "27,134"]]
)
TW_PP = page(
    [
        ["項目", "113年", "112年", "增減 (百分點)"],
        ["勞動力參與率", "59.2", "58.9", "0.3"],
        ["失業率", "3.4", "3.6", "−0.2"],
    ],
    above="單位：%",
)
TW_CAPTION = page(
    [
        ["作物", "種植面積", "產量", "價格"],
        ["稻米", "1,250", "8,300", "32.5"],
        ["甘藷", "320", "5,100", "18.2"],
    ],
    above="單位：公頃、公噸、元/公斤",
)
TW_CAPTION_TAG = page(
    [["類別", "件數", "金額"], ["竊盜", "1,203", "3,456"], ["詐欺", "987", "12,345"]],
    caption="單位：件、新臺幣千元",
)
TW_MINGUO_COLS = page(
    [["項目", "113年", "112年"], ["結婚對數（對）", "1,203", "1,158"], ["出生人數（人）", "2,011", "2,145"]]
)
TW_MINGUO_ROWS = page(
    [["年別", "人口數（人）", "戶數（戶）"], ["111年", "560,123", "210,456"], ["113年", "565,887", "214,990"]]
)
TW_SIGNS = page(
    [
        ["項目", "本月", "較上月增減(%)"],
        ["消費者物價指數", "105.2", "▲0.4"],
        ["躉售物價指數", "103.1", "▼0.8"],
    ]
)
TW_FOOTNOTE = page(
    [
        ["區別", "每戶可支配所得（元）"],
        ["本縣", "1,052,345*"],
        ["全國", "1,121,788 r"],
        ["北部", "1,256,004p"],
    ]
)
TW_DASH = page(
    [
        ["區別", "件數（件）", "金額（新臺幣千元）"],
        ["北區", "12", "3,456"],
        ["南區", "-", "…"],
        ["中區", "8", "2,100"],
    ]
)
TW_BLANK = page(
    [["區別", "件數（件）", "金額（新臺幣千元）"], ["北區", "12", "3,456"], ["南區", "", "2,100"]]
)
TW_FULLWIDTH = page(
    [["區別", "人數（人）", "比率（％）"], ["東區", "１，２３４", "４５．６"], ["西區", "９８７", "３３．２"]]
)
TW_DASH_FW = page([["鄉鎮", "戶數（戶）", "人口（人）"], ["尖石鄉", "－", "9,876"], ["五峰鄉", "—", "4,321"]])
TW_PERMILLE = page(
    [["項目", "113年", "112年"], ["出生率（‰）", "5.6", "5.8"], ["粗死亡率（‰）", "8.1", "8.4"]]
)
TW_DATE_CELL = page([["案件編號", "決標日期", "決標金額（元）"], ["A113001", "113年3月5日", "1,250,000"]])
DGBAS_PERIOD = page(
    [
        ["項目", "2024年1-9月", "年增率(%)"],
        ["出口（億美元）", "3,521.4", "9.9"],
        ["進口（億美元）", "2,887.3", "12.4"],
    ]
)
DGBAS_MONTH_CUM = page([["項目", "本月", "累計", "累計年增率(%)"], ["工業生產指數", "108.5", "105.3", "6.1"]])
DGBAS_UNIT_COL = page(
    [
        ["指標", "單位", "數值"],
        ["就業人數", "千人", "11,521"],
        ["失業人數", "千人", "393"],
        ["失業率", "%", "3.38"],
    ]
)
DGBAS_BLANK_TIERS = page(
    [
        ["項目", "113年", "", "112年", ""],
        ["", "金額", "成長率(%)", "金額", "成長率(%)"],
        ["國內生產毛額", "245,123", "3.2", "237,530", "1.3"],
    ],
    above="單位：新臺幣億元",
)
DGBAS_COLSPAN = (
    "<html><head><title>統計</title></head><body><div><p>發布日期：2024-11-20</p>"
    "<p>本表列示相關統計數據如下，資料來源為主管機關之公務統計報表。</p><p>單位：新臺幣億元</p><table>"
    '<tr><th rowspan="2">項目</th><th colspan="2">113年</th><th colspan="2">112年</th></tr>'
    "<tr><th>金額</th><th>成長率(%)</th><th>金額</th><th>成長率(%)</th></tr>"
    "<tr><td>國內生產毛額</td><td>245,123</td><td>3.2</td><td>237,530</td><td>1.3</td></tr></table></div></body></html>"
)
HK_CORNER = page(
    [
        ["", "2024年第三季", "按年變動（%）"],
        ["本地生產總值（百萬元）", "812,345", "1.8"],
        ["存貨增減（百萬元）", "(1,234)", "不適用"],
        ["淨出口（百萬元）", "(12.5)", ""],
    ]
)
HK_FISCAL = page(
    [["開支項目", "2023-24", "2024-25"], ["教育", "99,254", "102,013"], ["衞生", "118,532", "125,004"]],
    above="(百萬港元)",
)
HK_CN_YEAR = page([["", "二○二三年", "二○二四年"], ["訪港旅客（萬人次）", "3,400", "4,450"]])
HK_DISTRICT = page(
    [
        ["地區", "個案數目", "按年變動（%）"],
        ["中西區", "123", "+3.1"],
        ["灣仔", "98", "-5.2"],
        ["總計", "221", "-0.4"],
    ]
)
HK_SPACES = page([["類別", "人數"], ["本地居民", "1 234 567"], ["非本地居民", "98 765"]])
HK_NEG_PCT = page([["項目", "按年變動（%）"], ["零售業總銷貨價值", "(1.2)"], ["酒樓菜館", "3.4"]])
HK_BR_HEAD = page([["", "2023年", "2024年"], ["抵港旅客<br>(千人次)", "34,000", "44,500"]])
HK_PCT_COL = page(
    [["年齡組別", "人數", "百分比"], ["15-24", "123,400", "12.3"], ["25-34", "234,500", "23.4"]]
)
MO_MOP = page(
    [
        ["行業", "2024年上半年", "同比變動(%)"],
        ["博彩業", "1,152.3", "28.1"],
        ["批發及零售業", "85.4", "-3.2"],
    ],
    above="計量單位：億澳門元",
)
MO_HALF = page([["項目", "上半年", "同比"], ["入境旅客（萬人次）", "1,699.5", "+26.3%"]])
MO_TD_HEAD = page(
    [
        ["指標", "2024年9月", "2023年9月"],
        ["總就業人口（千人）", "373.9", "370.2"],
        ["失業率（%）", "1.8", "2.0"],
    ],
    head=False,
)
MO_LIST = page([["行業", "僱員人數", "平均月工資"], ["酒店業", "52,345", "18,900"]], above="單位：人；澳門元")
CN_UNIT_LINE = page(
    [
        ["指标", "2024年", "比上年增长（%）"],
        ["地区生产总值", "1,234.5", "5.3"],
        ["第一产业增加值", "123.4", "3.1"],
        ["合计", "1,357.9", "5.0"],
    ],
    above="单位：万元，%",
)
CN_ABS = page(
    [
        ["指标", "绝对数", "比上年增长（%）"],
        ["规模以上工业增加值", "456.7", "6.2"],
        ["固定资产投资", "890.1", "-2.4"],
    ],
    above="单位：亿元",
)
CN_HALF = page(
    [
        ["指标", "上半年", "同比（%）"],
        ["社会消费品零售总额（亿元）", "2,345.6", "4.5"],
        ["城镇居民人均可支配收入（元）", "25,678", "5.1"],
    ]
)
CN_UNIT_ROW = page(
    [
        ["指标名称", "计量单位", "2024年", "增长（%）"],
        ["粮食产量", "万吨", "123.4", "1.2"],
        ["生猪出栏", "万头", "56.7", "-3.4"],
    ]
)
CN_BR_ROWS = page([["区县", "人口（万人）"], ["城关区<br>七里河区", "130.2<br>56.1"]])
CN_PLACES = page(
    [
        ["县（区）", "受灾人口（万人）", "直接经济损失（亿元）"],
        ["甲县", "3.2", "1.5"],
        ["乙县", "1.1", "0.4"],
        ["合计", "4.3", "1.9"],
    ]
)
CN_MONTH_ROWS = page(
    [["月份", "降水量（毫米）", "较常年同期（%）"], ["6月", "123.4", "-12.3"], ["7月", "210.5", "+8.9"]]
)
CN_PERIOD_ROWS = page(
    [
        ["时间", "出口额（亿元）", "同比增长（%）"],
        ["2024年1-9月", "123.4", "5.6"],
        ["2023年1-9月", "116.9", "3.2"],
    ]
)
CN_RATE_LIST = page(
    [["项目", "预算数", "执行数", "执行率"], ["一般公共预算支出", "1,234.5", "1,100.2", "89.1"]],
    above="单位：万元、%",
)
CN_REGION = page(
    [
        ["地区", "地区生产总值（亿元）", "增长（%）"],
        ["城关区", "1,234.5", "5.1"],
        ["七里河区", "456.7", "-0.8"],
    ]
)
CN_HASH = page([["指标", "数值（亿元）"], ["一般公共预算收入", "123.4#"]])
CN_AREA = page([["地区", "面积（平方公里）", "人口（万人）"], ["甲区", "123.45", "56.7"]])
PROC_RESULT = page(
    [
        ["序号", "供应商名称", "中标金额（万元）", "服务期限"],
        ["1", "某某科技有限公司", "128.64", "三年"],
        ["2", "某某信息技术有限公司", "96.50", "两年"],
    ]
)
PROC_RATE = page(
    [["包号", "成交供应商", "报价（元）", "下浮率（%）"], ["1", "甲公司", "1,286,400.00", "8.5"]]
)
PROC_TOTAL = page(
    [
        ["序号", "项目名称", "预算金额（万元）"],
        ["1", "道路维修", "320.5"],
        ["2", "绿化提升", "88"],
        ["合计", "", "408.5"],
    ]
)
XXGK_FEE = page([["项目", "本年收费金额（单位：万元）"], ["行政事业性收费", "12.5"]])
LAYOUT = (
    "<html><head><title>統計</title></head><body><table><tr><td>網站導覽</td><td>"
    "<p>發布日期：2024-11-20</p><p>本縣113年農業統計如下。</p><table><tr><th>作物</th><th>產量（公噸）</th></tr>"
    "<tr><td>茶葉</td><td>1,234</td></tr><tr><td>柑橘</td><td>5,678</td></tr></table></td></tr></table></body></html>"
)

TW_RATE_TIERS = (
    "<html><head><title>統計</title></head><body><div><p>發布日期：2024-11-20</p>"
    "<p>本表列示相關統計數據如下，資料來源為主管機關之公務統計報表。</p><table>"
    '<tr><th rowspan="2">類別</th><th colspan="3">件數（件）</th></tr>'
    "<tr><th>本期</th><th>上期</th><th>增減率(%)</th></tr>"
    "<tr><td>竊盜</td><td>1,203</td><td>1,150</td><td>4.6</td></tr></table></div></body></html>"
)
MO_QUARTERS = (
    "<html><head><title>統計</title></head><body><div><p>發布日期：2024-11-20</p>"
    "<p>本表列示相關統計數據如下，資料來源為主管機關之公務統計報表。</p><table>"
    '<tr><th rowspan="2">指標</th><th colspan="2">2024年</th></tr>'
    "<tr><th>第二季</th><th>第三季</th></tr>"
    "<tr><td>入境旅客（千人次）</td><td>8,123</td><td>9,456</td></tr></table></div></body></html>"
)
MO_QUARTERS_2023 = (
    "<html><head><title>統計</title></head><body><div><p>發布日期：2024-11-20</p>"
    "<p>本表列示相關統計數據如下，資料來源為主管機關之公務統計報表。</p><table>"
    '<tr><th rowspan="2">指標</th><th colspan="2">2023年</th><th colspan="2">2024年</th></tr>'
    "<tr><th>第二季</th><th>第三季</th><th>第二季</th><th>第三季</th></tr>"
    "<tr><td>入境旅客（千人次）</td><td>7,001</td><td>7,502</td><td>8,123</td><td>9,456</td></tr></table></div></body></html>"
)
TW_MONTHS = (
    "<html><head><title>統計</title></head><body><div><p>發布日期：2024-11-20</p>"
    "<p>本表列示相關統計數據如下，資料來源為主管機關之公務統計報表。</p><table>"
    '<tr><th rowspan="2">項目</th><th colspan="2">112年</th><th colspan="2">113年</th></tr>'
    "<tr><th>9月</th><th>1-9月</th><th>9月</th><th>1-9月</th></tr>"
    "<tr><td>出口（億美元）</td><td>380.1</td><td>3,201.5</td><td>412.3</td><td>3,521.4</td></tr></table></div></body></html>"
)
TW_UNIT_ROW = (
    "<html><head><title>統計</title></head><body><div><p>發布日期：2024-11-20</p>"
    "<p>本表列示相關統計數據如下，資料來源為主管機關之公務統計報表。</p><table>"
    '<tr><td colspan="3">單位：千人</td></tr><tr><th>項目</th><th>113年</th><th>112年</th></tr>'
    "<tr><td>就業人數</td><td>11,521</td><td>11,483</td></tr></table></div></body></html>"
)
TW_TITLE_UNIT = page([["項目", "數值"], ["歲出", "2,345"]], above="表1 113年度總預算 單位：新臺幣億元")
TW_KEY_VALUE = page(
    [
        ["項目名稱", "XX路改善工程"],
        ["預算金額", "新臺幣1,234萬元"],
        ["決標金額", "1,100萬元"],
        ["工期", "180日曆天"],
    ],
    head=False,
)
CN_RMB = page([["项目", "金额（亿元人民币）"], ["外商直接投资", "123.4"]])
MO_PP = page([["指標", "2024年9月", "變動 (百分點)"], ["失業率 (%)", "1.8", "-0.1"]])
HK_PCT_CHANGE = page([["商品類別", "2024年10月（百萬元）", "百分率變動"], ["電動機械", "123,456", "+8.2"]])
HK_EN_DASH = page([["地區", "增長率（%）"], ["東區", "–1.2"], ["西區", "持平"]])
TW_LABEL_MARK = page([["指標", "2024年"], ["失業率（%）#", "3.2"]])
CN_SHARES = page([["产业", "增加值（亿元）", "占比（%）", "增速（%）"], ["第一产业", "123.4", "8.1", "3.4"]])
TW_SCENIC = page([["景區", "接待遊客（萬人次）", "門票收入（萬元）"], ["太魯閣", "123.4", "567.8"]])
PROC_SCORES = page(
    [["包号", "中标供应商", "最终报价（元）", "评审得分"], ["1", "甲公司", "1,234,567.00", "92.5"]]
)
TW_SEMICOLON = page([["縣市", "人數", "比率"], ["臺北市", "12,345", "3.4"]], above="單位：人；%")
TW_UNIT_TIER = (
    "<html><head><title>統計</title></head><body><div><p>發布日期：2024-11-20</p>"
    "<p>本表列示相關統計數據如下，資料來源為主管機關之公務統計報表。</p><table>"
    '<tr><th rowspan="2">鄉鎮</th><th>人口</th><th>面積</th></tr><tr><th>(人)</th><th>(平方公里)</th></tr>'
    "<tr><td>竹北市</td><td>213,456</td><td>46.8</td></tr></table></div></body></html>"
)
TW_UNITS_ROW = page([["項目", "人口", "面積"], ["單位", "人", "平方公里"], ["竹北市", "213,456", "46.8"]])
CN_UNITS_ROW = page([["指标", "粮食产量", "生猪出栏"], ["计量单位", "万吨", "万头"], ["甲县", "12.3", "4.5"]])
TW_YEAR_END = page([["年底別", "人口數（人）"], ["112年底", "560,123"], ["民國113年底", "565,887"]])
CN_CUM_COLS = page(
    [["指标", "本年累计", "上年同期", "增减%"], ["税收收入（万元）", "12,345", "11,234", "9.9"]]
)
HK_CORNER_TIERS = (
    "<html><head><title>統計</title></head><body><div><p>發布日期：2024-11-20</p>"
    "<p>本表列示相關統計數據如下，資料來源為主管機關之公務統計報表。</p><table>"
    '<tr><th rowspan="2"></th><th colspan="2">2024年10月</th></tr>'
    "<tr><th>數目</th><th>按年變動（%）</th></tr>"
    "<tr><td>訪港旅客</td><td>3,456,789</td><td>+12.3</td></tr></table></div></body></html>"
)
CN_MONTH_TIERS = (
    "<html><head><title>统计</title></head><body><div><p>发布日期：2024-11-20</p><p>本表列示相关统计数据如下。</p><table>"
    '<tr><th rowspan="2">指标</th><th colspan="2">10月</th><th colspan="2">1-10月</th></tr>'
    "<tr><th>绝对值（亿元）</th><th>同比增长（%）</th><th>绝对值（亿元）</th><th>同比增长（%）</th></tr>"
    "<tr><td>社会消费品零售总额</td><td>123.4</td><td>3.2</td><td>1,234.5</td><td>4.1</td></tr></table></div></body></html>"
)
TW_AWARD = page(
    [["機關名稱", "新竹縣政府"], ["決標金額", "新臺幣 1,234,567 元"], ["履約期限", "120日曆天"]], head=False
)
MO_MILLION = page(
    [
        ["行業", "2024年（百萬澳門元）", "按年變動 (%)"],
        ["建築業", "12,345", "-"],
        ["保險業", "2,345", "不適用"],
    ]
)
CN_PLAN_RATE = page(
    [["项目", "计划数", "完成数", "完成率（%）"], ["固定资产投资", "1,000", "856", "85.6"]],
    above="单位：万元",
)
TW_SHARE_TOTAL = page([["類別", "人數", "占總計(%)"], ["男", "12,345", "51.2"], ["女", "11,766", "48.8"]])
HK_THOUSAND_LINE = page(
    [["", "2023年", "2024年", "百分率變動"], ["訪港旅客", "33,999", "44,501", "+30.9"]], above="(千人次)"
)
CN_SCALED = page([["区县", "人数"], ["甲县", "1.2万"]])
CN_SCALED_MONEY = page([["项目", "金额（元）"], ["专项资金", "3.5亿"]])
TW_SCALED = page([["縣市", "人數"], ["新竹縣", "5.6萬"]])
CN_QIZHONG = page([["指标", "2024年（万人）"], ["常住人口", "123.4"], ["其中：城镇", "80.1"]])
HK_MONTHS = page([["", "2024年1月至9月", "按年變動百分率"], ["整體出口貨值（百萬元）", "3,456,789", "12.1"]])
MO_NO_DATA = page(
    [
        ["", "2024年第三季", "按年變動(%)"],
        ["總收入（千澳門元）", "12,345", "-2.1"],
        ["總支出（千澳門元）", "...", "0.0"],
    ]
)
CN_PP = page([["指标", "2024年", "比上年增减（百分点）"], ["城镇化率（%）", "65.2", "0.8"]])
CN_CUM = page([["指标", "1-10月累计", "同比±%"], ["进出口总额（亿元）", "1,234.5", "-3.2"]])
PROC_YEN = page([["供应商", "中标（成交）金额（元）"], ["甲公司", "¥1,234,567.00"]])
PROC_CELL_UNIT = page([["供应商", "中标金额"], ["甲公司", "1234567.00元"], ["乙公司", "12.5万元"]])
CN_BOUNDS = page([["指标", "目标值"], ["空气优良天数比例", "≥95%"], ["PM2.5浓度（微克/立方米）", "≤30"]])
TW_PERIOD_ROWS = page(
    [["期間", "營業額（億元）", "年增率(%)"], ["113年1-9月", "1,234", "5.6"], ["112年1-9月", "1,168", "-1.2"]]
)
TW_BR_HEAD = page([["項目", "金額<br>（億元）", "年增率<br>(%)"], ["稅課收入", "2,345", "3.4"]])
TW_YEAR_DU = page([["項目", "113年度", "112年度"], ["歲入（千元）", "12,345,678", "11,987,654"]])
TW_TOTAL_FIRST = page([["區別", "人口數（人）"], ["總計", "2,345,678"], ["板橋區", "551,234"]])
HK_SCALE_ONLY = page([["年份", "旅客人次（萬）"], ["2023年", "1,234"], ["2024年", "1,567"]])
TW_FW_SIGNS = page([["地區", "增長率（%）"], ["北區", "－3.2"], ["南區", "＋1.5"]])
CN_APPROX = page([["项目", "投资额（亿元）"], ["轨道交通", "约120"], ["市政道路", "近35"]])
CN_CAPTION = page(
    [["项目", "预算数", "决算数"], ["一般公共预算收入", "1,234.5", "1,256.7"]], caption="单位：亿元"
)
HK_FISCAL_ROWS = page([["年度", "開支（百萬元）"], ["2022-23", "123,456"], ["2023-24", "134,567"]])
TW_UNIT_PAREN = page([["縣市", "金額"], ["新竹縣", "1,234"]], above="（單位：新臺幣千元）")

TW, HK, MO, CN = (
    "written: Taiwan 縣市政府",
    "written: Hong Kong 新聞公報",
    "written: Macau DSEC",
    "written: statistics bulletin",
)
DG, PR, XX = "written: Taiwan 主計 release", "written: procurement result", "written: 信息公开 page"


def c(html: str, text: str, row_id: str, nth: int = 1, marks: Any = (), **expected: Any) -> Any:
    return pytest.param(html, text, nth, expected, id=row_id, marks=marks)


HEADER_UNITS = [
    c(
        TW_MONEY,
        "1,234",
        f"money head 金額（新臺幣萬元） scales [{TW}]",
        value=D("12340000"),
        unit="元",
        kind="money",
        subject=["東區"],
    ),
    c(
        TW_MONEY,
        "−3.1",
        f"full-width minus under 成長率（%） [{TW}]",
        value=D("-3.1"),
        unit="%",
        subject=["西區"],
    ),
    c(TW_MONEY, "2,221", f"合計 row [{TW}]", value=D("22210000"), unit="元", subject=["合計", "金額"]),
    c(TW_AREA, "5,346", f"面積(公頃), ASCII brackets [{TW}]", value=D("5346"), unit="公頃", kind="area"),
    c(
        TW_AREA,
        "96,521",
        f"人數 (人), a space before the bracket [{TW}]",
        value=D("96521"),
        unit="人",
        kind="count",
    ),
    c(
        TW_PP,
        "0.3",
        f"增減 (百分點) over 單位：% [{TW}]",
        value=D("0.3"),
        unit="百分點",
        kind="percentage_point",
    ),
    c(TW_PP, "−0.2", f"a negative change in points [{TW}]", value=D("-0.2"), unit="百分點"),
    c(TW_FULLWIDTH, "１，２３４", f"full-width digits and comma [{TW}]", value=D("1234"), unit="人"),
    c(TW_FULLWIDTH, "４５．６", f"full-width decimal under 比率（％） [{TW}]", value=D("45.6"), unit="%"),
    c(
        TW_PERMILLE,
        "5.6",
        f"‰ in a row head, 民國 year column [{TW}]",
        value=D("5.6"),
        unit="‰",
        subject=["出生率"],
        time="2024-12-31",
    ),
    c(CN_AREA, "123.45", f"面积（平方公里） [{CN}]", value=D("123.45"), unit="平方公里", kind="area"),
    c(CN_AREA, "56.7", f"人口（万人） scales [{CN}]", value=D("567000"), unit="人", kind="count"),
    c(
        XXGK_FEE,
        "12.5",
        f"（单位：万元） inside the head [{XX}]",
        value=D("125000"),
        unit="元",
        subject=["行政事业性收费"],
    ),
    c(HK_SPACES, "1 234 567", f"thousands grouped by spaces [{HK}]", value=D("1234567"), unit="人"),
    c(HK_PCT_COL, "12.3", f"百分比 column implies % [{HK}]", value=D("12.3"), unit="%", kind="percent"),
    c(HK_PCT_COL, "123,400", f"人數 column counts persons [{HK}]", value=D("123400"), unit="人"),
]

LINE_UNITS = [
    c(
        TW_CAPTION,
        "1,250",
        f"單位：公頃、公噸、元/公斤, first column [{TW}]",
        value=D("1250"),
        unit="公頃",
        subject=["稻米"],
    ),
    c(TW_CAPTION, "8,300", f"單位 list, second column [{TW}]", value=D("8300"), unit="公噸"),
    c(TW_CAPTION, "32.5", f"單位 list, a rate per 公斤 [{TW}]", value=D("32.5"), unit="元/公斤"),
    c(TW_CAPTION_TAG, "3,456", f"單位 list in a <caption> [{TW}]", value=D("3456000"), unit="元"),
    c(TW_CAPTION_TAG, "1,203", f"單位 list in a <caption>, 件 [{TW}]", value=D("1203"), unit="件"),
    c(
        MO_MOP,
        "1,152.3",
        f"計量單位：億澳門元 [{MO}]",
        value=D("115230000000"),
        unit="澳門元",
        kind="money",
        time="2024-06-30",
    ),
    c(MO_MOP, "-3.2", f"同比變動(%) under 計量單位 [{MO}]", value=D("-3.2"), unit="%"),
    c(MO_LIST, "18,900", f"單位：人；澳門元 per column [{MO}]", value=D("18900"), unit="澳門元"),
    c(MO_LIST, "52,345", f"單位：人；澳門元, 人 column [{MO}]", value=D("52345"), unit="人"),
    c(CN_UNIT_LINE, "1,234.5", f"单位：万元，% [{CN}]", value=D("12345000"), unit="元", time="2024-12-31"),
    c(CN_UNIT_LINE, "5.3", f"单位：万元，%, 比上年增长 takes % [{CN}]", value=D("5.3"), unit="%"),
    c(
        CN_ABS,
        "456.7",
        f"单位：亿元 over 绝对数 [{CN}]",
        value=D("45670000000"),
        unit="元",
        subject=["规模以上工业增加值"],
    ),
    c(
        CN_RATE_LIST,
        "89.1",
        f"单位：万元、% : a rate column (执行率) takes % [{CN}]",
        value=D("89.1"),
        unit="%",
    ),
    c(CN_RATE_LIST, "1,100.2", f"单位：万元、% : 执行数 takes 万元 [{CN}]", value=D("11002000"), unit="元"),
    c(
        HK_FISCAL,
        "99,254",
        f"(百萬港元) line above [{HK}]",
        value=D("99254000000"),
        unit="港元",
        subject=["教育"],
    ),
]

UNIT_COLUMNS = [
    c(
        DGBAS_UNIT_COL,
        "11,521",
        f"單位 column 千人 [{DG}]",
        value=D("11521000"),
        unit="人",
        subject=["就業人數"],
    ),
    c(DGBAS_UNIT_COL, "3.38", f"單位 column % [{DG}]", value=D("3.38"), unit="%", subject=["失業率"]),
    c(CN_UNIT_ROW, "123.4", f"计量单位 column 万吨 [{CN}]", value=D("1234000"), unit="吨", time="2024-12-31"),
    c(
        CN_UNIT_ROW,
        "56.7",
        f"计量单位 column 万头 [{CN}]",
        value=D("567000"),
        unit="头",
        subject=["生猪出栏"],
    ),
]

PERIODS = [
    c(
        TW_MINGUO_COLS,
        "1,158",
        f"民國 year column 112年 [{TW}]",
        value=D("1158"),
        unit="對",
        time="2023-12-31",
    ),
    c(
        TW_MINGUO_ROWS,
        "560,123",
        f"民國 year rows 111年 [{TW}]",
        value=D("560123"),
        subject=["人口數"],
        time="2022-12-31",
    ),
    c(
        TW_MINGUO_ROWS,
        "214,990",
        f"民國 year rows 113年 [{TW}]",
        value=D("214990"),
        unit="戶",
        time="2024-12-31",
    ),
    c(
        DGBAS_PERIOD,
        "3,521.4",
        f"2024年1-9月 column, unit in the row head [{DG}]",
        value=D("352140000000"),
        unit="美元",
        subject=["出口"],
        time="2024-09-30",
    ),
    c(DGBAS_PERIOD, "9.9", f"年增率(%) beside a period column [{DG}]", value=D("9.9"), unit="%"),
    c(DGBAS_MONTH_CUM, "6.1", f"累計年增率(%) [{DG}]", value=D("6.1"), unit="%", subject=["工業生產指數"]),
    c(
        HK_CN_YEAR,
        "3,400",
        f"blank corner, 二○二三年 column [{HK}]",
        value=D("34000000"),
        unit="人次",
        time="2023-12-31",
    ),
    c(HK_CN_YEAR, "4,450", f"blank corner, 二○二四年 column [{HK}]", value=D("44500000"), time="2024-12-31"),
    c(
        HK_BR_HEAD,
        "34,000",
        f"row head with <br> before (千人次), blank corner [{HK}]",
        value=D("34000000"),
        unit="人次",
        time="2023-12-31",
    ),
    c(MO_HALF, "1,699.5", f"上半年 column [{MO}]", value=D("16995000"), unit="人次", time="2024-06-30"),
    c(MO_HALF, "+26.3%", f"同比 column, own % [{MO}]", value=D("26.3"), unit="%"),
    c(
        MO_TD_HEAD,
        "370.2",
        f"header in <td>, 2023年9月 [{MO}]",
        value=D("370200"),
        unit="人",
        time="2023-09-30",
    ),
    c(MO_TD_HEAD, "1.8", f"header in <td>, 失業率（%） [{MO}]", value=D("1.8"), unit="%", time="2024-09-30"),
    c(
        CN_HALF,
        "2,345.6",
        f"上半年 column, 亿元 in the row head [{CN}]",
        value=D("234560000000"),
        unit="元",
        time="2024-06-30",
    ),
    c(
        CN_MONTH_ROWS,
        "-12.3",
        f"month rows, 较常年同期（%） [{CN}]",
        value=D("-12.3"),
        unit="%",
        time="2024-06-30",
    ),
    c(
        CN_MONTH_ROWS,
        "210.5",
        f"month rows, 降水量（毫米） [{CN}]",
        value=D("210.5"),
        unit="毫米",
        time="2024-07-31",
    ),
    c(
        CN_PERIOD_ROWS,
        "116.9",
        f"period rows 2023年1-9月 [{CN}]",
        value=D("11690000000"),
        subject=["出口额"],
        time="2023-09-30",
    ),
    c(
        TW_DATE_CELL,
        "1,250,000",
        f"a 民國 date cell in the row [{TW}]",
        value=D("1250000"),
        unit="元",
        subject=["決標金額"],
    ),
    c(
        HK_FISCAL,
        "102,013",
        f"2024-25 is a fiscal year (April to March) [{HK}]",
        value=D("102013000000"),
        time="2025-03-31",
    ),
]

TWO_ROW_HEADERS = [
    c(
        DGBAS_COLSPAN,
        "3.2",
        f"113年 over 金額 | 成長率(%) by colspan [{DG}]",
        value=D("3.2"),
        unit="%",
        time="2024-12-31",
    ),
    c(
        DGBAS_COLSPAN,
        "237,530",
        f"112年 over 金額 by colspan [{DG}]",
        value=D("23753000000000"),
        unit="元",
        time="2023-12-31",
    ),
    c(
        DGBAS_BLANK_TIERS,
        "3.2",
        f"two header rows with blank cells, not spans [{DG}]",
        value=D("3.2"),
        unit="%",
        time="2024-12-31",
    ),
    c(
        DGBAS_BLANK_TIERS,
        "1.3",
        f"two header rows with blank cells, 112年 [{DG}]",
        value=D("1.3"),
        unit="%",
        time="2023-12-31",
    ),
]

SIGNS_AND_MARKS = [
    c(TW_SIGNS, "▲0.4", f"▲ is a rise [{DG}]", value=D("0.4"), unit="%"),
    c(TW_SIGNS, "▼0.8", f"▼ is a fall [{DG}]", value=D("-0.8"), unit="%"),
    c(
        TW_SIGNS,
        "105.2",
        f"an index named by its row, no unit [{DG}]",
        value=D("105.2"),
        unit=None,
        kind="other",
    ),
    c(
        DGBAS_MONTH_CUM,
        "105.3",
        f"an index named by its row under 累計 [{DG}]",
        value=D("105.3"),
        unit=None,
        kind="other",
    ),
    c(TW_FOOTNOTE, "1,052,345", f"footnote mark * [{DG}]", value=D("1052345"), unit="元", subject=["本縣"]),
    c(TW_FOOTNOTE, "1,121,788", f"revised mark r after a space [{DG}]", value=D("1121788"), unit="元"),
    c(TW_FOOTNOTE, "1,256,004", f"provisional mark p [{DG}]", value=D("1256004"), unit="元"),
    c(CN_HASH, "123.4", f"footnote mark # [{CN}]", value=D("12340000000"), unit="元"),
    c(
        HK_CORNER,
        "(1,234)",
        f"(1,234) is a negative amount [{HK}]",
        value=D("-1234000000"),
        unit="元",
        subject=["存貨增減"],
    ),
    c(
        HK_CORNER,
        "812,345",
        f"blank corner keeps columns in place [{HK}]",
        value=D("812345000000"),
        unit="元",
        time="2024-09-30",
    ),
    c(HK_CORNER, "1.8", f"blank corner: 按年變動（%） column [{HK}]", value=D("1.8"), unit="%"),
    c(
        HK_NEG_PCT,
        "(1.2)",
        f"(1.2) is a negative change in % [{HK}]",
        value=D("-1.2"),
        unit="%",
        subject=["零售業總銷貨價值"],
    ),
    c(HK_DISTRICT, "-5.2", f"signed change by district [{HK}]", value=D("-5.2"), unit="%"),
    c(HK_DISTRICT, "123", f"個案數目 counts, unit null [{HK}]", value=D("123"), unit=None, kind="count"),
    c(CN_ABS, "-2.4", f"a minus change [{CN}]", value=D("-2.4"), unit="%", change="decrease"),
]

NO_DATA_AND_LAYOUT = [
    c(
        TW_DASH,
        "2,100",
        f"- and … hold no data; next row reads [{TW}]",
        value=D("2100000"),
        unit="元",
        subject=["中區"],
    ),
    c(
        TW_BLANK,
        "2,100",
        f"a blank cell keeps 2,100 under 金額 [{TW}]",
        value=D("2100000"),
        unit="元",
        subject=["南區"],
    ),
    c(TW_DASH_FW, "9,876", f"－ holds no data [{TW}]", value=D("9876"), unit="人"),
    c(
        CN_BR_ROWS,
        "130.2",
        f"two rows stacked by <br> in each cell [{CN}]",
        value=D("1302000"),
        unit="人",
        subject=["城关区"],
    ),
    c(
        CN_BR_ROWS,
        "56.1",
        f"two rows stacked by <br>, second [{CN}]",
        value=D("561000"),
        subject=["七里河区"],
    ),
    c(
        LAYOUT,
        "1,234",
        f"a table of values inside a layout table [{TW}]",
        value=D("1234"),
        unit="公噸",
        subject=["茶葉"],
    ),
    c(CN_PLACES, "4.3", f"合计 row in a table of places [{CN}]", value=D("43000"), unit="人"),
    c(CN_REGION, "1,234.5", f"a place's measure [{CN}]", value=D("123450000000"), unit="元"),
    c(
        PROC_RESULT,
        "128.64",
        f"中标金额（万元） by supplier [{PR}]",
        value=D("1286400"),
        unit="元",
        subject=["中标金额"],
    ),
    c(PROC_RESULT, "两年", f"服务期限 in Chinese numerals [{PR}]", value=D("2"), unit="年", kind="duration"),
    c(PROC_RATE, "8.5", f"下浮率（%） [{PR}]", value=D("8.5"), unit="%", subject=["下浮率"]),
    c(PROC_TOTAL, "408.5", f"合计 | (blank) | total under 预算金额 [{PR}]", value=D("4085000"), unit="元"),
]

MORE = [
    c(TW_RATE_TIERS, "1,150", f"件數（件） over 本期 | 上期 by colspan [{TW}]", value=D("1150"), unit="件"),
    c(TW_RATE_TIERS, "4.6", f"增減率(%) under a spanned head [{TW}]", value=D("4.6"), unit="%"),
    c(
        MO_QUARTERS,
        "8,123",
        f"2024年 over 第二季: the quarter [{MO}]",
        value=D("8123000"),
        unit="人次",
        time="2024-06-30",
    ),
    c(
        MO_QUARTERS_2023,
        "7,502",
        f"2023年 over 第三季: the quarter of 2023 [{MO}]",
        value=D("7502000"),
        start="2023-07-01",
        time="2023-09-30",
    ),
    c(MO_QUARTERS_2023, "9,456", f"2024年 over 第三季 [{MO}]", value=D("9456000"), start="2024-07-01"),
    c(
        TW_MONTHS,
        "380.1",
        f"112年 over 9月: the month of 112年 [{DG}]",
        value=D("38010000000"),
        start="2023-09-01",
        time="2023-09-30",
    ),
    c(
        TW_MONTHS,
        "3,201.5",
        f"112年 over 1-9月 [{DG}]",
        value=D("320150000000"),
        start="2023-01-01",
        time="2023-09-30",
    ),
    c(
        DGBAS_COLSPAN,
        "1.3",
        f"112年 over 成長率(%): a measure under the year, the year [{DG}]",
        value=D("1.3"),
        start="2023-01-01",
        time="2023-12-31",
    ),
    c(
        HK_MONTHS,
        "3,456,789",
        f"2024年1月至9月 column is a period [{HK}]",
        value=D("3456789000000"),
        unit="元",
        time="2024-09-30",
    ),
    c(HK_MONTHS, "12.1", f"按年變動百分率 is % (not the row's 百萬元) [{HK}]", value=D("12.1"), unit="%"),
    c(
        MO_NO_DATA,
        "12,345",
        f"（千澳門元） in a row head [{MO}]",
        value=D("12345000"),
        unit="澳門元",
        time="2024-09-30",
    ),
    c(MO_NO_DATA, "0.0", f"a zero change beside ... [{MO}]", value=D("0"), unit="%", subject=["總支出"]),
    c(CN_PP, "0.8", f"比上年增减（百分点） [{CN}]", value=D("0.8"), unit="百分点", kind="percentage_point"),
    c(
        CN_PP,
        "65.2",
        f"a rate with its % in the row head [{CN}]",
        value=D("65.2"),
        unit="%",
        time="2024-12-31",
    ),
    c(CN_CUM, "1,234.5", f"1-10月累计 column [{CN}]", value=D("123450000000"), unit="元", time="2024-10-31"),
    c(CN_CUM, "-3.2", f"同比±% column [{CN}]", value=D("-3.2"), unit="%"),
    c(PROC_YEN, "¥1,234,567.00", f"¥ before the amount [{PR}]", value=D("1234567"), unit="元"),
    c(
        PROC_CELL_UNIT,
        "12.5万元",
        f"a cell with its own unit [{PR}]",
        value=D("125000"),
        unit="元",
        subject=["中标金额"],
    ),
    c(CN_BOUNDS, "95%", f"≥95% is at_least [{CN}]", value=D("95"), unit="%", qualifier="at_least"),
    c(
        CN_BOUNDS,
        "30",
        f"≤30 under a unit in the row head [{CN}]",
        value=D("30"),
        unit="微克/立方米",
        qualifier="at_most",
    ),
    c(
        TW_PERIOD_ROWS,
        "1,168",
        f"period rows 112年1-9月 [{TW}]",
        value=D("116800000000"),
        subject=["營業額"],
        time="2023-09-30",
    ),
    c(TW_BR_HEAD, "2,345", f"a head's unit after <br> [{TW}]", value=D("234500000000"), unit="元"),
    c(TW_BR_HEAD, "3.4", f"a head's % after <br> [{TW}]", value=D("3.4"), unit="%"),
    c(
        TW_YEAR_DU,
        "11,987,654",
        f"112年度 column, 千元 row [{TW}]",
        value=D("11987654000"),
        unit="元",
        time="2023-12-31",
    ),
    c(
        TW_TOTAL_FIRST,
        "2,345,678",
        f"總計 as the first row [{TW}]",
        value=D("2345678"),
        unit="人",
        subject=["總計", "人口數"],
    ),
    c(
        HK_SCALE_ONLY,
        "1,567",
        f"旅客人次（萬）: a scale alone [{HK}]",
        value=D("15670000"),
        unit="人次",
        time="2024-12-31",
    ),
    c(TW_FW_SIGNS, "－3.2", f"full-width minus [{TW}]", value=D("-3.2"), unit="%"),
    c(TW_FW_SIGNS, "＋1.5", f"full-width plus [{TW}]", value=D("1.5"), unit="%"),
    c(CN_APPROX, "120", f"约120 in a cell [{CN}]", value=D("12000000000"), unit="元", qualifier="approx"),
    c(CN_CAPTION, "1,256.7", f"单位：亿元 in a <caption> [{CN}]", value=D("125670000000"), unit="元"),
    c(TW_UNIT_PAREN, "1,234", f"（單位：新臺幣千元） line [{TW}]", value=D("1234000"), unit="元"),
    c(
        HK_FISCAL_ROWS,
        "134,567",
        f"a row of the fiscal year 2023-24 [{HK}]",
        value=D("134567000000"),
        time="2024-03-31",
    ),
]

LAYOUTS_MORE = [
    c(
        TW_UNIT_ROW,
        "11,483",
        f"單位：千人 in a row of its own inside the table [{DG}]",
        value=D("11483000"),
        unit="人",
        time="2023-12-31",
    ),
    c(
        TW_TITLE_UNIT,
        "2,345",
        f"a title line ending 單位：新臺幣億元 [{TW}]",
        value=D("234500000000"),
        unit="元",
    ),
    c(
        TW_KEY_VALUE,
        "1,100萬元",
        f"a key-value table: the key names the value [{PR}]",
        value=D("11000000"),
        unit="元",
        subject=["決標金額"],
    ),
    c(
        TW_KEY_VALUE,
        "新臺幣1,234萬元",
        f"a key-value table, 預算金額 [{PR}]",
        value=D("12340000"),
        subject=["預算金額"],
    ),
    c(TW_KEY_VALUE, "180日曆天", f"a key-value table, 工期 [{PR}]", value=D("180"), subject=["工期"]),
    c(CN_RMB, "123.4", f"（亿元人民币） [{CN}]", value=D("12340000000"), unit="元", kind="money"),
    c(MO_PP, "-0.1", f"變動 (百分點) [{MO}]", value=D("-0.1"), unit="百分點", kind="percentage_point"),
    c(
        HK_PCT_CHANGE,
        "123,456",
        f"a period and a unit in one head [{HK}]",
        value=D("123456000000"),
        unit="元",
        time="2024-10-31",
    ),
    c(HK_PCT_CHANGE, "+8.2", f"百分率變動 is % [{HK}]", value=D("8.2"), unit="%"),
    c(HK_EN_DASH, "–1.2", f"an en dash before a figure is a minus [{HK}]", value=D("-1.2"), unit="%"),
    c(
        TW_LABEL_MARK,
        "3.2",
        f"a footnote mark after the row head's unit [{DG}]",
        value=D("3.2"),
        unit="%",
        subject=["失業率"],
    ),
    c(CN_SHARES, "8.1", f"占比（%） [{CN}]", value=D("8.1"), unit="%", kind="percent"),
    c(CN_SHARES, "3.4", f"增速（%） [{CN}]", value=D("3.4"), unit="%"),
    c(TW_SCENIC, "123.4", f"接待遊客（萬人次） [{TW}]", value=D("1234000"), unit="人次"),
    c(TW_SCENIC, "567.8", f"門票收入（萬元） [{TW}]", value=D("5678000"), unit="元"),
    c(PROC_SCORES, "92.5", f"评审得分: points [{PR}]", value=D("92.5"), unit="分", kind="other"),
    c(TW_SEMICOLON, "3.4", f"單位：人；% per column [{TW}]", value=D("3.4"), unit="%"),
    c(TW_SEMICOLON, "12,345", f"單位：人；%, 人 column [{TW}]", value=D("12345"), unit="人"),
]

UNIT_TIERS = [
    c(
        TW_UNIT_TIER,
        "46.8",
        f"(平方公里) in a second header row [{TW}]",
        value=D("46.8"),
        unit="平方公里",
        kind="area",
    ),
    c(
        TW_UNITS_ROW,
        "213,456",
        f"a 單位 row under the header [{TW}]",
        value=D("213456"),
        unit="人",
        subject=["竹北市"],
    ),
    c(
        TW_UNITS_ROW,
        "46.8",
        f"a 單位 row under the header, 平方公里 [{TW}]",
        value=D("46.8"),
        unit="平方公里",
    ),
    c(CN_UNITS_ROW, "12.3", f"a 计量单位 row: 万吨 [{CN}]", value=D("123000"), unit="吨"),
    c(CN_UNITS_ROW, "4.5", f"a 计量单位 row: 万头 [{CN}]", value=D("45000"), unit="头"),
    c(TW_YEAR_END, "560,123", f"a 112年底 row [{TW}]", value=D("560123"), unit="人", time="2023-12-31"),
    c(TW_YEAR_END, "565,887", f"a 民國113年底 row [{TW}]", value=D("565887"), time="2024-12-31"),
    c(CN_CUM_COLS, "9.9", f"增减% head [{CN}]", value=D("9.9"), unit="%"),
    c(
        CN_CUM_COLS,
        "11,234",
        f"上年同期 column, 万元 in the row head [{CN}]",
        value=D("112340000"),
        unit="元",
    ),
    c(
        HK_CORNER_TIERS,
        "3,456,789",
        f"a blank corner spanning two header rows [{HK}]",
        value=D("3456789"),
        kind="count",
        time="2024-10-31",
    ),
    c(
        HK_CORNER_TIERS,
        "+12.3",
        f"a blank corner spanning two header rows, 按年變動（%） [{HK}]",
        value=D("12.3"),
        unit="%",
    ),
    c(CN_MONTH_TIERS, "3.2", f"10月 over 同比增长（%） [{CN}]", value=D("3.2"), unit="%", time="2024-10-31"),
    c(
        CN_MONTH_TIERS,
        "1,234.5",
        f"1-10月 over 绝对值（亿元） [{CN}]",
        value=D("123450000000"),
        unit="元",
        start="2024-01-01",
        time="2024-10-31",
    ),
]

LAST_SWEEP = [
    c(
        TW_AWARD,
        "新臺幣 1,234,567 元",
        f"決標金額 in a key-value table [{PR}]",
        value=D("1234567"),
        unit="元",
        subject=["決標金額"],
    ),
    c(TW_AWARD, "120日曆天", f"履約期限 in a key-value table [{PR}]", value=D("120"), subject=["履約期限"]),
    c(
        MO_MILLION,
        "2,345",
        f"a period and 百萬澳門元 in one head [{MO}]",
        value=D("2345000000"),
        unit="澳門元",
        time="2024-12-31",
    ),
    c(CN_PLAN_RATE, "85.6", f"完成率（%） under 单位：万元 [{CN}]", value=D("85.6"), unit="%"),
    c(CN_PLAN_RATE, "856", f"完成数 under 单位：万元 [{CN}]", value=D("8560000"), unit="元"),
    c(TW_SHARE_TOTAL, "48.8", f"占總計(%) [{TW}]", value=D("48.8"), unit="%", subject=["女"]),
    c(
        HK_THOUSAND_LINE,
        "44,501",
        f"(千人次) line above, blank corner [{HK}]",
        value=D("44501000"),
        unit="人次",
        time="2024-12-31",
    ),
    c(HK_THOUSAND_LINE, "+30.9", f"百分率變動 beside (千人次) [{HK}]", value=D("30.9"), unit="%"),
    c(CN_SCALED, "1.2万", f"1.2万 under 人数: 人 at the cell's scale [{CN}]", value=D("12000"), unit="人"),
    c(CN_SCALED_MONEY, "3.5亿", f"3.5亿 under 金额（元） [{CN}]", value=D("350000000"), unit="元"),
    c(TW_SCALED, "5.6萬", f"5.6萬 under 人數 [{TW}]", value=D("56000"), unit="人"),
    c(CN_QIZHONG, "80.1", f"其中： row [{CN}]", value=D("801000"), unit="人", subject=["城镇"]),
]


@pytest.mark.parametrize(
    ("html", "text", "nth", "expected"),
    HEADER_UNITS
    + LINE_UNITS
    + UNIT_COLUMNS
    + PERIODS
    + TWO_ROW_HEADERS
    + SIGNS_AND_MARKS
    + NO_DATA_AND_LAYOUT
    + MORE
    + LAYOUTS_MORE
    + UNIT_TIERS
    + LAST_SWEEP,
)
def test_cell(html: str, text: str, nth: int, expected: dict[str, Any]) -> None:
    check_fact(cell(html, text, nth), expected)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        pytest.param(
            TW_DASH_FW,
            "五峰",
            id=f"a place name's numeral in a row label is no figure [{TW}]",
            marks=known_miss("五峰鄉 in a label cell reads as 5 峰"),
        ),
        pytest.param(HK_CORNER, "不適用", id=f"不適用 is no figure [{HK}]"),
        pytest.param(TW_DASH, "…", id=f"… is no figure [{TW}]"),
        pytest.param(MO_NO_DATA, "...", id=f"... is no figure [{MO}]"),
        pytest.param(HK_EN_DASH, "持平", id=f"持平 is no figure [{HK}]"),
        pytest.param(MO_MILLION, "不適用", id=f"不適用 is no figure [{MO}]"),
    ],
)
def test_no_figure(html: str, text: str) -> None:
    assert not [f for f in page_facts(html) if f.text == text]


def test_br_rows_not_glued() -> None:
    """130.2<br>56.1 never reads as one number (130.256.1) [written: statistics bulletin]."""
    assert not [f for f in page_facts(CN_BR_ROWS) if "130.25" in f.text]
