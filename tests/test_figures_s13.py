"""Session 13: figures read wrongly or not at all (issues 15 and 16, task E14).

Each table is one construction: a unit line that names one unit per column, a figure read as a list
marker run into a year or as a name's version, and the days a payment is overdue. Rows come from the
pages that were held out in session 12 and are now in-sample (``invented-<page>``) and from
sentences written here in the style of other sites (``written-<kind of site>``), simplified and
traditional. Rows that still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import the_fact

# ---------------------------------------------------------------- a unit line, one unit per column
# 單位：場次；件；% above 行業別 | 檢查場次 | 違規件數 | 違規率: the line names one unit for each column
# after the row names, in order, whatever mark separates them (；, 、, ,), and each cell takes its
# column's unit and scale (万元 -> x10000 元); the row label stays the subject. Before, a list
# separated by ； or , was no unit line at all, and a % over a rate (違規率) or a change of no
# direction (按年變動) did not line the list up, so only one column's cells were read.

_LABOR = (
    "表：113年上半年主要行業勞動條件檢查結果\n單位：場次；件；%\n行業別\t檢查場次\t違規件數\t違規率\n"
    "製造業\t1,528\t398\t26.0\n營建工程業\t642\t201\t31.3"
)
_PROJECTS = (
    "2024年全市重点项目推进情况\n单位：万元；%；个\n行业\t完成投资\t增速\t项目数\n"
    "工业\t86520\t12.4\t46\n服务业\t54300\t8.7\t31"
)
_JOBS = "113年各區就業情形\n單位：人、%\n行政區\t就業人數\t就業率\n板橋區\t256314\t96.2\n三重區\t198220\t95.8"
_BUDGET = (
    "2025年1-6月全县财政收支\n单位:亿元,%\n项目\t金额\t同比增长\n"
    "一般公共预算收入\t12.36\t5.4\n税收收入\t9.12\t3.1"
)
_CRIME = "二○二四年各區罪案數字\n單位：宗；%\n地區\t舉報罪案\t按年變動\n中西區\t4312\t-3.2\n灣仔區\t3876\t2.5"
_FIRMS = (
    "2024年各类市场主体登记情况\n单位：户；万元\n类型\t新登记户数\t注册资本\n企业\t3256\t452300\n"
    "个体工商户\t8912\t63200"
)
_TENDERS = "各標案決標情形\n單位：新臺幣千元；%\n標案名稱\t決標金額\t決標比率\n道路改善工程\t45,230\t92.5"
_MONTHLY = "全市财政收支情况\n单位：亿元；%\n项目\t本月\t累计\t同比增长\n一般公共预算收入\t45.2\t386.7\t5.3"
_SAME_BELOW = "（单位：万元，下同）\n项目\t预算数\t执行数\n一般公共服务支出\t1250.5\t1180.2"

COLUMN_UNITS = [
    case(_LABOR, "\t1,528", "2024-08-15", "invented-tw-newtaipei-labor-inspection-113: 檢查場次 場次",
         value=1528, unit="場次", kind="count", subject=["製造業", "檢查場次"]),
    case(_LABOR, "\t398", "2024-08-15", "invented-tw-newtaipei-labor-inspection-113: 違規件數 件",
         value=398, unit="件", kind="count", subject=["製造業", "違規件數"]),
    case(_LABOR, "\t26.0", "2024-08-15", "invented-tw-newtaipei-labor-inspection-113: 違規率 %",
         value=26.0, unit="%", kind="percent", subject=["製造業", "違規率"]),
    case(_LABOR, "\t31.3", "2024-08-15", "invented-tw-newtaipei-labor-inspection-113: second row 違規率",
         value=31.3, unit="%", subject=["營建工程業", "違規率"]),
    case(_PROJECTS, "\t86520", "2025-01-20", "written-city-development-bulletin: 万元 x10000",
         value=865200000, unit="元", kind="money", subject=["工业"]),
    case(_PROJECTS, "\t12.4", "2025-01-20", "written-city-development-bulletin: 增速 %", value=12.4,
         unit="%", kind="percent"),
    case(_PROJECTS, "\t46", "2025-01-20", "written-city-development-bulletin: 项目数 个", value=46,
         unit="个", kind="count"),
    case(_JOBS, "\t256314", "2025-02-10", "written-tw-city-portal: 單位：人、% 就業人數", value=256314,
         unit="人", kind="count"),
    case(_JOBS, "\t96.2", "2025-02-10", "written-tw-city-portal: 單位：人、% 就業率", value=96.2, unit="%",
         kind="percent"),
    case(_BUDGET, "\t12.36", "2025-07-15", "written-county-finance-bureau: 单位:亿元,% 金额",
         value=1236000000, unit="元", kind="money", subject=["一般公共预算收入"]),
    case(_BUDGET, "\t3.1", "2025-07-15", "written-county-finance-bureau: 单位:亿元,% 同比增长", value=3.1,
         unit="%"),
    case(_CRIME, "\t4312", "2025-02-01", "written-hk-police-statistics: 單位：宗；% 舉報罪案", value=4312,
         unit="宗", kind="count"),
    case(_CRIME, "\t-3.2", "2025-02-01", "written-hk-police-statistics: 按年變動 %", value=-3.2, unit="%",
         kind="percent"),
    case(_FIRMS, "\t452300", "2025-01-08", "written-market-regulation-bulletin: 注册资本 万元",
         value=4523000000, unit="元", kind="money"),
    case(_FIRMS, "\t8912", "2025-01-08", "written-market-regulation-bulletin: 新登记户数 户", value=8912,
         unit="户"),
    case(_TENDERS, "\t45,230", "2025-03-05", "written-tw-procurement-notice: 新臺幣千元 x1000",
         value=45230000, unit="元", kind="money", currency="TWD"),
    case(_TENDERS, "\t92.5", "2025-03-05", "written-tw-procurement-notice: 決標比率 %", value=92.5, unit="%"),
    case(_MONTHLY, "386.7", "2025-04-15", "written-finance-monthly: a list that does not line up (as before)",
         value=38670000000, unit="元"),
    case(_MONTHLY, "5.3", "2025-04-15", "written-finance-monthly: % to the change column (as before)",
         value=5.3, unit="%"),
    case(_SAME_BELOW, "1250.5", "2025-03-01", "written-budget-report: （单位：万元，下同）",
         value=12505000, unit="元", kind="money"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), COLUMN_UNITS)
def test_column_units(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
