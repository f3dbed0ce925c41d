"""Time in tables and text on batch 9's pages (session 8, wave 2).

Each error of batch 9 is named as a construction and tabled with rows in the styles of other kinds
of page: a Hong Kong 立法會 reply, a provincial statistics bulletin, a county budget table, a Taiwan
table of 民國 years, a Macau table of financial years. Ids name the source: ``invented-<page>`` (a row
of an in-sample invented page), ``written-<kind of page>`` (written here). Rows that still fail are
strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import check_subject, facts_of, subject_case, the_fact
from factcase import dated_case as case

HK_REPLY = (
    "（一）過去三年警方接獲的網上購物騙案數字及涉及的損失金額載列如下：\n"
    "年份\t案件數字（宗）\t損失金額（百萬元）\n2022\t8,614\t312.5\n2023\t10,927\t405.8\n2024\t11,352\t386.2\n"
    "今年首九個月，警方共接獲9,046宗網上購物騙案。\n"
)
PROVINCE = (
    "表2　全省一般公共预算收支情况\n单位：亿元\n"
    "指标\t2022年\t2023年\t2024年\n一般公共预算收入\t3215.6\t3402.8\t3517.3\n税收收入\t2301.4\t2466.0\t2530.9\n"
)
COUNTY_BUDGET = (
    "附表：县本级部门预算支出\n"
    "项目\t2024年预算数（万元）\t2023年决算数（万元）\n教育支出\t18650\t17320\n卫生健康支出\t9320\t8875\n"
)
TW_TABLE = (
    "本市113年全年觀光旅客人次創新高，相關統計如下：\n"
    "項目\t112年\t113年\n觀光旅客人次（萬人次）\t1,186\t1,302\n旅宿業住用率（%）\t62.4\t66.8\n"
)
MO_YEARS = (
    "澳門特別行政區政府統計暨普查局公布的入境旅客數字如下：\n"
    "年度\t入境旅客（萬人次）\t酒店入住率（%）\n2022年\t570\t39.8\n2023年\t2,822\t85.9\n"
)
MONTHS = (
    "2024年1—6月全市规模以上工业生产情况\n指标\t单位\t1-6月\t同比增长（%）\n工业增加值\t亿元\t586.3\t6.2\n"
)
PLAIN = "产品名称\t单位\t数量\n办公桌\t张\t120\n"

# ---------------------------------------------------------------- a period row or column dates its cells
# A table whose rows are years (年份 | 案件數字 with rows 2022, 2023: a bare year, no 年) or whose
# column heads are periods (2022年 | 2023年, 112年 | 113年, 1-6月) or open with one (2024年预算数):
# each cell is of its row's or column's period, though its own line names no time. A table of
# no period row or column keeps what the text around it says.

PERIOD_HEADS = [
    case(HK_REPLY, "8,614", "2025-11-05", "invented-hk-legco-reply: 年份 | 2022 | 8,614", time="2022-12-31"),
    case(HK_REPLY, "405.8", "2025-11-05", "invented-hk-legco-reply: 年份 | 2023 | 405.8", time="2023-12-31"),
    case(
        HK_REPLY, "11,352", "2025-11-05", "invented-hk-legco-reply: 年份 | 2024 | 11,352", time="2024-12-31"
    ),
    case(
        PROVINCE,
        "3402.8",
        "2025-02-10",
        "written-provincial-bulletin: 指标 | 2023年 column",
        time="2023-12-31",
    ),
    case(
        PROVINCE,
        "2530.9",
        "2025-02-10",
        "written-provincial-bulletin: 指标 | 2024年 column",
        time="2024-12-31",
    ),
    case(
        COUNTY_BUDGET,
        "17320",
        "2024-03-01",
        "written-county-budget: a head that opens with its year (2023年决算数)",
        time="2023-12-31",
        value=173200000,
    ),
    case(COUNTY_BUDGET, "9320", "2024-03-01", "written-county-budget: 2024年预算数", time="2024-12-31"),
    case(TW_TABLE, "1,186", "2025-01-20", "written-tw-city: 項目 | 112年 column (民國)", time="2023-12-31"),
    case(TW_TABLE, "66.8", "2025-01-20", "written-tw-city: 項目 | 113年 column (民國)", time="2024-12-31"),
    case(MO_YEARS, "2,822", "2024-02-01", "written-macau-stats: 年度 | 2023年 row", time="2023-12-31"),
    case(
        MONTHS,
        "586.3",
        "2024-07-20",
        "written-city-stats: a column of 1-6月",
        time="2024-06-30",
        start="2024-01-01",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PERIOD_HEADS)
def test_a_period_row_or_column_dates_its_cells(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


def test_a_table_of_no_period_takes_no_time_from_its_heads() -> None:
    """产品名称 | 单位 | 数量: no head names a period, so the cell takes none from the table."""
    assert the_fact(PLAIN, "120", "2024-05-01").time is None


# ---------------------------------------------------------------- a page that dates in 民國 years
# A traditional-script page of no known place that writes one three-digit year before a noun
# (公布113年全國…, 本市113年觀光旅客) dates in the Republic of China era throughout: its other bare
# years are years too (較112年的84.9%: the compared level is 2023's; 高於112年之1.3%; the span
# 113年至116年), not durations. A length of time (建校112年, 已有112年歷史) stays one.

ROC_PAGE = [
    case(
        "環境部今（14）日公布113年全國空氣品質監測結果，全國一般空氣品質監測站AQI≦100站日數比率為86.4%，"
        "較112年的84.9%上升1.5個百分點。",
        "84.9%",
        "2025-01-14",
        "invented-tw-moenv-air-quality: 較112年的84.9%",
        time="2023-12-31",
    ),
    case(
        "本市113年觀光旅客達1,302萬人次，較112年的1,186萬人次成長9.8%。",
        "1,186萬",
        "2025-01-20",
        "written-tw-city-tourism: 較112年的1,186萬人次",
        time="2023-12-31",
    ),
    case(
        "臺灣113年經濟成長率為4.3%，高於112年之1.3%。",
        "1.3%",
        "2025-02-15",
        "written-tw-finance-news: 高於112年之1.3%",
        time="2023-12-31",
    ),
    case(
        "本市113年畢業生共1,250人，比112年增加80人。",
        "1,250人",
        "2024-08-01",
        "written-tw-county-education: 113年畢業生",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), ROC_PAGE)
def test_a_page_that_dates_in_roc_years(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param(
            "依「空氣污染防制方案（113年至116年）」，本署113年全國PM2.5年平均值為13.2微克/立方公尺。",
            "116年",
            id="invented-tw-moenv-air-quality: 113年至116年 is a span, no duration",
        ),
        pytest.param(
            "環境部公布113年全國監測結果，較112年的84.9%上升1.5個百分點。",
            "112年",
            id="invented-tw-moenv-air-quality: 較112年的 is a year, no duration",
        ),
    ],
)
def test_a_roc_year_is_no_figure(text: str, needle: str) -> None:
    assert not [f for f in facts_of(text, "2025-01-14") if needle in f.text]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("該校建校112年，培育學生逾十萬人。", "112年", id="written-hk-school: 建校112年"),
        pytest.param(
            "香港大學已有112年歷史，今年學生人數達3萬人。", "112年", id="written-hk-university: 已有112年歷史"
        ),
    ],
)
def test_a_length_of_years_stays_a_duration(text: str, needle: str) -> None:
    assert the_fact(text, needle, "2025-01-14").unit == "年"


# ---------------------------------------------------------------- a rule's term holds at no time
# A length after a noun of a term (还款期, 有效期, 试用期, 工期, 期限, 年限) is what a rule or a contract
# sets: the title's period, the paragraph's opening time and an earlier clause's event do not date
# it; a time in its own clause still does. A span's length (为期四十四日) keeps its span's time.

TERMS = [
    case(
        "根據現行規定，每家企業可獲最高60萬澳門元的免息援助款項，最長還款期為8年。",
        "8年",
        "2024-07-15",
        "invented-mo-dsedt-sme-aid: 最長還款期為8年",
        time=None,
    ),
    case(
        "《办法》自2025年1月1日起施行，有效期5年。",
        "期5年",
        "2024-12-20",
        "written-provincial-portal: 有效期5年 after the day it takes effect",
        time=None,
    ),
    case(
        "梅岭路道路改造工程将于4月8日开工，工期约三个月。",
        "三个月",
        "2024-03-30",
        "written-county-news: 工期约三个月 after the start day",
        time=None,
    ),
    case(
        "2024年，全市新招聘教师1,200名，试用期为6个月。",
        "6个月",
        "2024-12-30",
        "written-city-hr: 试用期为6个月 after the year's opening clause",
        time=None,
    ),
    case(
        "本次貸款期限最長3年，申請人須於2025年3月31日前遞交申請。",
        "3年",
        "2025-01-10",
        "written-hk-scheme: 貸款期限最長3年",
        time=None,
    ),
    case(
        "申請期由九月二日至十月十五日，為期四十四日。",
        "四十四日",
        "2024-08-30",
        "invented-mo-student-grants: 為期四十四日 keeps its span's time",
        time="2024-10-15",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), TERMS)
def test_a_rules_term_holds_at_no_time(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a row's own unit: the row head is measured
# A table whose first column names things (产品名称, 指标名称, 品名) and which gives each row its unit
# in a 单位 column: the row head (原煤, 发电量, 饮料酒) is what a cell in the row measures, not the
# generic column head (产量, 数量, 本年).

PRODUCTS = (
    "表1 2023年主要工业产品产量及其增长速度\n产品名称\t单位\t产量\t比上年增长（%）\n"
    "原煤\t万吨\t6428.5\t-2.7\n发电量\t亿千瓦时\t2846.1\t5.9\n"
)
COUNTY_PRODUCTS = "指标名称\t单位\t本年\t上年\n粮食总产量\t万吨\t52.3\t51.8\n生猪出栏\t万头\t86.4\t83.1\n"
TW_CROPS = "表3　113年主要農產品產量\n品名\t單位\t產量\t較上年增減（%）\n稻米\t公噸\t1,452,316\t-3.2\n"

ROW_MEASURED = [
    subject_case(
        PRODUCTS, "2846.1", "invented-province-stats-bulletin: 发电量 | 亿千瓦时 | 2846.1", ["发电量"]
    ),
    subject_case(PRODUCTS, "6428.5", "invented-province-stats-bulletin: 原煤 | 万吨 | 6428.5", ["原煤"]),
    subject_case(COUNTY_PRODUCTS, "86.4", "written-county-bulletin: 生猪出栏 | 万头 | 本年", ["生猪出栏"]),
    subject_case(TW_CROPS, "1,452,316", "written-tw-agriculture: 稻米 | 公噸 | 產量", ["稻米"]),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), ROW_MEASURED)
def test_a_rows_own_unit_makes_its_head_the_measure(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a rule's rate and its change
# The change of a rule's money rate, told in the clause right after the rate (最低收购价为每50公斤
# 129元，比上年提高1元), is the rule's as the rate is: an earlier clause's time (今年国家启动…预案)
# does not date it; a change of a measured amount (比上年增长) keeps its time.

RATE_CHANGES = [
    case(
        "今年国家继续在我省启动中晚稻最低收购价执行预案，中晚稻（三等）最低收购价为每50公斤129元，比上年提高1元。",
        "1元",
        "2023-12-05",
        "invented-grain-purchase-autumn: 比上年提高1元 after the rate",
        time=None,
    ),
    case(
        "縣府今年持續辦理大蒜契作收購，收購價格每公斤新臺幣65元（乾蒜），較去年提高5元。",
        "5元",
        "2025-04-20",
        "invented-tw-county-garlic: 較去年提高5元 after the rate",
        time=None,
    ),
    case(
        "今年我市调整最低工资标准，一类地区月最低工资标准为每月2,200元，比上年提高100元。",
        "100元",
        "2024-06-01",
        "written-city-hr: 最低工资标准 and its change",
        time=None,
    ),
    case(
        "2024年全市城乡居民人均可支配收入为每人每年42,310元，比上年增加2,015元。",
        "2,015元",
        "2025-02-01",
        "written-stats-bulletin: an average income's change keeps its year",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), RATE_CHANGES)
def test_a_rules_rate_change_is_the_rules(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a named period's days in brackets
# A sentence that opens with a year, the name of a period in it and that period's days in brackets
# (2025年春节假期（1月28日至2月4日）, 2024年暑期（7月1日至8月31日）, 2024年國慶黃金周（十月一日至七日）)
# is about those days: its parts after ； take the span, not the year; a plan after the span
# (下一步，…将组织开展…3000场以上) is not the span's.

HOLIDAY = (
    "2025年春节假期（1月28日至2月4日），经省文化和旅游厅测算，全省共接待游客4862.35万人次，按可比口径同比增长9.6%；"
    "实现旅游收入386.72亿元，按可比口径同比增长11.3%。"
)
SUMMER = "2024年暑期（7月1日至8月31日），全市博物馆接待观众312.6万人次；举办各类展览活动1,280场。"
GOLDEN_WEEK = "2024年國慶黃金周（十月一日至七日），本港共錄得約182萬人次訪港旅客；酒店平均入住率約為八成半。"

NAMED_SPANS = [
    case(
        HOLIDAY,
        "386.72",
        "2025-02-05",
        "invented-spring-festival: the part after ； takes the holiday",
        time="2025-02-04",
        start="2025-01-28",
    ),
    case(
        HOLIDAY, "11.3%", "2025-02-05", "invented-spring-festival: 同比增长11.3% after ；", time="2025-02-04"
    ),
    case(
        SUMMER,
        "1,280",
        "2024-09-03",
        "written-city-culture: 2024年暑期（7月1日至8月31日）",
        time="2024-08-31",
        start="2024-07-01",
    ),
    case(
        GOLDEN_WEEK,
        "八成半",
        "2024-10-08",
        "written-hk-tourism: 國慶黃金周（十月一日至七日）",
        time="2024-10-07",
    ),
    case(
        HOLIDAY
        + "\n下一步，省文化和旅游厅将组织开展各类文旅活动3000场以上，力争一季度全省接待游客突破1亿人次。",
        "3000场",
        "2025-02-05",
        "invented-spring-festival: a plan after the span is not the span's",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), NAMED_SPANS)
def test_a_named_periods_days_in_brackets(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a note in brackets after a figure
# A time inside a bracket that opens after the figure (增长28.7%（主要是去年同期实施留抵退税，基数较低）)
# belongs to the note that explains the figure, not to the figure: the figure keeps the time before it.

NOTES = [
    case(
        "2023年1—9月，主要税种中，增值税完成51.24亿元，同比增长28.7%（主要是去年同期实施大规模留抵退税，基数较低）。",
        "28.7%",
        "2023-10-20",
        "invented-county-finance-budget-q3: 同比增长28.7%（主要是去年同期…）",
        time="2023-09-30",
    ),
    case(
        "上半年，全市出口总值达412.5亿元，同比增长12.3%（上年同期受疫情影响较大）。",
        "12.3%",
        "2023-07-20",
        "written-customs-news: 同比增长12.3%（上年同期…）",
        time="2023-06-30",
    ),
    case(
        "本年度，本澳入境旅客按年上升15.2%（2023年同期的基數較低）。",
        "15.2%",
        "2024-12-30",
        "written-macau-tourism: 按年上升15.2%（2023年同期…）",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), NOTES)
def test_a_note_after_a_figure_does_not_date_it(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a 民國 year anchors the parts after it
# A part of a year written without its year (全年, 年底, 上半年) after a 民國 year in its sentence is of
# that year, as after a Gregorian one: 112年將…，目標全年捷運運量突破5,500萬人次 is 2023's, though the
# title names 111年; not after a year compared with (較112年全年).

TRANSIT_TITLE = "111年大眾運輸運量回升 高雄捷運全年4,862萬人次成長21.4%"
ROC_PARTS = [
    pytest.param(
        "交通局表示，112年將配合中央推出通勤月票，目標全年捷運運量突破5,500萬人次，YouBike租賃站擴增至1,300站以上。",
        "1,300站",
        "2023-01-10",
        TRANSIT_TITLE,
        {"time": "2023-12-31"},
        id="invented-tw-transit-ridership: 112年…，全年…擴增至1,300站",
    ),
    pytest.param(
        "本府113年預計完成社會住宅2,000戶，年底前再啟動3處基地，總戶數達5,600戶。",
        "5,600戶",
        "2024-02-01",
        "112年社會住宅成果",
        {"time": "2024-12-31"},
        id="written-tw-city-housing: 113年…，年底前…",
    ),
    pytest.param(
        "本市114年上半年觀光旅客達680萬人次，預估下半年可再成長一成，全年突破1,400萬人次。",
        "1,400萬",
        "2025-07-20",
        None,
        {"time": "2025-12-31"},
        id="written-tw-tourism: 114年上半年…，全年…",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), ROC_PARTS)
def test_a_roc_year_anchors_the_parts_after_it(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- what a figure is adjusted for
# A time inside what a figure is adjusted for (扣除去年同期留抵退税因素后增长4.1%, 剔除上年同期一次性收入
# 影响后, 扣除2023年基數因素) is that factor's: the figure keeps the time that opens its sentence.

ADJUSTED = [
    case(
        "1—9月，全市一般公共预算收入完成186.45亿元，同比增长6.8%，扣除去年同期留抵退税因素后增长4.1%。",
        "4.1%",
        "2023-10-20",
        "invented-county-finance-budget-q3: 扣除去年同期留抵退税因素后",
        time="2023-09-30",
    ),
    case(
        "上半年，全省税收收入同比增长3.2%，剔除上年同期一次性收入影响后增长5.6%。",
        "5.6%",
        "2024-07-25",
        "written-provincial-finance: 剔除上年同期一次性收入影响后",
        time="2024-06-30",
    ),
    case(
        "2024年首三季，本澳博彩毛收入按年上升26.5%，扣除2023年首季基數因素後上升18.9%。",
        "18.9%",
        "2024-10-05",
        "written-macau-finance: 扣除2023年首季基數因素後",
        time="2024-09-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), ADJUSTED)
def test_a_time_in_an_adjustment_is_the_factors(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# A head that names its period from the report's (本月, 本年累计, 上年同期) is resolved from the publish
# day by the time reader: it does not date its column; the report's own period does (the title's).

MONTHLY = "指标\t单位\t本月\t1-10月累计\t同比增长（%）\n工业增加值\t亿元\t58.6\t586.3\t6.2\n"
DEICTIC_HEADS = [
    pytest.param(
        MONTHLY,
        "58.6",
        "2024-11-18",
        "2024年10月全市主要经济指标",
        {"time": "2024-10-31"},
        id="written-city-stats-monthly: 本月 is the title's month, not the publish month",
    ),
    pytest.param(
        MONTHLY,
        "586.3",
        "2024-11-18",
        "2024年10月全市主要经济指标",
        {"time": "2024-10-31", "start": "2024-01-01"},
        id="written-city-stats-monthly: 1-10月累计 is its own span",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), DEICTIC_HEADS)
def test_a_deictic_head_leaves_the_report_period(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)
