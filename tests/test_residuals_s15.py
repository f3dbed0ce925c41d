"""Times, statuses and units left on the in-sample gold pages after session 15's first round (issue
15), by construction.

Each table is one construction named in general terms, with the row of the page it was found on
(``work-list-<page>``) and rows written in the style of other kinds of site (``written-<kind of
site>``), simplified and traditional. Rows that fail today are strict xfails whose reason names the
construction. ``time`` is the fact's last day (as the gold scorer compares it).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case as case
from factcase import run_fact, table_rows

# ---------------------------------------------------------------- a cap a rule grants
# 最高/最多 and a verb of a rule's grant (补助, 补贴, 给予, 发放: words.toml rule_verbs) right before an
# amount with no currency before it: the most the rule grants (at_most), as with a currency (最高补助新台币
# 4,000元) or a modal (最高可获). The peak a series reached (单日最高达) stays exact, and so does an amount
# granted with no bound before the verb.
GRANT_CAP = [
    case(
        "水利局呼籲市民節約用水，市府並持續受理節水器材補助，每戶最高補助2,000元，至今已受理申請1,385件。",
        "2,000元",
        "2024-03-25",
        "work-list-tw-taichung-water-rationing: 每戶最高補助2,000元",
        qualifier="at_most",
    ),
    case(
        "对新认定的国家级专精特新“小巨人”企业，最高给予50万元一次性奖励。",
        "50万元",
        "2025-04-10",
        "written-provincial-portal: 最高给予50万元",
        qualifier="at_most",
    ),
    case(
        "购买新能源农机的，每台最多补贴1.2万元。",
        "1.2万元",
        "2025-03-01",
        "written-county-agriculture-notice: 每台最多补贴1.2万元",
        qualifier="at_most",
    ),
    case(
        "符合條件的長者，每人最高發放3,000澳門元。",
        "3,000",
        "2025-03-01",
        "written-macau-social-welfare: 每人最高發放 before a currency after the number",
        qualifier="at_most",
    ),
    case(
        "活动期间，单日最高达28万人次，日均客流15.6万人次。",
        "28万",
        "2025-05-06",
        "written-city-news: 单日最高达 (a peak reached) stays exact",
        qualifier="exact",
    ),
    case(
        "全年共为困难群众发放补助2000元。",
        "2000元",
        "2025-01-10",
        "written-township-portal: a grant with no bound before it stays exact",
        qualifier="exact",
    ),
    case(
        "每户至少补助500元，最高补助3000元。",
        "3000元",
        "2025-01-10",
        "written-county-portal: 最高补助 after a floor in the clause before",
        qualifier="at_most",
    ),
]


# ---------------------------------------------------------------- a period that names a change put in force
# 实行/执行 and a quarter or a year right before the name of a change put in force (第四季度列车运行图调整,
# 2025年度医保药品目录调整): the period is part of the name, not the figure's time, when an earlier time
# of the sentence dates it (10月11日, 7月1日起); with no earlier time the period dates the figures as
# before (words.toml campaign_verbs, campaign_heads).
NAMED_CHANGE = [
    case(
        "下一步，集团公司将持续优化列车开行方案，计划于10月11日实行第四季度列车运行图调整，预计新增开行动车组列车24对。",
        "24对",
        "2025-09-20",
        "work-list-railway-bureau-summer-transport: 10月11日实行第四季度列车运行图调整",
        time="2025-10-11",
        status="planned",
    ),
    case(
        "铁路部门将于12月26日实行2026年一季度列车运行图调整，届时新增开行旅客列车18对。",
        "18对",
        "2025-12-10",
        "written-finance-news: 于12月26日实行2026年一季度列车运行图调整",
        time="2025-12-26",
    ),
    case(
        "11月1日起，市医保局执行2025年度医保药品目录调整，新增药品91种。",
        "91种",
        "2025-10-20",
        "written-city-portal: 11月1日起执行2025年度医保药品目录调整",
        time=None,
    ),
    case(
        "臺鐵公司將於7月1日實行第三季列車時刻調整，每日增開區間車12班次。",
        "12班次",
        "2025-06-20",
        "written-traditional-railway-news: 7月1日實行第三季列車時刻調整",
        time="2025-07-01",
    ),
    case(
        "全市实行2025年度最低工资标准调整，惠及职工12万人。",
        "12万人",
        "2025-03-20",
        "written-provincial-portal: no earlier time, the year dates the figure",
        time="2025-12-31",
    ),
]


TABLES: dict[str, list[Any]] = {
    "grant_cap": GRANT_CAP,
    "named_change": NAMED_CHANGE,
}


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), table_rows(TABLES))
def test_residuals_s15(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
