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
# 实行 and a quarter or a year right before the name of a change put in force (第四季度列车运行图调整,
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
        "11月1日起，市医保局实行2025年度医保药品目录调整，新增药品91种。",
        "91种",
        "2025-10-20",
        "written-city-portal: 11月1日起实行2025年度医保药品目录调整",
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


# ---------------------------------------------------------------- 現時: Hong Kong's and Macau's now
# 現時/现时 (now) sets its clause in the present, as 现有 and 如今 do (words.toml now_marks): the period a
# report's title names (2025年上半年…情況) does not date what stands now, and the time of an earlier
# clause does not either. A time of the clause's own still dates it.
NOW_MARK = [
    case(
        "上半年全澳共開展道路工程1,286項，按年減少7.4%。\n公共巴士方面，現時全澳共有巴士路線88條。",
        "88條",
        "2025-07-18",
        "work-list-mo-dsat-road-works: 現時 under a half-year's title",
        title="交通事務局公佈2025年上半年道路工程及公共交通運作情況",
        time=None,
    ),
    case(
        "首季共處理投訴2,310宗。\n現時全港共有登記持牌旅行代理商1,820間。",
        "1,820間",
        "2025-04-20",
        "written-hong-kong-release: 現時 under a quarter's title (a report's 現有 is its end)",
        title="旅遊業監管署公佈二○二五年第一季投訴處理工作",
        time=None,
    ),
    case(
        "1-9月，全市新建5G基站3200个。\n现时全市共有5G基站2.1万个。",
        "2.1万个",
        "2025-10-15",
        "written-simplified-city-news: 现时 under a months' title",
        title="1-9月全市新建5G基站3200个",
        time=None,
    ),
    case(
        "上半年全澳共開展道路工程1,286項，按年減少7.4%。",
        "1,286項",
        "2025-07-18",
        "written-macau-release: no now, the title's period dates the figure",
        title="交通事務局公佈2025年上半年道路工程及公共交通運作情況",
        time="2025-06-30",
    ),
    case(
        "經科局表示，將於下半年推出網上申請服務，目標將審批時間由現時平均約30個工作天縮短至20個工作天。",
        "20個工作天",
        "2024-08-10",
        "work-list-mo-dsedt-sme-aid: 由現時 is the old level's now, the plan's 下半年 dates the new level",
        time="2024-12-31",
        status="planned",
    ),
    case(
        "今年，市市场监管局将扩大合作范围，参与平台数量由现在的5个增至8个。",
        "8个",
        "2025-05-10",
        "written-city-news: 由现在的 (an old level's now) sets no clause in the present",
        time="2025-12-31",
    ),
]


# ---------------------------------------------------------------- 将 before 会同 (together with)
# 将 then 会同/协同 (together with, a coverb jieba tags a noun): 将 is the future, not 把 before an object,
# so the plan governs what follows (将会同住建部门开展为期3个月的专项行动: planned, and no report period
# the title names dates the plan's figure). Without 将 the clause reports what was done.
WITH_COVERB = [
    case(
        "针对夏季噪声投诉高发态势，市生态环境局将会同住建、公安、城管等部门开展为期3个月的“宁静夏夜”专项行动。",
        "3个月",
        "2025-07-05",
        "work-list-city-ecology-env-complaints-q2: 将会同…开展为期3个月的",
        title="2025年第二季度全市生态环境信访投诉办理情况",
        status="planned",
        time=None,
    ),
    case(
        "市府將會同警察局加強稽查，查核業者300家。",
        "300家",
        "2025-07-05",
        "written-taiwan-city-release: 將會同 (traditional)",
        status="planned",
    ),
    case(
        "下一步，市政府将协同有关部门新建口袋公园5个。",
        "5个",
        "2025-07-05",
        "written-provincial-portal: 将协同",
        status="planned",
    ),
    case(
        "去年，市生态环境局会同住建部门开展专项行动3次。",
        "3次",
        "2025-07-05",
        "written-city-news: 会同 with no 将 reports",
        status="reported",
    ),
]


TABLES: dict[str, list[Any]] = {
    "grant_cap": GRANT_CAP,
    "named_change": NAMED_CHANGE,
    "now_mark": NOW_MARK,
    "with_coverb": WITH_COVERB,
}


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), table_rows(TABLES))
def test_residuals_s15(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
