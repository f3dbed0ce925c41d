"""Time words that are no time, spans of days that govern, a span's end that is no plan's deadline,
the term a levy sets to pay in, a year compared with, change words and bounds (session 13, issue
15 "Time" and "Status", issue 16), by construction.

Each table is one construction named in general terms, with the row of the page it was found on
(``work-list-<page>``, session 12's held-out pages now in-sample) and rows written in the style of
other kinds of site (``written-<kind of site>``), simplified and traditional. Rows that fail today
are strict xfails whose reason names the construction. ``time`` is the fact's last day (as the gold
scorer compares it).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case as case
from factcase import known_miss, run_fact, table_rows

PLANNED, REPORTED = "planned", "reported"


# ---------------------------------------------------------------- 日前 of a market: "day-ahead"
# (日前出清均价, 日前市场, 日前交易): the market's kind, not "a few days ago"; 实时市场 is no time either.
# 日前 before a verb or a comma still is the recent day of the telling.
DAY_AHEAD = [
    case(
        "中长期交易加权平均价格为438.54元/兆瓦时；现货市场日前出清均价401.35元/兆瓦时。",
        "401.35",
        "2025-08-12",
        "work-list-province-power-trading-center-monthly: 日前出清均价",
        time=None,
    ),
    case(
        "本月日前市场出清电量12.6亿千瓦时，实时市场出清电量3.4亿千瓦时。",
        "12.6亿",
        "2025-09-10",
        "written-provincial-power-exchange: 日前市场 after 本月, the month dates it",
        time="2025-09-30",
    ),
    case(
        "日前市场成交均价较上月下降3.2%，实时市场成交均价下降1.8%。",
        "3.2%",
        "2025-09-10",
        "written-finance-news: 日前市场 opening the sentence",
        time=None,
        change="decrease",
    ),
    case(
        "现货试运行期间，日前交易申报电量累计达86.5亿千瓦时。",
        "86.5亿",
        "2025-06-03",
        "written-energy-regulator: 日前交易申报电量",
        time=None,
    ),
    case(
        "實時市場平均結算價格為每兆瓦時382.6元。",
        "382.6",
        "2025-06-03",
        "written-traditional-energy-news: 實時市場 is no time",
        time=None,
    ),
    case(
        "日前市场监管总局发布数据，全国登记在册经营主体达1.89亿户。",
        "1.89亿",
        "2025-06-03",
        "written-national-news: 日前 before 市场监管 is the recent day of the telling",
        time="2025-06-03",
    ),
    case(
        "日前，省统计局发布数据，全省规模以上工业增加值增长6.1%。",
        "6.1%",
        "2025-06-03",
        "written-provincial-portal: 日前 before a comma is the recent day of the telling",
        time="2025-06-03",
    ),
]


# ---------------------------------------------------------------- a span of days written as two days
# (7月1日开始，8月31日结束; 自5月1日起，至6月2日止; 113年7月1日至114年6月30日): one period; a period
# anaphor after it (暑运期间, 活动期间) takes the whole span, and a span that began by the publish
# date is no plan's deadline.
DAY_SPANS = [
    case(
        "2025年暑运自7月1日开始，8月31日结束，为期62天。暑运期间，管内铁路累计发送旅客6843.6万人次，同比增长7.2%。",
        "6843.6万",
        "2025-09-01",
        "work-list-railway-bureau-summer-transport: 开始…结束, then 暑运期间",
        time="2025-08-31",
        start="2025-07-01",
    ),
    case(
        "2025年暑运自7月1日开始，8月31日结束，为期62天。暑运期间，管内铁路累计发送旅客6843.6万人次，同比增长7.2%。",
        "7.2%",
        "2025-09-01",
        "work-list-railway-bureau-summer-transport: the change of the same clause",
        time="2025-08-31",
        status=REPORTED,
    ),
    case(
        "今年暑运自7月1日起至8月31日，为期62天。暑运期间，累计发送旅客6843.6万人次。",
        "6843.6万",
        "2025-09-01",
        "written-railway-bureau: 起至 in one expression (already read)",
        time="2025-08-31",
    ),
    case(
        "本届消费季自9月20日起，至10月31日止。活动期间，全市发放消费券5000万元，带动消费3.2亿元。",
        "3.2亿",
        "2025-11-05",
        "written-city-commerce-bureau: 起，至…止, then 活动期间",
        time="2025-10-31",
        start="2025-09-20",
    ),
    case(
        "展会于2024年12月28日开始，2025年1月3日结束。展会期间，累计接待观众12.6万人次。",
        "12.6万",
        "2025-01-06",
        "written-exhibition-news: a span across the new year",
        time="2025-01-03",
        start="2024-12-28",
    ),
    case(
        "本期課稅所屬期間為113年7月1日至114年6月30日，全市開徵件數約108萬件，稅額約60.8億元。",
        "108萬",
        "2025-04-25",
        "work-list-tw-taoyuan-local-tax-house-tax: a levy's period, no plan's deadline",
        status=REPORTED,
        start="2024-07-01",
    ),
    case(
        "本期課稅所屬期間為113年7月1日至114年6月30日，全市開徵件數約108萬件，稅額約60.8億元。",
        "60.8億",
        "2025-04-25",
        "work-list-tw-taoyuan-local-tax-house-tax: the tax of the same levy",
        status=REPORTED,
    ),
    case(
        "2024年7月1日至2025年6月30日学年度，全省共资助家庭经济困难学生38.6万人次。",
        "38.6万",
        "2025-05-20",
        "written-provincial-education-department: a school year's span not yet ended",
        status=REPORTED,
    ),
    case(
        "活动时间为12月1日至12月31日，预计发放消费券2000万元。",
        "2000万",
        "2025-11-20",
        "written-city-portal: a span wholly ahead stays planned",
        status=PLANNED,
        time="2025-12-31",
    ),
    case(
        "5月1日，6月2日分别举行招聘会2场。",
        "2场",
        "2025-07-01",
        "written-county-portal: two days with a comma and no start word make no span",
        time="2025-06-02",
        start="2025-06-02",
    ),
]


# ---------------------------------------------------------------- the term a levy sets to pay in
# (開徵期間為5月1日至6月2日, 缴纳期限至6月30日, 繳納期間自11月1日起): a term the notice sets, as
# 投标截止时间为 is; the levy's figures are of the levy issued, neither of those days nor planned.
PAYMENT_TERMS = [
    case(
        "房屋稅開徵期間為5月1日至6月2日，全市開徵件數約108萬件，稅額約60.8億元。",
        "108萬",
        "2025-04-25",
        "work-list-tw-taoyuan-local-tax-house-tax: the brief's wording, 開徵期間為",
        status=REPORTED,
        time=None,
    ),
    case(
        "地價稅繳納期間自11月1日起至11月30日止，全市開徵戶數約45萬戶，稅額約28.6億元。",
        "28.6億",
        "2025-10-20",
        "written-tw-county-tax-bureau: 繳納期間自…起至…止",
        status=REPORTED,
        time=None,
    ),
    case(
        "今年车船税缴纳期限至6月30日，全市应缴纳车辆约52万辆，税额约3.1亿元。",
        "3.1亿",
        "2025-04-25",
        "written-city-tax-bureau: 缴纳期限至, 今年 dates the levy",
        status=REPORTED,
        time="2025-12-31",
    ),
    case(
        "城乡居民医保缴费期限为2025年9月1日至12月31日，个人缴费标准为每人每年400元。",
        "400",
        "2025-08-20",
        "written-provincial-medical-security: 缴费期限为, a rule's amount",
        status=REPORTED,
    ),
    case(
        "活动时间为5月1日至5日，期间发放消费券500万元。",
        "500万",
        "2025-04-25",
        "written-city-commerce-bureau: an event's span is no term; it dates its figures",
        time="2025-05-05",
        status=PLANNED,
    ),
]


# ---------------------------------------------------------------- a year joined to 相较 is a baseline
# (與上年相較，件數增加約2.1萬件, 和去年相较): the level compared with, as 与上年相比 is; no time of the
# figure.
COMPARED_YEARS = [
    case(
        "全市開徵件數約108萬件，與上年相較，件數增加約2.1萬件，稅額增加約3.5億元。",
        "2.1萬",
        "2025-04-25",
        "work-list-tw-taoyuan-local-tax-house-tax: 與上年相較",
        time=None,
        change="increase",
    ),
    case(
        "和去年相较，全县接待游客增加12.6万人次。",
        "12.6万",
        "2025-04-25",
        "written-county-portal: 和去年相较",
        time=None,
    ),
    case(
        "与去年同期相比，全市接待游客增长12%。",
        "12%",
        "2025-04-25",
        "written-city-portal: 与去年同期相比 (already read)",
        time=None,
    ),
    case(
        "2024年和2025年全市分别接待游客300万人次和350万人次。",
        "300万",
        "2025-12-25",
        "written-statistics-bulletin: 和 between two years joins them, no baseline",
        time="2024-12-31",
    ),
]


# ---------------------------------------------------------------- change words of a slight move
# (微升0.8%, 微降, 略升) and 新增 right before its figure (服务点新增九十八个: the rise itself; 新增
# before a noun names what is new: 城镇新增就业3892人 states no change, as most gold reads it)
CHANGES = [
    case(
        "與上月比較，一籃子貨品平均價格微升0.8%。",
        "0.8%",
        "2025-05-10",
        "work-list-mo-consumer-council-price-survey: 微升",
        change="increase",
    ),
    case(
        "本月猪肉平均价格环比微降1.2%，鸡蛋价格略升0.4%。",
        "1.2%",
        "2025-05-10",
        "written-city-price-monitoring: 微降",
        change="decrease",
    ),
    case(
        "本月猪肉平均价格环比微降1.2%，鸡蛋价格略升0.4%。",
        "0.4%",
        "2025-05-10",
        "written-city-price-monitoring: 略升",
        change="increase",
    ),
    case(
        "居民消费价格同比小幅上升0.3%，工业生产者出厂价格环比回落0.2%。",
        "0.2%",
        "2025-05-10",
        "written-statistics-bulletin: 回落 (already read)",
        change="decrease",
    ),
    case(
        "失業率按月回升0.1個百分點。",
        "0.1",
        "2025-05-10",
        "written-hk-census-statistics: 回升 (already read)",
        change="increase",
    ),
    case(
        "全年社区养老服务点新增九十八个，累计达到512个。",
        "九十八",
        "2025-01-15",
        "work-list-city-civil-affairs-elderly-care: 新增 right before the figure",
        change="increase",
    ),
    case(
        "路氹區及石排灣新增約2,000個公共泊位。",
        "2,000",
        "2025-01-15",
        "written-macau-transport-bureau: 新增 and a bound before the figure",
        change="increase",
    ),
    case(
        "截至12月底，全市公共供水管网总长度达4186公里，比上年末新增213公里。",
        "213",
        "2024-01-15",
        "written-city-water-supply: after a baseline (already read)",
        change="increase",
    ),
    case(
        "全年城镇新增就业3892人，完成目标任务的108%。",
        "3892",
        "2025-01-15",
        "written-county-report: 新增 before a noun states no change",
        change=None,
    ),
    case(
        "今年以来新增养老床位1200张。",
        "1200",
        "2025-08-15",
        "written-provincial-portal: 新增 before a noun states no change",
        change=None,
    ),
]


# ---------------------------------------------------------------- 最高 and 最低 of a spread observed
# (總價最低為1,086.4元，最高為1,352.7元): exact; a cap in a rule (最高可获, 最高不超过) is at_most.
BOUNDS = [
    case(
        "在各超市購買的總價最低為1,086.4元，最高為1,352.7元，兩者相差266.3元。",
        "1,352.7",
        "2025-05-10",
        "work-list-mo-consumer-council-price-survey: 最高為 beside 最低為",
        qualifier="exact",
    ),
    case(
        "各监测点大米零售价最高为6.8元/公斤，最低为4.2元/公斤。",
        "6.8",
        "2025-05-10",
        "written-city-price-monitoring: 最高为 first, 最低为 after",
        qualifier="exact",
    ),
    case(
        "碳排放配额收盘价最高为98.5元/吨，最低为38.2元/吨。",
        "98.5",
        "2025-01-10",
        "written-carbon-market-daily: a trading day's extremes",
        qualifier="exact",
    ),
    case(
        "符合条件的企业最高可获补贴50万元。",
        "50万",
        "2025-03-10",
        "written-provincial-policy: 最高可获 and a noun, a cap",
        qualifier="at_most",
    ),
    case(
        "每名學員最高可獲資助3萬元。",
        "3萬",
        "2025-03-10",
        "written-hk-labour-department: 最高可獲資助, a cap",
        qualifier="at_most",
    ),
    case(
        "对认定的企业最高可奖励100万元。",
        "100万",
        "2025-03-10",
        "written-city-science-bureau: 最高可奖励, a modal and a verb",
        qualifier="at_most",
    ),
    case(
        "对认定的企业最高可获得奖励100万元。",
        "100万",
        "2025-03-10",
        "written-city-science-bureau: 最高可获得奖励, five characters between",
        qualifier="at_most",
        marks=known_miss("a bound passes through at most four characters to its figure (可获得奖励 is five)"),
    ),
    case(
        "单个项目补助资金最高不超过200万元。",
        "200万",
        "2025-03-10",
        "written-procurement-notice: 最高不超过 (already read)",
        qualifier="at_most",
    ),
    case(
        "补助标准最高为5000元。",
        "5000",
        "2025-03-10",
        "written-county-policy: 最高为 alone in a rule stays a cap",
        qualifier="at_most",
    ),
    case(
        "全市最高气温达39.8℃。",
        "39.8",
        "2025-07-20",
        "written-meteorological-bureau: 最高气温 names the measure",
        qualifier="exact",
    ),
]


TABLES: dict[str, list[Any]] = {
    "day-ahead": DAY_AHEAD,
    "day-spans": DAY_SPANS,
    "payment-terms": PAYMENT_TERMS,
    "compared-years": COMPARED_YEARS,
    "changes": CHANGES,
    "bounds": BOUNDS,
}


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), table_rows(TABLES))
def test_time_status_s13(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
