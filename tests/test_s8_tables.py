"""Tables on session 7's held-out pages (session 8): the subject, unit and bound of a table cell.

Three table pages of session 7's held-out set (a provincial statistics bureau's product table, a
land-transfer result table, a Taiwan CPI release's index table) had their errors read at the start
of session 8. Each error is named as a construction of tables in general, and each table below holds
the page's row with rows written in the styles of other kinds of table: a statistics release's
product table, a procurement result table, a budget table, a planning table of thresholds, an
environment table of limits, a Taiwan table with 民國 periods as column heads, a Hong Kong table
with 按年變動 columns. Ids name the source: ``invented-<page>`` (a row of an invented page),
``written-<kind of table>`` (written here), ``samples-<name>`` (a sample page). Rows that still
fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, overlapping, the_fact
from factcase import no_fact_case as none

ENERGY = (
    "2023年1—10月全省规模以上工业主要产品产量\n"
    "产品名称\t单位\t1—10月\t同比增长（%）\n"
    "原煤\t万吨\t110562.4\t3.1\n"
    "钢材\t万吨\t4873.6\t-2.7\n"
    "发电量\t亿千瓦时\t3512.9\t4.8\n"
)
LAND = (
    "序号\t地块编号\t出让面积（平方米）\t容积率\t出让年限（年）\t起始价（万元）\t成交价（万元）\t"
    "楼面地价（元/平方米）\t溢价率\t竞得人\n"
    "1\tQJ2021-15\t45678.9\t≤2.5\t70\t38800\t52380\t4587\t35.0%\t清江市城投置业有限公司\n"
    "2\tQJ2021-17\t66701.3\t≥1.2\t50\t2560\t2560\t—\t0%\t清江新锐智能装备有限公司\n"
)
TW_CPI = (
    "表1　114年2月消費者物價指數按商品性質分\n"
    "項目\t指數(110年=100)\t較上年同月漲跌(%)\n商品類\t105.62\t1.94\n服務類\t110.87\t1.21\n"
)

# ---------------------------------------------------------------- the row head names what is measured
# A table whose first column holds names (产品名称, 项目名称, 指标名称) and whose other columns are
# periods (1—10月, 本月, 本年累计, 2024年, 民國 113年): the column says when, the row head says
# what. A column that names a measure (报价, 得分) under a first column of suppliers keeps the
# column head as subject.

ROW_HEADS = [
    case(
        ENERGY,
        "110562.4",
        "2023-11-15",
        "invented-stats-industry-energy: 原煤 | 万吨 | 1—10月",
        subject=["原煤"],
        value=1105624000,
        unit="吨",
    ),
    case(
        ENERGY,
        "4873.6",
        "2023-11-15",
        "invented-stats-industry-energy: 钢材 | 万吨 | 1—10月",
        subject=["钢材"],
        value=48736000,
        unit="吨",
    ),
    case(
        "指标名称\t计量单位\t本月\t本年累计\n原油加工量\t万吨\t86.2\t812.5\n",
        "812.5",
        "2024-11-20",
        "written-provincial-stats: 本年累计 column",
        subject=["原油加工量"],
        value=8125000,
        unit="吨",
    ),
    case(
        "项目名称\t2023年（万元）\t2024年（万元）\n一般公共预算收入\t52310\t55870\n",
        "55870",
        "2025-01-20",
        "written-county-budget: years as column heads",
        subject=["一般公共預算收入", "一般公共预算收入"],
        value=558700000,
        unit="元",
    ),
    case(
        "產品名稱\t單位\t112年\t113年\n水泥\t萬公噸\t1,012\t968\n",
        "968",
        "2025-02-10",
        "written-tw-production: 民國 years as column heads",
        subject=["水泥"],
        value=9680000,
    ),
    case(
        "供应商名称\t报价（万元）\t得分\n清江建设有限公司\t128.5\t92.3\n",
        "128.5",
        "2024-06-01",
        "written-procurement: a column of suppliers keeps the column head",
        subject=["报价"],
        value=1285000,
        unit="元",
    ),
]

# A column that names a change (同比增长（%）, 较上年±%, 增減率(%)) under a first column of things
# measures the row's thing too: the change word is no subject. Under a first column of parties
# (供应商名称, 单位名称) the column head stays.

CHANGE_COLUMNS = [
    case(
        ENERGY,
        "-2.7",
        "2023-11-15",
        "invented-stats-industry-energy: 同比增长（%） of 钢材",
        subject=["钢材"],
    ),
    case(
        "产品名称\t计量单位\t产量\t较上年±%\n饮料酒\t万千升\t12.6\t18.64\n",
        "18.64",
        "2024-03-01",
        "corpus-006-style: 较上年±% of a product",
        subject=["饮料酒"],
        unit="%",
    ),
    case(
        "品名\t單位\t113年\t增減率(%)\n稻米\t公噸\t1,234,567\t-3.5\n",
        "-3.5",
        "2025-01-20",
        "written-tw-agri: 增減率(%) of 品名",
        subject=["稻米"],
        value=-3.5,
    ),
    case(
        "指标名称\t1-10月（亿元）\t比上年同期增长（%）\n社会消费品零售总额\t14230.5\t7.2\n",
        "7.2",
        "2024-11-20",
        "written-provincial-stats: 比上年同期增长（%）",
        subject=["社会消费品零售总额"],
        change="increase",
    ),
    case(
        "单位名称\t当年新增（人）\n清江机械有限公司\t25\n",
        "25",
        "2025-01-20",
        "written-hr-bureau: 当年新增 keeps its deictic period (no verb alone)",
        subject=["当年新增"],
    ),
    case(
        "供应商名称\t2024年报价（万元）\n清江建设有限公司\t128.5\n",
        "128.5",
        "2025-01-20",
        "written-procurement: 2024年报价 is 报价",
        subject=["报价"],
        value=1285000,
    ),
    # in a row headed by a period (1月, 2023年, 113年) a change column measures the column before it
    case(
        "月份\t客运量（万人次）\t同比（%）\n1月\t125.3\t8.2\n",
        "8.2",
        "2025-02-10",
        "written-city-transport: 同比（%） of 客运量 in a month's row",
        subject=["客运量"],
    ),
    case(
        "年份\t地区生产总值（亿元）\t比上年增长（%）\n2023年\t5210.3\t5.6\n",
        "5.6",
        "2024-03-01",
        "written-stats-bulletin: 比上年增长（%） in a year's row",
        subject=["地区生产总值"],
    ),
    case(
        "年別\t來臺旅客（人次）\t年增率(%)\n113年\t7,857,686\t21.13\n",
        "21.13",
        "2025-01-20",
        "written-tw-tourism: 年增率(%) in a 民國 year's row",
        subject=["來臺旅客"],
    ),
    case(
        "單位名稱\t2024年撥款（萬元）\t比上年增長（%）\n市第一中學\t1,250\t5.2\n",
        "1,250",
        "2025-01-20",
        "written-tw-style: a party's row: the column head without its year (2024年撥款)",
        subject=["撥款", "拨款"],
    ),
    case(
        "单位名称\t2024年拨款（万元）\t比上年增长（%）\n市第一中学\t1,250\t5.2\n",
        "5.2",
        "2025-01-20",
        "written-education-budget: a column of parties keeps the change's head",
        subject=["比上年增长", "增长"],
    ),
]

# ---------------------------------------------------------------- a row's unit scales the row
# A 单位 column or a unit in the row head's brackets (发电装机容量（万千瓦）) gives the row's numbers
# their unit and scale; the scale is cut off the longest unit the dictionary holds (亿千瓦时 is 亿 and
# 千瓦时, 万千瓦 is 万 and 千瓦, not 万千 and 瓦).

ROW_UNITS = [
    case(
        ENERGY,
        "3512.9",
        "2023-11-15",
        "invented-stats-industry-energy: 发电量 | 亿千瓦时",
        subject=["发电量"],
        value=351290000000,
        unit="千瓦时",
        kind="energy",
    ),
    case(
        "指标\t单位\t10月\t1—10月\n全社会用电量\t亿千瓦时\t312.5\t3201.6\n",
        "3201.6",
        "2024-11-20",
        "written-provincial-energy: 亿千瓦时 in a unit column",
        subject=["全社会用电量"],
        value=320160000000,
        unit="千瓦时",
    ),
    case(
        "指标\t2023年\t比上年增长（%）\n发电装机容量（万千瓦）\t1256.3\t8.2\n",
        "1256.3",
        "2024-03-01",
        "written-stats-bulletin: the unit in the row head's brackets",
        subject=["发电装机容量"],
        value=12563000,
        unit="千瓦",
    ),
    case(
        "指标\t2023年\t比上年增长（%）\n发电装机容量（万千瓦）\t1256.3\t8.2\n",
        "8.2",
        "2024-03-01",
        "written-stats-bulletin: the column's % wins over the row's unit",
        unit="%",
        value=8.2,
    ),
    case(
        "項目\t2024年\t按年變動(%)\n本地生產總值（億港元）\t30,879\t2.5\n",
        "30,879",
        "2025-02-26",
        "written-hk-gdp: 億港元 in the row head, 按年變動 beside it",
        value=3087900000000,
        unit="港元",
    ),
    case(
        "单位：万元\n项目\t预算数\t执行数\n一般公共预算收入\t52310\t53002\n",
        "53002",
        "2025-01-20",
        "written-budget: a 单位 line above the table",
        value=530020000,
        unit="元",
        subject=["一般公共预算收入"],
    ),
]

HEAD_NOTES = [
    # a column head's bracket that lists a period or a note beside its unit: the unit item counts
    case(
        "地区\t人均可支配收入（2023年，元）\t增长（%）\n城关镇\t35210\t6.1\n",
        "35210",
        "2024-03-01",
        "written-county-stats: （2023年，元）",
        value=35210,
        unit="元",
        subject=["城关镇", "人均可支配收入"],
    ),
    case(
        "序号\t项目名称\t中标金额（含税，万元）\n1\t办公设备采购\t86.4\n",
        "86.4",
        "2024-06-01",
        "written-procurement: （含税，万元）",
        value=864000,
        unit="元",
    ),
    case(
        "區域\t家庭住戶每月收入中位數（2024年，港元）\n新界\t30,500\n",
        "30,500",
        "2025-02-26",
        "written-hk: （2024年，港元）",
        value=30500,
        unit="港元",
    ),
]

# ---------------------------------------------------------------- empty markers are no figure
# —, －, /, … in a cell say no figure is given; they glue neither to the number before them (2560
# — 0% is no range) nor to the one after.

EMPTY_CELLS = [
    case(
        LAND,
        "2560\t—",
        "2021-09-10",
        "invented-land-transfer: 成交价 beside a — cell",
        subject=["成交价"],
        value=25600000,
        unit="元",
    ),
    case(
        LAND,
        "—\t0%",
        "2021-09-10",
        "invented-land-transfer: 0% after a — cell",
        subject=["溢价率"],
        value=0,
        unit="%",
    ),
    case(
        "指标\t本月\t同比增长（%）\n原油加工量（万吨）\t—\t5.3\n",
        "5.3",
        "2024-11-20",
        "written-provincial-stats: a — month beside its growth",
        value=5.3,
        unit="%",
    ),
    case(
        "序号\t项目\t预算（万元）\t成交价（万元）\t下浮率\n1\t道路维修\t120\t－\t8%\n",
        "\t120",
        "2024-06-01",
        "written-procurement: a － cell after a budget",
        value=1200000,
        unit="元",
        subject=["预算"],
    ),
    case(
        "行業\t2024年\t按年變動(%)\n零售業\t…\t-1.6\n",
        "-1.6",
        "2025-02-26",
        "written-hk-retail: a … cell before 按年變動",
        value=-1.6,
        unit="%",
    ),
]

NO_FIGURE = [
    none(
        "指標\t單位\t113年\t112年\t增減率(%)\n來臺旅客\t人次\t7,857,686\t6,486,951\t21.13\n",
        "112年",
        "written-tw-tourism: a 民國 year heading a column",
    ),
    none("年別\t人口數（人）\n112年\t23,420,442\n", "112年", "written-tw-moi: a 民國 year heading a row"),
    # a number in brackets in a header row is an index's base or a period, no figure
    none(TW_CPI, "110年", "invented-tw-dgbas-cpi: the base of 指數(110年=100)"),
    none(
        "項目\t物價指數(105年=100)\t年增率(%)\n食物類\t112.3\t2.1\n",
        "105年",
        "written-tw-county: a 民國 base year of 物價指數",
    ),
    none(
        "項目\t工業生產指數(110年=100)\t年增率(%)\n製造業\t98.2\t-1.2\n",
        "110年",
        "written-tw-moea: the base of 工業生產指數",
    ),
    none(LAND, "—", "invented-land-transfer: the — cell itself"),
    none(
        "序号\t项目\t预算（万元）\t成交价（万元）\n1\t道路维修\t120\t/\n",
        "/",
        "written-procurement: a / cell",
    ),
]

PERIOD_ROWS = [
    case(
        "指標\t單位\t113年\t112年\t增減率(%)\n來臺旅客\t人次\t7,857,686\t6,486,951\t21.13\n",
        "6,486,951",
        "2025-01-20",
        "written-tw-tourism: 民國 years heading columns, a 單位 column",
        subject=["來臺旅客"],
        value=6486951,
        unit="人次",
    ),
    # a row head that names a period (2023年, 112年, 民國113年度) says when: the column head says what
    case(
        "年別\t人口數（人）\t出生數（人）\n112年\t23,420,442\t135,571\n",
        "135,571",
        "2024-01-10",
        "written-tw-moi: 民國 years as row heads",
        subject=["出生數"],
        value=135571,
    ),
    case(
        "年度\t歲入（億元）\n113年度\t28,012\n",
        "28,012",
        "2024-09-01",
        "written-tw-budget: 113年度",
        subject=["歲入"],
        value=2801200000000,
    ),
]

# ---------------------------------------------------------------- the table's own unit line or corner
# A unit in the corner cell (项目（万元）) or on a line of its own in brackets above the table
# (（百萬港元）) scales every column that names none.

TABLE_UNITS = [
    case(
        "项目（万元）\t预算数\t执行数\n一般公共预算收入\t52310\t53002\n",
        "53002",
        "2025-01-20",
        "written-county-budget: the corner's 万元",
        value=530020000,
        unit="元",
        subject=["一般公共预算收入"],
    ),
    case(
        "项目（万元）\t预算数\t执行数\n一般公共预算收入\t52310\t53002\n",
        "52310",
        "2025-01-20",
        "written-county-budget: the corner's 万元 over 预算's 元",
        value=523100000,
    ),
    case(
        "（百萬港元）\n行業\t2024年12月\t按年變動(%)\n食品、酒類飲品及煙草\t5,012\t-3.2\n",
        "5,012",
        "2025-02-01",
        "written-hk-retail: （百萬港元） above the table",
        value=5012000000,
        unit="港元",
    ),
    case(
        "（续表）\n序号\t项目\t中标金额\n1\t道路\t86400\n",
        "86400",
        "2024-06-01",
        "written-procurement: （续表） is no unit",
        value=86400,
        unit="元",
    ),
]

KEY_VALUES = [
    # a figure in a header cell's brackets that is neither a year nor an index's base stays
    case(
        "序号\t服务内容（日均服务约1200人次）\t金额（万元）\n1\t保洁\t45.6\n",
        "1200",
        "2024-06-01",
        "written-procurement: 日均服务约1200人次 in a header's brackets",
        value=1200,
        qualifier="approx",
    ),
    # a first row that is a label and its figure (no bracket): the figure stays
    case(
        "采购预算\t500万元\n最高限价\t480万元\n",
        "500万元",
        "2024-06-01",
        "written-procurement: a key-value table's first row",
        value=5000000,
        unit="元",
    ),
]

# ---------------------------------------------------------------- a threshold cell is a figure
# ≤2.5, ≥1.2, 不大于3.0 in a cell bound the figure (GUIDE: at_most, at_least); a single ratio such as
# 容积率 has no unit and is kind other; a column's unit applies to a bounded number as to a bare one.

THRESHOLDS = [
    case(
        LAND,
        "≤2.5",
        "2021-09-10",
        "invented-land-transfer: ≤2.5 under 容积率",
        value=2.5,
        unit=None,
        kind="other",
        qualifier="at_most",
        subject=["容积率"],
    ),
    case(
        LAND,
        "≥1.2",
        "2021-09-10",
        "invented-land-transfer: ≥1.2 under 容积率",
        value=1.2,
        unit=None,
        kind="other",
        qualifier="at_least",
        subject=["容积率"],
    ),
    case(
        "地块编号\t建筑密度\t绿地率\nA-01\t≤30%\t≥35%\n",
        "≥35%",
        "2024-05-06",
        "written-planning: a % threshold",
        value=35,
        unit="%",
        qualifier="at_least",
        subject=["绿地率"],
    ),
    case(
        "地块\t容积率\t建筑限高（米）\nB-02\t不大于2.0\t不超过54\n",
        "54",
        "2024-05-06",
        "written-planning: 不超过 and a column's unit",
        value=54,
        unit="米",
        qualifier="at_most",
    ),
    case(
        "地块\t容积率\t建筑限高（米）\nB-02\t不大于2.0\t不超过54\n",
        "2.0",
        "2024-05-06",
        "written-planning: 不大于 before a ratio",
        value=2.0,
        unit=None,
        kind="other",
        qualifier="at_most",
    ),
    case(
        "监测项目\t标准限值（微克/立方米）\t监测值（微克/立方米）\n细颗粒物\t≤35\t28\n",
        "35",
        "2024-05-06",
        "written-environment: a limit under a compound unit",
        value=35,
        unit="微克/立方米",
        qualifier="at_most",
    ),
]

# ---------------------------------------------------------------- an index's level has no unit
# A column of an index (指數(110年=100), 价格指数（上年=100）): the bracket holds the index's base,
# not a unit; the level is kind other, unit null, its subject the row head.

INDEXES = [
    case(
        TW_CPI,
        "105.62",
        "2025-03-07",
        "invented-tw-dgbas-cpi: 商品類 under 指數(110年=100)",
        value=105.62,
        unit=None,
        kind="other",
        subject=["商品類"],
    ),
    case(
        TW_CPI,
        "110.87",
        "2025-03-07",
        "invented-tw-dgbas-cpi: 服務類",
        value=110.87,
        unit=None,
        subject=["服務類"],
    ),
    case(
        "指标\t10月（上年同月=100）\t1—10月（上年同期=100）\n居民消费价格\t99.8\t100.4\n",
        "100.4",
        "2023-11-15",
        "written-provincial-stats: 上年同期=100",
        value=100.4,
        unit=None,
        kind="other",
        subject=["居民消费价格"],
    ),
    case(
        "項目\t指數(2019/20=100)\t按年變動(%)\n綜合消費物價指數\t106.2\t1.4\n",
        "106.2",
        "2025-02-21",
        "written-hk-cpi: an index beside 按年變動",
        value=106.2,
        unit=None,
        kind="other",
    ),
    case(
        "類別\t價格指數\n食物\t101.2\n",
        "101.2",
        "2025-02-21",
        "written-macau: 價格指數 without a base",
        value=101.2,
        unit=None,
        kind="other",
        subject=["食物"],
    ),
]

# ---------------------------------------------------------------- a % cell belongs to its column
# 35.0% in a cell is the table's figure: its subject is the column head (under a first column of
# names or serial numbers) or the row head, never a noun of a neighbouring cell.

PERCENT_CELLS = [
    case(LAND, "35.0%", "2021-09-10", "invented-land-transfer: 溢价率", subject=["溢价率"], value=35.0),
    case(
        "序号\t供应商名称\t报价（万元）\t下浮率\n1\t清江建设有限公司\t128.5\t6.5%\n",
        "6.5%",
        "2024-06-01",
        "written-procurement: 下浮率 after a price",
        subject=["下浮率"],
        unit="%",
    ),
    case(
        "乡镇\t完成投资（亿元）\t完成率\n城关镇\t12.6\t105.2%\n",
        "105.2%",
        "2024-12-20",
        "written-county: 完成率 of a town",
        subject=["城关镇", "完成率"],
        unit="%",
    ),
]

# ---------------------------------------------------------------- a rise by a negative figure is a fall
# 同比增长（%） | -2.7, 年增率(%) | -6.3, 增长-3.2%: the rise word and a minus sign say a fall.

NEGATIVE_RISES = [
    case(
        ENERGY,
        "-2.7",
        "2023-11-15",
        "invented-stats-industry-energy: -2.7 under 同比增长（%）",
        change="decrease",
        value=-2.7,
    ),
    case(
        ENERGY, "\t3.1", "2023-11-15", "invented-stats-industry-energy: 3.1 stays a rise", change="increase"
    ),
    case(
        "指标\t单位\t绝对数\t比上年增长(%)\n油料\t万吨\t1.25\t-3.2\n",
        "-3.2",
        "2024-03-01",
        "samples-stats-release: 比上年增长(%)",
        change="decrease",
    ),
    case(
        "項目\t113年\t年增率(%)\n關稅（億元）\t1,234\t-6.3\n",
        "-6.3",
        "2025-01-10",
        "written-tw-tax: 年增率(%) (no rise word read: no change, never a rise)",
        change=(None, "decrease"),
        value=-6.3,
    ),
    case(
        "全年牧业产值增长-3.2%，渔业产值增长2.1%。",
        "-3.2%",
        "2024-02-01",
        "written-county: 增长-3.2%",
        change="decrease",
    ),
]

TABLES = {
    "row_heads": ROW_HEADS,
    "change_columns": CHANGE_COLUMNS,
    "row_units": ROW_UNITS,
    "key_values": KEY_VALUES,
    "period_rows": PERIOD_ROWS,
    "table_units": TABLE_UNITS,
    "head_notes": HEAD_NOTES,
    "empty_cells": EMPTY_CELLS,
    "thresholds": THRESHOLDS,
    "indexes": INDEXES,
    "percent_cells": PERCENT_CELLS,
    "negative_rises": NEGATIVE_RISES,
}


@pytest.mark.parametrize(
    ("text", "needle", "published", "expected"),
    [
        pytest.param(*p.values, id=f"{name}/{p.id}", marks=p.marks)
        for name, rows in TABLES.items()
        for p in rows
    ],
)
def test_table_cell(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), NO_FIGURE)
def test_empty_cell(text: str, needle: str) -> None:
    assert not overlapping(facts_of(text, "2024-06-01"), text, needle)
