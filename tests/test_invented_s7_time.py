"""Times on the second look at the invented pages (session 7): which time governs a figure and how
a time expression reads, by construction.

Each table is one construction found in the errors of the pages held out in session 6 (in-sample
since session 7), with rows from those pages (``invented-<page>``) and rows written here in the
style of other kinds of site (``written-<kind of site>``) and other wordings of the same
construction, so that a rule catches the family, not the page's sentence. Rows that fail today are
strict xfails whose reason names the construction. ``time`` is the fact's last day (as the gold
scorer compares it); a tuple is any of its values.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import fact_case as case
from factcase import known_miss, the_fact

MAYDAY = (
    "5月6日，记者从市文化广电和旅游局获悉，“五一”假期（5月1日至5日），全市文旅市场持续火热，"
    "共接待游客486.35万人次，按可比口径同比增长12.6%；实现旅游收入38.72亿元，同比增长15.4%。\n"
    "住宿市场量价齐升。假期期间，全市纳入监测的126家星级饭店平均客房入住率为78.6%，"
    "其中5月1日、2日入住率分别达到91.2%和89.5%；民宿预订量同比增长近三成。\n"
    "文旅消费持续升温。据银联商务数据，假期全市文旅相关消费总额23.15亿元，同比增长9.8%；"
    "夜间消费占全天消费的四成以上。\n"
    "节日期间，全市共推出系列文旅活动160余场。"
)
HOSPITAL = (
    "過去一星期（一月十三日至十九日），全港十八間急症室的每日平均求診人次為6,120，"
    "較前一星期上升8.5%，其中約百分之三十屬分流類別第一至第三類的病人。"
)
HOUSING = (
    "香港房屋委員會今日（十一月七日）公布，截至二○二五年九月底，約有十三萬三千六百宗一般公屋申請。\n"
    "截至同日，一般申請者的平均輪候時間為5.3年，較上一季度縮短0.2年。\n"
    "房委會發言人表示，在二○二五／二六年度首六個月，房委會共編配約一萬八千二百個公屋單位，按年增加12.4%。\n"
    "此外，房委會於今年推售的「居者有其屋計劃2025」共提供7,012個單位，截至申請截止日共接獲約十四萬份申請，"
    "超額認購約19倍。"
)

# ---------------------------------------------------------------- a span of days, its second month
# left out (5月1日至5日): one period, its end the figure's time (it was read as its first day)

DAY_SPANS = [
    case(
        MAYDAY,
        "486.35万人次",
        "2024-05-06",
        "invented-culture-mayday: “五一”假期（5月1日至5日）",
        time="2024-05-05",
        start="2024-05-01",
    ),
    case(
        HOSPITAL,
        "8.5%",
        "2026-01-20",
        "invented-hk-hospital: 過去一星期（一月十三日至十九日）",
        time="2026-01-19",
        start="2026-01-13",
    ),
    case(
        "春节假期（2月10日—17日），全省高速公路累计通行车辆1568.2万辆次，同比增长7.6%。",
        "1568.2万辆次",
        "2024-02-18",
        "written-provincial-transport: 春节假期（2月10日—17日）",
        time="2024-02-17",
        start="2024-02-10",
    ),
    case(
        "2024年6月8日至10日端午节假期，全县共接待游客12.6万人次。",
        "12.6万人次",
        "2024-06-12",
        "written-county-news: 2024年6月8日至10日 with its year",
        time="2024-06-10",
        start="2024-06-08",
    ),
    case(
        "本周（9月11日至15日），上证指数累计上涨1.2%，深证成指累计下跌0.4%。",
        "1.2%",
        "2023-09-15",
        "written-finance-weekly: 本周（9月11日至15日）",
        time="2023-09-15",
        start="2023-09-11",
    ),
    case(
        "十月一日至七日國慶黃金周期間，入境旅客共1,012,345人次，日均約14.5萬人次。",
        "1,012,345人次",
        "2024-10-08",
        "written-macau: 十月一日至七日 in Chinese numerals",
        time="2024-10-07",
    ),
    case(
        "在2024年12月1日至31日期間，訪港旅客共450萬人次。",
        "450萬人次",
        "2025-01-15",
        "written-hk-tourism: 12月1日至31日期間",
        time="2024-12-31",
        start="2024-12-01",
    ),
    case(
        "投标报名时间为3月11日至15日，共有8家单位报名。",
        "8家",
        "2024-03-18",
        "written-procurement: 报名时间为3月11日至15日",
        time="2024-03-15",
    ),
    case(
        "10月1—7日，全省接待国内游客5230万人次，实现国内旅游收入412.6亿元。",
        "5230万人次",
        "2024-10-08",
        "written-provincial-tourism: 10月1—7日 (the first day's 日 left out too)",
        time="2024-10-07",
        start="2024-10-01",
    ),
    case(
        "5月1号至5号，我县各景区累计接待游客28.3万人次。",
        "28.3万人次",
        "2024-05-06",
        "written-county-wechat: 5月1号至5号",
        time="2024-05-05",
    ),
    case(
        "9月12个重点项目集中开工，总投资86亿元。",
        "86亿元",
        "2024-09-20",
        "written-county-news: 9月12个 is a month and a count, no day",
        time="2024-09-30",
    ),
    case(
        "4月29日至5月3日，全市共接待游客86万人次。",
        "86万人次",
        "2024-05-04",
        "written-county-news: a span over two months, each day with its month (as before)",
        time="2024-05-03",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), DAY_SPANS)
def test_day_span(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- other spans read whole: a third of
# a month (上旬, 中旬, 下旬), a range of quarters (一至三季度), a month since (11月以来, not eleven months)

SPANS_READ = [
    case(
        "10月上旬，全市累计降雨量45毫米，较常年同期偏少三成。",
        "45毫米",
        "2024-10-15",
        "written-meteorological-bureau: 10月上旬",
        time="2024-10-10",
        start="2024-10-01",
    ),
    case(
        "2月下旬，全县完成春耕备耕面积12万亩。",
        "12万亩",
        "2024-03-05",
        "written-county-agriculture: 2月下旬 (to the month's end, a leap year)",
        time="2024-02-29",
    ),
    case(
        "一至三季度，全县实现地区生产总值286.5亿元，同比增长5.6%。",
        "286.5亿元",
        "2024-10-28",
        "written-county-statistics: 一至三季度",
        time="2024-09-30",
        start="2024-01-01",
    ),
    case(
        "2024年1-3季度，全市规模以上工业企业实现利润120.4亿元。",
        "120.4亿元",
        "2024-11-05",
        "written-city-statistics: 2024年1-3季度",
        time="2024-09-30",
        start="2024-01-01",
    ),
    case(
        "11月以来，全市新增城镇就业3200人。",
        "3200人",
        "2024-12-10",
        "written-hrss: 11月以来 is since November (it was read as eleven months)",
        time="2024-12-10",
        start="2024-11-01",
    ),
    case(
        "今年前9月外銷訂單金額為4,500億美元，年增8.1%。",
        "4,500億美元",
        "2024-10-20",
        "written-taiwan-moea: 今年前9月 (Taiwan leaves 個 out)",
        time="2024-09-30",
        start="2024-01-01",
    ),
    case(
        "113年前3季經濟成長率為3.9%。",
        "3.9%",
        "2024-11-29",
        "written-taiwan-dgbas: 113年前3季 (an ROC year before the first three quarters)",
        time="2024-09-30",
        start="2024-01-01",
    ),
    case(
        "本季失業率為3.4%，較上季下降0.1個百分點。",
        "3.4%",
        "2024-11-29",
        "written-taiwan-dgbas: 本季 (this quarter, 度 left out)",
        time="2024-12-31",
    ),
    case(
        "提前9个月完成任务，共建成安置房12个。",
        "12个",
        "2024-11-29",
        "written-county-news: 提前9个月 is nine months early, no first nine months",
        time=None,
    ),
    case(
        "3个月以来，全市累计新增城镇就业9600人。",
        "9600人",
        "2024-12-10",
        "written-hrss: 3个月以来 stays a window, no time",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), SPANS_READ)
def test_spans_read(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- the time that opens a sentence

# after the day of the telling and who told it (5月6日，记者从…获悉，…), or a named period with its
# dates in brackets (“五一”假期（5月1日至5日），…), dates the parts after ；

OPENERS = [
    case(
        MAYDAY,
        "38.72亿元",
        "2024-05-06",
        "invented-culture-mayday: …；实现旅游收入38.72亿元",
        time="2024-05-05",
    ),
    case(
        "10月9日，记者从省统计局获悉，前三季度，全省地区生产总值增长5.2%；城镇居民人均可支配收入"
        "3.1万元，增长4.9%。",
        "3.1万元",
        "2024-10-09",
        "written-provincial-portal: 10月9日，记者从省统计局获悉，前三季度，…；…",
        time="2024-09-30",
    ),
    case(
        "7月12日，据南宁海关统计，上半年，广西外贸进出口3102亿元，增长6.5%；其中出口1688亿元。",
        "1688亿元",
        "2024-07-12",
        "written-customs: 7月12日，据…海关统计，上半年，…；其中出口",
        time="2024-06-30",
    ),
    case(
        "春运期间（1月26日至3月6日），全县道路客运发送旅客35.6万人次；出租车运送乘客12.1万人次。",
        "12.1万人次",
        "2024-03-08",
        "written-county-transport: 春运期间（1月26日至3月6日），…；…",
        time="2024-03-06",
    ),
    case(
        "据银联商务数据，假期全市文旅相关消费总额23.15亿元，同比增长9.8%；夜间消费占全天消费的四成以上。",
        "四成",
        "2024-05-06",
        "invented-culture-mayday: 据银联商务数据，假期…；夜间消费 (no span named)",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), OPENERS)
def test_opener(text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- a word that refers back to a time
# named before: 假期期间, 节日期间, 展会期间, bare 假期 at a clause's head (the last span of days),
# 同期 at a clause's head (the last period that is no baseline), 同日 and 同月 (the last day, month)

ANAPHORS = [
    case(
        MAYDAY,
        "78.6%",
        "2024-05-06",
        "invented-culture-mayday: 假期期间，…平均客房入住率为78.6%",
        time="2024-05-05",
    ),
    case(
        MAYDAY,
        "23.15亿元",
        "2024-05-06",
        "invented-culture-mayday: 据银联商务数据，假期全市…",
        time="2024-05-05",
    ),
    case(
        MAYDAY,
        "四成",
        "2024-05-06",
        "invented-culture-mayday: …；夜间消费 after 假期 opened the sentence",
        time="2024-05-05",
    ),
    case(
        MAYDAY, "160余场", "2024-05-06", "invented-culture-mayday: 节日期间，全市共推出…", time="2024-05-05"
    ),
    case(
        "10月1日至8日，国庆中秋“双节”假期，全省发送旅客2782.8万人次。\n高速公路方面，假期全省高速公路"
        "累计通行小客车2079.9万辆次。",
        "2079.9万辆次",
        "2025-10-09",
        "invented-holiday-travel: 高速公路方面，假期全省…",
        time="2025-10-08",
    ),
    case(
        "第五届消博会于4月13日至18日在海口举办。展会期间，意向交易额达到152.1亿元。",
        "152.1亿元",
        "2025-04-20",
        "written-commerce-bureau: 消博会于4月13日至18日…。展会期间，…",
        time="2025-04-18",
    ),
    case(
        "“五一”假期（4月29日至5月3日），全市旅游市场平稳有序。假期期间，全市共接待游客86万人次。",
        "86万人次",
        "2024-05-04",
        "written-city-portal: a span over two months, then 假期期间",
        time="2024-05-03",
    ),
    case(
        "上半年，我省对东盟进出口398.7亿元。同期，对欧盟进出口352.1亿元。",
        "352.1亿元",
        "2024-07-19",
        "invented-customs: 同期，对欧盟… after 上半年",
        time="2024-06-30",
    ),
    case(
        "1-9月，全市规上工业增加值增长6.1%，比上年同期提高0.8个百分点。同期，全市工业用电量42.6亿千瓦时。",
        "42.6亿千瓦时",
        "2024-10-20",
        "written-statistics-bureau: 同期 skips 上年同期 (a baseline)",
        time="2024-09-30",
    ),
    case(
        HOUSING,
        "5.3年",
        "2025-11-07",
        "invented-hk-housing: 截至同日 after 截至二○二五年九月底",
        time="2025-09-30",
    ),
    case(
        "截至2024年6月30日，全市实有经营主体86.2万户。截至同日，其中企业31.5万户。",
        "31.5万户",
        "2024-07-15",
        "written-market-regulation: 截至同日 after a day",
        time="2024-06-30",
    ),
    case(
        "9月份，全省居民消费价格同比上涨0.4%。当月，工业生产者出厂价格同比下降2.5%。",
        "2.5%",
        "2024-10-15",
        "written-provincial-statistics: 当月 after 9月份",
        time="2024-09-30",
    ),
    case(
        "十二月入境旅客為306萬人次。同月，酒店場所平均入住率為88.1%。",
        "88.1%",
        "2025-01-21",
        "written-macau: 同月 after a December of last year (its year was the publish year's)",
        time="2024-12-31",
    ),
    case(
        "国庆假期（10月1日至7日），全市接待游客120万人次。假期结束后，全市企业复工率达到98%。",
        "98%",
        "2024-10-09",
        "written-county-news: 假期结束后 is after the span, not within it",
        time=None,
    ),
    case(
        "国庆假期（10月1日至7日），全市接待游客120万人次。按规定，职工每年可享受带薪假期5天。",
        "5天",
        "2024-10-09",
        "written-hr-bureau: 带薪假期 inside a noun phrase refers to nothing",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), ANAPHORS)
def test_anaphor(text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- baselines: a relative quarter
# after a comparison word (較上一季度, 较上季) and a time a share is taken of (恢復至2019年同期的88.4%,
# 相当于上年的1.2倍) are no time of the figure

BASELINES = [
    case(
        HOUSING,
        "0.2年",
        "2025-11-07",
        "invented-hk-housing: 較上一季度縮短0.2年 (was 一季度, Q1)",
        time="2025-09-30",
    ),
    case(
        "截至三月底，公屋一般申請者的平均輪候時間為5.6年，較上季縮短0.1年。",
        "0.1年",
        "2024-05-10",
        "written-hk-press-release: 較上季縮短",
        time="2024-03-31",
    ),
    case(
        "第3季製造業生產指數為98.6，較上一季增加2.3%。",
        "2.3%",
        "2024-11-05",
        "written-taiwan-statistics: 較上一季 after 第3季",
        time="2024-09-30",
    ),
    case(
        "二季度，全市地区生产总值1234亿元，比上季度增长2.1%。",
        "2.1%",
        "2024-07-20",
        "written-city-statistics: 比上季度增长",
        time="2024-06-30",
    ),
    case(
        "2024年全年入境旅客共34,929,000人次，按年上升23.8%，恢復至2019年同期的88.4%。",
        "88.4%",
        "2025-01-21",
        "invented-mo-gcs: 恢復至2019年同期的88.4%",
        time="2024-12-31",
    ),
    case(
        "前三季度，全省接待入境游客286万人次，相当于2019年同期的95.2%。",
        "95.2%",
        "2024-10-25",
        "written-provincial-culture: 相当于2019年同期的95.2%",
        time="2024-09-30",
    ),
    case(
        "上半年，全市港口集装箱吞吐量86万标箱，为上年同期的1.2倍。",
        "1.2倍",
        "2024-07-18",
        "written-port-authority: 为上年同期的1.2倍",
        time="2024-06-30",
    ),
    case(
        "4月至9月的汛期径流量约占全年的70%。",
        "70%",
        "2024-10-08",
        "corpus-encyclopedia: 占全年的70% is a share of the year, the figure is of 4月至9月",
        time="2024-09-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), BASELINES)
def test_baseline(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- a part of a financial year
# (Hong Kong's runs from April): 二○二五／二六年度首六個月 is April to September 2025

FISCAL_PARTS = [
    case(
        HOUSING,
        "一萬八千二百個",
        "2025-11-07",
        "invented-hk-housing: 二○二五／二六年度首六個月",
        time="2025-09-30",
        start="2025-04-01",
    ),
    case(
        "2024-25年度上半年，政府綜合赤字為1,000億元。",
        "1,000億元",
        "2024-11-20",
        "written-hk-treasury: 2024-25年度上半年",
        time="2024-09-30",
        start="2024-04-01",
    ),
    case(
        "2023/24年度第三季，公屋編配數目為4,500個。",
        "4,500個",
        "2024-02-20",
        "written-hk-housing: 2023/24年度第三季",
        time="2023-12-31",
        start="2023-10-01",
    ),
    case(
        "二○二四至二五年度首三季，薪俸稅收入為560億元。",
        "560億元",
        "2025-01-28",
        "written-hk-ird: 二○二四至二五年度首三季",
        time="2024-12-31",
        start="2024-04-01",
    ),
    case(
        "2025-26年度，政府預算開支為8,000億元。",
        "8,000億元",
        "2025-02-26",
        "written-hk-budget: a financial year alone (as before)",
        time="2026-03-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), FISCAL_PARTS)
def test_fiscal_part(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- a month written without its year
# that has not begun by the publish day is last year's, when reported within a report's lag

BARE_MONTHS = [
    case(
        "十二月入境旅客為3,062,714人次，按年上升8.3%。",
        "3,062,714人次",
        "2025-01-21",
        "invented-mo-gcs: 十二月入境旅客 published in January",
        time="2024-12-31",
        status="reported",
    ),
    case(
        "11月，全县规模以上工业增加值同比增长6.2%。",
        "6.2%",
        "2024-01-05",
        "written-county-statistics: 11月 published in January",
        time="2023-11-30",
    ),
    case(
        "10月份，全市新建商品住宅销售面积42.3万平方米。",
        "42.3万平方米",
        "2024-01-10",
        "written-housing-bureau: 10月份 published in January",
        time="2023-10-31",
    ),
    case(
        "11月，新邮轮开通四条国际航线。",
        "四条",
        "2019-08-13",
        "corpus-020-style: 11月 in August is this year's (an announcement)",
        time="2019-11-30",
    ),
    case(
        "12月底前，全县将建成5G基站300个。",
        "300个",
        "2024-01-20",
        "written-county-plan: 12月底前 (a deadline, planned) stays this year's",
        time="2024-12-31",
    ),
    case(
        "3月，全市将举办春季招聘会15场。",
        "15场",
        "2024-01-20",
        "written-hr-bureau: 3月 planned stays this year's",
        time="2024-03-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), BARE_MONTHS)
def test_bare_month(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- as of: a 截至 that opens the
# sentence governs over a time that names a noun after it (本年度的…計劃); a 截至 with no date
# (截至申請截止日) dates its figure by nothing, not by an earlier clause's time

AS_OF = [
    case(
        "截至一月十八日，本年度的政府疫苗接種計劃已接種約二百一十萬劑流感疫苗，接種率約為全港人口的28.6%。",
        "二百一十萬劑",
        "2026-01-20",
        "invented-hk-hospital: 截至一月十八日，本年度的…計劃",
        time="2026-01-18",
    ),
    case(
        "截至一月十八日，本年度的政府疫苗接種計劃已接種約二百一十萬劑流感疫苗，接種率約為全港人口的28.6%。",
        "28.6%",
        "2026-01-20",
        "invented-hk-hospital: the clause after, too",
        time="2026-01-18",
    ),
    case(
        "截至6月底，今年的省重点项目已开工218个，完成投资1560亿元。",
        "218个",
        "2024-07-10",
        "written-provincial-portal: 截至6月底，今年的省重点项目",
        time="2024-06-30",
    ),
    case(
        "2023年的地区生产总值为1.26万亿元。",
        "1.26万亿元",
        "2024-02-01",
        "written-statistics: a year that names the noun with no 截至 stays the time",
        time="2023-12-31",
    ),
    case(
        HOUSING,
        "十四萬份",
        "2025-11-07",
        "invented-hk-housing: 截至申請截止日共接獲約十四萬份申請",
        time=None,
    ),
    case(HOUSING, "19倍", "2025-11-07", "invented-hk-housing: the clause after 截至申請截止日", time=None),
    case(
        "今年的招考报名于5月结束，截至报名截止时共有1200人报名。",
        "1200人",
        "2024-06-10",
        "written-personnel-bureau: 截至报名截止时",
        time=None,
    ),
    case(
        "2024年全市共举办各类展会86场，截至发稿时，线上观展人数达到320万人次。",
        "320万人次",
        "2024-12-30",
        "written-commerce-news: 截至发稿时 (the publish day: session 10's probes)",
        time="2024-12-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), AS_OF)
def test_as_of(text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- days listed before 分别: the n-th
# figure after it takes the n-th day; the noun after the days is what is measured

RESPECTIVE_DAYS = [
    case(
        MAYDAY,
        "91.2%",
        "2024-05-06",
        "invented-culture-mayday: 5月1日、2日入住率分别达到91.2%…",
        time="2024-05-01",
        subject=("入住率", "客房入住率"),
    ),
    case(
        MAYDAY,
        "89.5%",
        "2024-05-06",
        "invented-culture-mayday: …和89.5%: the second day",
        time="2024-05-02",
        subject=("入住率", "客房入住率"),
    ),
    case(
        "9月11日、12日北向资金分别净买入42.7亿元和18.3亿元。",
        "18.3亿元",
        "2023-09-13",
        "written-finance-news: 9月11日、12日…分别",
        time="2023-09-12",
    ),
    case(
        "一月十三日及十四日急症室求診人次分別為6,320人次及6,105人次。",
        "6,105",
        "2026-01-20",
        "written-hk-hospital: 一月十三日及十四日…分別為",
        time="2026-01-14",
        subject=("求診人次", "急症室求診人次"),
    ),
    case(
        "10月1日、2日、3日全市景区接待游客分别为12万人次、15万人次和11万人次。",
        "11万人次",
        "2024-10-08",
        "written-county-tourism: three days, the third figure",
        time="2024-10-03",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), RESPECTIVE_DAYS)
def test_respective_days(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- 目前 in an earlier clause says
# how things stand now; a plan or forecast in a later clause (将, 预计) is not dated by it

NOW_AND_PLANS = [
    case(
        "同时，配合多种目前国内和国际上先进的智能化查验设备，可大大提高旅客的通关效率，整体通关效率将较目前提升50%。",
        "50%",
        "2019-08-13",
        "corpus-020: 目前…先进的设备，…，将较目前提升50%",
        time=None,
    ),
    case(
        "目前，我县正在推进城区污水管网改造，预计新增日处理能力2万吨。",
        "2万吨",
        "2024-05-20",
        "written-county-news: 目前，…正在推进…，预计新增",
        time=None,
    ),
    case(
        "目前，全县共有养老机构26家，床位3200张。",
        "3200张",
        "2024-05-20",
        "written-civil-affairs: 目前 dates what is reported after it",
        time="2024-05-20",
    ),
    case(
        "截至目前，全市已签约项目46个，计划总投资318亿元。",
        "318亿元",
        "2024-05-20",
        "written-investment-promotion: 截至目前 (as of) still dates a plan's total",
        time="2024-05-20",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), NOW_AND_PLANS)
def test_now_and_plans(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- left as they are (their gold reads
# a time the sentence states as no time; GUIDE.md dates a figure by its own sentence)

LEFT = [
    case(
        "縣府今年編列新臺幣2,400萬元辦理大蒜機械化採收補助，每台採收機最高補助新臺幣30萬元，預計補助80台。",
        "80台",
        "2025-04-22",
        "invented-tw-garlic: a per-unit rule after 今年編列 (gold: no time)",
        time=None,
        marks=known_miss(
            "a later clause that states a rule (每台…最高補助) or a count the budget buys is "
            "read in the time of the sentence's first clause; the annotator dated it by none"
        ),
    ),
    case(
        "预计四季度A股有望震荡上行，可关注科技成长与高股息两条主线。",
        "两条",
        "2023-09-12",
        "invented-finance-close: advice after a forecast's quarter (gold: none or the day)",
        time=(None, "2023-09-12"),
        marks=known_miss(
            "the quarter a forecast clause names (预计四季度…) dates the advice clause after it"
        ),
    ),
    case(
        "房委會於今年推售的「居者有其屋計劃2025」共提供7,012個單位。",
        "7,012個",
        "2025-11-07",
        "invented-hk-housing: 於今年推售的 names the scheme (gold: no time)",
        time=None,
        marks=known_miss(
            "a time inside a relative clause before 的 (於今年推售的X) names the noun; it "
            "is read as the figure's time when no other time governs"
        ),
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), LEFT)
def test_left(text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published, title), expected)
